// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An edge of the pipeline graph: an arrow from a node to one that needs it, along the
// points the GraphLayout gave it, as smooth curves that leave and arrive horizontally.
// Dashed until the node it starts from is done, then solid. Created by the
// PipelineGraphView with the layout; only its "done" look changes afterwards.

#include "graphtheme.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace Conductor {

class GraphEdgeItem final : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 0x4544
    };

    GraphEdgeItem(const QString &from, const QString &to, const QList<QPointF> &points,
                  const GraphTheme *theme);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] const QString &from() const { return m_from; }
    [[nodiscard]] const QString &to() const { return m_to; }
    [[nodiscard]] const QPainterPath &path() const { return m_path; }
    void setDone(bool done);

private:
    QString m_from;
    QString m_to;
    QPainterPath m_path;
    QPolygonF m_head;
    const GraphTheme *m_theme;
    bool m_done = false;
};

} // namespace Conductor
