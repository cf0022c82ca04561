// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "executionspage.h"
#include "pipelineoverview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
