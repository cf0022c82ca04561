// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the nodes and edges of a pipeline's graph go: a layered layout of its DAG. Each
// node sits in the column of its layer (PipelineDefinition::layers(), left to right); the
// nodes of one layer are stacked top to bottom, ordered by a few barycenter sweeps so that
// edges cross little, ties keeping the definition's order, and a group's members kept
// together with room for the frame drawn around them. An edge that spans several layers
// runs through a reserved lane in each layer it crosses instead of through nodes. A value
// computed once per pipeline by the PipelineGraphView; it knows sizes, not painting.

#include "config/pipeline.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

namespace Conductor {

struct GraphLayout
{
    struct Metrics
    {
        std::function<QSizeF(PipelineDefinition::NodeKind)> nodeSize;
        qreal layerGap = 72;     // between the columns of two layers
        qreal nodeGap = 20;      // between two nodes of one layer
        qreal framePadding = 12; // around a group's members
        qreal frameLabel = 22;   // the group frame's title, above its members
    };

    struct Edge
    {
        QString from;
        QString to;
        // From a port on the right of `from` to a port on the left of `to`, through the
        // lanes of the layers between; every segment leaves and arrives horizontally.
        QList<QPointF> points;
    };

    struct Frame
    {
        QString group;
        QRectF rect;
    };

    QStringList nodes; // topological order
    QHash<QString, int> layerOf;
    QList<QStringList> columns; // the nodes of each layer, top to bottom
    QHash<QString, QRectF> rects;
    QList<Edge> edges;
    QList<Frame> frames;

    [[nodiscard]] static GraphLayout compute(const PipelineDefinition &pipeline,
                                             const Metrics &metrics);
};

} // namespace Conductor
