// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The durable store, living on its own thread and owning that thread's SQL connection.
// Batches that arrive within the group window are committed in one transaction (group
// commit, synchronous=FULL) and then announced by committed(): nothing is announced
// before it is durable, which is what lets the engine act only on durable events.
//
// Ownership: each execution is run by one process at a time, the one whose owner id
// holds its lease (executions.owner, lease_until). The store renews the leases it holds
// on a heartbeat and fences every write: a batch for an execution this owner no longer
// holds is refused (leaseLost), so two processes never both write an execution's history.
// Commands for owned executions (interventions from other processes) are polled and
// delivered by commandsArrived().
//
// Every slot is meant to be called through a queued connection or invokeMethod; results
// come back as signals.

#include "storetypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;
class QTimer;

namespace Conductor {

class Database;
class EventWriter;

class Doorbell;

class EventStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    struct Options
    {
        QString databasePath;
        QString ownerId;
        std::chrono::milliseconds leaseDuration{15'000};
        std::chrono::milliseconds groupWindow{2};
        std::chrono::milliseconds commandPoll{100};
    };

    explicit EventStore(Options options, QObject *parent = nullptr);
    ~EventStore() override;

    // Transactions committed so far (group commits, not batches); safe from any thread.
    // For tests and the benchmark.
    [[nodiscard]] qint64 commitCount() const { return m_commits.load(std::memory_order_relaxed); }

public Q_SLOTS:
    // Opens (creating it if need be) and migrates the database -> opened().
    void open();
    // Queues a batch for the next group commit -> committed() or leaseLost().
    void append(const Conductor::StoreBatch &batch);
    // Records a new execution owned by this process (its first batch also does this).
    // Takes the lease of one execution if it is free or already ours, failed ones included
    // (an intervention may revive them) -> claimed() with it, or claimRefused().
    void claim(const QString &executionId);
    // Takes the lease of every unfinished execution whose lease is free -> claimed().
    void claimUnfinished();
    // Gives leases up (at a clean exit or when an execution waits on a person).
    void release(const QStringList &executionIds);
    // -> eventsLoaded()
    void loadEvents(const QString &executionId);
    // The day's budget account and the usage history of stages and agents ("stage/agent")
    // for a Budget Check -> outlookReady().
    void budgetOutlook(qint64 requestId, const QString &day, const QStringList &stageAgents);
    // Voids granted holds that no attempt will use (their execution ended meanwhile).
    void voidHolds(const QStringList &holdIds);
    // Commits what is queued now -> flushed(); used before exiting.
    void flush();
    // Closes the connection; the thread may end afterwards.
    void close();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void committed(const Conductor::ExecutionEvents &events);
    // After committed(): the holds the transaction decided, the day accounts it changed,
    // and the alerts it raised.
    void holdsDecided(const QList<Conductor::HoldOutcome> &outcomes);
    void ledgerChanged(const QList<Conductor::Ledger::DayAccount> &days);
    void alertRaised(const Conductor::LedgerAlert &alert);
    void outlookReady(qint64 requestId, bool ok, const Conductor::BudgetOutlook &outlook);
    void claimed(const QStringList &executionIds);
    void claimRefused(const QString &executionId, const QString &owner);
    void leaseLost(const QStringList &executionIds);
    void commandsArrived(const QList<Conductor::StoredCommand> &commands);
    void eventsLoaded(const QString &executionId, const Conductor::ExecutionEvents &events);
    void storageFailed(const QString &message);
    void flushed();

private:
    // Ends the leases held by processes of this host that are gone (eventstoreclaims.cpp).
    void endLeasesOfDeadLocalOwners(qint64 now);
    void commit();
    void heartbeat();
    void pollCommands();
    // Stops every write after a storage error; never retried (an fsync that failed once
    // may have lost data the kernel no longer holds).
    void fail(const QString &message);
    // Drops executions no longer held: from m_owned and from the delivered commands.
    void forget(const QStringList &executionIds);
    // A Checkpointer on its own thread, with the store's automatic checkpoints off.
    void startCheckpointer();
    void stopCheckpointer();
    // Voids the holds claimed executions' former owners never recorded, and the unrecorded
    // holds named, in a transaction of its own; false after fail().
    bool voidStaleHolds(const QStringList &executionIds, const QStringList &holdIds = {});
    // The same inside the caller's transaction; false with the ledger's error set.
    bool voidUnrecordedHolds(const QStringList &executionIds, const QStringList &holdIds);
    [[nodiscard]] bool canWrite() const;

    Options m_options;
    QString m_connection;
    QList<StoreBatch> m_queue;
    qsizetype m_queuedEvents = 0;
    QSet<QString> m_owned;
    QHash<qint64, QString> m_delivered; // command id -> execution, until marked handled
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EventWriter> m_writer;
    QTimer *m_commitTimer = nullptr;
    QTimer *m_heartbeatTimer = nullptr;
    QTimer *m_commandTimer = nullptr;
    Doorbell *m_doorbell = nullptr; // rung by processes that record commands for this owner
    std::unique_ptr<QThread> m_checkpointThread; // runs a Checkpointer beside the store
    std::atomic<qint64> m_commits{0};
    bool m_failed = false;
    bool m_closed = false;
};

} // namespace Conductor
