// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The budget ledger in the database: one row per hold (budget_holds) and one account per
// day (budget_days), kept inside the write transaction of the store.
//
//   - reserve() decides a hold against the day's account and writes it, in the same
//     transaction as the events before it, so two processes (or two executions) can
//     never both take the last of a budget: SQLite's write lock (PostgreSQL: the day
//     row's lock) orders them.
//   - write() applies the ledger's events: budget_reserved marks its hold recorded;
//     budget_posted and budget_voided resolve it, each at most once (a hold that is not
//     pending is left alone, so replaying events changes nothing).
//   - voidUnrecorded() releases holds whose budget_reserved event was never written (the
//     process died between the two transactions): nothing was launched under them.
//   - finish() writes the day accounts changed and the alerts raised.
// Lives on the thread of its Database; the caller owns the transaction.

#include "engine/ledger.h"
#include "storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Conductor {

class Database;

class LedgerRows final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::LedgerRows)

public:
    explicit LedgerRows(Database &database);

    [[nodiscard]] bool prepare();
    // Forgets what the previous transaction loaded (it may have been rolled back).
    void begin();
    [[nodiscard]] static bool concerns(const ExecutionEvent &event);
    // False with error() set on an SQL error.
    bool write(const ExecutionEvent &event);
    // Decides the request and, when granted, writes its hold; nothing on an SQL error.
    [[nodiscard]] std::optional<Ledger::HoldDecision>
    reserve(const Ledger::HoldRequest &request, const QString &owner, const QDateTime &now);
    // Voids the unrecorded holds of an execution that another owner left; their count,
    // or -1 on an SQL error.
    int voidUnrecorded(const QString &executionId, const QString &owner, const QDateTime &now);
    // Voids the holds named that are pending and unrecorded (granted to an execution
    // that ended meanwhile); their count, or -1 on an SQL error.
    int voidIds(const QStringList &ids, const QDateTime &now);
    // Writes the accounts changed in this transaction and the alerts raised.
    bool finish();

    [[nodiscard]] QList<Ledger::DayAccount> changedDays() const;
    [[nodiscard]] const QList<LedgerAlert> &raisedAlerts() const { return m_alerts; }
    [[nodiscard]] const QString &error() const { return m_error; }

    // The account of a day as stored (an empty one when the day has none yet).
    [[nodiscard]] static std::optional<Ledger::DayAccount>
    readDay(Database &database, const QString &day, QString *error);

private:
    struct StoredHold
    {
        Ledger::Hold hold;
        QString executionId;
        QString status;
        bool recorded = false;
        Money alertThreshold;
    };

    Ledger::DayAccount *account(const QString &day);
    std::optional<StoredHold> load(const QString &id);
    // Runs an UPDATE ... RETURNING of a hold; a hold with an empty status when it matched
    // nothing.
    std::optional<StoredHold> resolved(QSqlQuery &query, const QString &id);
    bool run(QSqlQuery &query);

    Database &m_database;
    QSqlQuery m_writeDay;
    QSqlQuery m_readHold;
    QSqlQuery m_insertHold;
    QSqlQuery m_markRecorded;
    QSqlQuery m_postHold;
    QSqlQuery m_voidHold;
    QSqlQuery m_unrecorded;
    QSqlQuery m_insertAlert;
    QHash<QString, Ledger::DayAccount> m_days;
    QSet<QString> m_changed;
    QList<LedgerAlert> m_alerts;
    QString m_error;
};

} // namespace Conductor
