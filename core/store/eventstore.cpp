// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"
#include "doorbell.h"
#include "engine/ids.h"
#include "eventwriter.h"
#include "logging/logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace Conductor {

namespace {

// Past this many queued events the batch is committed at once instead of waiting for the
// group window: a bigger transaction adds latency without saving much more.
constexpr qsizetype kCommitAtOnceEvents = 2000;

// What one transaction writes for one execution, gathered from all the queued batches.
struct ExecutionWrite
{
    QString id;
    const ExecutionEvent *first = nullptr;     // its first event in the transaction
    const ExecutionSummary *summary = nullptr; // its latest summary in the transaction
    QList<const ExecutionEvent *> events;      // in append order
    qint64 maxSeq = 0;
    QDateTime lastTime;

    // Sequence 1 is execution_created: the row does not exist yet.
    [[nodiscard]] bool creates() const { return first != nullptr && first->seq == 1; }
};

struct Plan
{
    QList<ExecutionWrite> executions; // in order of first appearance
    QList<HandledCommand> handled;
    QList<const Ledger::HoldRequest *> holds;
};

// What a committed transaction decided besides its events.
struct LedgerResult
{
    QList<HoldOutcome> holds;
    QList<Ledger::DayAccount> days;
    QList<LedgerAlert> alerts;
};

Plan makePlan(const QList<StoreBatch> &batches)
{
    Plan plan;
    QHash<QString, qsizetype> index;
    const auto entry = [&](const QString &id) -> ExecutionWrite & {
        auto it = index.constFind(id);
        if (it == index.constEnd()) {
            it = index.insert(id, plan.executions.size());
            plan.executions.append(ExecutionWrite());
            plan.executions.last().id = id;
        }
        return plan.executions[*it];
    };
    for (const StoreBatch &batch : batches) {
        for (const ExecutionEvent &event : batch.events) {
            ExecutionWrite &w = entry(event.executionId);
            if (w.first == nullptr) {
                w.first = &event;
            }
            w.events.append(&event);
            w.maxSeq = std::max(w.maxSeq, event.seq);
            w.lastTime = event.time;
        }
        for (const ExecutionSummary &summary : batch.summaries) {
            entry(summary.id).summary = &summary;
        }
        plan.handled.append(batch.handledCommands);
        for (const Ledger::HoldRequest &hold : batch.holds) {
            plan.holds.append(&hold);
        }
    }
    return plan;
}

enum class Attempt
{
    Committed,
    Retry,
    Failed
};

// One try at the transaction, leaving out the executions in lost. A fence that matches
// no row adds its execution to lost and goes on (nothing of it was written yet); a
// duplicate key adds it and asks for a retry, since its earlier rows must be undone.
Attempt writeOnce(Database &db, EventWriter &writer, const Plan &plan, const QString &owner,
                  qint64 leaseUntil, QSet<QString> &lost, QList<qint64> &marked,
                  LedgerResult &ledger, QString *error)
{
    using Result = EventWriter::Result;
    marked.clear();
    ledger = LedgerResult();
    writer.ledger().begin();
    const auto failed = [&](const QString &why) {
        *error = why;
        db.rollback();
        return Attempt::Failed;
    };
    if (!db.beginWrite()) {
        *error = db.lastError();
        return Attempt::Failed;
    }
    for (const ExecutionWrite &w : plan.executions) {
        if (lost.contains(w.id)) {
            continue;
        }
        Result result;
        if (w.creates()) {
            ExecutionSummary summary = w.summary ? *w.summary : summaryFromCreated(*w.first);
            summary.lastSeq = std::max(summary.lastSeq, w.maxSeq);
            result = writer.insertExecution(summary, owner, leaseUntil);
        } else if (w.summary) {
            ExecutionSummary summary = *w.summary;
            summary.lastSeq = std::max(summary.lastSeq, w.maxSeq);
            if (!summary.updatedAt.isValid()) {
                summary.updatedAt =
                    w.lastTime.isValid() ? w.lastTime : QDateTime::currentDateTimeUtc();
            }
            result = writer.fence(summary, owner);
        } else {
            result = writer.fenceSeq(w.id, w.maxSeq, w.lastTime, owner);
        }
        if (result == Result::Failed) {
            return failed(writer.error());
        }
        if (result == Result::NotOwned) {
            lost.insert(w.id);
            if (w.creates()) { // a failed INSERT aborts a PostgreSQL transaction
                db.rollback();
                return Attempt::Retry;
            }
            continue;
        }
        for (const ExecutionEvent *event : w.events) {
            result = writer.insertEvent(*event);
            if (result == Result::Failed) {
                return failed(writer.error());
            }
            if (result == Result::NotOwned) { // another writer has this sequence number
                lost.insert(w.id);
                db.rollback();
                return Attempt::Retry;
            }
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const HandledCommand &command : plan.handled) {
        bool ok = false;
        const QString executionId = writer.commandExecution(command.id, &ok);
        if (!ok) {
            return failed(writer.error());
        }
        if (executionId.isEmpty() || lost.contains(executionId)) {
            continue;
        }
        const Result result = writer.markHandled(command, owner, now);
        if (result == Result::Failed) {
            return failed(writer.error());
        }
        if (result == Result::Done) {
            marked.append(command.id);
        }
    }
    // Holds come after the events, which may have released what they ask for.
    QSet<QString> fenced;
    for (const ExecutionWrite &w : plan.executions) {
        fenced.insert(w.id);
    }
    for (const Ledger::HoldRequest *request : plan.holds) {
        HoldOutcome outcome;
        outcome.executionId = request->executionId;
        outcome.holdId = request->id;
        if (!lost.contains(request->executionId) && !fenced.contains(request->executionId)) {
            const Result result = writer.owns(request->executionId, owner);
            if (result == Result::Failed) {
                return failed(writer.error());
            }
            if (result == Result::NotOwned) {
                lost.insert(request->executionId);
            }
            fenced.insert(request->executionId);
        }
        if (!lost.contains(request->executionId)) {
            const std::optional<Ledger::HoldDecision> decision =
                writer.ledger().reserve(*request, owner, QDateTime::currentDateTimeUtc());
            if (!decision) {
                return failed(writer.ledger().error());
            }
            outcome.decided = true;
            outcome.decision = *decision;
        }
        ledger.holds.append(outcome);
    }
    if (!writer.ledger().finish()) {
        return failed(writer.ledger().error());
    }
    ledger.days = writer.ledger().changedDays();
    ledger.alerts = writer.ledger().raisedAlerts();
    if (!db.commit()) {
        return failed(db.lastError());
    }
    return Attempt::Committed;
}

QString terminalStatuses()
{
    return u'\'' + statusName(ExecutionStatus::Completed) + QStringLiteral("', '") +
           statusName(ExecutionStatus::Failed) + QStringLiteral("', '") +
           statusName(ExecutionStatus::Cancelled) + u'\'';
}

// Free: nobody holds it, this owner does, or its holder stopped renewing it. A failed
// execution may be claimed by name (to retry or skip the stage it failed at), never by a
// take-over of everything unfinished.
QString claimCondition(bool includeFailed)
{
    const QString statuses = includeFailed ? u'\'' + statusName(ExecutionStatus::Completed) +
                                                 QStringLiteral("', '") +
                                                 statusName(ExecutionStatus::Cancelled) + u'\''
                                           : terminalStatuses();
    return QStringLiteral("(owner IS NULL OR owner = ? OR lease_until < ?) AND status NOT IN (") +
           statuses + u')';
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

EventStore::EventStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_commitTimer(new QTimer(this))
    , m_heartbeatTimer(new QTimer(this))
    , m_commandTimer(new QTimer(this))
{
    m_commitTimer->setSingleShot(true);
    m_commitTimer->setTimerType(Qt::PreciseTimer);
    connect(m_commitTimer, &QTimer::timeout, this, &EventStore::commit);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &EventStore::heartbeat);
    connect(m_commandTimer, &QTimer::timeout, this, &EventStore::pollCommands);
}

EventStore::~EventStore()
{
    close();
}

void EventStore::open()
{
    if (m_writer) {
        Q_EMIT opened(true, {});
        return;
    }
    auto database = std::make_unique<Database>(m_options.databasePath, u"store");
    QString error;
    if (m_options.ownerId.isEmpty()) { // a NULL owner means "free": it must never be written
        error = tr("The store needs an owner id.");
    } else if (database->open()) {
        auto writer = std::make_unique<EventWriter>(*database);
        if (writer->prepare()) {
            m_database = std::move(database);
            m_writer = std::move(writer);
        } else {
            error = writer->error();
        }
    } else {
        error = database->error();
    }
    if (!m_writer) {
        m_failed = true;
        qCWarning(lcStore).noquote() << "cannot open the store:" << error;
        Q_EMIT opened(false, error);
        return;
    }
    m_connection = m_database->connectionName();
    m_failed = false;
    startCheckpointer();
    m_heartbeatTimer->start(std::max(m_options.leaseDuration / 3, std::chrono::milliseconds(1)));
    m_commandTimer->start(std::max(m_options.commandPoll, std::chrono::milliseconds(1)));
    if (!m_doorbell) {
        m_doorbell = new Doorbell(this);
        connect(m_doorbell, &Doorbell::rung, this, &EventStore::pollCommands);
    }
    m_doorbell->listen(m_options.ownerId);
    qCInfo(lcStore) << "store opened" << m_options.databasePath << "as" << m_options.ownerId;
    Q_EMIT opened(true, {});
    if (!m_queue.isEmpty()) {
        commit();
    }
}

void EventStore::append(const StoreBatch &batch)
{
    if (m_failed || m_closed) {
        qCWarning(lcStore) << "refusing a batch of" << batch.events.size() << "events: the store"
                           << (m_closed ? "is closed" : "stopped after a storage error");
        return;
    }
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.append(batch);
    m_queuedEvents += batch.events.size();
    if (m_queuedEvents > kCommitAtOnceEvents) {
        commit();
    } else if (wasEmpty) {
        m_commitTimer->start(m_options.groupWindow);
    }
}

void EventStore::commit()
{
    m_commitTimer->stop();
    if (m_queue.isEmpty() || !canWrite()) {
        return; // before open() the queue waits for it
    }
    const QList<StoreBatch> batches = std::exchange(m_queue, {});
    const qsizetype eventCount = std::exchange(m_queuedEvents, 0);
    const Plan plan = makePlan(batches);
    const qint64 leaseUntil = QDateTime::currentMSecsSinceEpoch() + m_options.leaseDuration.count();

    QSet<QString> lost;
    QList<qint64> marked;
    LedgerResult ledger;
    QString error;
    Attempt attempt = Attempt::Retry;
    while (attempt == Attempt::Retry) {
        attempt = writeOnce(*m_database, *m_writer, plan, m_options.ownerId, leaseUntil, lost,
                            marked, ledger, &error);
    }
    if (attempt == Attempt::Failed) {
        fail(tr("Writing to the database %1 failed: %2").arg(m_options.databasePath, error));
        return;
    }
    m_commits.fetch_add(1, std::memory_order_relaxed);

    for (const ExecutionWrite &w : plan.executions) {
        if (w.creates() && !lost.contains(w.id)) {
            m_owned.insert(w.id);
        }
    }
    for (qint64 id : std::as_const(marked)) {
        m_delivered.remove(id);
    }
    ExecutionEvents events;
    events.reserve(eventCount);
    for (const StoreBatch &batch : batches) {
        for (const ExecutionEvent &event : batch.events) {
            if (!lost.contains(event.executionId)) {
                events.append(event);
            }
        }
    }
    if (!events.isEmpty()) {
        Q_EMIT committed(events);
    }
    if (!ledger.holds.isEmpty()) {
        Q_EMIT holdsDecided(ledger.holds);
    }
    if (!ledger.days.isEmpty()) {
        Q_EMIT ledgerChanged(ledger.days);
    }
    for (const LedgerAlert &alert : std::as_const(ledger.alerts)) {
        qCWarning(lcStore).noquote() << "alert:" << alert.message;
        Q_EMIT alertRaised(alert);
    }
    if (!lost.isEmpty()) {
        QStringList ids(lost.cbegin(), lost.cend());
        ids.sort();
        qCWarning(lcStore) << "lease lost, writes refused for" << ids;
        forget(ids);
        Q_EMIT leaseLost(ids);
    }
}

void EventStore::claim(const QString &executionId)
{
    if (!canWrite()) {
        Q_EMIT claimRefused(executionId, {});
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("UPDATE executions SET owner = ?, lease_until = ? WHERE id = ? AND ") +
        claimCondition(true));
    query.bindValue(0, m_options.ownerId);
    query.bindValue(1, now + m_options.leaseDuration.count());
    query.bindValue(2, executionId);
    query.bindValue(3, m_options.ownerId);
    query.bindValue(4, now);
    if (!query.exec()) {
        fail(tr("Claiming execution %1 failed: %2").arg(executionId, queryError(query)));
        return;
    }
    if (query.numRowsAffected() > 0) {
        m_owned.insert(executionId);
        qCInfo(lcStore) << "claimed" << executionId;
        if (!voidStaleHolds({executionId})) {
            return;
        }
        Q_EMIT claimed({executionId});
        return;
    }
    QSqlQuery owner(m_database->connection());
    owner.prepare(QStringLiteral("SELECT owner FROM executions WHERE id = ?"));
    owner.bindValue(0, executionId);
    if (!owner.exec()) {
        fail(tr("Claiming execution %1 failed: %2").arg(executionId, queryError(owner)));
        return;
    }
    const QString holder = owner.next() ? owner.value(0).toString() : QString();
    Q_EMIT claimRefused(executionId, holder);
}

void EventStore::claimUnfinished()
{
    if (!canWrite()) {
        Q_EMIT claimed({});
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // An explicit transaction: with RETURNING, an autocommit statement commits only when
    // it is reset, and a commit error would then go unreported.
    if (!m_database->beginWrite()) {
        fail(tr("Claiming unfinished executions failed: %1").arg(m_database->lastError()));
        return;
    }
    // A process of this host that died holds its leases until they run out: its
    // executions are free at once.
    endLeasesOfDeadLocalOwners(now);
    QStringList ids;
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("UPDATE executions SET owner = ?, lease_until = ? WHERE ") +
                      claimCondition(false) + QStringLiteral(" RETURNING id"));
        query.bindValue(0, m_options.ownerId);
        query.bindValue(1, now + m_options.leaseDuration.count());
        query.bindValue(2, m_options.ownerId);
        query.bindValue(3, now);
        if (!query.exec()) {
            const QString why = queryError(query);
            m_database->rollback();
            fail(tr("Claiming unfinished executions failed: %1").arg(why));
            return;
        }
        while (query.next()) {
            ids.append(query.value(0).toString());
        }
    }
    // Holds their former owners took and never recorded are released with the claim.
    if (!voidUnrecordedHolds(ids, {})) {
        const QString why = m_writer->ledger().error();
        m_database->rollback();
        fail(tr("Claiming unfinished executions failed: %1").arg(why));
        return;
    }
    const QList<Ledger::DayAccount> days = m_writer->ledger().changedDays();
    if (!m_database->commit()) {
        const QString why = m_database->lastError();
        m_database->rollback();
        fail(tr("Claiming unfinished executions failed: %1").arg(why));
        return;
    }
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        m_owned.insert(id);
    }
    if (!days.isEmpty()) {
        Q_EMIT ledgerChanged(days);
    }
    qCInfo(lcStore) << "claimed" << ids.size() << "unfinished executions";
    Q_EMIT claimed(ids);
}

