// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's main window: a navigation list on the left (Executions, Gates with
// the count waiting, Pipeline) and the page it selects; the status bar shows today's
// spending against the daily budget. It remembers its geometry, layout and page.

#include "config/configuration.h"
#include "config/pipeline.h"
#include "store/storetypes.h"

#include <QMainWindow>
#include <QStyle>
#include <QTimeZone>

class QLabel;
class QListWidget;
class QStackedWidget;

#include <optional>

namespace Conductor {

class ExecutionsPage;
class GatesModel;
class PipelineOverview;
class StoreReader;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a reader (no database) the window shows the pipeline alone.
    MainWindow(const Configuration &config, const std::optional<PipelineDefinition> &pipeline,
               StoreReader *reader = nullptr, QWidget *parent = nullptr);

    [[nodiscard]] PipelineOverview *overview() const { return m_overview; }
    [[nodiscard]] ExecutionsPage *executions() const { return m_executions; }
    [[nodiscard]] GatesModel *gates() const { return m_gates; }
    [[nodiscard]] QLabel *spendLabel() const { return m_spend; }
    [[nodiscard]] QListWidget *navigation() const { return m_navigation; }
    [[nodiscard]] QStackedWidget *pages() const { return m_pages; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    void addPage(QWidget *page, const QString &title, QStyle::StandardPixmap icon);
    QWidget *createGatesPage();
    void showPendingGates(int pending);
    void refreshSpend();
    void showSpend(qint64 requestId, bool ok, const Conductor::DayUsage &usage);

    PipelineOverview *m_overview;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    ExecutionsPage *m_executions = nullptr;
    GatesModel *m_gates = nullptr;
    int m_gatesRow = -1; // its row in the navigation
    StoreReader *m_reader;
    Configuration m_config;
    QTimeZone m_zone; // of the budget day, read once
    QLabel *m_spend = nullptr;
    qint64 m_spendRequest = 0;
};

} // namespace Conductor
