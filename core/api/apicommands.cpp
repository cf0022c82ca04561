// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The routes that act on an execution: pause, resume, cancel, and the design document's
// InterventionOptions. Each becomes a command the session delivers to whichever process
// runs the execution (the engine records it with the token's subject, so the audit trail
// names them); the answer waits until it was carried out or refused.

#include "apiserver.h"
#include "apiserver_p.h"
#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QJsonArray>

namespace Conductor {

namespace {

// "STAGE=VALUE" as a stage and a value; none when it is not that.
std::optional<std::pair<QString, QString>> stageAssignment(const QJsonValue &value)
{
    const QString text = value.toString();
    const qsizetype eq = text.indexOf(u'=');
    if (!value.isString() || eq <= 0 || eq == text.size() - 1) {
        return std::nullopt;
    }
    return std::make_pair(text.left(eq).trimmed(), text.mid(eq + 1).trimmed());
}

// What a skipAgent names: a stage, or the one stage still to do that an agent runs.
struct SkipTarget
{
    QString stage;
    QString error; // a 400's message
};

SkipTarget skipTarget(const ExecutionState &state, const QString &name)
{
    if (state.stages.contains(name)) {
        return {name, {}};
    }
    const std::optional<PipelineDefinition> pipeline = Api::pipelineOf(state);
    QStringList stages;
    if (pipeline) {
        for (const StageDefinition &stage : pipeline->stages) {
            const StageRun::Status st = state.stages.value(stage.id).status;
            if (stage.agent == name && st != StageRun::Status::Completed &&
                st != StageRun::Status::Skipped) {
                stages.append(stage.id);
            }
        }
    }
    if (stages.size() == 1) {
        return {stages.constFirst(), {}};
    }
    return {{},
            stages.isEmpty()
                ? QStringLiteral("skipAgent: %1 is neither a stage of the execution nor the "
                                 "agent of a stage still to do")
                      .arg(name)
                : QStringLiteral("skipAgent: agent %1 runs %2 stages still to do (%3); name the "
                                 "stage")
                      .arg(name)
                      .arg(stages.size())
                      .arg(stages.join(u", "))};
}

} // namespace

void ApiServer::pauseExecution(const CallPtr &call)
{
    simpleCommand(call, QStringLiteral("pause"));
}

void ApiServer::resumeExecution(const CallPtr &call)
{
    simpleCommand(call, QStringLiteral("resume"));
}

void ApiServer::cancelExecution(const CallPtr &call)
{
    simpleCommand(call, QStringLiteral("cancel"));
}

void ApiServer::simpleCommand(const CallPtr &call, const QString &kind)
{
    const std::optional<QJsonObject> body = jsonBody(call, {QStringLiteral("reason")}, true);
    if (!body) {
        return;
    }
    const QJsonValue reason = body->value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString()) {
        reply(call, Api::badRequest(QStringLiteral("reason must be a string")));
        return;
    }
    const QString id = call->ids.value(0);
    inStore<bool>(
        [id](StoreQueries &queries) { return queries.execution(id).has_value(); },
        [this, call, id, kind, reason](bool exists) {
            if (!exists) {
                reply(call, Api::notFound(QStringLiteral("no execution %1").arg(id)));
                return;
            }
            command(call, id, kind, {}, reason.toString(),
                    [this, call, id, kind](const QString &outcome) {
                        if (outcome != u"done") {
                            reply(call, ApiAnswer::error(409, QStringLiteral("refused"), outcome));
                            return;
                        }
                        reply(call, ApiAnswer::json(
                                        200, QJsonObject{{QStringLiteral("id"), id},
                                                         {QStringLiteral("action"), kind},
                                                         {QStringLiteral("outcome"), outcome}}));
                    });
        });
}

