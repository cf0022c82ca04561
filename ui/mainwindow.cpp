// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "engine/ledger.h"
#include "executionspage.h"
#include "gatesmodel.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Conductor {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
const auto kPageKey = QStringLiteral("mainWindow/page");
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
    setWindowTitle(tr("Conductor"));
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation->setObjectName(QStringLiteral("Navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    if (reader) {
        m_executions = new ExecutionsPage(reader, this);
        addPage(m_executions, tr("Executions"), QStyle::SP_FileDialogDetailedView);
        m_gatesRow = m_navigation->count();
        addPage(createGatesPage(), tr("Gates"), QStyle::SP_MessageBoxQuestion);
    }
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
    m_overview->setPipeline(config, pipeline);
    m_navigation->setCurrentRow(0);
    createMenus();

    auto *configLabel = new QLabel(statusBar());
    configLabel->setText(config.sourcePath.isEmpty()
                             ? tr("Configuration: built-in")
                             : tr("Configuration: %1").arg(config.sourcePath));
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
    statusBar()->addPermanentWidget(configLabel);
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

void MainWindow::addPage(QWidget *page, const QString &title, QStyle::StandardPixmap icon)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(style()->standardIcon(icon), title, m_navigation);
    item->setToolTip(title);
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
        tr("Decide a gate with: conductor approve GATE_ID --decision approve|reject"), page);
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

void MainWindow::showPendingGates(int pending)
{
    QListWidgetItem *item = m_navigation->item(m_gatesRow);
    item->setText(pending > 0 ? tr("Gates (%1)").arg(pending) : tr("Gates"));
    setWindowTitle(pending > 0 ? tr("Conductor — gates waiting: %1").arg(pending)
                               : tr("Conductor"));
}

void MainWindow::refreshSpend()
{
    if (m_spendRequest != 0) {
        return;
    }
    static qint64 next = 0;
    m_spendRequest = ++next;
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
    m_spend->setText(tr("Today: $%1 of $%2")
                         .arg(usage.account.costUsed().toString(), b.cost.dailyBudget.toString()));
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
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
        resize(available.size() * 0.7);
    }
    restoreState(settings.value(kStateKey).toByteArray());
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
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Conductor
