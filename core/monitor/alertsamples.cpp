// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsamples.h"

#include "config/configuration.h"
#include "engine/event.h"
#include "engine/ledger.h"
#include "store/database.h"
#include "store/eventstore.h"
#include "store/keymetrics.h"
#include "store/storequeries.h"

#include <QSqlQuery>
#include <QVariant>

namespace Conductor {

namespace {

double usd(const Money &m)
{
    return static_cast<double>(m.micros) / 1'000'000.0;
}

} // namespace

AlertSamples readAlertSamples(Database &database, const Configuration &config, const QDateTime &now,
                              const AlertInputs &inputs)
{
    AlertSamples out;
    QList<MetricSample> &s = out.samples;
    const auto fail = [&out](const QString &what) {
        out.samples.clear();
        out.error = what;
        return out;
    };

    // error_rate over the window, through events_by_type.
    {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT type, COUNT(*) FROM events WHERE type IN (?, ?)"
                                 " AND time >= ? AND time < ? GROUP BY type"));
        q.bindValue(0, QString(EventType::AttemptFailed));
        q.bindValue(1, QString(EventType::AttemptSucceeded));
        q.bindValue(2, toStoredTime(now.addSecs(-inputs.errorWindow.count())));
        q.bindValue(3, toStoredTime(now));
        if (!q.exec()) {
            return fail(queryError(q));
        }
        qint64 failed = 0;
        qint64 ended = 0;
        while (q.next()) {
            ended += q.value(1).toLongLong();
            if (q.value(0).toString() == EventType::AttemptFailed) {
                failed += q.value(1).toLongLong();
            }
        }
        if (ended > 0) {
            s.append({QStringLiteral("error_rate"), {}, double(failed) / double(ended), 0});
        }
    }

    const KeyMetrics day = readKeyMetrics(database, now.addDays(-1), now);
    if (!day.ok) {
        return fail(day.error);
    }
    const auto add = [&s](const char *metric, const std::optional<double> &value) {
        if (value) {
            s.append({QString::fromLatin1(metric), {}, *value, 0});
        }
    };
    add("success_rate", day.successRate);
    add("gate_first_approval_rate", day.firstApprovalRate);
    add("error_recovery_rate", day.recoveryRate);
    add("average_execution_time", day.meanSeconds);

    // Today's spending against the day's limits.
    {
        const Ledger::Limits limits = Ledger::limitsOf(config);
        const QString dayKey = Ledger::dayOf(now, Ledger::zoneOf(config));
        QSqlQuery q(database.connection());
        q.prepare(QStringLiteral("SELECT tokens_posted + emergency_posted,"
                                 " cost_posted + override_posted FROM budget_days WHERE day = ?"));
        q.bindValue(0, dayKey);
        if (!q.exec()) {
            return fail(queryError(q));
        }
        const bool has = q.next();
        const double tokens = has ? q.value(0).toDouble() : 0.0;
        const double cost = has ? static_cast<double>(q.value(1).toLongLong()) / 1'000'000.0 : 0.0;
        s.append({QStringLiteral("daily_cost"),
                  {},
                  cost,
                  usd(limits.dailyCost),
                  usd(limits.alertThreshold)});
        s.append({QStringLiteral("daily_tokens"), {}, tokens, double(limits.dailyTokens)});
    }

    // Each unfinished execution, and the counts of what waits.
    {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, status, created_at, tokens_used, cost_micros,"
                                   " waiting_gate FROM executions"
                                   " WHERE status IN ('pending', 'running', 'paused')"
                                   " ORDER BY id"))) {
            return fail(queryError(q));
        }
        int pendingGates = 0;
        int queued = 0;
        const double perPipeline = double(config.budgets.tokens.perPipeline);
        while (q.next()) {
            const QString id = q.value(0).toString();
            const QDateTime created = fromStoredTime(q.value(2).toString());
            s.append({QStringLiteral("execution_time"), id,
                      std::max<qint64>(0, created.msecsTo(now)) / 1000.0, 0});
            s.append({QStringLiteral("execution_tokens"), id, q.value(3).toDouble(), perPipeline});
            s.append({QStringLiteral("execution_cost"), id,
                      static_cast<double>(q.value(4).toLongLong()) / 1'000'000.0, 0});
            queued += q.value(1).toString() == u"pending";
            pendingGates += !q.value(5).toString().isEmpty();
        }
        s.append({QStringLiteral("pending_gates"), {}, double(pendingGates), 0});
        s.append({QStringLiteral("queued_pipelines"), {}, double(queued), 0});
    }
    s.append({QStringLiteral("agent_down_count"), {}, double(inputs.agentDownCount), 0});
    if (inputs.engineLoopLatencyMs) {
        s.append({QStringLiteral("engine_loop_latency_ms"), {}, *inputs.engineLoopLatencyMs, 0});
    }
    return out;
}

} // namespace Conductor
