// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the pipeline graph's tests look at: its node and edge items, where a node is on
// the viewport, whether every edge is right, the contrast of two colours (computed here
// rather than trusted from the theme), and a light and a dark palette to check both.

#include "config/pipeline.h"
#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "pipelinegraphview.h"

#include <QGraphicsScene>
#include <QPalette>

#include <cmath>

namespace Conductor::Test {

using namespace Qt::StringLiterals;

inline double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2 relative luminance contrast, computed here rather than trusted from the theme.
inline double contrast(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = lum(a);
    const double lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    return p;
}

inline QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

inline QList<GraphNodeItem *> nodeItems(const PipelineGraphView &view)
{
    QList<GraphNodeItem *> items;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (item->type() == GraphNodeItem::Type) {
            items.append(static_cast<GraphNodeItem *>(item));
        }
    }
    return items;
}

inline QPoint viewportPoint(const PipelineGraphView &view, const QString &node)
{
    return view.mapFromScene(view.nodeRect(node).center());
}

// Why an edge of the graph is wrong (not a need, not from its node, through another node
// or missing), or nothing.
inline QString badEdge(const PipelineGraphView &view, const PipelineDefinition &pipeline)
{
    int expected = 0;
    for (const QString &id : view.nodeIds()) {
        expected += static_cast<int>(pipeline.needsOf(id).size());
    }
    int edges = 0;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (item->type() != GraphEdgeItem::Type) {
            continue;
        }
        ++edges;
        const auto *edge = static_cast<GraphEdgeItem *>(item);
        const QString name = edge->from() + u"→" + edge->to();
        const QPainterPath &path = edge->path();
        if (!pipeline.needsOf(edge->to()).contains(edge->from()) ||
            std::abs(path.pointAtPercent(0).x() - view.nodeRect(edge->from()).right()) > 30) {
            return name + u" is not a need";
        }
        for (const QString &id : view.nodeIds()) {
            for (int i = 0; i <= 50 && id != edge->from() && id != edge->to(); ++i) {
                if (view.nodeRect(id).contains(path.pointAtPercent(i / 50.0))) {
                    return name + u" crosses " + id;
                }
            }
        }
    }
    return edges == expected ? QString()
                             : QStringLiteral("%1 edges for %2 needs").arg(edges).arg(expected);
}

// A DAG with edges that skip layers, a checkpoint and a quorum group, as a user's may be.
inline PipelineDefinition skipsPipeline()
{
    using namespace Qt::StringLiterals;
    PipelineDefinition p;
    p.name = u"Skips"_s;
    // Each stage and what it needs: "id:need,need".
    for (const QString &spec : u"a: b:a c:b d:c e:a f:cp,e,a g:b h:b i:g,h,c"_s.split(u' ')) {
        const QString id = spec.section(u':', 0, 0);
        const QString needs = spec.section(u':', 1);
        p.stages.append(StageDefinition{id,
                                        id.toUpper(),
                                        {},
                                        u"a"_s,
                                        needs.isEmpty() ? QStringList() : needs.split(u','),
                                        {},
                                        {}});
    }
    p.checkpoints.append(CheckpointDefinition{u"cp"_s, u"Gate"_s, {u"d"_s}, {u"review"_s}});
    p.groups.append(GroupDefinition{
        u"grp"_s, u"Checks"_s, {u"g"_s, u"h"_s}, GroupDefinition::Rule::Quorum, 1, {}});
    return p;
}

} // namespace Conductor::Test
