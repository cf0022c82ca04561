// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlayout.h"

#include <algorithm>
#include <vector>

namespace Conductor {

namespace {

constexpr int kSweeps = 4;     // down and up barycenter passes
constexpr qreal kPortGap = 12; // between the ends of two edges on one side of a node

// A place in a layer: a node, or a lane an edge crosses the layer through.
struct Slot
{
    QString node; // empty for a lane
    int layer = 0;
    QString group;
    int memberIndex = 0;
    QSizeF size;
    QList<int> up;   // linked slots of the layer before
    QList<int> down; // linked slots of the layer after
    double key = 0;
    qreal top = 0;

    [[nodiscard]] qreal centerY() const { return top + size.height() / 2; }
};

struct Chain
{
    QString from;
    QString to;
    std::vector<int> slots; // from, the lanes, to
};

void sortLayer(std::vector<Slot> &slots, std::vector<int> &layer, std::vector<int> &pos, bool byUp)
{
    QHash<QString, std::pair<double, int>> groups;
    for (int idx : layer) {
        Slot &s = slots[idx];
        const QList<int> &links = byUp ? s.up : s.down;
        if (links.isEmpty()) {
            s.key = pos[idx];
        } else {
            double sum = 0;
            for (int link : links) {
                sum += pos[link];
            }
            s.key = sum / static_cast<double>(links.size());
        }
        if (!s.group.isEmpty()) {
            auto &[sum, count] = groups[s.group];
            sum += s.key;
            ++count;
        }
    }
    // A group's members move as one, in the group's order, so its frame holds only them.
    for (int idx : layer) {
        Slot &s = slots[idx];
        if (!s.group.isEmpty()) {
            const auto &[sum, count] = groups[s.group];
            s.key = sum / count;
        }
    }
    std::stable_sort(layer.begin(), layer.end(), [&slots](int a, int b) {
        const Slot &sa = slots[a];
        const Slot &sb = slots[b];
        if (sa.key != sb.key) {
            return sa.key < sb.key;
        }
        if (sa.group != sb.group) {
            return sa.group < sb.group;
        }
        return sa.memberIndex < sb.memberIndex;
    });
    for (int i = 0; i < static_cast<int>(layer.size()); ++i) {
        pos[layer[i]] = i;
    }
}

// Spreads k edge ends along one side of a node, centred on its middle.
qreal portY(const QRectF &rect, int index, int count)
{
    if (count <= 1) {
        return rect.center().y();
    }
    const qreal gap = std::min(kPortGap, rect.height() * 0.5 / (count - 1));
    return rect.center().y() + (index - (count - 1) / 2.0) * gap;
}

} // namespace

GraphLayout GraphLayout::compute(const PipelineDefinition &pipeline, const Metrics &metrics)
{
    GraphLayout out;
    out.nodes = pipeline.topologicalOrder();
    out.layerOf = pipeline.layers();
    int layerCount = 0;
    for (const QString &id : std::as_const(out.nodes)) {
        layerCount = std::max(layerCount, out.layerOf.value(id) + 1);
    }
    QHash<QString, std::pair<QString, int>> membership;
    for (const GroupDefinition &g : pipeline.groups) {
        for (int i = 0; i < g.stages.size(); ++i) {
            membership.insert(g.stages.at(i), {g.id, i});
        }
    }

    std::vector<Slot> slots;
    std::vector<std::vector<int>> layers(static_cast<size_t>(layerCount));
    QHash<QString, int> slotOf;
    for (const QString &id : std::as_const(out.nodes)) {
        Slot s;
        s.node = id;
        s.layer = out.layerOf.value(id);
        std::tie(s.group, s.memberIndex) = membership.value(id, {QString(), 0});
        s.size = metrics.nodeSize(*pipeline.kindOf(id));
        slotOf.insert(id, static_cast<int>(slots.size()));
        layers[s.layer].push_back(static_cast<int>(slots.size()));
        slots.push_back(s);
    }
    std::vector<Chain> chains;
    for (const QString &id : std::as_const(out.nodes)) {
        for (const QString &need : pipeline.needsOf(id)) {
            if (!slotOf.contains(need) || out.layerOf.value(need) >= out.layerOf.value(id)) {
                continue;
            }
            Chain c{need, id, {slotOf.value(need)}};
            for (int l = out.layerOf.value(need) + 1; l < out.layerOf.value(id); ++l) {
                Slot lane;
                lane.layer = l;
                layers[l].push_back(static_cast<int>(slots.size()));
                c.slots.push_back(static_cast<int>(slots.size()));
                slots.push_back(lane);
            }
            c.slots.push_back(slotOf.value(id));
            for (size_t i = 0; i + 1 < c.slots.size(); ++i) {
                slots[c.slots[i]].down.append(c.slots[i + 1]);
                slots[c.slots[i + 1]].up.append(c.slots[i]);
            }
            chains.push_back(std::move(c));
        }
    }

    std::vector<int> pos(slots.size());
    for (const std::vector<int> &layer : layers) {
        for (int i = 0; i < static_cast<int>(layer.size()); ++i) {
            pos[layer[i]] = i;
        }
    }
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
        for (int l = 1; l < layerCount; ++l) {
            sortLayer(slots, layers[l], pos, true);
        }
        for (int l = layerCount - 2; l >= 0; --l) {
            sortLayer(slots, layers[l], pos, false);
        }
    }

