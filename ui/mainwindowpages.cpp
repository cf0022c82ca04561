// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// MainWindow, continued: its pages — the executions with the selected one's graph, the
// gates inbox, the dashboard, the budgets, the alerts, the audit trail, the configuration
// editor and the settings — the welcome on an empty database with its demo run, and what
// follows when the configuration is applied.

#include "mainwindow.h"

#include "alertsmodel.h"
#include "alertspage.h"
#include "appsettings.h"
#include "auditpage.h"
#include "budgetspage.h"
#include "configeditor.h"
#include "dashboardpage.h"
#include "demorun.h"
#include "engine/ledger.h"
#include "engine/session.h"
#include "executiondetail.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatesmodel.h"
#include "pipelineoverview.h"
#include "secretspanel.h"
#include "settingspage.h"
#include "store/storereader.h"
#include "welcomepanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Conductor {

void MainWindow::addPage(QWidget *page, const QString &title, QStyle::StandardPixmap icon)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(style()->standardIcon(icon), title, m_navigation);
    item->setToolTip(title);
}

QWidget *MainWindow::createExecutionsPage()
{
    // The table above, the selected execution's graph and timeline below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ExecutionsSplitter"));
    m_executions = new ExecutionsPage(m_reader, splitter);
    splitter->addWidget(m_executions);
    m_detail = new ExecutionDetail(m_reader, m_session, splitter);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({2000, 3000});
    connect(m_executions, &ExecutionsPage::currentExecutionChanged, this,
            &MainWindow::executionSelected);
    connect(m_executions, &ExecutionsPage::contextMenuRequested, this,
            &MainWindow::showExecutionMenu);
    connect(m_detail, &ExecutionDetail::interventionMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_detail, &ExecutionDetail::stateChanged, this, &MainWindow::updateActions);
    connect(m_executions->model(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateActions);
    return splitter;
}

QWidget *MainWindow::createGatesPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("GatesPage"));
    m_gates = new GatesModel(m_reader, page);
    auto *table = new QTableView(page);
    table->setObjectName(QStringLiteral("GatesTable"));
    table->setAccessibleName(tr("Gates waiting for a decision"));
    table->setModel(m_gates);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    for (const int column : {int(GatesModel::IdeaColumn), int(GatesModel::ReasonColumn)}) {
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    auto *hint = new QLabel(
        m_session ? tr("Open a gate (double-click or Enter) to review and decide it; or use: "
                       "conductor approve GATE_ID --decision approve|reject")
                  : tr("Decide a gate with: conductor approve GATE_ID --decision approve|reject"),
        page);
    hint->setWordWrap(true);
    if (m_session) {
        const auto openGate = [this](const QModelIndex &index) {
            if (index.isValid()) {
                reviewGate(index.data(GatesModel::ExecutionIdRole).toString(),
                           index.data(GatesModel::GateIdRole).toString());
            }
        };
        connect(table, &QAbstractItemView::activated, this, openGate);
    }
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    layout->addWidget(hint);
    connect(m_gates, &GatesModel::countChanged, this, &MainWindow::showPendingGates);
    // Columns fit their contents whenever the gates change; the idea and the reason share
    // the rest.
    connect(m_gates, &QAbstractItemModel::modelReset, table, [table] {
        for (int column = 0; column < GatesModel::ColumnCount; ++column) {
            if (column != GatesModel::IdeaColumn && column != GatesModel::ReasonColumn) {
                table->resizeColumnToContents(column);
            }
        }
    });
    return page;
}

void MainWindow::addManagementPages()
{
    if (m_reader) {
        m_dashboard = new DashboardPage(m_reader, m_config, this);
        addPage(m_dashboard, tr("Dashboard"), QStyle::SP_ComputerIcon);
        m_budgets = new BudgetsPage(m_reader, m_config, this);
        addPage(m_budgets, tr("Budgets"), QStyle::SP_DriveHDIcon);
        m_alerts = new AlertsPage(m_reader, m_session ? m_session->alerts() : nullptr,
                                  m_session ? m_session->operatorName() : QString(), this);
        m_alertsRow = m_navigation->count();
        addPage(m_alerts, tr("Alerts"), QStyle::SP_MessageBoxWarning);
        connect(m_alerts->model(), &AlertsModel::firingChanged, this,
                &MainWindow::showFiringAlerts);
        m_audit = new AuditPage(m_reader, this);
        addPage(m_audit, tr("Audit"), QStyle::SP_FileDialogInfoView);
        connect(m_dashboard, &DashboardPage::showExecutions, this, [this](ExecutionStatus status) {
            m_navigation->setCurrentRow(0);
            m_executions->showStatus(status);
        });
        connect(m_dashboard, &DashboardPage::showPendingGates, this,
                [this] { m_navigation->setCurrentRow(m_gatesRow); });
        connect(m_dashboard, &DashboardPage::openGate, this, &MainWindow::reviewGate);
    }
    if (m_session) {
        m_editor = new ConfigEditor(AppSettings::configurationFile(),
                                    m_session->configurationText(), this);
        addPage(m_editor, tr("Configuration"), QStyle::SP_FileDialogContentsView);
        connect(m_editor, &ConfigEditor::applied, this, &MainWindow::applyEditedConfiguration);
        m_settings = new SettingsPage(m_defaultDatabasePath.isEmpty() ? m_session->databasePath()
                                                                      : m_defaultDatabasePath,
                                      m_session->secrets(), m_api, this);
        addPage(m_settings, tr("Settings"), QStyle::SP_FileDialogDetailedView);
        if (SecretsPanel *panel = m_settings->secretsPanel()) {
            connect(panel, &SecretsPanel::changed, m_session, &Session::forgetSecrets);
        }
        connect(m_session, &Session::configurationChanged, this, &MainWindow::applyConfiguration);
        if (m_dashboard) {
            m_dashboard->setProviderMonitor(m_session->providers());
        }
        for (auto *page : {static_cast<QObject *>(m_dashboard), static_cast<QObject *>(m_budgets),
                           static_cast<QObject *>(m_audit)}) {
            connect(m_session, &Session::eventsCommitted, page,
                    [page] { QMetaObject::invokeMethod(page, "noteChange"); });
        }
    }
}

