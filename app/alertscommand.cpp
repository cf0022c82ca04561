// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "monitor/alertmonitor.h"
#include "store/alertrows.h"
#include "store/audittrail.h"
#include "store/storequeries.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::AlertsCommand)
};

QString stateText(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return Text::tr("firing");
    case AlertState::Acknowledged:
        return Text::tr("acknowledged");
    case AlertState::Resolved:
        return Text::tr("resolved");
    }
    return alertStateName(state);
}

QString localTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::systemTimeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

// The stored names and times, never translated: scripts read them.
QJsonArray toJson(const QList<AlertRecord> &alerts)
{
    QJsonArray array;
    for (const AlertRecord &a : alerts) {
        array.append(a.toJson());
    }
    return array;
}

int acknowledgeAlert(const CommandEnvironment &env, const QString &id)
{
    const std::optional<Actor> actor =
        actorWithRole(env, Role::Operator, Text::tr("acknowledge alerts"));
    if (!actor) {
        return ExitCode::Refused;
    }
    StoreQueries queries(env.databasePath);
    const AlertMonitor::Acknowledgement result =
        AlertMonitor::acknowledgeIn(queries, id, actor->name, QDateTime::currentDateTimeUtc());
    using Outcome = AlertMonitor::Acknowledgement::Outcome;
    switch (result.outcome) {
    case Outcome::Acknowledged:
        break;
    case Outcome::NotFound:
        printErr(Text::tr("no alert %1").arg(id));
        return ExitCode::Failure;
    case Outcome::NotFiring:
        printErr(Text::tr("alert %1 is %2, not firing").arg(id, stateText(result.alert->state)));
        return ExitCode::Refused;
    case Outcome::Failed:
        printErr(result.error);
        return ExitCode::Failure;
    }
    printOut(Text::tr("%1 acknowledged").arg(id));
    return ExitCode::Success;
}

} // namespace

int runAlertsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Lists the alerts that are firing or acknowledged, the most recently raised "
                 "first; with --acknowledge ID, says that a person saw a firing alert."));
    parser.addHelpOption();
    const QCommandLineOption all(QStringLiteral("all"),
                                 Text::tr("Every alert recorded, the resolved ones too."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption acknowledge(
        QStringLiteral("acknowledge"),
        Text::tr("Acknowledge the firing alert with this id (operators and above); it stays "
                 "open until its condition no longer holds."),
        Text::tr("ID"));
    parser.addOptions({all, json, acknowledge, CommandEnvironment::databaseOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    if (parser.isSet(acknowledge)) {
        return acknowledgeAlert(env, parser.value(acknowledge));
    }
    if (!actorWithRole(env, Role::Viewer, Text::tr("read the alerts"))) {
        return ExitCode::Refused;
    }
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Failure;
    }
    const AlertRows rows(*queries.database());
    const QList<AlertRecord> alerts = rows.list(parser.isSet(all));
    if (!rows.error().isEmpty()) {
        printErr(rows.error());
        return ExitCode::Failure;
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(alerts)).toJson(QJsonDocument::Indented))
                     .trimmed());
        return ExitCode::Success;
    }
    if (alerts.isEmpty()) {
        printOut(parser.isSet(all)
                     ? Text::tr("No alerts.")
                     : Text::tr("No alert is firing or acknowledged (--all lists the resolved "
                                "ones too)."));
        return ExitCode::Success;
    }
    TextTable table({Text::tr("ID"), Text::tr("RULE"), Text::tr("STATE"), Text::tr("RAISED"),
                     Text::tr("UPDATED"), Text::tr("MESSAGE")},
                    6);
    for (const AlertRecord &a : alerts) {
        table.add({a.id, a.rule, stateText(a.state), localTime(a.raisedAt), localTime(a.updatedAt),
                   a.message});
    }
    printOut(table.toString());
    return ExitCode::Success;
}

} // namespace Conductor