    // Columns left to right; in each, the slots stacked and centred on y = 0.
    std::vector<qreal> columnX(static_cast<size_t>(layerCount));
    std::vector<qreal> columnWidth(static_cast<size_t>(layerCount));
    qreal x = 0;
    for (int l = 0; l < layerCount; ++l) {
        qreal width = 0;
        for (int idx : layers[l]) {
            width = std::max(width, slots[idx].size.width());
        }
        columnX[l] = x;
        columnWidth[l] = width;
        x += width + metrics.layerGap;

        qreal y = 0;
        const Slot *previous = nullptr;
        for (int idx : layers[l]) {
            Slot &s = slots[idx];
            if (previous) {
                const bool lane = s.node.isEmpty() || previous->node.isEmpty();
                y += lane ? metrics.nodeGap / 2 : metrics.nodeGap;
            }
            const QString previousGroup = previous ? previous->group : QString();
            if (s.group != previousGroup) {
                y += previousGroup.isEmpty() ? 0 : metrics.framePadding;
                y += s.group.isEmpty() ? 0 : metrics.framePadding + metrics.frameLabel;
            }
            s.top = y;
            y += s.size.height();
            previous = &s;
        }
        if (previous && !previous->group.isEmpty()) {
            y += metrics.framePadding;
        }
        for (int idx : layers[l]) {
            slots[idx].top -= y / 2;
        }
    }

    out.columns.resize(layerCount);
    for (int l = 0; l < layerCount; ++l) {
        for (int idx : layers[l]) {
            const Slot &s = slots[idx];
            if (s.node.isEmpty()) {
                continue;
            }
            out.columns[l].append(s.node);
            out.rects.insert(s.node, QRectF(columnX[l] + (columnWidth[l] - s.size.width()) / 2,
                                            s.top, s.size.width(), s.size.height()));
        }
    }

    // Edge ends spread along the sides of their nodes in the order of where they come
    // from or go to, so that edges meeting at one node do not cross there.
    QHash<int, QList<int>> incoming;
    QHash<int, QList<int>> outgoing;
    for (int i = 0; i < static_cast<int>(chains.size()); ++i) {
        incoming[chains[i].slots.back()].append(i);
        outgoing[chains[i].slots.front()].append(i);
    }
    const auto neighbourY = [&](int chain, bool atEnd) {
        const std::vector<int> &c = chains[chain].slots;
        return slots[atEnd ? c[c.size() - 2] : c[1]].centerY();
    };
    QHash<int, qreal> endY;
    QHash<int, qreal> startY;
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [&](int a, int b) { return neighbourY(a, true) < neighbourY(b, true); });
        const QRectF rect = out.rects.value(slots[it.key()].node);
        for (int i = 0; i < it->size(); ++i) {
            endY.insert(it->at(i), portY(rect, i, static_cast<int>(it->size())));
        }
    }
    for (auto it = outgoing.begin(); it != outgoing.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [&](int a, int b) { return neighbourY(a, false) < neighbourY(b, false); });
        const QRectF rect = out.rects.value(slots[it.key()].node);
        for (int i = 0; i < it->size(); ++i) {
            startY.insert(it->at(i), portY(rect, i, static_cast<int>(it->size())));
        }
    }
    for (int i = 0; i < static_cast<int>(chains.size()); ++i) {
        const Chain &c = chains[i];
        Edge edge{c.from, c.to, {}};
        edge.points.append(QPointF(out.rects.value(c.from).right(), startY.value(i)));
        for (size_t k = 1; k + 1 < c.slots.size(); ++k) {
            const Slot &lane = slots[c.slots[k]];
            edge.points.append(QPointF(columnX[lane.layer], lane.centerY()));
            edge.points.append(
                QPointF(columnX[lane.layer] + columnWidth[lane.layer], lane.centerY()));
        }
        edge.points.append(QPointF(out.rects.value(c.to).left(), endY.value(i)));
        out.edges.append(edge);
    }

    for (const GroupDefinition &g : pipeline.groups) {
        QRectF frame;
        for (const QString &member : g.stages) {
            frame = frame.united(out.rects.value(member));
        }
        if (!frame.isNull()) {
            out.frames.append(
                Frame{g.id, frame.adjusted(-metrics.framePadding,
                                           -metrics.framePadding - metrics.frameLabel,
                                           metrics.framePadding, metrics.framePadding)});
        }
    }
    return out;
}

} // namespace Conductor
