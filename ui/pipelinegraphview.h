// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The live graph of one execution: the pipeline's DAG laid out by layers, left to right
// (GraphLayout), a node per stage, checkpoint and group with arrows to what needs it, the
// members of a group inside a titled frame. setState() updates the nodes in place as the
// execution's state changes (the owner calls it at most ~30 times a second); the node of
// a running stage is animated by one animation for the whole view, which runs only while
// a stage runs and the view is shown.
//
// A person zooms with Ctrl+wheel, Ctrl+plus/minus/0 and the slots, pans by dragging or
// with the scroll bars, selects a node with a click or the arrow keys, activates it with a
// double click or Enter, and asks for its context menu with a right click, the Menu key or
// Shift+F10; the view reports these as signals and leaves the menu to its owner.

#include "config/pipeline.h"
#include "engine/executionstate.h"
#include "graphtheme.h"

#include <QGraphicsView>
#include <QHash>

#include <optional>

class QVariantAnimation;

namespace Conductor {

class GraphEdgeItem;
class GraphNodeItem;
class GroupFrameItem;

class PipelineGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineGraphView)

public:
    explicit PipelineGraphView(QWidget *parent = nullptr);
    ~PipelineGraphView() override;

    // Lays out the pipeline's DAG; clears any state and the selection.
    void setPipeline(const PipelineDefinition &pipeline);
    // Shows an execution's state on the nodes. Cheap: it updates the existing items and
    // never lays out again.
    void setState(const ExecutionState &state);
    // Back to the plain pipeline, as before any execution.
    void clearState();

    [[nodiscard]] QString selectedNode() const { return m_selected; }
    // Selects a node (an unknown or empty id clears the selection) and scrolls to it.
    void selectNode(const QString &nodeId);
    // Every node, in the pipeline's topological order.
    [[nodiscard]] QStringList nodeIds() const { return m_order; }
    // A node's outline in scene coordinates; empty for an unknown node.
    [[nodiscard]] QRectF nodeRect(const QString &nodeId) const;
    // A group's frame in scene coordinates; empty for an unknown group.
    [[nodiscard]] QRectF groupFrameRect(const QString &groupId) const;
    // A stable key (see NodeSummary::statusKey) and what the node shows, one line each.
    [[nodiscard]] QString nodeStatus(const QString &nodeId) const;
    [[nodiscard]] QString nodeText(const QString &nodeId) const;
    [[nodiscard]] QString nodeToolTip(const QString &nodeId) const;
    // Whether the node shows the running animation now.
    [[nodiscard]] bool isAnimating(const QString &nodeId) const;
    [[nodiscard]] const GraphTheme &theme() const { return m_theme; }
    // The current zoom factor: 1 is 100%.
    [[nodiscard]] qreal zoom() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Fits the whole graph with a margin (never above 100%) and keeps fitting it as the
    // view resizes, until the user zooms. (A new pipeline is fitted the same way, except
    // that a graph too long to read whole is shown at a readable size instead, centred on
    // where the execution stands, following it.)
    void fitAll();

Q_SIGNALS:
    void nodeSelected(const QString &nodeId); // empty when the selection is cleared
    void nodeActivated(const QString &nodeId);
    void nodeContextMenuRequested(const QString &nodeId, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void rebuild();
    void applySummaries(const ExecutionState *state);
    void updateAnimation(bool visible);
    void updateHighlight();
    void updateDescription();
    void zoomBy(qreal factor);
    void fitScene();
    // Where the execution stands: the node a fitted view centres on when it cannot show all.
    [[nodiscard]] QString focusNode() const;
    void moveSelection(int key);
    void requestContextMenu(const QString &nodeId, const QPoint &globalPos);
    [[nodiscard]] QString nodeAt(const QPoint &viewportPos) const;

    PipelineDefinition m_pipeline;
    std::optional<ExecutionState> m_state; // the last one shown, for tooltips
    GraphTheme m_theme;
    QGraphicsScene *m_scene;
    QVariantAnimation *m_animation;
    QHash<QString, GraphNodeItem *> m_nodes;
    QList<GraphNodeItem *> m_running;
    QList<GraphEdgeItem *> m_edges;
    QHash<QString, GroupFrameItem *> m_frames;
    QStringList m_order;
    QString m_focus;         // the focus node the view last centred on
    bool m_fitWhole = false; // fitAll() was asked for: the whole graph, however small
    QList<QStringList> m_columns;
    QHash<QString, int> m_layerOf;
    QString m_selected;
    QPoint m_pressPos;
    bool m_autoFit = true;
};

} // namespace Conductor