void EventStore::release(const QStringList &executionIds)
{
    commit(); // what is queued for them is written under the lease that covers it
    if (!canWrite() || executionIds.isEmpty()) {
        return;
    }
    bool ok = m_database->beginWrite();
    QString why = m_database->lastError();
    if (ok) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral(
            "UPDATE executions SET owner = NULL, lease_until = NULL WHERE id = ? AND owner = ?"));
        for (const QString &id : executionIds) {
            query.bindValue(0, id);
            query.bindValue(1, m_options.ownerId);
            if (!query.exec()) {
                ok = false;
                why = queryError(query);
                break;
            }
        }
    }
    if (ok && !m_database->commit()) {
        ok = false;
        why = m_database->lastError();
    }
    if (!ok) {
        m_database->rollback();
        fail(tr("Releasing executions failed: %1").arg(why));
        return;
    }
    forget(executionIds);
    qCInfo(lcStore) << "released" << executionIds;
}

void EventStore::loadEvents(const QString &executionId)
{
    if (!m_database) {
        fail(tr("Cannot load the events of %1: the database is not open.").arg(executionId));
        return;
    }
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT seq, type, time, data FROM events WHERE execution_id = ? ORDER BY seq"));
    query.bindValue(0, executionId);
    if (!query.exec()) {
        fail(tr("Cannot load the events of %1: %2").arg(executionId, queryError(query)));
        return;
    }
    ExecutionEvents events;
    while (query.next()) {
        ExecutionEvent event;
        event.executionId = executionId;
        event.seq = query.value(0).toLongLong();
        event.type = query.value(1).toString();
        event.time = fromStoredTime(query.value(2).toString());
        event.data = parseObject(query.value(3).toString());
        events.append(std::move(event));
    }
    Q_EMIT eventsLoaded(executionId, events);
}

