// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagechart.h"

#include "displayformat.h"

#include "chartstyle.h"
#include "decimatedlines.h"
#include "engine/ledger.h"
#include "seriesdecimation.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

// Room above the highest value or budget, so that neither runs along the plot's top edge.
constexpr double kHeadroom = 1.05;
constexpr double kPixelsPerTick = 90;

QLineSeries *newLine(QChart *chart, const QString &name)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    chart->addSeries(line);
    return line;
}

// The point of a series sorted by x nearest to x.
std::optional<QPointF> nearest(const QList<QPointF> &points, double x)
{
    if (points.isEmpty()) {
        return std::nullopt;
    }
    auto it = std::lower_bound(points.cbegin(), points.cend(), x,
                               [](const QPointF &p, double value) { return p.x() < value; });
    if (it == points.cend()) {
        return points.constLast();
    }
    if (it != points.cbegin() && x - std::prev(it)->x() < it->x() - x) {
        --it;
    }
    return *it;
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QChartView(new QChart(), parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    ChartStyle::setUp(this, true);
    QChart *c = chart();

    m_tokens = newLine(c, tr("Tokens used that day"));
    m_cost = newLine(c, tr("Dollars used that day"));
    m_tokenBudget = newLine(c, tr("Daily budget"));
    m_costBudget = newLine(c, tr("Daily budget"));
    m_alert = newLine(c, tr("Alert threshold"));

    m_timeAxis = new QCategoryAxis(c);
    m_tokensAxis = new QValueAxis(c);
    m_tokensAxis->setTitleText(tr("Tokens"));
    m_tokensAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis = new QValueAxis(c);
    m_costAxis->setTitleText(tr("US dollars"));
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_tokensAxis, Qt::AlignLeft);
    c->addAxis(m_costAxis, Qt::AlignRight);
    for (QLineSeries *line : {m_tokens, m_cost, m_tokenBudget, m_costBudget, m_alert}) {
        line->attachAxis(m_timeAxis);
    }
    for (QLineSeries *line : {m_tokens, m_tokenBudget}) {
        line->attachAxis(m_tokensAxis);
    }
    for (QLineSeries *line : {m_cost, m_costBudget, m_alert}) {
        line->attachAxis(m_costAxis);
    }
    m_costAxis->setGridLineVisible(false); // the tokens axis's grid serves both

    m_note = new QGraphicsSimpleTextItem(c);
    m_note->setText(tr("Nothing was used in this window."));
    connect(c, &QChart::plotAreaChanged, this, [this] {
        placeNote();
        // The ticks the plot's new size has room for (the ranges stay, so the lines do).
        if (static_cast<int>(chart()->plotArea().width() / kPixelsPerTick) != m_timeTicks ||
            ChartStyle::roomForIntervals(this) != m_room) {
            layoutAxes();
        }
    });

    m_lines = new DecimatedLines(this);
    setMouseTracking(true);

    setAccessibleName(tr("Tokens and dollars used per budget day"));
    restyle();
    rebuild();
}

void UsageChart::setSeries(const UsageSeries &series)
{
    m_series = series;
    rebuild();
}

void UsageChart::setBudgets(const Budgets &budgets)
{
    m_budgets = budgets;
    Configuration config;
    config.budgets = budgets;
    m_zone = Ledger::zoneOf(config);
    rebuild();
}

int UsageChart::pointCount() const
{
    int count = m_lines->pointCount();
    for (QLineSeries *line : {m_tokenBudget, m_costBudget, m_alert}) {
        count += static_cast<int>(line->count());
    }
    return count;
}

const QList<QPointF> &UsageChart::tokenTotals() const
{
    return m_lines->points(m_tokens);
}

const QList<QPointF> &UsageChart::costTotals() const
{
    return m_lines->points(m_cost);
}