void MainWindow::applyEditedConfiguration(const QByteArray &text, const QString &reason)
{
    const QByteArray before = m_session->configurationText();
    if (!m_session->applyConfiguration(text, m_editor->filePath())) {
        statusBar()->showMessage(tr("The configuration was saved but is not valid; nothing was "
                                    "applied."),
                                 10'000);
        return;
    }
    m_editor->setRunningText(text);
    // Who changed what and why, in the audit trail.
    const AuditRecord record = ConfigEditor::changeRecord(m_editor->filePath(), before, text,
                                                          reason, m_session->operatorName());
    QMetaObject::invokeMethod(m_reader, "recordAudit", Qt::QueuedConnection,
                              Q_ARG(qint64, StoreReader::newRequestId()),
                              Q_ARG(Conductor::AuditRecord, record));
    statusBar()->showMessage(tr("Configuration applied: new executions start with it."), 8000);
}

void MainWindow::applyConfiguration(const Configuration &config)
{
    m_config = config;
    m_zone = Ledger::zoneOf(config);
    if (m_budgets) {
        m_budgets->setConfiguration(config);
    }
    if (m_dashboard) {
        m_dashboard->setConfiguration(config);
    }
    m_overview->setPipeline(config, m_pipeline);
    m_configLabel->setText(config.sourcePath.isEmpty()
                               ? tr("Configuration: built-in")
                               : tr("Configuration: %1").arg(config.sourcePath));
    if (m_executions) {
        m_executions->welcome()->setConfiguration(config.sourcePath);
    }
    refreshSpend();
}

void MainWindow::connectWelcome()
{
    if (!m_executions) {
        return;
    }
    WelcomePanel *welcome = m_executions->welcome();
    welcome->setCanStart(m_session != nullptr);
    welcome->setConfiguration(m_config.sourcePath);
    // The welcome takes the whole view: there is no execution to show below it.
    connect(m_executions, &ExecutionsPage::welcomeShownChanged, m_detail,
            [this](bool shown) { m_detail->setVisible(!shown); });
    if (!m_session) {
        return;
    }
    connect(welcome, &WelcomePanel::demoRequested, this, &MainWindow::startDemo);
    connect(welcome, &WelcomePanel::newPipelineRequested, this, &MainWindow::newPipeline);
    connect(welcome, &WelcomePanel::configurationRequested, this, [this] {
        if (const int page = m_pages->indexOf(m_editor); page >= 0) {
            m_navigation->setCurrentRow(page);
        }
    });
    connect(m_demo, &DemoRun::startingChanged, welcome, &WelcomePanel::setStarting);
    connect(m_demo, &DemoRun::startingChanged, this, &MainWindow::updateStartActions);
    connect(m_demo, &DemoRun::started, this, &MainWindow::showDemoStarted);
    connect(m_demo, &DemoRun::refused, this, &MainWindow::showDemoRefused);
}

void MainWindow::updateStartActions()
{
    const bool ready = m_session && m_session->state() == Session::State::Ready;
    if (m_newPipeline) {
        m_newPipeline->setEnabled(ready);
    }
    if (m_demoAction) {
        m_demoAction->setEnabled(ready && !m_demo->isStarting());
    }
    if (m_executions) {
        m_executions->welcome()->setReady(ready);
    }
}

void MainWindow::startDemo()
{
    if (!m_demo || m_session->state() != Session::State::Ready || m_demo->isStarting()) {
        return;
    }
    m_executions->welcome()->showMessage(QString(), false);
    statusBar()->showMessage(tr("Starting a demo run…"));
    m_demo->start();
}

void MainWindow::showDemoStarted(const QString &executionId)
{
    statusBar()->showMessage(
        tr("Demo run %1 started: its first gate will ask you for a decision.").arg(executionId),
        15'000);
    m_navigation->setCurrentRow(0);
    m_executions->selectExecution(executionId);
}

void MainWindow::showDemoRefused(const QString &reason)
{
    statusBar()->showMessage(tr("No demo run started: %1").arg(reason), 10'000);
    m_executions->welcome()->showMessage(reason, true);
    if (m_executions->welcomeShown() && m_executions->isVisible()) {
        return; // the welcome says it
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Start a demo run"),
                                tr("No demo run started: %1").arg(reason), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Conductor
