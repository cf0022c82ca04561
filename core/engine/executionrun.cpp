// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionrun.h"

#include "agents/agentfactory.h"
#include "backoff.h"
#include "clock.h"
#include "ids.h"
#include "logging/logging.h"
#include "reportbundle.h"
#include "store/storetypes.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionRun)
};

constexpr qint64 kProgressIntervalMs = 250;

} // namespace

ExecutionRun::ExecutionRun(ExecutionHost &host, Configuration config, PipelineDefinition pipeline)
    : m_host(host)
    , m_config(std::move(config))
    , m_pipeline(std::move(pipeline))
    , m_order(m_pipeline.topologicalOrder())
    , m_zone(Ledger::zoneOf(m_config))
{
    const AgentServices services = m_host.agentServices();
    for (const AgentDefinition &a : m_pipeline.agents) {
        if (std::unique_ptr<Agent> agent = createAgent(a, m_pipeline, services)) {
            m_agents.emplace(a.id, std::move(agent));
        }
    }
}

ExecutionRun::~ExecutionRun()
{
    abandon();
}

ExecutionRun::Created ExecutionRun::create(ExecutionHost &host, const StartRequest &request,
                                           const BudgetOutlook &outlook)
{
    Created result;
    const DefinitionCache::Result loaded = host.definitions().load(
        request.configText, request.pipelineText, request.simOverrides, request.options.seed);
    if (!loaded.definition) {
        result.error = loaded.error;
        result.invalidConfiguration = true;
        return result;
    }
    const ExecutionDefinition &definition = *loaded.definition;

    const StartEstimate estimate = estimateStart(definition.pipeline, outlook);
    if (QString refusal =
            budgetCheck(host, definition.config.budgets, request.options, estimate, outlook);
        !refusal.isEmpty()) {
        result.error = std::move(refusal);
        return result;
    }

    auto run = std::unique_ptr<ExecutionRun>(
        new ExecutionRun(host, definition.config, definition.pipeline));
    // The seed it runs with, recorded even when it is the pipeline's own.
    StartOptions options = request.options;
    options.seed = definition.pipeline.simulation.seed;
    Idea idea = request.idea;
    if (idea.id.isEmpty()) {
        idea.id = Ids::newIdeaId();
    }
    QJsonArray stageOrder;
    for (const QString &node : run->m_pipeline.topologicalOrder()) {
        if (run->m_pipeline.stage(node)) {
            stageOrder.append(node);
        }
    }
    run->m_state.id = Ids::newExecutionId();
    run->record(EventType::Created,
                QJsonObject{{QStringLiteral("idea"), idea.toJson()},
                            {QStringLiteral("pipelineId"), run->m_pipeline.id},
                            {QStringLiteral("priority"), priorityName(request.priority)},
                            {QStringLiteral("options"), options.toJson()},
                            {QStringLiteral("config"), QString::fromUtf8(request.configText)},
                            {QStringLiteral("pipeline"), QString::fromUtf8(request.pipelineText)},
                            {QStringLiteral("simOverrides"),
                             QJsonArray::fromStringList(request.simOverrides)},
                            {QStringLiteral("stages"), stageOrder},
                            {QStringLiteral("requestedBy"), request.requestedBy},
                            {QStringLiteral("requestedRole"), request.requestedRole},
                            {QStringLiteral("ledger"), true},
                            {QStringLiteral("estimate"),
                             QJsonObject{{QStringLiteral("tokens"), estimate.tokens},
                                         {QStringLiteral("cost"), estimate.cost.toUsd()},
                                         {QStringLiteral("costMicros"), estimate.cost.micros},
                                         {QStringLiteral("stages"), estimate.perStage}}}});
    result.run = std::move(run);
    return result;
}

ExecutionRun::Created ExecutionRun::recover(ExecutionHost &host, const ExecutionEvents &history)
{
    Created result;
    ExecutionState state;
    for (const ExecutionEvent &e : history) {
        state.apply(e);
    }
    const DefinitionCache::Result loaded =
        host.definitions().load(state.configText.toUtf8(), state.pipelineText.toUtf8(),
                                state.simOverrides, state.options.seed);
    if (!loaded.definition) {
        result.error =
            Text::tr("execution %1 cannot be taken over: its configuration no longer loads: %2")
                .arg(state.id, loaded.error);
        result.invalidConfiguration = true;
        return result;
    }
    auto run = std::unique_ptr<ExecutionRun>(
        new ExecutionRun(host, loaded.definition->config, loaded.definition->pipeline));
    run->m_state = state;
    run->m_committedSeq = state.lastSeq;
    result.run = std::move(run);
    return result;
}

