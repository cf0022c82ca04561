// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure functions that prepare long series for a chart. A line drawn through 43,200 points
// on a plot 1,000 pixels wide draws 43 points per pixel column; what a person sees of
// each column is its lowest and its highest point, so keeping those two (in the order
// they come) draws the same line with at most two points per column. And running sums
// that start again at each budget day, for "used so far today" charts.

#include <QList>
#include <QPointF>

namespace Conductor::SeriesDecimation {

// The points of a series sorted by x that a plot `columns` pixels wide over
// [xMin, xMax] needs: in each column the lowest and the highest point, in x order (one
// when they are the same point), plus the series' first and last point in the range.
// Points outside the range are dropped, except the last one before it and the first one
// after it, so that the line still runs to the plot's edges. At most 2 * columns + 2
// points of the range, plus those two; all of them when there are not more than that.
[[nodiscard]] QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax,
                                             int columns);

// The points of a polyline (x sorted) less those that lie within `tolerance` pixels of the
// line drawn through the points kept, distances measured after scaling x by xScale and y
// by yScale (pixels per unit); in one pass. The first and last point, and the lowest and
// the highest, always stay. A line that rises steadily for a day needs a few points, not
// one per pixel column; a noisy one keeps nearly all.
[[nodiscard]] QList<QPointF> simplify(const QList<QPointF> &points, double xScale, double yScale,
                                      double tolerance);

// Running sums of the values (x sorted), starting again from zero at each reset: a point
// whose x is at or past a reset (sorted too) starts a new sum. resets may lie anywhere,
// those before the first point or between two points included.
[[nodiscard]] QList<QPointF> cumulative(const QList<QPointF> &values,
                                        const QList<double> &resets = {});

// The same sums, drawn as steps: each value's rise happens at its x, so a line through
// the result stays flat between points (two points per value), and drops to zero at
// each reset that falls between two points.
[[nodiscard]] QList<QPointF> cumulativeSteps(const QList<QPointF> &values,
                                             const QList<double> &resets = {});

} // namespace Conductor::SeriesDecimation
