// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "clock.h"
#include "logging/logging.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QTimer>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Engine)
};

} // namespace

Engine::Engine(EventStore *store, Clock *clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_batchTimer(new QTimer(this))
    , m_admissionTimer(new QTimer(this))
{
    // Everything recorded in one turn of the event loop goes to the store as one batch.
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &Engine::sendBatch);
    m_admissionTimer->setSingleShot(true);
    m_admissionTimer->setInterval(0);
    connect(m_admissionTimer, &QTimer::timeout, this, [this] {
        // Admit from the head of the queue while slots are free; the rest keep waiting.
        while (runningCount() < m_options.maxConcurrentPipelines) {
            ExecutionRun *next = nextInLine();
            if (!next) {
                break;
            }
            next->schedule();
            if (next->state().status == ExecutionStatus::Pending) {
                break; // it could not start (it ended or was refused): avoid spinning
            }
        }
    });

    connect(m_store, &EventStore::committed, this, &Engine::onCommitted);
    connect(m_store, &EventStore::claimed, this, &Engine::onClaimed);
    connect(m_store, &EventStore::claimRefused, this,
            [this](const QString &id, const QString &owner) {
                if (m_offline.remove(id)) {
                    Q_EMIT commandApplied(
                        id, owner.isEmpty()
                                ? Text::tr("refused: no execution %1 that can be changed").arg(id)
                                : Text::tr("refused: %1 runs it now").arg(owner));
                }
            });
    connect(m_store, &EventStore::eventsLoaded, this, &Engine::onEventsLoaded);
    connect(m_store, &EventStore::commandsArrived, this, &Engine::onCommands);
    connect(m_store, &EventStore::leaseLost, this, &Engine::onLeaseLost);
    connect(m_store, &EventStore::storageFailed, this, [this](const QString &message) {
        qCCritical(lcEngine) << "storage failed, stopping:" << message;
        for (auto &[id, run] : m_runs) {
            run->abandon();
        }
        Q_EMIT storageFailed(message);
    });
    connect(m_store, &EventStore::flushed, this, &Engine::flushed);
}

Engine::~Engine()
{
    for (auto &[id, run] : m_runs) {
        run->abandon();
    }
}

int Engine::runningCount() const
{
    return static_cast<int>(std::count_if(m_runs.cbegin(), m_runs.cend(), [](const auto &entry) {
        return entry.second->state().status == ExecutionStatus::Running;
    }));
}

ExecutionRun *Engine::find(const QString &executionId) const
{
    const auto it = m_runs.find(executionId);
    return it == m_runs.end() ? nullptr : it->second.get();
}

bool Engine::admitsBefore(const ExecutionRun &a, const ExecutionRun &b)
{
    if (a.state().priority != b.state().priority) {
        return a.state().priority > b.state().priority;
    }
    if (a.state().createdAt != b.state().createdAt) {
        return a.state().createdAt < b.state().createdAt;
    }
    return a.id() < b.id();
}

ExecutionRun *Engine::nextInLine() const
{
    // One pass, no sorting: admission runs on every start and every freed slot, with
    // possibly thousands waiting.
    ExecutionRun *best = nullptr;
    for (const auto &[id, run] : m_runs) {
        if (run->state().status == ExecutionStatus::Pending &&
            (!best || admitsBefore(*run, *best))) {
            best = run.get();
        }
    }
    return best;
}

bool Engine::admit(const ExecutionRun &run)
{
    return runningCount() < m_options.maxConcurrentPipelines && nextInLine() == &run;
}

QString Engine::queueReason(const ExecutionRun &run) const
{
    int position = 1;
    for (const auto &[id, other] : m_runs) {
        if (other.get() != &run && other->state().status == ExecutionStatus::Pending &&
            admitsBefore(*other, run)) {
            ++position;
        }
    }
    return Text::tr("waiting for a slot: %1 of %2 pipelines running; %3 in the queue")
        .arg(runningCount())
        .arg(m_options.maxConcurrentPipelines)
        .arg(position);
}

void Engine::slotFreed()
{
    m_admissionTimer->start();
}

