// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole of each long line series of a chart view, kept beside the chart, and drawn of
// it only what the plot area shows: the lowest and highest point of each pixel column
// (SeriesDecimation::minMaxPerColumn), less the points that lie within a third of a
// pixel of the line through the others (SeriesDecimation::simplify, on the scale of the
// series' vertical axis), traced in device pixels and painted by a PlotLinesItem in the
// chart. The series themselves hold no points: they lend the lines their pen, their axes
// and their place in the legend. The lines are traced again when the caller says so
// (refill()) and whenever the plot area changes: a 30-day, per-minute series costs what
// a 2,000-point one does, and a steady one far less. Owned by the chart view it serves
// (a child of it).

#include "plotlines.h"

#include <QList>
#include <QObject>
#include <QPointF>

class QChartView;
class QXYSeries;

namespace Conductor {

class DecimatedLines final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecimatedLines)

public:
    explicit DecimatedLines(QChartView *view);

    // The series' points, sorted by x. The series is filled at the next refill().
    void setPoints(QXYSeries *series, QList<QPointF> points);
    [[nodiscard]] const QList<QPointF> &points(const QXYSeries *series) const;
    // The x range the plot shows (the time axis's), for the next refill().
    void setXRange(double min, double max);
    // Fills every series, for the plot's width now. (A change of the width refills them
    // by itself.)
    void refill();

    // Pixel columns the series are decimated to: the plot area's width in device pixels
    // (the view's width before its chart is laid out).
    [[nodiscard]] int columns() const;
    // The points drawn of the series now (decimated, in the series' values), and how many
    // of them all the series have together.
    [[nodiscard]] const QList<QPointF> &shown(const QXYSeries *series) const;
    [[nodiscard]] int pointCount() const;
    // What is painted of the series: its spans and segments in the chart's coordinates.
    [[nodiscard]] const PlotTrace &trace(const QXYSeries *series) const;

    // How far from the line drawn a point may lie and be left out, in device pixels.
    static constexpr double kTolerance = 0.33;

private:
    struct Line
    {
        QXYSeries *series = nullptr;
        QList<QPointF> points;
        QList<QPointF> shown;
    };
    // Decimates the line and hands its trace to the item.
    void fill(Line &line, int columns, double height);
    [[nodiscard]] double plotHeight() const;

    QChartView *m_view;
    PlotLinesItem *m_item;
    QList<Line> m_lines;
    double m_xMin = 0;
    double m_xMax = 0;
};

} // namespace Conductor
