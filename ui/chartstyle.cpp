// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include "displayformat.h"

#include "graphtheme.h"
#include "uistyle.h"

#include "engine/ledger.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>

#include <QGraphicsLayout>
#include <QLocale>
#include <QPalette>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace Conductor::ChartStyle {

namespace {

constexpr double kGraphicContrast = 3.2; // WCAG's 3:1 for graphics, with some room

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

// The colour, made lighter (on dark) or darker (on light) until it stands out enough.
QColor standOut(QColor c, const QColor &against, bool dark)
{
    for (int i = 0; i < 30 && GraphTheme::contrast(c, against) < kGraphicContrast; ++i) {
        c = dark ? c.lighter(108) : c.darker(108);
    }
    return c;
}

} // namespace

Colors colors(const QPalette &palette)
{
    Colors c;
    c.dark = UiStyle::isDark(palette);
    c.background = palette.color(QPalette::Window);
    c.plot = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::WindowText);
    c.mutedText = mix(c.text, c.background, 0.3);
    c.grid = mix(c.text, c.plot, c.dark ? 0.82 : 0.88);
    c.axis = mix(c.text, c.plot, 0.55);
    c.tokens =
        standOut(c.dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0), c.plot, c.dark);
    c.cost = standOut(c.dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x55, 0x00), c.plot, c.dark);
    c.budget = c.text;
    c.alert = standOut(UiStyle::errorColor(palette), c.plot, c.dark);
    c.others = standOut(mix(c.text, c.plot, 0.5), c.plot, c.dark);
    return c;
}

void setUp(QChartView *view, bool legend)
{
    QChart *c = view->chart();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    // Qt Charts formats with the system's locale unless told otherwise; the app's is the
    // default one (the language chosen in Settings).
    c->setLocalizeNumbers(true);
    c->setLocale(QLocale());
    if (legend) {
        c->legend()->setAlignment(Qt::AlignBottom);
    } else {
        c->legend()->setVisible(false);
    }
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 200);
}

void fitAxisTitles(QChartView *view)
{
    constexpr int kTitledWidth = 560;
    const bool titled = view->width() >= kTitledWidth;
    const QList<QAbstractAxis *> axes = view->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        axis->setTitleVisible(titled);
    }
}

void apply(QChart *chart, const Colors &colors)
{
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundBrush(colors.plot);
    chart->setPlotAreaBackgroundPen(QPen(colors.axis, 1));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(colors.text);
        axis->setTitleBrush(colors.mutedText);
        axis->setLinePenColor(colors.axis);
        axis->setGridLineColor(colors.grid);
        axis->setMinorGridLineColor(colors.grid);
    }
}

NiceRange niceRange(double value)
{
    if (!(value > 0) || !std::isfinite(value)) {
        return {};
    }
    struct Step
    {
        double mantissa;
        int intervals;
    };
    static constexpr std::array kSteps{Step{1, 5},   Step{1.2, 6}, Step{1.5, 5}, Step{2, 4},
                                       Step{2.5, 5}, Step{3, 6},   Step{4, 4},   Step{5, 5},
                                       Step{6, 6},   Step{8, 4},   Step{10, 5}};
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const Step &step : kSteps) {
        // A little room for rounding: 3.0000001 is 3.
        if (step.mantissa * power >= value * (1 - 1e-9)) {
            return {step.mantissa * power, step.intervals};
        }
    }
    return {10 * power, 5};
}

int roomForIntervals(const QChartView *view)
{
    const QChart *chart = view->chart();
    const double height =
        chart->plotArea().height() > 1 ? chart->plotArea().height() : view->height() * 0.6;
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Vertical);
    const QFont font = axes.isEmpty() ? view->font() : axes.constFirst()->labelsFont();
    const double spacing = 1.8 * QFontMetricsF(font).height();
    return std::max(1, static_cast<int>(height / spacing));
}

void setRange(QValueAxis *axis, const NiceRange &range, int room)
{
    int intervals = std::max(1, range.intervals);
    for (int fewer = std::min(intervals, std::max(1, room)); fewer >= 1; --fewer) {
        if (intervals % fewer == 0) {
            intervals = fewer;
            break;
        }
    }
    axis->setRange(0, range.top);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(intervals + 1);
}

QList<TimeTick> timeTicks(qint64 fromMs, qint64 toMs, const QTimeZone &zone, int maxTicks)
{
    QList<TimeTick> ticks;
    if (toMs <= fromMs) {
        return ticks;
    }
    maxTicks = std::max(2, maxTicks);
    const auto dayLabel = [&](const QDateTime &at) {
        return DisplayFormat::dayMonth(at.toTimeZone(zone).date());
    };
    constexpr qint64 kDay = 86'400;
    static constexpr std::array<qint64, 17> kSeconds{
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10'800, 21'600, 43'200};
    const double spanSeconds = static_cast<double>(toMs - fromMs) / 1000.0;
    qint64 step = 0;
    for (qint64 s : kSeconds) {
        if (spanSeconds / static_cast<double>(s) <= maxTicks) {
            step = s;
            break;
        }
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC);
    if (step == 0) {
        // Whole days, every `days` of them from the first midnight in the window.
        int days = 1;
        for (int d : {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
            days = d;
            if (spanSeconds / static_cast<double>(d * kDay) <= maxTicks) {
                break;
            }
        }
        int index = 0;
        for (QDateTime day = Ledger::endOfDay(from.addMSecs(-1), zone); day <= to;
             day = Ledger::endOfDay(day, zone), ++index) {
            if (day >= from && index % days == 0) {
                ticks.append({static_cast<double>(day.toMSecsSinceEpoch()), dayLabel(day)});
            }
        }
        return ticks;
    }
    // Whole multiples of the step in the zone's local time.
    const QLocale locale;
    const QString format = DisplayFormat::timeFormat(step < 60);
    qint64 at = fromMs / 1000;
    for (int guard = 0; guard < 4 * maxTicks + 8; ++guard) {
        const qint64 offset = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
        const qint64 local = at + offset;
        const qint64 aligned = (local + step - 1) / step * step - offset;
        if (aligned * 1000 > toMs) {
            break;
        }
        if (aligned * 1000 >= fromMs &&
            (ticks.isEmpty() || ticks.constLast().ms < static_cast<double>(aligned) * 1000)) {
            const QDateTime time = QDateTime::fromSecsSinceEpoch(aligned, Qt::UTC);
            const QDateTime inZone = time.toTimeZone(zone);
            ticks.append({static_cast<double>(aligned) * 1000,
                          inZone.time() == QTime(0, 0) ? dayLabel(time)
                                                       : locale.toString(inZone.time(), format)});
        }
        at = aligned + step;
    }
    return ticks;
}

void setTimeAxis(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, const QTimeZone &zone,
                 int maxTicks)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old) {
        axis->remove(label);
    }
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(static_cast<double>(fromMs));
    axis->setRange(static_cast<double>(fromMs), static_cast<double>(std::max(toMs, fromMs + 1)));
    QStringList seen;
    for (TimeTick &tick : timeTicks(fromMs, toMs, zone, maxTicks)) {
        // The axis knows its categories by their labels: a time that comes again on
        // another day gets an invisible mark of its own.
        while (seen.contains(tick.label)) {
            tick.label += QChar(0x200B);
        }
        seen.append(tick.label);
        axis->append(tick.label, tick.ms);
    }
}

QString tokensText(qint64 tokens)
{
    return DisplayFormat::number(tokens);
}

QString usdText(double usd)
{
    return DisplayFormat::usd(usd);
}

} // namespace Conductor::ChartStyle