QString ExecutionRun::bundleDir() const
{
    const QString override = m_host.outputOverride();
    return ReportBundle::directoryFor(override.isEmpty() ? m_state.options.outputDir : override,
                                      m_state.id);
}

qint64 ExecutionRun::record(QLatin1String type, QJsonObject data)
{
    ExecutionEvent event;
    event.executionId = m_state.id;
    event.seq = m_state.lastSeq + 1;
    event.type = type;
    event.data = std::move(data);
    event.time = m_host.clock().now();
    m_state.apply(event);
    m_host.enqueue(event, summary());
    return event.seq;
}

void ExecutionRun::afterCommit(std::function<void()> effect)
{
    if (m_committedSeq >= m_state.lastSeq) {
        effect();
        return;
    }
    m_effects.emplace(m_state.lastSeq, std::move(effect));
}

void ExecutionRun::committed(qint64 seq)
{
    m_committedSeq = std::max(m_committedSeq, seq);
    while (!m_effects.empty() && m_effects.begin()->first <= m_committedSeq && !m_abandoned) {
        std::function<void()> effect = std::move(m_effects.begin()->second);
        m_effects.erase(m_effects.begin());
        effect();
    }
}

bool ExecutionRun::isDone(const QString &nodeId) const
{
    switch (m_pipeline.kindOf(nodeId).value_or(PipelineDefinition::NodeKind::Stage)) {
    case PipelineDefinition::NodeKind::Stage: {
        const StageRun::Status s = m_state.stages.value(nodeId).status;
        return s == StageRun::Status::Completed || s == StageRun::Status::Skipped;
    }
    case PipelineDefinition::NodeKind::Checkpoint:
        return m_state.passedCheckpoints.contains(nodeId);
    case PipelineDefinition::NodeKind::Group:
        return m_state.groupResults.value(nodeId, false);
    }
    return false;
}

bool ExecutionRun::needsDone(const QString &nodeId) const
{
    const QStringList needs = m_pipeline.needsOf(nodeId);
    return std::all_of(needs.cbegin(), needs.cend(),
                       [this](const QString &n) { return isDone(n); });
}

qint64 ExecutionRun::timeLimitMs() const
{
    const qint64 cap = m_config.maxPipelineTime().count();
    const qint64 wanted = m_state.options.timeoutSeconds
                              ? *m_state.options.timeoutSeconds * 1000
                              : m_config.orchestration.defaultTimeout.count();
    return std::min(cap, wanted);
}

void ExecutionRun::resumeAfterTakeover(const QString &owner)
{
    for (const QString &stageId : QStringList(m_state.stageOrder)) {
        const StageRun run = m_state.stages.value(stageId);
        if (run.status == StageRun::Status::Running && !isEnded(m_state.status)) {
            // What the interrupted attempt used is unknown: its hold is charged in full,
            // which never counts less than was spent.
            if (const Reservation *r = m_state.reservationOf(stageId)) {
                settle(stageId, r->tokens, r->cost, 0, true,
                       Text::tr("the attempt was interrupted; its hold is charged in full"));
            }
            attemptFailed(*m_pipeline.stage(stageId), run.attempts, QStringLiteral("INTERRUPTED"),
                          Text::tr("the process running attempt %1 stopped before it finished")
                              .arg(run.attempts),
                          0, Money(), 0);
        }
    }
    if (m_state.status == ExecutionStatus::Running) {
        record(EventType::Started,
               QJsonObject{{QStringLiteral("by"), owner}, {QStringLiteral("takeover"), true}});
    }
    schedule();
}

