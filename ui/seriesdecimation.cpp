// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriesdecimation.h"

#include <algorithm>
#include <cmath>

namespace Conductor::SeriesDecimation {

QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax, int columns)
{
    columns = std::max(1, columns);
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    const auto first = static_cast<qsizetype>(
        std::lower_bound(points.cbegin(), points.cend(), xMin, byX) - points.cbegin());
    const auto end = static_cast<qsizetype>(
        std::upper_bound(points.cbegin(), points.cend(), xMax,
                         [](double x, const QPointF &p) { return x < p.x(); }) -
        points.cbegin());
    // The neighbours outside the range, which carry the line to the plot's edges.
    const qsizetype from = first > 0 ? first - 1 : first;
    const qsizetype to = end < points.size() ? end + 1 : end;
    if (end - first <= 2 * static_cast<qsizetype>(columns) + 2) {
        return points.mid(from, to - from);
    }

    const double scale = xMax > xMin ? columns / (xMax - xMin) : 0.0;
    const auto columnOf = [&](qsizetype i) {
        return std::min(columns - 1, static_cast<int>((points[i].x() - xMin) * scale));
    };
    QList<QPointF> out;
    out.reserve(2 * columns + 4);
    qsizetype lastEmitted = from - 1;
    const auto keep = [&](qsizetype i) {
        if (i > lastEmitted) {
            out.append(points[i]);
            lastEmitted = i;
        }
    };
    if (from < first) {
        keep(from);
    }
    keep(first);
    const auto flush = [&](qsizetype low, qsizetype high) {
        keep(std::min(low, high));
        keep(std::max(low, high));
    };
    qsizetype low = first;
    qsizetype high = first;
    int column = columnOf(first);
    for (qsizetype i = first + 1; i < end; ++i) {
        const int c = columnOf(i);
        if (c != column) {
            flush(low, high);
            column = c;
            low = high = i;
            continue;
        }
        const double y = points[i].y();
        if (y < points[low].y()) {
            low = i;
        }
        if (y > points[high].y()) {
            high = i;
        }
    }
    flush(low, high);
    keep(end - 1);
    if (end < to) {
        keep(end);
    }
    return out;
}

QList<QPointF> simplify(const QList<QPointF> &points, double xScale, double yScale,
                        double tolerance)
{
    const qsizetype n = points.size();
    if (n <= 2 || !(xScale > 0) || !(yScale > 0) || !(tolerance > 0)) {
        return points;
    }
    qsizetype low = 0;
    qsizetype high = 0;
    for (qsizetype i = 1; i < n; ++i) {
        low = points[i].y() < points[low].y() ? i : low;
        high = points[i].y() > points[high].y() ? i : high;
    }
    const auto pixel = [&](qsizetype i) {
        return QPointF(points[i].x() * xScale, points[i].y() * yScale);
    };
    // Sleeve fitting (Zhao and Saalfeld), in one pass: from the last point kept, the
    // directions a line may take and still pass within the tolerance of every point
    // since narrow with each point, and the line must reach as far as they do; the point
    // before the first one that fails is kept and the next line starts there. x only
    // grows, so directions stay within a half turn.
    constexpr double kOpen = 4; // radians: wider than any direction
    // A point may lie off the line and beyond its end, each by at most this: together
    // within the tolerance.
    const double slack = tolerance / std::sqrt(2.0);
    QList<QPointF> out{points.constFirst()};
    qsizetype anchor = 0;
    double from = -kOpen;
    double to = kOpen;
    double reach = 0;
    for (qsizetype i = 1; i < n; ++i) {
        QPointF v = pixel(i) - pixel(anchor);
        double r = std::hypot(v.x(), v.y());
        double direction = std::atan2(v.y(), v.x());
        if (r < reach - slack || (r > slack && (direction < from || direction > to))) {
            out.append(points[i - 1]);
            anchor = i - 1;
            from = -kOpen;
            to = kOpen;
            v = pixel(i) - pixel(anchor);
            r = std::hypot(v.x(), v.y());
            direction = std::atan2(v.y(), v.x());
            reach = 0;
        }
        if (i == n - 1 || i == low || i == high) {
            out.append(points[i]);
            anchor = i;
            from = -kOpen;
            to = kOpen;
            reach = 0;
            continue;
        }
        reach = std::max(reach, r);
        if (r > slack) {
            const double spread = std::asin(slack / r);
            from = std::max(from, direction - spread);
            to = std::min(to, direction + spread);
        }
    }
    return out;
}

QList<QPointF> cumulative(const QList<QPointF> &values, const QList<double> &resets)
{
    QList<QPointF> out;
    out.reserve(values.size());
    double sum = 0;
    qsizetype r = 0;
    for (const QPointF &p : values) {
        bool reset = false;
        while (r < resets.size() && resets[r] <= p.x()) {
            ++r;
            reset = true;
        }
        if (reset) {
            sum = 0;
        }
        sum += p.y();
        out.append(QPointF(p.x(), sum));
    }
    return out;
}

QList<QPointF> cumulativeSteps(const QList<QPointF> &values, const QList<double> &resets)
{
    QList<QPointF> out;
    out.reserve(2 * values.size());
    double sum = 0;
    qsizetype r = 0;
    for (const QPointF &p : values) {
        // The first reset crossed since the point before is where the sum dropped.
        if (r < resets.size() && resets[r] <= p.x()) {
            if (!out.isEmpty() && sum != 0) {
                out.append(QPointF(resets[r], sum));
                out.append(QPointF(resets[r], 0));
            }
            sum = 0;
            while (r < resets.size() && resets[r] <= p.x()) {
                ++r;
            }
        }
        out.append(QPointF(p.x(), sum));
        sum += p.y();
        out.append(QPointF(p.x(), sum));
    }
    return out;
}

} // namespace Conductor::SeriesDecimation