void UsageChart::rebuild()
{
    const int buckets = m_series.bucketCount();
    const bool hasWindow = m_series.from.isValid() && m_series.to > m_series.from;
    const QDateTime from = hasWindow ? m_series.from : QDateTime::currentDateTimeUtc().addDays(-1);
    const QDateTime to = hasWindow ? m_series.to : from.addDays(1);
    const double fromMs = static_cast<double>(from.toMSecsSinceEpoch());
    const double toMs = static_cast<double>(to.toMSecsSinceEpoch());

    m_dayStarts.clear();
    for (QDateTime day = Ledger::endOfDay(from, m_zone); day < to;
         day = Ledger::endOfDay(day, m_zone)) {
        m_dayStarts.append(static_cast<double>(day.toMSecsSinceEpoch()));
    }

    // Each bucket at its start: the total of a day includes the buckets that start in it.
    QList<QPointF> tokens;
    QList<QPointF> cost;
    tokens.reserve(buckets);
    cost.reserve(buckets);
    const double bucketMs = static_cast<double>(m_series.bucketSeconds) * 1000.0;
    for (int i = 0; i < buckets; ++i) {
        const double x = fromMs + i * bucketMs;
        tokens.append(QPointF(x, static_cast<double>(m_series.tokens.at(i))));
        cost.append(QPointF(x, static_cast<double>(m_series.costMicros.at(i)) / 1e6));
    }
    tokens = SeriesDecimation::cumulative(tokens, m_dayStarts);
    cost = SeriesDecimation::cumulative(cost, m_dayStarts);
    const auto top = [](const QList<QPointF> &points) {
        double max = 0;
        for (const QPointF &p : points) {
            max = std::max(max, p.y());
        }
        return max;
    };
    m_maxTokens = top(tokens);
    m_maxCost = top(cost);

    m_fromMs = from.toMSecsSinceEpoch();
    m_toMs = to.toMSecsSinceEpoch();
    m_lines->setXRange(fromMs, toMs);
    m_lines->setPoints(m_tokens, std::move(tokens));
    m_lines->setPoints(m_cost, std::move(cost));

    const double dailyTokens = static_cast<double>(std::max<qint64>(0, m_budgets.tokens.daily));
    const double dailyCost = std::max(0.0, m_budgets.cost.dailyBudget.toUsd());
    const double alert = std::max(0.0, m_budgets.cost.alertThreshold.toUsd());
    const auto level = [&](double y) {
        return y > 0 ? QList<QPointF>{QPointF(fromMs, y), QPointF(toMs, y)} : QList<QPointF>();
    };
    m_tokenBudget->replace(level(dailyTokens));
    m_costBudget->replace(level(dailyCost));
    m_alert->replace(level(alert));
    if (dailyTokens > 0) {
        m_tokenBudget->setName(dailyCost > 0
                                   ? tr("Daily budget: %1 tokens · %2")
                                         .arg(ChartStyle::tokensText(m_budgets.tokens.daily),
                                              ChartStyle::usdText(dailyCost))
                                   : tr("Daily budget: %1 tokens")
                                         .arg(ChartStyle::tokensText(m_budgets.tokens.daily)));
    }
    m_costBudget->setName(tr("Daily budget: %1").arg(ChartStyle::usdText(dailyCost)));
    m_alert->setName(tr("Alert threshold: %1").arg(ChartStyle::usdText(alert)));
    const auto showMarker = [this](QLineSeries *line, bool visible) {
        const QList<QLegendMarker *> markers = chart()->legend()->markers(line);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(visible);
        }
    };
    showMarker(m_tokenBudget, dailyTokens > 0);
    // Where both budgets are, they are one line; its tokens half names both.
    showMarker(m_costBudget, dailyCost > 0 && dailyTokens <= 0);
    showMarker(m_alert, alert > 0);
    layoutAxes();
    m_lines->refill(); // on the axes' new scale

    m_note->setVisible(m_series.attempts == 0);
    placeNote();
    setAccessibleDescription(tr("From %1 to %2: %3 tokens and %4 used")
                                 .arg(DisplayFormat::dateTime(from), DisplayFormat::dateTime(to),
                                      ChartStyle::tokensText(m_series.totalTokens),
                                      ChartStyle::usdText(m_series.totalCost.toUsd())));
}

