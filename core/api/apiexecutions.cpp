// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The routes of executions: one execution as the design document shows it, the list, its
// usage, and the commands (pause, resume, cancel, the design document's interventions).

#include "apiserver.h"
#include "apiserver_p.h"
#include "config/configuration.h"
#include "config/pipeline.h"
#include "engine/executionstate.h"
#include "engine/resourceusage.h"

#include <QJsonArray>

namespace Conductor {

namespace {

qint64 elapsedSeconds(const ExecutionSummary &s, const QDateTime &now)
{
    qint64 ms = s.activeMs;
    if (s.activeSince.isValid()) {
        ms += std::max<qint64>(0, s.activeSince.msecsTo(now));
    }
    return ms / 1000;
}

int percentage(const ExecutionSummary &s)
{
    if (s.status == ExecutionStatus::Completed) {
        return 100;
    }
    return s.stagesTotal > 0 ? static_cast<int>(100LL * s.stagesDone / s.stagesTotal) : 0;
}

// The row as the list shows it.
QJsonObject listed(const ExecutionSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("ideaId"), s.ideaId.isEmpty() ? QJsonValue() : s.ideaId},
        {QStringLiteral("ideaTitle"), s.ideaTitle},
        {QStringLiteral("pipelineId"), s.pipelineId},
        {QStringLiteral("status"), statusName(s.status)},
        {QStringLiteral("priority"), priorityName(s.priority)},
        {QStringLiteral("currentStage"), s.currentStage},
        {QStringLiteral("completed"), s.stagesDone},
        {QStringLiteral("total"), s.stagesTotal},
        {QStringLiteral("tokensUsed"), s.tokensUsed},
        {QStringLiteral("costAccrued"), Api::usd(s.cost.micros)},
        {QStringLiteral("waitingAtGate"), s.waitingGate.isEmpty() ? QJsonValue() : s.waitingGate},
        {QStringLiteral("createdAt"), Api::time(s.createdAt)},
        {QStringLiteral("updatedAt"), Api::time(s.updatedAt)}};
}

// The gate it waits at, or the next checkpoint it meets with when it may get there: the
// stages still to do before it, at the pace of those done so far.
QJsonValue nextGate(const ExecutionSummary &s, const ExecutionState &state, const QDateTime &now)
{
    for (const GateRecord &g : state.gates) {
        if (g.status == u"pending") {
            return QJsonObject{{QStringLiteral("id"), g.id},
                               {QStringLiteral("type"), g.type},
                               {QStringLiteral("eta"), QJsonValue()},
                               {QStringLiteral("open"), true},
                               {QStringLiteral("deadline"), Api::time(g.deadline)}};
        }
    }
    if (isEnded(s.status) || s.nextGate.isEmpty()) {
        return QJsonValue();
    }
    const std::optional<PipelineDefinition> pipeline = Api::pipelineOf(state);
    if (!pipeline) {
        return QJsonObject{{QStringLiteral("id"), QJsonValue()},
                           {QStringLiteral("type"), s.nextGate},
                           {QStringLiteral("eta"), QJsonValue()}};
    }
    for (const CheckpointDefinition &c : pipeline->checkpoints) {
        if (state.passedCheckpoints.contains(c.id)) {
            continue;
        }
        // The stages up to the last one it needs, in the pipeline's order, not done yet.
        qsizetype last = -1;
        for (const QString &need : c.needs) {
            last = std::max(last, state.stageOrder.indexOf(need));
        }
        int remaining = 0;
        for (qsizetype i = 0; i <= last; ++i) {
            const StageRun::Status st = state.stages.value(state.stageOrder.at(i)).status;
            remaining += st != StageRun::Status::Completed && st != StageRun::Status::Skipped;
        }
        QJsonValue eta;
        const qint64 elapsedMs = elapsedSeconds(s, now) * 1000;
        if (s.stagesDone > 0 && s.status == ExecutionStatus::Running) {
            eta = Api::time(now.addMSecs(remaining * (elapsedMs / s.stagesDone)));
        }
        return QJsonObject{
            {QStringLiteral("id"), QJsonValue()},
            {QStringLiteral("type"), c.gates.value(0, c.name.isEmpty() ? c.id : c.name)},
            {QStringLiteral("checkpoint"), c.id},
            {QStringLiteral("eta"), eta}};
    }
    return QJsonValue();
}

