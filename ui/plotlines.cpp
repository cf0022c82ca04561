// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotlines.h"

#include <QtCharts/QChart>
#include <QtCharts/QXYSeries>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

// A span being traced: the column and the vertical extent of the line in it.
struct OpenSpan
{
    qint64 column = 0;
    double top = 0;
    double bottom = 0;
    int points = 0;         // points of the line inside the column
    bool joinsSpan = false; // the line runs into the next or previous column's span
    bool endsSegment = false;

    void include(double y)
    {
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
};

} // namespace

PlotTrace tracePolyline(const QList<QPointF> &pixels, double devicePixelRatio)
{
    PlotTrace trace;
    if (pixels.isEmpty()) {
        return trace;
    }
    const double ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const auto columnOf = [ratio](const QPointF &p) {
        return static_cast<qint64>(std::floor(p.x() * ratio));
    };
    const auto spanOf = [ratio](qint64 column, double top, double bottom) {
        return QRectF(static_cast<double>(column) / ratio, top, 1.0 / ratio, bottom - top);
    };
    const auto close = [&](const OpenSpan &span) {
        // A point that only ends segments is drawn by them.
        if (span.points > 1 || span.joinsSpan || !span.endsSegment) {
            trace.spans.append(spanOf(span.column, span.top, span.bottom));
        }
    };
    OpenSpan span{columnOf(pixels.constFirst()), pixels.constFirst().y(), pixels.constFirst().y(),
                  1};
    for (qsizetype i = 1; i < pixels.size(); ++i) {
        const QPointF &previous = pixels.at(i - 1);
        const QPointF &point = pixels.at(i);
        const qint64 column = columnOf(point);
        const double dx = point.x() - previous.x();
        const double dy = point.y() - previous.y();
        if (column <= span.column) { // the same column (or a point out of order)
            span.include(point.y());
            ++span.points;
        } else if (column == span.column + 1 || std::abs(dy) >= kSteepSlope * dx) {
            // Into the next column, or steeply across a few: each column the line crosses
            // takes the part of it that lies in the column.
            const auto yAt = [&](double x) { return previous.y() + dy * (x - previous.x()) / dx; };
            double y = yAt(static_cast<double>(span.column + 1) / ratio);
            span.include(y);
            span.joinsSpan = true;
            close(span);
            for (qint64 c = span.column + 1; c < column; ++c) {
                const double next = yAt(static_cast<double>(c + 1) / ratio);
                trace.spans.append(spanOf(c, std::min(y, next), std::max(y, next)));
                y = next;
            }
            span = OpenSpan{column, std::min(y, point.y()), std::max(y, point.y()), 1, true, false};
        } else {
            span.endsSegment = true;
            close(span);
            trace.segments.append(QLineF(previous, point));
            span = OpenSpan{column, point.y(), point.y(), 1, false, true};
        }
    }
    close(span);
    return trace;
}

PlotTrace traceSegments(const QList<QPointF> &pixels)
{
    PlotTrace trace;
    for (qsizetype i = 1; i < pixels.size(); ++i) {
        trace.segments.append(QLineF(pixels.at(i - 1), pixels.at(i)));
    }
    return trace;
}

PlotLinesItem::PlotLinesItem(QChart *chart)
    : QGraphicsItem(chart)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PlotLinesItem::setTrace(const QXYSeries *series, PlotTrace trace)
{
    for (Line &line : m_lines) {
        if (line.series == series) {
            line.trace = std::move(trace);
            update();
            return;
        }
    }
    m_lines.append(Line{series, std::move(trace)});
    update();
}

const PlotTrace &PlotLinesItem::trace(const QXYSeries *series) const
{
    static const PlotTrace none;
    for (const Line &line : m_lines) {
        if (line.series == series) {
            return line.trace;
        }
    }
    return none;
}

void PlotLinesItem::setArea(const QRectF &area)
{
    if (area != m_area) {
        prepareGeometryChange();
        m_area = area;
    }
    update();
}

QRectF PlotLinesItem::boundingRect() const
{
    return m_area;
}

void PlotLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setClipRect(m_area, Qt::IntersectClip);
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.series->isVisible()) {
            continue;
        }
        const QPen pen = line.series->pen();
        if (pen.style() == Qt::NoPen) {
            continue;
        }
        // Spans: as wide as the pen (a device pixel at least) about their column's middle,
        // and half a pen longer at each end; no antialiasing (a column's edges are lost in
        // its neighbours').
        if (!line.trace.spans.isEmpty()) {
            painter->setRenderHint(QPainter::Antialiasing, false);
            const double half = pen.widthF() / 2;
            const QBrush brush = pen.brush();
            for (const QRectF &span : line.trace.spans) {
                const double grow = std::max(0.0, half - span.width() / 2);
                painter->fillRect(span.adjusted(-grow, -half, grow, half), brush);
            }
        }
        if (!line.trace.segments.isEmpty()) {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            if (pen.style() == Qt::SolidLine) {
                painter->drawLines(line.trace.segments);
            } else {
                // A dash pattern runs on along a polyline; per segment it would start again.
                QPolygonF polyline;
                for (const QLineF &segment : line.trace.segments) {
                    if (polyline.isEmpty() || polyline.constLast() != segment.p1()) {
                        if (polyline.size() > 1) {
                            painter->drawPolyline(polyline);
                        }
                        polyline = {segment.p1()};
                    }
                    polyline.append(segment.p2());
                }
                painter->drawPolyline(polyline);
            }
        }
    }
    painter->restore();
}

} // namespace Conductor
