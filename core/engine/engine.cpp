// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "clock.h"
#include "logging/logging.h"
#include "store/eventstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTimeZone>

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
    , m_refreshTimer(new QTimer(this))
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
    connect(m_store, &EventStore::outlookReady, this, &Engine::onOutlook);
    connect(m_store, &EventStore::holdsDecided, this, &Engine::onHoldsDecided);
    connect(m_store, &EventStore::ledgerChanged, this,
            [this](const QList<Ledger::DayAccount> &days) {
                for (const Ledger::DayAccount &day : days) {
                    m_days.insert(day.day, day);
                }
            });
    connect(m_store, &EventStore::alertRaised, this,
            [this](const LedgerAlert &alert) { Q_EMIT alertRaised(alert.id, alert.message); });
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(std::chrono::seconds(5));
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        for (const auto &[id, run] : m_runs) {
            if (run->state().status == ExecutionStatus::Pending) {
                refreshDay(Ledger::dayOf(m_clock->now(), zoneOf(run->configuration())));
                return;
            }
        }
    });
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
    if (!best || throttleReason(*best).isEmpty()) {
        return best;
    }
    // The head of the queue is throttled: the first after it that is not (an approver
    // raised its budget) goes first. Sorting happens only then.
    std::vector<ExecutionRun *> pending;
    for (const auto &[id, run] : m_runs) {
        if (run->state().status == ExecutionStatus::Pending) {
            pending.push_back(run.get());
        }
    }
    std::sort(pending.begin(), pending.end(),
              [](const ExecutionRun *a, const ExecutionRun *b) { return admitsBefore(*a, *b); });
    for (ExecutionRun *run : pending) {
        if (throttleReason(*run).isEmpty()) {
            return run;
        }
    }
    return nullptr;
}

bool Engine::admit(const ExecutionRun &run)
{
    if (runningCount() >= m_options.maxConcurrentPipelines) {
        return false;
    }
    if (!throttleReason(run).isEmpty()) {
        watchThrottle(run);
        return false;
    }
    return nextInLine() == &run;
}

QString Engine::throttleReason(const ExecutionRun &run) const
{
    const Configuration &config = run.configuration();
    // An approver who raised this execution's budget let it through.
    if (!config.monitoring.alertingEnabled || run.state().budgetOverride.micros > 0 ||
        run.state().emergencyGranted > 0) {
        return {};
    }
    const QTimeZone zone = zoneOf(config);
    const Ledger::DayAccount today = m_days.value(Ledger::dayOf(m_clock->now(), zone));
    const Money spent = today.costUsed();
    for (const AlertRule &rule : config.alerts) {
        if (rule.action != u"throttle_new_pipelines" || rule.condition.metric != u"daily_cost") {
            continue;
        }
        const double reference = rule.condition.reference == u"budget"
                                     ? config.budgets.cost.dailyBudget.toUsd()
                                 : rule.condition.reference == u"alert_threshold"
                                     ? config.budgets.cost.alertThreshold.toUsd()
                                     : 0.0;
        if (rule.condition.holds(spent.toUsd(), reference)) {
            return Text::tr("throttled by the alert rule %1 (%2): $%3 spent today of a daily "
                            "budget of $%4; this execution waits until midnight (%5), or until an "
                            "approver raises its budget")
                .arg(rule.name, rule.condition.text, spent.toString(),
                     config.budgets.cost.dailyBudget.toString(), QString::fromUtf8(zone.id()));
        }
    }
    return {};
}

void Engine::watchThrottle(const ExecutionRun &run)
{
    const QDateTime now = m_clock->now();
    if (m_dayRollTimer == 0) {
        const QDateTime end = Ledger::endOfDay(now, zoneOf(run.configuration()));
        m_dayRollTimer = m_clock->callAfter(
            std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(end)) + 1), this, [this] {
                m_dayRollTimer = 0;
                qCInfo(lcEngine) << "a new budget day began";
                slotFreed();
            });
    }
    if (!m_refreshTimer->isActive()) {
        m_refreshTimer->start();
    }
}

QTimeZone Engine::zoneOf(const Configuration &config) const
{
    auto it = m_zones.constFind(config.budgets.timeZone);
    if (it == m_zones.cend()) {
        it = m_zones.insert(config.budgets.timeZone, Ledger::zoneOf(config));
    }
    return *it;
}

