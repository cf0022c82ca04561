// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows a pipeline definition and the budgets it runs under: every stage, checkpoint
// and group in the order they run, with their agents, gates and what they need. The
// first view of the main window until the live executions arrive.

#include "config/configuration.h"
#include "config/pipeline.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace Conductor {

class PipelineOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineOverview)

public:
    explicit PipelineOverview(QWidget *parent = nullptr);

    void setPipeline(const Configuration &config,
                     const std::optional<PipelineDefinition> &pipeline);
    [[nodiscard]] QTreeWidget *nodeTree() const { return m_tree; }

private:
    QLabel *m_title;
    QLabel *m_budgets;
    QTreeWidget *m_tree;
};

} // namespace Conductor
