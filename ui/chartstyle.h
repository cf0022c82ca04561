// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the resource charts look, derived from the widget's palette so that they follow
// light and dark themes: the chart's background, text, grid and axes from the palette,
// and the colours of what they draw — tokens blue and dollars orange (a pair that people
// with the common colour-vision deficiencies still tell apart), budgets in the text's
// colour, the alert threshold red — each at least 3:1 against the background. Also the
// nice axis ranges the charts share.

#include <QColor>
#include <QList>
#include <QString>

class QCategoryAxis;
class QChart;
class QChartView;
class QPalette;
class QTimeZone;
class QValueAxis;

namespace Conductor::ChartStyle {

struct Colors
{
    bool dark = false;
    QColor background;
    QColor plot; // the plot area, a shade off the background
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor tokens;
    QColor cost;
    QColor budget;
    QColor alert;
    QColor others; // the "Others" bar
};

[[nodiscard]] Colors colors(const QPalette &palette);

// The chart's background, title, legend and every axis it has, from the colours.
void apply(QChart *chart, const Colors &colors);
// What every chart of the app shares: no rounded background, narrow margins, numbers in
// the locale's form, antialiasing, a minimum size, and the legend below it or none.
void setUp(QChartView *view, bool legend);
// Shows the vertical axes' titles only while the view is wide enough for them: Qt Charts
// gives its vertical axes two fifths of the width at most, and on a narrow chart a title
// would leave the labels ("60,000") elided to nothing. The legend names the lines anyway.
// For a view's resize.
void fitAxisTitles(QChartView *view);

// The axis top a chart needs to show values up to `value`: a nice number (1, 1.2, 1.5,
// 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) and how many intervals divide it into
// nice steps.
struct NiceRange
{
    double top = 1;
    int intervals = 5;
};
[[nodiscard]] NiceRange niceRange(double value);
// How many intervals a vertical axis of the view has room to label: Qt Charts elides
// every label to "…" once they crowd (closer than about 1.8 lines of their font), so a
// short plot labels fewer. From the plot area as laid out (the view's height before).
[[nodiscard]] int roomForIntervals(const QChartView *view);
// Sets the axis to [0, top] with ticks at the range's intervals or, when there is room
// for fewer, at the most of them that divide the range evenly (halves, thirds, or just
// its ends): every label is one the full set would have.
void setRange(QValueAxis *axis, const NiceRange &range, int room = 100);

// Ticks of a time axis at instants a person reads at a glance in the zone: whole days
// (every 1, 2, 7, 14 or 28 days, at the zone's midnight) for long windows, else whole
// hours, minutes or seconds; at most maxTicks of them. Labels "d MMM" at midnight and
// for whole days, "HH:mm" (or "HH:mm:ss") between — in the locale's order and form (its
// short date without the year, its short time format).
struct TimeTick
{
    double ms = 0; // since the epoch
    QString label;
};
[[nodiscard]] QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                                        int maxTicks);
// The axis over [fromMs, toMs] with those ticks as its labels and grid lines.
void setTimeAxis(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                 int maxTicks);

// Whole numbers with the locale's group separators; dollars with two decimals at least
// (four when the amount is below a cent).
[[nodiscard]] QString tokensText(qint64 tokens);
[[nodiscard]] QString usdText(double usd);

} // namespace Conductor::ChartStyle
