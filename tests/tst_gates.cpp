// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Gates as durable decisions, on a manual clock over a real store: who may decide (the
// reviewer role, the four-eyes rule and the second factor on critical gates, what
// --approve-gates may decide for its role), what each timeout outcome does (reject,
// approve, escalate then expire), decisions and timers across a restart, and the
// interventions that change a stage's retry strategy or agent.

#include "config/configloader.h"
#include "enginefixture.h"
#include "store/storequeries.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

namespace {

// The built-in configuration with risk_review's timeout and outcome changed.
QByteArray withRiskTimeout(const QByteArray &outcome, const QByteArray &timeout = "1h")
{
    QByteArray config = ConfigLoader::builtInText();
    const QByteArray anchor = "gates:\n";
    const qsizetype at = config.indexOf(anchor);
    Q_ASSERT(at >= 0);
    config.insert(at + anchor.size(), "  definitions:\n"
                                      "    risk_review:\n"
                                      "      timeout: " +
                                          timeout +
                                          "\n"
                                          "      onTimeout: " +
                                          outcome + "\n");
    return config;
}

QJsonObject decision(const QString &gateId, const QString &role, const QString &what,
                     bool secondFactor = false)
{
    QJsonObject args{{QStringLiteral("gateId"), gateId},
                     {QStringLiteral("decision"), what},
                     {QStringLiteral("notes"), QStringLiteral("checked")}};
    if (!role.isEmpty()) {
        args.insert(QStringLiteral("role"), role);
    }
    if (secondFactor) {
        args.insert(QStringLiteral("secondFactor"), QStringLiteral("totp"));
    }
    return args;
}

const GateRecord *gateOfType(const ExecutionState &s, QStringView type)
{
    for (const GateRecord &g : s.gates) {
        if (g.type == type) {
            return &g;
        }
    }
    return nullptr;
}

} // namespace

class TestGates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachGateOpensByItsRule_data();
    void eachGateOpensByItsRule();
    void decisionNeedsTheReviewerRole();
    void criticalGateNeedsFourEyesAndSecondFactor();
    void approveGatesDecidesOnlyUpToTheStartersRole();
    void timeoutRejects();
    void timeoutApproves();
    void timeoutEscalatesThenExpires();
    void decisionAndTimerSurviveARestart();
    void changeStrategyAndAgent();
    void strategyInterventionsAreRefusedWhenWrong();
    void budgetOverrideIsRecorded();
};

void TestGates::eachGateOpensByItsRule_data()
{
    QTest::addColumn<QVariantMap>("metadata");
    QTest::addColumn<QStringList>("sim");
    QTest::addColumn<QStringList>("gates");
    const QString risk = QStringLiteral("risk_review");
    const QString deploy = QStringLiteral("security_check");
    QTest::newRow("required only") << QVariantMap{} << QStringList{} << QStringList{risk, deploy};
    QTest::newRow("high load") << QVariantMap{{QStringLiteral("loadEstimate"), 20000}}
                               << QStringList{}
                               << QStringList{risk, deploy, QStringLiteral("performance_review")};
    QTest::newRow("load below the threshold") << QVariantMap{{QStringLiteral("loadEstimate"), 9999}}
                                              << QStringList{} << QStringList{risk, deploy};
    QTest::newRow("enterprise account")
        << QVariantMap{{QStringLiteral("accountTier"), QStringLiteral("enterprise")}}
        << QStringList{} << QStringList{risk, QStringLiteral("compliance_check"), deploy};
    QTest::newRow("regulated domain")
        << QVariantMap{{QStringLiteral("domain"), QStringLiteral("healthcare")}} << QStringList{}
        << QStringList{risk, QStringLiteral("human_approval")};
    QTest::newRow("flagged by risk")
        << QVariantMap{} << QStringList{QStringLiteral("risk.verdict=flag")}
        << QStringList{risk, QStringLiteral("human_approval")};
}

