// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Budgets view: a budget day's account against the configuration's daily limits —
// tokens, dollars (with the alert threshold) and the emergency reserve, each as used,
// held by running attempts, and left — and what each stage and agent used and holds.
// Today by default, any earlier day on request; read through the StoreReader, refreshed
// while shown and when the engine records.

#include "config/configuration.h"
#include "store/storetypes.h"
#include "store/usagehistory.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QTableWidget;
class QTimer;

namespace Conductor {

class BudgetBars;
class BreakdownChart;
class StoreReader;
class UsageChart;

class BudgetsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetsPage)

public:
    BudgetsPage(StoreReader *reader, const Configuration &config, QWidget *parent = nullptr);

    // Shows a budget day (yyyy-MM-dd); today's when empty.
    void showDay(const QString &day = {});
    // The configuration was applied: its limits and its budget day's zone.
    void setConfiguration(const Configuration &config);
    [[nodiscard]] const QString &day() const { return m_day; }

    [[nodiscard]] QProgressBar *tokensBar() const;
    [[nodiscard]] QProgressBar *costBar() const;
    [[nodiscard]] QProgressBar *emergencyBar() const;
    [[nodiscard]] QTableWidget *linesTable() const { return m_lines; }
    [[nodiscard]] UsageChart *usageChart() const { return m_usage; }
    [[nodiscard]] BreakdownChart *stageChart() const { return m_byStage; }
    [[nodiscard]] BreakdownChart *agentChart() const { return m_byAgent; }
    [[nodiscard]] QComboBox *usageWindowBox() const { return m_window; }
    [[nodiscard]] QLabel *alertLabel() const;
    [[nodiscard]] QLabel *titleLabel() const { return m_title; }
    [[nodiscard]] QDateEdit *dayEdit() const { return m_date; }

public Q_SLOTS:
    void refresh();
    // The engine recorded something: look again shortly.
    void noteChange();

Q_SIGNALS:
    // A day's figures were shown (for tests).
    void shown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDay(qint64 requestId, bool ok, const Conductor::DayUsage &usage);
    void refreshUsage();
    void onUsage(qint64 requestId, const Conductor::UsageSeries &series);

    StoreReader *m_reader;
    QTimeZone m_zone;
    QString m_day;
    QLabel *m_title;
    QDateEdit *m_date;
    BudgetBars *m_bars;
    QTableWidget *m_lines;
    QComboBox *m_window;
    UsageChart *m_usage;
    BreakdownChart *m_byStage;
    BreakdownChart *m_byAgent;
    qint64 m_usageRequest = 0;
    QTimer *m_refresh;
    QTimer *m_soon;
    qint64 m_request = 0;
};

} // namespace Conductor
