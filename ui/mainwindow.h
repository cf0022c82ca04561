// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's main window: a navigation list on the left (Executions, Pipeline)
// and the page it selects. It remembers its geometry, layout and page between runs.

#include "config/configuration.h"
#include "config/pipeline.h"

#include <QMainWindow>
#include <QStyle>

class QListWidget;
class QStackedWidget;

#include <optional>

namespace Conductor {

class ExecutionsPage;
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

    PipelineOverview *m_overview;
    ExecutionsPage *m_executions = nullptr;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
};

} // namespace Conductor
