// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheus.h"

#include <QMap>
#include <QPair>

#include <charconv>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace Conductor {

namespace {

using Label = std::pair<const char *, QString>;

// The shortest text that reads back as the same double; Prometheus' names for infinity.
QByteArray number(double value)
{
    if (std::isinf(value)) {
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, static_cast<qsizetype>(result.ptr - buffer));
}

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

// A label value: backslash, double quote and line feed escaped.
QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

class Writer final
{
public:
    // Starts a family: its HELP and TYPE lines.
    void family(const char *name, const char *type, const char *help)
    {
        m_name = name;
        m_text += "# HELP ";
        m_text += name;
        m_text += ' ';
        m_text += help; // plain ASCII without backslashes or line feeds
        m_text += "\n# TYPE ";
        m_text += name;
        m_text += ' ';
        m_text += type;
        m_text += '\n';
    }

    // A sample of the current family, its labels in the order given.
    void sample(const QByteArray &value, std::initializer_list<Label> labels = {})
    {
        m_text += m_name;
        if (labels.size() > 0) {
            m_text += '{';
            bool first = true;
            for (const Label &label : labels) {
                if (!first) {
                    m_text += ',';
                }
                first = false;
                m_text += label.first;
                m_text += "=\"";
                m_text += escapeLabel(label.second);
                m_text += '"';
            }
            m_text += '}';
        }
        m_text += ' ';
        m_text += value;
        m_text += '\n';
    }

    void sample(double value, std::initializer_list<Label> labels = {})
    {
        if (!std::isnan(value)) {
            sample(number(value), labels);
        }
    }

    void sample(const std::optional<double> &value, std::initializer_list<Label> labels = {})
    {
        if (value) {
            sample(*value, labels);
        }
    }

    void count(qint64 value, std::initializer_list<Label> labels = {})
    {
        sample(number(value), labels);
    }