void ExecutionRun::schedule()
{
    if (m_abandoned || m_passive || isEnded(m_state.status)) {
        return;
    }
    if (m_scheduling) {
        m_rescheduleRequested = true;
        return;
    }
    m_scheduling = true;
    do {
        m_rescheduleRequested = false;
        if (m_state.status == ExecutionStatus::Pending) {
            if (!m_host.admit(*this)) {
                const QString reason = m_host.queueReason(*this);
                if (reason != m_state.queueReason) {
                    record(EventType::Queued, QJsonObject{{QStringLiteral("reason"), reason}});
                }
                break;
            }
            record(EventType::Started, QJsonObject{{QStringLiteral("by"), m_host.operatorName()}});
        }
        if (m_state.status == ExecutionStatus::Paused) {
            break;
        }
        if (m_state.elapsedMs(m_host.clock().now()) >= timeLimitMs()) {
            stopAll();
            finish(EventType::Failed,
                   QJsonObject{{QStringLiteral("errorClass"), QStringLiteral("TIMEOUT")},
                               {QStringLiteral("message"),
                                Text::tr("the pipeline ran longer than its limit of %1")
                                    .arg(formatDuration(Duration(timeLimitMs())))}});
            break;
        }
        autoDecideGates();
        if (heldForReview()) {
            break; // no stage starts until a person decided the review
        }
        const QDateTime now = m_host.clock().now();
        const bool parallel = m_config.orchestration.enableParallelExecution;
        bool allDone = true;
        for (const QString &node : std::as_const(m_order)) {
            if (isEnded(m_state.status)) {
                break;
            }
            if (isDone(node)) {
                continue;
            }
            allDone = false;
            if (!needsDone(node)) {
                continue;
            }
            if (const StageDefinition *stage = m_pipeline.stage(node)) {
                const StageRun run = m_state.stages.value(node);
                const bool busy = !m_holding.isEmpty() ||
                                  std::any_of(m_state.stages.cbegin(), m_state.stages.cend(),
                                              [](const StageRun &s) {
                                                  return s.status == StageRun::Status::Running;
                                              });
                if ((run.status == StageRun::Status::Waiting ||
                     run.status == StageRun::Status::RetryWaiting) &&
                    !budgetGateAllows(*stage)) {
                    continue;
                }
                if (run.status == StageRun::Status::Waiting && (parallel || !busy)) {
                    startAttempt(*stage);
                } else if (run.status == StageRun::Status::RetryWaiting) {
                    if (run.retryAt <= now && (parallel || !busy)) {
                        startAttempt(*stage);
                    } else if (!m_retryTimers.contains(node)) {
                        armRetryTimer(node);
                    }
                }
            } else if (const CheckpointDefinition *checkpoint = m_pipeline.checkpoint(node)) {
                handleCheckpoint(*checkpoint);
            } else if (const GroupDefinition *group = m_pipeline.group(node)) {
                handleGroup(*group);
            }
        }
        if (isEnded(m_state.status)) {
            break;
        }
        if (m_holding.isEmpty() && !m_refused.isEmpty()) {
            openBudgetGate(std::exchange(m_refused, {}));
        }
        if (allDone) {
            finish(EventType::Completed, QJsonObject{});
            break;
        }
    } while (m_rescheduleRequested && !m_abandoned && !isEnded(m_state.status));
    m_scheduling = false;
    armGateTimers();
    const QString why = waitReason();
    if (why.isEmpty()) {
        m_reportedWaiting = false;
    } else if (!m_reportedWaiting) {
        m_reportedWaiting = true;
        // Like every consumer, the host hears of the wait once the state it describes is
        // durable, and only if nothing moved on meanwhile.
        afterCommit([this] {
            const QString reason = waitReason();
            if (m_reportedWaiting && !reason.isEmpty()) {
                m_host.waitingOnPerson(*this, reason);
            }
        });
    }
    armTimeout();
}

QString ExecutionRun::waitReason() const
{
    if (m_abandoned || m_passive || isEnded(m_state.status) || !m_runs.isEmpty()) {
        return {};
    }
    if (m_state.status == ExecutionStatus::Paused) {
        return Text::tr("paused by %1: %2").arg(m_state.endedBy, m_state.endReason);
    }
    const bool working =
        !m_retryTimers.isEmpty() || !m_holding.isEmpty() ||
        std::any_of(m_state.stages.cbegin(), m_state.stages.cend(),
                    [](const StageRun &s) { return s.status == StageRun::Status::Running; });
    QStringList waiting;
    for (const GateRecord &g : m_state.gates) {
        if (g.status == u"pending" && !autoDecides(g)) {
            waiting.append(g.type);
        }
    }
    if (working || waiting.isEmpty()) {
        return {};
    }
    return Text::tr("waiting for a decision on %1").arg(waiting.join(QStringLiteral(", ")));
}

