// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The part of a pipeline file that says who runs its stages: `providers` (OpenAI-compatible
// endpoints, the secret that holds each one's key, and what its models cost) and `agents`
// of three kinds:
//
//   providers:
//     local:
//       baseUrl: http://localhost:11434/v1
//       apiKey: OLLAMA_KEY          # the name of a secret; none for a local server
//       timeout: 5m
//       prices:
//         llama3.1: {inputUSD: 0, outputUSD: 0}   # per million tokens
//   agents:
//     researcher:
//       kind: llm                   # or simulated, or command
//       provider: local
//       model: llama3.1
//       system: You research ideas.
//       prompt: "Research {{idea.title}}: {{idea.description}}"
//       tokens: 18000               # the estimate a budget holds at first
//       costUSD: 0.54
//       fallback: linter            # runs its stages when its provider is down (failover)
//     linter:
//       kind: command
//       command: [/usr/local/bin/check-idea, --strict]
//
// Read by PipelineLoader; keys that belong to another kind are reported on their line.

#include "pipeline.h"
#include "yamlreader_p.h"

#include <QCoreApplication>
#include <QHash>

namespace Conductor {

class PipelineAgentsReader final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::PipelineLoader)

public:
    explicit PipelineAgentsReader(YamlReader &reader)
        : r(reader)
    {}

    void readProviders(const YamlField &field, PipelineDefinition &p);
    void readAgents(const YamlField &field, PipelineDefinition &p);
    // Every llm agent names a provider the file defines.
    void checkProviders(const PipelineDefinition &p);
    // Every fallback names another agent the file defines.
    void checkFallbacks(const PipelineDefinition &p);

    [[nodiscard]] YamlField agentField(const QString &id) const { return m_agentFields.value(id); }

private:
    void readProvider(const YamlEntry &entry, PipelineDefinition &p);
    void readAgent(const YamlEntry &entry, PipelineDefinition &p);

    YamlReader &r;
    QHash<QString, YamlField> m_agentFields;
    QHash<QString, YamlField> m_providerFields;
    QHash<QString, YamlField> m_agentProviderFields;
    QHash<QString, YamlField> m_agentFallbackFields;
};

} // namespace Conductor
