// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A pipeline definition: the DAG an execution runs. Its nodes share one namespace of ids
// and name the nodes they need:
//   - stages, each run by an agent under a retry strategy, some giving a verdict;
//   - checkpoints, where gates open (the risk gate, the deploy gate);
//   - groups of stages that run side by side and whose verdicts are aggregated (the
//     deployment checks: all must pass, or a quorum), failing the execution with a
//     block-and-report when they do not.
// A value, loaded whole from YAML by PipelineLoader.

#include "duration.h"
#include "money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Conductor {

using namespace std::chrono_literals;

struct RetryStrategy
{
    enum class Backoff
    {
        Linear,
        Exponential,
        Fixed
    };

    int maxRetries = 3;
    Backoff backoffStrategy = Backoff::Exponential;
    QStringList retryableErrors{QStringLiteral("TIMEOUT"), QStringLiteral("API_LIMIT"),
                                QStringLiteral("TEMPORARY_FAILURE")};
    int escalationThreshold = 2;
    Duration initialDelay = 2s;
    Duration maxDelay = 60s;
    double jitter = 0.2; // each delay varies by up to this fraction, either way

    [[nodiscard]] static QString backoffName(Backoff backoff);
};

// What a simulated agent does: deterministic for a seed, scaled in time for tests.
struct SimulationProfile
{
    Duration duration = 3s;
    qint64 tokens = 5000;
    Money cost = Money::fromMicros(150'000);
    double failureRate = 0.0;                                   // chance an attempt fails
    QString failureClass = QStringLiteral("TEMPORARY_FAILURE"); // the error it fails with
    QString verdict = QStringLiteral("pass");                   // pass, flag or fail
};

// What a model costs, in US dollars per million tokens, prompt and completion apart.
struct ModelPrice
{
    Money inputPerMillion;
    Money outputPerMillion;
};

// An OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp's server,
// LiteLLM): where chat completions are asked for, and what its models cost.
struct ProviderDefinition
{
    QString id;
    QString baseUrl; // up to and including /v1; /chat/completions and /models follow it
    QString apiKey;  // the name of a secret holding the key; empty for none (a local server)
    Duration timeout = 120s;           // one request, its whole stream included
    QHash<QString, ModelPrice> prices; // by model name; a model without one costs 0
};

// A stage run by a language model: the provider, the model, and the messages, rendered
// from templates with the idea and the earlier stages' outputs ({{idea.title}},
// {{idea.description}}, {{idea.domain}}, {{inputs}}, {{input.<stage>}}, {{stage.name}}).
struct LlmSettings
{
    QString provider;
    QString model;
    QString system;
    QString prompt;
    bool stream = true;
    std::optional<double> temperature;
};

// A stage run by an external program: a JSON request on its stdin, a JSON result on its
// stdout.
struct CommandSettings
{
    QStringList command; // the program and its arguments
    QString workingDirectory;
    QHash<QString, QString> environment; // added to Conductor's own
    qint64 maxOutputBytes = 16 * 1024 * 1024;
};

struct AgentDefinition
{
    enum class Kind
    {
        Simulated,
        Llm,
        Command
    };

    QString id;
    Kind kind = Kind::Simulated;
    QString description;
    // A simulated agent's behaviour; for the others, its tokens and cost are the estimate
    // a budget holds before the agent's own history gives one.
    SimulationProfile simulation;
    LlmSettings llm;
    CommandSettings command;
    // Publishes the report bundle (into <bundle>/deployed/) when an attempt succeeds:
    // the Deploy stage's agent.
    bool publishes = false;
    // The agent that takes over this one's stages not yet started when its provider is
    // down and an alert rule's emergency_failover acts; empty for none.
    QString fallback;

    [[nodiscard]] static QString kindName(Kind kind);
};

enum class VerdictKind
{
    None,
    PassFlag,
    PassFail
};

struct StageDefinition
{
    QString id;
    QString name;
    QString description;
    QString agent;
    QStringList needs;
    std::optional<RetryStrategy> retry; // the pipeline's default when empty
    VerdictKind verdict = VerdictKind::None;
};

struct CheckpointDefinition
{
    QString id;
    QString name;
    QStringList needs;
    QStringList gates; // gate types that may open here, in order
};

struct GroupDefinition
{
    enum class Rule
    {
        All,
        Quorum
    };

    QString id;
    QString name;
    QStringList stages;
    Rule rule = Rule::All;
    int quorum = 0;                                         // with Rule::Quorum: passes needed
    QString failureCode = QStringLiteral("DEPLOY_BLOCKED"); // the error when blocked
};

struct SimulationSettings
{
    double timeScale = 1.0; // 0 runs simulated agents without waiting
    quint64 seed = 1;
};

struct PipelineDefinition
{
    enum class NodeKind
    {
        Stage,
        Checkpoint,
        Group
    };

    QString id;
    QString name;
    QString description;
    int version = 1;
    RetryStrategy retry;
    SimulationSettings simulation;
    QList<ProviderDefinition> providers;
    QList<AgentDefinition> agents;
    QList<StageDefinition> stages;
    QList<CheckpointDefinition> checkpoints;
    QList<GroupDefinition> groups;
    QString sourcePath;

    [[nodiscard]] const StageDefinition *stage(QStringView nodeId) const;
    [[nodiscard]] const AgentDefinition *agent(QStringView nodeId) const;
    [[nodiscard]] const ProviderDefinition *provider(QStringView providerId) const;
    [[nodiscard]] const CheckpointDefinition *checkpoint(QStringView nodeId) const;
    [[nodiscard]] const GroupDefinition *group(QStringView nodeId) const;
    [[nodiscard]] std::optional<NodeKind> kindOf(QStringView nodeId) const;
    // The nodes a node needs; a group needs what its members need, outside the group.
    [[nodiscard]] QStringList needsOf(QStringView nodeId) const;
    // Every node id in an order where each comes after what it needs (the definition is
    // known to be acyclic once loaded).
    [[nodiscard]] QStringList topologicalOrder() const;
    // The depth of each node in the DAG: 0 for nodes that need nothing.
    [[nodiscard]] QHash<QString, int> layers() const;
    [[nodiscard]] const RetryStrategy &retryFor(const StageDefinition &stage) const;
};

} // namespace Conductor
