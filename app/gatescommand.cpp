// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatescommand.h"

#include "access.h"
#include "commanddelivery.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/configuration.h"
#include "displayformat.h"
#include "engine/executionstate.h"
#include "security/userstore.h"
#include "store/storequeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::GatesCommand)
};

// Reads one line from the terminal after a prompt on stderr.
QString prompt(const QString &question)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

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
    if (!actorWithRole(env, Role::Viewer, Text::tr("list gates"))) {
        return ExitCode::Refused;
    }
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    QJsonArray list;
    for (const GateRow &g : queries.gates(parser.isSet(all))) {
        QJsonObject o{
            {QStringLiteral("id"), g.id},
            {QStringLiteral("executionId"), g.executionId},
            {QStringLiteral("idea"), g.ideaTitle},
            {QStringLiteral("type"), g.type},
            {QStringLiteral("status"), g.status},
            {QStringLiteral("critical"), g.critical},
            {QStringLiteral("reviewerRole"), g.reviewerRole},
            {QStringLiteral("escalations"), g.escalations},
            {QStringLiteral("opened"), g.openedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("deadline"), g.deadline.isValid()
                                             ? QJsonValue(g.deadline.toString(Qt::ISODateWithMs))
                                             : QJsonValue()},
            {QStringLiteral("reason"), g.reason},
            {QStringLiteral("costSoFar"), g.summary.value(QStringLiteral("costSoFar"))},
            {QStringLiteral("tokensSoFar"), g.summary.value(QStringLiteral("tokensSoFar"))},
            {QStringLiteral("verdicts"), g.summary.value(QStringLiteral("verdicts"))},
            {QStringLiteral("reviewer"), g.reviewer},
            {QStringLiteral("notes"), g.notes}};
        list.append(o);
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
        printOut(Text::tr("%1  %2  %3%4  %5 (%6 or higher): %7 (cost so far %8)")
                     .arg(g.value(QStringLiteral("id")).toString(),
                          g.value(QStringLiteral("executionId")).toString(),
                          g.value(QStringLiteral("type")).toString(),
                          g.value(QStringLiteral("critical")).toBool() ? Text::tr(" (critical)")
                                                                       : QString(),
                          g.value(QStringLiteral("status")).toString(),
                          g.value(QStringLiteral("reviewerRole")).toString(),
                          g.value(QStringLiteral("reason")).toString(),
                          DisplayFormat::usd(g.value(QStringLiteral("costSoFar")).toDouble(), 2)));
    }
    return ExitCode::Success;
}

int runApproveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Decides a gate as the local operator. A critical gate needs the reviewer's "
                 "TOTP code and may not be decided by whoever started its execution."));
    parser.addHelpOption();
    const QCommandLineOption decision(QStringLiteral("decision"), Text::tr("approve or reject."),
                                      QStringLiteral("DECISION"), QStringLiteral("approve"));
    const QCommandLineOption notes(QStringLiteral("notes"), Text::tr("Why (recorded)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption condition(QStringLiteral("condition"),
                                       Text::tr("A condition attached to the approval."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption code(QStringLiteral("code"),
                                  Text::tr("Your TOTP code (critical gates; asked for on a "
                                           "terminal when missing)."),
                                  QStringLiteral("TOTP"));
    const QCommandLineOption grantTokens(
        QStringLiteral("grant-tokens"),
        Text::tr("A budget gate: tokens to grant from the day's emergency reserve (default: what "
                 "the gate says finishing the execution takes)."),
        QStringLiteral("N"));
    const QCommandLineOption grantUsd(
        QStringLiteral("grant-usd"),
        Text::tr("A budget gate: dollars to grant beyond the budgets (default: what the gate "
                 "says finishing the execution takes)."),
        QStringLiteral("USD"));
    parser.addOptions({decision, notes, condition, code, grantTokens, grantUsd,
                       CommandEnvironment::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("gate"), Text::tr("The gate's id."),
                                 QStringLiteral("GATE_ID"));
    if (const int exit = parseCommand(parser, arguments, true); exit >= 0) {
        return exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Text::tr("approve needs one gate id"));
    }
    const QString value = parser.value(decision);
    if (value != u"approve" && value != u"reject") {
        return usageError(Text::tr("--decision is approve or reject, not '%1'").arg(value));
    }
    const QString gateId = parser.positionalArguments().first();
    std::optional<qint64> tokens;
    std::optional<Money> dollars;
    if (parser.isSet(grantTokens)) {
        bool ok = false;
        tokens = parser.value(grantTokens).toLongLong(&ok);
        if (!ok || *tokens < 0) {
            return usageError(Text::tr("--grant-tokens takes a whole number of tokens, such as "
                                       "40000"));
        }
    }
    if (parser.isSet(grantUsd)) {
        dollars = parseMoney(parser.value(grantUsd));
        if (!dollars) {
            return usageError(Text::tr("--grant-usd takes an amount in USD, such as 3.20"));
        }
    }
    if ((tokens || dollars) && value != u"approve") {
        return usageError(Text::tr("--grant-tokens and --grant-usd go with an approval"));
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    const std::optional<Actor> actor = actorWithRole(env, Role::Viewer, Text::tr("decide gates"));
    if (!actor) {
        return ExitCode::Refused;
    }
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
    // Everything that can be refused is refused before a code is used up.
    const ExecutionState state = stateOf(queries, summary->id);
    const GateRecord *g = state.gate(gateId);
    if (!g) {
        printErr(Text::tr("no gate %1").arg(gateId));
        return ExitCode::Failure;
    }
    if (g->status != u"pending") {
        printErr(Text::tr("gate %1 was already %2 by %3").arg(gateId, g->status, g->reviewer));
        return ExitCode::Refused;
    }
    if (!roleAtLeast(actor->role, g->reviewerRole)) {
        printErr(Text::tr("%1 may not decide gate %2: it needs the role %3 or higher, and %1 is %4")
                     .arg(actor->name, gateId, g->reviewerRole, roleName(actor->role)));
        return ExitCode::Refused;
    }
    if ((tokens || dollars) && g->type != budgetGateType()) {
        printErr(Text::tr("gate %1 is a %2 gate: only a budget gate grants tokens or dollars")
                     .arg(gateId, g->type));
        return ExitCode::Usage;
    }
    QJsonObject args{
        {QStringLiteral("gateId"), gateId},
        {QStringLiteral("decision"),
         value == u"approve" ? QStringLiteral("approved") : QStringLiteral("rejected")},
        {QStringLiteral("notes"), parser.value(notes)},
        {QStringLiteral("conditions"), QJsonArray::fromStringList(parser.values(condition))},
        {QStringLiteral("role"), roleName(actor->role)}};
    if (tokens) {
        args.insert(QStringLiteral("grantTokens"), *tokens);
    }
    if (dollars) {
        args.insert(QStringLiteral("grantMicros"), dollars->micros);
    }
    if (g->critical) {
        if (actor->name == state.startedBy) {
            printErr(Text::tr("%1 started execution %2 and may not decide its critical gate %3; "
                              "another reviewer must")
                         .arg(actor->name, summary->id, g->type));
            return ExitCode::Refused;
        }
        QString totp = parser.value(code);
        if (totp.isEmpty() && isatty(STDIN_FILENO)) {
            totp = prompt(Text::tr("TOTP code for %1: ").arg(actor->name));
        }
        if (totp.isEmpty()) {
            printErr(Text::tr("gate %1 is critical: give your TOTP code with --code").arg(gateId));
            return ExitCode::Refused;
        }
        UserStore users(*queries.database());
        const UserStore::CodeCheck check =
            users.checkCode(actor->name, totp, QDateTime::currentDateTimeUtc());
        if (check != UserStore::CodeCheck::Accepted) {
            printErr(check == UserStore::CodeCheck::Failed
                         ? users.error()
                         : UserStore::describe(check, actor->name));
            return ExitCode::Refused;
        }
        args.insert(QStringLiteral("secondFactor"), QStringLiteral("totp"));
    }
    StoredCommand command;
    command.executionId = summary->id;
    command.kind = QStringLiteral("decide");
    command.args = args;
    command.requestedBy = actor->name;
    command.reason = parser.value(notes);
    command.id = queries.postCommand(command.executionId, command.kind, command.args,
                                     command.requestedBy, command.reason);
    if (command.id == 0) {
        printErr(Text::tr("cannot record the decision"));
        return ExitCode::Failure;
    }
    const QString outcome = deliverCommand(env, *summary, command);
    if (outcome.startsWith(QStringLiteral("conflict")) ||
        outcome.startsWith(QStringLiteral("refused"))) {
        printErr(outcome);
        return ExitCode::Refused;
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
