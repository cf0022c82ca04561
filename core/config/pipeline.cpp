// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline.h"

#include <set>

namespace Conductor {

namespace {

template<typename T>
const T *findById(const QList<T> &list, QStringView id)
{
    for (const T &item : list) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

QString RetryStrategy::backoffName(Backoff backoff)
{
    switch (backoff) {
    case Backoff::Linear:
        return QStringLiteral("linear");
    case Backoff::Exponential:
        return QStringLiteral("exponential");
    case Backoff::Fixed:
        return QStringLiteral("fixed");
    }
    return {};
}

const StageDefinition *PipelineDefinition::stage(QStringView nodeId) const
{
    return findById(stages, nodeId);
}

const AgentDefinition *PipelineDefinition::agent(QStringView nodeId) const
{
    return findById(agents, nodeId);
}

const ProviderDefinition *PipelineDefinition::provider(QStringView providerId) const
{
    return findById(providers, providerId);
}

QString AgentDefinition::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Simulated:
        return QStringLiteral("simulated");
    case Kind::Llm:
        return QStringLiteral("llm");
    case Kind::Command:
        return QStringLiteral("command");
    }
    return {};
}

const CheckpointDefinition *PipelineDefinition::checkpoint(QStringView nodeId) const
{
    return findById(checkpoints, nodeId);
}

const GroupDefinition *PipelineDefinition::group(QStringView nodeId) const
{
    return findById(groups, nodeId);
}

std::optional<PipelineDefinition::NodeKind> PipelineDefinition::kindOf(QStringView nodeId) const
{
    if (stage(nodeId)) {
        return NodeKind::Stage;
    }
    if (checkpoint(nodeId)) {
        return NodeKind::Checkpoint;
    }
    if (group(nodeId)) {
        return NodeKind::Group;
    }
    return std::nullopt;
}

QStringList PipelineDefinition::needsOf(QStringView nodeId) const
{
    if (const StageDefinition *s = stage(nodeId)) {
        return s->needs;
    }
    if (const CheckpointDefinition *c = checkpoint(nodeId)) {
        return c->needs;
    }
    if (const GroupDefinition *g = group(nodeId)) {
        // A group is done when its members are: it needs them.
        return g->stages;
    }
    return {};
}

QStringList PipelineDefinition::topologicalOrder() const
{
    QStringList all;
    for (const StageDefinition &s : stages) {
        all.append(s.id);
    }
    for (const CheckpointDefinition &c : checkpoints) {
        all.append(c.id);
    }
    for (const GroupDefinition &g : groups) {
        all.append(g.id);
    }
    // Kahn's algorithm; among nodes that become ready together, the file's order wins.
    QHash<QString, int> missing;
    QHash<QString, QStringList> dependents;
    for (const QString &node : std::as_const(all)) {
        const QStringList needs = needsOf(node);
        missing.insert(node, static_cast<int>(needs.size()));
        for (const QString &need : needs) {
            dependents[need].append(node);
        }
    }
    QHash<QString, int> position;
    for (int i = 0; i < all.size(); ++i) {
        position.insert(all.at(i), i);
    }
    std::set<std::pair<int, QString>> ready;
    for (const QString &node : std::as_const(all)) {
        if (missing.value(node) == 0) {
            ready.insert({position.value(node), node});
        }
    }
    QStringList order;
    while (!ready.empty()) {
        const QString node = ready.begin()->second;
        ready.erase(ready.begin());
        order.append(node);
        for (const QString &dependent : dependents.value(node)) {
            if (--missing[dependent] == 0) {
                ready.insert({position.value(dependent), dependent});
            }
        }
    }
    return order; // shorter than `all` only for a cycle, which the loader refuses
}

QHash<QString, int> PipelineDefinition::layers() const
{
    QHash<QString, int> layer;
    for (const QString &node : topologicalOrder()) {
        int depth = 0;
        for (const QString &need : needsOf(node)) {
            depth = std::max(depth, layer.value(need) + 1);
        }
        layer.insert(node, depth);
    }
    return layer;
}

const RetryStrategy &PipelineDefinition::retryFor(const StageDefinition &s) const
{
    return s.retry ? *s.retry : retry;
}

} // namespace Conductor
