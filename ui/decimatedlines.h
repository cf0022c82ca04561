// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The whole of each long line series of a chart view, kept beside the chart, and in the
// chart's series only what the plot area shows: the lowest and highest point of each
// pixel column (SeriesDecimation::minMaxPerColumn), less the points that lie within a
// third of a pixel of the line through the others (SeriesDecimation::simplify, on the
// scale of the series' vertical axis). The series are filled again, each with one
// replace(), when the caller says so (refill()) and whenever the plot's size in device
// pixels changes: a 30-day, per-minute series costs what a 2,000-point one does, and a
// steady one far less.
//
// Painting is what costs: Qt Charts strokes a line one segment at a time, and an
// antialiased segment costs several times a plain one. While a series still has more
// points than the plot has pixel columns (noisy data, drawn as a band of vertical strokes
// that antialiasing does not change), the view paints without antialiasing; with
// antialiasing otherwise. Owned by the chart view it serves (a child of it).

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
    // Points in the series now (decimated), all together.
    [[nodiscard]] int pointCount() const;
    // Whether a series has more points than the plot has columns (painted without
    // antialiasing).
    [[nodiscard]] bool dense() const { return m_dense; }

    // How far from the line drawn a point may lie and be left out, in device pixels.
    static constexpr double kTolerance = 0.33;

private:
    struct Line
    {
        QXYSeries *series = nullptr;
        QList<QPointF> points;
    };
    // Fills the series; returns how many points it holds.
    qsizetype fill(const Line &line, int columns, double height);
    [[nodiscard]] double plotHeight() const;
    void onPlotArea();

    QChartView *m_view;
    QList<Line> m_lines;
    double m_xMin = 0;
    double m_xMax = 0;
    int m_filledColumns = 0;
    double m_filledHeight = 0;
    bool m_dense = false;
};

} // namespace Conductor
