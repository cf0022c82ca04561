// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The key metrics on a fabricated history with answers worked out by hand (see
// metricshistory.h): executions ended inside, outside and on the edges of the window,
// known durations, gates approved at once or after a rejection or expired, failed
// attempts recovered or not, per stage and per agent; the same history through the last
// hour and the last 7 days; an empty window; what runs now.

#include "metricshistory.h"
#include "store/keymetrics.h"
#include "store/storequeries.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;

namespace {

const KeyMetrics::Breakdown *find(const QList<KeyMetrics::Breakdown> &list, const QString &name)
{
    for (const KeyMetrics::Breakdown &b : list) {
        if (b.name == name) {
            return &b;
        }
    }
    return nullptr;
}

// Rates and times computed in doubles, compared to what a person computes.
bool near(std::optional<double> value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestKeyMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nearestRank_data();
    void nearestRank();
    void countsExecutionsByTheirEnd();
    void timesAndEfficiency();
    void gateFirstApprovals();
    void recoveriesPerStageAndAgent();
    void lastHourAndLastWeek();
    void emptyWindowHasNoRates();
    void countsWhatRunsNow();
    void readsThroughStoreQueries();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    KeyMetrics m_day;
};

void TestKeyMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("metrics.db"));
    m_db = std::make_unique<Database>(m_path, u"test");
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    Test::MetricsHistory history(*m_db, m_t);
    QVERIFY2(history.write(), qPrintable(history.error()));
    m_day = readKeyMetrics(*m_db, m_t.addDays(-1), m_t);
    QVERIFY2(m_day.ok, qPrintable(m_day.error));
}

void TestKeyMetrics::nearestRank_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("expected");
    const QList<double> ten{10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    QTest::newRow("p50 of ten") << ten << 0.5 << 50.0;
    QTest::newRow("p95 of ten") << ten << 0.95 << 100.0;
    QTest::newRow("p90 of ten") << ten << 0.9 << 90.0;
    QTest::newRow("p50 of one") << QList<double>{7} << 0.5 << 7.0;
    QTest::newRow("p50 of three") << QList<double>{1, 2, 3} << 0.5 << 2.0;
    QTest::newRow("none") << QList<double>{} << 0.5 << 0.0;
}

void TestKeyMetrics::nearestRank()
{
    QFETCH(QList<double>, values);
    QFETCH(double, p);
    QFETCH(double, expected);
    QCOMPARE(Conductor::nearestRank(values, p), expected);
}

void TestKeyMetrics::countsExecutionsByTheirEnd()
{
    QCOMPARE(m_day.from, m_t.addDays(-1));
    QCOMPARE(m_day.to, m_t);
    // e01..e07 and e10 (at from); not e11 (at to), e12 (before), e14 (ended again later).
    QCOMPARE(m_day.completed, 8);
    QCOMPARE(m_day.failed, 2);
    QCOMPARE(m_day.cancelled, 1);
    QVERIFY(near(m_day.successRate, 0.8));
}

