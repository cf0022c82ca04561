// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineloader.h"

#include "logging/logging.h"
#include "pipelineagents_p.h"
#include "yamlreader_p.h"
#include "yamlsafety_p.h"

#include <QFileInfo>
#include <QSet>

namespace Conductor {

namespace {

class PipelineReader
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::PipelineLoader)

public:
    PipelineReader(YamlReader &reader, const Configuration &config)
        : r(reader)
        , m_config(config)
    {}

    PipelineDefinition read(const YamlField &root)
    {
        PipelineDefinition p;
        const auto top = r.mapping(root, PipelineLoader::topLevelKeys());
        if (!top) {
            return p;
        }
        for (const char16_t *key : {u"pipeline", u"stages"}) {
            if (!top->find(key)) {
                r.error(root,
                        tr("a pipeline file needs a '%1' section").arg(QString::fromUtf16(key)));
            }
        }
        top->with(u"pipeline", [&](const YamlField &f) { readHeader(f, p); });
        top->with(u"retry", [&](const YamlField &f) {
            if (auto retry = readRetry(f)) {
                p.retry = *retry;
            }
        });
        top->with(u"simulation", [&](const YamlField &f) { readSimulation(f, p.simulation); });
        top->with(u"providers", [&](const YamlField &f) { m_agents.readProviders(f, p); });
        top->with(u"agents", [&](const YamlField &f) { m_agents.readAgents(f, p); });
        top->with(u"stages", [&](const YamlField &f) { readStages(f, p); });
        top->with(u"checkpoints", [&](const YamlField &f) { readCheckpoints(f, p); });
        top->with(u"groups", [&](const YamlField &f) { readGroups(f, p); });
        checkReferences(p);
        m_agents.checkProviders(p);
        m_agents.checkFallbacks(p);
        checkCycles(p);
        return p;
    }

private:
    template<typename T, typename V>
    static void assign(T &target, const std::optional<V> &value)
    {
        if (value) {
            target = static_cast<T>(*value);
        }
    }

    void readHeader(const YamlField &field, PipelineDefinition &p)
    {
        const auto map =
            r.mapping(field, {QStringLiteral("id"), QStringLiteral("name"),
                              QStringLiteral("description"), QStringLiteral("version")});
        if (!map) {
            return;
        }
        if (!map->find(u"id")) {
            r.error(field, tr("pipeline needs an id"));
        }
        map->with(u"id", [&](const YamlField &f) { assign(p.id, r.identifier(f)); });
        map->with(u"name", [&](const YamlField &f) { assign(p.name, r.string(f)); });
        map->with(u"description", [&](const YamlField &f) { assign(p.description, r.string(f)); });
        map->with(u"version",
                  [&](const YamlField &f) { assign(p.version, r.integer(f, 1, 1'000'000)); });
        if (p.name.isEmpty()) {
            p.name = p.id;
        }
    }

    std::optional<RetryStrategy> readRetry(const YamlField &field)
    {
        const auto map =
            r.mapping(field, {QStringLiteral("maxRetries"), QStringLiteral("backoffStrategy"),
                              QStringLiteral("retryableErrors"),
                              QStringLiteral("escalationThreshold"), QStringLiteral("initialDelay"),
                              QStringLiteral("maxDelay"), QStringLiteral("jitter")});
        if (!map) {
            return std::nullopt;
        }
        RetryStrategy s;
        map->with(u"maxRetries",
                  [&](const YamlField &f) { assign(s.maxRetries, r.integer(f, 0, 100)); });
        map->with(u"backoffStrategy", [&](const YamlField &f) {
            const auto name = r.oneOf(f, {QStringLiteral("linear"), QStringLiteral("exponential"),
                                          QStringLiteral("fixed")});
            if (name) {
                s.backoffStrategy = *name == u"linear"        ? RetryStrategy::Backoff::Linear
                                    : *name == u"exponential" ? RetryStrategy::Backoff::Exponential
                                                              : RetryStrategy::Backoff::Fixed;
            }
        });
        map->with(u"retryableErrors", [&](const YamlField &f) {
            const auto list = r.identifierList(f);
            if (!list) {
                return;
            }
            s.retryableErrors.clear();
            const QStringList known = PipelineLoader::errorClasses();
            for (const auto &[name, item] : *list) {
                if (!known.contains(name)) {
                    r.error(item, tr("unknown error class '%1'; known classes: %2")
                                      .arg(name, known.join(QStringLiteral(", "))));
                    continue;
                }
                s.retryableErrors.append(name);
            }
        });
        map->with(u"escalationThreshold",
                  [&](const YamlField &f) { assign(s.escalationThreshold, r.integer(f, 1, 100)); });
        map->with(u"initialDelay",
                  [&](const YamlField &f) { assign(s.initialDelay, r.duration(f, 0ms, 24h)); });
        map->with(u"maxDelay",
                  [&](const YamlField &f) { assign(s.maxDelay, r.duration(f, 0ms, 24h)); });
        map->with(u"jitter", [&](const YamlField &f) { assign(s.jitter, r.number(f, 0.0, 1.0)); });
        if (s.initialDelay > s.maxDelay) {
            r.error(
                r.seen(field.path + QStringLiteral(".initialDelay")).value_or(field),
                tr("%1.initialDelay (%2) is above %1.maxDelay (%3)")
                    .arg(field.path, formatDuration(s.initialDelay), formatDuration(s.maxDelay)));
        }
        if (s.escalationThreshold > s.maxRetries + 1) {
            r.warning(r.seen(field.path + QStringLiteral(".escalationThreshold")).value_or(field),
                      tr("%1.escalationThreshold (%2) is more than the attempts maxRetries allows "
                         "(%3), so it never "
                         "escalates")
                          .arg(field.path)
                          .arg(s.escalationThreshold)
                          .arg(s.maxRetries + 1));
        }
        return s;
    }