void ExecutionRun::armTimeout()
{
    if (m_timeoutTimer != 0) {
        m_host.clock().cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    if (m_abandoned || isEnded(m_state.status) || !m_state.activeSince.isValid()) {
        return;
    }
    const qint64 remaining = timeLimitMs() - m_state.elapsedMs(m_host.clock().now());
    m_timeoutTimer = m_host.clock().callAfter(
        std::chrono::milliseconds(std::max<qint64>(0, remaining)), this, [this] {
            m_timeoutTimer = 0;
            schedule();
        });
}

void ExecutionRun::armRetryTimer(const QString &stageId)
{
    const StageRun run = m_state.stages.value(stageId);
    const qint64 wait = std::max<qint64>(0, m_host.clock().now().msecsTo(run.retryAt));
    m_retryTimers.insert(
        stageId, m_host.clock().callAfter(std::chrono::milliseconds(wait), this, [this, stageId] {
            m_retryTimers.remove(stageId);
            schedule();
        }));
}

void ExecutionRun::startAttempt(const StageDefinition &stage)
{
    if (m_holding.contains(stage.id) || refusedHold(stage.id)) {
        return; // its hold is being decided, or its budget gate is about to open
    }
    const int attempt = m_state.stages.value(stage.id).attempts + 1;
    const QString key = m_state.id + u':' + stage.id + u':' + QString::number(attempt);
    if (!m_state.ledger) {
        recordAttemptStart(stage, attempt, key); // recorded before the ledger existed
        return;
    }
    const Ledger::HoldRequest request = holdRequest(stage, attempt, key);
    // The execution's own budgets first: the store need not be asked when they cannot
    // fit. The day's are checked by the store, which every process shares.
    Ledger::HoldRequest own = request;
    own.limits.dailyTokens = std::numeric_limits<qint64>::max() / 4;
    own.limits.emergencyTokens = std::numeric_limits<qint64>::max() / 4;
    own.limits.dailyCost = Money::fromMicros(std::numeric_limits<qint64>::max() / 4);
    const Ledger::HoldDecision local = Ledger::decide(Ledger::DayAccount{}, own);
    if (!local.granted) {
        m_refused.append({request, local});
        return;
    }
    m_holding.insert(stage.id, request);
    m_host.requestHold(request);
}

void ExecutionRun::recordAttemptStart(const StageDefinition &stage, int attempt, const QString &key)
{
    record(EventType::AttemptStarted,
           QJsonObject{{QStringLiteral("stage"), stage.id},
                       {QStringLiteral("attempt"), attempt},
                       {QStringLiteral("idempotencyKey"), key},
                       {QStringLiteral("agent"), agentFor(stage)},
                       {QStringLiteral("timeoutMs"),
                        static_cast<qint64>(m_config.maxAgentTime().count())}});
    // Write-ahead: the agent starts only once its start is durable.
    const QString stageId = stage.id;
    afterCommit([this, stageId, attempt, key] { launch(stageId, attempt, key); });
}

void ExecutionRun::launch(const QString &stageId, int attempt, const QString &key)
{
    const StageRun run = m_state.stages.value(stageId);
    if (m_abandoned || isEnded(m_state.status) || run.status != StageRun::Status::Running ||
        run.attempts != attempt) {
        return;
    }
    const StageDefinition *stage = m_pipeline.stage(stageId);
    const QString agentId = agentFor(*stage);
    const auto agent = m_agents.find(agentId);
    if (agent == m_agents.end()) {
        AgentResult missing;
        missing.errorClass = QStringLiteral("AGENT_ERROR");
        missing.message = Text::tr("no agent '%1'").arg(agentId);
        attemptFinished(stageId, attempt, missing);
        return;
    }
    AgentRequest request;
    request.executionId = m_state.id;
    request.stageId = stageId;
    request.stageName = stage->name;
    request.attempt = attempt;
    request.idempotencyKey = key;
    request.idea = m_state.idea;
    request.timeout = m_config.maxAgentTime();
    // What its hold covers is all it may ask for (a model's max_tokens).
    if (const Reservation *held = m_state.reservationOf(stageId)) {
        request.maxTokens = held->tokens;
    }
    request.verdict = stage->verdict;
    request.bundleDir = bundleDir();
    // Every completed stage upstream of this one, in pipeline order.
    QSet<QString> upstream;
    QStringList frontier = m_pipeline.needsOf(stageId);
    while (!frontier.isEmpty()) {
        const QString n = frontier.takeFirst();
        if (!upstream.contains(n)) {
            upstream.insert(n);
            frontier.append(m_pipeline.needsOf(n));
        }
    }
    for (const QString &id : m_state.stageOrder) {
        const StageRun &s = m_state.stages[id];
        if (upstream.contains(id) && s.status == StageRun::Status::Completed) {
            request.inputs.append(AgentInput{id, m_pipeline.stage(id)->name, s.output});
        }
    }
    if (const AgentDefinition *definition = m_pipeline.agent(agentId);
        definition && definition->publishes) {
        writeBundle(); // what the agent publishes is the bundle as it stands
    }
    AgentRun *agentRun = agent->second->start(request, this);
    m_runs.insert(stageId, agentRun);
    connect(agentRun, &AgentRun::finished, this,
            [this, stageId, attempt, agentRun](const AgentResult &result) {
                if (m_runs.value(stageId) == agentRun) {
                    attemptFinished(stageId, attempt, result);
                }
            });
    // Live figures of a streaming agent, a few times a second at most; not recorded (the
    // usage the attempt ends with is).
    m_lastProgress.remove(stageId);
    connect(agentRun, &AgentRun::progress, this,
            [this, stageId, agentRun](qint64 tokens, Money cost) {
                QElapsedTimer &last = m_lastProgress[stageId];
                if (m_runs.value(stageId) != agentRun ||
                    (last.isValid() && last.elapsed() < kProgressIntervalMs)) {
                    return;
                }
                last.start();
                m_host.attemptProgress(m_state.id, stageId, tokens, cost);
            });
    m_attemptTimers.insert(
        stageId,
        m_host.clock().callAfter(request.timeout, this, [this, stageId, attempt, agentRun] {
            m_attemptTimers.remove(stageId);
            if (m_runs.value(stageId) == agentRun) {
                AgentResult timeout;
                timeout.errorClass = QStringLiteral("TIMEOUT");
                timeout.message = Text::tr("the attempt ran longer than %1")
                                      .arg(formatDuration(m_config.maxAgentTime()));
                timeout.durationMs = m_config.maxAgentTime().count();
                attemptFinished(stageId, attempt, timeout);
            }
        }));
}

void ExecutionRun::attemptFinished(const QString &stageId, int attempt, const AgentResult &result)
{
    if (AgentRun *agentRun = m_runs.take(stageId)) {
        agentRun->cancel();
        agentRun->deleteLater();
    }
    if (const quint64 timer = m_attemptTimers.take(stageId)) {
        m_host.clock().cancel(timer);
    }
    const StageRun run = m_state.stages.value(stageId);
    if (m_abandoned || isEnded(m_state.status) || run.status != StageRun::Status::Running ||
        run.attempts != attempt) {
        return; // stale: the stage was skipped or the execution ended meanwhile
    }
    const StageDefinition *stage = m_pipeline.stage(stageId);
    settle(stageId, result.tokens, result.cost, result.durationMs, result.usageEstimated,
           QString());
    if (result.ok) {
        record(EventType::AttemptSucceeded,
               QJsonObject{{QStringLiteral("stage"), stageId},
                           {QStringLiteral("attempt"), attempt},
                           {QStringLiteral("tokens"), result.tokens},
                           {QStringLiteral("costMicros"), result.cost.micros},
                           {QStringLiteral("durationMs"), result.durationMs},
                           {QStringLiteral("verdict"), result.verdict},
                           {QStringLiteral("output"), result.output}});
        record(EventType::StageCompleted, QJsonObject{{QStringLiteral("stage"), stageId},
                                                      {QStringLiteral("verdict"), result.verdict}});
        afterCommit([this, stageId] { writeStageFile(stageId); });
    } else {
        attemptFailed(*stage, attempt, result.errorClass, result.message, result.tokens,
                      result.cost, result.durationMs, result.retryAfter);
    }
    schedule();
}

void ExecutionRun::attemptFailed(const StageDefinition &stage, int attempt,
                                 const QString &errorClass, const QString &message, qint64 tokens,
                                 Money cost, qint64 durationMs,
                                 std::chrono::milliseconds retryAfter)
{
    const RetryStrategy strategy = retryFor(stage);
    const bool retryable =
        errorClass == u"INTERRUPTED" || strategy.retryableErrors.contains(errorClass);
    if (errorClass == u"INTERRUPTED") {
        record(EventType::AttemptInterrupted, QJsonObject{{QStringLiteral("stage"), stage.id},
                                                          {QStringLiteral("attempt"), attempt},
                                                          {QStringLiteral("message"), message}});
    } else {
        record(EventType::AttemptFailed, QJsonObject{{QStringLiteral("stage"), stage.id},
                                                     {QStringLiteral("attempt"), attempt},
                                                     {QStringLiteral("errorClass"), errorClass},
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("retryable"), retryable},
                                                     {QStringLiteral("tokens"), tokens},
                                                     {QStringLiteral("costMicros"), cost.micros},
                                                     {QStringLiteral("durationMs"), durationMs}});
    }
    const int failures = m_state.stages.value(stage.id).failures;
    if (failures == strategy.escalationThreshold) {
        record(EventType::Escalated,
               QJsonObject{{QStringLiteral("stage"), stage.id},
                           {QStringLiteral("failures"), failures},
                           {QStringLiteral("threshold"), strategy.escalationThreshold},
                           {QStringLiteral("errorClass"), errorClass}});
    }
    if (mayRetry(strategy, failures, errorClass)) {
        // The strategy's backoff, or longer when the provider asked for it (Retry-After).
        const auto delay =
            std::max(retryDelay(strategy, failures,
                                m_state.id + u':' + stage.id + u':' + QString::number(attempt)),
                     retryAfter);
        record(EventType::RetryScheduled,
               QJsonObject{{QStringLiteral("stage"), stage.id},
                           {QStringLiteral("attempt"), attempt + 1},
                           {QStringLiteral("delayMs"), static_cast<qint64>(delay.count())}});
        armRetryTimer(stage.id);
        return;
    }
    record(EventType::StageFailed, QJsonObject{{QStringLiteral("stage"), stage.id},
                                               {QStringLiteral("errorClass"), errorClass},
                                               {QStringLiteral("message"), message}});
    stopAll();
    finish(EventType::Failed, QJsonObject{{QStringLiteral("errorClass"), errorClass},
                                          {QStringLiteral("message"), message},
                                          {QStringLiteral("stage"), stage.id}});
}

