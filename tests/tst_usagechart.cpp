// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The resource charts on the offscreen platform: decimation keeps each pixel column's
// lowest and highest point and no more than two a column; running totals start again at
// each budget day (the budget's zone, not the system's); a chart fed 30 days of
// per-minute data draws at most about two points per pixel column of its plot, with the
// right extremes; the budget and alert lines lie at the configured values; time ticks
// fall on whole days and hours of the budget's zone; the breakdown shows the largest few
// and "Others"; an execution's chart follows its events, hand-built and from a real
// engine's run, and agrees with the ledger's usage query. (The query itself:
// tst_usagehistory.)
//
// CONDUCTOR_CHART_PNG=folder also writes the charts there as PNGs, light and dark.

#include "breakdownchart.h"
#include "chartstyle.h"
#include "decimatedlines.h"
#include "engine/ledger.h"
#include "enginefixture.h"
#include "executionchart.h"
#include "plotlines.h"
#include "seriesdecimation.h"
#include "store/usagehistory.h"
#include "usagechart.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QDir>
#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QToolTip>
#include <QtTest/QTest>

#include <cmath>

using namespace Conductor;
namespace Dec = Conductor::SeriesDecimation;

namespace {

QList<QPointF> noisyWave(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QPointF> points;
    for (int i = 0; i < count; ++i) {
        points.append(QPointF(i * 60'000.0, 1000 * std::sin(i / 700.0) + random.bounded(300.0)));
    }
    return points;
}

double minY(const QList<QPointF> &points)
{
    double m = points.value(0).y();
    for (const QPointF &p : points) {
        m = std::min(m, p.y());
    }
    return m;
}

double maxY(const QList<QPointF> &points)
{
    double m = points.value(0).y();
    for (const QPointF &p : points) {
        m = std::max(m, p.y());
    }
    return m;
}

// The points a chart draws of a series now (decimated).
template<typename Chart>
const QList<QPointF> &shown(const Chart &chart, const QXYSeries *series)
{
    return chart.lines()->shown(series);
}

// At most two points per device pixel column of the plot, and the edges.
int pointBudget(const QChartView &view)
{
    return 2 * static_cast<int>(
                   std::ceil(view.chart()->plotArea().width() * view.devicePixelRatioF())) +
           4;
}

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toUTC();
}

// Two UTC days from 1 March 2026 in hourly buckets, each 10,000 tokens and $1.
UsageSeries twoDaysOfHours()
{
    UsageSeries s;
    s.from = utc("2026-03-01T00:00:00.000Z");
    s.to = s.from.addDays(2);
    s.bucketSeconds = 3600;
    s.tokens = QList<qint64>(48, 10'000);
    s.costMicros = QList<qint64>(48, 1'000'000);
    s.attempts = 48;
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// Writes the widget as name-light.png and name-dark.png when CONDUCTOR_CHART_PNG names a
// folder.
void writePngs(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CONDUCTOR_CHART_PNG");
    if (folder.isEmpty()) {
        return;
    }
    QDir().mkpath(folder);
    QCoreApplication::processEvents(); // the chart's layout, as before a paint
    const QPalette light = widget->palette();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral("-light.png")));
    widget->setPalette(darkPalette());
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral("-dark.png")));
    widget->setPalette(light);
}

// 30 days of per-minute usage, from 2026-03-01 00:00 UTC.
UsageSeries monthOfMinutes()
{
    UsageSeries s;
    s.from = utc("2026-03-01T00:00:00.000Z");
    s.to = s.from.addDays(30);
    s.bucketSeconds = 60;
    QRandomGenerator random(7);
    for (int i = 0; i < 30 * 1440; ++i) {
        // About 720,000 tokens a day, and $250 to $470.
        const qint64 tokens = random.bounded(0, 1000);
        s.tokens.append(tokens);
        // Dearer models some days than others.
        const qint64 micros = tokens * (350 + 150 * ((i / 1440) % 3));
        s.costMicros.append(micros);
        s.totalTokens += tokens;
        s.totalCost.micros += micros;
    }
    s.attempts = 1;
    return s;
}

} // namespace

class TestUsageChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimationKeepsEachColumnsExtremes_data();
    void decimationKeepsEachColumnsExtremes();
    void decimationKeepsShortSeriesAndEdges();
    void simplifyKeepsTheLineWithinTolerance_data();
    void simplifyKeepsTheLineWithinTolerance();
    void cumulativeStartsAgainAtResets();
    void chartKeepsItsPointBudget();
    void fourLongSeriesKeepTheirBudget();
    void tracesColumnsAsSpansAndTheRestAsSegments();
    void hoverNamesTheTotalsAtThatTime();
    void shortChartsLabelFewerTicks();
    void budgetAndAlertLinesAtTheConfiguredValues();
    void runningTotalsStartAgainEachBudgetDay();
    void timeTicksFallOnWholeDaysAndHours();
    void breakdownShowsTheLargestAndOthers();
    void executionChartFollowsItsEvents();
    void executionChartOfARealRun();
};