    void readSimulation(const YamlField &field, SimulationSettings &s)
    {
        const auto map = r.mapping(field, {QStringLiteral("timeScale"), QStringLiteral("seed")});
        if (!map) {
            return;
        }
        map->with(u"timeScale",
                  [&](const YamlField &f) { assign(s.timeScale, r.number(f, 0.0, 1000.0)); });
        map->with(u"seed", [&](const YamlField &f) {
            assign(s.seed, r.integer(f, 0, std::numeric_limits<qint64>::max()));
        });
    }

    bool claimId(const QString &id, const YamlField &at)
    {
        if (m_nodeFields.contains(id)) {
            r.error(at, tr("the id '%1' is used twice (first on line %2)")
                            .arg(id)
                            .arg(YamlReader::position(m_nodeFields.value(id)).first));
            return false;
        }
        m_nodeFields.insert(id, at);
        return true;
    }

    // missing: the whole message for an item without an id.
    std::optional<QString> readId(const YamlMap &map, const YamlField &item, const QString &missing)
    {
        const YamlEntry *idEntry = map.find(u"id");
        if (!idEntry) {
            r.error(item, missing);
            return std::nullopt;
        }
        const auto id = r.identifier(idEntry->value);
        if (!id || !claimId(*id, idEntry->value)) {
            return std::nullopt;
        }
        return id;
    }

    QStringList readNeeds(const YamlMap &map, const QString &id)
    {
        QStringList needs;
        map.with(u"needs", [&](const YamlField &f) {
            const auto list = r.identifierList(f);
            if (!list) {
                return;
            }
            for (const auto &[name, item] : *list) {
                if (name == id) {
                    r.error(item, tr("'%1' cannot need itself").arg(id));
                    continue;
                }
                needs.append(name);
                m_needFields.insert({id, name}, item);
            }
        });
        return needs;
    }

    void readStages(const YamlField &field, PipelineDefinition &p)
    {
        const auto items = r.sequence(field);
        if (!items) {
            return;
        }
        if (items->isEmpty()) {
            r.error(field, tr("a pipeline needs at least one stage"));
        }
        for (const YamlField &item : *items) {
            const auto map = r.mapping(item, {QStringLiteral("id"), QStringLiteral("name"),
                                              QStringLiteral("description"),
                                              QStringLiteral("agent"), QStringLiteral("needs"),
                                              QStringLiteral("retry"), QStringLiteral("verdict")});
            if (!map) {
                continue;
            }
            const auto id = readId(*map, item, tr("every stage needs an id"));
            if (!id) {
                continue;
            }
            StageDefinition s;
            s.id = *id;
            s.name = s.id;
            map->with(u"name", [&](const YamlField &f) { assign(s.name, r.string(f)); });
            map->with(u"description",
                      [&](const YamlField &f) { assign(s.description, r.string(f)); });
            if (!map->find(u"agent")) {
                r.error(item, tr("stage '%1' needs an agent").arg(s.id));
            }
            map->with(u"agent", [&](const YamlField &f) {
                assign(s.agent, r.identifier(f));
                m_stageAgentFields.insert(s.id, f);
            });
            s.needs = readNeeds(*map, s.id);
            map->with(u"retry", [&](const YamlField &f) { s.retry = readRetry(f); });
            map->with(u"verdict", [&](const YamlField &f) {
                const auto v = r.oneOf(f, {QStringLiteral("none"), QStringLiteral("passFlag"),
                                           QStringLiteral("passFail")});
                if (v) {
                    s.verdict = *v == u"passFlag"   ? VerdictKind::PassFlag
                                : *v == u"passFail" ? VerdictKind::PassFail
                                                    : VerdictKind::None;
                }
            });
            p.stages.append(s);
        }
    }