void ExecutionRun::finish(QLatin1String type, QJsonObject data)
{
    releaseHolds(type == EventType::Completed   ? Text::tr("the execution completed")
                 : type == EventType::Cancelled ? Text::tr("the execution was cancelled")
                                                : Text::tr("the execution failed"));
    data.insert(QStringLiteral("bundle"), bundleDir());
    record(type, std::move(data));
    if (m_timeoutTimer != 0) {
        m_host.clock().cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    afterCommit([this] {
        writeBundle();
        m_host.ended(*this);
    });
    m_host.slotFreed();
}

void ExecutionRun::stopAll()
{
    for (AgentRun *run : std::as_const(m_runs)) {
        run->cancel();
        run->deleteLater();
    }
    m_runs.clear();
    for (const quint64 timer : std::as_const(m_attemptTimers)) {
        m_host.clock().cancel(timer);
    }
    m_attemptTimers.clear();
    for (const quint64 timer : std::as_const(m_retryTimers)) {
        m_host.clock().cancel(timer);
    }
    m_retryTimers.clear();
    for (const quint64 timer : std::as_const(m_gateTimers)) {
        m_host.clock().cancel(timer);
    }
    m_gateTimers.clear();
}

void ExecutionRun::abandon()
{
    if (m_abandoned) {
        return;
    }
    m_abandoned = true;
    m_plannedAt = 0;
    stopAll();
    if (m_timeoutTimer != 0) {
        m_host.clock().cancel(m_timeoutTimer);
        m_timeoutTimer = 0;
    }
    m_effects.clear();
}

void ExecutionRun::writeStageFile(const QString &stageId)
{
    if (!m_host.writeBundles()) {
        return;
    }
    QString error;
    const StageRun &s = m_state.stages[stageId];
    if (!ReportBundle::writeStage(bundleDir(),
                                  static_cast<int>(m_state.stageOrder.indexOf(stageId)), stageId,
                                  s.output, &error)) {
        qCWarning(lcEngine) << "cannot write the output of" << stageId << "of" << m_state.id << ":"
                            << error;
    }
}

void ExecutionRun::writeBundle()
{
    if (!m_host.writeBundles()) {
        return;
    }
    QString error;
    if (!ReportBundle::writeAll(m_state, m_pipeline, bundleDir(), m_host.clock().now(), &error)) {
        qCWarning(lcEngine) << "cannot write the report bundle of" << m_state.id << ":" << error;
    }
}

} // namespace Conductor
