// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An event in an execution's history: what the engine decided, numbered per execution.
// The history is the truth: an execution's state is rebuilt by applying its events in
// order, and every consumer (the command line, the UI, later the REST API and alerts)
// sees only events that are durable. Payloads are JSON objects; their keys are part of
// the --json contract and never translated.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Conductor {

struct ExecutionEvent
{
    QString executionId;
    qint64 seq = 0; // 1, 2, 3 ... per execution, without gaps
    QString type;
    QJsonObject data;
    QDateTime time; // UTC, millisecond precision

    // {seq, executionId, type, time, data}, one line of `--json` output.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ExecutionEvent fromJson(const QJsonObject &object);
};

using ExecutionEvents = QList<ExecutionEvent>;

// The event types. Each comment names the payload's keys.
namespace EventType {
// idea{id,title,description,metadata}, pipelineId, priority, options{maxCostUSD,timeoutSeconds,
// skipGates,approveGates,outputDir,seed}, config (YAML text), pipeline (YAML text), simOverrides[]
inline constexpr QLatin1String Created("execution_created");
inline constexpr QLatin1String Queued("execution_queued");   // reason, position
inline constexpr QLatin1String Started("execution_started"); // owner
inline constexpr QLatin1String
    AttemptStarted("attempt_started"); // stage, attempt, idempotencyKey, agent, timeoutMs
// stage, attempt, tokens, costMicros, durationMs, verdict, output
inline constexpr QLatin1String AttemptSucceeded("attempt_succeeded");
// stage, attempt, errorClass, message, retryable, durationMs, tokens, costMicros
inline constexpr QLatin1String AttemptFailed("attempt_failed");
inline constexpr QLatin1String AttemptInterrupted("attempt_interrupted"); // stage, attempt
inline constexpr QLatin1String RetryScheduled("retry_scheduled"); // stage, attempt (next), delayMs
inline constexpr QLatin1String Escalated("escalation_raised");    // stage, failures, threshold
inline constexpr QLatin1String StageCompleted("stage_completed"); // stage, verdict
inline constexpr QLatin1String StageFailed("stage_failed");       // stage, errorClass, message
inline constexpr QLatin1String StageSkipped("stage_skipped");     // stage, by, reason
inline constexpr QLatin1String StageReset("stage_reset");         // stage, by, reason (retry)
// gateId, checkpoint, gateType, required, critical, reason, context, timeoutSeconds,
// reviewerRole, deadline, alertId (an alert_review gate's alert)
inline constexpr QLatin1String GateOpened("gate_opened");
// gateId, decision (approved|rejected|expired), reviewer, notes, conditions[], role,
// secondFactor, byTimeout
inline constexpr QLatin1String GateDecided("gate_decided");
// gateId, gateType, role (the reviewers now), deadline, reason
inline constexpr QLatin1String GateEscalated("gate_escalated");
// alertId, by, reason: an alert rule (human_review_required) asks for a review; no stage
// starts until the alert_review gate it opens (with the same alertId) is decided
inline constexpr QLatin1String ReviewRequested("review_requested");
// stage, strategy or agent, by, reason
inline constexpr QLatin1String StrategyChanged("stage_strategy_changed");
// amountMicros (dollars) and tokens (from the emergency reserve) the execution may spend
// beyond its budgets, by, reason, gateId (when a budget gate's approval granted them)
inline constexpr QLatin1String BudgetOverridden("budget_overridden");
// The ledger (see ledger.h). reservation (the attempt's idempotency key), stage, attempt,
// agent, day, tokens, costMicros, emergencyTokens, overrideMicros, estimateSource
inline constexpr QLatin1String BudgetReserved("budget_reserved");
// reservation, stage, agent, day, usedTokens, usedCostMicros, durationMs, estimated (the
// usage is not known and the hold is charged in full), releasedTokens, releasedMicros, and
// when not zero emergencyTokens, overrideMicros (drawn on grants), overrunTokens,
// overrunMicros (used beyond the hold)
inline constexpr QLatin1String BudgetPosted("budget_posted");
inline constexpr QLatin1String BudgetVoided("budget_voided"); // reservation, stage, day, reason
inline constexpr QLatin1String CheckpointPassed("checkpoint_passed"); // checkpoint
inline constexpr QLatin1String
    GroupAggregated("group_aggregated"); // group, passed, results{stage: verdict}, failed[]
inline constexpr QLatin1String Paused("execution_paused");       // by, reason
inline constexpr QLatin1String Resumed("execution_resumed");     // by, reason
inline constexpr QLatin1String Completed("execution_completed"); // bundle
inline constexpr QLatin1String Failed("execution_failed");       // errorClass, message, stage
inline constexpr QLatin1String Cancelled("execution_cancelled"); // by, reason
} // namespace EventType

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::ExecutionEvent)
