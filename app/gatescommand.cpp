// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatescommand.h"

#include "commanddelivery.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "engine/executionstate.h"
#include "store/storequeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::GatesCommand)
};

constexpr int kAlreadyDecided = 3;

ExecutionState stateOf(const StoreQueries &queries, const QString &executionId)
{
    ExecutionState state;
    for (const ExecutionEvent &e : queries.events(executionId)) {
        state.apply(e);
    }
    return state;
}

} // namespace

int runGatesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists the gates waiting for a decision."));
    parser.addHelpOption();
    const QCommandLineOption all(QStringLiteral("all"), Text::tr("List decided gates too."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({all, json, CommandEnvironment::databaseOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    QJsonArray list;
    for (const ExecutionSummary &s : queries.executions()) {
        if (isEnded(s.status) && !parser.isSet(all)) {
            continue;
        }
        const ExecutionState state = stateOf(queries, s.id);
        for (const GateRecord &g : state.gates) {
            if (g.status != u"pending" && !parser.isSet(all)) {
                continue;
            }
            list.append(QJsonObject{
                {QStringLiteral("id"), g.id},
                {QStringLiteral("executionId"), s.id},
                {QStringLiteral("idea"), state.idea.title},
                {QStringLiteral("type"), g.type},
                {QStringLiteral("status"), g.status},
                {QStringLiteral("critical"), g.critical},
                {QStringLiteral("opened"), g.openedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("reason"), g.reason},
                {QStringLiteral("costSoFar"), g.context.value(QStringLiteral("costSoFar"))},
                {QStringLiteral("tokensSoFar"), g.context.value(QStringLiteral("tokensSoFar"))},
                {QStringLiteral("verdicts"), g.context.value(QStringLiteral("verdicts"))},
                {QStringLiteral("reviewer"), g.reviewer}});
        }
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return ExitCode::Success;
    }
    if (list.isEmpty()) {
        printOut(parser.isSet(all) ? Text::tr("No gates.")
                                   : Text::tr("No gate waits for a decision."));
        return ExitCode::Success;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject g = v.toObject();
        printOut(
            Text::tr("%1  %2  %3%4  %5: %6 (cost so far $%7)")
                .arg(g.value(QStringLiteral("id")).toString(),
                     g.value(QStringLiteral("executionId")).toString(),
                     g.value(QStringLiteral("type")).toString(),
                     g.value(QStringLiteral("critical")).toBool() ? Text::tr(" (critical)")
                                                                  : QString(),
                     g.value(QStringLiteral("status")).toString(),
                     g.value(QStringLiteral("reason")).toString(),
                     QString::number(g.value(QStringLiteral("costSoFar")).toDouble(), 'f', 2)));
    }
    return ExitCode::Success;
}

int runApproveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Decides a gate, as the local operator."));
    parser.addHelpOption();
    const QCommandLineOption decision(QStringLiteral("decision"), Text::tr("approve or reject."),
                                      QStringLiteral("DECISION"), QStringLiteral("approve"));
    const QCommandLineOption notes(QStringLiteral("notes"), Text::tr("Why (recorded)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption condition(QStringLiteral("condition"),
                                       Text::tr("A condition attached to the approval."),
                                       QStringLiteral("TEXT"));
    parser.addOptions({decision, notes, condition, CommandEnvironment::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("gate"), Text::tr("The gate's id."),
                                 QStringLiteral("GATE_ID"));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Text::tr("approve needs one gate id"));
    }
    const QString value = parser.value(decision);
    if (value != u"approve" && value != u"reject") {
        return usageError(Text::tr("--decision is approve or reject, not '%1'").arg(value));
    }
    const QString gateId = parser.positionalArguments().first();
    const CommandEnvironment env = CommandEnvironment::from(parser);
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    const std::optional<QString> executionId = queries.executionOfGate(gateId);
    const std::optional<ExecutionSummary> summary =
        executionId ? queries.execution(*executionId) : std::nullopt;
    if (!summary) {
        printErr(Text::tr("no gate %1").arg(gateId));
        return ExitCode::Failure;
    }
    if (const GateRecord *g = stateOf(queries, summary->id).gate(gateId);
        g && g->status != u"pending") {
        printErr(Text::tr("gate %1 was already %2 by %3").arg(gateId, g->status, g->reviewer));
        return kAlreadyDecided;
    }
    StoredCommand command;
    command.executionId = summary->id;
    command.kind = QStringLiteral("decide");
    command.args = QJsonObject{
        {QStringLiteral("gateId"), gateId},
        {QStringLiteral("decision"),
         value == u"approve" ? QStringLiteral("approved") : QStringLiteral("rejected")},
        {QStringLiteral("notes"), parser.value(notes)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(parser.values(condition))}};
    command.requestedBy = env.operatorName;
    command.reason = parser.value(notes);
    command.id = queries.postCommand(command.executionId, command.kind, command.args,
                                     command.requestedBy, command.reason);
    if (command.id == 0) {
        printErr(Text::tr("cannot record the decision"));
        return ExitCode::Failure;
    }
    const QString outcome = deliverCommand(env, *summary, command);
    if (outcome.startsWith(QStringLiteral("conflict"))) {
        printErr(outcome);
        return kAlreadyDecided;
    }
    if (outcome != u"done") {
        printErr(outcome);
        return ExitCode::Failure;
    }
    printOut(value == u"approve" ? Text::tr("%1 approved").arg(gateId)
                                 : Text::tr("%1 rejected").arg(gateId));
    return ExitCode::Success;
}

} // namespace Conductor