void Engine::enqueue(const ExecutionEvent &event, const ExecutionSummary &summary)
{
    m_batch.events.append(event);
    const auto it = m_summaryIndex.constFind(summary.id);
    if (it == m_summaryIndex.cend()) {
        m_summaryIndex.insert(summary.id, static_cast<int>(m_batch.summaries.size()));
        m_batch.summaries.append(summary);
    } else {
        m_batch.summaries[*it] = summary;
    }
    if (!m_batchTimer->isActive()) {
        m_batchTimer->start();
    }
}

void Engine::sendBatch()
{
    if (m_batch.events.isEmpty() && m_batch.handledCommands.isEmpty()) {
        return;
    }
    StoreBatch batch = std::move(m_batch);
    m_batch = StoreBatch();
    m_summaryIndex.clear();
    QMetaObject::invokeMethod(m_store, "append", Qt::QueuedConnection,
                              Q_ARG(Conductor::StoreBatch, batch));
}

void Engine::flush()
{
    sendBatch();
    QMetaObject::invokeMethod(m_store, "flush", Qt::QueuedConnection);
}

void Engine::onCommitted(const ExecutionEvents &events)
{
    // Highest durable sequence number per execution, then the effects waiting on them.
    QHash<QString, qint64> durable;
    for (const ExecutionEvent &e : events) {
        durable[e.executionId] = std::max(durable.value(e.executionId), e.seq);
    }
    Q_EMIT eventsCommitted(events);
    for (auto it = durable.cbegin(); it != durable.cend(); ++it) {
        if (ExecutionRun *run = find(it.key())) {
            run->committed(it.value());
        }
        if (m_offlineOutcomes.contains(it.key())) {
            const ExecutionRun *run = find(it.key());
            if (!run || !run->hasPendingEffects()) {
                finishOffline(it.key());
            }
        }
    }
}

void Engine::start(const StartRequest &request)
{
    ExecutionRun::Created created = ExecutionRun::create(*this, request);
    if (!created.run) {
        Q_EMIT startRefused(created.error, created.invalidConfiguration);
        return;
    }
    const QString id = created.run->id();
    ExecutionRun *run = created.run.get();
    m_runs.emplace(id, std::move(created.run));
    qCInfo(lcEngine) << "created" << id << "for" << request.idea.title;
    Q_EMIT executionCreated(id);
    run->schedule();
}

void Engine::takeOverUnfinished()
{
    m_takingOver = true;
    m_takenOver.clear();
    QMetaObject::invokeMethod(m_store, "claimUnfinished", Qt::QueuedConnection);
}

void Engine::applyOffline(const QString &executionId, const StoredCommand &command)
{
    m_offline.insert(executionId, command);
    QMetaObject::invokeMethod(m_store, "claim", Qt::QueuedConnection, Q_ARG(QString, executionId));
}

void Engine::onClaimed(const QStringList &executionIds)
{
    for (const QString &id : executionIds) {
        if (!find(id) && !m_loading.contains(id)) {
            m_loading.insert(id);
            QMetaObject::invokeMethod(m_store, "loadEvents", Qt::QueuedConnection,
                                      Q_ARG(QString, id));
        }
    }
    if (m_takingOver && m_loading.isEmpty()) {
        m_takingOver = false;
        Q_EMIT takeOverDone(m_takenOver);
    }
}

