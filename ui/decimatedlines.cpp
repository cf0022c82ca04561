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
{
    connect(view->chart(), &QChart::plotAreaChanged, this, &DecimatedLines::onPlotArea);
}

void DecimatedLines::setPoints(QXYSeries *series, QList<QPointF> points)
{
    for (Line &line : m_lines) {
        if (line.series == series) {
            line.points = std::move(points);
            return;
        }
    }
    m_lines.append(Line{series, std::move(points)});
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

void DecimatedLines::setXRange(double min, double max)
{
    m_xMin = min;
    m_xMax = max;
}

void DecimatedLines::refill()
{
    const int width = columns();
    const double height = plotHeight();
    m_filledColumns = width;
    m_filledHeight = height;
    bool dense = false;
    for (const Line &line : std::as_const(m_lines)) {
        dense = fill(line, width, height) > width || dense;
    }
    if (dense != m_dense || m_view->renderHints().testFlag(QPainter::Antialiasing) == dense) {
        m_dense = dense;
        m_view->setRenderHint(QPainter::Antialiasing, !dense);
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
        count += static_cast<int>(line.series->count());
    }
    return count;
}

qsizetype DecimatedLines::fill(const Line &line, int width, double height)
{
    double min = m_xMin;
    double max = m_xMax;
    if (!(max > min) && !line.points.isEmpty()) {
        min = line.points.constFirst().x();
        max = line.points.constLast().x();
    }
    QList<QPointF> shown = SeriesDecimation::minMaxPerColumn(line.points, min, max, width);
    // Pixels per unit on the series' own vertical axis, as it is ranged now.
    const QList<QAbstractAxis *> axes = line.series->attachedAxes();
    for (QAbstractAxis *axis : axes) {
        const auto *values = qobject_cast<QValueAxis *>(axis);
        if (values && axis->orientation() == Qt::Vertical && values->max() > values->min() &&
            max > min) {
            shown = SeriesDecimation::simplify(
                shown, width / (max - min), height / (values->max() - values->min()), kTolerance);
        }
    }
    const qsizetype count = shown.size();
    line.series->replace(std::move(shown));
    return count;
}

void DecimatedLines::onPlotArea()
{
    if (columns() != m_filledColumns || plotHeight() != m_filledHeight) {
        refill();
    }
}

} // namespace Conductor
