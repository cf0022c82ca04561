// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One execution while this process owns it: it decides what happens next (start an
// attempt, retry, open a gate, aggregate the deployment checks, end), records each
// decision as an event, and acts on a decision only once its event is durable. Lives on
// the engine thread, owned by the Engine, which it reaches through ExecutionHost.

#include "agents/agent.h"
#include "agents/agentfactory.h"
#include "config/configuration.h"
#include "config/pipeline.h"
#include "definitioncache.h"
#include "event.h"
#include "executionstate.h"
#include "ledger.h"
#include "startrequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <map>
#include <memory>

namespace Conductor {

class Clock;
class ExecutionRun;
struct BudgetOutlook;
struct StoredCommand;
struct ExecutionSummary;
struct HoldOutcome;

// What executions still expect to spend: the estimates of their stages not done or held.
struct PlannedSpend
{
    qint64 tokens = 0;
    Money cost;
    int executions = 0;
};

class ExecutionHost
{
public:
    virtual ~ExecutionHost() = default;
    [[nodiscard]] virtual Clock &clock() = 0;
    // Hands a recorded event to the store, with the execution's summary after it.
    virtual void enqueue(const ExecutionEvent &event, const ExecutionSummary &summary) = 0;
    // Asks the store to hold budget for an attempt, after what is enqueued so far; the
    // answer comes back through ExecutionRun::holdDecided().
    virtual void requestHold(const Ledger::HoldRequest &request) = 0;
    // What the executions it runs still expect to spend, for the next Budget Check.
    [[nodiscard]] virtual PlannedSpend plannedSpend() const = 0;
    // Whether the execution may start now; the host counts running executions.
    [[nodiscard]] virtual bool admit(const ExecutionRun &run) = 0;
    // Why it must wait, for the queue reason.
    [[nodiscard]] virtual QString queueReason(const ExecutionRun &run) const = 0;
    virtual void ended(ExecutionRun &run) = 0;
    // Nothing more happens without a person (paused, or a gate this process may not decide).
    virtual void waitingOnPerson(ExecutionRun &run, const QString &why) = 0;
    virtual void slotFreed() = 0;
    [[nodiscard]] virtual QString operatorName() const = 0;
    // The operator's role, which decides the gates `resume --approve-gates` may approve.
    [[nodiscard]] virtual QString operatorRole() const = 0;
    // What `resume --output DIR --approve-gates` asks of taken-over executions.
    [[nodiscard]] virtual QString outputOverride() const = 0;
    [[nodiscard]] virtual bool approveGatesOverride() const = 0;
    [[nodiscard]] virtual bool writeBundles() const = 0;
    [[nodiscard]] virtual DefinitionCache &definitions() = 0;
    // A running attempt's figures so far (a streamed answer), for live displays.
    virtual void attemptProgress(const QString &executionId, const QString &stageId, qint64 tokens,
                                 Money cost) = 0;
    // What the pipeline's agents are built with (the clock, network access, secrets).
    [[nodiscard]] virtual AgentServices agentServices() = 0;
};

class ExecutionRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionRun)