void TestKeyMetrics::timesAndEfficiency()
{
    QVERIFY(near(m_day.meanSeconds, 55.0));
    QVERIFY(near(m_day.p50Seconds, 50.0));
    QVERIFY(near(m_day.p95Seconds, 100.0));
    QCOMPARE(m_day.completedTokens, 36'000);
    QCOMPARE(m_day.completedCost, Money::fromMicros(3'600'000));
    QVERIFY(near(m_day.tokensPerCompleted, 4500.0));
    QCOMPARE(m_day.costPerCompleted, std::optional<Money>(Money::fromMicros(450'000)));
}

void TestKeyMetrics::gateFirstApprovals()
{
    QCOMPARE(m_day.gateGroupsDecided, 5);
    QCOMPARE(m_day.gateGroupsFirstApproved, 2);
    QVERIFY(near(m_day.firstApprovalRate, 0.4));
}

void TestKeyMetrics::recoveriesPerStageAndAgent()
{
    QCOMPARE(m_day.failedAttempts, 5);
    QCOMPARE(m_day.recoveredAttempts, 3);
    QVERIFY(near(m_day.recoveryRate, 0.6));

    QCOMPARE(m_day.stages.size(), 3);
    QCOMPARE(m_day.stages.at(0).name, QStringLiteral("apis")); // sorted by name
    const KeyMetrics::Breakdown *research = find(m_day.stages, QStringLiteral("research"));
    QVERIFY(research);
    QCOMPARE(research->attempts, 6);
    QCOMPARE(research->failed, 4);
    QCOMPARE(research->recovered, 3);
    QCOMPARE(research->succeeded, 2);
    QVERIFY(near(research->recoveryRate, 0.75));
    QVERIFY(near(research->meanSuccessSeconds, 3.0));
    QCOMPARE(research->tokens, 1300);
    QCOMPARE(research->cost, Money::fromMicros(39'000));

    const KeyMetrics::Breakdown *ux = find(m_day.stages, QStringLiteral("ux"));
    QVERIFY(ux);
    QCOMPARE(ux->attempts, 3);
    QCOMPARE(ux->failed, 1);
    QCOMPARE(ux->recovered, 0);
    QCOMPARE(ux->succeeded, 1); // one failed, one interrupted
    QVERIFY(near(ux->recoveryRate, 0.0));
    QVERIFY(near(ux->meanSuccessSeconds, 6.0));
    QCOMPARE(ux->tokens, 1800);
    QCOMPARE(ux->cost, Money::fromMicros(54'000));

    const KeyMetrics::Breakdown *apis = find(m_day.stages, QStringLiteral("apis"));
    QVERIFY(apis);
    QCOMPARE(apis->attempts, 1);
    QCOMPARE(apis->failed, 0);
    QVERIFY(!apis->recoveryRate); // nothing failed: no rate, not 0
    QVERIFY(near(apis->meanSuccessSeconds, 8.0));

    QCOMPARE(m_day.agents.size(), 2);
    const KeyMetrics::Breakdown *researcher = find(m_day.agents, QStringLiteral("researcher"));
    QVERIFY(researcher);
    QCOMPARE(researcher->attempts, 7);
    QCOMPARE(researcher->failed, 4);
    QCOMPARE(researcher->recovered, 3);
    QCOMPARE(researcher->succeeded, 3);
    QVERIFY(near(researcher->meanSuccessSeconds, 14.0 / 3.0));
    QCOMPARE(researcher->tokens, 2300);
    QCOMPARE(researcher->cost, Money::fromMicros(69'000));
    const KeyMetrics::Breakdown *designer = find(m_day.agents, QStringLiteral("designer"));
    QVERIFY(designer);
    QCOMPARE(designer->attempts, 3);
    QCOMPARE(designer->failed, 1);
    QCOMPARE(designer->tokens, 1800);
}

void TestKeyMetrics::lastHourAndLastWeek()
{
    // The last hour: e07 alone, and its one attempt.
    const KeyMetrics hour = readKeyMetrics(*m_db, m_t.addSecs(-3600), m_t);
    QVERIFY(hour.ok);
    QCOMPARE(hour.completed, 1);
    QCOMPARE(hour.failed, 0);
    QVERIFY(near(hour.successRate, 1.0));
    QVERIFY(near(hour.meanSeconds, 70.0));
    QCOMPARE(hour.gateGroupsDecided, 0);
    QVERIFY(!hour.firstApprovalRate);
    QCOMPARE(hour.failedAttempts, 0);
    QVERIFY(!hour.recoveryRate);
    QCOMPARE(hour.stages.size(), 1);
    QCOMPARE(hour.stages.at(0).name, QStringLiteral("apis"));

    // The last 7 days add e12 (200 s) and its attempt, and e04's first rejection, which
    // belongs to a group already counted.
    const KeyMetrics week = readKeyMetrics(*m_db, m_t.addDays(-7), m_t);
    QVERIFY(week.ok);
    QCOMPARE(week.completed, 9);
    QCOMPARE(week.failed, 2);
    QVERIFY(near(week.successRate, 9.0 / 11.0));
    QVERIFY(near(week.meanSeconds, 750.0 / 11.0));
    QVERIFY(near(week.p50Seconds, 60.0));
    QVERIFY(near(week.p95Seconds, 200.0));
    QCOMPARE(week.gateGroupsDecided, 5);
    QCOMPARE(week.gateGroupsFirstApproved, 2);
    const KeyMetrics::Breakdown *apis = find(week.stages, QStringLiteral("apis"));
    QVERIFY(apis);
    QCOMPARE(apis->attempts, 2);
    QVERIFY(near(apis->meanSuccessSeconds, 8.5));

    // The day after: e11 (at T) and e14 (its last end) complete, e05's gate is decided.
    const KeyMetrics after = readKeyMetrics(*m_db, m_t, m_t.addDays(1));
    QVERIFY(after.ok);
    QCOMPARE(after.completed, 2);
    QCOMPARE(after.failed, 0);
    QCOMPARE(after.gateGroupsDecided, 1);
    QCOMPARE(after.gateGroupsFirstApproved, 1);
}

void TestKeyMetrics::emptyWindowHasNoRates()
{
    const KeyMetrics none = readKeyMetrics(*m_db, m_t.addYears(-2), m_t.addYears(-1));
    QVERIFY(none.ok);
    QCOMPARE(none.completed + none.failed + none.cancelled, 0);
    QVERIFY(!none.successRate);
    QVERIFY(!none.meanSeconds);
    QVERIFY(!none.p95Seconds);
    QVERIFY(!none.tokensPerCompleted);
    QVERIFY(!none.costPerCompleted);
    QVERIFY(!none.firstApprovalRate);
    QVERIFY(!none.recoveryRate);
    QVERIFY(none.stages.isEmpty());
    QVERIFY(none.agents.isEmpty());
}

void TestKeyMetrics::countsWhatRunsNow()
{
    const ActiveExecutions active = readActiveExecutions(*m_db);
    QVERIFY(active.ok);
    QCOMPARE(active.running, 1);
    QCOMPARE(active.waitingAtGate, 1);
    QCOMPARE(active.paused, 1);
    QCOMPARE(active.queued, 1);
}

void TestKeyMetrics::readsThroughStoreQueries()
{
    const StoreQueries queries(m_path);
    QVERIFY(queries.isOpen());
    const KeyMetrics m = queries.keyMetrics(m_t.addDays(-1), m_t);
    QVERIFY(m.ok);
    QCOMPARE(m.completed, m_day.completed);
    QCOMPARE(m.failedAttempts, m_day.failedAttempts);
    QCOMPARE(queries.activeExecutions().queued, 1);
}

QTEST_GUILESS_MAIN(TestKeyMetrics)
#include "tst_keymetrics.moc"