    void readCheckpoints(const YamlField &field, PipelineDefinition &p)
    {
        const auto items = r.sequence(field);
        if (!items) {
            return;
        }
        QStringList allGates;
        for (const GateDefinition &g : m_config.gates.definitions) {
            allGates.append(g.type);
        }
        for (const YamlField &item : *items) {
            const auto map = r.mapping(item, {QStringLiteral("id"), QStringLiteral("name"),
                                              QStringLiteral("needs"), QStringLiteral("gates")});
            if (!map) {
                continue;
            }
            const auto id = readId(*map, item, tr("every checkpoint needs an id"));
            if (!id) {
                continue;
            }
            CheckpointDefinition c;
            c.id = *id;
            c.name = c.id;
            map->with(u"name", [&](const YamlField &f) { assign(c.name, r.string(f)); });
            c.needs = readNeeds(*map, c.id);
            if (!map->find(u"gates")) {
                r.error(item, tr("checkpoint '%1' needs a list of gates").arg(c.id));
            }
            map->with(u"gates", [&](const YamlField &f) {
                const auto list = r.identifierList(f);
                if (!list) {
                    return;
                }
                for (const auto &[name, gateItem] : *list) {
                    if (!allGates.contains(name)) {
                        const QString near = YamlReader::suggestion(name, allGates);
                        r.error(gateItem,
                                near.isEmpty()
                                    ? tr("unknown gate '%1'; the configuration knows: %2")
                                          .arg(name, allGates.join(QStringLiteral(", ")))
                                    : tr("unknown gate '%1'; did you mean '%2'?").arg(name, near));
                        continue;
                    }
                    if (m_gateCheckpoint.contains(name)) {
                        r.error(gateItem, tr("gate '%1' already opens at checkpoint '%2'")
                                              .arg(name, m_gateCheckpoint.value(name)));
                        continue;
                    }
                    m_gateCheckpoint.insert(name, c.id);
                    if (!m_config.gates.isActive(name)) {
                        r.warning(
                            gateItem,
                            tr("gate '%1' is listed neither as required nor as optional in the "
                               "configuration, so it never opens here")
                                .arg(name));
                    }
                    c.gates.append(name);
                }
                if (list->isEmpty()) {
                    r.error(f, tr("checkpoint '%1' needs at least one gate").arg(c.id));
                }
            });
            p.checkpoints.append(c);
        }
    }