void EventStore::flush()
{
    commit();
    Q_EMIT flushed();
}

void EventStore::close()
{
    if (m_closed) {
        return;
    }
    m_heartbeatTimer->stop();
    m_commandTimer->stop();
    if (m_doorbell) {
        m_doorbell->close();
    }
    commit();
    stopCheckpointer();
    m_closed = true;
    m_commitTimer->stop();
    m_writer.reset(); // its statements before the connection they run on
    m_database.reset();
    m_connection.clear();
}

void EventStore::heartbeat()
{
    if (m_owned.isEmpty() || !canWrite()) {
        return;
    }
    // One statement for every lease this owner holds: with thousands of executions, one
    // UPDATE per lease kept the store thread (and every commit behind it) busy for tens of
    // milliseconds. Whatever it did not renew was taken over by someone else.
    QSet<QString> renewed;
    QString why;
    bool ok = m_database->beginWrite();
    if (!ok) {
        why = m_database->lastError();
    } else {
        QSqlQuery query(m_database->connection());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("UPDATE executions SET lease_until = ? WHERE owner = ? RETURNING id"));
        query.bindValue(0, QDateTime::currentMSecsSinceEpoch() + m_options.leaseDuration.count());
        query.bindValue(1, m_options.ownerId);
        if (!query.exec()) {
            ok = false;
            why = queryError(query);
        } else {
            while (query.next()) {
                renewed.insert(query.value(0).toString());
            }
        }
    }
    if (ok && !m_database->commit()) {
        ok = false;
        why = m_database->lastError();
    }
    if (!ok) {
        m_database->rollback();
        fail(tr("Renewing the leases failed: %1").arg(why));
        return;
    }
    QStringList lostIds;
    for (const QString &id : std::as_const(m_owned)) {
        if (!renewed.contains(id)) {
            lostIds.append(id);
        }
    }
    if (!lostIds.isEmpty()) {
        lostIds.sort();
        qCWarning(lcStore) << "lease lost on heartbeat for" << lostIds;
        forget(lostIds);
        Q_EMIT leaseLost(lostIds);
    }
}