void ApiServer::intervene(const CallPtr &call)
{
    static const QStringList known{
        QStringLiteral("skipAgent"),      QStringLiteral("overrideBudget"),
        QStringLiteral("changeStrategy"), QStringLiteral("pauseExecution"),
        QStringLiteral("reason"),         QStringLiteral("retryStage"),
        QStringLiteral("changeAgent")};
    const std::optional<QJsonObject> body = jsonBody(call, known);
    if (!body) {
        return;
    }
    QList<PlannedCommand> planned;
    const QJsonValue skip = body->value(QStringLiteral("skipAgent"));
    if (!skip.isUndefined() && (!skip.isString() || !Api::plausibleId(skip.toString()))) {
        reply(call, Api::badRequest(QStringLiteral("skipAgent must name a stage or an agent")));
        return;
    }
    if (const QJsonValue v = body->value(QStringLiteral("changeStrategy")); !v.isUndefined()) {
        const auto assignment = stageAssignment(v);
        if (!assignment) {
            reply(call, Api::badRequest(QStringLiteral("changeStrategy must be STAGE=STRATEGY")));
            return;
        }
        planned.append({QStringLiteral("changeStrategy"), QStringLiteral("strategy"),
                        QJsonObject{{QStringLiteral("stage"), assignment->first},
                                    {QStringLiteral("strategy"), assignment->second}}});
    }
    if (const QJsonValue v = body->value(QStringLiteral("changeAgent")); !v.isUndefined()) {
        const auto assignment = stageAssignment(v);
        if (!assignment) {
            reply(call, Api::badRequest(QStringLiteral("changeAgent must be STAGE=AGENT")));
            return;
        }
        planned.append({QStringLiteral("changeAgent"), QStringLiteral("agent"),
                        QJsonObject{{QStringLiteral("stage"), assignment->first},
                                    {QStringLiteral("agent"), assignment->second}}});
    }
    if (const QJsonValue v = body->value(QStringLiteral("retryStage")); !v.isUndefined()) {
        if (!v.isString() || !Api::plausibleId(v.toString())) {
            reply(call, Api::badRequest(QStringLiteral("retryStage must name a stage")));
            return;
        }
        planned.append({QStringLiteral("retryStage"), QStringLiteral("retry"),
                        QJsonObject{{QStringLiteral("stage"), v.toString()}}});
    }
    if (const QJsonValue v = body->value(QStringLiteral("overrideBudget")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1e9) {
            reply(call, Api::badRequest(
                            QStringLiteral("overrideBudget must be a positive number of USD")));
            return;
        }
        if (call->who.role < Role::Approver) {
            reply(call, Api::forbidden(QStringLiteral("overrideBudget needs the role approver; "
                                                      "the token's role is %1")
                                           .arg(roleName(call->who.role))));
            return;
        }
        planned.append(
            {QStringLiteral("overrideBudget"), QStringLiteral("budget"),
             QJsonObject{{QStringLiteral("amountMicros"), Money::fromUsd(v.toDouble()).micros}}});
    }
    const QJsonValue pause = body->value(QStringLiteral("pauseExecution"));
    if (!pause.isUndefined() && !pause.isBool()) {
        reply(call, Api::badRequest(QStringLiteral("pauseExecution must be true or false")));
        return;
    }
    if (pause.toBool()) {
        planned.append({QStringLiteral("pauseExecution"), QStringLiteral("pause"), {}});
    }
    const QJsonValue reason = body->value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString()) {
        reply(call, Api::badRequest(QStringLiteral("reason must be a string")));
        return;
    }
    if (planned.isEmpty() && skip.isUndefined()) {
        reply(call, Api::badRequest(QStringLiteral("the body asks for no intervention")));
        return;
    }
    const QString id = call->ids.value(0);
    const QString skipName = skip.toString();
    inStore<std::optional<SkipTarget>>(
        [id, skipName](StoreQueries &queries) -> std::optional<SkipTarget> {
            if (!queries.execution(id)) {
                return std::nullopt;
            }
            if (skipName.isEmpty()) {
                return SkipTarget{};
            }
            return skipTarget(Api::replay(queries, id), skipName);
        },
        [this, call, id, planned, reason](const std::optional<SkipTarget> &target) mutable {
            if (!target) {
                reply(call, Api::notFound(QStringLiteral("no execution %1").arg(id)));
                return;
            }
            if (!target->error.isEmpty()) {
                reply(call, Api::badRequest(target->error));
                return;
            }
            if (!target->stage.isEmpty()) {
                planned.prepend({QStringLiteral("skipAgent"), QStringLiteral("skip"),
                                 QJsonObject{{QStringLiteral("stage"), target->stage}}});
            }
            runInterventions(call, id, planned, reason.toString(), {});
        });
}

void ApiServer::runInterventions(const CallPtr &call, const QString &executionId,
                                 QList<PlannedCommand> planned, const QString &reason,
                                 QJsonArray applied)
{
    if (planned.isEmpty()) {
        reply(call, ApiAnswer::json(200, QJsonObject{{QStringLiteral("id"), executionId},
                                                     {QStringLiteral("applied"), applied}}));
        return;
    }
    const PlannedCommand next = planned.takeFirst();
    command(call, executionId, next.kind, next.args, reason,
            [this, call, executionId, planned, reason, applied, next](const QString &outcome) {
                QJsonArray done = applied;
                done.append(QJsonObject{{QStringLiteral("action"), next.action},
                                        {QStringLiteral("outcome"), outcome}});
                if (outcome != u"done") {
                    QJsonObject refusal{{QStringLiteral("error"), QStringLiteral("refused")},
                                        {QStringLiteral("message"), outcome},
                                        {QStringLiteral("applied"), done}};
                    reply(call, ApiAnswer::json(409, refusal));
                    return;
                }
                runInterventions(call, executionId, planned, reason, done);
            });
}

} // namespace Conductor
