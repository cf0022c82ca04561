// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's main window. It remembers its geometry and layout between runs.

#include "config/configuration.h"
#include "config/pipeline.h"

#include <QMainWindow>

#include <optional>

namespace Conductor {

class PipelineOverview;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Configuration &config, const std::optional<PipelineDefinition> &pipeline,
               QWidget *parent = nullptr);

    [[nodiscard]] PipelineOverview *overview() const { return m_overview; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();

    PipelineOverview *m_overview;
};

} // namespace Conductor
