// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine on a manual clock over a real store: scheduling order and parallelism, the
// priority queue, retries and backoff, gates, the deployment aggregation, time limits,
// and every intervention.

#include "enginefixture.h"

#include <QJsonArray>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

QStringList typesOf(const ExecutionEvents &events, QLatin1String type, const char *key)
{
    QStringList values;
    for (const ExecutionEvent &e : events) {
        if (e.type == type) {
            values.append(e.data.value(QLatin1String(key)).toVariant().toString());
        }
    }
    return values;
}

qsizetype indexOf(const ExecutionEvents &events, QLatin1String type, const QString &stage)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i].type == type &&
            events[i].data.value(QStringLiteral("stage")).toString() == stage) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsTheI2SPipelineInOrder();
    void deploymentChecksRunInParallel();
    void sequentialWhenParallelIsOff();
    void priorityQueue();
    void retriesWithBackoffThenFails();
    void nonRetryableFailsAtOnce();
    void retrySucceedsAfterTransientFailure();
    void gateWaitsForDecision();
    void rejectedGateFailsTheExecution();
    void flaggedRiskOpensCriticalHumanApproval();
    void deploymentBlocked();
    void pauseLetsRunningAttemptFinish();
    void cancel();
    void skipStage();
    void retryFailedStage();
    void aStoredCommandIsCarriedOutOnce();
    void timeoutExcludesGateWaits();
    void refusedWhenEstimateExceedsMaxCost();
};

void TestEngine::runsTheI2SPipelineInOrder()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    QVERIFY(Ids::isValid(id, u"exec_"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    QCOMPARE(f.ended.value(id), int(ExecutionStatus::Completed));

    const ExecutionEvents events = f.eventsOf(id);
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].seq, i + 1); // every event once, in order, no gaps
    }
    const ExecutionState state = f.stateOf(id);
    QCOMPARE(state.status, ExecutionStatus::Completed);
    QCOMPARE(state.completedStages.size(), 15);
    QCOMPARE(QSet<QString>(state.completedStages.cbegin(), state.completedStages.cend()).size(),
             15);
    // A stage starts only after what it needs completed.
    QVERIFY(indexOf(events, EventType::StageCompleted, QStringLiteral("normalize")) <
            indexOf(events, EventType::AttemptStarted, QStringLiteral("research")));
    QVERIFY(indexOf(events, EventType::StageCompleted, QStringLiteral("risk")) <
            indexOf(events, EventType::AttemptStarted, QStringLiteral("ux")));
    // The risk gate opened and was decided before UX; the deploy gate before the checks.
    const QStringList gateTypes = typesOf(events, EventType::GateOpened, "gateType");
    QCOMPARE(gateTypes,
             (QStringList{QStringLiteral("risk_review"), QStringLiteral("security_check")}));
    QCOMPARE(typesOf(events, EventType::GateDecided, "reviewer"),
             (QStringList{QStringLiteral("tester"), QStringLiteral("tester")}));
    QCOMPARE(typesOf(events, EventType::GroupAggregated, "passed"),
             QStringList{QStringLiteral("true")});
    QVERIFY(QFile::exists(f.outputDir() + u'/' + id + QStringLiteral("/report.md")));
    QVERIFY(QFile::exists(f.outputDir() + u'/' + id + QStringLiteral("/execution.json")));
    QVERIFY(QFile::exists(f.outputDir() + u'/' + id + QStringLiteral("/deployed/report.md")));
}

void TestEngine::deploymentChecksRunInParallel()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionEvents events = f.eventsOf(id);
    const QStringList checks{QStringLiteral("security"), QStringLiteral("performance"),
                             QStringLiteral("quality"), QStringLiteral("testing"),
                             QStringLiteral("architecture")};
    qsizetype lastStart = 0;
    qsizetype firstEnd = events.size();
    for (const QString &check : checks) {
        lastStart = std::max(lastStart, indexOf(events, EventType::AttemptStarted, check));
        firstEnd = std::min(firstEnd, indexOf(events, EventType::AttemptSucceeded, check));
    }
    QVERIFY2(lastStart < firstEnd, "all five checks start before any finishes");
}

