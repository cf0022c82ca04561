// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// ResourceUsage against figures worked out by hand: an execution rebuilt from a made-up
// history (holds reserved, posted with an overrun, voided; a grant; a gate wait the clock
// does not count; a stage still to run) and a budget day from its ledger rows, in a zone
// whose midnight is not UTC's and on the day its clocks go forward. The JSON carries the
// design document's keys.

#include "config/configuration.h"
#include "engine/executionstate.h"
#include "engine/resourceusage.h"
#include "store/storetypes.h"

#include <QJsonArray>
#include <QtTest/QTest>

using namespace Conductor;

namespace {

const QDateTime kT0(QDate(2026, 3, 14), QTime(10, 0), Qt::UTC);

// Budgets small enough to add up by hand.
Configuration budgets()
{
    Configuration c;
    c.budgets.tokens.daily = 10'000;
    c.budgets.tokens.perPipeline = 10'000;
    c.budgets.tokens.emergency = 1'000;
    c.budgets.time.maxPipelineMinutes = 15;
    c.orchestration.defaultTimeout = std::chrono::seconds(900);
    c.budgets.cost.dailyBudget = Money::fromMicros(10'000'000);
    c.budgets.cost.alertThreshold = Money::fromMicros(8'000'000);
    c.budgets.timeZone = QStringLiteral("Europe/Berlin");
    return c;
}

class History final
{
public:
    void add(int second, QLatin1String type, const QJsonObject &data)
    {
        ExecutionEvent e;
        e.executionId = QStringLiteral("exec_t");
        e.seq = ++m_seq;
        e.type = type;
        e.data = data;
        e.time = kT0.addSecs(second);
        m_state.apply(e);
    }
    void reserve(int second, const char *key, const char *stage, const char *agent, qint64 tokens,
                 qint64 micros, qint64 emergency = 0, qint64 overrideMicros = 0)
    {
        add(second, EventType::BudgetReserved,
            {{QStringLiteral("reservation"), QLatin1String(key)},
             {QStringLiteral("stage"), QLatin1String(stage)},
             {QStringLiteral("agent"), QLatin1String(agent)},
             {QStringLiteral("day"), QStringLiteral("2026-03-14")},
             {QStringLiteral("tokens"), tokens},
             {QStringLiteral("costMicros"), micros},
             {QStringLiteral("emergencyTokens"), emergency},
             {QStringLiteral("overrideMicros"), overrideMicros}});
    }
    void post(int second, const char *key, const char *stage, qint64 tokens, qint64 micros,
              qint64 durationMs)
    {
        add(second, EventType::BudgetPosted,
            {{QStringLiteral("reservation"), QLatin1String(key)},
             {QStringLiteral("stage"), QLatin1String(stage)},
             {QStringLiteral("usedTokens"), tokens},
             {QStringLiteral("usedCostMicros"), micros},
             {QStringLiteral("durationMs"), durationMs}});
    }
    void attempt(int second, const char *stage, int attempt, const char *key)
    {
        add(second, EventType::AttemptStarted,
            {{QStringLiteral("stage"), QLatin1String(stage)},
             {QStringLiteral("attempt"), attempt},
             {QStringLiteral("idempotencyKey"), QLatin1String(key)}});
    }
    [[nodiscard]] const ExecutionState &state() const { return m_state; }

private:
    ExecutionState m_state;
    qint64 m_seq = 0;
};

QJsonObject estimateOf(const char *agent, qint64 tokens, qint64 micros)
{
    return {{QStringLiteral("agent"), QLatin1String(agent)},
            {QStringLiteral("tokens"), tokens},
            {QStringLiteral("costMicros"), micros},
            {QStringLiteral("source"), QStringLiteral("pipeline")}};
}

// research ran twice (the second attempt used 100 tokens more than it held), design runs
// now on a hold partly drawn on a grant, build waits (its first hold was voided).
History runningExecution(const QJsonObject &options)
{
    History h;
    h.add(
        0, EventType::Created,
        {{QStringLiteral("pipelineId"), QStringLiteral("p")},
         {QStringLiteral("stages"), QJsonArray{QStringLiteral("research"), QStringLiteral("design"),
                                               QStringLiteral("build")}},
         {QStringLiteral("options"), options},
         {QStringLiteral("ledger"), true},
         {QStringLiteral("estimate"),
          QJsonObject{
              {QStringLiteral("tokens"), 3000},
              {QStringLiteral("costMicros"), 3'000'000},
              {QStringLiteral("stages"),
               QJsonObject{{QStringLiteral("research"), estimateOf("analyst", 1000, 1'000'000)},
                           {QStringLiteral("design"), estimateOf("designer", 1200, 1'500'000)},
                           {QStringLiteral("build"), estimateOf("builder", 800, 500'000)}}}}}});
    h.add(1, EventType::Started, {{QStringLiteral("owner"), QStringLiteral("me")}});
    h.reserve(2, "r1", "research", "analyst", 1000, 1'000'000);
    h.attempt(2, "research", 1, "r1");
    h.add(4, EventType::AttemptFailed,
          {{QStringLiteral("stage"), QStringLiteral("research")},
           {QStringLiteral("attempt"), 1},
           {QStringLiteral("errorClass"), QStringLiteral("TIMEOUT")},
           {QStringLiteral("retryable"), true},
           {QStringLiteral("tokens"), 300},
           {QStringLiteral("costMicros"), 250'000}});
    h.post(4, "r1", "research", 300, 250'000, 2000);
    h.add(4, EventType::RetryScheduled,
          {{QStringLiteral("stage"), QStringLiteral("research")},
           {QStringLiteral("attempt"), 2},
           {QStringLiteral("delayMs"), 1000}});
    h.reserve(5, "r2", "research", "analyst", 1000, 1'000'000);
    h.attempt(5, "research", 2, "r2");
    h.add(9, EventType::AttemptSucceeded,
          {{QStringLiteral("stage"), QStringLiteral("research")},
           {QStringLiteral("attempt"), 2},
           {QStringLiteral("tokens"), 1100},
           {QStringLiteral("costMicros"), 800'000},
           {QStringLiteral("durationMs"), 4000},
           {QStringLiteral("verdict"), QStringLiteral("pass")}});
    h.post(9, "r2", "research", 1100, 800'000, 4000);
    h.add(9, EventType::StageCompleted, {{QStringLiteral("stage"), QStringLiteral("research")}});
    // Ten seconds waiting on a gate: not running time.
    h.add(11, EventType::GateOpened,
          {{QStringLiteral("gateId"), QStringLiteral("g1")},
           {QStringLiteral("gateType"), QStringLiteral("risk_review")}});
    h.add(21, EventType::GateDecided,
          {{QStringLiteral("gateId"), QStringLiteral("g1")},
           {QStringLiteral("decision"), QStringLiteral("approved")}});
    h.add(22, EventType::BudgetOverridden,
          {{QStringLiteral("amountMicros"), 2'000'000},
           {QStringLiteral("tokens"), 500},
           {QStringLiteral("by"), QStringLiteral("boss")},
           {QStringLiteral("reason"), QStringLiteral("worth it")}});
    h.reserve(23, "r3", "design", "designer", 1200, 1'500'000, 200, 300'000);
    h.attempt(23, "design", 1, "r3");
    h.reserve(24, "r4", "build", "builder", 800, 500'000);
    h.add(24, EventType::BudgetVoided,
          {{QStringLiteral("reservation"), QStringLiteral("r4")},
           {QStringLiteral("stage"), QStringLiteral("build")}});
    return h;
}

QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

class TestResourceUsage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runningExecution();
    void endedExecutionWithoutMaxCost();
    void day();
    void dayTimes_data();
    void dayTimes();
};

void TestResourceUsage::runningExecution()
{
    const History h = ::runningExecution(
        {{QStringLiteral("maxCostMicros"), 5'000'000}, {QStringLiteral("timeout"), 600}});
    const QDateTime now = kT0.addSecs(31);
    const ResourceUsage u = ResourceUsage::forExecution(h.state(), budgets(), now);

    // Tokens: posted 300 + 1100 (100 of them beyond the hold); held: design's 1200, of
    // which 200 from the grant; budget: 10000 per pipeline + 500 granted.
    QCOMPARE(u.tokens.budget, 10'500);
    QCOMPARE(u.tokens.used, 1400);
    QCOMPARE(u.tokens.held, 1200);
    QCOMPARE(u.tokens.remaining, 10'500 - 1400 - 1200);
    QCOMPARE(u.tokens.overrun, 100);
    QCOMPARE(u.tokens.emergencyGranted, 500);
    QCOMPARE(u.tokens.emergencyUsed, 200);
    QCOMPARE(u.tokens.byAgent, (QMap<QString, qint64>{{QStringLiteral("analyst"), 1400}}));
    // build has not started: its estimate counts; research is done and design is held.
    QCOMPARE(u.tokens.estimated, 1400 + 1200 + 800);

    // Dollars: $5 maxCost + $2 granted; posted 0.25 + 0.80; held 1.50.
    QCOMPARE(u.cost.budgetSource, QStringLiteral("maxCost"));
    QCOMPARE(u.cost.budget.micros, 7'000'000);
    QCOMPARE(u.cost.accrued.micros, 1'050'000);
    QCOMPARE(u.cost.held.micros, 1'500'000);
    QCOMPARE(u.cost.remaining.micros, 7'000'000 - 1'050'000 - 1'500'000);
    QCOMPARE(u.cost.estimated.micros, 1'050'000 + 1'500'000 + 500'000);
    QCOMPARE(u.cost.override.micros, 300'000);
    QCOMPARE(u.cost.overrideGranted.micros, 2'000'000);
    QCOMPARE(u.cost.overrun.micros, 0);
    QCOMPARE(u.cost.byAgent.value(QStringLiteral("analyst")).micros, 1'050'000);

    // Running from 0:01 to 0:31 less the ten seconds on the gate; the limit is the
    // timeout (600 s), under the 15 minutes of maxPipelineMinutes.
    QCOMPARE(u.time.started, kT0);
    QCOMPARE(u.time.elapsedMs, 20'000);
    QCOMPARE(u.time.limitMs, 600'000);
    QCOMPARE(u.time.remainingMs, 580'000);
    QCOMPARE(u.time.byStage, (QMap<QString, qint64>{{QStringLiteral("research"), 4000},
                                                    {QStringLiteral("design"), 0}}));

    QCOMPARE(u.cost.breakdown.size(), 2);
    const ResourceUsage::CostLine &first = u.cost.breakdown.at(0);
    QCOMPARE(first.stage, QStringLiteral("research"));
    QCOMPARE(first.agent, QStringLiteral("analyst"));
    QCOMPARE(first.tokens, 1400);
    QCOMPARE(first.cost.micros, 1'050'000);
    QCOMPARE(first.attempts, 2);
    QCOMPARE(first.heldTokens, 0);
    const ResourceUsage::CostLine &second = u.cost.breakdown.at(1);
    QCOMPARE(second.stage, QStringLiteral("design"));
    QCOMPARE(second.agent, QStringLiteral("designer"));
    QCOMPARE(second.attempts, 1);
    QCOMPARE(second.heldTokens, 1200);
    QCOMPARE(second.heldCost.micros, 1'500'000);

    // The design document's keys, in its units (seconds, dollars).
    const QJsonObject json = u.toJson();
    const QJsonObject tokens = object(json, "tokens");
    QCOMPARE(tokens.value(QStringLiteral("budget")).toInteger(), 10'500);
    QCOMPARE(tokens.value(QStringLiteral("used")).toInteger(), 1400);
    QCOMPARE(tokens.value(QStringLiteral("remaining")).toInteger(), 7900);
    QCOMPARE(object(tokens, "byAgent").value(QStringLiteral("analyst")).toInteger(), 1400);
    const QJsonObject time = object(json, "time");
    QCOMPARE(time.value(QStringLiteral("started")).toString(),
             QStringLiteral("2026-03-14T10:00:00.000Z"));
    QCOMPARE(time.value(QStringLiteral("elapsed")).toDouble(), 20.0);
    QCOMPARE(time.value(QStringLiteral("remaining")).toDouble(), 580.0);
    QCOMPARE(object(time, "byStage").value(QStringLiteral("research")).toDouble(), 4.0);
    const QJsonObject cost = object(json, "cost");
    QCOMPARE(cost.value(QStringLiteral("budgetUSD")).toDouble(), 7.0);
    QCOMPARE(cost.value(QStringLiteral("accruedUSD")).toDouble(), 1.05);
    QCOMPARE(cost.value(QStringLiteral("estimatedUSD")).toDouble(), 3.05);
    const QJsonObject line = cost.value(QStringLiteral("breakdown")).toArray().at(0).toObject();
    QCOMPARE(line.value(QStringLiteral("stage")).toString(), QStringLiteral("research"));
    QCOMPARE(line.value(QStringLiteral("agent")).toString(), QStringLiteral("analyst"));
    QCOMPARE(line.value(QStringLiteral("tokens")).toInteger(), 1400);
    QCOMPARE(line.value(QStringLiteral("usd")).toDouble(), 1.05);
    QCOMPARE(line.value(QStringLiteral("attempts")).toInt(), 2);
}

void TestResourceUsage::endedExecutionWithoutMaxCost()
{
    History h = ::runningExecution({});
    h.add(30, EventType::BudgetVoided,
          {{QStringLiteral("reservation"), QStringLiteral("r3")},
           {QStringLiteral("stage"), QStringLiteral("design")}});
    h.add(31, EventType::Cancelled,
          {{QStringLiteral("by"), QStringLiteral("me")},
           {QStringLiteral("reason"), QStringLiteral("enough")}});
    // Long after: the clock stopped when it was cancelled.
    const ResourceUsage u = ResourceUsage::forExecution(h.state(), budgets(), kT0.addSecs(3600));

    QCOMPARE(u.tokens.held, 0);
    QCOMPARE(u.tokens.emergencyUsed, 0);
    QCOMPARE(u.tokens.remaining, 10'500 - 1400);
    // Nothing more will run: what it is expected to use is what it used.
    QCOMPARE(u.tokens.estimated, 1400);
    QCOMPARE(u.cost.estimated.micros, 1'050'000);
    // Without maxCost the day's dollars bound it.
    QCOMPARE(u.cost.budgetSource, QStringLiteral("daily"));
    QCOMPARE(u.cost.budget.micros, 10'000'000);
    QCOMPARE(u.cost.remaining.micros, 10'000'000 - 1'050'000);
    // 0:01 to 0:31 less the gate's ten seconds; the limit is the default timeout.
    QCOMPARE(u.time.elapsedMs, 20'000);
    QCOMPARE(u.time.limitMs, 900'000);
    QCOMPARE(u.time.remainingMs, 880'000);
}

void TestResourceUsage::day()
{
    DayUsage d;
    Ledger::DayAccount &a = d.account;
    a.day = QStringLiteral("2026-03-14");
    a.tokensPosted = 5000; // overruns included
    a.tokensPending = 1200;
    a.emergencyPosted = 200;
    a.emergencyPending = 50;
    a.costPosted = Money::fromMicros(4'000'000);
    a.costPending = Money::fromMicros(500'000);
    a.overridePosted = Money::fromMicros(100'000);
    a.overrunTokens = 30;
    a.overrunCost = Money::fromMicros(10'000);
    // The holds, per stage and agent, adding up to the account.
    d.lines = {
        {QStringLiteral("build"), QStringLiteral("analyst"), 0, 0, Money(), 0, 1, 200, Money()},
        {QStringLiteral("design"), QStringLiteral("designer"), 1, 2200,
         Money::fromMicros(1'600'000), 3000, 1, 1050, Money::fromMicros(500'000)},
        {QStringLiteral("research"), QStringLiteral("analyst"), 2, 3000,
         Money::fromMicros(2'500'000), 6000, 0, 0, Money()},
    };
    d.executions = 3;
    // Berlin is at UTC+1 in mid-March: the day runs from 23:00 UTC the evening before.
    const QDateTime now(QDate(2026, 3, 14), QTime(11, 30), Qt::UTC);
    const ResourceUsage u = ResourceUsage::forDay(d, budgets(), now);

    QCOMPARE(u.tokens.budget, 10'000);
    QCOMPARE(u.tokens.used, 5200);
    QCOMPARE(u.tokens.held, 1250);
    QCOMPARE(u.tokens.remaining, 10'000 - 5000 - 1200);
    QCOMPARE(u.tokens.emergencyReserve, 1000);
    QCOMPARE(u.tokens.emergencyUsed, 250);
    QCOMPARE(u.tokens.overrun, 30);
    QCOMPARE(u.tokens.byAgent, (QMap<QString, qint64>{{QStringLiteral("analyst"), 3000},
                                                      {QStringLiteral("designer"), 2200}}));

    QCOMPARE(u.cost.budget.micros, 10'000'000);
    QCOMPARE(u.cost.accrued.micros, 4'100'000);
    QCOMPARE(u.cost.held.micros, 500'000);
    QCOMPARE(u.cost.estimated.micros, 4'600'000);
    QCOMPARE(u.cost.remaining.micros, 10'000'000 - 4'000'000 - 500'000);
    QCOMPARE(u.cost.override.micros, 100'000);
    QCOMPARE(u.cost.overrun.micros, 10'000);
    QCOMPARE(u.cost.alertThreshold.micros, 8'000'000);

    QCOMPARE(u.time.started, QDateTime(QDate(2026, 3, 13), QTime(23, 0), Qt::UTC));
    QCOMPARE(u.time.elapsedMs, qint64(12 * 3600 + 30 * 60) * 1000);
    QCOMPARE(u.time.remainingMs, qint64(11 * 3600 + 30 * 60) * 1000);
    QCOMPARE(u.time.byStage, (QMap<QString, qint64>{{QStringLiteral("design"), 3000},
                                                    {QStringLiteral("research"), 6000}}));

    QCOMPARE(u.cost.breakdown.size(), 3);
    QCOMPARE(u.cost.breakdown.at(0).stage, QStringLiteral("research"));
    QCOMPARE(u.cost.breakdown.at(0).attempts, 2);
    QCOMPARE(u.cost.breakdown.at(1).stage, QStringLiteral("design"));
    QCOMPARE(u.cost.breakdown.at(1).heldTokens, 1050);
    QCOMPARE(u.cost.breakdown.at(2).stage, QStringLiteral("build"));
    QCOMPARE(u.cost.breakdown.at(2).attempts, 0);
    QCOMPARE(u.cost.breakdown.at(2).heldTokens, 200);

    const QJsonObject json = u.toJson();
    const QJsonObject tokens = object(json, "tokens");
    QCOMPARE(tokens.value(QStringLiteral("emergency")).toInteger(), 1000);
    QCOMPARE(tokens.value(QStringLiteral("emergencyRemaining")).toInteger(), 750);
    QCOMPARE(object(json, "time").value(QStringLiteral("started")).toString(),
             QStringLiteral("2026-03-13T23:00:00.000Z"));
    QCOMPARE(object(json, "time").value(QStringLiteral("elapsed")).toDouble(), 45000.0);
    const QJsonObject cost = object(json, "cost");
    QCOMPARE(cost.value(QStringLiteral("alertThresholdUSD")).toDouble(), 8.0);
    QVERIFY(cost.value(QStringLiteral("alertRaisedAt")).isNull());
    QCOMPARE(cost.value(QStringLiteral("heldUSD")).toDouble(), 0.5);
    QCOMPARE(cost.value(QStringLiteral("accruedUSD")).toDouble(), 4.1);
}

void TestResourceUsage::dayTimes_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("started");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<qint64>("remainingMs");
    const auto utc = [](int month, int dayOfMonth, int hour) {
        return QDateTime(QDate(2026, month, dayOfMonth), QTime(hour, 0), Qt::UTC);
    };
    constexpr qint64 hour = 3'600'000;
    // Clocks go forward at 02:00 on 29 March: a day of 23 hours, from 23:00 to 22:00 UTC.
    QTest::newRow("spring forward")
        << QDate(2026, 3, 29) << utc(3, 29, 12) << utc(3, 28, 23) << 13 * hour << 10 * hour;
    // Summer time, UTC+2.
    QTest::newRow("summer") << QDate(2026, 7, 1) << utc(7, 1, 0) << utc(6, 30, 22) << 2 * hour
                            << 22 * hour;
    QTest::newRow("a day past") << QDate(2026, 3, 14) << utc(3, 20, 0) << utc(3, 13, 23)
                                << 24 * hour << qint64(0);
    QTest::newRow("a day to come")
        << QDate(2026, 3, 14) << utc(3, 1, 0) << utc(3, 13, 23) << qint64(0) << 24 * hour;
}

void TestResourceUsage::dayTimes()
{
    QFETCH(QDate, day);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, started);
    QFETCH(qint64, elapsedMs);
    QFETCH(qint64, remainingMs);
    DayUsage d;
    d.account.day = day.toString(Qt::ISODate);
    const ResourceUsage u = ResourceUsage::forDay(d, budgets(), now);
    QCOMPARE(u.time.started, started);
    QCOMPARE(u.time.elapsedMs, elapsedMs);
    QCOMPARE(u.time.remainingMs, remainingMs);
    QCOMPARE(u.tokens.remaining, 10'000);
    QCOMPARE(u.cost.breakdown.size(), 0);
}

QTEST_GUILESS_MAIN(TestResourceUsage)
#include "tst_resourceusage.moc"
