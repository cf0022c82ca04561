// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// EventStore, continued: what the budget ledger asks of the store besides its group
// commits (releasing holds no attempt will use, the outlook a Budget Check reads), and the
// checkpointer that keeps the log's copying out of the commits.

#include "eventstore.h"

#include "checkpointer.h"
#include "database.h"
#include "eventwriter.h"
#include "logging/logging.h"

#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <algorithm>

namespace Conductor {

void EventStore::startCheckpointer()
{
    if (m_checkpointThread) {
        return;
    }
    // Log pages are copied into the database beside the store, never inside a commit.
    if (!m_database->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
        qCWarning(lcStore).noquote() << "automatic checkpoints stay on:" << m_database->lastError();
        return;
    }
    m_checkpointThread = std::make_unique<QThread>();
    m_checkpointThread->setObjectName(QStringLiteral("conductor-checkpoint"));
    auto *checkpointer = new Checkpointer(m_options.databasePath, std::chrono::milliseconds(250));
    checkpointer->moveToThread(m_checkpointThread.get());
    connect(m_checkpointThread.get(), &QThread::started, checkpointer, &Checkpointer::start);
    connect(m_checkpointThread.get(), &QThread::finished, checkpointer, &QObject::deleteLater);
    m_checkpointThread->start();
}

void EventStore::stopCheckpointer()
{
    if (!m_checkpointThread) {
        return;
    }
    m_checkpointThread->quit();
    m_checkpointThread->wait();
    m_checkpointThread.reset();
    if (m_database && m_database->isOpen()) {
        // What the log still holds goes into the database now, as SQLite would have.
        m_database->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
}

void EventStore::voidHolds(const QStringList &holdIds)
{
    if (!canWrite()) {
        return;
    }
    commit(); // the events before them first
    voidStaleHolds({}, holdIds);
}

bool EventStore::voidUnrecordedHolds(const QStringList &executionIds, const QStringList &holdIds)
{
    LedgerRows &ledger = m_writer->ledger();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ledger.begin();
    for (const QString &id : executionIds) {
        if (ledger.voidUnrecorded(id, m_options.ownerId, now) < 0) {
            return false;
        }
    }
    return ledger.voidIds(holdIds, now) >= 0 && ledger.finish();
}

bool EventStore::voidStaleHolds(const QStringList &executionIds, const QStringList &holdIds)
{
    bool ok = m_database->beginWrite();
    QString why = m_database->lastError();
    if (ok && !voidUnrecordedHolds(executionIds, holdIds)) {
        ok = false;
        why = m_writer->ledger().error();
    }
    if (ok && !m_database->commit()) {
        ok = false;
        why = m_database->lastError();
    }
    if (!ok) {
        m_database->rollback();
        fail(tr("Releasing budget holds failed: %1").arg(why));
        return false;
    }
    if (const QList<Ledger::DayAccount> days = m_writer->ledger().changedDays(); !days.isEmpty()) {
        Q_EMIT ledgerChanged(days);
    }
    return true;
}

void EventStore::budgetOutlook(qint64 requestId, const QString &day, const QStringList &stageAgents)
{
    BudgetOutlook outlook;
    if (!m_database) {
        Q_EMIT outlookReady(requestId, false, outlook);
        return;
    }
    QString error;
    const std::optional<Ledger::DayAccount> account = LedgerRows::readDay(*m_database, day, &error);
    if (!account) {
        qCWarning(lcStore).noquote() << "cannot read the budget of" << day << ":" << error;
        Q_EMIT outlookReady(requestId, false, outlook);
        return;
    }
    outlook.day = *account;
    // What the executions other live processes run still expect to spend (this process
    // knows its own better than its last batch says).
    {
        QSqlQuery planned(m_database->connection());
        planned.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(planned_tokens), 0), COALESCE(SUM(planned_cost), 0), COUNT(*)"
            " FROM executions WHERE status IN ('pending', 'running', 'paused')"
            " AND owner IS NOT NULL AND owner <> ? AND lease_until >= ?"));
        planned.bindValue(0, m_options.ownerId);
        planned.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        if (planned.exec() && planned.next()) {
            outlook.othersPlannedTokens = planned.value(0).toLongLong();
            outlook.othersPlannedCost = Money::fromMicros(planned.value(1).toLongLong());
            outlook.othersRunning = planned.value(2).toInt();
        } else {
            qCWarning(lcStore).noquote()
                << "cannot read what other processes plan to spend:" << queryError(planned);
        }
    }
    // What the same stage and agent used lately: the 90th percentile of their last 20
    // posted attempts whose usage is known, so one outlier neither hides nor dominates.
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT used_tokens, used_cost FROM budget_holds"
                             " WHERE stage = ? AND agent = ? AND status = 'posted'"
                             " AND estimated = 0 ORDER BY resolved_at DESC LIMIT 20"));
    for (const QString &key : stageAgents) {
        const qsizetype slash = key.indexOf(u'/');
        q.bindValue(0, key.left(slash));
        q.bindValue(1, key.mid(slash + 1));
        if (!q.exec()) {
            qCWarning(lcStore).noquote() << "cannot read the usage history:" << queryError(q);
            break;
        }
        QList<qint64> tokens;
        QList<qint64> costs;
        while (q.next()) {
            tokens.append(q.value(0).toLongLong());
            costs.append(q.value(1).toLongLong());
        }
        q.finish();
        if (tokens.isEmpty()) {
            continue;
        }
        std::sort(tokens.begin(), tokens.end());
        std::sort(costs.begin(), costs.end());
        const qsizetype rank = (tokens.size() * 9 + 9) / 10 - 1; // nearest rank
        outlook.history.insert(key,
                               UsageEstimate{tokens.at(rank), Money::fromMicros(costs.at(rank)),
                                             static_cast<int>(tokens.size())});
    }
    Q_EMIT outlookReady(requestId, true, outlook);
}

} // namespace Conductor
