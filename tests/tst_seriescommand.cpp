// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor metrics --series as a script uses it, the real binary on a database file: a day
// of samples every 30 s written with known values comes back as at most --width buckets
// whose figures are worked out here; a subject's series is its own; the text names the
// series and its buckets; an empty window says so; unknown metrics and widths, and the
// series options without --series, are refused as usage errors.

#include "clirunner.h"
#include "store/database.h"
#include "store/metricseries.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Conductor;
using namespace Qt::StringLiterals;

class TestSeriesCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decimatedJson();
    void subjectsSeries();
    void text();
    void refusals_data();
    void refusals();

private:
    [[nodiscard]] Test::CliResult metrics(const QStringList &extra) const
    {
        return m_cli.run(QStringList{u"metrics"_s, u"--db"_s, m_cli.db()} + extra);
    }

    Test::Cli m_cli;
    // The samples' start: a whole hour, a day before the window's end.
    QDateTime m_from;
    QDateTime m_to;
};

void TestSeriesCommand::initTestCase()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_to = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    m_from = m_to.addDays(-1);
    Database db(m_cli.db(), u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    QList<MetricPoint> points;
    // 2,880 samples, the value its index; and one execution's series, a sample an hour.
    for (int i = 0; i < 2880; ++i) {
        points.append(
            {u"engine_loop_latency_ms"_s, {}, m_from.toMSecsSinceEpoch() + i * 30'000, double(i)});
    }
    for (int h = 0; h < 24; ++h) {
        points.append({u"execution_time"_s, u"exec_1"_s, m_from.toMSecsSinceEpoch() + h * 3'600'000,
                       3600.0 * h});
    }
    MetricSeries series(db);
    QVERIFY2(series.append(points), qPrintable(series.error()));
}

void TestSeriesCommand::decimatedJson()
{
    const Test::CliResult r =
        metrics({u"--series"_s, u"engine_loop_latency_ms"_s, u"--window"_s, u"24h"_s, u"--until"_s,
                 m_to.toString(Qt::ISODate), u"--width"_s, u"48"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"metric"_s).toString(), u"engine_loop_latency_ms"_s);
    QCOMPARE(o.value(u"subject"_s).toString(), QString());
    QCOMPARE(o.value(u"bucketSeconds"_s).toDouble(), 1800.0);
    QCOMPARE(o.value(u"window"_s).toObject().value(u"seconds"_s).toDouble(), 86400.0);
    const QJsonArray points = o.value(u"points"_s).toArray();
    QCOMPARE(points.size(), 48);
    // Half an hour is 60 samples: bucket k holds 60k to 60k + 59.
    for (int k = 0; k < points.size(); ++k) {
        const QJsonObject p = points.at(k).toObject();
        QCOMPARE(p.value(u"time"_s).toString(),
                 m_from.addSecs(k * 1800).toString(Qt::ISODateWithMs));
        QCOMPARE(p.value(u"samples"_s).toInt(), 60);
        QCOMPARE(p.value(u"min"_s).toDouble(), 60.0 * k);
        QCOMPARE(p.value(u"max"_s).toDouble(), 60.0 * k + 59);
        QCOMPARE(p.value(u"mean"_s).toDouble(), 60.0 * k + 29.5);
        QCOMPARE(p.value(u"last"_s).toDouble(), 60.0 * k + 59);
    }
    // No more buckets than asked, where they do not divide the day.
    const Test::CliResult seven =
        metrics({u"--series"_s, u"engine_loop_latency_ms"_s, u"--until"_s,
                 m_to.toString(Qt::ISODate), u"--width"_s, u"7"_s, u"--json"_s});
    QVERIFY2(seven.exitCode == 0, seven.err.constData());
    const QJsonArray few = QJsonDocument::fromJson(seven.out).object().value(u"points"_s).toArray();
    QCOMPARE(few.size(), 7);
    int total = 0;
    for (const QJsonValue &p : few) {
        total += p.toObject().value(u"samples"_s).toInt();
    }
    QCOMPARE(total, 2880);
}

void TestSeriesCommand::subjectsSeries()
{
    const Test::CliResult r =
        metrics({u"--series"_s, u"execution_time"_s, u"--subject"_s, u"exec_1"_s, u"--until"_s,
                 m_to.toString(Qt::ISODate), u"--width"_s, u"4"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray points = QJsonDocument::fromJson(r.out).object().value(u"points"_s).toArray();
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(3).toObject().value(u"samples"_s).toInt(), 6);
    QCOMPARE(points.at(3).toObject().value(u"last"_s).toDouble(), 3600.0 * 23);
    // The installation's own execution_time series has no sample.
    const Test::CliResult none = metrics({u"--series"_s, u"execution_time"_s, u"--until"_s,
                                          m_to.toString(Qt::ISODate), u"--json"_s});
    QVERIFY2(none.exitCode == 0, none.err.constData());
    QVERIFY(QJsonDocument::fromJson(none.out).object().value(u"points"_s).toArray().isEmpty());
}

void TestSeriesCommand::text()
{
    const Test::CliResult r = metrics({u"--series"_s, u"engine_loop_latency_ms"_s, u"--until"_s,
                                       m_to.toString(Qt::ISODate), u"--width"_s, u"2"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"engine_loop_latency_ms from "_s), r.out.constData());
    QVERIFY2(out.contains(u"in buckets of 12h"_s), r.out.constData());
    QVERIFY2(out.contains(u"SAMPLES"_s) && out.contains(u"LAST"_s), r.out.constData());
    // Two buckets of 1,440 samples: each line its start, then SAMPLES MIN MEAN MAX LAST
    // (digits grouped however the locale groups them).
    QStringList rows;
    for (const QString &line : out.split(u'\n')) {
        if (QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2} "_s).match(line).hasMatch()) {
            rows.append(line.simplified().remove(u','));
        }
    }
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(0).endsWith(u" 1440 0 719.5 1439 1439"_s), qPrintable(rows.at(0)));
    QVERIFY2(rows.at(1).endsWith(u" 1440 1440 2159.5 2879 2879"_s), qPrintable(rows.at(1)));

    const Test::CliResult empty =
        metrics({u"--series"_s, u"daily_cost"_s, u"--until"_s, m_to.toString(Qt::ISODate)});
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    QVERIFY2(empty.out.contains("No samples in the window."), empty.out.constData());
}

void TestSeriesCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown metric")
        << QStringList{u"--series"_s, u"loop_latency"_s} << u"unknown metric 'loop_latency'"_s;
    QTest::newRow("width zero") << QStringList{u"--series"_s, u"daily_cost"_s, u"--width"_s, u"0"_s}
                                << u"--width takes a number from 1 to 10000"_s;
    QTest::newRow("width words") << QStringList{u"--series"_s, u"daily_cost"_s, u"--width"_s,
                                                u"wide"_s}
                                 << u"not 'wide'"_s;
    QTest::newRow("subject alone")
        << QStringList{u"--subject"_s, u"exec_1"_s} << u"go with --series"_s;
}

void TestSeriesCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Test::CliResult r = metrics(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestSeriesCommand)
#include "tst_seriescommand.moc"
