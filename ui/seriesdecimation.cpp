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
    // Column by column: a column's points run while their x is short of the next
    // column's start (the test columnOf makes, without its conversion); the lowest and
    // highest are picked without branches, which noisy data would mispredict.
    qsizetype i = first;
    while (i < end) {
        const int column = columnOf(i);
        const double next = column + 1;
        const bool last = column == columns - 1;
        qsizetype low = i;
        qsizetype high = i;
        double lowY = points[i].y();
        double highY = lowY;
        qsizetype j = i + 1;
        for (; j < end && (last || (points[j].x() - xMin) * scale < next); ++j) {
            const double y = points[j].y();
            low = y < lowY ? j : low;
            lowY = std::min(lowY, y);
            high = y > highY ? j : high;
            highY = std::max(highY, y);
        }
        flush(low, high);
        i = j;
    }
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
    const auto cross = [](const QPointF &a, const QPointF &b) {
        return a.x() * b.y() - a.y() * b.x();
    };
    // Sleeve fitting (Zhao and Saalfeld), in one pass: from the last point kept, the
    // directions a line may take and still pass within the tolerance of every point
    // since narrow with each point, and the line must reach as far as they do; the point
    // before the first one that fails is kept and the next line starts there.
    // Directions are vectors compared by their cross product, without angles: x only
    // grows, so every direction from the anchor lies in the right half-plane, and the
    // bounds are kept there too (a bound past straight up or down bounds nothing).
    struct Sleeve
    {
        QPointF lower; // the clockwise-most direction allowed, when bounded
        QPointF upper; // the counter-clockwise-most
        bool bounded = false;
        double reach = 0;
    };
    // A point may lie off the line and beyond its end, each by at most this: together
    // within the tolerance.
    const double slack = tolerance / std::sqrt(2.0);
    QList<QPointF> out{points.constFirst()};
    qsizetype anchor = 0;
    Sleeve sleeve;
    for (qsizetype i = 1; i < n; ++i) {
        QPointF v = pixel(i) - pixel(anchor);
        double r = std::sqrt(v.x() * v.x() + v.y() * v.y());
        const bool outside = sleeve.bounded && r > slack &&
                             (cross(sleeve.lower, v) < 0 || cross(v, sleeve.upper) < 0);
        if (r < sleeve.reach - slack || outside) {
            out.append(points[i - 1]);
            anchor = i - 1;
            sleeve = {};
            v = pixel(i) - pixel(anchor);
            r = std::sqrt(v.x() * v.x() + v.y() * v.y());
        }
        if (i == n - 1 || i == low || i == high) {
            out.append(points[i]);
            anchor = i;
            sleeve = {};
            continue;
        }
        sleeve.reach = std::max(sleeve.reach, r);
        if (r > slack) {
            // The two tangents from the anchor to the circle of radius slack about the
            // point: v turned either way by the angle whose sine is slack / r.
            const double sine = slack / r;
            const double cosine = std::sqrt(1 - sine * sine);
            QPointF lower(v.x() * cosine + v.y() * sine, v.y() * cosine - v.x() * sine);
            QPointF upper(v.x() * cosine - v.y() * sine, v.y() * cosine + v.x() * sine);
            if (lower.x() < 0) {
                lower = QPointF(0, -1);
            }
            if (upper.x() < 0) {
                upper = QPointF(0, 1);
            }
            if (!sleeve.bounded) {
                sleeve.lower = lower;
                sleeve.upper = upper;
                sleeve.bounded = true;
            } else {
                if (cross(sleeve.lower, lower) > 0) {
                    sleeve.lower = lower;
                }
                if (cross(upper, sleeve.upper) > 0) {
                    sleeve.upper = upper;
                }
            }
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
