// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionstate.h"

#include "ledger.h"

#include <QJsonArray>

#include <array>

namespace Conductor {

namespace {

constexpr std::array<std::pair<ExecutionStatus, const char16_t *>, 6> kStatuses{{
    {ExecutionStatus::Pending, u"pending"},
    {ExecutionStatus::Running, u"running"},
    {ExecutionStatus::Paused, u"paused"},
    {ExecutionStatus::Completed, u"completed"},
    {ExecutionStatus::Failed, u"failed"},
    {ExecutionStatus::Cancelled, u"cancelled"},
}};

constexpr std::array<std::pair<Priority, const char16_t *>, 4> kPriorities{{
    {Priority::Low, u"low"},
    {Priority::Normal, u"normal"},
    {Priority::High, u"high"},
    {Priority::Critical, u"critical"},
}};

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(iso(time)) : QJsonValue();
}

QString text(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

} // namespace

QString statusName(ExecutionStatus status)
{
    for (const auto &[value, name] : kStatuses) {
        if (value == status) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<ExecutionStatus> statusFromName(QStringView name)
{
    for (const auto &[value, n] : kStatuses) {
        if (name == QStringView(n)) {
            return value;
        }
    }
    return std::nullopt;
}

bool isEnded(ExecutionStatus status)
{
    return status == ExecutionStatus::Completed || status == ExecutionStatus::Failed ||
           status == ExecutionStatus::Cancelled;
}

QString priorityName(Priority priority)
{
    for (const auto &[value, name] : kPriorities) {
        if (value == priority) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

std::optional<Priority> priorityFromName(QStringView name)
{
    for (const auto &[value, n] : kPriorities) {
        if (name == QStringView(n)) {
            return value;
        }
    }
    return std::nullopt;
}

QString stageStatusName(StageRun::Status status)
{
    switch (status) {
    case StageRun::Status::Waiting:
        return QStringLiteral("waiting");
    case StageRun::Status::Running:
        return QStringLiteral("running");
    case StageRun::Status::RetryWaiting:
        return QStringLiteral("retry_waiting");
    case StageRun::Status::Completed:
        return QStringLiteral("completed");
    case StageRun::Status::Failed:
        return QStringLiteral("failed");
    case StageRun::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject Idea::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("metadata"), QJsonObject::fromVariantMap(metadata)}};
}

Idea Idea::fromJson(const QJsonObject &object)
{
    return Idea{text(object, "id"), text(object, "title"), text(object, "description"),
                object.value(QStringLiteral("metadata")).toObject().toVariantMap()};
}

QJsonObject StartOptions::toJson() const
{
    QJsonObject o{{QStringLiteral("skipGates"), skipGates},
                  {QStringLiteral("approveGates"), approveGates},
                  {QStringLiteral("outputDir"), outputDir},
                  {QStringLiteral("seed"), QString::number(seed)}};
    if (maxCost) {
        o.insert(QStringLiteral("maxCost"), maxCost->toUsd());
        o.insert(QStringLiteral("maxCostMicros"), maxCost->micros);
    }
    if (timeoutSeconds) {
        o.insert(QStringLiteral("timeout"), *timeoutSeconds);
    }
    return o;
}

StartOptions StartOptions::fromJson(const QJsonObject &object)
{
    StartOptions o;
    o.skipGates = object.value(QStringLiteral("skipGates")).toBool();
    o.approveGates = object.value(QStringLiteral("approveGates")).toBool();
    o.outputDir = text(object, "outputDir");
    o.seed = text(object, "seed").toULongLong();
    if (object.contains(QStringLiteral("maxCostMicros"))) {
        o.maxCost = Money::fromMicros(object.value(QStringLiteral("maxCostMicros")).toInteger());
    }
    if (object.contains(QStringLiteral("timeout"))) {
        o.timeoutSeconds = object.value(QStringLiteral("timeout")).toInteger();
    }
    return o;
}

const GateRecord *ExecutionState::budgetGate(QStringView stageId) const
{
    for (auto it = gates.crbegin(); it != gates.crend(); ++it) {
        if (it->stages.contains(stageId)) {
            return &*it;
        }
    }
    return nullptr;
}

const GateRecord *ExecutionState::pendingBudgetGate() const
{
    for (const GateRecord &g : gates) {
        if (!g.stages.isEmpty() && g.status == u"pending") {
            return &g;
        }
    }
    return nullptr;
}

const Reservation *ExecutionState::reservationOf(QStringView stageId) const
{
    for (const Reservation &r : reservations) {
        if (r.stage == stageId) {
            return &r;
        }
    }
    return nullptr;
}

bool ExecutionState::waitingOnGate() const
{
    return std::any_of(gates.cbegin(), gates.cend(),
                       [](const GateRecord &g) { return g.status == u"pending"; });
}

const GateRecord *ExecutionState::gate(QStringView gateId) const
{
    for (const GateRecord &g : gates) {
        if (g.id == gateId) {
            return &g;
        }
    }
    return nullptr;
}

qint64 ExecutionState::elapsedMs(const QDateTime &now) const
{
    return activeMs + (activeSince.isValid() ? std::max<qint64>(0, activeSince.msecsTo(now)) : 0);
}

void ExecutionState::updateClock(const QDateTime &at)
{
    if (activeSince.isValid()) {
        activeMs += std::max<qint64>(0, activeSince.msecsTo(at));
        activeSince = QDateTime();
    }
    if (status == ExecutionStatus::Running && !waitingOnGate()) {
        activeSince = at;
    }
}

void ExecutionState::apply(const ExecutionEvent &e)
{
    const QJsonObject &d = e.data;
    const QString stageId = text(d, "stage");
    StageRun *stage = stageId.isEmpty() ? nullptr : &stages[stageId];
    if (stage) {
        stage->id = stageId;
    }
    const QString &t = e.type;

    if (t == EventType::Created) {
        id = e.executionId;
        idea = Idea::fromJson(d.value(QStringLiteral("idea")).toObject());
        pipelineId = text(d, "pipelineId");
        priority = priorityFromName(text(d, "priority")).value_or(Priority::Normal);
        options = StartOptions::fromJson(d.value(QStringLiteral("options")).toObject());
        configText = text(d, "config");
        pipelineText = text(d, "pipeline");
        for (const QJsonValue &v : d.value(QStringLiteral("simOverrides")).toArray()) {
            simOverrides.append(v.toString());
        }
        startedBy = text(d, "requestedBy");
        startedByRole = text(d, "requestedRole");
        for (const QJsonValue &v : d.value(QStringLiteral("stages")).toArray()) {
            stageOrder.append(v.toString());
            stages[v.toString()].id = v.toString();
        }
        createdAt = e.time;
        status = ExecutionStatus::Pending;
        ledger = d.value(QStringLiteral("ledger")).toBool();
        const QJsonObject estimate = d.value(QStringLiteral("estimate")).toObject();
        estimatedTokens = estimate.value(QStringLiteral("tokens")).toInteger();
        estimatedCost = Money::fromMicros(estimate.value(QStringLiteral("costMicros")).toInteger());
        const QJsonObject perStage = estimate.value(QStringLiteral("stages")).toObject();
        for (auto it = perStage.constBegin(); it != perStage.constEnd(); ++it) {
            const QJsonObject o = it.value().toObject();
            estimates.insert(
                it.key(),
                StageEstimate{text(o, "agent"), o.value(QStringLiteral("tokens")).toInteger(),
                              Money::fromMicros(o.value(QStringLiteral("costMicros")).toInteger()),
                              text(o, "source"), o.value(QStringLiteral("samples")).toInt()});
        }
    } else if (t == EventType::Queued) {
        queueReason = text(d, "reason");
    } else if (t == EventType::Started) {
        queueReason.clear();
        // A take-over after a crash: the time the process was dead does not count, so the
        // clock stops at the last recorded event and runs again from now.
        if (activeSince.isValid()) {
            activeMs += std::max<qint64>(0, activeSince.msecsTo(updatedAt));
            activeSince = QDateTime();
        }
        if (status == ExecutionStatus::Pending) {
            status = ExecutionStatus::Running;
        }
        if (status == ExecutionStatus::Running && !waitingOnGate()) {
            activeSince = e.time;
        }
    } else if (t == EventType::AttemptStarted) {
        stage->status = StageRun::Status::Running;
        stage->attempts = d.value(QStringLiteral("attempt")).toInt();
        stage->idempotencyKey = text(d, "idempotencyKey");
        stage->startedAt = e.time;
        stage->retryAt = QDateTime();
    } else if (t == EventType::AttemptSucceeded || t == EventType::AttemptFailed) {
        if (!ledger) { // with a ledger, what is spent is what budget_posted says
            const qint64 tokens = d.value(QStringLiteral("tokens")).toInteger();
            const Money cost = Money::fromMicros(d.value(QStringLiteral("costMicros")).toInteger());
            stage->tokens += tokens;
            stage->cost = stage->cost + cost;
            tokensUsed += tokens;
            costAccrued = costAccrued + cost;
        }
        stage->idempotencyKey.clear();
        if (t == EventType::AttemptSucceeded) {
            stage->durationMs = d.value(QStringLiteral("durationMs")).toInteger();
            stage->verdict = text(d, "verdict");
            stage->output = text(d, "output");
        } else {
            ++stage->failures;
            stage->lastErrorClass = text(d, "errorClass");
            stage->lastError = text(d, "message");
            errors.append(ErrorLog{stageId, stage->lastErrorClass, stage->lastError,
                                   d.value(QStringLiteral("attempt")).toInt(), e.time});
        }
    } else if (t == EventType::AttemptInterrupted) {
        ++stage->failures;
        stage->status = StageRun::Status::Waiting;
        stage->idempotencyKey.clear();
        stage->lastErrorClass = QStringLiteral("INTERRUPTED");
        stage->lastError = text(d, "message");
        errors.append(ErrorLog{stageId, stage->lastErrorClass, stage->lastError,
                               d.value(QStringLiteral("attempt")).toInt(), e.time});
    } else if (t == EventType::RetryScheduled) {
        stage->status = StageRun::Status::RetryWaiting;
        stage->retryAt = e.time.addMSecs(d.value(QStringLiteral("delayMs")).toInteger());
    } else if (t == EventType::StageCompleted) {
        stage->status = StageRun::Status::Completed;
        stage->verdict = text(d, "verdict");
        stage->endedAt = e.time;
        completedStages.append(stageId);
    } else if (t == EventType::StageFailed) {
        stage->status = StageRun::Status::Failed;
        stage->endedAt = e.time;
    } else if (t == EventType::StageSkipped) {
        stage->status = StageRun::Status::Skipped;
        stage->endedAt = e.time;
        stage->retryAt = QDateTime();
    } else if (t == EventType::StageReset) {
        completedStages.removeAll(stageId);
        for (GateRecord &g : gates) { // a retried stage starts without its budget gates
            g.stages.removeAll(stageId);
        }
        *stage = StageRun{};
        stage->id = stageId;
        if (status == ExecutionStatus::Failed) {
            status = ExecutionStatus::Running;
            failureClass.clear();
            failureMessage.clear();
            failureGate.clear();
        }
    } else if (t == EventType::GateOpened) {
        GateRecord g;
        g.id = text(d, "gateId");
        g.checkpoint = text(d, "checkpoint");
        for (const QJsonValue &v : d.value(QStringLiteral("stages")).toArray()) {
            g.stages.append(v.toString());
        }
        g.type = text(d, "gateType");
        g.required = d.value(QStringLiteral("required")).toBool();
        g.critical = d.value(QStringLiteral("critical")).toBool();
        g.reason = text(d, "reason");
        g.context = d.value(QStringLiteral("context")).toObject();
        g.timeoutSeconds = d.value(QStringLiteral("timeoutSeconds")).toInteger();
        g.openedAt = e.time;
        if (const QString role = text(d, "reviewerRole"); !role.isEmpty()) {
            g.reviewerRole = role;
        }
        g.deadline = QDateTime::fromString(text(d, "deadline"), Qt::ISODateWithMs);
        if (!g.deadline.isValid() && g.timeoutSeconds > 0) {
            g.deadline = e.time.addSecs(g.timeoutSeconds);
        }
        gates.append(g);
        if (!reviewAlert.isEmpty() && text(d, "alertId") == reviewAlert) {
            reviewAlert.clear();
            reviewReason.clear();
        }
    } else if (t == EventType::ReviewRequested) {
        reviewAlert = text(d, "alertId");
        reviewReason = text(d, "reason");
    } else if (t == EventType::GateDecided) {
        for (GateRecord &g : gates) {
            if (g.id == text(d, "gateId")) {
                g.status = text(d, "decision");
                g.reviewer = text(d, "reviewer");
                g.notes = text(d, "notes");
                g.conditions.clear();
                for (const QJsonValue &v : d.value(QStringLiteral("conditions")).toArray()) {
                    g.conditions.append(v.toString());
                }
                g.decidedAt = e.time;
            }
        }
    } else if (t == EventType::GateEscalated) {
        for (GateRecord &g : gates) {
            if (g.id == text(d, "gateId")) {
                g.reviewerRole = text(d, "role");
                g.deadline = QDateTime::fromString(text(d, "deadline"), Qt::ISODateWithMs);
                ++g.escalations;
            }
        }
    } else if (t == EventType::StrategyChanged) {
        const QString strategy = text(d, "strategy");
        const QString agent = text(d, "agent");
        if (!strategy.isEmpty()) {
            strategyOverrides.insert(stageId, strategy);
        }
        if (!agent.isEmpty()) {
            agentOverrides.insert(stageId, agent);
        }
        interventions.append(InterventionRecord{
            strategy.isEmpty() ? QStringLiteral("agent") : QStringLiteral("strategy"), stageId,
            strategy.isEmpty() ? agent : strategy, text(d, "by"), text(d, "reason"), e.time});
    } else if (t == EventType::BudgetOverridden) {
        const Money amount = Money::fromMicros(d.value(QStringLiteral("amountMicros")).toInteger());
        const qint64 tokens = d.value(QStringLiteral("tokens")).toInteger();
        budgetOverride = budgetOverride + amount;
        emergencyGranted += tokens;
        QStringList granted;
        if (amount.micros > 0) {
            granted.append(u'$' + amount.toString());
        }
        if (tokens > 0) {
            granted.append(QString::number(tokens) + QStringLiteral(" tokens"));
        }
        interventions.append(InterventionRecord{QStringLiteral("budget"), QString(),
                                                granted.join(QStringLiteral(" + ")), text(d, "by"),
                                                text(d, "reason"), e.time});
    } else if (t == EventType::BudgetReserved) {
        Reservation r{text(d, "reservation"),
                      stageId,
                      text(d, "agent"),
                      text(d, "day"),
                      d.value(QStringLiteral("attempt")).toInt(),
                      d.value(QStringLiteral("tokens")).toInteger(),
                      d.value(QStringLiteral("emergencyTokens")).toInteger(),
                      Money::fromMicros(d.value(QStringLiteral("costMicros")).toInteger()),
                      Money::fromMicros(d.value(QStringLiteral("overrideMicros")).toInteger())};
        tokensHeld += r.tokens;
        costHeld = costHeld + r.cost;
        emergencyUsed += r.emergency;
        overrideUsed = overrideUsed + r.override;
        reservations.insert(r.id, r);
    } else if (t == EventType::BudgetPosted || t == EventType::BudgetVoided) {
        const auto it = reservations.constFind(text(d, "reservation"));
        if (it != reservations.cend()) {
            const Reservation r = *it;
            reservations.erase(it);
            tokensHeld -= r.tokens;
            costHeld = costHeld - r.cost;
            emergencyUsed -= r.emergency;
            overrideUsed = overrideUsed - r.override;
            if (t == EventType::BudgetPosted) {
                const Ledger::Posting p = Ledger::post(
                    Ledger::Hold{r.id, r.day, r.tokens, r.emergency, r.cost, r.override},
                    d.value(QStringLiteral("usedTokens")).toInteger(),
                    Money::fromMicros(d.value(QStringLiteral("usedCostMicros")).toInteger()));
                emergencyUsed += p.emergency;
                overrideUsed = overrideUsed + p.override;
                overrunTokens += p.overrunTokens;
                overrunCost = overrunCost + p.overrunCost;
                tokensUsed += p.totalTokens();
                costAccrued = costAccrued + p.totalCost();
                stage->tokens += p.totalTokens();
                stage->cost = stage->cost + p.totalCost();
                tokensByAgent[r.agent] += p.totalTokens();
                costByAgent[r.agent] = costByAgent.value(r.agent) + p.totalCost();
            }
        }
    } else if (t == EventType::CheckpointPassed) {
        passedCheckpoints.append(text(d, "checkpoint"));
    } else if (t == EventType::GroupAggregated) {
        groupResults.insert(text(d, "group"), d.value(QStringLiteral("passed")).toBool());
    } else if (t == EventType::Paused) {
        status = ExecutionStatus::Paused;
        endedBy = text(d, "by");
        endReason = text(d, "reason");
    } else if (t == EventType::Resumed) {
        if (status == ExecutionStatus::Paused) {
            status = ExecutionStatus::Running;
        }
    } else if (t == EventType::Completed) {
        status = ExecutionStatus::Completed;
        bundlePath = text(d, "bundle");
    } else if (t == EventType::Failed) {
        status = ExecutionStatus::Failed;
        failureClass = text(d, "errorClass");
        failureMessage = text(d, "message");
        failureGate = text(d, "gateId");
        bundlePath = text(d, "bundle");
    } else if (t == EventType::Cancelled) {
        status = ExecutionStatus::Cancelled;
        endedBy = text(d, "by");
        endReason = text(d, "reason");
        bundlePath = text(d, "bundle");
    }

    if (d.contains(QLatin1String("by")) && d.contains(QLatin1String("reason")) &&
        t != EventType::Started && t != EventType::StrategyChanged &&
        t != EventType::BudgetOverridden) {
        static const QHash<QString, QString> kinds{
            {EventType::Paused, QStringLiteral("pause")},
            {EventType::Resumed, QStringLiteral("resume")},
            {EventType::Cancelled, QStringLiteral("cancel")},
            {EventType::StageSkipped, QStringLiteral("skip")},
            {EventType::StageReset, QStringLiteral("retry")}};
        if (const QString kind = kinds.value(t); !kind.isEmpty()) {
            interventions.append(InterventionRecord{kind, stageId, QString(), text(d, "by"),
                                                    text(d, "reason"), e.time});
        }
    }
    if (t != EventType::Started && t != EventType::Created) {
        updateClock(e.time);
    }
    lastSeq = e.seq;
    updatedAt = e.time;
}

int ExecutionState::currentStageIndex() const
{
    for (int i = 0; i < stageOrder.size(); ++i) {
        const StageRun &s = stages.value(stageOrder.at(i));
        if (s.status == StageRun::Status::Running || s.status == StageRun::Status::RetryWaiting) {
            return i;
        }
    }
    for (int i = 0; i < stageOrder.size(); ++i) {
        const StageRun::Status s = stages.value(stageOrder.at(i)).status;
        if (s == StageRun::Status::Waiting || s == StageRun::Status::Failed) {
            return i;
        }
    }
    return static_cast<int>(stageOrder.size());
}

QStringList ExecutionState::nextStages() const
{
    QStringList next;
    for (const QString &stageId : stageOrder) {
        const StageRun::Status s = stages.value(stageId).status;
        if (s == StageRun::Status::Waiting || s == StageRun::Status::RetryWaiting ||
            s == StageRun::Status::Running) {
            next.append(stageId);
        }
    }
    return next;
}

QVariantMap ExecutionState::facts() const
{
    QVariantMap facts;
    for (auto it = idea.metadata.cbegin(); it != idea.metadata.cend(); ++it) {
        facts.insert(u"metadata." + it.key(), it.value());
    }
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        if (!it->verdict.isEmpty()) {
            facts.insert(u"verdict." + it.key(), it->verdict);
        }
    }
    return facts;
}

QJsonObject ExecutionState::toJson(const QDateTime &now) const
{
    QJsonObject stageObjects;
    for (const QString &sid : stageOrder) {
        const StageRun &s = stages.value(sid);
        stageObjects.insert(sid, QJsonObject{{QStringLiteral("status"), stageStatusName(s.status)},
                                             {QStringLiteral("attempts"), s.attempts},
                                             {QStringLiteral("tokens"), s.tokens},
                                             {QStringLiteral("cost"), s.cost.toUsd()},
                                             {QStringLiteral("duration"),
                                              static_cast<double>(s.durationMs) / 1000.0},
                                             {QStringLiteral("verdict"), s.verdict},
                                             {QStringLiteral("lastError"), s.lastError},
                                             {QStringLiteral("startedAt"), isoOrNull(s.startedAt)},
                                             {QStringLiteral("endedAt"), isoOrNull(s.endedAt)}});
    }
    QJsonArray pending;
    QJsonArray completed;
    for (const GateRecord &g : gates) {
        QJsonObject o{{QStringLiteral("id"), g.id},
                      {QStringLiteral("type"), g.type},
                      {QStringLiteral("required"), g.required},
                      {QStringLiteral("critical"), g.critical},
                      {QStringLiteral("timeout"), g.timeoutSeconds},
                      {QStringLiteral("checkpoint"), g.checkpoint},
                      {QStringLiteral("reason"), g.reason},
                      {QStringLiteral("context"), g.context},
                      {QStringLiteral("openedAt"), iso(g.openedAt)},
                      {QStringLiteral("reviewerRole"), g.reviewerRole},
                      {QStringLiteral("escalations"), g.escalations},
                      {QStringLiteral("deadline"), isoOrNull(g.deadline)}};
        if (g.status == u"pending") {
            pending.append(o);
            continue;
        }
        o.insert(QStringLiteral("decision"), g.status);
        o.insert(QStringLiteral("reviewer"), g.reviewer);
        o.insert(QStringLiteral("notes"), g.notes);
        o.insert(QStringLiteral("conditions"), QJsonArray::fromStringList(g.conditions));
        o.insert(QStringLiteral("decidedAt"), iso(g.decidedAt));
        completed.append(o);
    }
    QJsonArray errorArray;
    for (const ErrorLog &err : errors) {
        errorArray.append(QJsonObject{{QStringLiteral("stage"), err.stage},
                                      {QStringLiteral("errorClass"), err.errorClass},
                                      {QStringLiteral("message"), err.message},
                                      {QStringLiteral("attempt"), err.attempt},
                                      {QStringLiteral("time"), iso(err.time)}});
    }
    QJsonArray interventionArray;
    for (const InterventionRecord &i : interventions) {
        interventionArray.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                             {QStringLiteral("stage"), i.stage},
                                             {QStringLiteral("value"), i.value},
                                             {QStringLiteral("by"), i.by},
                                             {QStringLiteral("reason"), i.reason},
                                             {QStringLiteral("time"), iso(i.time)}});
    }
    const int current = currentStageIndex();
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("pipeline"),
         QJsonObject{
             {QStringLiteral("id"), pipelineId},
             {QStringLiteral("currentStage"), current},
             {QStringLiteral("currentStageId"),
              current < stageOrder.size() ? QJsonValue(stageOrder.at(current)) : QJsonValue()},
             {QStringLiteral("completedStages"), QJsonArray::fromStringList(completedStages)},
             {QStringLiteral("nextStages"), QJsonArray::fromStringList(nextStages())},
             {QStringLiteral("stages"), stageObjects}}},
        {QStringLiteral("resources"),
         QJsonObject{{QStringLiteral("tokensUsed"), tokensUsed},
                     {QStringLiteral("timeElapsed"), static_cast<double>(elapsedMs(now)) / 1000.0},
                     {QStringLiteral("costAccrued"), costAccrued.toUsd()}}},
        {QStringLiteral("gates"), QJsonObject{{QStringLiteral("pending"), pending},
                                              {QStringLiteral("completed"), completed}}},
        {QStringLiteral("errors"), errorArray},
        {QStringLiteral("interventions"), interventionArray},
        {QStringLiteral("budgetOverrideUSD"), budgetOverride.toUsd()},
        {QStringLiteral("emergencyTokensGranted"), emergencyGranted},
        {QStringLiteral("startedBy"), startedBy},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("createdAt"), iso(createdAt)},
                     {QStringLiteral("updatedAt"), iso(updatedAt)},
                     {QStringLiteral("priority"), static_cast<int>(priority)},
                     {QStringLiteral("priorityName"), priorityName(priority)}}},
        {QStringLiteral("idea"), idea.toJson()},
        {QStringLiteral("options"), options.toJson()},
    };
    if (!failureClass.isEmpty()) {
        o.insert(QStringLiteral("failure"),
                 QJsonObject{{QStringLiteral("errorClass"), failureClass},
                             {QStringLiteral("message"), failureMessage}});
    }
    if (!endedBy.isEmpty()) {
        o.insert(QStringLiteral("endedBy"), QJsonObject{{QStringLiteral("by"), endedBy},
                                                        {QStringLiteral("reason"), endReason}});
    }
    return o;
}

} // namespace Conductor