void TestEngine::sequentialWhenParallelIsOff()
{
    Test::EngineFixture f;
    const QByteArray config = "orchestration:\n  enableParallelExecution: false\n";
    const QString id = f.start(f.request({}, config));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    int running = 0;
    for (const ExecutionEvent &e : f.eventsOf(id)) {
        if (e.type == EventType::AttemptStarted) {
            ++running;
            QCOMPARE(running, 1);
        } else if (e.type == EventType::AttemptSucceeded || e.type == EventType::AttemptFailed) {
            --running;
        }
    }
}

void TestEngine::priorityQueue()
{
    Test::EngineFixture f(1);
    StartRequest first = f.request();
    const QString a = f.start(first);
    StartRequest low = f.request();
    low.priority = Priority::Low;
    StartRequest critical = f.request();
    critical.priority = Priority::Critical;
    StartRequest high = f.request();
    high.priority = Priority::High;
    const QString l = f.start(low);
    const QString c = f.start(critical);
    const QString h = f.start(high);
    f.settle();
    // Only one runs; the others say why they wait.
    QCOMPARE(f.engine->runningCount(), 1);
    const ExecutionEvents lowEvents = f.eventsOf(l);
    QVERIFY(std::any_of(lowEvents.cbegin(), lowEvents.cend(), [](const ExecutionEvent &e) {
        return e.type == EventType::Queued &&
               e.data.value(QStringLiteral("reason")).toString().contains(QStringLiteral("1 of 1"));
    }));
    QVERIFY(f.runUntil([&] { return f.ended.size() == 4; }, 1s));
    // They started in order of priority: critical, high, low.
    QStringList order;
    for (const ExecutionEvent &e : f.committed) {
        if (e.type == EventType::Started) {
            order.append(e.executionId);
        }
    }
    QCOMPARE(order, (QStringList{a, c, h, l}));
}

void TestEngine::retriesWithBackoffThenFails()
{
    Test::EngineFixture f;
    StartRequest r = f.request({QStringLiteral("research.failureRate=1"),
                                QStringLiteral("research.failureClass=API_LIMIT")});
    // No jitter, so the delays are exact: 2 s, 4 s, 8 s.
    r.pipelineText.replace("  jitter: 0.2", "  jitter: 0");
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }, 100ms));
    QCOMPARE(f.ended.value(id), int(ExecutionStatus::Failed));
    const ExecutionEvents events = f.eventsOf(id);
    QCOMPARE(typesOf(events, EventType::RetryScheduled, "delayMs"),
             (QStringList{QStringLiteral("2000"), QStringLiteral("4000"), QStringLiteral("8000")}));
    QCOMPARE(typesOf(events, EventType::AttemptFailed, "errorClass").size(), 4);
    QCOMPARE(typesOf(events, EventType::Escalated, "failures"), QStringList{QStringLiteral("2")});
    const ExecutionState state = f.stateOf(id);
    QCOMPARE(state.failureClass, QStringLiteral("API_LIMIT"));
    QCOMPARE(state.stages.value(QStringLiteral("research")).attempts, 4);
    QVERIFY(!state.completedStages.contains(QStringLiteral("feasibility")));
    // Each retry waited its delay: the attempts started 2 s, 4 s and 8 s (plus the
    // attempt's own duration) after the failures before them.
    QList<QDateTime> failures;
    QList<QDateTime> starts;
    for (const ExecutionEvent &e : events) {
        if (e.data.value(QStringLiteral("stage")).toString() != u"research") {
            continue;
        }
        if (e.type == EventType::AttemptFailed) {
            failures.append(e.time);
        } else if (e.type == EventType::AttemptStarted) {
            starts.append(e.time);
        }
    }
    QCOMPARE(starts.size(), 4);
    QVERIFY(failures[0].msecsTo(starts[1]) >= 2000);
    QVERIFY(failures[1].msecsTo(starts[2]) >= 4000);
    QVERIFY(failures[2].msecsTo(starts[3]) >= 8000);
    QVERIFY(failures[2].msecsTo(starts[3]) < 8000 + 300);
}

