// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simoverrides.h"

#include "config/pipelineloader.h"
// For YamlReader::suggestion: the same "did you mean" as in the files, so a typo gets
// the same answer on the command line as in YAML.
#include "config/yamlreader_p.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace Conductor {

namespace {

using namespace std::chrono_literals;

constexpr qint64 kMaxTokens = 100'000'000; // as the pipeline loader accepts
constexpr double kMaxTimeScale = 1000.0;
constexpr Duration kMaxAgentDuration = 24h;

class SimOverrides
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::SimOverrides)

public:
    enum class Level
    {
        Global,
        Every,
        Agent,
        Stage
    }; // in the order they apply

    struct Item
    {
        int index = 0; // on the command line, to report in its order
        QString text;  // KEY=VALUE as given
        Level level = Level::Global;
        QString target;
        QString field;
        QString value;
    };

    explicit SimOverrides(PipelineDefinition &pipeline)
        : m_p(pipeline)
    {}

    std::optional<Item> parse(int index, const QString &text)
    {
        Item item;
        item.index = index;
        item.text = text;
        const qsizetype eq = text.indexOf(u'=');
        if (eq < 0) {
            error(item, tr("expected KEY=VALUE, such as research.failureRate=0.5"));
            return std::nullopt;
        }
        const QString key = text.left(eq).trimmed();
        item.value = text.mid(eq + 1).trimmed();
        if (key.isEmpty() || item.value.isEmpty()) {
            error(item, key.isEmpty() ? tr("the key is missing; expected KEY=VALUE")
                                      : tr("the value is missing; expected KEY=VALUE"));
            return std::nullopt;
        }
        const qsizetype dot = key.indexOf(u'.');
        if (dot < 0) {
            const QStringList globals{QStringLiteral("timeScale"), QStringLiteral("seed")};
            if (!globals.contains(key)) {
                const QString near = YamlReader::suggestion(key, globals);
                error(item,
                      near.isEmpty()
                          ? tr("unknown setting '%1'; expected timeScale, seed or STAGE.FIELD")
                                .arg(key)
                          : tr("unknown setting '%1'; did you mean '%2'?").arg(key, near));
                return std::nullopt;
            }
            item.field = key;
            return item;
        }
        item.target = key.left(dot);
        item.field = key.mid(dot + 1);
        bool ok = true;
        if (item.target == u"*") {
            item.level = Level::Every;
        } else if (m_p.stage(item.target)) {
            item.level = Level::Stage;
        } else if (m_p.agent(item.target)) {
            item.level = Level::Agent;
        } else {
            ok = false;
            error(item, unknownTarget(item.target));
        }
        if (!simOverrideFields().contains(item.field)) {
            ok = false;
            const QString near = YamlReader::suggestion(item.field, simOverrideFields());
            error(item, near.isEmpty()
                            ? tr("unknown field '%1'; the fields are %2")
                                  .arg(item.field, simOverrideFields().join(QStringLiteral(", ")))
                            : tr("unknown field '%1'; did you mean '%2'?").arg(item.field, near));
        }
        return ok ? std::optional<Item>(item) : std::nullopt;
    }

    void apply(const Item &item)
    {
        if (item.level == Level::Global) {
            applyGlobal(item);
            return;
        }
        SimulationProfile value;
        if (!readValue(item, value)) {
            return;
        }
        switch (item.level) {
        case Level::Global:
            break;
        case Level::Every:
            applyEverywhere(item, value);
            break;
        case Level::Agent:
            if (item.field != u"verdict" || verdictFitsAgent(item, item.target, value.verdict)) {
                set(*agent(item.target), item.field, value);
            }
            break;
        case Level::Stage: {
            const StageDefinition *stage = m_p.stage(item.target);
            if (item.field == u"verdict" && !fits(value.verdict, stage->verdict)) {
                error(item, stageCannotGive(*stage, value.verdict));
                return;
            }
            if (AgentDefinition *clone = cloneFor(item)) {
                set(*clone, item.field, value);
            }
            break;
        }
        }
    }

    Diagnostics diagnostics()
    {
        std::stable_sort(m_errors.begin(), m_errors.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Diagnostics out;
        for (const auto &[index, diagnostic] : std::as_const(m_errors)) {
            out.append(diagnostic);
        }
        return out;
    }

private:
    void error(const Item &item, const QString &message)
    {
        m_errors.append(
            {item.index, Diagnostic{QStringLiteral("--sim"), 1, 1, item.text + u": " + message,
                                    Diagnostic::Severity::Error}});
    }

    AgentDefinition *agent(QStringView id)
    {
        for (AgentDefinition &a : m_p.agents) {
            if (a.id == id) {
                return &a;
            }
        }
        return nullptr;
    }

    QString unknownTarget(const QString &target) const
    {
        if (m_p.checkpoint(target) || m_p.group(target)) {
            return tr("'%1' is a %2; --sim changes stages and agents")
                .arg(target, m_p.checkpoint(target) ? tr("checkpoint") : tr("group"));
        }
        QStringList ids;
        for (const StageDefinition &s : m_p.stages) {
            ids.append(s.id);
        }
        for (const AgentDefinition &a : m_p.agents) {
            ids.append(a.id);
        }
        const QString near = YamlReader::suggestion(target, ids);
        return near.isEmpty()
                   ? tr("unknown stage or agent '%1'").arg(target)
                   : tr("unknown stage or agent '%1'; did you mean '%2'?").arg(target, near);
    }

    void applyGlobal(const Item &item)
    {
        bool ok = false;
        if (item.field == u"timeScale") {
            const double scale = item.value.toDouble(&ok);
            if (!ok || !std::isfinite(scale) || scale < 0.0 || scale > kMaxTimeScale) {
                error(item, tr("timeScale must be a number from 0 to %1, not '%2'")
                                .arg(kMaxTimeScale)
                                .arg(item.value));
                return;
            }
            m_p.simulation.timeScale = scale;
        } else {
            const quint64 seed = item.value.toULongLong(&ok);
            if (!ok || item.value.startsWith(u'-') || item.value.startsWith(u'+')) {
                error(item, tr("seed must be a whole number from 0 to %1, not '%2'")
                                .arg(std::numeric_limits<quint64>::max())
                                .arg(item.value));
                return;
            }
            m_p.simulation.seed = seed;
        }
    }

    // Reads the item's value into the matching member of `out`.
    bool readValue(const Item &item, SimulationProfile &out)
    {
        const QString &f = item.field;
        const QString &v = item.value;
        bool ok = false;
        if (f == u"duration") {
            const DurationParse d = parseDuration(v);
            if (!d.value) {
                error(item, d.error);
                return false;
            }
            if (*d.value > kMaxAgentDuration) {
                error(item,
                      tr("duration must be at most %1").arg(formatDuration(kMaxAgentDuration)));
                return false;
            }
            out.duration = *d.value;
        } else if (f == u"tokens") {
            out.tokens = v.toLongLong(&ok);
            if (!ok || out.tokens < 0 || out.tokens > kMaxTokens || v.startsWith(u'+')) {
                error(item, tr("tokens must be a whole number from 0 to %1, not '%2'")
                                .arg(kMaxTokens)
                                .arg(v));
                return false;
            }
        } else if (f == u"costUSD") {
            const std::optional<Money> cost = parseMoney(v);
            if (!cost) {
                error(
                    item,
                    tr("'%1' is not an amount in USD such as 0.25 (at most six decimals)").arg(v));
                return false;
            }
            out.cost = *cost;
        } else if (f == u"failureRate") {
            out.failureRate = v.toDouble(&ok);
            if (!ok || !std::isfinite(out.failureRate) || out.failureRate < 0.0 ||
                out.failureRate > 1.0) {
                error(item, tr("failureRate must be a number from 0 to 1, not '%1'").arg(v));
                return false;
            }
        } else if (f == u"failureClass") {
            const QStringList known = PipelineLoader::errorClasses();
            if (!known.contains(v)) {
                const QString near = YamlReader::suggestion(v, known);
                error(item, near.isEmpty()
                                ? tr("unknown error class '%1'; known classes: %2")
                                      .arg(v, known.join(QStringLiteral(", ")))
                                : tr("unknown error class '%1'; did you mean '%2'?").arg(v, near));
                return false;
            }
            out.failureClass = v;
        } else if (f == u"verdict") {
            if (v != u"pass" && v != u"flag" && v != u"fail") {
                error(item, tr("verdict must be pass, flag or fail, not '%1'").arg(v));
                return false;
            }
            out.verdict = v;
        }
        return true;
    }

    static void set(AgentDefinition &agent, const QString &field, const SimulationProfile &value)
    {
        SimulationProfile &p = agent.simulation;
        if (field == u"duration") {
            p.duration = value.duration;
        } else if (field == u"tokens") {
            p.tokens = value.tokens;
        } else if (field == u"costUSD") {
            p.cost = value.cost;
        } else if (field == u"failureRate") {
            p.failureRate = value.failureRate;
        } else if (field == u"failureClass") {
            p.failureClass = value.failureClass;
        } else if (field == u"verdict") {
            p.verdict = value.verdict;
        }
    }

    // The rule the pipeline loader applies: pass fits every stage, flag a pass/flag stage,
    // fail a pass/fail stage.
    static bool fits(const QString &verdict, VerdictKind kind)
    {
        return verdict == u"pass" || (verdict == u"flag" && kind == VerdictKind::PassFlag) ||
               (verdict == u"fail" && kind == VerdictKind::PassFail);
    }

    static QString stageCannotGive(const StageDefinition &stage, const QString &verdict)
    {
        switch (stage.verdict) {
        case VerdictKind::None:
            return tr("stage '%1' gives no verdict, so only 'pass' fits, not '%2'")
                .arg(stage.id, verdict);
        case VerdictKind::PassFlag:
            return tr("stage '%1' gives pass or flag, not '%2'").arg(stage.id, verdict);
        case VerdictKind::PassFail:
            return tr("stage '%1' gives pass or fail, not '%2'").arg(stage.id, verdict);
        }
        return {};
    }

    const StageDefinition *misfit(const QString &agentId, const QString &verdict) const
    {
        for (const StageDefinition &s : m_p.stages) {
            if (s.agent == agentId && !fits(verdict, s.verdict)) {
                return &s;
            }
        }
        return nullptr;
    }

    bool verdictFitsAgent(const Item &item, const QString &agentId, const QString &verdict)
    {
        if (const StageDefinition *s = misfit(agentId, verdict)) {
            error(item, tr("agent '%1' runs stage '%2': %3")
                            .arg(agentId, s->id, stageCannotGive(*s, verdict)));
            return false;
        }
        return true;
    }

    void applyEverywhere(const Item &item, const SimulationProfile &value)
    {
        if (item.field != u"verdict") {
            for (AgentDefinition &a : m_p.agents) {
                set(a, item.field, value);
            }
            return;
        }
        bool anyStage = false;
        for (AgentDefinition &a : m_p.agents) {
            if (misfit(a.id, value.verdict)) {
                continue;
            }
            set(a, item.field, value);
            anyStage =
                anyStage || std::any_of(m_p.stages.cbegin(), m_p.stages.cend(),
                                        [&a](const StageDefinition &s) { return s.agent == a.id; });
        }
        if (!anyStage) {
            error(item, tr("no stage of pipeline '%1' can give the verdict '%2'")
                            .arg(m_p.id, value.verdict));
        }
    }

    // The agent only this stage runs: a clone `<agent>@<stage>`, made on first use.
    AgentDefinition *cloneFor(const Item &item)
    {
        StageDefinition *stage = nullptr;
        for (StageDefinition &s : m_p.stages) {
            if (s.id == item.target) {
                stage = &s;
            }
        }
        const QString suffix = u'@' + stage->id;
        if (stage->agent.endsWith(suffix) && agent(stage->agent)) {
            return agent(stage->agent);
        }
        const AgentDefinition *original = agent(stage->agent);
        if (!original) {
            error(item, tr("stage '%1' runs the unknown agent '%2'").arg(stage->id, stage->agent));
            return nullptr;
        }
        AgentDefinition clone = *original;
        clone.id = original->id + suffix;
        stage->agent = clone.id;
        if (AgentDefinition *existing = agent(clone.id)) {
            *existing = clone;
            return existing;
        }
        m_p.agents.append(clone);
        return &m_p.agents.last();
    }

    PipelineDefinition &m_p;
    QList<std::pair<int, Diagnostic>> m_errors;
};

} // namespace

QStringList simOverrideFields()
{
    return {QStringLiteral("duration"),     QStringLiteral("tokens"),
            QStringLiteral("costUSD"),      QStringLiteral("failureRate"),
            QStringLiteral("failureClass"), QStringLiteral("verdict")};
}

Diagnostics applySimOverrides(PipelineDefinition &pipeline, const QStringList &overrides)
{
    PipelineDefinition changed = pipeline;
    SimOverrides sim(changed);
    QList<SimOverrides::Item> items;
    for (int i = 0; i < overrides.size(); ++i) {
        if (auto item = sim.parse(i, overrides.at(i))) {
            items.append(*item);
        }
    }
    std::stable_sort(
        items.begin(), items.end(),
        [](const SimOverrides::Item &a, const SimOverrides::Item &b) { return a.level < b.level; });
    for (const SimOverrides::Item &item : std::as_const(items)) {
        sim.apply(item);
    }
    Diagnostics diagnostics = sim.diagnostics();
    if (!hasErrors(diagnostics)) {
        pipeline = std::move(changed);
    }
    return diagnostics;
}

} // namespace Conductor
