// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Chart updates at the size of a month of minutes, painting included, and the read that
// feeds them. One update is: new points for every series, decimation to the plot's width
// (DecimatedLines), one replace() per series, then the event loop lays the chart out and
// paints the whole view (into the offscreen platform's backing store, as a window would).
//
// - four noisy series: a 1200x600 chart view, four line series of 43,200 points that
//   wander by a tenth of the axis from minute to minute (the worst case: every pixel
//   column keeps its two points);
// - four steady series: the same with running day totals, as the usage chart draws;
// - usage chart: the UsageChart itself fed 43,200 buckets (a new UsageSeries each time:
//   running day totals, decimation, axes, budget lines);
// - usage query: UsageHistory over a fabricated ledger of 30 days with `--holds-per-minute`
//   posted holds a minute (and as many in the 30 days before the window), 60-second
//   buckets.
//
//   bench_chart [--updates N] [--holds-per-minute K]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Target: an
// update within 5 ms.

#include "benchstats.h"
#include "decimatedlines.h"
#include "store/database.h"
#include "store/usagehistory.h"
#include "usagechart.h"

#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Conductor;
using Conductor::Bench::percentile;

namespace {

constexpr int kPoints = 43'200; // 30 days of minutes

void printFigures(const char *what, const std::vector<double> &ms, int points)
{
    std::printf("%s: %zu updates, p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d points drawn\n", what,
                ms.size(), percentile(ms, 0.5), percentile(ms, 0.99),
                ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()), points);
}

// Noisy: a slow wave with minute-to-minute noise of a tenth of the axis. Steady: running
// totals of random amounts that start again each day.
QList<QPointF> series(quint32 seed, bool steady)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    points.reserve(kPoints);
    const double phase = random.bounded(6.28);
    double total = 0;
    for (int i = 0; i < kPoints; ++i) {
        total = i % 1440 == 0 ? 0 : total + random.bounded(1.4);
        points.append(QPointF(i * 60'000.0, steady ? total
                                                   : 500 + 400 * std::sin(phase + i / 900.0) +
                                                         random.bounded(100.0)));
    }
    return points;
}

UsageSeries month(quint32 seed)
{
    QRandomGenerator random(seed);
    UsageSeries s;
    s.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    s.to = s.from.addDays(30);
    s.bucketSeconds = 60;
    s.tokens.reserve(kPoints);
    s.costMicros.reserve(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        const qint64 tokens = random.bounded(0, 1000);
        s.tokens.append(tokens);
        s.costMicros.append(tokens * random.bounded(200, 600));
        s.totalTokens += tokens;
    }
    s.attempts = kPoints;
    return s;
}

void fourSeries(int updates, bool steady)
{
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    QChart *chart = view.chart();
    QList<QLineSeries *> lines;
    for (int i = 0; i < 4; ++i) {
        lines.append(new QLineSeries(chart));
        chart->addSeries(lines.constLast());
    }
    chart->createDefaultAxes();
    for (QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        axis->setRange(0.0, (kPoints - 1) * 60'000.0);
    }
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        axis->setRange(0.0, 1000.0);
    }
    view.resize(1200, 600);
    view.show();
    QCoreApplication::processEvents();
    auto *decimated = new DecimatedLines(&view);
    decimated->setXRange(0, (kPoints - 1) * 60'000.0);
    // Two sets of data, alternately, so that every update changes every point.
    QList<QList<QPointF>> data[2];
    for (int set = 0; set < 2; ++set) {
        for (int i = 0; i < 4; ++i) {
            data[set].append(series(static_cast<quint32>(10 * set + i), steady));
        }
    }
    std::vector<double> ms;
    std::vector<double> refillMs;
    for (int n = 0; n < updates + 5; ++n) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 4; ++i) {
            decimated->setPoints(lines[i], data[n % 2][i]); // shared, not copied
        }
        decimated->refill();
        const qint64 refilled = t.nsecsElapsed();
        view.viewport()->update();
        QCoreApplication::processEvents();
        if (n >= 5) { // the first ones warm caches up
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            refillMs.push_back(static_cast<double>(refilled) / 1e6);
        }
    }
    printFigures(steady ? "four steady series of 43,200 points, 1200x600"
                        : "four noisy series of 43,200 points, 1200x600",
                 ms, decimated->pointCount());
    std::printf("  (of which decimating and tracing: p50 %.2f ms)\n", percentile(refillMs, 0.5));
    qsizetype spans = 0;
    qsizetype segments = 0;
    for (const QLineSeries *line : std::as_const(lines)) {
        spans += decimated->trace(line).spans.size();
        segments += decimated->trace(line).segments.size();
    }
    std::printf("  (painted as %lld column spans and %lld antialiased segments)\n",
                static_cast<long long>(spans), static_cast<long long>(segments));
}

