// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakdownchart.h"

#include "displayformat.h"

#include "chartstyle.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Conductor {

namespace {

// Room right of the longest bar for its label.
constexpr double kLabelRoom = 1.18;

} // namespace

BreakdownChart::BreakdownChart(QWidget *parent)
    : QChartView(new QChart(), parent)
{
    ChartStyle::setUp(this, false);
    QChart *c = chart();
    setMinimumSize(240, 160);

    m_set = new QBarSet(QString(), c);
    m_series = new QHorizontalBarSeries(c);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    c->addSeries(m_series);
    m_names = new QBarCategoryAxis(c);
    m_names->setGridLineVisible(false);
    m_amounts = new QValueAxis(c);
    c->addAxis(m_names, Qt::AlignLeft);
    c->addAxis(m_amounts, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_amounts);
    connect(c, &QChart::plotAreaChanged, this, [this] { placeLabels(); });
    connect(m_series, &QHorizontalBarSeries::hovered, this,
            [this](bool state, int index, QBarSet *) { showTip(state, index); });

    restyle();
    rebuild();
}

void BreakdownChart::setTotals(const QList<UsageTotal> &totals)
{
    m_totals = totals;
    rebuild();
}

void BreakdownChart::setMeasure(Measure measure)
{
    if (measure != m_measure) {
        m_measure = measure;
        restyle();
        rebuild();
    }
}

void BreakdownChart::setTopCount(int count)
{
    m_top = std::max(1, count);
    rebuild();
}

void BreakdownChart::setHeading(const QString &heading)
{
    chart()->setTitle(heading);
    rebuild();
}

void BreakdownChart::rebuild()
{
    const bool tokens = m_measure == Measure::Tokens;
    const auto amount = [tokens](const UsageTotal &t) { return tokens ? t.tokens : t.cost.micros; };
    QList<UsageTotal> sorted = m_totals;
    std::sort(sorted.begin(), sorted.end(), [&](const UsageTotal &a, const UsageTotal &b) {
        return amount(a) != amount(b) ? amount(a) > amount(b) : a.name < b.name;
    });
    m_shown = sorted.mid(0, m_top);
    if (sorted.size() > m_top) {
        UsageTotal others{tr("Others"), 0, {}, 0};
        for (qsizetype i = m_top; i < sorted.size(); ++i) {
            others.tokens += sorted[i].tokens;
            others.cost = others.cost + sorted[i].cost;
            others.attempts += sorted[i].attempts;
        }
        m_shown.append(others);
    }
    const bool hasOthers = sorted.size() > m_top;

    m_categories.clear();
    m_values.clear();
    for (const UsageTotal &t : std::as_const(m_shown)) {
        QString name = t.name.isEmpty() ? tr("unnamed") : t.name;
        // The axis needs distinct names; a stage may be called "Others" too.
        while (m_categories.contains(name)) {
            name += u' ';
        }
        m_categories.append(name);
        // Dollars to the cent, so that a bar's label reads as an amount.
        m_values.append(tokens ? static_cast<double>(t.tokens)
                               : std::round(static_cast<double>(t.cost.micros) / 1e4) / 100);
    }

    // The axis lists its categories from the bottom up: the largest goes last.
    QStringList bottomUp(m_categories.crbegin(), m_categories.crend());
    QList<qreal> values(m_values.crbegin(), m_values.crend());
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_names->clear();
    m_names->append(bottomUp);
    m_set->append(values);
    if (hasOthers) {
        m_set->selectBar(0); // drawn in the "Others" colour
    }
    const double max =
        m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    ChartStyle::setRange(m_amounts,
                         ChartStyle::niceRange(std::max(tokens ? 10.0 : 1.0, max) * kLabelRoom));
    m_amounts->setLabelFormat(tokens ? QStringLiteral("%.0f") : DisplayFormat::usdAxisFormat(2));
    while (m_labels.size() < m_shown.size()) {
        m_labels.append(new QGraphicsSimpleTextItem(chart()));
        m_labels.constLast()->setBrush(ChartStyle::colors(palette()).text);
    }
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setVisible(i < m_shown.size());
        if (i < m_shown.size()) {
            m_labels[i]->setText(tokens ? ChartStyle::tokensText(m_shown[i].tokens)
                                        : ChartStyle::usdText(m_shown[i].cost.toUsd()));
        }
    }
    placeLabels();
    setMinimumHeight(std::max(160, 48 + 26 * static_cast<int>(m_categories.size())));
    setAccessibleName(!chart()->title().isEmpty() ? chart()->title()
                      : tokens                    ? tr("Tokens per stage or agent")
                                                  : tr("Dollars per stage or agent"));
    QStringList description;
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        description.append(m_categories[i] + u": " +
                           (tokens ? ChartStyle::tokensText(m_shown[i].tokens)
                                   : ChartStyle::usdText(m_shown[i].cost.toUsd())));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void BreakdownChart::restyle()
{
    const ChartStyle::Colors colors = ChartStyle::colors(palette());
    ChartStyle::apply(chart(), colors);
    const QColor bar = m_measure == Measure::Tokens ? colors.tokens : colors.cost;
    m_set->setColor(bar);
    m_set->setPen(Qt::NoPen); // the "Others" bar keeps no border of the others' colour
    m_set->setSelectedColor(colors.others);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels)) {
        label->setBrush(colors.text);
    }
    m_names->setGridLineVisible(false);
}

void BreakdownChart::placeLabels()
{
    const qsizetype count = m_shown.size();
    for (qsizetype i = 0; i < count && i < m_labels.size(); ++i) {
        // Bar i from the top is the set's bar count - 1 - i, at that category's centre.
        const QPointF end = chart()->mapToPosition(
            QPointF(m_values[i], static_cast<double>(count - 1 - i)), m_series);
        const QRectF box = m_labels[i]->boundingRect();
        m_labels[i]->setPos(end.x() + 4, end.y() - box.height() / 2);
    }
}

void BreakdownChart::showTip(bool state, int index)
{
    const qsizetype shown = m_shown.size() - 1 - index;
    if (!state || shown < 0 || shown >= m_shown.size()) {
        QToolTip::hideText();
        return;
    }
    const UsageTotal &t = m_shown[shown];
    QToolTip::showText(QCursor::pos(),
                       tr("%1\nTokens: %2\nDollars: %3\nAttempts: %4")
                           .arg(m_categories[shown], ChartStyle::tokensText(t.tokens),
                                ChartStyle::usdText(t.cost.toUsd()),
                                QLocale().toString(t.attempts)),
                       this);
}

void BreakdownChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        restyle();
    }
}

} // namespace Conductor
