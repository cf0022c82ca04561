// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetcommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/configloader.h"
#include "displayformat.h"
#include "engine/executionstate.h"
#include "engine/ledger.h"
#include "engine/resourceusage.h"
#include "store/storequeries.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::BudgetCommand)
};

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString usd(Money value)
{
    return DisplayFormat::money(value);
}

// Under a minute with tenths of a second (a stage), else hours, minutes and seconds.
QString duration(qint64 ms)
{
    if (ms < 60'000) {
        return Text::tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    }
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString localTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

// Budget, used, held and remaining, for tokens and dollars.
QString totalsTable(const ResourceUsage &u)
{
    TextTable table(
        {QString(), Text::tr("BUDGET"), Text::tr("USED"), Text::tr("HELD"), Text::tr("REMAINING")},
        1);
    table.add({Text::tr("Tokens"), count(u.tokens.budget), count(u.tokens.used),
               count(u.tokens.held), count(u.tokens.remaining)});
    table.add({Text::tr("Dollars"), usd(u.cost.budget), usd(u.cost.accrued), usd(u.cost.held),
               usd(u.cost.remaining)});
    return table.toString();
}

// Who used what, and where, most expensive first.
QString breakdownTables(const ResourceUsage &u)
{
    if (u.cost.breakdown.isEmpty() && u.tokens.byAgent.isEmpty()) {
        return Text::tr("Nothing used yet.");
    }
    QStringList agents = u.tokens.byAgent.keys();
    for (const QString &agent : u.cost.byAgent.keys()) {
        if (!agents.contains(agent)) {
            agents.append(agent);
        }
    }
    std::stable_sort(agents.begin(), agents.end(), [&u](const QString &a, const QString &b) {
        return u.cost.byAgent.value(a) > u.cost.byAgent.value(b);
    });
    TextTable byAgent({Text::tr("AGENT"), Text::tr("TOKENS"), Text::tr("COST")}, 1);
    for (const QString &agent : std::as_const(agents)) {
        byAgent.add({agent.isEmpty() ? Text::tr("(unknown)") : agent,
                     count(u.tokens.byAgent.value(agent)), usd(u.cost.byAgent.value(agent))});
    }
    TextTable byStage({Text::tr("STAGE"), Text::tr("AGENT"), Text::tr("TOKENS"), Text::tr("COST"),
                       Text::tr("HELD"), Text::tr("ATTEMPTS"), Text::tr("TIME")},
                      2);
    for (const ResourceUsage::CostLine &line : u.cost.breakdown) {
        byStage.add({line.stage, line.agent, count(line.tokens), usd(line.cost),
                     line.heldCost.micros > 0 || line.heldTokens > 0 ? usd(line.heldCost)
                                                                     : QStringLiteral("-"),
                     count(line.attempts), duration(line.durationMs)});
    }
    return byAgent.toString() + u"\n\n" + byStage.toString();
}

void printDay(const ResourceUsage &u, const QString &day, const QTimeZone &zone, int executions)
{
    const QString zoneName = QString::fromUtf8(zone.id());
    QStringList lines;
    lines.append(Text::tr("Daily budget for %1 (%2); executions that day: %3")
                     .arg(day, zoneName, count(executions)));
    lines.append(QString());
    lines.append(totalsTable(u));
    lines.append(QString());
    lines.append(Text::tr("Emergency tokens: %1 of %2 used or held")
                     .arg(count(u.tokens.emergencyUsed), count(u.tokens.emergencyReserve)));
    if (u.cost.override.micros > 0) {
        lines.append(Text::tr("Dollars granted by approvers beyond the budget, used or held: %1")
                         .arg(usd(u.cost.override)));
    }
    if (u.tokens.overrun > 0 || u.cost.overrun.micros > 0) {
        lines.append(Text::tr("Used beyond what was held: %1 tokens, %2")
                         .arg(count(u.tokens.overrun), usd(u.cost.overrun)));
    }
    lines.append(
        u.cost.alertRaisedAt.isValid()
            ? Text::tr("Alert threshold: %1, crossed at %2")
                  .arg(usd(u.cost.alertThreshold), localTime(u.cost.alertRaisedAt, zone))
            : Text::tr("Alert threshold: %1, not reached").arg(usd(u.cost.alertThreshold)));
    lines.append(Text::tr("Time: %1 of the day gone, %2 left (it ends at %3)")
                     .arg(duration(u.time.elapsedMs), duration(u.time.remainingMs),
                          localTime(u.time.started.addMSecs(u.time.limitMs), zone)));
    lines.append(QString());
    lines.append(breakdownTables(u));
    printOut(lines.join(u'\n'));
}

void printExecution(const ResourceUsage &u, const ExecutionState &state)
{
    const QTimeZone utc = QTimeZone::utc();
    QStringList lines;
    lines.append(Text::tr("Execution %1 (%2), started %3")
                     .arg(state.id, statusName(state.status), localTime(u.time.started, utc)));
    lines.append(QString());
    lines.append(totalsTable(u));
    lines.append(QString());
    if (u.cost.budgetSource == u"maxCost") {
        lines.append(u.cost.overrideGranted.micros > 0
                         ? Text::tr("The dollar budget is its --max-cost of %1, and %2 "
                                    "approvers granted")
                               .arg(usd(*state.options.maxCost), usd(u.cost.overrideGranted))
                         : Text::tr("The dollar budget is its --max-cost of %1")
                               .arg(usd(*state.options.maxCost)));
    } else {
        lines.append(Text::tr("The dollar budget is the daily budget: the execution has no "
                              "--max-cost, and shares the day's budget with the others"));
    }
    if (u.tokens.emergencyGranted > 0 || u.cost.overrideGranted.micros > 0) {
        lines.append(Text::tr("Granted beyond the budgets: %1 emergency tokens (%2 used or held), "
                              "%3 (%4 used or held)")
                         .arg(count(u.tokens.emergencyGranted), count(u.tokens.emergencyUsed),
                              usd(u.cost.overrideGranted), usd(u.cost.override)));
    }
    if (u.tokens.overrun > 0 || u.cost.overrun.micros > 0) {
        lines.append(Text::tr("Used beyond what was held: %1 tokens, %2")
                         .arg(count(u.tokens.overrun), usd(u.cost.overrun)));
    }
    lines.append(Text::tr("Expected in all: %1 tokens, %2")
                     .arg(count(u.tokens.estimated), usd(u.cost.estimated)));
    lines.append(Text::tr("Time: %1 of running time against a limit of %2; %3 left")
                     .arg(duration(u.time.elapsedMs), duration(u.time.limitMs),
                          duration(u.time.remainingMs)));
    lines.append(QString());
    lines.append(breakdownTables(u));
    printOut(lines.join(u'\n'));
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

} // namespace

int runBudgetCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows the budgets and what was used of them: today's, another day's, or one "
                 "execution's."));
    parser.addHelpOption();
    const QCommandLineOption execution(QStringLiteral("execution"),
                                       Text::tr("One execution, with the configuration it "
                                                "started with."),
                                       QStringLiteral("ID"));
    const QCommandLineOption day(QStringLiteral("day"),
                                 Text::tr("Another day than today, in the budgets' time zone."),
                                 QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        Text::tr("A conductor-agent.yml whose daily budgets and time zone apply (default: the "
                 "built-in one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({execution, day, config, json, CommandEnvironment::databaseOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    if (parser.isSet(execution) && parser.isSet(day)) {
        return usageError(Text::tr("--execution and --day exclude each other"));
    }
    if (parser.isSet(day) && !QDate::fromString(parser.value(day), Qt::ISODate).isValid()) {
        return usageError(
            Text::tr("--day takes a date such as 2026-03-14, not '%1'").arg(parser.value(day)));
    }
    Configuration configuration = ConfigLoader::builtIn();
    if (parser.isSet(config)) {
        const LoadResult<Configuration> loaded = ConfigLoader::loadFile(parser.value(config));
        for (const Diagnostic &d : loaded.diagnostics) {
            printErr(d.toString());
        }
        if (!loaded.value || hasErrors(loaded.diagnostics)) {
            return ExitCode::Usage;
        }
        configuration = *loaded.value;
    }

    const CommandEnvironment env = CommandEnvironment::from(parser);
    if (!actorWithRole(env, Role::Viewer, Text::tr("read budgets"))) {
        return ExitCode::Refused;
    }
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (parser.isSet(execution)) {
        const QString id = parser.value(execution);
        if (!queries.execution(id)) {
            printErr(Text::tr("no execution %1").arg(id));
            return ExitCode::Failure;
        }
        ExecutionState state;
        for (const ExecutionEvent &e : queries.events(id)) {
            state.apply(e);
        }
        // Its budgets are those it started with, whatever the configuration says now.
        const LoadResult<Configuration> own =
            ConfigLoader::loadBytes(state.configText.toUtf8(), id + QStringLiteral(".config"));
        if (own.value) {
            configuration = *own.value;
        } else {
            printErr(Text::tr("the configuration %1 started with cannot be read; its budgets "
                              "are shown with the current one")
                         .arg(id));
        }
        const ResourceUsage usage = ResourceUsage::forExecution(state, configuration, now);
        if (parser.isSet(json)) {
            QJsonObject o = usage.toJson();
            o.insert(QStringLiteral("executionId"), id);
            o.insert(QStringLiteral("status"), statusName(state.status));
            printJson(o);
        } else {
            printExecution(usage, state);
        }
        return ExitCode::Success;
    }

    const QTimeZone zone = Ledger::zoneOf(configuration);
    const QString dayKey =
        parser.isSet(day) ? QDate::fromString(parser.value(day), Qt::ISODate).toString(Qt::ISODate)
                          : Ledger::dayOf(now, zone);
    const std::optional<DayUsage> dayUsage = queries.budgetDay(dayKey);
    if (!dayUsage) {
        printErr(Text::tr("cannot read the budget of %1").arg(dayKey));
        return ExitCode::Failure;
    }
    const ResourceUsage usage = ResourceUsage::forDay(*dayUsage, configuration, now);
    if (parser.isSet(json)) {
        QJsonObject o = usage.toJson();
        o.insert(QStringLiteral("day"), dayKey);
        o.insert(QStringLiteral("timeZone"), QString::fromUtf8(zone.id()));
        o.insert(QStringLiteral("executions"), dayUsage->executions);
        printJson(o);
    } else {
        printDay(usage, dayKey, zone, dayUsage->executions);
    }
    return ExitCode::Success;
}

} // namespace Conductor