void usageChart(int updates)
{
    UsageChart chart;
    chart.resize(1200, 600);
    chart.show();
    QCoreApplication::processEvents();
    const UsageSeries data[2] = {month(1), month(2)};
    std::vector<double> ms;
    for (int n = 0; n < updates + 5; ++n) {
        QElapsedTimer t;
        t.start();
        chart.setSeries(data[n % 2]);
        chart.viewport()->update();
        QCoreApplication::processEvents();
        if (n >= 5) {
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    printFigures("UsageChart, 43,200 buckets, 1200x600", ms, chart.pointCount());
}

bool usageQuery(int holdsPerMinute)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("usage.db")), u"bench");
    if (!db.open()) {
        std::printf("cannot open the database: %s\n", qPrintable(db.error()));
        return false;
    }
    // 60 days of holds: the 30 before the window show that the scan reads only its range.
    const QDateTime start(QDate(2026, 1, 30), QTime(0, 0), Qt::UTC);
    const QDateTime from = start.addDays(30);
    if (!db.beginWrite() ||
        !db.exec(QStringLiteral("INSERT INTO executions (id, pipeline_id, idea_title, status,"
                                " priority, current_stage, tokens_used, cost_micros, created_at,"
                                " updated_at, last_seq) VALUES ('exec_1', 'i2s', 'Idea',"
                                " 'completed', 1, '', 0, 0, '2026-01-30T00:00:00.000Z',"
                                " '2026-01-30T00:00:00.000Z', 1)"))) {
        std::printf("cannot write: %s\n", qPrintable(db.error()));
        return false;
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO budget_holds (id, execution_id, owner, day, stage, agent, tokens,"
        " emergency, cost, override, status, recorded, used_tokens, used_cost, duration_ms,"
        " estimated, alert_threshold, held_at, resolved_at) VALUES (?, 'exec_1', 'bench', ?,"
        " ?, ?, 0, 0, 0, 0, 'posted', 1, ?, ?, 1000, 0, 0, ?, ?)"));
    static const QString stages[] = {QStringLiteral("research"), QStringLiteral("feasibility"),
                                     QStringLiteral("market"),   QStringLiteral("risk"),
                                     QStringLiteral("ux"),       QStringLiteral("scaffold")};
    QRandomGenerator random(5);
    QElapsedTimer fill;
    fill.start();
    qint64 count = 0;
    for (qint64 minute = 0; minute < 60 * 1440; ++minute) {
        for (int k = 0; k < holdsPerMinute; ++k) {
            const QDateTime at =
                start.addMSecs(minute * 60'000 + k * (60'000 / holdsPerMinute) + 123);
            const QString time = toStoredTime(at);
            const QString &stage = stages[(minute + k) % 6];
            insert.bindValue(0, QStringLiteral("hold_%1").arg(++count));
            insert.bindValue(1, at.date().toString(Qt::ISODate));
            insert.bindValue(2, stage);
            insert.bindValue(3, QString(stage + QStringLiteral("-agent")));
            insert.bindValue(4, random.bounded(100, 5000));
            insert.bindValue(5, random.bounded(1000, 100'000));
            insert.bindValue(6, time);
            insert.bindValue(7, time);
            if (!insert.exec()) {
                std::printf("cannot insert: %s\n", qPrintable(queryError(insert)));
                return false;
            }
        }
    }
    if (!db.commit()) {
        return false;
    }
    std::printf("ledger: %lld posted holds over 60 days, written in %.1f s\n",
                static_cast<long long>(count), static_cast<double>(fill.elapsed()) / 1000);

    UsageHistory history(db);
    UsageQuery query;
    query.from = from;
    query.to = from.addDays(30);
    query.bucketSeconds = 60;
    std::vector<double> ms;
    UsageSeries series;
    for (int n = 0; n < 12; ++n) {
        QElapsedTimer t;
        t.start();
        series = history.series(query);
        if (n >= 2) {
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("usage query, 30 days in 60 s buckets (%d buckets, %d holds, %lld tokens): "
                "p50 %.1f ms, max %.1f ms\n",
                series.bucketCount(), series.attempts, static_cast<long long>(series.totalTokens),
                percentile(ms, 0.5), *std::max_element(ms.begin(), ms.end()));
    return series.ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chart updates and the usage query, timed"));
    parser.addHelpOption();
    const QCommandLineOption updates(QStringLiteral("updates"),
                                     QStringLiteral("Updates to time (200)."), QStringLiteral("N"),
                                     QStringLiteral("200"));
    const QCommandLineOption holds(QStringLiteral("holds-per-minute"),
                                   QStringLiteral("Posted holds a minute in the ledger (1)."),
                                   QStringLiteral("K"), QStringLiteral("1"));
    parser.addOption(updates);
    parser.addOption(holds);
    parser.process(app);
    const int n = std::max(1, parser.value(updates).toInt());
    fourSeries(n, false);
    fourSeries(n, true);
    usageChart(n);
    return usageQuery(std::clamp(parser.value(holds).toInt(), 1, 60)) ? 0 : 1;
}