void TestGates::eachGateOpensByItsRule()
{
    QFETCH(QVariantMap, metadata);
    QFETCH(QStringList, sim);
    QFETCH(QStringList, gates);
    Test::EngineFixture f;
    StartRequest r = f.request(sim);
    r.idea.metadata = metadata;
    const QString id = f.start(r);
    // Every gate but a critical one is approved with --approve-gates; a critical one waits.
    QVERIFY(f.runUntil([&] { return f.ended.contains(id) || f.waiting.contains(id); }));
    QStringList opened;
    for (const GateRecord &g : f.stateOf(id).gates) {
        opened.append(g.type);
        QCOMPARE(g.status, g.critical ? QStringLiteral("pending") : QStringLiteral("approved"));
        QVERIFY(!g.reason.isEmpty());
    }
    QCOMPARE(opened, gates);
}

void TestGates::decisionNeedsTheReviewerRole()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const QString gateId = f.stateOf(id).gates.first().id;
    QCOMPARE(f.stateOf(id).gates.first().reviewerRole, QStringLiteral("approver"));
    for (const QString &role : {QString(), QStringLiteral("viewer"), QStringLiteral("operator"),
                                QStringLiteral("root")}) {
        const QString outcome = f.command(id, QStringLiteral("decide"),
                                          decision(gateId, role, QStringLiteral("approved")),
                                          QStringLiteral("olga"), QStringLiteral("try"));
        QVERIFY2(outcome.startsWith(QStringLiteral("refused")), qPrintable(outcome));
    }
    f.settle();
    QCOMPARE(f.stateOf(id).gates.first().status, QStringLiteral("pending"));
    QCOMPARE(f.command(id, QStringLiteral("decide"),
                       decision(gateId, QStringLiteral("admin"), QStringLiteral("approved")),
                       QStringLiteral("ada"), QStringLiteral("fine")),
             QStringLiteral("done"));
    f.settle();
    const GateRecord g = f.stateOf(id).gates.first();
    QCOMPARE(g.status, QStringLiteral("approved"));
    QCOMPARE(g.reviewer, QStringLiteral("ada"));
}

void TestGates::criticalGateNeedsFourEyesAndSecondFactor()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request({QStringLiteral("risk.verdict=flag")}));
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    QVERIFY(f.waiting.value(id).contains(QStringLiteral("human_approval")));
    const ExecutionState waiting = f.stateOf(id);
    const GateRecord *human = gateOfType(waiting, u"human_approval");
    QVERIFY(human && human->critical);
    const QString gateId = human->id;
    // Whoever started the execution may not decide it, second factor or not, admin or not.
    QString outcome =
        f.command(id, QStringLiteral("decide"),
                  decision(gateId, QStringLiteral("admin"), QStringLiteral("approved"), true),
                  QStringLiteral("tester"), QStringLiteral("mine"));
    QVERIFY2(outcome.contains(QStringLiteral("started this execution")), qPrintable(outcome));
    // Someone else needs their second factor.
    outcome = f.command(id, QStringLiteral("decide"),
                        decision(gateId, QStringLiteral("approver"), QStringLiteral("approved")),
                        QStringLiteral("alice"), QStringLiteral("ok"));
    QVERIFY2(outcome.contains(QStringLiteral("TOTP")), qPrintable(outcome));
    QCOMPARE(
        f.command(id, QStringLiteral("decide"),
                  decision(gateId, QStringLiteral("approver"), QStringLiteral("approved"), true),
                  QStringLiteral("alice"), QStringLiteral("ok")),
        QStringLiteral("done"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Completed);
    QCOMPARE(gateOfType(s, u"human_approval")->reviewer, QStringLiteral("alice"));
    // The decision records the role and the second factor it was made with.
    bool recorded = false;
    for (const ExecutionEvent &e : f.eventsOf(id)) {
        if (e.type == EventType::GateDecided && e.data.value(QStringLiteral("gateId")) == gateId) {
            QCOMPARE(e.data.value(QStringLiteral("secondFactor")).toString(),
                     QStringLiteral("totp"));
            QCOMPARE(e.data.value(QStringLiteral("role")).toString(), QStringLiteral("approver"));
            recorded = true;
        }
    }
    QVERIFY(recorded);
}

