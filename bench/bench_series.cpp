// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The stored metric series at the size retention lets them grow to: D days of checks every
// I seconds (monitoring.healthCheckInterval), each storing M metrics of the whole
// installation and the per-execution metrics of E running executions, written as the alert
// monitor writes them (one transaction per check, merged with a second process's rows).
// Then a chart's reads — one metric over 24 hours, 7 and 30 days at 800 buckets, and one
// execution's series — and the hourly prune of one day; with the database's size.
//
//   bench_series [--days D] [--interval I] [--metrics M] [--executions E] [--runs R]

#include "store/database.h"
#include "store/metricseries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption daysOption(u"days"_s, u"Days of samples."_s, u"D"_s, u"30"_s);
    const QCommandLineOption intervalOption(u"interval"_s, u"Seconds between checks."_s, u"I"_s,
                                            u"30"_s);
    const QCommandLineOption metricsOption(u"metrics"_s, u"Metrics of the installation."_s, u"M"_s,
                                           u"12"_s);
    const QCommandLineOption executionsOption(u"executions"_s, u"Executions running at once."_s,
                                              u"E"_s, u"3"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Reads per query."_s, u"R"_s, u"5"_s);
    parser.addOptions({daysOption, intervalOption, metricsOption, executionsOption, runsOption});
    parser.process(app);
    const int days = std::max(1, parser.value(daysOption).toInt());
    const int interval = std::max(1, parser.value(intervalOption).toInt());
    const int metrics = std::max(1, parser.value(metricsOption).toInt());
    const int executions = std::max(0, parser.value(executionsOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"series.db"_s);
    Database db(path, u"bench");
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    MetricSeries series(db);
    const QDateTime end = QDateTime(QDate(2026, 3, 31), QTime(0, 0), Qt::UTC);
    const qint64 endMs = end.toMSecsSinceEpoch();
    const qint64 startMs = endMs - qint64(days) * 86'400'000;
    const qint64 stepMs = qint64(interval) * 1000;
    const auto metricName = [](int i) { return u"metric_%1"_s.arg(i); };

    // Each execution runs an hour, then the next takes its place.
    QElapsedTimer t;
    t.start();
    std::vector<double> checks;
    qint64 rows = 0;
    for (qint64 at = startMs; at < endMs; at += stepMs) {
        QList<MetricPoint> points;
        for (int m = 0; m < metrics; ++m) {
            points.append({metricName(m), {}, at, std::sin(double(at) / 3.6e6 + m)});
        }
        for (int e = 0; e < executions; ++e) {
            const qint64 run = (at - startMs) / 3'600'000;
            const QString id = u"exec_%1_%2"_s.arg(e).arg(run);
            points.append({u"execution_time"_s, id, at, double((at - startMs) % 3'600'000) / 1e3});
        }
        QElapsedTimer c;
        c.start();
        const auto appended = series.append(points, stepMs / 2);
        checks.push_back(double(c.nsecsElapsed()) / 1e6);
        if (!appended) {
            std::fprintf(stderr, "%s\n", qPrintable(series.error()));
            return 1;
        }
        rows += appended->inserted;
    }
    std::printf("written: %lld rows in %zu checks (%.1f s), a check's write median %.2f ms,"
                " max %.2f ms; database %.1f MB\n",
                static_cast<long long>(rows), checks.size(), t.elapsed() / 1000.0, median(checks),
                *std::max_element(checks.begin(), checks.end()),
                double(QFileInfo(path).size()) / 1e6);

    const struct
    {
        const char *name;
        qint64 seconds;
    } windows[] = {{"24 hours", 86'400}, {"7 days", 7 * 86'400}, {"30 days", 30 * 86'400}};
    for (const auto &w : windows) {
        std::vector<double> times;
        int buckets = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer q;
            q.start();
            const MetricSeriesData data =
                series.query(metricName(0), {}, end.addSecs(-w.seconds), end, 800);
            times.push_back(double(q.nsecsElapsed()) / 1e6);
            buckets = static_cast<int>(data.buckets.size());
            if (!data.ok) {
                std::fprintf(stderr, "%s\n", qPrintable(series.error()));
                return 1;
            }
        }
        std::printf("one metric over %-9s at width 800: %d buckets, median %.2f ms\n", w.name,
                    buckets, median(times));
    }
    if (executions > 0) {
        const qint64 lastRun = (endMs - stepMs - startMs) / 3'600'000;
        std::vector<double> times;
        int buckets = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer q;
            q.start();
            const MetricSeriesData data = series.query(
                u"execution_time"_s, u"exec_0_%1"_s.arg(lastRun), end.addSecs(-86'400), end, 800);
            times.push_back(double(q.nsecsElapsed()) / 1e6);
            buckets = static_cast<int>(data.buckets.size());
        }
        std::printf("one execution's series over 24 hours: %d buckets, median %.2f ms\n", buckets,
                    median(times));
    }
    QElapsedTimer p;
    p.start();
    const std::optional<qint64> pruned =
        series.prune(QDateTime::fromMSecsSinceEpoch(startMs + 86'400'000, Qt::UTC));
    if (!pruned) {
        std::fprintf(stderr, "%s\n", qPrintable(series.error()));
        return 1;
    }
    std::printf("prune of the oldest day: %lld rows in %.1f ms\n", static_cast<long long>(*pruned),
                double(p.nsecsElapsed()) / 1e6);
    return 0;
}