void TestUsageChart::decimationKeepsEachColumnsExtremes_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("a month of minutes on 1000 px") << 43'200 << 1000;
    QTest::newRow("on 7 px") << 43'200 << 7;
    QTest::newRow("on one column") << 5'000 << 1;
    QTest::newRow("barely more than fits") << 2'100 << 1000;
}

void TestUsageChart::decimationKeepsEachColumnsExtremes()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    const QList<QPointF> points = noisyWave(count, 42);
    const double xMin = points.constFirst().x();
    const double xMax = points.constLast().x();
    const QList<QPointF> out = Dec::minMaxPerColumn(points, xMin, xMax, columns);
    QVERIFY(out.size() <= 2 * columns + 2);
    QCOMPARE(out.constFirst(), points.constFirst());
    QCOMPARE(out.constLast(), points.constLast());
    // Input points only, in x order.
    qsizetype at = 0;
    for (const QPointF &p : out) {
        while (at < points.size() && points[at] != p) {
            ++at;
        }
        QVERIFY2(at < points.size(), "a point that was not in the series, or out of order");
    }
    // Each column's lowest and highest point, and no more than two of any column (the
    // series' first and last point aside).
    const auto columnOf = [&](double x) {
        return std::min(columns - 1, static_cast<int>((x - xMin) * (columns / (xMax - xMin))));
    };
    QHash<int, QList<QPointF>> in;
    QHash<int, QList<QPointF>> kept;
    for (const QPointF &p : points) {
        in[columnOf(p.x())].append(p);
    }
    for (qsizetype i = 1; i + 1 < out.size(); ++i) {
        kept[columnOf(out[i].x())].append(out[i]);
    }
    kept[columnOf(out.constFirst().x())].prepend(out.constFirst());
    kept[columnOf(out.constLast().x())].append(out.constLast());
    for (auto it = in.cbegin(); it != in.cend(); ++it) {
        const QList<QPointF> &k = kept.value(it.key());
        QCOMPARE(minY(k), minY(*it));
        QCOMPARE(maxY(k), maxY(*it));
        const int edges = (it.key() == 0 ? 1 : 0) + (it.key() == columns - 1 ? 1 : 0);
        QVERIFY2(k.size() <= 2 + edges, qPrintable(QString::number(it.key())));
    }
}

