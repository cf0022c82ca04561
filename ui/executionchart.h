// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One execution's own spending over its time: tokens (left axis) and dollars (right
// axis) as they were posted to the ledger (budget_posted events), rising in a step at
// each attempt's end, and the execution's own dollar budget (the start option maxCost,
// raised by each budget_overridden grant) when it has one. Fed the execution's events:
// all at once, then live as they are recorded, with the repaints of a burst coalesced.
// Shown beside the execution's graph by whoever shows that.

#include "chartstyle.h"
#include "config/money.h"
#include "engine/event.h"

#include <QtCharts/QChartView>

#include <optional>

class QCategoryAxis;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace Conductor {

class DecimatedLines;

class ExecutionChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionChart)

public:
    static constexpr int kRepaintMs = 33;

    explicit ExecutionChart(QWidget *parent = nullptr);

    // Its history so far, in seq order; replaces what was shown and draws at once.
    void setEvents(const ExecutionEvents &events);
    // Events recorded since (in seq order): those already seen (by seq), and those of
    // another execution, are ignored; drawn within kRepaintMs, once for a burst.
    void appendEvents(const ExecutionEvents &events);
    void clear();

    [[nodiscard]] const QString &executionId() const { return m_executionId; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] qint64 totalTokens() const { return m_tokens; }
    [[nodiscard]] Money totalCost() const { return m_cost; }
    // maxCost with the grants since; none when the execution has no dollar budget.
    [[nodiscard]] std::optional<Money> costBudget() const { return m_budget; }
    // Points in all the chart's series now (decimated).
    [[nodiscard]] int pointCount() const;
    // Whether appended events wait for the coalesced repaint.
    [[nodiscard]] bool repaintPending() const;

    [[nodiscard]] QLineSeries *tokensLine() const { return m_tokensLine; }
    [[nodiscard]] QLineSeries *costLine() const { return m_costLine; }
    [[nodiscard]] QLineSeries *budgetLine() const { return m_budgetLine; }
    // What draws the three lines (their series hold no points).
    [[nodiscard]] const DecimatedLines *lines() const { return m_lines; }
    [[nodiscard]] QValueAxis *tokensAxis() const { return m_tokensAxis; }
    [[nodiscard]] QValueAxis *costAxis() const { return m_costAxis; }
    [[nodiscard]] QCategoryAxis *timeAxis() const { return m_timeAxis; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reset();
    void apply(const ExecutionEvent &event);
    void refresh();
    void restyle();
    // The axes' ticks and labels for the plot's size now.
    void layoutAxes();
    void onPlotArea();

    QString m_executionId;
    qint64 m_lastSeq = 0;
    QDateTime m_start;
    QDateTime m_end;
    ChartStyle::NiceRange m_tokensRange;
    ChartStyle::NiceRange m_costRange;
    int m_room = 0; // intervals the value axes have room for
    int m_timeTicks = 0;
    qint64 m_fromMs = 0; // the time shown
    qint64 m_toMs = 0;
    qint64 m_tokens = 0;
    Money m_cost;
    std::optional<Money> m_budget;
    // Steps: two points per change, ms since the epoch; dollars in USD.
    QList<QPointF> m_tokenSteps;
    QList<QPointF> m_costSteps;
    QList<QPointF> m_budgetSteps;

    QLineSeries *m_tokensLine;
    QLineSeries *m_costLine;
    QLineSeries *m_budgetLine;
    QValueAxis *m_tokensAxis;
    QValueAxis *m_costAxis;
    QCategoryAxis *m_timeAxis;
    DecimatedLines *m_lines;
    QTimer *m_repaint;
};

} // namespace Conductor