void TestEngine::nonRetryableFailsAtOnce()
{
    Test::EngineFixture f;
    const QString id =
        f.start(f.request({QStringLiteral("feasibility.failureRate=1"),
                           QStringLiteral("feasibility.failureClass=INVALID_REQUEST")}));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionEvents events = f.eventsOf(id);
    QCOMPARE(typesOf(events, EventType::AttemptFailed, "retryable"),
             QStringList{QStringLiteral("false")});
    QVERIFY(typesOf(events, EventType::RetryScheduled, "stage").isEmpty());
    QCOMPARE(f.stateOf(id).failureClass, QStringLiteral("INVALID_REQUEST"));
}

void TestEngine::retrySucceedsAfterTransientFailure()
{
    // With a seed where the first attempt fails and a later one passes, the stage
    // completes and the execution too.
    Test::EngineFixture f;
    QString id;
    for (int seed = 1; seed < 40; ++seed) {
        StartRequest r = f.request({QStringLiteral("research.failureRate=0.5")});
        r.options.seed = static_cast<quint64>(seed);
        id = f.start(r);
        QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
        const ExecutionState s = f.stateOf(id);
        if (s.stages.value(QStringLiteral("research")).failures > 0 &&
            s.status == ExecutionStatus::Completed) {
            QVERIFY(s.stages.value(QStringLiteral("research")).attempts > 1);
            QCOMPARE(s.completedStages.count(QStringLiteral("research")), 1);
            return;
        }
    }
    QFAIL("no seed gave a recovered failure");
}

void TestEngine::gateWaitsForDecision()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    QVERIFY(f.waiting.value(id).contains(QStringLiteral("risk_review")));
    const ExecutionState waitingState = f.stateOf(id);
    QVERIFY(waitingState.waitingOnGate());
    QVERIFY(!waitingState.completedStages.contains(QStringLiteral("ux")));
    // Time passes at the gate; nothing moves.
    f.clock.advance(10min);
    f.settle();
    QVERIFY(!f.ended.contains(id));
    const QString gateId = waitingState.gates.first().id;
    QCOMPARE(f.command(id, QStringLiteral("decide"),
                       QJsonObject{{QStringLiteral("role"), QStringLiteral("approver")},
                                   {QStringLiteral("gateId"), gateId},
                                   {QStringLiteral("decision"), QStringLiteral("approved")},
                                   {QStringLiteral("notes"), QStringLiteral("fine for an MVP")}},
                       QStringLiteral("alice"), QStringLiteral("reviewed")),
             QStringLiteral("done"));
    // A second decision on the same gate is a conflict.
    QVERIFY(f.command(id, QStringLiteral("decide"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("approver")},
                                  {QStringLiteral("gateId"), gateId},
                                  {QStringLiteral("decision"), QStringLiteral("rejected")}},
                      QStringLiteral("bob"), QStringLiteral("late"))
                .startsWith(QStringLiteral("conflict")));
    QVERIFY(
        f.runUntil([&] { return f.waiting.value(id).contains(QStringLiteral("security_check")); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.gates.first().status, QStringLiteral("approved"));
    QCOMPARE(s.gates.first().reviewer, QStringLiteral("alice"));
    QCOMPARE(s.gates.first().notes, QStringLiteral("fine for an MVP"));
    // The time at the gate did not count against the pipeline.
    QVERIFY(s.elapsedMs(f.clock.now()) < 5 * 60 * 1000);
}

void TestEngine::rejectedGateFailsTheExecution()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const QString gateId = f.stateOf(id).gates.first().id;
    f.command(id, QStringLiteral("decide"),
              QJsonObject{{QStringLiteral("role"), QStringLiteral("approver")},
                          {QStringLiteral("gateId"), gateId},
                          {QStringLiteral("decision"), QStringLiteral("rejected")},
                          {QStringLiteral("notes"), QStringLiteral("too risky")}},
              QStringLiteral("bob"), QStringLiteral("review"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Failed);
    QCOMPARE(s.failureClass, QStringLiteral("GATE_REJECTED"));
    QVERIFY(s.failureMessage.contains(QStringLiteral("too risky")));
}

void TestEngine::flaggedRiskOpensCriticalHumanApproval()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request({QStringLiteral("risk.verdict=flag")}));
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QStringList types;
    for (const GateRecord &g : s.gates) {
        types.append(g.type + u'=' + g.status);
    }
    // risk_review is approved with --approve-gates; human_approval is critical and waits.
    QCOMPARE(types, (QStringList{QStringLiteral("risk_review=approved"),
                                 QStringLiteral("human_approval=pending")}));
    QVERIFY(s.gates.last().critical);
    QVERIFY(s.gates.last().reason.contains(QStringLiteral("verdict.risk")));
}

