// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An execution as the design document's ExecutionState describes it, rebuilt by applying
// its events in order: status; pipeline currentStage / completedStages / nextStages;
// resources tokensUsed / timeElapsed / costAccrued; gates pending / completed; errors;
// metadata createdAt / updatedAt / priority; and what the engine needs besides (each
// stage's attempts, outputs and verdicts). apply() is the only way it changes, so a state
// rebuilt from the store equals the one the engine held.

#include "config/money.h"
#include "event.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Conductor {

enum class ExecutionStatus
{
    Pending,
    Running,
    Paused,
    Completed,
    Failed,
    Cancelled
};
[[nodiscard]] QString statusName(ExecutionStatus status);
[[nodiscard]] std::optional<ExecutionStatus> statusFromName(QStringView name);
[[nodiscard]] bool isEnded(ExecutionStatus status);

enum class Priority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Critical = 3
};
[[nodiscard]] QString priorityName(Priority priority);
[[nodiscard]] std::optional<Priority> priorityFromName(QStringView name);

struct Idea
{
    QString id;
    QString title;
    QString description;
    QVariantMap metadata;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Idea fromJson(const QJsonObject &object);
};

struct StartOptions
{
    bool skipGates = false;
    bool approveGates = false;    // gates decided as the local operator (--approve-gates)
    std::optional<Money> maxCost; // the design document's maxCost, USD
    std::optional<qint64> timeoutSeconds;
    QString outputDir; // where the report bundle goes
    quint64 seed = 1;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static StartOptions fromJson(const QJsonObject &object);
};

struct StageRun
{
    enum class Status
    {
        Waiting,
        Running,
        RetryWaiting,
        Completed,
        Failed,
        Skipped
    };

    QString id;
    Status status = Status::Waiting;
    int attempts = 0; // attempts started
    int failures = 0; // attempts failed or interrupted since the last reset
    qint64 tokens = 0;
    Money cost;
    qint64 durationMs = 0; // of the successful attempt
    QString verdict;       // pass, flag, fail, or empty
    QString output;        // Markdown
    QString lastError;
    QString lastErrorClass;
    QString idempotencyKey; // of the running attempt
    QDateTime startedAt;
    QDateTime endedAt;
    QDateTime retryAt;
};
[[nodiscard]] QString stageStatusName(StageRun::Status status);

struct GateRecord
{
    QString id;
    QString checkpoint;
    QStringList stages; // the stages a budget gate holds back
    QString type;
    bool required = false;
    bool critical = false;
    QString status = QStringLiteral("pending"); // pending, approved, rejected, expired
    QString reason;
    QJsonObject context;
    qint64 timeoutSeconds = 0;
    QString reviewerRole = QStringLiteral("approver"); // who may decide it now
    int escalations = 0;
    QDateTime deadline; // when its timeout acts; invalid without one
    QString reviewer;
    QString notes;
    QStringList conditions;
    QDateTime openedAt;
    QDateTime decidedAt;
};

// An intervention as the state shows it: what, on which stage, who and why.
struct InterventionRecord
{
    QString kind; // pause, resume, cancel, skip, retry, strategy, agent
    QString stage;
    QString value;
    QString by;
    QString reason;
    QDateTime time;
};

// A budget hold the execution has not resolved yet (see ledger.h).
struct Reservation
{
    QString id; // the attempt's idempotency key
    QString stage;
    QString agent;
    QString day;
    int attempt = 0;
    qint64 tokens = 0;
    qint64 emergency = 0;
    Money cost;
    Money override;
};

// What a stage is expected to use, and where that figure came from.
struct StageEstimate
{
    QString agent;
    qint64 tokens = 0;
    Money cost;
    QString source; // "pipeline" (the agent's figures) or "history" (recent attempts)
    int samples = 0;
};

struct ErrorLog
{
    QString stage;
    QString errorClass;
    QString message;
    int attempt = 0;
    QDateTime time;
};

struct ExecutionState
{
    QString id;
    ExecutionStatus status = ExecutionStatus::Pending;
    Priority priority = Priority::Normal;
    QString pipelineId;
    Idea idea;
    StartOptions options;
    QString configText;   // the configuration it started with
    QString pipelineText; // the pipeline it started with
    QStringList simOverrides;
    QString startedBy;     // who asked for the execution
    QString startedByRole; // their role then

    QStringList stageOrder; // the pipeline's stages, in dependency order
    QHash<QString, StageRun> stages;
    QStringList completedStages; // in the order they completed
    QStringList passedCheckpoints;
    QHash<QString, bool> groupResults; // group -> passed
    QList<GateRecord> gates;
    QList<ErrorLog> errors;
    QList<InterventionRecord> interventions;
    QHash<QString, QString> strategyOverrides; // stage -> retry strategy name
    QHash<QString, QString> agentOverrides;    // stage -> agent id
    // An alert's review asked for and its gate not opened yet (review_requested): the
    // alert's id, empty when none waits.
    QString reviewAlert;
    QString reviewReason;
    Money budgetOverride;        // dollars approvers granted beyond the budgets
    qint64 emergencyGranted = 0; // tokens approvers granted from the emergency reserve

    // The ledger: whether this execution keeps one (executions recorded before it take
    // their totals from their attempts), its estimates, and the holds it has not resolved.
    bool ledger = false;
    QHash<QString, StageEstimate> estimates;
    qint64 estimatedTokens = 0;
    Money estimatedCost;
    QHash<QString, Reservation> reservations;
    qint64 tokensHeld = 0;
    Money costHeld;
    qint64 emergencyUsed = 0; // of the grants, posted and held
    Money overrideUsed;
    qint64 overrunTokens = 0;
    Money overrunCost;
    QHash<QString, qint64> tokensByAgent;
    QHash<QString, Money> costByAgent;

    qint64 tokensUsed = 0; // posted
    Money costAccrued;
    qint64 activeMs = 0;   // running time, without gate waits and pauses
    QDateTime activeSince; // when the running clock last started, if it runs
    QString queueReason;
    QString failureClass;
    QString failureMessage;
    QString failureGate; // the gate whose rejection (or expiry) failed it, if one did
    QString endedBy;
    QString endReason;
    QString bundlePath;

    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 lastSeq = 0;

    // Applies the next event; events must come in sequence order.
    void apply(const ExecutionEvent &event);
    // Whether gate waits hold the execution: a pending gate stops the running clock.
    [[nodiscard]] bool waitingOnGate() const;
    [[nodiscard]] const GateRecord *gate(QStringView gateId) const;
    // The latest budget gate on a stage, or nullptr.
    [[nodiscard]] const GateRecord *budgetGate(QStringView stageId) const;
    // A budget gate waiting for a decision, or nullptr.
    [[nodiscard]] const GateRecord *pendingBudgetGate() const;
    // The reservation of a stage's running attempt, or nullptr.
    [[nodiscard]] const Reservation *reservationOf(QStringView stageId) const;
    // The running time at `now`, counting the current stretch if the clock runs.
    [[nodiscard]] qint64 elapsedMs(const QDateTime &now) const;
    // The index of the stage running now or next, among stageOrder.
    [[nodiscard]] int currentStageIndex() const;
    [[nodiscard]] QStringList nextStages() const;
    // The facts gate conditions test: metadata.<key> and verdict.<stage>.
    [[nodiscard]] QVariantMap facts() const;
    // The design document's ExecutionState as JSON (execution.json), with extra fields.
    [[nodiscard]] QJsonObject toJson(const QDateTime &now) const;

private:
    void updateClock(const QDateTime &at);
};

} // namespace Conductor
