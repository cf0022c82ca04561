// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Dashboard: the design document's key metrics over a window the user picks (the
// last hour, 24 hours, 7 days or 30 days, remembered) — pipeline success rate, execution
// time, resource efficiency, gate first-approval rate, error recovery rate — each as a
// tile saying what it was computed from, the same per stage and per agent in a table,
// today's budgets as bars, the executions active now and the gates waiting, and whether
// the pipeline's providers answer (ProvidersPanel). Everything is read through the
// StoreReader, so loading (a busy indicator while the figures are not yet of the chosen
// window) never blocks; refreshed while shown, and within a second of the engine recording
// something, at most once a second.

#include "config/configuration.h"
#include "engine/executionstate.h"
#include "store/keymetrics.h"
#include "store/storetypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace Conductor {

class BudgetBars;
class MetricTile;
class ProviderMonitor;
class ProvidersPanel;
class StoreReader;

class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Metric
    {
        SuccessRate,
        ExecutionTime,
        Efficiency,
        FirstApproval,
        Recovery
    };
    // The counts of what runs now, each a button.
    enum class Active
    {
        Running,
        AtGate,
        Paused,
        Queued
    };

    DashboardPage(StoreReader *reader, const Configuration &config, QWidget *parent = nullptr);

    // The window's length in seconds (3600, 86400, 604800 or 2592000).
    [[nodiscard]] qint64 windowSeconds() const;
    // Chooses one of the windows, as the chooser does.
    void setWindowSeconds(qint64 seconds);
    // The configuration was applied: its limits and its budget day's zone.
    void setConfiguration(const Configuration &config);
    // The windows end now (an invalid time, the default) or at a fixed time: to look at
    // the past, and for tests.
    void setWindowEnd(const QDateTime &end);
    [[nodiscard]] bool isLoading() const;
    // The figures shown (of the window they were read for).
    [[nodiscard]] const KeyMetrics &metrics() const { return m_metrics; }

    [[nodiscard]] MetricTile *tile(Metric metric) const;
    [[nodiscard]] QComboBox *windowChooser() const { return m_window; }
    [[nodiscard]] QTableWidget *stagesTable() const { return m_stages; }
    [[nodiscard]] QTableWidget *agentsTable() const { return m_agents; }
    [[nodiscard]] QPushButton *activeButton(Active which) const;
    [[nodiscard]] QLabel *pendingGatesLabel() const { return m_gatesLabel; }
    [[nodiscard]] QTreeWidget *pendingGatesList() const { return m_gates; }
    [[nodiscard]] BudgetBars *budgetBars() const { return m_bars; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    // The providers' states, shown once a monitor is given (the desktop app gives its
    // session's); null hides them again.
    void setProviderMonitor(ProviderMonitor *monitor);
    [[nodiscard]] ProvidersPanel *providersPanel() const { return m_providers; }

public Q_SLOTS:
    void refresh();
    // The engine recorded something: refresh within a second, at most once a second.
    void noteChange();

Q_SIGNALS:
    // A count of active executions was clicked (those at a gate are running ones).
    void showExecutions(Conductor::ExecutionStatus status);
    // "Waiting at a gate" or "All gates" was clicked.
    void showPendingGates();
    // A pending gate was activated (double-click or Enter).
    void openGate(const QString &executionId, const QString &gateId);
    // New key metrics are shown (for tests and benchmarks).
    void metricsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createTiles();
    QWidget *createNow();
    QWidget *createBreakdown();
    void fetchMetrics();
    void updateLoading();
    void onMetrics(qint64 requestId, const Conductor::KeyMetrics &metrics);
    void onActive(qint64 requestId, const Conductor::ActiveExecutions &active);
    void onGates(qint64 requestId, const QList<Conductor::GateRow> &gates);
    void onDay(qint64 requestId, bool ok, const Conductor::DayUsage &usage);
    void showMetrics();
    [[nodiscard]] QDateTime windowEnd() const;

    StoreReader *m_reader;
    Configuration m_config;
    QTimeZone m_zone;
    QDateTime m_end; // fixed end of the windows, or invalid for now
    KeyMetrics m_metrics;
    qint64 m_shownWindow = 0; // the window m_metrics is of; 0 before the first answer

    QComboBox *m_window = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    std::array<MetricTile *, 5> m_tiles{};
    std::array<QPushButton *, 4> m_active{};
    QLabel *m_gatesLabel = nullptr;
    QTreeWidget *m_gates = nullptr;
    QLabel *m_dayTitle = nullptr;
    BudgetBars *m_bars = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableWidget *m_agents = nullptr;
    QLabel *m_noAttempts = nullptr;
    ProvidersPanel *m_providers = nullptr;
    QTimer *m_soon;
    QTimer *m_tick;

    qint64 m_metricsRequest = 0;
    QElapsedTimer m_readTimer; // since the metrics were asked for
    qint64 m_lastReadMs = 0;   // how long the last read took
    qint64 m_requestedWindow = 0;
    bool m_fetchAgain = false; // asked again while a read was under way
    qint64 m_activeRequest = 0;
    qint64 m_gatesRequest = 0;
    qint64 m_dayRequest = 0;
};

} // namespace Conductor