    void readGroups(const YamlField &field, PipelineDefinition &p)
    {
        const auto items = r.sequence(field);
        if (!items) {
            return;
        }
        for (const YamlField &item : *items) {
            const auto map =
                r.mapping(item, {QStringLiteral("id"), QStringLiteral("name"),
                                 QStringLiteral("stages"), QStringLiteral("rule"),
                                 QStringLiteral("quorum"), QStringLiteral("failureCode")});
            if (!map) {
                continue;
            }
            const auto id = readId(*map, item, tr("every group needs an id"));
            if (!id) {
                continue;
            }
            GroupDefinition g;
            g.id = *id;
            g.name = g.id;
            map->with(u"name", [&](const YamlField &f) { assign(g.name, r.string(f)); });
            if (!map->find(u"stages")) {
                r.error(item, tr("group '%1' needs a list of stages").arg(g.id));
            }
            map->with(u"stages", [&](const YamlField &f) {
                const auto list = r.identifierList(f);
                if (!list) {
                    return;
                }
                for (const auto &[name, stageItem] : *list) {
                    g.stages.append(name);
                    m_groupMemberFields.insert({g.id, name}, stageItem);
                    m_groupMembers.append({g.id, name});
                }
                if (list->size() < 2) {
                    r.error(
                        f,
                        tr("group '%1' needs at least two stages to run side by side").arg(g.id));
                }
            });
            map->with(u"rule", [&](const YamlField &f) {
                const auto rule = r.oneOf(f, {QStringLiteral("all"), QStringLiteral("quorum")});
                if (rule) {
                    g.rule = *rule == u"all" ? GroupDefinition::Rule::All
                                             : GroupDefinition::Rule::Quorum;
                }
            });
            map->with(u"quorum", [&](const YamlField &f) {
                assign(g.quorum, r.integer(f, 1, 1000));
                if (g.rule != GroupDefinition::Rule::Quorum) {
                    r.error(f,
                            tr("group '%1' has a quorum but its rule is not 'quorum'").arg(g.id));
                } else if (g.quorum > g.stages.size()) {
                    r.error(f, tr("group '%1' needs a quorum of %2 but has only %3 stages")
                                   .arg(g.id)
                                   .arg(g.quorum)
                                   .arg(g.stages.size()));
                }
            });
            if (g.rule == GroupDefinition::Rule::Quorum && !map->find(u"quorum")) {
                r.error(item, tr("group '%1' has the rule 'quorum' and needs a quorum").arg(g.id));
            }
            map->with(u"failureCode", [&](const YamlField &f) {
                const auto code = r.string(f);
                static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
                if (code && !upper.match(*code).hasMatch()) {
                    r.error(f, tr("%1 must be an error code in capitals, such as DEPLOY_BLOCKED")
                                   .arg(f.path));
                } else {
                    assign(g.failureCode, code);
                }
            });
            p.groups.append(g);
        }
    }

    void checkReferences(const PipelineDefinition &p)
    {
        QStringList agentIds;
        for (const AgentDefinition &a : p.agents) {
            agentIds.append(a.id);
        }
        const QStringList nodeIds = m_nodeFields.keys();
        for (const StageDefinition &s : p.stages) {
            const AgentDefinition *agent = p.agent(s.agent);
            if (!s.agent.isEmpty() && !agent) {
                const YamlField at = m_stageAgentFields.value(s.id);
                const QString near = YamlReader::suggestion(s.agent, agentIds);
                r.error(at, near.isEmpty()
                                ? tr("unknown agent '%1'; define it under agents").arg(s.agent)
                                : tr("unknown agent '%1'; did you mean '%2'?").arg(s.agent, near));
            }
            if (agent) {
                const QString &verdict = agent->simulation.verdict;
                const bool fits = verdict == u"pass" ||
                                  (verdict == u"flag" && s.verdict == VerdictKind::PassFlag) ||
                                  (verdict == u"fail" && s.verdict == VerdictKind::PassFail);
                if (!fits) {
                    r.error(m_stageAgentFields.value(s.id),
                            tr("stage '%1' cannot give the verdict '%2' of agent '%3'; set the "
                               "stage's verdict to %4")
                                .arg(s.id, verdict, agent->id,
                                     verdict == u"flag" ? QStringLiteral("passFlag")
                                                        : QStringLiteral("passFail")));
                }
            }
        }
        for (auto it = m_needFields.cbegin(); it != m_needFields.cend(); ++it) {
            const QString &need = it.key().second;
            if (!m_nodeFields.contains(need)) {
                const QString near = YamlReader::suggestion(need, nodeIds);
                r.error(it.value(),
                        near.isEmpty()
                            ? tr("unknown stage '%1'").arg(need)
                            : tr("unknown stage '%1'; did you mean '%2'?").arg(need, near));
            }
        }
        QHash<QString, QString> memberOf;
        for (const QPair<QString, QString> &key : std::as_const(m_groupMembers)) {
            const auto &[groupId, member] = key;
            const YamlField at = m_groupMemberFields.value(key);
            if (!p.stage(member)) {
                const QString near = YamlReader::suggestion(member, nodeIds);
                r.error(at, near.isEmpty()
                                ? tr("unknown stage '%1' in group '%2'").arg(member, groupId)
                                : tr("unknown stage '%1' in group '%2'; did you mean '%3'?")
                                      .arg(member, groupId, near));
            } else if (memberOf.contains(member) && memberOf.value(member) != groupId) {
                r.error(
                    at,
                    tr("stage '%1' is already in group '%2'").arg(member, memberOf.value(member)));
            } else {
                memberOf.insert(member, groupId);
            }
        }
    }

