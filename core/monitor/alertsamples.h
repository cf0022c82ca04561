// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the alert rules' metrics measure now, read from the durable history (and, for
// agent_down_count, from the provider checks): the samples AlertEvaluator judges.
//
//   error_rate              failed attempts / attempts that ended, over the last errorWindow
//   success_rate, gate_first_approval_rate, error_recovery_rate, average_execution_time
//                           the key metrics of the last 24 hours (keymetrics.h)
//   daily_cost, daily_tokens  today's spending (reference: the daily budget, or for
//                           daily_cost's alert_threshold the configured threshold)
//   execution_time          per unfinished execution, wall-clock seconds since it was
//                           created, waits and pauses included
//   execution_cost, execution_tokens  per unfinished execution (reference: the per-pipeline
//                           token budget; an execution's own cost limit is not in its row)
//   agent_down_count, pending_gates, queued_pipelines   counts now
//   engine_loop_latency_ms  how late the engine thread's loop ran (the worst of the last
//                           interval), when the process has an engine
//
// A metric with nothing to measure (no attempt ended in the window) gives no sample, so a
// rule on it neither fires nor stays firing.

#include "alertevaluator.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace Conductor {

class Database;
struct Configuration;

struct AlertInputs
{
    int agentDownCount = 0;
    std::chrono::seconds errorWindow{15 * 60};
    std::optional<double> engineLoopLatencyMs = std::nullopt;
};

struct AlertSamples
{
    QList<MetricSample> samples;
    QString error; // why the history could not be read; samples are then empty
};

[[nodiscard]] AlertSamples readAlertSamples(Database &database, const Configuration &config,
                                            const QDateTime &now, const AlertInputs &inputs);

} // namespace Conductor