void TestUsageChart::decimationKeepsShortSeriesAndEdges()
{
    const QList<QPointF> few{{0, 1}, {1, 5}, {2, 3}};
    QCOMPARE(Dec::minMaxPerColumn(few, 0, 2, 100), few);
    QVERIFY(Dec::minMaxPerColumn({}, 0, 1, 10).isEmpty());
    // A view of the middle of a long series keeps one point on each side of it, so the
    // line runs to the plot's edges.
    const QList<QPointF> points = noisyWave(10'000, 3);
    const double xMin = points[4000].x() - 1;
    const double xMax = points[6000].x() + 1;
    const QList<QPointF> out = Dec::minMaxPerColumn(points, xMin, xMax, 50);
    QCOMPARE(out.constFirst(), points[3999]);
    QCOMPARE(out[1], points[4000]);
    QCOMPARE(out.constLast(), points[6001]);
    QCOMPARE(out[out.size() - 2], points[6000]);
    QVERIFY(out.size() <= 2 * 50 + 4);
}

void TestUsageChart::simplifyKeepsTheLineWithinTolerance_data()
{
    QTest::addColumn<bool>("steady");
    QTest::addColumn<int>("atMost");
    QTest::newRow("noisy") << false << 2'000;
    QTest::newRow("running day totals") << true << 400;
}

void TestUsageChart::simplifyKeepsTheLineWithinTolerance()
{
    QFETCH(bool, steady);
    QFETCH(int, atMost);
    // A month of minutes decimated to 1000 columns, on a plot 500 pixels high.
    QList<QPointF> points = noisyWave(43'200, 11);
    if (steady) {
        QList<QPointF> perMinute;
        for (const QPointF &p : points) {
            perMinute.append(QPointF(p.x(), p.y() / 100));
        }
        QList<double> days;
        for (int day = 1; day < 30; ++day) {
            days.append(day * 86'400'000.0);
        }
        points = Dec::cumulative(perMinute, days);
    }
    const double xMin = points.constFirst().x();
    const double xMax = points.constLast().x();
    const QList<QPointF> decimated = Dec::minMaxPerColumn(points, xMin, xMax, 1000);
    const double xScale = 1000 / (xMax - xMin);
    const double yScale = 500 / (maxY(points) - minY(points));
    constexpr double kTolerance = 0.33;
    const QList<QPointF> out = Dec::simplify(decimated, xScale, yScale, kTolerance);
    QVERIFY2(out.size() <= atMost, qPrintable(QString::number(out.size())));
    QCOMPARE(out.constFirst(), decimated.constFirst());
    QCOMPARE(out.constLast(), decimated.constLast());
    QCOMPARE(minY(out), minY(points));
    QCOMPARE(maxY(out), maxY(points));
    // Every point left out lies within the tolerance of the line through those kept.
    const auto pixel = [&](const QPointF &p) { return QPointF(p.x() * xScale, p.y() * yScale); };
    qsizetype k = 0;
    for (const QPointF &p : decimated) {
        if (p == out[k]) {
            k = std::min(k + 1, out.size() - 1);
            continue;
        }
        const QPointF a = pixel(out[k - 1]);
        const QPointF d = pixel(out[k]) - a;
        const QPointF v = pixel(p) - a;
        const double t =
            std::clamp(QPointF::dotProduct(v, d) / QPointF::dotProduct(d, d), 0.0, 1.0);
        const QPointF off = v - t * d;
        QVERIFY2(std::hypot(off.x(), off.y()) <= kTolerance * 1.0001,
                 qPrintable(QString::number(std::hypot(off.x(), off.y()))));
    }
    QCOMPARE(k, out.size() - 1);
}

void TestUsageChart::cumulativeStartsAgainAtResets()
{
    const QList<QPointF> values{{0, 1}, {10, 2}, {20, 3}, {30, 4}, {40, 5}};
    QCOMPARE(Dec::cumulative(values),
             (QList<QPointF>{{0, 1}, {10, 3}, {20, 6}, {30, 10}, {40, 15}}));
    // A reset at a point starts there; one between points starts at the next; two with
    // nothing between are one; one before the first point changes nothing.
    QCOMPARE(Dec::cumulative(values, {-5, 20, 31, 35}),
             (QList<QPointF>{{0, 1}, {10, 3}, {20, 3}, {30, 7}, {40, 5}}));
    // As steps: flat between points, down to zero at the reset itself.
    QCOMPARE(
        Dec::cumulativeSteps({{0, 1}, {10, 2}, {20, 3}}, {15}),
        (QList<QPointF>{{0, 0}, {0, 1}, {10, 1}, {10, 3}, {15, 3}, {15, 0}, {20, 0}, {20, 3}}));
}

void TestUsageChart::chartKeepsItsPointBudget()
{
    UsageChart chart;
    Budgets budgets;
    budgets.timeZone = QStringLiteral("UTC");
    chart.setBudgets(budgets);
    chart.resize(1200, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setSeries(monthOfMinutes());
    QCOMPARE(chart.tokenTotals().size(), 43'200);
    QTRY_VERIFY(chart.chart()->plotArea().width() > 900);
    for (QLineSeries *line : {chart.tokensLine(), chart.costLine()}) {
        const qsizetype count = shown(chart, line).size();
        QVERIFY2(count <= pointBudget(chart), qPrintable(QString::number(count)));
        // Running totals rise steadily: a few points a day draw them. A day's rise on a
        // month's plot is steep, so it is traced column by column: one span a column at
        // most, and none of the thousands of segments the points would make.
        QVERIFY(count >= 2 * 30);
        const PlotTrace &trace = chart.lines()->trace(line);
        const int columns = static_cast<int>(
            std::ceil(chart.chart()->plotArea().width() * chart.devicePixelRatioF()));
        QVERIFY2(trace.spans.size() <= columns + 1,
                 qPrintable(QStringLiteral("%1 spans").arg(trace.spans.size())));
        QVERIFY(trace.segments.size() < count);
        // The series lend their pen and legend; they hold no points.
        QCOMPARE(line->count(), 0);
    }
    QCOMPARE(maxY(shown(chart, chart.tokensLine())), maxY(chart.tokenTotals()));
    QCOMPARE(minY(shown(chart, chart.tokensLine())), minY(chart.tokenTotals()));
    QCOMPARE(maxY(shown(chart, chart.costLine())), maxY(chart.costTotals()));
    QCOMPARE(chart.pointCount(), shown(chart, chart.tokensLine()).size() +
                                     shown(chart, chart.costLine()).size() + 2 + 2 + 2);
    writePngs(&chart, QStringLiteral("usage-month"));

    // Narrower: fewer points, still the same extremes.
    const qsizetype before = shown(chart, chart.tokensLine()).size();
    chart.resize(500, 400);
    QTRY_VERIFY(shown(chart, chart.tokensLine()).size() <= pointBudget(chart));
    QVERIFY(shown(chart, chart.tokensLine()).size() < before);
    QCOMPARE(maxY(shown(chart, chart.tokensLine())), maxY(chart.tokenTotals()));
}

void TestUsageChart::fourLongSeriesKeepTheirBudget()
{
    QChartView view;
    auto *chart = view.chart();
    QList<QLineSeries *> lines;
    for (int i = 0; i < 4; ++i) {
        lines.append(new QLineSeries(chart));
        chart->addSeries(lines.constLast());
    }
    chart->createDefaultAxes();
    QList<QList<QPointF>> full;
    for (int i = 0; i < 4; ++i) {
        full.append(noisyWave(43'200, 100 + i));
    }
    const double xMin = full[0].constFirst().x();
    const double xMax = full[0].constLast().x();
    chart->axes(Qt::Horizontal).constFirst()->setRange(xMin, xMax);
    chart->axes(Qt::Vertical).constFirst()->setRange(minY(full[0]) - 1, maxY(full[0]) + 1);
    view.resize(1200, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *decimated = new DecimatedLines(&view);
    for (int i = 0; i < 4; ++i) {
        decimated->setPoints(lines[i], full[i]);
    }
    decimated->setXRange(xMin, xMax);
    decimated->refill();
    QVERIFY(decimated->pointCount() <= 4 * pointBudget(view));
    const QRectF area = chart->plotArea();
    const int columns = static_cast<int>(std::ceil(area.width() * view.devicePixelRatioF()));
    for (int i = 0; i < 4; ++i) {
        const QList<QPointF> &points = decimated->shown(lines[i]);
        QVERIFY(points.size() <= pointBudget(view));
        QVERIFY(points.size() > pointBudget(view) / 2);
        QCOMPARE(minY(points), minY(full[i]));
        QCOMPARE(maxY(points), maxY(full[i]));
        QCOMPARE(decimated->points(lines[i]).size(), 43'200);
        // Noisy: drawn as a filled column from each column's lowest to its highest point,
        // not as thousands of stroked segments.
        const PlotTrace &trace = decimated->trace(lines[i]);
        QVERIFY2(trace.spans.size() >= columns * 9 / 10,
                 qPrintable(
                     QStringLiteral("%1 spans, %2 columns").arg(trace.spans.size()).arg(columns)));
        QVERIFY(trace.spans.size() <= columns + 1);
        QVERIFY2(trace.segments.size() < columns / 20,
                 qPrintable(QStringLiteral("%1 segments").arg(trace.segments.size())));
    }
    // The spans lie where the values are: the highest reaches the highest value's pixel.
    const PlotTrace &first = decimated->trace(lines[0]);
    double top = area.bottom();
    double bottom = area.top();
    for (const QRectF &span : first.spans) {
        QVERIFY(span.left() >= area.left() - 1 && span.right() <= area.right() + 1);
        top = std::min(top, span.top());
        bottom = std::max(bottom, span.bottom());
    }
    QCOMPARE(top, chart->mapToPosition(QPointF(xMin, maxY(full[0])), lines[0]).y());
    QCOMPARE(bottom, chart->mapToPosition(QPointF(xMin, minY(full[0])), lines[0]).y());
}

void TestUsageChart::tracesColumnsAsSpansAndTheRestAsSegments()
{
    // Two points in column 0; a step into column 1 (each column takes the part of it that
    // lies in the column); two gentle segments across several columns (points that only
    // end segments are not spans); then a steep one, traced column by column.
    const PlotTrace trace =
        tracePolyline({{0.2, 10}, {0.7, 20}, {1.5, 14}, {5.5, 20}, {9.5, 18}, {11.5, 30}}, 1.0);
    QCOMPARE(trace.spans,
             (QList<QRectF>{QRectF(0, 10, 1, 10), QRectF(1, 14, 1, 3.75), QRectF(9, 18, 1, 3),
                            QRectF(10, 21, 1, 6), QRectF(11, 27, 1, 3)}));
    QCOMPARE(trace.segments, (QList<QLineF>{QLineF(1.5, 14, 5.5, 20), QLineF(5.5, 20, 9.5, 18)}));
    // A point alone is a span (a dot); nothing is nothing.
    QCOMPARE(tracePolyline({{3.2, 5}}, 1.0).spans, (QList<QRectF>{QRectF(3, 5, 1, 0)}));
    QVERIFY(tracePolyline({}, 1.0).segments.isEmpty());
    // Columns are device pixels: at a ratio of 2, half a logical pixel wide.
    const PlotTrace hiDpi = tracePolyline({{0.2, 0}, {0.3, 4}, {0.9, 2}}, 2.0);
    QCOMPARE(hiDpi.spans, (QList<QRectF>{QRectF(0, 0, 0.5, 4), QRectF(0.5, 2, 0.5, 4.0 / 3)}));
    QVERIFY(hiDpi.segments.isEmpty());
    // For a dashed pen, segments only.
    const PlotTrace dashed = traceSegments({{0, 0}, {0, 5}, {10, 5}});
    QVERIFY(dashed.spans.isEmpty());
    QCOMPARE(dashed.segments, (QList<QLineF>{QLineF(0, 0, 0, 5), QLineF(0, 5, 10, 5)}));
}

void TestUsageChart::hoverNamesTheTotalsAtThatTime()
{
    UsageChart chart;
    chart.resize(900, 500);
    Budgets budgets;
    budgets.tokens.daily = 2'000'000;
    budgets.cost.dailyBudget = Money::fromUsd(300);
    budgets.timeZone = QStringLiteral("UTC");
    chart.setBudgets(budgets);
    UsageSeries s = twoDaysOfHours();
    chart.setSeries(s);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_VERIFY(chart.chart()->plotArea().width() > 500);

    // The mouse where each line is at 10:00 on the first day: the day's totals then,
    // the nearer line's first.
    const auto at = [&](QLineSeries *line, const QPointF &value) {
        return chart.mapFromScene(
            chart.chart()->mapToScene(chart.chart()->mapToPosition(value, line)));
    };
    const double ten = static_cast<double>(s.from.addSecs(10 * 3600).toMSecsSinceEpoch());
    QTest::mouseMove(chart.viewport(), at(chart.tokensLine(), QPointF(ten, 110'000)));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Tokens used that day: 110,000")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("Dollars: $11.00")));
    QTest::mouseMove(chart.viewport(), at(chart.costLine(), QPointF(ten, 11)));
    QTRY_VERIFY2(QToolTip::text().contains(QStringLiteral("Dollars used that day: $11.00")),
                 qPrintable(QToolTip::text()));
    // Off the plot, nothing.
    QTest::mouseMove(chart.viewport(), QPoint(2, 2));
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestUsageChart::shortChartsLabelFewerTicks()
{
    // Fewer intervals of the same range divide it evenly: every label is one the full set
    // has.
    QValueAxis axis;
    ChartStyle::setRange(&axis, {60'000, 6});
    QCOMPARE(axis.tickCount(), 7);
    ChartStyle::setRange(&axis, {60'000, 6}, 4);
    QCOMPARE(axis.tickCount(), 4); // 0, 20,000, 40,000, 60,000
    ChartStyle::setRange(&axis, {60'000, 6}, 2);
    QCOMPARE(axis.tickCount(), 3);
    ChartStyle::setRange(&axis, {5, 5}, 4);
    QCOMPARE(axis.tickCount(), 2); // five steps of one do not halve: the ends alone
    ChartStyle::setRange(&axis, {8, 4}, 3);
    QCOMPARE(axis.tickCount(), 3);
    QCOMPARE(axis.max(), 8.0);

    // An execution's chart squeezed into a short pane: its labels are spaced at least
    // 1.5 lines apart (closer, Qt Charts elides them all to "…"); given the height back,
    // all six intervals.
    ExecutionChart chart;
    chart.resize(700, 190);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QDateTime t0 = utc("2026-03-01T10:00:00.000Z");
    ExecutionEvent posted{QStringLiteral("exec_1"), 2, EventType::BudgetPosted,
                          QJsonObject{{QStringLiteral("usedTokens"), 56'000},
                                      {QStringLiteral("usedCostMicros"), 1'000'000}},
                          t0.addSecs(10)};
    chart.setEvents({{QStringLiteral("exec_1"), 1, EventType::Created, {}, t0}, posted});
    QCOMPARE(chart.tokensAxis()->max(), 60'000.0);
    const double line = QFontMetricsF(chart.tokensAxis()->labelsFont()).height();
    const auto spacing = [&] {
        return chart.chart()->plotArea().height() / (chart.tokensAxis()->tickCount() - 1);
    };
    QTRY_VERIFY2(spacing() >= 1.5 * line, qPrintable(QStringLiteral("%1 px apart, %2 ticks")
                                                         .arg(spacing())
                                                         .arg(chart.tokensAxis()->tickCount())));
    QVERIFY(chart.tokensAxis()->tickCount() >= 3);
    chart.resize(700, 500);
    QTRY_COMPARE(chart.tokensAxis()->tickCount(), 7);
    QVERIFY(spacing() >= 1.5 * line);
}

void TestUsageChart::budgetAndAlertLinesAtTheConfiguredValues()
{
    UsageChart chart;
    chart.resize(900, 500);
    Budgets budgets;
    budgets.tokens.daily = 2'000'000;
    budgets.cost.dailyBudget = Money::fromUsd(300);
    budgets.cost.alertThreshold = Money::fromUsd(250);
    budgets.timeZone = QStringLiteral("UTC");
    chart.setBudgets(budgets);
    UsageSeries s = twoDaysOfHours();
    chart.setSeries(s);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    const auto level = [](QLineSeries *line) {
        const QList<QPointF> points = line->points();
        return points.size() == 2 && points[0].y() == points[1].y() ? points[0].y() : -1.0;
    };
    QCOMPARE(level(chart.tokenBudgetLine()), 2'000'000.0);
    QCOMPARE(level(chart.costBudgetLine()), 300.0);
    QCOMPARE(level(chart.alertLine()), 250.0);
    QVERIFY(chart.tokenBudgetLine()->attachedAxes().contains(chart.tokensAxis()));
    QVERIFY(chart.costBudgetLine()->attachedAxes().contains(chart.costAxis()));
    QVERIFY(chart.alertLine()->attachedAxes().contains(chart.costAxis()));
    QCOMPARE(chart.tokenBudgetLine()->points().constFirst().x(),
             static_cast<double>(s.from.toMSecsSinceEpoch()));
    QCOMPARE(chart.tokenBudgetLine()->points().constLast().x(),
             static_cast<double>(s.to.toMSecsSinceEpoch()));
    // The two budgets at the same height, above the day's use.
    QVERIFY(qFuzzyCompare(chart.tokensAxis()->max() / 2'000'000, chart.costAxis()->max() / 300));
    QVERIFY(chart.tokensAxis()->max() > 2'000'000);
    QVERIFY(chart.tokenBudgetLine()->name().contains(QStringLiteral("$300.00")));
    QCOMPARE(chart.alertLine()->name(), QStringLiteral("Alert threshold: $250.00"));
    writePngs(&chart, QStringLiteral("usage-two-days"));

    // A day that spends past its budget stretches the axes; a budget of nothing has no line.
    s.costMicros = QList<qint64>(48, 20'000'000);
    chart.setSeries(s);
    QVERIFY(chart.costAxis()->max() >= 24 * 20.0);
    QVERIFY(qFuzzyCompare(chart.tokensAxis()->max() / 2'000'000, chart.costAxis()->max() / 300));
    budgets.cost.alertThreshold = Money();
    budgets.tokens.daily = 0;
    chart.setBudgets(budgets);
    QCOMPARE(chart.alertLine()->count(), 0);
    QCOMPARE(chart.tokenBudgetLine()->count(), 0);
    QCOMPARE(level(chart.costBudgetLine()), 300.0);
}

void TestUsageChart::runningTotalsStartAgainEachBudgetDay()
{
    // India's midnight is 18:30 UTC: the running totals start again there, not at UTC's.
    UsageChart chart;
    Budgets budgets;
    budgets.timeZone = QStringLiteral("Asia/Kolkata");
    chart.setBudgets(budgets);
    UsageSeries s;
    s.from = utc("2026-03-14T00:00:00.000Z");
    s.to = s.from.addDays(3);
    s.bucketSeconds = 1800;
    s.tokens = QList<qint64>(144, 10);
    s.costMicros = QList<qint64>(144, 1000);
    s.attempts = 144;
    chart.setSeries(s);

    const QTimeZone zone("Asia/Kolkata");
    QCOMPARE(chart.dayStarts(),
             (QList<double>{double(utc("2026-03-14T18:30:00.000Z").toMSecsSinceEpoch()),
                            double(utc("2026-03-15T18:30:00.000Z").toMSecsSinceEpoch()),
                            double(utc("2026-03-16T18:30:00.000Z").toMSecsSinceEpoch())}));
    const QList<QPointF> &tokens = chart.tokenTotals();
    const QList<QPointF> &cost = chart.costTotals();
    QCOMPARE(tokens.size(), 144);
    int sameDay = 0;
    for (int i = 0; i < 144; ++i) {
        const QString day = Ledger::dayOf(s.bucketStart(i), zone);
        sameDay = i > 0 && Ledger::dayOf(s.bucketStart(i - 1), zone) == day ? sameDay + 1 : 1;
        QCOMPARE(tokens[i].x(), double(s.bucketStart(i).toMSecsSinceEpoch()));
        QCOMPARE(tokens[i].y(), 10.0 * sameDay);
        QCOMPARE(cost[i].y(), 0.001 * sameDay);
    }
    // 18:00 UTC on the 14th is 23:30 in India, the day's last bucket: 37 of them since
    // the window began; 18:30 starts the 15th.
    QCOMPARE(tokens[36].y(), 370.0);
    QCOMPARE(tokens[37].y(), 10.0);
}

void TestUsageChart::timeTicksFallOnWholeDaysAndHours()
{
    const QTimeZone india("Asia/Kolkata");
    const qint64 from = utc("2026-03-01T00:00:00.000Z").toMSecsSinceEpoch();
    constexpr qint64 kHour = 3'600'000;
    // 30 days, room for 10 ticks: every 7 days, at India's midnight (18:30 UTC).
    QList<ChartStyle::TimeTick> ticks = ChartStyle::timeTicks(from, from + 720 * kHour, india, 10);
    QCOMPARE(ticks.size(), 5);
    QCOMPARE(ticks[0].ms, double(utc("2026-03-01T18:30:00.000Z").toMSecsSinceEpoch()));
    QCOMPARE(ticks[0].label, QStringLiteral("2 Mar"));
    QCOMPARE(ticks[1].label, QStringLiteral("9 Mar"));
    QCOMPARE(ticks[1].ms - ticks[0].ms, 7 * 24.0 * kHour);
    // Two days: every 6 hours of India's clock, midnight named by its date.
    ticks = ChartStyle::timeTicks(from, from + 48 * kHour, india, 10);
    QCOMPARE(ticks.size(), 8);
    QCOMPARE(ticks[0].ms, double(utc("2026-03-01T00:30:00.000Z").toMSecsSinceEpoch()));
    QCOMPARE(ticks[0].label, QStringLiteral("06:00"));
    QCOMPARE(ticks[3].label, QStringLiteral("2 Mar"));
    QCOMPARE(ticks[4].label, QStringLiteral("06:00"));
    // Five minutes: every minute, the window's first instant included.
    ticks = ChartStyle::timeTicks(from, from + 300'000, QTimeZone::utc(), 6);
    QCOMPARE(ticks.size(), 6);
    QCOMPARE(ticks[0].label, QStringLiteral("1 Mar"));
    QCOMPARE(ticks[1].label, QStringLiteral("00:01"));
    QCOMPARE(ticks[5].ms, double(from + 300'000));
}

void TestUsageChart::breakdownShowsTheLargestAndOthers()
{
    BreakdownChart chart;
    chart.resize(600, 360);
    chart.setHeading(QStringLiteral("By stage"));
    QList<UsageTotal> totals;
    for (int i = 0; i < 10; ++i) {
        totals.append(UsageTotal{QStringLiteral("stage_%1").arg(i), (i + 1) * 1000,
                                 Money::fromMicros((10 - i) * 100'000), i + 1});
    }
    chart.setTotals(totals);
    chart.setTopCount(4);
    QCOMPARE(chart.categories(), (QStringList{QStringLiteral("stage_9"), QStringLiteral("stage_8"),
                                              QStringLiteral("stage_7"), QStringLiteral("stage_6"),
                                              QStringLiteral("Others")}));
    QCOMPARE(chart.values(), (QList<double>{10'000, 9'000, 8'000, 7'000, 21'000}));
    // The largest on top: the axis lists from the bottom up; "Others" in its own colour.
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart.chart()->series().constFirst());
    QVERIFY(series);
    QBarSet *set = series->barSets().constFirst();
    QCOMPARE(set->at(set->count() - 1), 10'000.0);
    QCOMPARE(set->selectedBars(), (QList<int>{0}));
    auto *names = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Vertical).constFirst());
    QCOMPARE(names->categories().constLast(), QStringLiteral("stage_9"));
    QCOMPARE(chart.accessibleName(), QStringLiteral("By stage"));
    writePngs(&chart, QStringLiteral("breakdown-tokens"));

    chart.setMeasure(BreakdownChart::Measure::Cost);
    QCOMPARE(chart.categories().constFirst(), QStringLiteral("stage_0"));
    QCOMPARE(chart.values(), (QList<double>{1.0, 0.9, 0.8, 0.7, 2.1}));
    writePngs(&chart, QStringLiteral("breakdown-cost"));

    // Few enough: no "Others".
    chart.setTopCount(20);
    QCOMPARE(chart.categories().size(), 10);
    QVERIFY(set->selectedBars().isEmpty());
}

void TestUsageChart::executionChartFollowsItsEvents()
{
    const QDateTime t0 = utc("2026-03-14T10:00:00.000Z");
    const auto event = [&](qint64 seq, QLatin1String type, int second, const QJsonObject &data) {
        return ExecutionEvent{QStringLiteral("exec_1"), seq, type, data, t0.addSecs(second)};
    };
    const auto posted = [](qint64 tokens, qint64 micros) {
        return QJsonObject{{QStringLiteral("usedTokens"), tokens},
                           {QStringLiteral("usedCostMicros"), micros}};
    };
    const ExecutionEvents history{
        event(1, EventType::Created, 0,
              {{QStringLiteral("options"),
                QJsonObject{{QStringLiteral("maxCostMicros"), 2'000'000}}}}),
        event(2, EventType::Started, 1, {}),
        event(3, EventType::BudgetPosted, 10, posted(1000, 300'000)),
        event(4, EventType::BudgetPosted, 20, posted(2000, 500'000)),
        event(5, EventType::BudgetOverridden, 25, {{QStringLiteral("amountMicros"), 1'000'000}}),
        event(6, EventType::BudgetPosted, 40, posted(500, 250'000)),
    };
    ExecutionChart chart;
    chart.resize(700, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setEvents(history);
    QCOMPARE(chart.totalTokens(), 3500);
    QCOMPARE(chart.totalCost().micros, 1'050'000);
    QVERIFY(chart.costBudget() == Money::fromMicros(3'000'000));
    QCOMPARE(chart.lastSeq(), 6);
    QCOMPARE(shown(chart, chart.tokensLine()).constFirst(), QPointF(t0.toMSecsSinceEpoch(), 0));
    QCOMPARE(shown(chart, chart.tokensLine()).constLast().y(), 3500.0);
    QCOMPARE(shown(chart, chart.costLine()).constLast().y(), 1.05);
    QCOMPARE(shown(chart, chart.budgetLine()).constFirst().y(), 2.0);
    QCOMPARE(shown(chart, chart.budgetLine()).constLast().y(), 3.0);
    QVERIFY(chart.costAxis()->max() >= 3.0);
    QVERIFY(chart.budgetLine()->name().contains(QStringLiteral("$3.00")));
    writePngs(&chart, QStringLiteral("execution"));

    // Live: seqs seen and another execution's events are ignored; one repaint for a burst.
    const int points = chart.pointCount();
    ExecutionEvent other = event(7, EventType::BudgetPosted, 45, posted(50'000, 9'000'000));
    other.executionId = QStringLiteral("exec_2");
    chart.appendEvents({history[4], history[5],
                        event(7, EventType::BudgetPosted, 50, posted(100, 10'000)), other});
    chart.appendEvents({event(8, EventType::BudgetPosted, 55, posted(400, 40'000))});
    QCOMPARE(chart.totalTokens(), 4000);
    QCOMPARE(chart.lastSeq(), 8);
    QVERIFY(chart.repaintPending());
    QCOMPARE(chart.pointCount(), points);
    QTRY_VERIFY(!chart.repaintPending());
    QCOMPARE(shown(chart, chart.tokensLine()).constLast().y(), 4000.0);
    QCOMPARE(chart.pointCount(), points + 8); // two steps of two points on two lines

    // A history without a budget has no budget line; clear() forgets all.
    chart.setEvents({event(1, EventType::Created, 0, {}),
                     event(2, EventType::BudgetPosted, 5, posted(10, 100))});
    QCOMPARE(shown(chart, chart.budgetLine()).size(), 0);
    QVERIFY(!chart.costBudget());
    chart.clear();
    QCOMPARE(chart.totalTokens(), 0);
    QCOMPARE(chart.lastSeq(), 0);
    QCOMPARE(shown(chart, chart.tokensLine()).size(), 0);
}

void TestUsageChart::executionChartOfARealRun()
{
    Test::EngineFixture f;
    StartRequest request = f.request({QStringLiteral("timeScale=0")});
    request.options.maxCost = Money::fromUsd(20);
    const QString id = f.start(request);
    QVERIFY2(!id.isEmpty(), qPrintable(f.lastRefusal));
    QVERIFY(f.runUntil([&] { return f.ended.contains(id); }));
    StoreQueries queries(f.databasePath());
    const ExecutionEvents events = queries.events(id);
    const std::optional<ExecutionSummary> summary = queries.execution(id);
    QVERIFY(summary);
    QVERIFY(summary->tokensUsed > 0);

    ExecutionChart chart;
    chart.resize(700, 400);
    // Live, in small bursts as the store reports them.
    for (qsizetype i = 0; i < events.size(); i += 3) {
        chart.appendEvents(events.mid(i, 5));
    }
    QTRY_VERIFY(!chart.repaintPending());
    QCOMPARE(chart.totalTokens(), summary->tokensUsed);
    QCOMPARE(chart.totalCost(), summary->cost);
    QVERIFY(chart.costBudget() == Money::fromUsd(20));
    QCOMPARE(chart.lastSeq(), events.constLast().seq);
    QCOMPARE(shown(chart, chart.tokensLine()).constLast().y(),
             static_cast<double>(summary->tokensUsed));

    // The ledger says the same over the execution's time.
    UsageQuery query;
    query.from = events.constFirst().time.addSecs(-60);
    query.to = events.constLast().time.addSecs(60);
    query.bucketSeconds = 60;
    query.executionId = id;
    const UsageSeries series = queries.usageSeries(query);
    QVERIFY(series.ok);
    QCOMPARE(series.totalTokens, summary->tokensUsed);
    QCOMPARE(series.totalCost, summary->cost);
    QVERIFY(series.stages.size() >= 5);
}

QTEST_MAIN(TestUsageChart)
#include "tst_usagechart.moc"