void TestEngine::deploymentBlocked()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request(
        {QStringLiteral("quality.verdict=fail"), QStringLiteral("testing.verdict=fail")}));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Failed);
    QCOMPARE(s.failureClass, QStringLiteral("DEPLOY_BLOCKED"));
    QVERIFY(s.failureMessage.contains(QStringLiteral("Quality")));
    QVERIFY(s.failureMessage.contains(QStringLiteral("Testing")));
    QVERIFY(!s.completedStages.contains(QStringLiteral("deploy")));
    const QString report =
        QString::fromUtf8(Test::readAll(f.outputDir() + u'/' + id + QStringLiteral("/report.md")));
    QVERIFY(report.contains(QStringLiteral("DEPLOY_BLOCKED")));
}

void TestEngine::pauseLetsRunningAttemptFinish()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    QVERIFY(f.runUntil(
        [&] {
            const ExecutionEvents e = f.eventsOf(id);
            return indexOf(e, EventType::AttemptStarted, QStringLiteral("research")) >= 0;
        },
        100ms));
    f.command(id, QStringLiteral("pause"), {}, QStringLiteral("carol"),
              QStringLiteral("checking costs"));
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }, 100ms));
    ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Paused);
    // The running attempt finished; nothing new started.
    QCOMPARE(s.stages.value(QStringLiteral("research")).status, StageRun::Status::Completed);
    QCOMPARE(s.stages.value(QStringLiteral("feasibility")).attempts, 0);
    f.clock.advance(5min);
    f.settle();
    QCOMPARE(f.stateOf(id).stages.value(QStringLiteral("feasibility")).attempts, 0);
    f.command(id, QStringLiteral("resume"), {}, QStringLiteral("carol"),
              QStringLiteral("costs fine"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Completed);
    const ExecutionEvents events = f.eventsOf(id);
    QCOMPARE(typesOf(events, EventType::Paused, "by"), QStringList{QStringLiteral("carol")});
    QCOMPARE(typesOf(events, EventType::Resumed, "reason"),
             QStringList{QStringLiteral("costs fine")});
}

void TestEngine::cancel()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    QVERIFY(f.runUntil([&] { return f.stateOf(id).completedStages.size() >= 2; }, 100ms));
    f.command(id, QStringLiteral("cancel"), {}, QStringLiteral("dave"),
              QStringLiteral("wrong idea"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }, 100ms));
    QCOMPARE(f.ended.value(id), int(ExecutionStatus::Cancelled));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.endedBy, QStringLiteral("dave"));
    QCOMPARE(s.endReason, QStringLiteral("wrong idea"));
    // Nothing ran after the cancel.
    const ExecutionEvents events = f.eventsOf(id);
    QCOMPARE(events.last().type, QString(EventType::Cancelled));
    f.clock.advance(1min);
    f.settle();
    QCOMPARE(f.eventsOf(id).size(), events.size());
}

