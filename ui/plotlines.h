// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Long lines drawn in a chart's plot area by the app rather than by Qt Charts, which
// strokes a line one antialiased segment at a time and, for every update, strokes its
// whole outline once more to know where the mouse hovers it: a noisy line of 2,400
// points then costs several milliseconds to prepare and as many to paint.
//
// A line is traced in device pixel columns. Where the line stays within a column, moves
// to the next one or falls steeply across a few, what a person sees of it is each
// column filled from its lowest to its highest point there: a span, filled as a
// rectangle as wide as the pen about the column's middle (and half a pen longer at each
// end). Where it runs across columns at a gentler slope, it is a segment, stroked with the
// line's pen, antialiased. A steady line (a running total, simplified) is mostly
// segments, drawn smooth; a noisy one nearly all spans, which fill many times faster than
// they would stroke; the strokes' length is bounded by the plot's width.
//
// The item belongs to the chart (a child of the QChart), above its series and below its
// legend, clipped to the plot area; it takes no mouse events.

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QRectF>

class QChart;
class QXYSeries;

namespace Conductor {

struct PlotTrace
{
    // In the coordinates the points came in; spans one device pixel wide, from the
    // column's lowest to its highest point (no pen width added).
    QList<QRectF> spans;
    QList<QLineF> segments;
};

// A segment this many times as high as it is wide, or steeper, is drawn as spans.
inline constexpr double kSteepSlope = 3;

// The trace of a polyline given in logical pixels (sorted by x) on a device with the
// pixel ratio. A single point alone is a span; a point that only ends segments is not.
[[nodiscard]] PlotTrace tracePolyline(const QList<QPointF> &pixels, double devicePixelRatio);
// The polyline as segments only: for a pen with a dash pattern, which spans would lose.
[[nodiscard]] PlotTrace traceSegments(const QList<QPointF> &pixels);

class PlotLinesItem final : public QGraphicsItem
{
public:
    explicit PlotLinesItem(QChart *chart);

    // The trace to draw for the series, with the series' pen, while the series is visible.
    // An empty trace draws nothing.
    void setTrace(const QXYSeries *series, PlotTrace trace);
    [[nodiscard]] const PlotTrace &trace(const QXYSeries *series) const;
    // The plot area to clip to (the chart's, in its coordinates).
    void setArea(const QRectF &area);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Above the series Qt Charts draws (their z values are small whole numbers), below the
    // legend's.
    static constexpr double kZValue = 4.5;

private:
    struct Line
    {
        const QXYSeries *series = nullptr;
        PlotTrace trace;
    };
    QList<Line> m_lines;
    QRectF m_area;
};

} // namespace Conductor