void TestGates::approveGatesDecidesOnlyUpToTheStartersRole()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.requestedRole = QStringLiteral("operator"); // below risk_review's approver
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    QCOMPARE(f.stateOf(id).gates.first().status, QStringLiteral("pending"));
    QVERIFY(f.waiting.value(id).contains(QStringLiteral("risk_review")));

    StartRequest approver = f.request();
    approver.requestedRole = QStringLiteral("approver");
    const QString other = f.start(approver);
    QVERIFY(f.runUntil([&] { return f.ended.contains(other); }));
    QCOMPARE(f.stateOf(other).status, ExecutionStatus::Completed);
    QCOMPARE(f.stateOf(other).gates.first().reviewer, QStringLiteral("tester"));
}

void TestGates::timeoutRejects()
{
    Test::EngineFixture f;
    StartRequest r = f.request({}, withRiskTimeout("reject"));
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const GateRecord opened = f.stateOf(id).gates.first();
    QCOMPARE(opened.deadline, opened.openedAt.addSecs(3600));
    f.clock.advance(59min);
    f.settle();
    QVERIFY(!f.ended.contains(id));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }, 30s, 20));
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.status, ExecutionStatus::Failed);
    QCOMPARE(s.failureClass, QStringLiteral("GATE_EXPIRED"));
    QCOMPARE(s.gates.first().status, QStringLiteral("expired"));
    QCOMPARE(s.gates.first().reviewer, QStringLiteral("timeout"));
    QVERIFY(s.gates.first().decidedAt >= opened.deadline);
    QVERIFY(s.gates.first().decidedAt < opened.deadline.addSecs(60));
    // Once expired, no decision changes it.
    QVERIFY(f.command(id, QStringLiteral("decide"),
                      decision(opened.id, QStringLiteral("admin"), QStringLiteral("approved")),
                      QStringLiteral("ada"), QStringLiteral("late")) != u"done");
    f.settle();
    QCOMPARE(f.stateOf(id).gates.first().status, QStringLiteral("expired"));
}

void TestGates::timeoutApproves()
{
    Test::EngineFixture f;
    StartRequest r = f.request({}, withRiskTimeout("approve", "30m"));
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    f.waiting.clear();
    f.clock.advance(30min);
    // Approved by its timeout, the execution goes on to the deploy gate.
    QVERIFY(
        f.runUntil([&] { return f.waiting.value(id).contains(QStringLiteral("security_check")); }));
    const GateRecord g = f.stateOf(id).gates.first();
    QCOMPARE(g.status, QStringLiteral("approved"));
    QCOMPARE(g.reviewer, QStringLiteral("timeout"));
    QVERIFY(g.notes.contains(QStringLiteral("timeout")));
}

void TestGates::timeoutEscalatesThenExpires()
{
    Test::EngineFixture f;
    StartRequest r = f.request({}, withRiskTimeout("escalate"));
    r.options.approveGates = false;
    const QString id = f.start(r);
    QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
    const QString gateId = f.stateOf(id).gates.first().id;
    f.clock.advance(1h);
    f.settle();
    GateRecord g = f.stateOf(id).gates.first();
    QCOMPARE(g.status, QStringLiteral("pending"));
    QCOMPARE(g.reviewerRole, QStringLiteral("admin"));
    QCOMPARE(g.escalations, 1);
    QCOMPARE(g.deadline, f.clock.now().addSecs(3600));
    bool escalatedEvent = false;
    for (const ExecutionEvent &e : f.eventsOf(id)) {
        escalatedEvent |= e.type == EventType::GateEscalated &&
                          e.data.value(QStringLiteral("reason")).toString().contains(u"admin");
    }
    QVERIFY(escalatedEvent);
    // An approver may no longer decide it; it waits for an admin ...
    const QString outcome =
        f.command(id, QStringLiteral("decide"),
                  decision(gateId, QStringLiteral("approver"), QStringLiteral("approved")),
                  QStringLiteral("alice"), QStringLiteral("ok"));
    QVERIFY2(outcome.contains(QStringLiteral("admin")), qPrintable(outcome));
    // ... and when none comes, it expires.
    f.clock.advance(1h);
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }, 30s, 20));
    QCOMPARE(f.stateOf(id).gates.first().status, QStringLiteral("expired"));
    QCOMPARE(f.stateOf(id).failureClass, QStringLiteral("GATE_EXPIRED"));
}