void Engine::refreshDay(const QString &day)
{
    QMetaObject::invokeMethod(m_store, "budgetOutlook", Qt::QueuedConnection, Q_ARG(qint64, 0),
                              Q_ARG(QString, day), Q_ARG(QStringList, QStringList()));
}

QString Engine::queueReason(const ExecutionRun &run) const
{
    if (const QString throttled = throttleReason(run); !throttled.isEmpty()) {
        return throttled;
    }
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

AgentServices Engine::agentServices()
{
    if (!m_network) {
        // A child, on the thread the engine runs on, which is where agents ask it.
        m_network = new QNetworkAccessManager(this);
        m_network->setAutoDeleteReplies(false);
    }
    return AgentServices{m_clock, m_network, m_options.secrets};
}

void Engine::attemptProgress(const QString &executionId, const QString &stageId, qint64 tokens,
                             Money cost)
{
    Q_EMIT attemptRunning(executionId, stageId, tokens, cost.micros);
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

PlannedSpend Engine::plannedSpend() const
{
    PlannedSpend total;
    for (const auto &[id, run] : m_runs) {
        const PlannedSpend p = run->plannedSpend();
        total.tokens += p.tokens;
        total.cost = total.cost + p.cost;
        total.executions += p.executions;
    }
    return total;
}

void Engine::requestHold(const Ledger::HoldRequest &request)
{
    m_batch.holds.append(request);
    if (!m_batchTimer->isActive()) {
        m_batchTimer->start();
    }
}

void Engine::sendBatch()
{
    if (m_batch.events.isEmpty() && m_batch.handledCommands.isEmpty() && m_batch.holds.isEmpty()) {
        return;
    }
    StoreBatch batch = std::move(m_batch);
    m_batch = StoreBatch();
    m_summaryIndex.clear();
    // What each still expects to spend, once per batch rather than per event.
    for (ExecutionSummary &summary : batch.summaries) {
        if (const ExecutionRun *run = find(summary.id)) {
            const PlannedSpend planned = run->plannedSpend();
            summary.plannedTokens = planned.tokens;
            summary.plannedCost = planned.cost;
        }
    }
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
        if (auto answers = m_durableAnswers.find(it.key()); answers != m_durableAnswers.end()) {
            QList<DurableAnswer> ready;
            while (!answers->isEmpty() && answers->first().seq <= it.value()) {
                ready.append(answers->takeFirst());
            }
            if (answers->isEmpty()) {
                m_durableAnswers.erase(answers);
            }
            for (const DurableAnswer &a : std::as_const(ready)) {
                a.answer();
            }
        }
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
    // The Budget Check needs today's account and the usage history: the store reads them,
    // and the execution is created when they come back (onOutlook).
    const DefinitionCache::Result loaded = m_definitions.load(
        request.configText, request.pipelineText, request.simOverrides, request.options.seed);
    if (!loaded.definition) {
        refuseStart(request, loaded.error, true);
        return;
    }
    const qint64 requestId = ++m_lastStart;
    m_starting.insert(requestId, request);
    const QString day = Ledger::dayOf(m_clock->now(), zoneOf(loaded.definition->config));
    QMetaObject::invokeMethod(
        m_store, "budgetOutlook", Qt::QueuedConnection, Q_ARG(qint64, requestId),
        Q_ARG(QString, day),
        Q_ARG(QStringList, ExecutionRun::historyKeys(loaded.definition->pipeline)));
}

void Engine::onOutlook(qint64 requestId, bool ok, const BudgetOutlook &outlook)
{
    if (ok) {
        m_days.insert(outlook.day.day, outlook.day);
    }
    if (requestId == 0) { // a refresh of today's account
        slotFreed();
        return;
    }
    const auto it = m_starting.find(requestId);
    if (it == m_starting.end()) {
        return;
    }
    const StartRequest request = *it;
    m_starting.erase(it);
    if (!ok) {
        refuseStart(request, Text::tr("refused: today's budget cannot be read from the database"),
                    false);
        return;
    }
    if (request.checkOnly) {
        Q_EMIT startChecked(request.requestKey, ExecutionRun::check(*this, request, outlook));
        return;
    }
    ExecutionRun::Created created = ExecutionRun::create(*this, request, outlook);
    if (!created.run) {
        refuseStart(request, created.error, created.invalidConfiguration);
        return;
    }
    const QString id = created.run->id();
    ExecutionRun *run = created.run.get();
    m_runs.emplace(id, std::move(created.run));
    qCInfo(lcEngine) << "created" << id << "for" << request.idea.title;
    Q_EMIT executionCreated(id);
    if (const QString key = request.requestKey; !key.isEmpty()) {
        whenDurable(
            *run, [this, key, id] { Q_EMIT startAnswered(key, id, QString()); },
            [this, key, id] {
                Q_EMIT startAnswered(
                    key, QString(),
                    Text::tr("refused: execution %1 was taken over before it was stored").arg(id));
            });
    }
    run->schedule();
}

void Engine::refuseStart(const StartRequest &request, const QString &reason,
                         bool invalidConfiguration)
{
    if (request.checkOnly) {
        StartCheck check;
        check.refusal = reason;
        check.invalidConfiguration = invalidConfiguration;
        Q_EMIT startChecked(request.requestKey, check);
        return;
    }
    Q_EMIT startRefused(reason, invalidConfiguration);
    if (!request.requestKey.isEmpty()) {
        Q_EMIT startAnswered(request.requestKey, QString(), reason);
    }
}

void Engine::onHoldsDecided(const QList<HoldOutcome> &outcomes)
{
    QStringList orphans;
    for (const HoldOutcome &outcome : outcomes) {
        ExecutionRun *run = find(outcome.executionId);
        if (run && !isEnded(run->state().status)) {
            run->holdDecided(outcome);
        } else if (outcome.decided && outcome.decision.granted) {
            orphans.append(outcome.holdId); // its execution ended while the store decided
        }
    }
    if (!orphans.isEmpty()) {
        QMetaObject::invokeMethod(m_store, "voidHolds", Qt::QueuedConnection,
                                  Q_ARG(QStringList, orphans));
    }
}

void Engine::setMaxConcurrentPipelines(int max)
{
    m_options.maxConcurrentPipelines = std::max(1, max);
    slotFreed();
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
    const qint64 offlineId = offline ? m_offline.value(executionId).id : 0;
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
        if (command.id != 0) {
            m_carriedOut.insert(command.id);
        }
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
    // Commands that came while it loaded (the offline command itself may come that way
    // too: it is carried out once).
    for (const StoredCommand &c : m_deferred.take(executionId)) {
        if (c.id == 0 || c.id != offlineId) {
            submit(c);
        }
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
        if (m_loading.contains(c.executionId)) {
            // Claimed, its history still loading: carried out once it is recovered.
            m_deferred[c.executionId].append(c);
            continue;
        }
        submit(c);
    }
}

void Engine::submit(const StoredCommand &c)
{
    // A stored command is carried out once: the store may deliver it again until the
    // batch that marks it handled is durable (and an offline command is in the store too).
    if (c.id != 0 && m_carriedOut.contains(c.id)) {
        return;
    }
    if (c.id != 0) {
        m_carriedOut.insert(c.id);
    }
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
    if (c.id == 0 && run) {
        const QString id = c.executionId;
        whenDurable(
            *run, [this, id, outcome] { Q_EMIT localCommandApplied(id, outcome); },
            [this, id] {
                Q_EMIT localCommandApplied(
                    id, Text::tr("refused: execution %1 was taken over before the command was "
                                 "stored")
                            .arg(id));
            });
    } else if (c.id == 0) {
        Q_EMIT localCommandApplied(c.executionId, outcome);
    }
}

void Engine::whenDurable(const ExecutionRun &run, std::function<void()> answer,
                         std::function<void()> lost)
{
    const qint64 seq = run.state().lastSeq;
    if (run.committedSeq() >= seq) {
        answer();
        return;
    }
    m_durableAnswers[run.id()].append(DurableAnswer{seq, std::move(answer), std::move(lost)});
}

void Engine::onLeaseLost(const QStringList &executionIds)
{
    for (const QString &id : executionIds) {
        if (ExecutionRun *run = find(id)) {
            qCWarning(lcEngine) << "lost the lease of" << id << "; another process runs it now";
            run->abandon();
            drop(id);
            for (const DurableAnswer &a : m_durableAnswers.take(id)) {
                a.lost();
            }
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