public:
    // A new execution; nullptr and a reason when the request cannot start (exit 2 or 3).
    // The outlook (today's budget account, the usage history) decides the estimates and
    // the Budget Check.
    struct Created
    {
        std::unique_ptr<ExecutionRun> run;
        QString error;
        bool invalidConfiguration = false;
    };
    [[nodiscard]] static Created create(ExecutionHost &host, const StartRequest &request,
                                        const BudgetOutlook &outlook);
    // The "stage/agent" keys whose history the Budget Check of a definition needs.
    [[nodiscard]] static QStringList historyKeys(const PipelineDefinition &pipeline);
    // An execution taken over from its history.
    [[nodiscard]] static Created recover(ExecutionHost &host, const ExecutionEvents &history);

    ~ExecutionRun() override;

    [[nodiscard]] const ExecutionState &state() const { return m_state; }
    [[nodiscard]] const QString &id() const { return m_state.id; }
    [[nodiscard]] const PipelineDefinition &pipeline() const { return m_pipeline; }
    [[nodiscard]] const Configuration &configuration() const { return m_config; }
    [[nodiscard]] PlannedSpend plannedSpend() const;
    [[nodiscard]] QString bundleDir() const;

    // Decides what happens next; safe to call at any time.
    void schedule();
    // After a take-over: attempts the dead owner left running are interrupted and go
    // through their retry strategy; then the execution goes on.
    void resumeAfterTakeover(const QString &owner);
    // A passive run records what it is told (an intervention by a process that does not
    // run the execution) and decides nothing by itself.
    void setPassive(bool passive)
    {
        m_passive = passive;
        m_plannedAt = 0;
    }
    // The store made events up to seq durable: act on them.
    void committed(qint64 seq);
    // An intervention or a gate decision; returns "done", "refused: why" or "conflict: why".
    // A decision's args carry the decider's role and, on a critical gate, the second
    // factor their process checked ("secondFactor": "totp").
    QString command(const QString &kind, const QJsonObject &args, const QString &by,
                    const QString &reason);
    [[nodiscard]] bool hasPendingEffects() const { return !m_effects.empty(); }
    // The highest sequence number the store made durable.
    [[nodiscard]] qint64 committedSeq() const { return m_committedSeq; }
    // The store decided a hold this execution asked for.
    void holdDecided(const HoldOutcome &outcome);
    // What an alert rule's emergency_failover asks of this execution while the providers
    // named are down (executionrunalerts.cpp): each stage not started yet whose agent uses
    // one of them moves to the agent's fallback (an `agent` command) when that one's
    // provider is not down; a running execution with any such stage left is paused (a
    // `pause` command). Nothing for an execution that has ended or is not run here.
    [[nodiscard]] QList<StoredCommand> failoverCommands(const QStringList &downProviders,
                                                        const QString &by,
                                                        const QString &reason) const;
    // Stops everything without recording anything (the lease was lost, or shutdown).
    void abandon();

    // The Budget Check of a start, without creating anything: the estimate, today's room
    // and the refusal a start would get now.
    [[nodiscard]] static StartCheck check(ExecutionHost &host, const StartRequest &request,
                                          const BudgetOutlook &outlook);

