// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What `GET /metrics` answers: the key metrics of the last 24 hours, what runs now, today's
// spending, the providers' last checks and the API's own requests, in the Prometheus text
// exposition format 0.0.4. The server gathers a MetricsSnapshot (reading the database off
// the engine thread) and renderPrometheus() turns it into text; it does nothing else, so
// the same snapshot always renders the same bytes.
//
// Every family has a HELP and a TYPE line, always, in a fixed order; its samples follow,
// and a figure that is unknown has no sample (a rate with nothing to count, the latency of a
// provider that never answered, key metrics that could not be read): never NaN. The help texts are
// part of the machine-read format, like `--json` output, and are not translated. Names, all
// prefixed `conductor_`:
//
//   pipeline_success_rate                      gauge, 0–1, completed / (completed + failed)
//   execution_seconds{quantile="0.5"|"0.95"}   gauge, nearest-rank percentiles
//   execution_mean_seconds                     gauge
//   executions_ended_24h{status=}              gauge, completed / failed / cancelled
//   tokens_per_completed_execution             gauge
//   cost_per_completed_execution_usd           gauge
//   gate_first_approval_rate                   gauge, 0–1
//   error_recovery_rate                        gauge, 0–1
//   stage_recovery_rate{stage=}                gauge, 0–1
//   agent_recovery_rate{agent=}                gauge, 0–1
//   executions_active{state=}                  gauge, running / waiting_at_gate / paused / queued
//   gates_pending                              gauge
//   tokens_today, cost_today_usd               gauge, the budget day's use so far
//   tokens_budget_daily, cost_budget_daily_usd gauge
//   provider_up{provider=}                     gauge, 1 or 0
//   provider_latency_seconds{provider=}        gauge, of the last check
//   api_requests_total{route=,status=}         counter, since the server started
//   api_streams_open, api_connections_open     gauge
//   uptime_seconds                             gauge
//   engine_loop_latency_seconds                gauge, how late the engine thread's loop ran:
//                                              the worst of the last health check interval
//
// The execution times are gauges, not a summary: they describe a moving 24-hour window,
// and a summary's _sum and _count would promise counters that only grow. For the same
// reason the windowed counts are gauges named _24h rather than counters named _total.

#include "config/money.h"
#include "store/keymetrics.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Conductor {

struct MetricsSnapshot
{
    KeyMetrics day;          // the last 24 h; left out when not ok
    ActiveExecutions active; // left out when not ok
    int pendingGates = 0;
    // Today's spending: the budget day's ResourceUsage (tokens.used, cost.accruedUSD) and
    // its daily budgets.
    qint64 tokensToday = 0;
    Money costToday;
    qint64 tokensBudget = 0;
    Money costBudget;
    struct Provider
    {
        QString name;
        bool up = false;
        std::optional<qint64> latencyMs;
    };
    QList<Provider> providers;
    // The API's own, by route template and status; one route and status given twice is
    // counted once, with the counts added.
    struct Requests
    {
        QString route;
        int status = 0;
        qint64 count = 0;
    };
    QList<Requests> requests;
    qint64 streamsOpen = 0;
    qint64 connectionsOpen = 0;
    double uptimeSeconds = 0;
    std::optional<double> engineLoopLatencySeconds; // none before the first measurement
};

// The text exposition format 0.0.4: a HELP and a TYPE line per family, families in a fixed
// order, label values escaped (\\, \", \n), absent rates left out (not NaN), money in USD
// as floats.
[[nodiscard]] QByteArray renderPrometheus(const MetricsSnapshot &snapshot);

// The content type of that format.
[[nodiscard]] QByteArray prometheusContentType();

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::MetricsSnapshot)
