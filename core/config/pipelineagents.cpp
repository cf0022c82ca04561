// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineagents_p.h"

#include "pipelineloader.h"
#include "secretname_p.h"

#include <QHostAddress>
#include <QUrl>

namespace Conductor {

namespace {

template<typename T, typename V>
void assign(T &target, const std::optional<V> &value)
{
    if (value) {
        target = static_cast<T>(*value);
    }
}

// Keys each kind of agent takes, beyond kind, description, tokens, costUSD and publish.
const QStringList &simulatedKeys()
{
    static const QStringList keys{QStringLiteral("duration"), QStringLiteral("failureRate"),
                                  QStringLiteral("failureClass"), QStringLiteral("verdict")};
    return keys;
}

const QStringList &llmKeys()
{
    static const QStringList keys{QStringLiteral("provider"), QStringLiteral("model"),
                                  QStringLiteral("system"),   QStringLiteral("prompt"),
                                  QStringLiteral("stream"),   QStringLiteral("temperature")};
    return keys;
}

const QStringList &commandKeys()
{
    static const QStringList keys{QStringLiteral("command"), QStringLiteral("workingDirectory"),
                                  QStringLiteral("environment"), QStringLiteral("maxOutputBytes")};
    return keys;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || (!address.isNull() && address.isLoopback());
}

} // namespace

void PipelineAgentsReader::readProviders(const YamlField &field, PipelineDefinition &p)
{
    const auto map = r.namedMapping(field);
    if (!map) {
        return;
    }
    for (const YamlEntry &entry : map->entries) {
        readProvider(entry, p);
    }
}

void PipelineAgentsReader::readProvider(const YamlEntry &entry, PipelineDefinition &p)
{
    const YamlField nameField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
    const auto id = r.identifier(nameField);
    const auto map = r.mapping(entry.value, {QStringLiteral("baseUrl"), QStringLiteral("apiKey"),
                                             QStringLiteral("timeout"), QStringLiteral("prices")});
    if (!id || !map) {
        return;
    }
    ProviderDefinition provider;
    provider.id = *id;
    if (!map->find(u"baseUrl")) {
        r.error(nameField, tr("provider '%1' needs a baseUrl, such as "
                              "http://localhost:11434/v1")
                               .arg(provider.id));
    }
    map->with(u"baseUrl", [&](const YamlField &f) {
        const auto text = r.string(f);
        if (!text) {
            return;
        }
        const QUrl url(*text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty()) {
            r.error(f, tr("%1 must be an http or https address, such as "
                          "https://api.openai.com/v1")
                           .arg(f.path));
            return;
        }
        if (url.scheme() == u"http" && !isLoopback(url.host())) {
            r.warning(f, tr("%1 is not encrypted: prompts, outputs and any key travel in the "
                            "clear to %2; use https")
                             .arg(f.path, url.host()));
        }
        QString base = url.toString(QUrl::StripTrailingSlash);
        provider.baseUrl = base;
    });
    map->with(u"apiKey",
              [&](const YamlField &f) { assign(provider.apiKey, SecretNameField::read(r, f)); });
    map->with(u"timeout",
              [&](const YamlField &f) { assign(provider.timeout, r.duration(f, 1s, 24h)); });
    map->with(u"prices", [&](const YamlField &f) {
        const auto prices = r.namedMapping(f);
        if (!prices) {
            return;
        }
        for (const YamlEntry &model : prices->entries) {
            const auto price =
                r.mapping(model.value, {QStringLiteral("inputUSD"), QStringLiteral("outputUSD")});
            if (!price) {
                continue;
            }
            ModelPrice mp;
            for (const char16_t *key : {u"inputUSD", u"outputUSD"}) {
                if (!price->find(key)) {
                    r.error(model.value, tr("%1 needs %2 (US dollars per million tokens)")
                                             .arg(model.value.path, QString::fromUtf16(key)));
                }
            }
            price->with(u"inputUSD",
                        [&](const YamlField &v) { assign(mp.inputPerMillion, r.money(v)); });
            price->with(u"outputUSD",
                        [&](const YamlField &v) { assign(mp.outputPerMillion, r.money(v)); });
            provider.prices.insert(model.key, mp);
        }
    });
    m_providerFields.insert(provider.id, nameField);
    p.providers.append(provider);
}

void PipelineAgentsReader::readAgents(const YamlField &field, PipelineDefinition &p)
{
    const auto map = r.namedMapping(field);
    if (!map) {
        return;
    }
    for (const YamlEntry &entry : map->entries) {
        readAgent(entry, p);
    }
}

void PipelineAgentsReader::readAgent(const YamlEntry &entry, PipelineDefinition &p)
{
    const YamlField nameField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
    const auto id = r.identifier(nameField);
    QStringList known{QStringLiteral("kind"),    QStringLiteral("description"),
                      QStringLiteral("tokens"),  QStringLiteral("costUSD"),
                      QStringLiteral("publish"), QStringLiteral("fallback")};
    known += simulatedKeys();
    known += llmKeys();
    known += commandKeys();
    const auto agent = r.mapping(entry.value, known);
    if (!id || !agent) {
        return;
    }
    AgentDefinition a;
    a.id = *id;
    if (!agent->find(u"kind")) {
        r.error(nameField, tr("agent '%1' needs a kind (simulated, llm or command)").arg(a.id));
    }
    agent->with(u"kind", [&](const YamlField &f) {
        const auto kind = r.oneOf(
            f, {QStringLiteral("simulated"), QStringLiteral("llm"), QStringLiteral("command")});
        if (kind == u"llm") {
            a.kind = AgentDefinition::Kind::Llm;
        } else if (kind == u"command") {
            a.kind = AgentDefinition::Kind::Command;
        }
    });
    // Keys of another kind than the agent's are mistakes worth a line number.
    const auto own = [&](const QStringList &keys, AgentDefinition::Kind kind) {
        for (const QString &key : keys) {
            if (a.kind != kind) {
                if (const YamlEntry *e = agent->find(key)) {
                    const YamlField keyField{e->value.path, e->keyNode, e->keyNode.Mark()};
                    r.error(keyField, tr("'%1' applies to %2 agents; agent '%3' is %4")
                                          .arg(key, AgentDefinition::kindName(kind), a.id,
                                               AgentDefinition::kindName(a.kind)));
                }
            }
        }
    };
    own(simulatedKeys(), AgentDefinition::Kind::Simulated);
    own(llmKeys(), AgentDefinition::Kind::Llm);
    own(commandKeys(), AgentDefinition::Kind::Command);

    agent->with(u"description", [&](const YamlField &f) { assign(a.description, r.string(f)); });
    SimulationProfile &sim = a.simulation;
    agent->with(u"tokens",
                [&](const YamlField &f) { assign(sim.tokens, r.integer(f, 0, 100'000'000)); });
    agent->with(u"costUSD", [&](const YamlField &f) { assign(sim.cost, r.money(f)); });
    agent->with(u"publish", [&](const YamlField &f) { assign(a.publishes, r.boolean(f)); });
    agent->with(u"fallback", [&](const YamlField &f) {
        assign(a.fallback, r.identifier(f));
        m_agentFallbackFields.insert(a.id, f);
    });
    if (a.kind == AgentDefinition::Kind::Simulated) {
        agent->with(u"duration",
                    [&](const YamlField &f) { assign(sim.duration, r.duration(f, 0ms, 24h)); });
        agent->with(u"failureRate",
                    [&](const YamlField &f) { assign(sim.failureRate, r.number(f, 0.0, 1.0)); });
        agent->with(u"failureClass", [&](const YamlField &f) {
            assign(sim.failureClass, r.oneOf(f, PipelineLoader::errorClasses()));
        });
        agent->with(u"verdict", [&](const YamlField &f) {
            assign(sim.verdict, r.oneOf(f, {QStringLiteral("pass"), QStringLiteral("flag"),
                                            QStringLiteral("fail")}));
        });
    } else if (a.kind == AgentDefinition::Kind::Llm) {
        LlmSettings &llm = a.llm;
        for (const char16_t *key : {u"provider", u"model"}) {
            if (!agent->find(key)) {
                r.error(nameField,
                        tr("llm agent '%1' needs a %2").arg(a.id, QString::fromUtf16(key)));
            }
        }
        agent->with(u"provider", [&](const YamlField &f) {
            assign(llm.provider, r.identifier(f));
            m_agentProviderFields.insert(a.id, f);
        });
        agent->with(u"model", [&](const YamlField &f) { assign(llm.model, r.string(f)); });
        agent->with(u"system", [&](const YamlField &f) { assign(llm.system, r.string(f)); });
        agent->with(u"prompt", [&](const YamlField &f) { assign(llm.prompt, r.string(f)); });
        agent->with(u"stream", [&](const YamlField &f) { assign(llm.stream, r.boolean(f)); });
        agent->with(u"temperature", [&](const YamlField &f) {
            if (const auto t = r.number(f, 0.0, 2.0)) {
                llm.temperature = *t;
            }
        });
    } else {
        CommandSettings &command = a.command;
        if (!agent->find(u"command")) {
            r.error(nameField,
                    tr("command agent '%1' needs a command: [program, arguments...]").arg(a.id));
        }
        agent->with(u"command", [&](const YamlField &f) {
            if (f.node.IsScalar()) {
                if (const auto program = r.string(f)) {
                    command.command = {*program};
                }
                return;
            }
            const auto items = r.sequence(f);
            if (!items) {
                return;
            }
            for (const YamlField &item : *items) {
                if (const auto word = r.string(item)) {
                    command.command.append(*word);
                }
            }
            if (command.command.isEmpty() || command.command.constFirst().isEmpty()) {
                r.error(f, tr("%1 needs a program to run").arg(f.path));
            }
        });
        agent->with(u"workingDirectory",
                    [&](const YamlField &f) { assign(command.workingDirectory, r.string(f)); });
        agent->with(u"environment", [&](const YamlField &f) {
            const auto env = r.namedMapping(f);
            if (!env) {
                return;
            }
            for (const YamlEntry &variable : env->entries) {
                if (const auto value = r.string(variable.value)) {
                    command.environment.insert(variable.key, *value);
                }
            }
        });
        agent->with(u"maxOutputBytes", [&](const YamlField &f) {
            assign(command.maxOutputBytes, r.integer(f, 1024, qint64(1) << 30));
        });
    }
    m_agentFields.insert(a.id, nameField);
    p.agents.append(a);
}

void PipelineAgentsReader::checkProviders(const PipelineDefinition &p)
{
    QStringList ids;
    for (const ProviderDefinition &provider : p.providers) {
        ids.append(provider.id);
    }
    for (const AgentDefinition &a : p.agents) {
        if (a.kind != AgentDefinition::Kind::Llm || a.llm.provider.isEmpty()) {
            continue;
        }
        const ProviderDefinition *provider = p.provider(a.llm.provider);
        const YamlField at = m_agentProviderFields.value(a.id, m_agentFields.value(a.id));
        if (!provider) {
            const QString near = YamlReader::suggestion(a.llm.provider, ids);
            r.error(
                at,
                near.isEmpty()
                    ? tr("unknown provider '%1'; define it under providers").arg(a.llm.provider)
                    : tr("unknown provider '%1'; did you mean '%2'?").arg(a.llm.provider, near));
        } else if (!a.llm.model.isEmpty() && !provider->prices.contains(a.llm.model)) {
            r.warning(at, tr("provider '%1' has no price for model '%2': its use costs $0 in "
                             "the budgets; add it under providers.%1.prices")
                              .arg(provider->id, a.llm.model));
        }
    }
}

void PipelineAgentsReader::checkFallbacks(const PipelineDefinition &p)
{
    QStringList ids;
    for (const AgentDefinition &a : p.agents) {
        ids.append(a.id);
    }
    for (const AgentDefinition &a : p.agents) {
        if (a.fallback.isEmpty()) {
            continue;
        }
        const YamlField at = m_agentFallbackFields.value(a.id, m_agentFields.value(a.id));
        if (a.fallback == a.id) {
            r.error(at, tr("agent '%1' cannot be its own fallback; name another agent, or "
                           "remove the key")
                            .arg(a.id));
        } else if (!p.agent(a.fallback)) {
            const QString near = YamlReader::suggestion(a.fallback, ids);
            r.error(
                at,
                near.isEmpty()
                    ? tr("unknown fallback agent '%1'; define it under agents").arg(a.fallback)
                    : tr("unknown fallback agent '%1'; did you mean '%2'?").arg(a.fallback, near));
        }
    }
}

} // namespace Conductor