    [[nodiscard]] QByteArray text() const { return m_text; }

private:
    QByteArray m_name;
    QByteArray m_text;
};

void windowFamilies(Writer &w, const KeyMetrics &day)
{
    const bool ok = day.ok;
    w.family("conductor_pipeline_success_rate", "gauge",
             "Executions that ended in the last 24 h and completed, of those completed or "
             "failed (0-1).");
    if (ok) {
        w.sample(day.successRate);
    }
    w.family("conductor_execution_seconds", "gauge",
             "Seconds from creation to the end of the executions that completed or failed in "
             "the last 24 h, nearest-rank percentiles.");
    if (ok) {
        w.sample(day.p50Seconds, {{"quantile", QStringLiteral("0.5")}});
        w.sample(day.p95Seconds, {{"quantile", QStringLiteral("0.95")}});
    }
    w.family("conductor_execution_mean_seconds", "gauge",
             "Mean seconds from creation to the end of the executions that completed or failed "
             "in the last 24 h.");
    if (ok) {
        w.sample(day.meanSeconds);
    }
    w.family("conductor_executions_ended_24h", "gauge",
             "Executions that ended in the last 24 h, by their final status.");
    if (ok) {
        w.count(day.completed, {{"status", QStringLiteral("completed")}});
        w.count(day.failed, {{"status", QStringLiteral("failed")}});
        w.count(day.cancelled, {{"status", QStringLiteral("cancelled")}});
    }
    w.family("conductor_tokens_per_completed_execution", "gauge",
             "Tokens used per execution completed in the last 24 h.");
    if (ok) {
        w.sample(day.tokensPerCompleted);
    }
    w.family("conductor_cost_per_completed_execution_usd", "gauge",
             "US dollars spent per execution completed in the last 24 h.");
    if (ok && day.costPerCompleted) {
        w.sample(day.costPerCompleted->toUsd());
    }
    w.family("conductor_gate_first_approval_rate", "gauge",
             "Gates decided in the last 24 h that were approved at their first review (0-1).");
    if (ok) {
        w.sample(day.firstApprovalRate);
    }
    w.family("conductor_error_recovery_rate", "gauge",
             "Failed attempts in the last 24 h whose stage later completed (0-1).");
    if (ok) {
        w.sample(day.recoveryRate);
    }
    w.family("conductor_stage_recovery_rate", "gauge",
             "Failed attempts in the last 24 h whose stage later completed, by stage (0-1).");
    if (ok) {
        for (const KeyMetrics::Breakdown &stage : day.stages) {
            w.sample(stage.recoveryRate, {{"stage", stage.name}});
        }
    }
    w.family("conductor_agent_recovery_rate", "gauge",
             "Failed attempts in the last 24 h whose stage later completed, by agent (0-1).");
    if (ok) {
        for (const KeyMetrics::Breakdown &agent : day.agents) {
            w.sample(agent.recoveryRate, {{"agent", agent.name}});
        }
    }
}

void nowFamilies(Writer &w, const MetricsSnapshot &s)
{
    w.family("conductor_executions_active", "gauge", "Executions that have not ended, by state.");
    if (s.active.ok) {
        w.count(s.active.running, {{"state", QStringLiteral("running")}});
        w.count(s.active.waitingAtGate, {{"state", QStringLiteral("waiting_at_gate")}});
        w.count(s.active.paused, {{"state", QStringLiteral("paused")}});
        w.count(s.active.queued, {{"state", QStringLiteral("queued")}});
    }
    w.family("conductor_gates_pending", "gauge", "Gates waiting for a decision.");
    w.count(s.pendingGates);
    w.family("conductor_tokens_today", "gauge", "Tokens used in the budget day so far.");
    w.count(s.tokensToday);
    w.family("conductor_cost_today_usd", "gauge", "US dollars spent in the budget day so far.");
    w.sample(s.costToday.toUsd());
    w.family("conductor_tokens_budget_daily", "gauge", "The daily token budget.");
    w.count(s.tokensBudget);
    w.family("conductor_cost_budget_daily_usd", "gauge", "The daily budget in US dollars.");
    w.sample(s.costBudget.toUsd());

    w.family("conductor_provider_up", "gauge",
             "Whether the provider's last check found it up (1) or not (0).");
    for (const MetricsSnapshot::Provider &p : s.providers) {
        w.count(p.up ? 1 : 0, {{"provider", p.name}});
    }
    w.family("conductor_provider_latency_seconds", "gauge",
             "How long the provider's last check took.");
    for (const MetricsSnapshot::Provider &p : s.providers) {
        if (p.latencyMs) {
            w.sample(static_cast<double>(*p.latencyMs) / 1000.0, {{"provider", p.name}});
        }
    }

    // One series per route and status, in a fixed order.
    QMap<QPair<QString, int>, qint64> requests;
    for (const MetricsSnapshot::Requests &r : s.requests) {
        requests[qMakePair(r.route, r.status)] += r.count;
    }
    w.family("conductor_api_requests_total", "counter",
             "Requests the API answered since it started, by route template and status.");
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        w.count(it.value(),
                {{"route", it.key().first}, {"status", QString::number(it.key().second)}});
    }
    w.family("conductor_api_streams_open", "gauge", "Event streams open now.");
    w.count(s.streamsOpen);
    w.family("conductor_api_connections_open", "gauge", "Connections open now.");
    w.count(s.connectionsOpen);
    w.family("conductor_uptime_seconds", "gauge", "Seconds since the server started.");
    w.sample(s.uptimeSeconds);
    w.family("conductor_engine_loop_latency_seconds", "gauge",
             "How late the engine thread's event loop ran what it was given: the worst over the "
             "last health check interval.");
    if (s.engineLoopLatencySeconds) {
        w.sample(*s.engineLoopLatencySeconds);
    }
}

} // namespace

QByteArray renderPrometheus(const MetricsSnapshot &snapshot)
{
    Writer writer;
    windowFamilies(writer, snapshot.day);
    nowFamilies(writer, snapshot);
    return writer.text();
}

QByteArray prometheusContentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

} // namespace Conductor
