// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synchronous reads and small writes on the calling thread's own connection, for the
// command line (`conductor executions`, `conductor intervene`) and for tests. Never used
// on the GUI thread or the engine thread.

#include "keymetrics.h"
#include "storetypes.h"
#include "usagehistory.h"

#include <QString>

#include <memory>
#include <optional>

namespace Conductor {

class Database;

// Whether a live process holds the execution's lease.
[[nodiscard]] bool leaseIsLive(const ExecutionSummary &summary);

class StoreQueries final
{
public:
    // Opens (creating and migrating if need be) the database at path.
    explicit StoreQueries(const QString &databasePath);
    ~StoreQueries();
    Q_DISABLE_COPY_MOVE(StoreQueries)

    [[nodiscard]] bool isOpen() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    // Newest first; an empty filter lists all.
    [[nodiscard]] QList<ExecutionSummary>
    executions(std::optional<ExecutionStatus> status = std::nullopt) const;
    // A page of them (see ExecutionPageQuery).
    [[nodiscard]] ExecutionPage executionsPage(const ExecutionPageQuery &query) const;
    // Those whose row changed after the given time (any process's), oldest change first,
    // at most limit of them.
    [[nodiscard]] QList<ExecutionSummary> executionsChangedSince(const QDateTime &after,
                                                                 int limit) const;
    [[nodiscard]] std::optional<ExecutionSummary> execution(const QString &id) const;
    // Its events after a sequence number (all by default), in order.
    [[nodiscard]] ExecutionEvents events(const QString &executionId, qint64 afterSeq = 0) const;
    // The execution a gate belongs to, if any.
    [[nodiscard]] std::optional<QString> executionOfGate(const QString &gateId) const;
    // The pending gates, or all, oldest first.
    [[nodiscard]] QList<GateRow> gates(bool all) const;
    // A budget day (yyyy-MM-dd): its account and its holds per stage and agent; an empty
    // account when nothing was held that day, nothing on an error.
    [[nodiscard]] std::optional<DayUsage> budgetDay(const QString &day) const;
    // The key metrics of the window [from, to) (see keymetrics.h).
    [[nodiscard]] KeyMetrics keyMetrics(const QDateTime &from, const QDateTime &to) const;
    // How many executions run, wait at a gate, are paused or queued now.
    [[nodiscard]] ActiveExecutions activeExecutions() const;
    // Tokens and dollars per bucket of time and per stage and agent (see UsageHistory);
    // ok is false on an error.
    [[nodiscard]] UsageSeries usageSeries(const UsageQuery &query) const;
    // The connection, for the user store on the same database.
    [[nodiscard]] Database *database() const { return m_database.get(); }
    // Records a command for the execution's owner; returns its id, or 0 on failure.
    qint64 postCommand(const QString &executionId, const QString &kind, const QJsonObject &args,
                       const QString &requestedBy, const QString &reason);
    // Ends the lease of an owner known to be dead (a process on this host that is gone),
    // so that another process may take its executions over at once.
    bool expireLease(const QString &executionId, const QString &owner);
    // Adds to the audit trail; returns the record's id, or 0 on failure. (at: now when
    // invalid.)
    qint64 recordAudit(const AuditRecord &record);
    // The audit trail's own records, newest first, at most limit of them.
    [[nodiscard]] QList<AuditRecord> auditRecords(int limit = 1000) const;
    // Whether the command was carried out, and its outcome, once it was.
    [[nodiscard]] std::optional<QString> commandOutcome(qint64 commandId) const;

private:
    std::unique_ptr<Database> m_database;
    QString m_connection;
    QString m_error;
};

} // namespace Conductor