void TestEngine::skipStage()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    f.settle();
    f.command(id, QStringLiteral("skip"),
              QJsonObject{{QStringLiteral("stage"), QStringLiteral("market_moat")}},
              QStringLiteral("erin"), QStringLiteral("known market"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Completed);
    QCOMPARE(s.stages.value(QStringLiteral("market_moat")).status, StageRun::Status::Skipped);
    QVERIFY(!s.completedStages.contains(QStringLiteral("market_moat")));
    QCOMPARE(s.stages.value(QStringLiteral("market_moat")).attempts, 0);
    QCOMPARE(typesOf(f.eventsOf(id), EventType::StageSkipped, "by"),
             QStringList{QStringLiteral("erin")});
}

void TestEngine::aStoredCommandIsCarriedOutOnce()
{
    // The store may hand a stored command over again until the batch that marks it handled
    // is durable: a grant given twice would spend twice.
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    QVERIFY(f.runUntil([&] { return f.stateOf(id).status == ExecutionStatus::Running; }, 100ms));
    StoredCommand grant;
    grant.id = 4242;
    grant.executionId = id;
    grant.kind = QStringLiteral("budget");
    grant.args = QJsonObject{{QStringLiteral("amountMicros"), 1'000'000}};
    grant.requestedBy = QStringLiteral("tester");
    grant.reason = QStringLiteral("twice delivered");
    QSignalSpy applied(f.engine.get(), &Engine::commandApplied);
    f.engine->submit(grant);
    f.engine->submit(grant);
    f.settle();
    QCOMPARE(applied.size(), 1);
    QCOMPARE(typesOf(f.eventsOf(id), EventType::BudgetOverridden, "by").size(), 1);
}

void TestEngine::retryFailedStage()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request({QStringLiteral("apis.failureRate=1"),
                                          QStringLiteral("apis.failureClass=INVALID_OUTPUT")}));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    QCOMPARE(f.stateOf(id).status, ExecutionStatus::Failed);
    // Retrying revives the execution: the test's engine takes the command offline.
    f.ended.remove(id);
    StoredCommand retry;
    retry.id = StoreQueries(f.databasePath())
                   .postCommand(id, QStringLiteral("retry"),
                                QJsonObject{{QStringLiteral("stage"), QStringLiteral("apis")}},
                                QStringLiteral("frank"), QStringLiteral("provider fixed"));
    retry.executionId = id;
    retry.kind = QStringLiteral("retry");
    retry.args = QJsonObject{{QStringLiteral("stage"), QStringLiteral("apis")}};
    retry.requestedBy = QStringLiteral("frank");
    retry.reason = QStringLiteral("provider fixed");
    QSignalSpy applied(f.engine.get(), &Engine::commandApplied);
    f.engine->applyOffline(id, retry);
    QVERIFY(applied.wait(5000));
    QCOMPARE(applied.first().at(1).toString(), QStringLiteral("done"));
    f.settle();
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Running);
    QCOMPARE(s.stages.value(QStringLiteral("apis")).status, StageRun::Status::Waiting);
    QVERIFY(StoreQueries(f.databasePath()).commandOutcome(retry.id).has_value());
}

void TestEngine::timeoutExcludesGateWaits()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.timeoutSeconds = 25; // the stages before the risk gate take ~15 s
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    f.clock.advance(1h); // an hour at the gate does not count
    f.settle();
    QVERIFY(!f.ended.contains(id));
    f.command(id, QStringLiteral("decide"),
              QJsonObject{{QStringLiteral("gateId"), f.stateOf(id).gates.first().id},
                          {QStringLiteral("role"), QStringLiteral("approver")},
                          {QStringLiteral("decision"), QStringLiteral("approved")}},
              QStringLiteral("gina"), QStringLiteral("ok"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Failed);
    QCOMPARE(s.failureClass, QStringLiteral("TIMEOUT"));
    QVERIFY(s.elapsedMs(f.clock.now()) >= 25'000);
    QVERIFY(s.elapsedMs(f.clock.now()) < 27'000);
}

void TestEngine::refusedWhenEstimateExceedsMaxCost()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.maxCost = Money::fromMicros(1'000'000); // $1; the pipeline needs ≈ $3.57
    QSignalSpy refused(f.engine.get(), &Engine::startRefused);
    f.engine->start(r);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("maxCost")));
    QCOMPARE(refused.first().at(1).toBool(), false);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