private:
    ExecutionRun(ExecutionHost &host, Configuration config, PipelineDefinition pipeline);

    // What a new execution is expected to use, in all and per stage (as recorded in
    // execution_created), and the Budget Check's refusal, or empty when it fits.
    struct StartEstimate
    {
        qint64 tokens = 0;
        Money cost;
        QJsonObject perStage;
    };
    [[nodiscard]] static StartEstimate estimateStart(const PipelineDefinition &pipeline,
                                                     const BudgetOutlook &outlook);
    // What today's budgets leave: less what is spent, held, and still expected by the
    // running executions of this process and of live others.
    struct Room
    {
        qint64 tokensLeft = 0;
        Money costLeft;
        PlannedSpend planned;
    };
    [[nodiscard]] static Room roomToday(ExecutionHost &host, const Budgets &budgets,
                                        const BudgetOutlook &outlook);
    [[nodiscard]] static QString budgetCheck(ExecutionHost &host, const Budgets &budgets,
                                             const StartOptions &options,
                                             const StartEstimate &estimate,
                                             const BudgetOutlook &outlook);

    qint64 record(QLatin1String type, QJsonObject data);
    void afterCommit(std::function<void()> effect);
    [[nodiscard]] ExecutionSummary summary() const;

    [[nodiscard]] bool isDone(const QString &nodeId) const;
    [[nodiscard]] bool needsDone(const QString &nodeId) const;
    // Holds the attempt's budget first (with a ledger), then starts it.
    void startAttempt(const StageDefinition &stage);
    void recordAttemptStart(const StageDefinition &stage, int attempt, const QString &key);
    void launch(const QString &stageId, int attempt, const QString &key);
    // The ledger (executionrunbudget.cpp).
    [[nodiscard]] StageEstimate estimateFor(const StageDefinition &stage) const;
    [[nodiscard]] Ledger::HoldRequest holdRequest(const StageDefinition &stage, int attempt,
                                                  const QString &key) const;
    // One gate for every stage whose hold was refused together (parallel stages ask at
    // once), so an approver decides once what they all need.
    void openBudgetGate(const QList<std::pair<Ledger::HoldRequest, Ledger::HoldDecision>> &refused);
    [[nodiscard]] bool refusedHold(const QString &stageId) const;
    [[nodiscard]] PlannedSpend computePlannedSpend() const;
    // Whether a stage may start as far as its budget gate goes; fails the execution when
    // the gate was rejected or expired.
    [[nodiscard]] bool budgetGateAllows(const StageDefinition &stage);
    // Posts the hold of a stage's attempt with what it used; estimated when the usage is
    // unknown and the hold is charged in full.
    void settle(const QString &stageId, qint64 tokens, Money cost, qint64 durationMs,
                bool estimated, const QString &reason);
    // Voids every hold still pending (the execution ends, or a stage is skipped).
    void releaseHolds(const QString &reason, const QString &stageId = {});
    void grantFromGate(const GateRecord &gate, const QJsonObject &args, const QString &by,
                       const QString &notes);
    void attemptFinished(const QString &stageId, int attempt, const AgentResult &result);
    // retryAfter: how long the provider asked to be left alone; a retry waits that at least.
    void attemptFailed(const StageDefinition &stage, int attempt, const QString &errorClass,
                       const QString &message, qint64 tokens, Money cost, qint64 durationMs,
                       std::chrono::milliseconds retryAfter = {});
    void handleCheckpoint(const CheckpointDefinition &checkpoint);
    void handleGroup(const GroupDefinition &group);
    void decideGate(const GateRecord &gate, const QString &decision, const QString &reviewer,
                    const QString &notes, const QStringList &conditions,
                    const QJsonObject &extra = {});
    // Gates this process may approve by itself (--approve-gates, skipGates).
    void autoDecideGates();
    [[nodiscard]] bool autoDecides(const GateRecord &gate) const;
    // Why the decider may not decide the gate, or empty.
    [[nodiscard]] QString decisionRefusal(const GateRecord &gate, const QString &by,
                                          const QJsonObject &args) const;
    QString changeStrategy(const QString &kind, const QJsonObject &args, const QJsonObject &who);
    // An alert rule's human_review_required (executionrunalerts.cpp): records the request,
    // once per alert and while no other review is asked for or open.
    QString requestReview(const QJsonObject &args, const QJsonObject &who);
    // Whether a review holds the stages back: one asked for opens its gate once no attempt
    // runs or is about to; a pending review gate holds; a rejected or expired one fails the
    // execution.
    [[nodiscard]] bool heldForReview();
    void openReviewGate();
    // Ends the execution as failed at a rejected or expired gate.
    void failAtGate(const GateRecord &gate);
    // "refused: the execution has already ended", or empty; a failed one counts as ended
    // when failedHasEnded.
    [[nodiscard]] QString endedRefusal(bool failedHasEnded) const;
    void armGateTimers();
    void gateTimedOut(const QString &gateId);
    [[nodiscard]] RetryStrategy retryFor(const StageDefinition &stage) const;
    [[nodiscard]] QString agentFor(const StageDefinition &stage) const;
    void finish(QLatin1String type, QJsonObject data);
    void stopAll();
    void armRetryTimer(const QString &stageId);
    void armTimeout();
    // Why nothing more happens without a person, or empty when something still can.
    [[nodiscard]] QString waitReason() const;
    [[nodiscard]] qint64 timeLimitMs() const;
    [[nodiscard]] QJsonObject gateContext(const CheckpointDefinition &checkpoint) const;
    void writeStageFile(const QString &stageId);
    void writeBundle();

    ExecutionHost &m_host;
    Configuration m_config;
    PipelineDefinition m_pipeline;
    QStringList m_order; // the pipeline's nodes in dependency order
    QTimeZone m_zone;    // whose midnight ends a budget day (reading it is not cheap)
    ExecutionState m_state;
    qint64 m_committedSeq = 0;
    std::multimap<qint64, std::function<void()>> m_effects;
    QHash<QString, QElapsedTimer> m_lastProgress; // by stage: when it was last reported
    std::map<QString, std::unique_ptr<Agent>> m_agents;
    QHash<QString, AgentRun *> m_runs;             // stage -> the attempt running now
    QHash<QString, quint64> m_retryTimers;         // stage -> clock handle
    QHash<QString, quint64> m_attemptTimers;       // stage -> clock handle (attempt time limit)
    QHash<QString, quint64> m_gateTimers;          // gate -> clock handle (its timeout)
    QHash<QString, Ledger::HoldRequest> m_holding; // stage -> the hold asked for, undecided
    // Holds refused while others are still being decided: their gate opens once all are.
    QList<std::pair<Ledger::HoldRequest, Ledger::HoldDecision>> m_refused;
    mutable PlannedSpend m_planned; // as of event m_plannedAt
    mutable qint64 m_plannedAt = 0;
    quint64 m_timeoutTimer = 0;
    bool m_scheduling = false;
    bool m_rescheduleRequested = false;
    bool m_reportedWaiting = false;
    bool m_abandoned = false;
    bool m_passive = false;
};

} // namespace Conductor
