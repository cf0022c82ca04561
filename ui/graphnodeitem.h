// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One node of the pipeline graph: a stage (a rounded rectangle), a checkpoint where gates
// open (a hexagon) or a group's aggregation (an octagon), painted with vectors only. It
// shows its name and its NodeSummary — the status as a glyph, in words and in colour, then
// the details — and, while its stage runs, a ring of dashes that the view's one animation
// moves. Created by the PipelineGraphView for each node of a pipeline and updated in place
// as states arrive; it takes no mouse events (the view handles clicks, drags and keys).

#include "graphtheme.h"
#include "nodesummary.h"

#include <QGraphicsItem>

namespace Conductor {

class GraphNodeItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 0x4e44
    };

    GraphNodeItem(const QString &nodeId, PipelineDefinition::NodeKind kind, const QSizeF &size,
                  const GraphTheme *theme);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &nodeId() const { return m_id; }
    [[nodiscard]] PipelineDefinition::NodeKind kind() const { return m_kind; }
    // The node's outline in item coordinates (the item's position is its top left).
    [[nodiscard]] QRectF rect() const { return m_rect; }
    [[nodiscard]] const NodeSummary &summary() const { return m_summary; }
    [[nodiscard]] StatusColors colors() const { return m_theme->colors(m_summary.statusKey); }

    // Shows the summary; false when it is the one shown already (nothing repaints).
    bool setSummary(const NodeSummary &summary);
    void setHighlight(bool selected, bool focused);
    // Where the running animation is, 0 to 1; repaints only a running node.
    void setPhase(qreal phase);

    // The node's sizes for the font: every kind shows four lines of text.
    [[nodiscard]] static QSizeF sizeFor(PipelineDefinition::NodeKind kind, const QFont &font);
    [[nodiscard]] static QPainterPath outline(PipelineDefinition::NodeKind kind,
                                              const QRectF &rect);
    // How far inside its bounding rectangle the outline's left or right side is at dy
    // from the middle: where an edge meets the node.
    [[nodiscard]] static qreal sideInset(PipelineDefinition::NodeKind kind, const QSizeF &size,
                                         qreal dy);

private:
    QString m_id;
    PipelineDefinition::NodeKind m_kind;
    QRectF m_rect;
    const GraphTheme *m_theme;
    NodeSummary m_summary;
    qreal m_phase = 0;
    bool m_selected = false;
    bool m_focused = false;
};

} // namespace Conductor
