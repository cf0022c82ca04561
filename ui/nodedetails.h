// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The panel beside the pipeline graph: everything about the selected node of an
// execution. For a stage: its agent (and the agent an operator put in its place), status,
// attempts, failures, tokens, cost, duration, verdict, when it retries, its output
// rendered from Markdown and the errors of its attempts. For a checkpoint: the gates that
// opened there and how they were decided. For a group: its members' verdicts and whether
// it passed. The owner calls showNode() again as the state changes; the panel rewrites only
// what changed, so a reader's scroll position in the output stays put.

#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QWidget>

#include <utility>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace Conductor {

class NodeDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDetails)

public:
    explicit NodeDetails(QWidget *parent = nullptr);

    // Shows a node of the pipeline in the state; an unknown node clears the panel.
    void showNode(const PipelineDefinition &pipeline, const ExecutionState &state,
                  const QString &nodeId);
    // Back to the empty state: nothing selected.
    void clear();

    [[nodiscard]] QString nodeId() const { return m_nodeId; }
    [[nodiscard]] bool isEmptyShown() const;
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QString titleText() const;
    // The facts of the summary, "Label: value" one a line.
    [[nodiscard]] QString summaryText() const { return m_summaryText; }
    [[nodiscard]] QTextBrowser *outputView() const { return m_output; }
    [[nodiscard]] QTableWidget *errorsTable() const { return m_errors; }
    [[nodiscard]] QTableWidget *gatesTable() const { return m_gates; }
    [[nodiscard]] QTableWidget *membersTable() const { return m_members; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

private:
    using Facts = QList<std::pair<QString, QString>>;

    void showStage(const PipelineDefinition &pipeline, const ExecutionState &state,
                   const StageDefinition &stage);
    void showCheckpoint(const PipelineDefinition &pipeline, const ExecutionState &state,
                        const CheckpointDefinition &checkpoint);
    void showGroup(const PipelineDefinition &pipeline, const ExecutionState &state,
                   const GroupDefinition &group);
    void setFacts(const Facts &facts);
    void setOutput(const QString &markdown);
    void showTabs(QWidget *first, QWidget *second = nullptr);
    void setTabTitle(QWidget *tab, const QString &title);

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTextBrowser *m_output;
    QTableWidget *m_errors;
    QTableWidget *m_gates;
    QTableWidget *m_members;
    QString m_nodeId;
    QString m_summaryText;
    QString m_markdown;
};

} // namespace Conductor
