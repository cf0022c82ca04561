// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tokens and dollars over a window of time, as the ledger's posted holds record them:
// each as the running total of its budget day (starting again at the budget zone's
// midnight), tokens on the left axis and dollars on the right, against the daily budget
// (budgets.tokens.daily and budgets.cost.dailyBudgetUSD, drawn as one line: the two axes
// are scaled so that both budgets lie at the same height) and the alert threshold
// (budgets.cost.alertThresholdUSD). Fed a UsageSeries read by the StoreReader (whoever
// shows it chooses the window); long series are decimated to the plot's width.

#include "config/configuration.h"
#include "store/usagehistory.h"

#include <QtCharts/QChartView>

#include <QTimeZone>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace Conductor {

class DecimatedLines;

class UsageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChart)

public:
    explicit UsageChart(QWidget *parent = nullptr);

    void setSeries(const UsageSeries &series);
    // The daily budgets, the alert threshold and the zone whose midnight ends a day.
    void setBudgets(const Budgets &budgets);

    [[nodiscard]] const UsageSeries &series() const { return m_series; }
    // Points in all the chart's series now (decimated), the budget lines' included.
    [[nodiscard]] int pointCount() const;
    // The running totals of each budget day, whole (before decimation).
    [[nodiscard]] const QList<QPointF> &tokenTotals() const;
    [[nodiscard]] const QList<QPointF> &costTotals() const; // USD

    // The running totals' lines: drawn by lines() (the series hold no points).
    [[nodiscard]] QLineSeries *tokensLine() const { return m_tokens; }
    [[nodiscard]] QLineSeries *costLine() const { return m_cost; }
    [[nodiscard]] const DecimatedLines *lines() const { return m_lines; }
    // The daily budgets: on the tokens axis at budgets.tokens.daily, on the dollars axis at
    // dailyBudgetUSD (the same height when there are both); empty when a budget is zero.
    [[nodiscard]] QLineSeries *tokenBudgetLine() const { return m_tokenBudget; }
    [[nodiscard]] QLineSeries *costBudgetLine() const { return m_costBudget; }
    // On the dollars axis; empty when there is no threshold.
    [[nodiscard]] QLineSeries *alertLine() const { return m_alert; }
    [[nodiscard]] QValueAxis *tokensAxis() const { return m_tokensAxis; }
    [[nodiscard]] QValueAxis *costAxis() const { return m_costAxis; }
    [[nodiscard]] QCategoryAxis *timeAxis() const { return m_timeAxis; }
    // Where the running totals start again: the budget days' first instants inside the
    // window (ms since the epoch).
    [[nodiscard]] const QList<double> &dayStarts() const { return m_dayStarts; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void rebuild();
    void layoutAxes();
    void restyle();
    void placeNote();
    // The day's totals at the time under the mouse, for the line nearer to it.
    void showTip(const QPoint &viewPos);

    UsageSeries m_series;
    Budgets m_budgets;
    QTimeZone m_zone;
    QList<double> m_dayStarts;
    int m_room = 0; // intervals the value axes have room for
    int m_timeTicks = 0;
    qint64 m_fromMs = 0; // the window shown
    qint64 m_toMs = 0;
    double m_maxTokens = 0;
    double m_maxCost = 0;
    QLineSeries *m_tokens;
    QLineSeries *m_cost;
    QLineSeries *m_tokenBudget;
    QLineSeries *m_costBudget;
    QLineSeries *m_alert;
    QValueAxis *m_tokensAxis;
    QValueAxis *m_costAxis;
    QCategoryAxis *m_timeAxis;
    QGraphicsSimpleTextItem *m_note;
    DecimatedLines *m_lines;
};

} // namespace Conductor
