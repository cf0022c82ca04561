// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The routes that tell how things stand: today's usage, health, the metrics in Prometheus's
// text format, the event stream and the API's own description.

#include "agents/providermonitor.h"
#include "apiserver.h"
#include "apiserver_p.h"
#include "conductor/version.h"
#include "engine/ledger.h"
#include "engine/resourceusage.h"
#include "engine/session.h"
#include "eventstreams.h"
#include "prometheus.h"

#include <QFile>
#include <QJsonArray>
#include <QTimer>

namespace Conductor {

namespace {

QJsonArray providersJson(const ProviderMonitor *monitor)
{
    QJsonArray providers;
    if (!monitor) {
        return providers;
    }
    for (const ProviderStatus &p : monitor->statuses()) {
        providers.append(QJsonObject{
            {QStringLiteral("name"), p.id},
            {QStringLiteral("up"), p.last ? QJsonValue(p.last->up) : QJsonValue()},
            {QStringLiteral("latencyMs"), p.last ? QJsonValue(p.last->latencyMs) : QJsonValue()},
            {QStringLiteral("checkedAt"), Api::time(p.checkedAt)},
            {QStringLiteral("reason"), p.last ? p.last->message : QString()}});
    }
    return providers;
}

// The engine loop is unhealthy when what it is given waits longer than this.
constexpr double kEngineLoopSlowMs = 1000.0;

std::chrono::milliseconds healthWindow(const Configuration &config)
{
    return std::max(std::chrono::milliseconds(1000),
                    std::chrono::milliseconds(config.monitoring.healthCheckInterval));
}

// How late the engine loop ran: now, and the worst of the last health check interval.
QJsonObject engineLoopJson(const LoopLatency &latency, std::chrono::milliseconds window)
{
    return QJsonObject{
        {QStringLiteral("latencyMs"), latency.lastMs ? QJsonValue(*latency.lastMs) : QJsonValue()},
        {QStringLiteral("maxLatencyMs"), latency.maxMs},
        {QStringLiteral("windowSeconds"), static_cast<double>(window.count()) / 1000.0},
        {QStringLiteral("ok"), latency.lastMs.value_or(0.0) <= kEngineLoopSlowMs}};
}

struct StoreFigures
{
    bool ok = false;
    QString error;
    KeyMetrics day;
    ActiveExecutions active;
    int pendingGates = 0;
    Ledger::DayAccount account;
};

} // namespace

void ApiServer::usage(const CallPtr &call)
{
    const Configuration config = m_session->configuration();
    inStore<ApiAnswer>(
        [config](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QTimeZone zone = Ledger::zoneOf(config);
            const QString day = Ledger::dayOf(now, zone);
            const std::optional<DayUsage> dayUsage = queries.budgetDay(day);
            if (!dayUsage) {
                return Api::storeFailed(QStringLiteral("the budget of %1 cannot be read").arg(day));
            }
            QJsonObject o = ResourceUsage::forDay(*dayUsage, config, now).toJson();
            o.insert(QStringLiteral("day"), day);
            o.insert(QStringLiteral("timeZone"), QString::fromUtf8(zone.id()));
            o.insert(QStringLiteral("executions"), dayUsage->executions);
            return ApiAnswer::json(200, o);
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::health(const CallPtr &call)
{
    inStore<QString>(
        [](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return queries.error();
            }
            return queries.activeExecutions().ok ? QString()
                                                 : QStringLiteral("the database cannot be read");
        },
        [this, call](const QString &error) {
            const std::chrono::milliseconds window = healthWindow(m_session->configuration());
            const QJsonObject engineLoop =
                engineLoopJson(m_session->engineLoopLatency(window), window);
            const QJsonArray providers = providersJson(m_session->providers());
            bool providersUp = true;
            for (const QJsonValue &p : providers) {
                providersUp = providersUp && p.toObject().value(QStringLiteral("up")) != false;
            }
            QJsonObject database{{QStringLiteral("ok"), error.isEmpty()}};
            if (!error.isEmpty()) {
                database.insert(QStringLiteral("error"), error);
            }
            const bool healthy =
                error.isEmpty() && providersUp && engineLoop.value(QStringLiteral("ok")).toBool();
            const QJsonObject body{{QStringLiteral("status"),
                                    healthy ? QStringLiteral("ok") : QStringLiteral("degraded")},
                                   {QStringLiteral("version"), QStringLiteral(CONDUCTOR_VERSION)},
                                   {QStringLiteral("database"), database},
                                   {QStringLiteral("providers"), providers},
                                   {QStringLiteral("engineLoop"), engineLoop},
                                   {QStringLiteral("uptimeSeconds"),
                                    static_cast<double>(m_uptime.elapsed()) / 1000.0}};
            reply(call, ApiAnswer::json(error.isEmpty() ? 200 : 503, body));
        });
}

void ApiServer::metrics(const CallPtr &call)
{
    const Configuration config = m_session->configuration();
    inStore<StoreFigures>(
        [config](StoreQueries &queries) {
            StoreFigures f;
            if (!queries.isOpen()) {
                f.error = queries.error();
                return f;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            f.day = queries.keyMetrics(now.addDays(-1), now);
            f.active = queries.activeExecutions();
            f.pendingGates = static_cast<int>(queries.gates(false).size());
            const std::optional<DayUsage> day =
                queries.budgetDay(Ledger::dayOf(now, Ledger::zoneOf(config)));
            if (day) {
                f.account = day->account;
            }
            f.ok = f.day.ok && f.active.ok && day.has_value();
            if (!f.ok) {
                f.error = f.day.ok ? QStringLiteral("the database cannot be read") : f.day.error;
            }
            return f;
        },
        [this, call, config](const StoreFigures &f) {
            if (!f.ok) {
                reply(call, Api::storeFailed(f.error));
                return;
            }
            MetricsSnapshot s;
            s.day = f.day;
            s.active = f.active;
            s.pendingGates = f.pendingGates;
            s.tokensToday = f.account.tokensUsed();
            s.costToday = f.account.costUsed();
            const Ledger::Limits limits = Ledger::limitsOf(config);
            s.tokensBudget = limits.dailyTokens;
            s.costBudget = limits.dailyCost;
            if (const ProviderMonitor *monitor = m_session->providers()) {
                for (const ProviderStatus &p : monitor->statuses()) {
                    MetricsSnapshot::Provider provider;
                    provider.name = p.id;
                    provider.up = !p.isDown();
                    if (p.last) {
                        provider.latencyMs = p.last->latencyMs;
                    }
                    s.providers.append(provider);
                }
            }
            // This answer is counted too, before it is sent.
            ++m_answered[qMakePair(call->route, 200)];
            for (auto it = m_answered.cbegin(); it != m_answered.cend(); ++it) {
                s.requests.append({it.key().first, it.key().second, it.value()});
            }
            --m_answered[qMakePair(call->route, 200)];
            s.streamsOpen = m_streams->count();
            s.connectionsOpen = m_gate->openConnections();
            s.uptimeSeconds = static_cast<double>(m_uptime.elapsed()) / 1000.0;
            const LoopLatency loop = m_session->engineLoopLatency(healthWindow(config));
            if (loop.lastMs) {
                s.engineLoopLatencySeconds = loop.maxMs / 1000.0;
            }
            ApiAnswer answer;
            answer.body = renderPrometheus(s);
            answer.contentType = "text/plain; version=0.0.4; charset=utf-8";
            reply(call, answer);
        });
}

void ApiServer::openApi(const CallPtr &call)
{
    QFile file(QStringLiteral(":/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        reply(call, ApiAnswer::error(500, QStringLiteral("internal_error"),
                                     QStringLiteral("the API description is missing")));
        return;
    }
    ApiAnswer answer;
    answer.body = file.readAll();
    reply(call, answer);
}

void ApiServer::events(const CallPtr &call)
{
    const QString executionId = call->query.queryItemValue(QStringLiteral("executionId"));
    if (!executionId.isEmpty() && !Api::plausibleId(executionId)) {
        reply(call, Api::badRequest(QStringLiteral("executionId must name an execution")));
        return;
    }
    if (m_streams->count() >= m_options.maxStreams) {
        reply(call, ApiAnswer::error(503, QStringLiteral("service_unavailable"),
                                     QStringLiteral("too many event streams are open")));
        return;
    }
    ++m_answered[qMakePair(call->route, 200)];
    if (!m_poll->isActive()) {
        m_polledUntil = QDateTime::currentDateTimeUtc();
        m_poll->start();
    }
    if (executionId.isEmpty()) {
        m_streams->add(call->socket, {}, false);
        return;
    }
    // One execution: what it recorded so far first, then what comes (held back meanwhile,
    // so nothing committed between the read and the stream is missed).
    m_streams->add(call->socket, executionId, true);
    inStore<std::optional<ExecutionEvents>>(
        [executionId](StoreQueries &queries) -> std::optional<ExecutionEvents> {
            if (!queries.execution(executionId)) {
                return std::nullopt;
            }
            return queries.events(executionId);
        },
        [this, call, executionId](const std::optional<ExecutionEvents> &history) {
            if (!history) {
                m_streams->remove(call->socket);
                --m_answered[qMakePair(call->route, 200)];
                reply(call, Api::notFound(QStringLiteral("no execution %1").arg(executionId)));
                return;
            }
            m_streams->history(call->socket, *history);
        });
}

} // namespace Conductor