void EventStore::pollCommands()
{
    if (m_owned.isEmpty() || !canWrite()) {
        return;
    }
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.execution_id, c.kind, c.args, c.requested_by, c.reason, c.created_at"
        " FROM commands c JOIN executions e ON e.id = c.execution_id"
        " WHERE c.handled_at IS NULL AND e.owner = ? ORDER BY c.id"));
    query.bindValue(0, m_options.ownerId);
    if (!query.exec()) {
        fail(tr("Reading the commands failed: %1").arg(queryError(query)));
        return;
    }
    QList<StoredCommand> commands;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString executionId = query.value(1).toString();
        if (m_delivered.contains(id) || !m_owned.contains(executionId)) {
            continue;
        }
        StoredCommand command;
        command.id = id;
        command.executionId = executionId;
        command.kind = query.value(2).toString();
        command.args = parseObject(query.value(3).toString());
        command.requestedBy = query.value(4).toString();
        command.reason = query.value(5).toString();
        command.createdAt = fromStoredTime(query.value(6).toString());
        m_delivered.insert(id, executionId);
        commands.append(std::move(command));
    }
    if (!commands.isEmpty()) {
        Q_EMIT commandsArrived(commands);
    }
}

void EventStore::fail(const QString &message)
{
    m_failed = true;
    m_queue.clear();
    m_queuedEvents = 0;
    m_commitTimer->stop();
    m_heartbeatTimer->stop();
    m_commandTimer->stop();
    qCCritical(lcStore).noquote() << message;
    Q_EMIT storageFailed(message);
}

void EventStore::forget(const QStringList &executionIds)
{
    for (const QString &id : executionIds) {
        m_owned.remove(id);
    }
    // A command delivered for an execution given up is delivered again to whoever (maybe
    // this process, later) takes the execution over.
    m_delivered.removeIf([&](const auto &entry) { return executionIds.contains(entry.value()); });
}

bool EventStore::canWrite() const
{
    return m_writer != nullptr && !m_failed && !m_closed;
}

} // namespace Conductor
