// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who used the tokens or the dollars of a window: one horizontal bar per stage or per
// agent (UsageSeries::stages or ::agents), the largest on top, the first N of them and
// one "Others" bar for the rest. Hovering a bar tells its tokens, dollars and attempts.

#include "store/usagehistory.h"

#include <QtCharts/QChartView>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalBarSeries;
class QValueAxis;

namespace Conductor {

class BreakdownChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownChart)

public:
    enum class Measure
    {
        Tokens,
        Cost
    };

    explicit BreakdownChart(QWidget *parent = nullptr);

    // What the bars are: the stages' or the agents' totals of a UsageSeries.
    void setTotals(const QList<UsageTotal> &totals);
    void setMeasure(Measure measure);
    // How many bars before "Others" (at least 1; 8 at first).
    void setTopCount(int count);
    // A heading above the bars ("By stage"); none when empty.
    void setHeading(const QString &heading);

    [[nodiscard]] Measure measure() const { return m_measure; }
    // The bars as shown, the largest first ("Others", when there is one, last), and their
    // values: tokens, or US dollars.
    [[nodiscard]] const QStringList &categories() const { return m_categories; }
    [[nodiscard]] const QList<double> &values() const { return m_values; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void restyle();
    void showTip(bool state, int index);
    void placeLabels();

    QList<UsageTotal> m_totals;
    Measure m_measure = Measure::Tokens;
    int m_top = 8;
    QStringList m_categories;
    QList<double> m_values;
    QList<UsageTotal> m_shown; // per bar, as shown (Others: the sum of the rest)
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_names;
    QValueAxis *m_amounts;
    // Each bar's amount at its end, as money reads ($0.90, not 0.9).
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace Conductor
