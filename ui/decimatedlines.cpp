// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimatedlines.h"

#include "seriesdecimation.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>

#include <cmath>

namespace Conductor {

DecimatedLines::DecimatedLines(QChartView *view)
    : QObject(view)
    , m_view(view)
    , m_item(new PlotLinesItem(view->chart()))
{
    // Any move of the plot area moves the lines' pixels; a change of its size changes
    // their columns too.
    connect(view->chart(), &QChart::plotAreaChanged, this, &DecimatedLines::refill);
}

void DecimatedLines::setPoints(QXYSeries *series, QList<QPointF> points)
{
    for (Line &line : m_lines) {
        if (line.series == series) {
            line.points = std::move(points);
            return;
        }
    }
    m_lines.append(Line{series, std::move(points), {}});
}

const QList<QPointF> &DecimatedLines::points(const QXYSeries *series) const
{
    static const QList<QPointF> none;
    for (const Line &line : m_lines) {
        if (line.series == series) {
            return line.points;
        }
    }
    return none;
}

const QList<QPointF> &DecimatedLines::shown(const QXYSeries *series) const
{
    static const QList<QPointF> none;
    for (const Line &line : m_lines) {
        if (line.series == series) {
            return line.shown;
        }
    }
    return none;
}

const PlotTrace &DecimatedLines::trace(const QXYSeries *series) const
{
    return m_item->trace(series);
}

void DecimatedLines::setXRange(double min, double max)
{
    m_xMin = min;
    m_xMax = max;
}

void DecimatedLines::refill()
{
    const int width = columns();
    const double height = plotHeight();
    m_item->setArea(m_view->chart()->plotArea());
    for (Line &line : m_lines) {
        fill(line, width, height);
    }
}

int DecimatedLines::columns() const
{
    double width = m_view->chart()->plotArea().width();
    if (width < 1) {
        width = m_view->width();
    }
    return std::max(1, static_cast<int>(std::ceil(width * m_view->devicePixelRatioF())));
}

double DecimatedLines::plotHeight() const
{
    double height = m_view->chart()->plotArea().height();
    if (height < 1) {
        height = m_view->height();
    }
    return std::max(1.0, height * m_view->devicePixelRatioF());
}

int DecimatedLines::pointCount() const
{
    int count = 0;
    for (const Line &line : m_lines) {
        count += static_cast<int>(line.shown.size());
    }
    return count;
}

void DecimatedLines::fill(Line &line, int width, double height)
{
    double min = m_xMin;
    double max = m_xMax;
    if (!(max > min) && !line.points.isEmpty()) {
        min = line.points.constFirst().x();
        max = line.points.constLast().x();
    }
    line.shown = SeriesDecimation::minMaxPerColumn(line.points, min, max, width);
    // The series' own vertical axis, as it is ranged now: its pixels per unit, and two
    // values that map to the plot's corners.
    double yMin = 0;
    double yMax = 1;
    const QList<QAbstractAxis *> axes = line.series->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        const auto *values = qobject_cast<QValueAxis *>(axis);
        if (values && axis->orientation() == Qt::Vertical && values->max() > values->min()) {
            yMin = values->min();
            yMax = values->max();
            if (max > min) {
                line.shown = SeriesDecimation::simplify(line.shown, width / (max - min),
                                                        height / (yMax - yMin), kTolerance);
            }
        }
    }
    // Values to the chart's coordinates: the axes are linear, so two points fix the map.
    QChart *chart = m_view->chart();
    const double x0 = min;
    const double x1 = max > min ? max : min + 1;
    const QPointF a = chart->mapToPosition(QPointF(x0, yMin), line.series);
    const QPointF b = chart->mapToPosition(QPointF(x1, yMax), line.series);
    const double sx = (b.x() - a.x()) / (x1 - x0);
    const double sy = (b.y() - a.y()) / (yMax - yMin);
    QList<QPointF> pixels;
    pixels.reserve(line.shown.size());
    for (const QPointF &p : std::as_const(line.shown)) {
        pixels.append(QPointF(a.x() + (p.x() - x0) * sx, a.y() + (p.y() - yMin) * sy));
    }
    m_item->setTrace(line.series, line.series->pen().style() == Qt::SolidLine
                                      ? tracePolyline(pixels, m_view->devicePixelRatioF())
                                      : traceSegments(pixels));
}

} // namespace Conductor