void Engine::onEventsLoaded(const QString &executionId, const ExecutionEvents &events)
{
    if (!m_loading.remove(executionId)) {
        return;
    }
    ExecutionRun::Created recovered = ExecutionRun::recover(*this, events);
    const bool offline = m_offline.contains(executionId);
    if (!recovered.run) {
        qCWarning(lcEngine) << recovered.error;
        if (offline) {
            Q_EMIT commandApplied(executionId, recovered.error);
            m_offline.remove(executionId);
        }
        QMetaObject::invokeMethod(m_store, "release", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList{executionId}));
    } else if (offline) {
        const StoredCommand command = m_offline.take(executionId);
        ExecutionRun *run = recovered.run.get();
        run->setPassive(true);
        m_runs.emplace(executionId, std::move(recovered.run));
        const qint64 before = run->state().lastSeq;
        const QString outcome =
            run->command(command.kind, command.args, command.requestedBy, command.reason);
        m_batch.handledCommands.append(HandledCommand{command.id, outcome});
        sendBatch();
        m_offlineOutcomes.insert(executionId, outcome);
        // What the command recorded, and its effects (the bundle of a cancelled execution),
        // finish once durable; a refused command recorded nothing.
        if (run->state().lastSeq == before) {
            finishOffline(executionId);
        }
    } else {
        ExecutionRun *run = recovered.run.get();
        m_runs.emplace(executionId, std::move(recovered.run));
        m_takenOver.append(executionId);
        qCInfo(lcEngine) << "took over" << executionId << "at event" << run->state().lastSeq;
        run->resumeAfterTakeover(m_options.ownerId);
    }
    if (m_takingOver && m_loading.isEmpty()) {
        m_takingOver = false;
        Q_EMIT takeOverDone(m_takenOver);
    }
}

void Engine::finishOffline(const QString &executionId)
{
    const QString outcome = m_offlineOutcomes.take(executionId);
    if (find(executionId)) {
        // Give the lease back (the store commits what is queued first).
        QMetaObject::invokeMethod(m_store, "release", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList{executionId}));
        drop(executionId);
    }
    Q_EMIT commandApplied(executionId, outcome);
}

void Engine::onCommands(const QList<StoredCommand> &commands)
{
    for (const StoredCommand &c : commands) {
        submit(c);
    }
}

void Engine::submit(const StoredCommand &c)
{
    ExecutionRun *run = find(c.executionId);
    const QString outcome = run ? run->command(c.kind, c.args, c.requestedBy, c.reason)
                                : Text::tr("refused: %1 is not running here").arg(c.executionId);
    qCInfo(lcEngine) << "command" << c.kind << "on" << c.executionId << "by" << c.requestedBy
                     << "->" << outcome;
    if (c.id != 0) {
        m_batch.handledCommands.append(HandledCommand{c.id, outcome});
        if (!m_batchTimer->isActive()) {
            m_batchTimer->start();
        }
    }
    m_waiting.remove(c.executionId);
    Q_EMIT commandApplied(c.executionId, outcome);
}

void Engine::onLeaseLost(const QStringList &executionIds)
{
    for (const QString &id : executionIds) {
        if (ExecutionRun *run = find(id)) {
            qCWarning(lcEngine) << "lost the lease of" << id << "; another process runs it now";
            run->abandon();
            drop(id);
            Q_EMIT executionLost(id, Text::tr("another process took over execution %1").arg(id));
        }
    }
}

void Engine::ended(ExecutionRun &run)
{
    const QString id = run.id();
    const int status = static_cast<int>(run.state().status);
    const QString bundle = run.bundleDir();
    m_waiting.remove(id);
    QMetaObject::invokeMethod(m_store, "release", Qt::QueuedConnection,
                              Q_ARG(QStringList, QStringList{id}));
    drop(id);
    Q_EMIT executionEnded(id, status, bundle);
    slotFreed();
}

void Engine::waitingOnPerson(ExecutionRun &run, const QString &why)
{
    m_waiting.insert(run.id());
    Q_EMIT executionWaiting(run.id(), why);
}

void Engine::drop(const QString &executionId)
{
    const auto it = m_runs.find(executionId);
    if (it == m_runs.end()) {
        return;
    }
    // The run may be on the call stack (it reported its own end): delete it later.
    ExecutionRun *run = it->second.release();
    m_runs.erase(it);
    run->abandon();
    run->deleteLater();
}

void Engine::shutdown()
{
    QStringList release;
    for (auto &[id, run] : m_runs) {
        if (m_waiting.contains(id) || run->state().status == ExecutionStatus::Paused) {
            release.append(id);
        }
        run->abandon();
    }
    sendBatch();
    if (!release.isEmpty()) {
        QMetaObject::invokeMethod(m_store, "release", Qt::QueuedConnection,
                                  Q_ARG(QStringList, release));
    }
    QMetaObject::invokeMethod(m_store, "flush", Qt::QueuedConnection);
}

} // namespace Conductor