    void checkCycles(const PipelineDefinition &p)
    {
        // Depth-first search over every node; a node met again on the current path closes
        // a cycle, reported once at the need that closes it.
        enum class Mark
        {
            New,
            OnPath,
            Done
        };
        QHash<QString, Mark> marks;
        QStringList path;
        std::function<bool(const QString &)> visit = [&](const QString &id) -> bool {
            marks.insert(id, Mark::OnPath);
            path.append(id);
            for (const QString &need : p.needsOf(id)) {
                if (!m_nodeFields.contains(need)) {
                    continue;
                }
                const Mark m = marks.value(need, Mark::New);
                if (m == Mark::OnPath) {
                    const QStringList cycle = path.mid(path.indexOf(need)) << need;
                    YamlField at = m_needFields.value({id, need}, m_nodeFields.value(id));
                    if (!m_needFields.contains({id, need})) {
                        at = m_groupMemberFields.value({id, need}, m_nodeFields.value(id));
                    }
                    r.error(at, tr("dependency cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
                    return true;
                }
                if (m == Mark::New && visit(need)) {
                    return true;
                }
            }
            path.removeLast();
            marks.insert(id, Mark::Done);
            return false;
        };
        QStringList ids;
        for (const StageDefinition &s : p.stages) {
            ids.append(s.id);
        }
        for (const CheckpointDefinition &c : p.checkpoints) {
            ids.append(c.id);
        }
        for (const GroupDefinition &g : p.groups) {
            ids.append(g.id);
        }
        for (const QString &id : std::as_const(ids)) {
            if (marks.value(id, Mark::New) == Mark::New && visit(id)) {
                return; // one cycle at a time: fixing it may change the rest
            }
        }
    }

    YamlReader &r;
    const Configuration &m_config;
    QHash<QString, YamlField> m_nodeFields;
    PipelineAgentsReader m_agents{r};
    QHash<QString, YamlField> m_stageAgentFields;
    QHash<QPair<QString, QString>, YamlField> m_needFields;
    QHash<QPair<QString, QString>, YamlField> m_groupMemberFields;
    QList<QPair<QString, QString>> m_groupMembers; // in the file's order
    QHash<QString, QString> m_gateCheckpoint;
};

} // namespace

QStringList PipelineLoader::topLevelKeys()
{
    return {QStringLiteral("pipeline"),    QStringLiteral("retry"),  QStringLiteral("simulation"),
            QStringLiteral("providers"),   QStringLiteral("agents"), QStringLiteral("stages"),
            QStringLiteral("checkpoints"), QStringLiteral("groups")};
}

QStringList PipelineLoader::errorClasses()
{
    return {QStringLiteral("TIMEOUT"),           QStringLiteral("API_LIMIT"),
            QStringLiteral("TEMPORARY_FAILURE"), QStringLiteral("INTERRUPTED"),
            QStringLiteral("INVALID_REQUEST"),   QStringLiteral("INVALID_OUTPUT"),
            QStringLiteral("AUTHENTICATION"),    QStringLiteral("AGENT_ERROR"),
            QStringLiteral("BUDGET_EXCEEDED")};
}

QString PipelineLoader::builtInPath()
{
    return QStringLiteral(":/conductor/pipelines/i2s.yml");
}

LoadResult<PipelineDefinition> PipelineLoader::loadBytes(const QByteArray &bytes,
                                                         const QString &displayName,
                                                         const Configuration &config)
{
    LoadResult<PipelineDefinition> result;
    const std::optional<YAML::Node> root =
        YamlSafety::parse(bytes, displayName, result.diagnostics);
    if (!root) {
        return result;
    }
    YamlReader reader(displayName, &result.diagnostics);
    PipelineReader pipelineReader(reader, config);
    PipelineDefinition pipeline = pipelineReader.read(reader.root(*root));
    sortDiagnostics(result.diagnostics);
    if (!hasErrors(result.diagnostics)) {
        result.value = std::move(pipeline);
    }
    return result;
}

LoadResult<PipelineDefinition> PipelineLoader::loadFile(const QString &path,
                                                        const Configuration &config)
{
    LoadResult<PipelineDefinition> result;
    const std::optional<QByteArray> bytes = YamlSafety::readFile(path, path, result.diagnostics);
    if (!bytes) {
        return result;
    }
    result = loadBytes(*bytes, path, config);
    if (result.value) {
        result.value->sourcePath =
            path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
        qCInfo(lcConfig) << "loaded pipeline" << path;
    }
    return result;
}

} // namespace Conductor