void TestGates::decisionAndTimerSurviveARestart()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("conductor.db"));
    QString id;
    QString riskGate;
    QDateTime deadline;
    {
        Test::EngineFixture f(10, db);
        StartRequest r = f.request({}, withRiskTimeout("reject"));
        r.options.approveGates = false;
        id = f.start(r);
        QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
        riskGate = f.stateOf(id).gates.first().id;
        QCOMPARE(
            f.command(id, QStringLiteral("decide"),
                      decision(riskGate, QStringLiteral("approver"), QStringLiteral("approved")),
                      QStringLiteral("alice"), QStringLiteral("ok")),
            QStringLiteral("done"));
        QVERIFY(f.runUntil(
            [&] { return f.waiting.value(id).contains(QStringLiteral("security_check")); }));
        deadline = gateOfType(f.stateOf(id), u"security_check")->deadline;
        QVERIFY(deadline.isValid());
    } // the process stops; the execution waits at the deploy gate
    {
        // As after a crash: the lease runs out.
        StoreQueries queries(db);
        const std::optional<ExecutionSummary> summary = queries.execution(id);
        QVERIFY(summary && !summary->owner.isEmpty());
        QVERIFY(queries.expireLease(id, summary->owner));
    }
    Test::EngineFixture f(10, db);
    f.clock.advance(std::chrono::milliseconds(
        QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).msecsTo(deadline) - 1000));
    QSignalSpy takenOver(f.engine.get(), &Engine::takeOverDone);
    f.engine->takeOverUnfinished();
    QVERIFY(takenOver.wait(5000));
    QCOMPARE(takenOver.first().first().toStringList().join(u','), id);
    f.settle();
    // The decision made before the restart holds: a second one is a conflict.
    const QString again =
        f.command(id, QStringLiteral("decide"),
                  decision(riskGate, QStringLiteral("admin"), QStringLiteral("rejected")),
                  QStringLiteral("bob"), QStringLiteral("late"));
    QVERIFY2(again.startsWith(QStringLiteral("conflict")), qPrintable(again));
    QCOMPARE(f.stateOf(id).gates.first().status, QStringLiteral("approved"));
    // The deploy gate's timer was armed again from its stored deadline: the built-in
    // security_check rejects when nobody decides within 24 h.
    QVERIFY(!f.ended.contains(id));
    f.clock.advance(2s);
    f.settle();
    const ExecutionState after = f.stateOf(id);
    const GateRecord *deploy = gateOfType(after, u"security_check");
    QCOMPARE(deploy->status, QStringLiteral("expired"));
    QVERIFY(deploy->decidedAt >= deadline);
    QCOMPARE(after.status, ExecutionStatus::Failed);
    QCOMPARE(after.failureClass, QStringLiteral("GATE_EXPIRED"));
}

