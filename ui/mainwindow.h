// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's main window: a navigation list on the left (Executions, Gates with
// the count waiting, Pipeline) and the page it selects. With a session it runs the
// engine: File → New pipeline starts executions, the Execution menu (and the table's and
// the graph's context menus) intervene, a gate opens its approval dialog, and a tray
// icon tells of gates that open. On an empty database the Executions view welcomes the
// operator and offers a demo run (also Help → Start a demo run, at any time). The status bar shows
// the engine's state, where the REST API is served when the settings ask for it (see ApiService),
// and today's spending against the daily budget. It remembers its geometry, layout and page.

#include "config/configuration.h"
#include "config/pipeline.h"
#include "store/storetypes.h"

#include <QMainWindow>
#include <QStyle>
#include <QTimeZone>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

#include <optional>

namespace Conductor {

struct Alert;
class ApiService;
class AlertsPage;
class AuditPage;
class BudgetsPage;
class ConfigEditor;
class DashboardPage;
class DemoRun;
class SettingsPage;
class Session;
class ExecutionActions;
class ExecutionDetail;
class ExecutionsPage;
class GateReview;
class GatesModel;
class PipelineOverview;
class StoreReader;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a reader (no database) the window shows the pipeline alone; without a
    // session it only reads (no engine runs here).
    MainWindow(const Configuration &config, const std::optional<PipelineDefinition> &pipeline,
               StoreReader *reader = nullptr, QWidget *parent = nullptr);
    // With the session's engine and its configuration.
    // defaultDatabasePath: what the Settings page calls the default database (the
    // session's when empty).
    MainWindow(const std::optional<PipelineDefinition> &pipeline, Session *session,
               QString defaultDatabasePath = {}, QWidget *parent = nullptr);

    [[nodiscard]] ExecutionDetail *detail() const { return m_detail; }
    [[nodiscard]] ExecutionActions *actions() const { return m_actions; }
    [[nodiscard]] GateReview *gateReview() const { return m_review; }
    [[nodiscard]] QLabel *engineLabel() const { return m_engineLabel; }
    [[nodiscard]] QAction *newPipelineAction() const { return m_newPipeline; }
    // Help → Start a demo run, and what starts it; null without a session.
    [[nodiscard]] QAction *demoAction() const { return m_demoAction; }
    [[nodiscard]] DemoRun *demoRun() const { return m_demo; }
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The REST API the app serves, and the status bar's note of where; null without a
    // session.
    [[nodiscard]] ApiService *apiService() const { return m_api; }
    [[nodiscard]] QLabel *apiLabel() const { return m_apiLabel; }

public Q_SLOTS:
    // Opens the New pipeline dialog (File → New pipeline).
    void newPipeline();
    // Starts a demo run (Help → Start a demo run, the welcome's default button).
    void startDemo();
    // Opens the approval dialog of a gate.
    void reviewGate(const QString &executionId, const QString &gateId);

    [[nodiscard]] PipelineOverview *overview() const { return m_overview; }
    [[nodiscard]] ExecutionsPage *executions() const { return m_executions; }
    [[nodiscard]] GatesModel *gates() const { return m_gates; }
    [[nodiscard]] BudgetsPage *budgets() const { return m_budgets; }
    [[nodiscard]] DashboardPage *dashboard() const { return m_dashboard; }
    [[nodiscard]] AuditPage *audit() const { return m_audit; }
    [[nodiscard]] AlertsPage *alertsPage() const { return m_alerts; }
    [[nodiscard]] ConfigEditor *editor() const { return m_editor; }
    [[nodiscard]] SettingsPage *settingsPage() const { return m_settings; }
    [[nodiscard]] QLabel *spendLabel() const { return m_spend; }
    [[nodiscard]] QListWidget *navigation() const { return m_navigation; }
    [[nodiscard]] QStackedWidget *pages() const { return m_pages; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build(const std::optional<PipelineDefinition> &pipeline);
    QWidget *createExecutionsPage();
    // The welcome on an empty database, and the demo run it offers.
    void connectWelcome();
    void showDemoStarted(const QString &executionId);
    void showDemoRefused(const QString &reason);
    void updateStartActions();
    // Dashboard, Budgets, Audit, Configuration and Settings.
    void addManagementPages();
    void applyEditedConfiguration(const QByteArray &text, const QString &reason);
    void applyConfiguration(const Conductor::Configuration &config);
    void connectSession();
    void createTray();
    void showEngineState();
    void showApiState();
    // An alert rule's alert fired, was acknowledged or resolved.
    void showAlert(const Conductor::Alert &alert, const QString &action);
    void executionSelected(const QString &executionId);
    void updateActions();
    void showExecutionMenu(const QString &executionId, const QPoint &globalPos);
    void showNodeMenu(const QString &nodeId, const QPoint &globalPos);
    void notifyGates(const QList<Conductor::GateRow> &gates);
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    void addPage(QWidget *page, const QString &title, QStyle::StandardPixmap icon);
    QWidget *createGatesPage();
    void showPendingGates(int pending);
    void showFiringAlerts(int firing);
    void refreshSpend();
    void showSpend(qint64 requestId, bool ok, const Conductor::DayUsage &usage);

    PipelineOverview *m_overview;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ExecutionsPage *m_executions = nullptr;
    GatesModel *m_gates = nullptr;
    BudgetsPage *m_budgets = nullptr;
    DashboardPage *m_dashboard = nullptr;
    AuditPage *m_audit = nullptr;
    AlertsPage *m_alerts = nullptr;
    ConfigEditor *m_editor = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_configLabel = nullptr;
    std::optional<PipelineDefinition> m_pipeline; // shown on the Pipeline page
    int m_gatesRow = -1;                          // its row in the navigation
    int m_alertsRow = -1;                         // the alerts page's row in the navigation
    StoreReader *m_reader;
    Session *m_session = nullptr;
    QString m_defaultDatabasePath;
    ExecutionDetail *m_detail = nullptr;
    ExecutionActions *m_actions = nullptr;
    GateReview *m_review = nullptr;
    QLabel *m_engineLabel = nullptr;
    QAction *m_newPipeline = nullptr;
    QAction *m_demoAction = nullptr;
    DemoRun *m_demo = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ApiService *m_api = nullptr;
    QLabel *m_apiLabel = nullptr;
    QString m_notifiedGate; // the execution and gate the last notification told of
    QString m_notifiedExecution;
    Configuration m_config;
    QTimeZone m_zone; // of the budget day, read once
    QLabel *m_spend = nullptr;
    qint64 m_spendRequest = 0;
};

} // namespace Conductor
