// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The statements that write an execution's history, prepared once per connection and
// reused for every row (binding values, never building SQL per row). Shared by the
// EventStore's group commit and the raw-insert benchmark, so the benchmark measures the
// writes the store really does. Lives on the thread of the Database it writes to; the
// caller opens and ends the transactions.

#include "gaterows.h"
#include "ledgerrows.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

namespace Conductor {

class Database;

class EventWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::EventWriter)

public:
    enum class Result
    {
        Done,
        // The row is not this owner's to write: a fence matched no row, or a key that
        // must be new already exists. The execution's lease is lost.
        NotOwned,
        Failed, // any other SQL error; error() says which
    };

    explicit EventWriter(Database &database);
    ~EventWriter();
    Q_DISABLE_COPY_MOVE(EventWriter)

    // Prepares every statement; false with error() set.
    [[nodiscard]] bool prepare();

    // The executions row of a new execution, owned by owner until leaseUntilMs.
    [[nodiscard]] Result insertExecution(const ExecutionSummary &summary, const QString &owner,
                                         qint64 leaseUntilMs);
    // Updates the row from summary if owner still holds it (the fence).
    [[nodiscard]] Result fence(const ExecutionSummary &summary, const QString &owner);
    // The fence for events that came without a summary: only last_seq and updated_at.
    [[nodiscard]] Result fenceSeq(const QString &executionId, qint64 lastSeq,
                                  const QDateTime &updatedAt, const QString &owner);
    // The event, and the rows it changes: its gate's, its budget hold's.
    [[nodiscard]] Result insertEvent(const ExecutionEvent &event);
    // The execution a command belongs to, or empty if there is no such command.
    [[nodiscard]] QString commandExecution(qint64 commandId, bool *ok);
    // Marks a command handled if it is unhandled and its execution is owner's; NotOwned
    // when it was not.
    [[nodiscard]] Result markHandled(const HandledCommand &command, const QString &owner,
                                     const QDateTime &at);

    // Whether the execution is owner's (for a hold that came without events).
    [[nodiscard]] Result owns(const QString &executionId, const QString &owner);
    [[nodiscard]] LedgerRows &ledger() { return m_ledger; }

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    Result run(QSqlQuery &query, bool mustChangeRow);
    // Events of one batch mostly share their millisecond; formatting it is not free.
    const QString &timeText(const QDateTime &time);

    Database &m_database;
    QSqlQuery m_insertExecution;
    QSqlQuery m_fence;
    QSqlQuery m_fenceSeq;
    QSqlQuery m_insertEvent;
    QSqlQuery m_commandExecution;
    QSqlQuery m_markHandled;
    QSqlQuery m_owns;
    GateRows m_gates;
    LedgerRows m_ledger;
    QDateTime m_lastTime;
    QString m_lastTimeText;
    QString m_error;
};

// The executions row a first event implies when no summary came with it.
[[nodiscard]] ExecutionSummary summaryFromCreated(const ExecutionEvent &created);

} // namespace Conductor