void TestGates::changeStrategyAndAgent()
{
    Test::EngineFixture f;
    // A failing stage with no retries left fails at its first attempt ...
    const QString failing = f.start(f.request({QStringLiteral("research.failureRate=1")}));
    QCOMPARE(f.command(failing, QStringLiteral("strategy"),
                       QJsonObject{{QStringLiteral("stage"), QStringLiteral("research")},
                                   {QStringLiteral("strategy"), QStringLiteral("none")}},
                       QStringLiteral("olga"), QStringLiteral("failing fast")),
             QStringLiteral("done"));
    // ... while another agent for it gets the execution through.
    const QString rescued = f.start(f.request({QStringLiteral("research.failureRate=1")}));
    QCOMPARE(
        f.command(rescued, QStringLiteral("agent"),
                  QJsonObject{{QStringLiteral("stage"), QStringLiteral("research")},
                              {QStringLiteral("agent"), QStringLiteral("feasibility_analyst")}},
                  QStringLiteral("olga"), QStringLiteral("the researcher is down")),
        QStringLiteral("done"));
    QVERIFY(f.runUntil([&] { return f.ended.contains(failing) && f.ended.contains(rescued); }));

    const ExecutionState s = f.stateOf(failing);
    QCOMPARE(s.status, ExecutionStatus::Failed);
    QCOMPARE(s.stages.value(QStringLiteral("research")).attempts, 1);
    QCOMPARE(s.strategyOverrides.value(QStringLiteral("research")), QStringLiteral("none"));
    QCOMPARE(s.interventions.size(), 1);
    QCOMPARE(s.interventions.first().kind, QStringLiteral("strategy"));
    QCOMPARE(s.interventions.first().by, QStringLiteral("olga"));
    const QJsonArray shown =
        s.toJson(f.clock.now()).value(QStringLiteral("interventions")).toArray();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("failing fast"));

    const ExecutionState r = f.stateOf(rescued);
    QCOMPARE(r.status, ExecutionStatus::Completed);
    QString researchAgent;
    for (const ExecutionEvent &e : f.eventsOf(rescued)) {
        if (e.type == EventType::AttemptStarted &&
            e.data.value(QStringLiteral("stage")) == QStringLiteral("research")) {
            researchAgent = e.data.value(QStringLiteral("agent")).toString();
        }
    }
    QCOMPARE(researchAgent, QStringLiteral("feasibility_analyst"));
    QCOMPARE(r.interventions.size(), 1);
    QCOMPARE(r.interventions.first().value, QStringLiteral("feasibility_analyst"));
}

void TestGates::strategyInterventionsAreRefusedWhenWrong()
{
    Test::EngineFixture f;
    const QString id = f.start(f.request());
    const auto change = [&](const QString &kind, const QString &stage, const QString &value) {
        return f.command(id, kind, QJsonObject{{QStringLiteral("stage"), stage}, {kind, value}},
                         QStringLiteral("olga"), QStringLiteral("why"));
    };
    QVERIFY(
        change(QStringLiteral("strategy"), QStringLiteral("research"), QStringLiteral("hopeful"))
            .contains(QStringLiteral("persistent")));
    QVERIFY(change(QStringLiteral("agent"), QStringLiteral("research"), QStringLiteral("nobody"))
                .contains(QStringLiteral("no agent 'nobody'")));
    QVERIFY(change(QStringLiteral("strategy"), QStringLiteral("nowhere"), QStringLiteral("none"))
                .contains(QStringLiteral("no stage")));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    QVERIFY(change(QStringLiteral("strategy"), QStringLiteral("research"), QStringLiteral("none"))
                .startsWith(QStringLiteral("refused")));
    QVERIFY(f.stateOf(id).interventions.isEmpty());
}

void TestGates::budgetOverrideIsRecorded()
{
    Test::EngineFixture f;
    StartRequest r = f.request();
    r.options.approveGates = false;
    const QString id = f.start(r);
    const auto override = [&](qint64 micros) {
        return f.command(id, QStringLiteral("budget"),
                         QJsonObject{{QStringLiteral("amountMicros"), micros}},
                         QStringLiteral("ada"), QStringLiteral("the market study grew"));
    };
    QVERIFY(override(0).startsWith(QStringLiteral("refused")));
    QVERIFY(override(-5).startsWith(QStringLiteral("refused")));
    QCOMPARE(override(25'000'000), QStringLiteral("done"));
    QCOMPARE(override(5'500'000), QStringLiteral("done"));
    f.settle();
    const ExecutionState s = f.stateOf(id);
    QCOMPARE(s.budgetOverride.micros, 30'500'000);
    QCOMPARE(s.interventions.size(), 2);
    QCOMPARE(s.interventions.first().kind, QStringLiteral("budget"));
    QCOMPARE(s.interventions.first().by, QStringLiteral("ada"));
    QCOMPARE(s.toJson(f.clock.now()).value(QStringLiteral("budgetOverrideUSD")).toDouble(), 30.5);
}

QTEST_GUILESS_MAIN(TestGates)
#include "tst_gates.moc"
