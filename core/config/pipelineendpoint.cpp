// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelineendpoint.h"

#include "yamlsafety_p.h"

#include <yaml-cpp/yaml.h>

namespace Conductor {

namespace {

const char *const kProvider = "cli";

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

PipelineEndpointRewrite::Result PipelineEndpointRewrite::apply(const QByteArray &pipelineText,
                                                               const PipelineEndpoint &endpoint)
{
    // Parsed within the limits every file is (depth, aliases, size).
    Diagnostics problems;
    const std::optional<YAML::Node> parsed =
        YamlSafety::parse(pipelineText, QStringLiteral("pipeline"), problems);
    if (!parsed) {
        return {std::nullopt, problems.isEmpty() ? tr("the pipeline cannot be read")
                                                 : problems.constFirst().toString()};
    }
    YAML::Node root = *parsed;
    if (!root.IsMap() || !root["agents"] || !root["agents"].IsMap()) {
        return {std::nullopt, tr("the pipeline has no agents to put on the endpoint")};
    }
    YAML::Node provider(YAML::NodeType::Map);
    provider["baseUrl"] = text(endpoint.baseUrl);
    if (!endpoint.apiKey.isEmpty()) {
        provider["apiKey"] = text(endpoint.apiKey);
    }
    YAML::Node providers(YAML::NodeType::Map);
    providers[kProvider] = provider;
    root["providers"] = providers;

    YAML::Node agents(YAML::NodeType::Map);
    for (const auto &entry : root["agents"]) {
        const std::string id = entry.first.as<std::string>();
        const YAML::Node &old = entry.second;
        YAML::Node agent(YAML::NodeType::Map);
        agent["kind"] = "llm";
        agent["provider"] = kProvider;
        agent["model"] = text(endpoint.model);
        std::string description;
        if (old.IsMap() && old["description"] && old["description"].IsScalar()) {
            description = old["description"].as<std::string>();
            agent["description"] = description;
        }
        agent["system"] =
            // What the model is told stays English whatever the window's language.
            text(QStringLiteral("You are the %1 of a pipeline that takes an idea to a launched "
                                "product. %2")
                     .arg(QString::fromStdString(id), QString::fromStdString(description))
                     .trimmed());
        // The estimate and the bundle stay as they were.
        if (old.IsMap()) {
            for (const char *key : {"tokens", "costUSD", "publish"}) {
                if (old[key]) {
                    agent[key] = old[key];
                }
            }
        }
        agents[id] = agent;
    }
    root["agents"] = agents;
    YAML::Emitter out;
    out << root;
    if (!out.good()) {
        return {std::nullopt, QString::fromStdString(out.GetLastError())};
    }
    return {QByteArray(out.c_str()), {}};
}

} // namespace Conductor
