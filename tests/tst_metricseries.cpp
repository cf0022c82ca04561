// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Metrics over time in the database: samples with known values come back per bucket with
// their minimum, maximum, mean and last value, only for the metric and subject asked and
// only inside the window; 30 days of 30-second samples come back as 800 buckets whose
// figures are checked one by one; no width gives more buckets than asked; a second process's
// sample of the same check merges instead of adding a row; pruning removes exactly the
// samples older than the cut; and a database left by the previous schema gains the table.

#include "store/database.h"
#include "store/metricseries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kT = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
const qint64 kMs = kT.toMSecsSinceEpoch();

qint64 rowCount(Database &db, const QString &where = {})
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM metric_samples"_s +
                (where.isEmpty() ? QString() : u" WHERE "_s + where)) ||
        !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestMetricSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bucketsWithKnownValues();
    void thirtyDaysDecimated();
    void neverMoreThanTheWidth();
    void mergesAnotherProcessesSample();
    void prunesExactlyTheOldRows();
    void migratesAnOlderDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMetricSeries::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"series.db"_s), u"test");
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
}

void TestMetricSeries::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestMetricSeries::bucketsWithKnownValues()
{
    MetricSeries series(*m_db);
    const auto at = [](double seconds) { return kMs + static_cast<qint64>(seconds * 1000.0); };
    const QList<MetricPoint> points{
        {u"daily_cost"_s, {}, at(-0.001), 100}, // before the window
        {u"daily_cost"_s, {}, at(0), 1},           {u"daily_cost"_s, {}, at(10), 5},
        {u"daily_cost"_s, {}, at(24.999), 3},      {u"daily_cost"_s, {}, at(25), 7},
        {u"daily_cost"_s, {}, at(80), 4},          {u"daily_cost"_s, {}, at(99.999), 2},
        {u"daily_cost"_s, {}, at(100), 100},       // the window's end is not in it
        {u"daily_cost"_s, u"e1"_s, at(10), 100},   // another subject
        {u"execution_time"_s, {}, at(10), 100},    // another metric
        {u"execution_time"_s, u"e1"_s, at(30), 9}, // a subject's own series
    };
    const auto appended = series.append(points);
    QVERIFY2(appended, qPrintable(series.error()));
    QCOMPARE(appended->inserted, points.size());
    QCOMPARE(appended->merged, 0);

    const MetricSeriesData s = series.query(u"daily_cost"_s, {}, kT, kT.addSecs(100), /*width=*/4);
    QVERIFY2(s.ok, qPrintable(series.error()));
    QCOMPARE(s.bucketMs, 25'000);
    QCOMPARE(s.fromMs, kMs);
    // The third bucket [50 s, 75 s) has no sample and no point.
    QCOMPARE(s.buckets.size(), 3);
    const MetricBucket &b0 = s.buckets.at(0);
    QCOMPARE(b0.startMs, kMs);
    QCOMPARE(b0.count, 3);
    QCOMPARE(b0.min, 1.0);
    QCOMPARE(b0.max, 5.0);
    QCOMPARE(b0.mean, 3.0);
    QCOMPARE(b0.last, 3.0);
    QCOMPARE(b0.lastMs, at(24.999));
    const MetricBucket &b1 = s.buckets.at(1);
    QCOMPARE(b1.startMs, at(25));
    QCOMPARE(b1.count, 1);
    QCOMPARE(b1.min, 7.0);
    QCOMPARE(b1.last, 7.0);
    const MetricBucket &b3 = s.buckets.at(2);
    QCOMPARE(b3.startMs, at(75));
    QCOMPARE(b3.count, 2);
    QCOMPARE(b3.min, 2.0);
    QCOMPARE(b3.max, 4.0);
    QCOMPARE(b3.mean, 3.0);
    QCOMPARE(b3.last, 2.0); // the later one, though smaller

    const MetricSeriesData one = series.query(u"execution_time"_s, u"e1"_s, kT, kT.addSecs(100), 1);
    QCOMPARE(one.buckets.size(), 1);
    QCOMPARE(one.buckets.at(0).last, 9.0);
    QCOMPARE(series.series(), (QStringList{u"daily_cost"_s, u"daily_cost/e1"_s, u"execution_time"_s,
                                           u"execution_time/e1"_s}));

    // Nothing for an empty or inverted window, or a metric without samples.
    QVERIFY(series.query(u"daily_cost"_s, {}, kT, kT, 10).buckets.isEmpty());
    QVERIFY(series.query(u"daily_cost"_s, {}, kT.addSecs(5), kT, 10).buckets.isEmpty());
    QVERIFY(series.query(u"error_rate"_s, {}, kT, kT.addSecs(100), 10).buckets.isEmpty());
}

void TestMetricSeries::thirtyDaysDecimated()
{
    // A sample every 30 s for 30 days, its value its index.
    constexpr int kSamples = 30 * 24 * 120;
    QList<MetricPoint> points;
    points.reserve(kSamples);
    for (int i = 0; i < kSamples; ++i) {
        points.append({u"engine_loop_latency_ms"_s, {}, kMs + qint64(i) * 30'000, double(i)});
    }
    MetricSeries series(*m_db);
    QVERIFY2(series.append(points), qPrintable(series.error()));
    QCOMPARE(rowCount(*m_db), kSamples);

    const MetricSeriesData s =
        series.query(u"engine_loop_latency_ms"_s, {}, kT, kT.addDays(30), 800);
    QVERIFY(s.ok);
    // 30 days in 800 buckets of 54 minutes: 108 samples each.
    QCOMPARE(s.bucketMs, 54 * 60'000);
    QCOMPARE(s.buckets.size(), 800);
    for (int k = 0; k < s.buckets.size(); ++k) {
        const MetricBucket &b = s.buckets.at(k);
        const double first = 108.0 * k;
        QCOMPARE(b.startMs, kMs + qint64(k) * s.bucketMs);
        QCOMPARE(b.count, 108);
        QCOMPARE(b.min, first);
        QCOMPARE(b.max, first + 107);
        QCOMPARE(b.mean, first + 53.5);
        QCOMPARE(b.last, first + 107);
        QCOMPARE(b.lastMs, kMs + qint64(first + 107) * 30'000);
    }
}

void TestMetricSeries::neverMoreThanTheWidth()
{
    QList<MetricPoint> points;
    for (int i = 0; i < 1000; ++i) {
        points.append({u"pending_gates"_s, {}, kMs + i * 7, double(i % 13)});
    }
    MetricSeries series(*m_db);
    QVERIFY(series.append(points));
    for (int width : {1, 2, 3, 7, 99, 640, 999, 1000, 5000}) {
        const MetricSeriesData s = series.query(u"pending_gates"_s, {}, kT, kT.addSecs(7), width);
        QVERIFY2(s.buckets.size() <= width, qPrintable(QString::number(width)));
        int count = 0;
        qint64 previous = -1;
        for (const MetricBucket &b : s.buckets) {
            count += b.count;
            QVERIFY(b.startMs > previous);
            QVERIFY(b.lastMs >= b.startMs && b.lastMs < b.startMs + s.bucketMs);
            QVERIFY(b.min <= b.mean && b.mean <= b.max);
            previous = b.startMs;
        }
        QCOMPARE(count, 1000);
    }
}

void TestMetricSeries::mergesAnotherProcessesSample()
{
    MetricSeries series(*m_db);
    QVERIFY(series.append(
        {{u"engine_loop_latency_ms"_s, {}, kMs, 3}, {u"agent_down_count"_s, {}, kMs, 1}}, 15'000));
    // Another process checks 10 s later: its worse latency replaces, its lower count does not.
    const auto second = series.append({{u"engine_loop_latency_ms"_s, {}, kMs + 10'000, 5},
                                       {u"agent_down_count"_s, {}, kMs + 10'000, 0},
                                       {u"pending_gates"_s, {}, kMs + 10'000, 2}},
                                      15'000);
    QVERIFY2(second, qPrintable(series.error()));
    QCOMPARE(second->merged, 2);
    QCOMPARE(second->inserted, 1);
    QCOMPARE(rowCount(*m_db), 3);
    QCOMPARE(
        series.query(u"engine_loop_latency_ms"_s, {}, kT, kT.addSecs(60), 1).buckets.at(0).last,
        5.0);
    QCOMPARE(series.query(u"agent_down_count"_s, {}, kT, kT.addSecs(60), 1).buckets.at(0).last,
             1.0);
    // The next interval is a row of its own.
    const auto third = series.append({{u"agent_down_count"_s, {}, kMs + 30'000, 0}}, 15'000);
    QCOMPARE(third->inserted, 1);
    QCOMPARE(rowCount(*m_db), 4);
}

void TestMetricSeries::prunesExactlyTheOldRows()
{
    MetricSeries series(*m_db);
    QVERIFY(series.append({{u"daily_cost"_s, {}, kMs - 86'400'000, 1},
                           {u"daily_cost"_s, {}, kMs - 1, 2},
                           {u"execution_time"_s, u"e1"_s, kMs - 1, 3},
                           {u"daily_cost"_s, {}, kMs, 4},
                           {u"daily_cost"_s, {}, kMs + 1, 5}}));
    const std::optional<qint64> pruned = series.prune(kT);
    QVERIFY2(pruned, qPrintable(series.error()));
    QCOMPARE(*pruned, 3);
    QCOMPARE(rowCount(*m_db), 2);
    QCOMPARE(rowCount(*m_db, u"time_ms >= %1"_s.arg(kMs)), 2);
    QCOMPARE(*series.prune(kT), 0);
}

void TestMetricSeries::migratesAnOlderDatabase()
{
    // The database as the previous schema left it: without the table, with history in it.
    const QString path = m_dir->filePath(u"older.db"_s);
    {
        Database db(path, u"older");
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.exec(u"DROP TABLE metric_samples"_s));
        QVERIFY(db.exec(u"DELETE FROM schema_migrations WHERE version = 9"_s));
        QVERIFY(db.exec(u"INSERT INTO executions (id, pipeline_id, idea_title, status, priority,"
                        " current_stage, tokens_used, cost_micros, created_at, updated_at,"
                        " last_seq) VALUES ('e1', 'i2s', 'Idea', 'completed', 1, '', 0, 0,"
                        " '2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.000Z', 1)"_s));
    }
    Database db(path, u"newer");
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), 9);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM executions"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index'"
                   " AND tbl_name = 'metric_samples' ORDER BY name"_s));
    QStringList indexes;
    while (q.next()) {
        indexes.append(q.value(0).toString());
    }
    QCOMPARE(indexes, (QStringList{u"metric_samples_by_series"_s, u"metric_samples_by_time"_s}));
    MetricSeries series(db);
    QVERIFY(series.append({{u"daily_cost"_s, {}, kMs, 0.25}}));
    QCOMPARE(series.query(u"daily_cost"_s, {}, kT, kT.addSecs(1), 10).buckets.at(0).last, 0.25);
}

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metricseries.moc"
