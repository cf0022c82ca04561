// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The orchestration engine: every execution this process owns, on one thread, one
// decision at a time. It sends what the executions record to the store in batches, acts
// on durable events only, admits executions up to maxConcurrentPipelines in priority
// order, carries out commands from other processes, takes over executions whose owner
// died, and lets go of those whose lease it lost.
//
// Lives on the engine thread (EngineThread); its slots are called through queued
// connections or invokeMethod, and its signals carry value types.

#include "event.h"
#include "executionrun.h"
#include "startrequest.h"
#include "store/storetypes.h"

#include <QObject>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Conductor {

class Clock;
class EventStore;
class SecretSource;

class Engine final
    : public QObject
    , private ExecutionHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    struct Options
    {
        QString ownerId;
        QString operatorName; // who the local operator is, for records
        QString operatorRole; // their role (resume --approve-gates decides up to it)
        int maxConcurrentPipelines = 10;
        QString outputOverride;            // resume --output: bundles of taken-over executions
        bool approveGatesOverride = false; // resume --approve-gates
        bool writeBundles = true;          // report bundles on disk (the bench turns them off)
        // Where language-model agents get their keys; must outlive the engine. None: only
        // providers without a key can be asked.
        SecretSource *secrets = nullptr;
    };

    // The engine uses the store through queued calls; both must outlive it.
    Engine(EventStore *store, Clock *clock, Options options, QObject *parent = nullptr);
    ~Engine() override;

    [[nodiscard]] int runningCount() const;
    [[nodiscard]] int executionCount() const { return static_cast<int>(m_runs.size()); }

public Q_SLOTS:
    // -> executionCreated() or startRefused(), and startAnswered() with a requestKey (once
    // the execution is durable); with checkOnly -> startChecked() alone.
    void start(const Conductor::StartRequest &request);
    // Takes over every unfinished execution whose lease is free -> takeOverDone().
    void takeOverUnfinished();
    // Applies one command to an execution no live process owns, without running it, and
    // gives the lease back -> commandApplied().
    void applyOffline(const QString &executionId, const Conductor::StoredCommand &command);
    // An intervention or a gate decision from this process (the desktop app) ->
    // commandApplied(), and localCommandApplied() once what it recorded is durable. A command
    // with an id came through the store and is marked handled.
    void submit(const Conductor::StoredCommand &command);
    // Sends what is queued to the store and asks it to commit -> flushed().
    void flush();
    // A new orchestration.maxConcurrentPipelines (the configuration was applied): more
    // waiting executions start at once when it grew; running ones go on when it shrank.
    void setMaxConcurrentPipelines(int max);
    // Gives up the leases of executions waiting on a person, so another process may go
    // on with them, and stops the rest without recording anything.
    void shutdown();
    // What an alert rule's emergency_failover asks of the executions this engine runs while
    // the providers named are down (ExecutionRun::failoverCommands) -> failoverPlanned().
    // The commands are only planned here: the session submits them like any intervention.
    void planFailover(const QString &alertId, const QStringList &downProviders, const QString &by,
                      const QString &reason);

Q_SIGNALS:
    void executionCreated(const QString &executionId);
    void startRefused(const QString &reason, bool invalidConfiguration);
    // The answer to a start with a requestKey: the execution created, or why not.
    void startAnswered(const QString &requestKey, const QString &executionId,
                       const QString &refusal);
    // The answer to a start with checkOnly.
    void startChecked(const QString &requestKey, const Conductor::StartCheck &check);
    void eventsCommitted(const Conductor::ExecutionEvents &events);
    void executionEnded(const QString &executionId, int status, const QString &bundle);
    void executionWaiting(const QString &executionId, const QString &why);
    void executionLost(const QString &executionId, const QString &why);
    void takeOverDone(const QStringList &executionIds);
    // The commands planFailover() found, for every execution it affects.
    void failoverPlanned(const QString &alertId, const QList<Conductor::StoredCommand> &commands);
    void commandApplied(const QString &executionId, const QString &outcome);
    // The same, for a command submitted from this process (one without an id) only: the
    // desktop app tells its answers apart from those to other processes' commands.
    void localCommandApplied(const QString &executionId, const QString &outcome);
    void storageFailed(const QString &message);
    void flushed();
    // The day's dollars crossed the alert threshold (once a day, durable in the alerts
    // table before this is emitted).
    void alertRaised(const QString &alertId, const QString &message);
    // A running attempt's tokens and dollars so far (a streamed answer; estimates until it
    // ends), a few times a second at most. Nothing of it is recorded: the attempt's usage
    // is, when it ends.
    void attemptRunning(const QString &executionId, const QString &stageId, qint64 tokens,
                        qint64 costMicros);

