// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionchart.h"

#include "displayformat.h"

#include "chartstyle.h"
#include "decimatedlines.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QGraphicsLayout>
#include <QJsonObject>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

namespace Conductor {

namespace {

constexpr double kHeadroom = 1.05;
constexpr qint64 kMinimumSpanMs = 60'000;
constexpr double kPixelsPerTick = 90;

QLineSeries *newLine(QChart *chart, const QString &name)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    chart->addSeries(line);
    return line;
}

// Adds a step from the last value to a new one at x.
void step(QList<QPointF> &steps, double x, double before, double after)
{
    steps.append(QPointF(x, before));
    steps.append(QPointF(x, after));
}

double msOf(const QDateTime &time)
{
    return static_cast<double>(time.toMSecsSinceEpoch());
}

} // namespace

ExecutionChart::ExecutionChart(QWidget *parent)
    : QChartView(new QChart(), parent)
{
    ChartStyle::setUp(this, true);
    QChart *c = chart();

    m_tokensLine = newLine(c, tr("Tokens used"));
    m_costLine = newLine(c, tr("Dollars used"));
    m_budgetLine = newLine(c, tr("Budget"));
    m_timeAxis = new QCategoryAxis(c);
    m_tokensAxis = new QValueAxis(c);
    m_tokensAxis->setTitleText(tr("Tokens"));
    m_tokensAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_costAxis = new QValueAxis(c);
    m_costAxis->setTitleText(tr("US dollars"));
    m_costAxis->setGridLineVisible(false);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_tokensAxis, Qt::AlignLeft);
    c->addAxis(m_costAxis, Qt::AlignRight);
    for (QLineSeries *line : {m_tokensLine, m_costLine, m_budgetLine}) {
        line->attachAxis(m_timeAxis);
    }
    m_tokensLine->attachAxis(m_tokensAxis);
    m_costLine->attachAxis(m_costAxis);
    m_budgetLine->attachAxis(m_costAxis);

    m_lines = new DecimatedLines(this);
    connect(c, &QChart::plotAreaChanged, this, &ExecutionChart::onPlotArea);
    m_repaint = new QTimer(this);
    m_repaint->setSingleShot(true);
    m_repaint->setInterval(kRepaintMs);
    connect(m_repaint, &QTimer::timeout, this, &ExecutionChart::refresh);

    setAccessibleName(tr("Tokens and dollars this execution used"));
    restyle();
    refresh();
}

void ExecutionChart::setEvents(const ExecutionEvents &events)
{
    reset();
    for (const ExecutionEvent &event : events) {
        apply(event);
    }
    m_repaint->stop();
    refresh();
}

void ExecutionChart::appendEvents(const ExecutionEvents &events)
{
    bool changed = false;
    for (const ExecutionEvent &event : events) {
        if (event.seq <= m_lastSeq ||
            (!m_executionId.isEmpty() && event.executionId != m_executionId)) {
            continue;
        }
        apply(event);
        changed = true;
    }
    if (changed && !m_repaint->isActive()) {
        m_repaint->start();
    }
}

void ExecutionChart::clear()
{
    reset();
    m_repaint->stop();
    refresh();
}

int ExecutionChart::pointCount() const
{
    return m_lines->pointCount();
}

bool ExecutionChart::repaintPending() const
{
    return m_repaint->isActive();
}

void ExecutionChart::reset()
{
    m_executionId.clear();
    m_lastSeq = 0;
    m_start = {};
    m_end = {};
    m_tokens = 0;
    m_cost = {};
    m_budget.reset();
    m_tokenSteps.clear();
    m_costSteps.clear();
    m_budgetSteps.clear();
}

void ExecutionChart::apply(const ExecutionEvent &event)
{
    if (m_executionId.isEmpty()) {
        m_executionId = event.executionId;
    }
    m_lastSeq = std::max(m_lastSeq, event.seq);
    if (event.time.isValid()) {
        if (!m_start.isValid() || event.time < m_start) {
            m_start = event.time;
        }
        if (!m_end.isValid() || event.time > m_end) {
            m_end = event.time;
        }
    }
    const double x = msOf(event.time.isValid() ? event.time : m_end);
    if (event.type == EventType::Created) {
        const QJsonObject options = event.data.value(QLatin1String("options")).toObject();
        if (options.contains(QLatin1String("maxCostMicros"))) {
            m_budget = Money::fromMicros(options.value(QLatin1String("maxCostMicros")).toInteger());
            m_budgetSteps = {QPointF(x, m_budget->toUsd())};
        }
    } else if (event.type == EventType::BudgetOverridden) {
        // Grants raise an execution's own budget; one with none spends against the day's.
        if (m_budget) {
            const double before = m_budget->toUsd();
            m_budget = *m_budget + Money::fromMicros(
                                       event.data.value(QLatin1String("amountMicros")).toInteger());
            step(m_budgetSteps, x, before, m_budget->toUsd());
        }
    } else if (event.type == EventType::BudgetPosted) {
        const qint64 tokens = event.data.value(QLatin1String("usedTokens")).toInteger();
        const qint64 micros = event.data.value(QLatin1String("usedCostMicros")).toInteger();
        step(m_tokenSteps, x, static_cast<double>(m_tokens),
             static_cast<double>(m_tokens + tokens));
        step(m_costSteps, x, m_cost.toUsd(), (m_cost + Money::fromMicros(micros)).toUsd());
        m_tokens += tokens;
        m_cost = m_cost + Money::fromMicros(micros);
    }
}