void UsageChart::layoutAxes()
{
    const double dailyTokens = static_cast<double>(std::max<qint64>(0, m_budgets.tokens.daily));
    const double dailyCost = std::max(0.0, m_budgets.cost.dailyBudget.toUsd());
    const double alert = std::max(0.0, m_budgets.cost.alertThreshold.toUsd());
    ChartStyle::NiceRange tokens;
    ChartStyle::NiceRange cost;
    if (dailyTokens > 0 && dailyCost > 0) {
        // One scale in shares of the budget: a day's budgets lie at the same height.
        const double share =
            std::max({1.0, m_maxTokens / dailyTokens, m_maxCost / dailyCost, alert / dailyCost});
        tokens = ChartStyle::niceRange(share * dailyTokens * kHeadroom);
        cost = {tokens.top * dailyCost / dailyTokens, tokens.intervals};
    } else {
        tokens = ChartStyle::niceRange(std::max({10.0, m_maxTokens, dailyTokens}) * kHeadroom);
        cost = ChartStyle::niceRange(std::max({1.0, m_maxCost, dailyCost, alert}) * kHeadroom);
    }
    m_room = ChartStyle::roomForIntervals(this);
    ChartStyle::setRange(m_tokensAxis, tokens, m_room);
    ChartStyle::setRange(m_costAxis, cost, m_room);
    const double step = cost.top / cost.intervals;
    m_costAxis->setLabelFormat(
        DisplayFormat::usdAxisFormat(step >= 1 && step == std::floor(step) ? 0 : 2));
    const double width =
        chart()->plotArea().width() > 1 ? chart()->plotArea().width() : this->width();
    m_timeTicks = static_cast<int>(width / kPixelsPerTick);
    ChartStyle::setTimeAxis(m_timeAxis, m_fromMs, m_toMs, m_zone, m_timeTicks);
}

void UsageChart::restyle()
{
    const ChartStyle::Colors colors = ChartStyle::colors(palette());
    ChartStyle::apply(chart(), colors);
    m_tokens->setPen(QPen(colors.tokens, 2));
    m_cost->setPen(QPen(colors.cost, 2));
    QPen budget(colors.budget, 1.5, Qt::DashLine);
    m_tokenBudget->setPen(budget);
    m_costBudget->setPen(budget);
    m_alert->setPen(QPen(colors.alert, 1.5, Qt::DashDotLine));
    m_note->setBrush(colors.mutedText);
}

void UsageChart::placeNote()
{
    const QRectF area = chart()->plotArea();
    const QRectF box = m_note->boundingRect();
    m_note->setPos(area.center() - box.center());
}

void UsageChart::showTip(const QPoint &viewPos)
{
    const QPointF at = chart()->mapFromScene(mapToScene(viewPos));
    if (!chart()->plotArea().contains(at)) {
        QToolTip::hideText();
        return;
    }
    const double x = chart()->mapToValue(at, m_tokens).x();
    const std::optional<QPointF> t = nearest(tokenTotals(), x);
    const std::optional<QPointF> c = nearest(costTotals(), x);
    if (!t || !c) {
        QToolTip::hideText();
        return;
    }
    // The dollars first when their line passes nearer the mouse.
    const bool cost = std::abs(chart()->mapToPosition(*c, m_cost).y() - at.y()) <
                      std::abs(chart()->mapToPosition(*t, m_tokens).y() - at.y());
    const QDateTime time =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t->x()), Qt::UTC).toTimeZone(m_zone);
    const QString when = QLocale().toString(time, QLocale::ShortFormat);
    const QString tokens = ChartStyle::tokensText(static_cast<qint64>(t->y()));
    const QString usd = ChartStyle::usdText(c->y());
    QToolTip::showText(mapToGlobal(viewPos),
                       cost
                           ? tr("%1\nDollars used that day: %2\nTokens: %3").arg(when, usd, tokens)
                           : tr("%1\nTokens used that day: %2\nDollars: %3").arg(when, tokens, usd),
                       this);
}

void UsageChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    showTip(event->position().toPoint());
}

void UsageChart::leaveEvent(QEvent *event)
{
    QChartView::leaveEvent(event);
    QToolTip::hideText();
}

void UsageChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        restyle();
    }
}

void UsageChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    ChartStyle::fitAxisTitles(this);
    layoutAxes();
}

} // namespace Conductor