private:
    // ExecutionHost
    Clock &clock() override { return *m_clock; }
    void enqueue(const ExecutionEvent &event, const ExecutionSummary &summary) override;
    void requestHold(const Ledger::HoldRequest &request) override;
    [[nodiscard]] PlannedSpend plannedSpend() const override;
    [[nodiscard]] bool admit(const ExecutionRun &run) override;
    [[nodiscard]] QString queueReason(const ExecutionRun &run) const override;
    void ended(ExecutionRun &run) override;
    void waitingOnPerson(ExecutionRun &run, const QString &why) override;
    void slotFreed() override;
    [[nodiscard]] QString operatorName() const override { return m_options.operatorName; }
    [[nodiscard]] QString operatorRole() const override { return m_options.operatorRole; }
    [[nodiscard]] QString outputOverride() const override { return m_options.outputOverride; }
    [[nodiscard]] bool approveGatesOverride() const override
    {
        return m_options.approveGatesOverride;
    }
    [[nodiscard]] bool writeBundles() const override { return m_options.writeBundles; }
    [[nodiscard]] DefinitionCache &definitions() override { return m_definitions; }
    [[nodiscard]] AgentServices agentServices() override;
    void attemptProgress(const QString &executionId, const QString &stageId, qint64 tokens,
                         Money cost) override;

    // Admission order: priority, then age, then id.
    [[nodiscard]] static bool admitsBefore(const ExecutionRun &a, const ExecutionRun &b);
    [[nodiscard]] ExecutionRun *nextInLine() const;
    [[nodiscard]] ExecutionRun *find(const QString &executionId) const;
    void sendBatch();
    void onCommitted(const Conductor::ExecutionEvents &events);
    void onClaimed(const QStringList &executionIds);
    void onEventsLoaded(const QString &executionId, const Conductor::ExecutionEvents &events);
    void onCommands(const QList<Conductor::StoredCommand> &commands);
    void onLeaseLost(const QStringList &executionIds);
    void onOutlook(qint64 requestId, bool ok, const Conductor::BudgetOutlook &outlook);
    void onHoldsDecided(const QList<Conductor::HoldOutcome> &outcomes);
    void refuseStart(const StartRequest &request, const QString &reason, bool invalidConfiguration);
    // Why a pending execution may not start yet although a slot is free: a rule with the
    // action throttle_new_pipelines holds for today's spending. Empty when it may.
    [[nodiscard]] QString throttleReason(const ExecutionRun &run) const;
    // Re-admits at the next local midnight, and refreshes today's account meanwhile
    // (other processes spend too).
    void watchThrottle(const ExecutionRun &run);
    void refreshDay(const QString &day);
    // The zone of a configuration's budget day, read once per zone name.
    [[nodiscard]] QTimeZone zoneOf(const Configuration &config) const;
    void drop(const QString &executionId);
    void finishOffline(const QString &executionId);
    // Answers a request from this process (a start, a command) once the execution's events
    // so far are durable, at once when they are: what was acknowledged survives a crash.
    // lost runs instead when this process loses the execution before that.
    void whenDurable(const ExecutionRun &run, std::function<void()> answer,
                     std::function<void()> lost);

    EventStore *m_store;
    Clock *m_clock;
    Options m_options;
    DefinitionCache m_definitions;
    QNetworkAccessManager *m_network = nullptr; // made on the engine thread when first needed
    QSet<qint64> m_carriedOut;                  // stored commands this engine carried out (by id)
    std::map<QString, std::unique_ptr<ExecutionRun>> m_runs;
    StoreBatch m_batch;
    QHash<QString, int> m_summaryIndex; // execution -> its summary in m_batch
    QTimer *m_batchTimer;
    QTimer *m_admissionTimer;
    // Take-overs under way: claimed executions whose history is loading.
    QSet<QString> m_loading;
    QStringList m_takenOver;
    bool m_takingOver = false;
    // Offline commands waiting for their execution's claim.
    QHash<QString, StoredCommand> m_offline;
    // Commands that arrived for executions whose history is loading.
    QHash<QString, QList<StoredCommand>> m_deferred;
    QHash<QString, QString> m_offlineOutcomes; // applied, waiting to be durable
    struct DurableAnswer
    {
        qint64 seq = 0;
        std::function<void()> answer;
        std::function<void()> lost;
    };
    QHash<QString, QList<DurableAnswer>> m_durableAnswers; // by execution, in seq order
    QSet<QString> m_waiting; // executions reported as waiting on a person
    // Starts waiting for their Budget Check's outlook.
    QHash<qint64, StartRequest> m_starting;
    qint64 m_lastStart = 0;
    QHash<QString, Ledger::DayAccount> m_days; // the accounts of days, as last read or written
    quint64 m_dayRollTimer = 0;                // clock handle: the next midnight
    mutable QHash<QString, QTimeZone> m_zones;
    QTimer *m_refreshTimer; // today's account, while executions are throttled
};

} // namespace Conductor