QJsonObject described(const ExecutionSummary &s, const ExecutionState &state, const QDateTime &now)
{
    QJsonObject waiting;
    for (const GateRecord &g : state.gates) {
        if (g.status == u"pending") {
            waiting = QJsonObject{{QStringLiteral("id"), g.id}, {QStringLiteral("type"), g.type}};
            break;
        }
    }
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("ideaId"), state.idea.id},
        {QStringLiteral("ideaTitle"), s.ideaTitle},
        {QStringLiteral("pipelineId"), s.pipelineId},
        {QStringLiteral("status"), statusName(s.status)},
        {QStringLiteral("priority"), priorityName(s.priority)},
        {QStringLiteral("progress"), QJsonObject{{QStringLiteral("currentStage"), s.currentStage},
                                                 {QStringLiteral("completed"), s.stagesDone},
                                                 {QStringLiteral("total"), s.stagesTotal},
                                                 {QStringLiteral("percentage"), percentage(s)}}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("tokensUsed"), s.tokensUsed},
                     {QStringLiteral("timeElapsed"), elapsedSeconds(s, now)},
                     {QStringLiteral("costAccrued"), Api::usd(s.cost.micros)}}},
        {QStringLiteral("nextGate"), nextGate(s, state, now)},
        {QStringLiteral("waitingAtGate"), waiting.isEmpty() ? QJsonValue() : waiting},
        {QStringLiteral("startedBy"), state.startedBy},
        {QStringLiteral("createdAt"), Api::time(s.createdAt)},
        {QStringLiteral("updatedAt"), Api::time(s.updatedAt)}};
}

} // namespace

void ApiServer::getExecution(const CallPtr &call)
{
    const QString id = call->ids.value(0);
    inStore<ApiAnswer>(
        [id](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            const std::optional<ExecutionSummary> summary = queries.execution(id);
            if (!summary) {
                return Api::notFound(QStringLiteral("no execution %1").arg(id));
            }
            return ApiAnswer::json(200, described(*summary, Api::replay(queries, id),
                                                  QDateTime::currentDateTimeUtc()));
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::listExecutions(const CallPtr &call)
{
    ExecutionPageQuery query;
    const QString status = call->query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        query.status = statusFromName(status);
        if (!query.status) {
            reply(call, Api::badRequest(QStringLiteral("status must be pending, running, paused, "
                                                       "completed, failed or cancelled")));
            return;
        }
    }
    bool pageOk = true;
    bool sizeOk = true;
    const QString pageText = call->query.queryItemValue(QStringLiteral("page"));
    const QString sizeText = call->query.queryItemValue(QStringLiteral("pageSize"));
    const qint64 page = pageText.isEmpty() ? 1 : pageText.toLongLong(&pageOk);
    const int pageSize = sizeText.isEmpty() ? 50 : sizeText.toInt(&sizeOk);
    if (!pageOk || page < 1 || page > 1'000'000) {
        reply(call, Api::badRequest(QStringLiteral("page must be a whole number from 1")));
        return;
    }
    if (!sizeOk || pageSize < 1 || pageSize > 200) {
        reply(call, Api::badRequest(QStringLiteral("pageSize must be from 1 to 200")));
        return;
    }
    query.limit = pageSize;
    query.offset = (page - 1) * pageSize;
    inStore<ApiAnswer>(
        [query, page, pageSize](StoreQueries &queries) {
            const ExecutionPage rows = queries.executionsPage(query);
            if (!rows.ok) {
                return Api::storeFailed(QStringLiteral("the executions cannot be read"));
            }
            QJsonArray items;
            for (const ExecutionSummary &s : rows.rows) {
                items.append(listed(s));
            }
            return ApiAnswer::json(200, QJsonObject{{QStringLiteral("items"), items},
                                                    {QStringLiteral("page"), page},
                                                    {QStringLiteral("pageSize"), pageSize},
                                                    {QStringLiteral("total"), rows.total}});
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::executionUsage(const CallPtr &call)
{
    const QString id = call->ids.value(0);
    inStore<ApiAnswer>(
        [id](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            if (!queries.execution(id)) {
                return Api::notFound(QStringLiteral("no execution %1").arg(id));
            }
            const ExecutionState state = Api::replay(queries, id);
            // Its budgets are those it started with.
            QJsonObject o = ResourceUsage::forExecution(state, Api::configurationOf(state),
                                                        QDateTime::currentDateTimeUtc())
                                .toJson();
            o.insert(QStringLiteral("executionId"), id);
            o.insert(QStringLiteral("status"), statusName(state.status));
            return ApiAnswer::json(200, o);
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

} // namespace Conductor