void ExecutionChart::refresh()
{
    const QDateTime start = m_start.isValid() ? m_start : QDateTime::currentDateTimeUtc();
    QDateTime end = m_end.isValid() ? m_end : start;
    end = std::max(end, start.addMSecs(kMinimumSpanMs));
    const double from = msOf(start);
    const double to = msOf(end);
    m_fromMs = start.toMSecsSinceEpoch();
    m_toMs = end.toMSecsSinceEpoch();

    // From nothing at the start to the totals now, flat after the last change; nothing
    // before the first event.
    const auto line = [&](const QList<QPointF> &steps, double now, bool fromZero) {
        QList<QPointF> points;
        if (!m_start.isValid()) {
            return points;
        }
        points.reserve(steps.size() + 2);
        if (fromZero) {
            points.append(QPointF(from, 0));
        }
        points.append(steps);
        if (!points.isEmpty()) {
            points.append(QPointF(to, now));
        }
        return points;
    };
    m_lines->setXRange(from, to);
    m_lines->setPoints(m_tokensLine, line(m_tokenSteps, static_cast<double>(m_tokens), true));
    m_lines->setPoints(m_costLine, line(m_costSteps, m_cost.toUsd(), true));
    m_lines->setPoints(m_budgetLine,
                       m_budget ? line(m_budgetSteps, m_budget->toUsd(), false) : QList<QPointF>());

    m_tokensRange =
        ChartStyle::niceRange(std::max(10.0, static_cast<double>(m_tokens)) * kHeadroom);
    double costTop = std::max(0.01, m_cost.toUsd());
    for (const QPointF &p : std::as_const(m_budgetSteps)) {
        costTop = std::max(costTop, p.y());
    }
    m_costRange = ChartStyle::niceRange(costTop * kHeadroom);
    layoutAxes();
    const double costStep = m_costRange.top / m_costRange.intervals;
    m_costAxis->setLabelFormat(
        DisplayFormat::usdAxisFormat(costStep >= 1 && costStep == std::floor(costStep) ? 0
                                     : costStep >= 0.01                                ? 2
                                                                                       : 4));
    m_lines->refill(); // on the axes' new scale

    m_budgetLine->setName(m_budget ? tr("Budget: %1").arg(ChartStyle::usdText(m_budget->toUsd()))
                                   : tr("Budget"));
    const QList<QLegendMarker *> markers = chart()->legend()->markers(m_budgetLine);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(m_budget.has_value());
    }
    setAccessibleDescription(
        m_budget ? tr("%1 tokens and %2 used of a budget of %3")
                       .arg(ChartStyle::tokensText(m_tokens), ChartStyle::usdText(m_cost.toUsd()),
                            ChartStyle::usdText(m_budget->toUsd()))
                 : tr("%1 tokens and %2 used")
                       .arg(ChartStyle::tokensText(m_tokens), ChartStyle::usdText(m_cost.toUsd())));
}

void ExecutionChart::restyle()
{
    const ChartStyle::Colors colors = ChartStyle::colors(palette());
    ChartStyle::apply(chart(), colors);
    m_tokensLine->setPen(QPen(colors.tokens, 2));
    m_costLine->setPen(QPen(colors.cost, 2));
    m_budgetLine->setPen(QPen(colors.budget, 1.5, Qt::DashLine));
}

void ExecutionChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        restyle();
    }
}

void ExecutionChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    ChartStyle::fitAxisTitles(this);
    layoutAxes();
}

void ExecutionChart::layoutAxes()
{
    const double width =
        chart()->plotArea().width() > 1 ? chart()->plotArea().width() : this->width();
    m_timeTicks = static_cast<int>(width / kPixelsPerTick);
    m_room = ChartStyle::roomForIntervals(this);
    ChartStyle::setTimeAxis(m_timeAxis, m_fromMs, m_toMs, QTimeZone::systemTimeZone(), m_timeTicks);
    ChartStyle::setRange(m_tokensAxis, m_tokensRange, m_room);
    ChartStyle::setRange(m_costAxis, m_costRange, m_room);
}

void ExecutionChart::onPlotArea()
{
    // Only what the plot's new size changes: its ticks (the ranges stay, so the lines do).
    const double width = chart()->plotArea().width();
    if (static_cast<int>(width / kPixelsPerTick) != m_timeTicks ||
        ChartStyle::roomForIntervals(this) != m_room) {
        layoutAxes();
    }
}

} // namespace Conductor
