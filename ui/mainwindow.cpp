// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "pipelineoverview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace Conductor {

namespace {
const auto kGeometryKey = QStringLiteral("mainWindow/geometry");
const auto kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const Configuration &config,
                       const std::optional<PipelineDefinition> &pipeline, QWidget *parent)
    : QMainWindow(parent)
    , m_overview(new PipelineOverview(this))
{
    setWindowTitle(tr("Conductor"));
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_overview);
    m_overview->setPipeline(config, pipeline);
    createMenus();

    auto *configLabel = new QLabel(statusBar());
    configLabel->setText(config.sourcePath.isEmpty()
                             ? tr("Configuration: built-in")
                             : tr("Configuration: %1").arg(config.sourcePath));
    statusBar()->addPermanentWidget(configLabel);
    statusBar()->showMessage(tr("Ready"));
    restoreLayout();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Conductor
