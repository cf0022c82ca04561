// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One execution in detail, below the executions table: its live pipeline graph with the
// selected node's output, errors and attempts beside it, and its timeline. The history is
// read on the reader's thread and rebuilt into an ExecutionState here; then the engine's
// committed events keep it current (at most ~30 repaints a second), or, for an execution
// another process runs, a look for new events every second.

#include "config/pipeline.h"
#include "engine/executionstate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QTabWidget;
class QTimer;

namespace Conductor {

class Session;
class ExecutionChart;
class NodeDetails;
class PipelineGraphView;
class StoreReader;
class TimelineView;

class ExecutionDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionDetail)

public:
    ExecutionDetail(StoreReader *reader, Session *session, QWidget *parent = nullptr);

    // Shows an execution (empty: none).
    void showExecution(const QString &executionId);
    [[nodiscard]] const QString &executionId() const { return m_executionId; }
    // What is shown, once its history is read.
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const ExecutionState &state() const { return m_state; }
    [[nodiscard]] const std::optional<PipelineDefinition> &pipeline() const { return m_pipeline; }

    [[nodiscard]] PipelineGraphView *graph() const { return m_graph; }
    [[nodiscard]] NodeDetails *details() const { return m_details; }
    [[nodiscard]] TimelineView *timeline() const { return m_timeline; }
    [[nodiscard]] ExecutionChart *chart() const { return m_chart; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    // The graph beside the node's details; the window saves and restores its sizes.
    [[nodiscard]] QSplitter *graphSplitter() const { return m_split; }

protected:
    // Gives the graph three fifths of the width the first time the splitter has one,
    // unless sizes were restored before.
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    // The engine's committed events (any executions'): those of the one shown apply.
    void applyEvents(const Conductor::ExecutionEvents &events);

Q_SIGNALS:
    // The state shown changed (for menus that depend on it, and tests).
    void stateChanged();
    // The graph asks for a node's interventions.
    void interventionMenuRequested(const QString &nodeId, const QPoint &globalPos);

private:
    void onEvents(qint64 requestId, const QString &executionId,
                  const Conductor::ExecutionEvents &events);
    void apply(const ExecutionEvents &events);
    void repaint();
    void poll();
    void fetchNew();
    void showNode(const QString &nodeId);

    StoreReader *m_reader;
    Session *m_session;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    PipelineGraphView *m_graph;
    NodeDetails *m_details;
    TimelineView *m_timeline;
    ExecutionChart *m_chart;
    QTimer *m_coalesce;
    QTimer *m_poll;

    QString m_executionId;
    ExecutionState m_state;
    std::optional<PipelineDefinition> m_pipeline;
    ExecutionEvents m_pendingTimeline; // applied, not yet given to the timeline
    bool m_loaded = false;
    bool m_lookAgain = false; // events came while the history was read
    bool m_splitSized = false;
    qint64 m_request = 0;
};

} // namespace Conductor
