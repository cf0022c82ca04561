// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "apiservice.h"
#include "appsettings.h"
#include "budgetspage.h"
#include "config/configloader.h"
#include "demorun.h"
#include "displayformat.h"
#include "engine/ledger.h"
#include "engine/loopprobe.h"
#include "engine/session.h"
#include "executionactions.h"
#include "executiondetail.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatereview.h"
#include "gatesmodel.h"
#include "monitor/alert.h"
#include "newpipelinedialog.h"
#include "pipelinegraphview.h"
#include "pipelineoverview.h"
#include "store/storereader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kPageKey = QStringLiteral("mainWindow/page");
const auto kExecutionsSplitKey = QStringLiteral("mainWindow/executionsSplitter");
const auto kGraphSplitKey = QStringLiteral("mainWindow/graphSplitter");
} // namespace

MainWindow::MainWindow(const Configuration &config,
                       const std::optional<PipelineDefinition> &pipeline, StoreReader *reader,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_overview(new PipelineOverview(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_reader(reader)
    , m_config(config)
    , m_zone(Ledger::zoneOf(config))
{
    build(pipeline);
}

MainWindow::MainWindow(const std::optional<PipelineDefinition> &pipeline, Session *session,
                       QString defaultDatabasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_overview(new PipelineOverview(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_reader(session->reader())
    , m_session(session)
    , m_defaultDatabasePath(std::move(defaultDatabasePath))
    , m_config(session->configuration())
    , m_zone(Ledger::zoneOf(m_config))
{
    build(pipeline);
}

void MainWindow::build(const std::optional<PipelineDefinition> &pipeline)
{
    setWindowTitle(tr("Conductor"));
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setObjectName(QStringLiteral("Navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    if (m_session) {
        m_actions = new ExecutionActions(m_session, this);
        m_review = new GateReview(m_session, this);
        m_demo = new DemoRun(m_session, this);
        // Served as the settings say from the start; it waits for the session to open.
        m_api = new ApiService(m_session, this);
        const AppSettings settings;
        m_api->setListen(settings.apiListen());
        m_api->setEnabled(settings.apiServe());
    }
    if (m_reader) {
        addPage(createExecutionsPage(), tr("Executions"), QStyle::SP_FileDialogDetailedView);
        m_gatesRow = m_navigation->count();
        addPage(createGatesPage(), tr("Gates"), QStyle::SP_MessageBoxQuestion);
    }
    addManagementPages();
    addPage(m_overview, tr("Pipeline"), QStyle::SP_FileDialogListView);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_pipeline = pipeline;
    m_overview->setPipeline(m_config, pipeline);
    m_navigation->setCurrentRow(0);
    createMenus();
    connectWelcome();

    m_configLabel = new QLabel(statusBar());
    m_configLabel->setText(m_config.sourcePath.isEmpty()
                               ? tr("Configuration: built-in")
                               : tr("Configuration: %1").arg(m_config.sourcePath));
    if (m_session) {
        m_engineLabel = new QLabel(statusBar());
        m_engineLabel->setAccessibleName(tr("Engine"));
        statusBar()->addPermanentWidget(m_engineLabel);
        // The engine loop's own latency (its health) is looked at again every five seconds.
        auto *engineTimer = new QTimer(this);
        connect(engineTimer, &QTimer::timeout, this, &MainWindow::showEngineState);
        engineTimer->start(std::chrono::seconds(5));
        m_apiLabel = new QLabel(statusBar());
        m_apiLabel->setAccessibleName(tr("REST API"));
        statusBar()->addPermanentWidget(m_apiLabel);
        connect(m_api, &ApiService::stateChanged, this, &MainWindow::showApiState);
        showApiState();
        connectSession();
        createTray();
    }
    if (m_reader) {
        m_spend = new QLabel(statusBar());
        m_spend->setAccessibleName(tr("Spending today"));
        statusBar()->addPermanentWidget(m_spend);
        connect(m_reader, &StoreReader::budgetDayFetched, this, &MainWindow::showSpend);
        auto *spendTimer = new QTimer(this);
        connect(spendTimer, &QTimer::timeout, this, &MainWindow::refreshSpend);
        spendTimer->start(std::chrono::seconds(5));
        refreshSpend();
    }
    statusBar()->addPermanentWidget(m_configLabel);
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

void MainWindow::connectSession()
{
    connect(m_session, &Session::stateChanged, this, &MainWindow::showEngineState);
    connect(m_session, &Session::eventsCommitted, m_executions->model(),
            &ExecutionsModel::applyEvents);
    connect(m_session, &Session::attemptRunning, m_executions->model(),
            &ExecutionsModel::noteAttemptRunning);
    connect(m_session, &Session::eventsCommitted, m_detail, &ExecutionDetail::applyEvents);
    connect(m_session, &Session::eventsCommitted, m_budgets, &BudgetsPage::noteChange);
    connect(m_session, &Session::executionWaiting, this, [this] { m_gates->refresh(); });
    connect(m_session, &Session::executionsHereChanged, this, &MainWindow::showEngineState);
    connect(m_session, &Session::alertRaised, this,
            [this](const QString &, const QString &message) {
                statusBar()->showMessage(tr("Alert: %1").arg(message));
                if (m_tray && AppSettings().notifyBudgetAlert()) {
                    m_tray->showMessage(tr("Budget alert"), message, QSystemTrayIcon::Warning);
                }
            });
    connect(m_session, &Session::alertChanged, this, &MainWindow::showAlert);
    connect(m_session, &Session::storageFailed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Storage failed"),
                                    tr("The database could not record the engine's work: %1\n"
                                       "Running executions stop; nothing recorded is lost.")
                                        .arg(message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_actions, &ExecutionActions::applied, this,
            [this](const QString &executionId, const QString &what) {
                statusBar()->showMessage(tr("%1: %2 done").arg(executionId, what), 5000);
            });
    connect(m_review, &GateReview::decided, this, [this](const QString &gateId, bool approved) {
        statusBar()->showMessage(approved ? tr("Gate %1 approved").arg(gateId)
                                          : tr("Gate %1 rejected").arg(gateId),
                                 5000);
        m_gates->refresh();
    });
    connect(m_review, &GateReview::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_gates, &GatesModel::gatesOpened, this, &MainWindow::notifyGates);
    showEngineState();
}

void MainWindow::showAlert(const Alert &alert, const QString &action)
{
    if (alert.state == Alert::State::Resolved) {
        statusBar()->showMessage(tr("Alert resolved: %1").arg(alert.summary), 10'000);
        return;
    }
    if (alert.state != Alert::State::Firing) {
        return;
    }
    statusBar()->showMessage(tr("Alert: %1").arg(alert.summary));
    if (!AppSettings().notifyAlerts()) {
        return;
    }
    const QString title = action.isEmpty() ? tr("Alert %1").arg(alert.rule)
                                           : tr("Alert %1 (%2)").arg(alert.rule, action);
    if (m_tray) {
        m_tray->showMessage(title, alert.summary,
                            alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                                                                        : QSystemTrayIcon::Warning);
    } else {
        QApplication::alert(this);
    }
}

void MainWindow::showEngineState()
{
    if (!m_engineLabel) {
        return;
    }
    switch (m_session->state()) {
    case Session::State::Opening:
        m_engineLabel->setText(tr("Engine: starting…"));
        break;
    case Session::State::Ready: {
        // Slow past a second, as the REST API's health answer says degraded.
        constexpr double kSlowMs = 1000.0;
        const LoopLatency latency = m_session->engineLoopLatency(std::chrono::minutes(1));
        const QLocale locale;
        const QString worst = locale.toString(latency.maxMs, 'f', 0);
        m_engineLabel->setText(
            latency.maxMs > kSlowMs
                ? tr("Engine: slow (%1 ms late) · executions here: %2")
                      .arg(worst)
                      .arg(m_session->runningHere())
                : tr("Engine: ready · executions here: %1").arg(m_session->runningHere()));
        m_engineLabel->setToolTip(
            latency.measurements == 0
                ? tr("The engine's responsiveness has not been measured yet")
                : tr("The engine answered within %1 ms over the last minute (now %2 ms)")
                      .arg(worst, locale.toString(latency.lastMs.value_or(0.0), 'f', 0)));
        break;
    }
    case Session::State::Failed:
        m_engineLabel->setText(tr("Engine: stopped — %1").arg(m_session->error()));
        break;
    }
    updateStartActions();
}

void MainWindow::showApiState()
{
    const bool serving = m_api->state() == ApiService::State::Serving;
    const QString url = serving ? m_api->url().toString() : QString();
    m_apiLabel->setText(serving ? tr("API: %1").arg(url) : QString());
    m_apiLabel->setToolTip(serving ? tr("The REST API is served on %1").arg(url) : QString());
    m_apiLabel->setVisible(serving);
    if (m_api->state() == ApiService::State::Failed) {
        statusBar()->showMessage(tr("REST API: %1").arg(m_api->statusText()), 10'000);
    }
}

void MainWindow::createTray()
{
    // Without a system tray the app works the same; gates are announced in the window.
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(),
                                 this);
    m_tray->setToolTip(tr("Conductor"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Show Conductor"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addAction(tr("Gates"), this, [this] {
        showNormal();
        m_navigation->setCurrentRow(m_gatesRow);
    });
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &QWidget::close);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_notifiedGate.isEmpty()) {
            showNormal();
            raise();
            activateWindow();
            reviewGate(m_notifiedExecution, m_notifiedGate);
        }
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::notifyGates(const QList<GateRow> &gates)
{
    const GateRow &gate = gates.constLast();
    m_notifiedGate = gate.id;
    m_notifiedExecution = gate.executionId;
    const QString title = gates.size() == 1 ? tr("Gate waiting: %1").arg(gate.type)
                                            : tr("Gates waiting: %1").arg(gates.size());
    const QString text = gate.ideaTitle + QStringLiteral("\n") + gate.reason;
    if (m_tray && AppSettings().notifyGateOpened()) {
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    }
    statusBar()->showMessage(title + QStringLiteral(" — ") + gate.ideaTitle, 10000);
    QApplication::alert(this);
}

void MainWindow::reviewGate(const QString &executionId, const QString &gateId)
{
    if (m_review) {
        m_review->open(executionId, gateId);
    }
}

void MainWindow::newPipeline()
{
    if (!m_session || m_session->state() != Session::State::Ready) {
        return;
    }
    auto *dialog = new NewPipelineDialog(m_session, m_session->configurationText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NewPipelineDialog::started, this, [this](const QString &executionId) {
        statusBar()->showMessage(tr("Started %1").arg(executionId), 5000);
        m_navigation->setCurrentRow(0);
        m_executions->selectExecution(executionId);
    });
    dialog->open();
}

void MainWindow::executionSelected(const QString &executionId)
{
    m_detail->showExecution(executionId);
    updateActions();
}

void MainWindow::updateActions()
{
    if (!m_actions || !m_executions) {
        return;
    }
    const QString id = m_executions->currentExecution();
    const int row = m_executions->model()->rowOf(id);
    const ExecutionSummary *summary = m_executions->model()->summaryAt(row);
    const bool shown = m_detail->isLoaded() && m_detail->executionId() == id;
    QString stage = shown ? m_detail->graph()->selectedNode() : QString();
    m_actions->setExecution(summary ? std::optional(*summary) : std::nullopt,
                            shown ? m_detail->pipeline() : std::nullopt, stage);
}

void MainWindow::showExecutionMenu(const QString &executionId, const QPoint &globalPos)
{
    if (!m_actions || executionId != m_executions->currentExecution()) {
        return;
    }
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->addTo(menu);
    const int row = m_executions->model()->rowOf(executionId);
    const ExecutionSummary *summary = m_executions->model()->summaryAt(row);
    if (summary && !summary->waitingGate.isEmpty() && m_detail->isLoaded()) {
        menu->addSeparator();
        for (const GateRecord &g : m_detail->state().gates) {
            if (g.status == u"pending") {
                menu->addAction(tr("Review gate %1…").arg(g.type), this,
                                [this, executionId, id = g.id] { reviewGate(executionId, id); });
            }
        }
    }
    menu->popup(globalPos);
}

void MainWindow::showNodeMenu(const QString &nodeId, const QPoint &globalPos)
{
    if (!m_actions) {
        return;
    }
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const std::optional<PipelineDefinition> &pipeline = m_detail->pipeline();
    if (pipeline && pipeline->stage(nodeId)) {
        for (const auto kind :
             {InterventionDialog::Kind::Skip, InterventionDialog::Kind::Retry,
              InterventionDialog::Kind::Strategy, InterventionDialog::Kind::Agent}) {
            QAction *base = m_actions->action(kind);
            QAction *action =
                menu->addAction(tr("%1 “%2”…").arg(InterventionDialog::title(kind), nodeId), this,
                                [this, kind, nodeId] { m_actions->request(kind, nodeId); });
            action->setEnabled(base->isEnabled());
        }
        menu->addSeparator();
    }
    // A checkpoint with a gate waiting: review it.
    for (const GateRecord &g : m_detail->state().gates) {
        if (g.status == u"pending" && (g.checkpoint == nodeId || g.stages.contains(nodeId))) {
            menu->addAction(tr("Review gate %1…").arg(g.type), this,
                            [this, id = g.id] { reviewGate(m_detail->executionId(), id); });
        }
    }
    menu->addSeparator();
    m_actions->addTo(menu);
    menu->popup(globalPos);
}

void MainWindow::showPendingGates(int pending)
{
    QListWidgetItem *item = m_navigation->item(m_gatesRow);
    item->setText(pending > 0 ? tr("Gates (%1)").arg(pending) : tr("Gates"));
    setWindowTitle(pending > 0 ? tr("Conductor — gates waiting: %1").arg(pending)
                               : tr("Conductor"));
    if (m_tray) {
        m_tray->setToolTip(windowTitle());
    }
}

void MainWindow::showFiringAlerts(int firing)
{
    if (QListWidgetItem *item = m_navigation->item(m_alertsRow)) {
        item->setText(firing > 0 ? tr("Alerts (%1)").arg(firing) : tr("Alerts"));
    }
}

void MainWindow::refreshSpend()
{
    if (m_spendRequest != 0) {
        return;
    }
    m_spendRequest = StoreReader::newRequestId();
    const QString day = Ledger::dayOf(QDateTime::currentDateTimeUtc(), m_zone);
    QMetaObject::invokeMethod(m_reader, "fetchBudgetDay", Qt::QueuedConnection,
                              Q_ARG(qint64, m_spendRequest), Q_ARG(QString, day));
}

void MainWindow::showSpend(qint64 requestId, bool ok, const DayUsage &usage)
{
    if (requestId != m_spendRequest) {
        return;
    }
    m_spendRequest = 0;
    if (!ok) {
        m_spend->setText(tr("Today: unknown"));
        return;
    }
    const Budgets &b = m_config.budgets;
    m_spend->setText(tr("Today: %1 of %2")
                         .arg(DisplayFormat::money(usage.account.costUsed()),
                              DisplayFormat::money(b.cost.dailyBudget)));
    m_spend->setToolTip(tr("%1 of %2 tokens used today; %3 held by running attempts")
                            .arg(QLocale().toString(usage.account.tokensUsed()),
                                 QLocale().toString(b.tokens.daily),
                                 QLocale().toString(usage.account.tokensHeld())));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    if (m_session) {
        m_newPipeline = new QAction(tr("&New pipeline…"), this);
        m_newPipeline->setShortcut(QKeySequence::New);
        connect(m_newPipeline, &QAction::triggered, this, &MainWindow::newPipeline);
        file->insertAction(quit, m_newPipeline);
        file->insertSeparator(quit);
        QMenu *execution = menuBar()->addMenu(tr("E&xecution"));
        m_actions->addTo(execution);
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this,
                                      [this, i] { m_navigation->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    if (m_executions) {
        view->addSeparator();
        QAction *refresh = view->addAction(tr("&Refresh"), m_executions, &ExecutionsPage::reload);
        refresh->setShortcut(QKeySequence::Refresh);
        view->addSeparator();
        QAction *zoomIn =
            view->addAction(tr("Zoom &in"), m_detail->graph(), &PipelineGraphView::zoomIn);
        zoomIn->setShortcut(QKeySequence::ZoomIn);
        QAction *zoomOut =
            view->addAction(tr("Zoom &out"), m_detail->graph(), &PipelineGraphView::zoomOut);
        zoomOut->setShortcut(QKeySequence::ZoomOut);
        QAction *fit =
            view->addAction(tr("&Fit the graph"), m_detail->graph(), &PipelineGraphView::fitAll);
        fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    if (m_session) {
        m_demoAction = help->addAction(tr("Start a &demo run"), this, &MainWindow::startDemo);
        m_demoAction->setToolTip(tr("Starts the shipped I2S pipeline on a sample idea; its first "
                                    "gate waits for your decision"));
        m_demoAction->setEnabled(false); // until the engine is ready
        help->addSeparator();
    }
    QAction *about = help->addAction(tr("&About Conductor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(
        QMessageBox::Information, tr("About Conductor"),
        tr("<h3>Conductor %1</h3><p>Orchestrates multi-stage AI-agent pipelines with "
           "budgets and quality gates.</p>")
            .arg(QCoreApplication::applicationVersion()),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size on the primary screen.
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        resize(available.size().expandedTo(QSize(1100, 720)).boundedTo(available.size()) * 0.9);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (m_detail) {
        if (auto *split = qobject_cast<QSplitter *>(m_detail->parentWidget())) {
            split->restoreState(settings.value(kExecutionsSplitKey).toByteArray());
        }
        m_detail->graphSplitter()->restoreState(settings.value(kGraphSplitKey).toByteArray());
    }
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_navigation->count()) {
        m_navigation->setCurrentRow(page);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, m_navigation->currentRow());
    if (m_detail) {
        // While the welcome hides the graph, the splitter's state is not the one to keep.
        auto *split = qobject_cast<QSplitter *>(m_detail->parentWidget());
        if (split && !m_detail->isHidden()) {
            settings.setValue(kExecutionsSplitKey, split->saveState());
        }
        settings.setValue(kGraphSplitKey, m_detail->graphSplitter()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Conductor
