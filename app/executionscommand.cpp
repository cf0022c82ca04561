// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionscommand.h"

#include "access.h"
#include "commanddelivery.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "displayformat.h"
#include "engine/backoff.h"
#include "store/storequeries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstring>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionsCommand)
};

} // namespace

int runExecutionsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Lists executions, newest first."));
    parser.addHelpOption();
    const QCommandLineOption status(
        QStringLiteral("status"),
        Text::tr("Only executions in this status: pending, running, paused, completed, "
                 "failed or cancelled."),
        QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    parser.addOptions({status, json, CommandEnvironment::databaseOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    std::optional<ExecutionStatus> filter;
    if (parser.isSet(status)) {
        filter = statusFromName(parser.value(status));
        if (!filter) {
            return usageError(Text::tr("unknown status '%1'").arg(parser.value(status)));
        }
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    if (!actorWithRole(env, Role::Viewer, Text::tr("list executions"))) {
        return ExitCode::Refused;
    }
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    const QList<ExecutionSummary> list = queries.executions(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ExecutionSummary &s : list) {
            array.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("status"), statusName(s.status)},
                {QStringLiteral("pipelineId"), s.pipelineId},
                {QStringLiteral("idea"), s.ideaTitle},
                {QStringLiteral("priority"), priorityName(s.priority)},
                {QStringLiteral("currentStage"), s.currentStage},
                {QStringLiteral("tokensUsed"), s.tokensUsed},
                {QStringLiteral("costAccrued"), s.cost.toUsd()},
                {QStringLiteral("createdAt"), s.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("updatedAt"), s.updatedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("owner"), leaseIsLive(s) ? QJsonValue(s.owner) : QJsonValue()}});
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitCode::Success;
    }
    if (list.isEmpty()) {
        printOut(Text::tr("No executions."));
        return ExitCode::Success;
    }
    const QLocale locale;
    printOut(Text::tr("%1 %2 %3 %4 %5 %6")
                 .arg(Text::tr("ID"), -22)
                 .arg(Text::tr("STATUS"), -10)
                 .arg(Text::tr("STAGE"), -14)
                 .arg(Text::tr("TOKENS"), 9)
                 .arg(Text::tr("COST"), 9)
                 .arg(Text::tr("IDEA")));
    for (const ExecutionSummary &s : list) {
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(s.id, -22)
                     .arg(statusName(s.status), -10)
                     .arg(isEnded(s.status) ? QString() : s.currentStage, -14)
                     .arg(locale.toString(s.tokensUsed), 9)
                     .arg(DisplayFormat::money(s.cost), 9)
                     .arg(s.ideaTitle));
    }
    return ExitCode::Success;
}

int runInterveneCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Acts on an execution, also while another process runs it."));
    parser.addHelpOption();
    const QCommandLineOption pause(QStringLiteral("pause"),
                                   Text::tr("Let running attempts finish; start nothing new."));
    const QCommandLineOption resume(QStringLiteral("resume"), Text::tr("Go on after a pause."));
    const QCommandLineOption cancel(QStringLiteral("cancel"),
                                    Text::tr("Stop the execution for good."));
    const QCommandLineOption skip(QStringLiteral("skip"), Text::tr("Skip a stage."),
                                  QStringLiteral("STAGE"));
    const QCommandLineOption retry(QStringLiteral("retry"), Text::tr("Run a failed stage again."),
                                   QStringLiteral("STAGE"));
    const QCommandLineOption strategy(
        QStringLiteral("strategy"),
        Text::tr("Retry a stage with another strategy from its next attempt on: %1.")
            .arg(retryStrategyNames().join(QStringLiteral(", "))),
        QStringLiteral("STAGE=NAME"));
    const QCommandLineOption agent(QStringLiteral("agent"),
                                   Text::tr("Run a stage with another of the pipeline's agents "
                                            "from its next attempt on."),
                                   QStringLiteral("STAGE=NAME"));
    const QCommandLineOption overrideBudget(
        QStringLiteral("override-budget"),
        Text::tr("Let the execution spend this much more (approver or higher)."),
        QStringLiteral("USD"));
    const QCommandLineOption grantTokens(
        QStringLiteral("grant-tokens"),
        Text::tr("Let the execution use this many tokens from the day's emergency reserve "
                 "beyond its budgets (approver or higher; with or without --override-budget)."),
        QStringLiteral("N"));
    const QCommandLineOption reason(QStringLiteral("reason"), Text::tr("Why (recorded)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({pause, resume, cancel, skip, retry, strategy, agent, overrideBudget,
                       grantTokens, reason, CommandEnvironment::databaseOption()});
    parser.addPositionalArgument(QStringLiteral("execution"), Text::tr("The execution's id."),
                                 QStringLiteral("EXEC_ID"));
    if (const int code = parseCommand(parser, arguments, true); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(Text::tr("intervene needs one execution id"));
    }
    const QString executionId = parser.positionalArguments().first();
    QString kind;
    QJsonObject args;
    int actions = 0;
    for (const auto &[option, name] :
         {std::pair{&pause, "pause"}, std::pair{&resume, "resume"}, std::pair{&cancel, "cancel"},
          std::pair{&skip, "skip"}, std::pair{&retry, "retry"}, std::pair{&strategy, "strategy"},
          std::pair{&agent, "agent"}, std::pair{&overrideBudget, "budget"},
          std::pair{&grantTokens, "budget"}}) {
        if (!parser.isSet(*option)) {
            continue;
        }
        // Dollars and tokens granted together are one budget override.
        if (kind != u"budget" || std::strcmp(name, "budget") != 0) {
            ++actions;
        }
        kind = QString::fromLatin1(name);
        if (option == &skip || option == &retry) {
            args.insert(QStringLiteral("stage"), parser.value(*option));
        } else if (option == &overrideBudget) {
            const std::optional<Money> amount = parseMoney(parser.value(*option));
            if (!amount || amount->micros <= 0) {
                return usageError(
                    Text::tr("--override-budget takes a positive amount in USD, such as 25"));
            }
            args.insert(QStringLiteral("amountMicros"), amount->micros);
        } else if (option == &grantTokens) {
            bool ok = false;
            const qint64 tokens = parser.value(*option).toLongLong(&ok);
            if (!ok || tokens <= 0) {
                return usageError(
                    Text::tr("--grant-tokens takes a positive number of tokens, such as 40000"));
            }
            args.insert(QStringLiteral("tokens"), tokens);
        } else if (option == &strategy || option == &agent) {
            const QString value = parser.value(*option);
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0 || eq == value.size() - 1) {
                return usageError(Text::tr("--%1 takes STAGE=NAME, got '%2'").arg(kind, value));
            }
            args.insert(QStringLiteral("stage"), value.left(eq));
            args.insert(kind, value.mid(eq + 1));
        }
    }
    if (actions != 1) {
        return usageError(Text::tr("intervene needs exactly one of --pause, --resume, --cancel, "
                                   "--skip, --retry, --strategy, --agent, or a budget override "
                                   "(--override-budget and/or --grant-tokens)"));
    }
    if (!parser.isSet(reason) || parser.value(reason).trimmed().isEmpty()) {
        return usageError(Text::tr("intervene needs --reason TEXT: every intervention says why"));
    }

    const CommandEnvironment env = CommandEnvironment::from(parser);
    if (!actorWithRole(env, kind == u"budget" ? Role::Approver : Role::Operator,
                       kind == u"budget" ? Text::tr("override budgets") : Text::tr("intervene"))) {
        return ExitCode::Refused;
    }
    StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Usage;
    }
    const std::optional<ExecutionSummary> summary = queries.execution(executionId);
    if (!summary) {
        printErr(Text::tr("no execution %1").arg(executionId));
        return ExitCode::Failure;
    }
    const qint64 commandId =
        queries.postCommand(executionId, kind, args, env.operatorName, parser.value(reason));
    if (commandId == 0) {
        printErr(Text::tr("cannot record the command"));
        return ExitCode::Failure;
    }

    StoredCommand command;
    command.id = commandId;
    command.executionId = executionId;
    command.kind = kind;
    command.args = args;
    command.requestedBy = env.operatorName;
    command.reason = parser.value(reason);
    const QString outcome = deliverCommand(env, *summary, command);
    if (outcome != u"done") {
        printErr(outcome);
        return ExitCode::Failure;
    }
    printOut(Text::tr("%1: %2 done").arg(executionId, kind));
    return ExitCode::Success;
}

} // namespace Conductor
