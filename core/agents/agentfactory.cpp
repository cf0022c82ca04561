// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentfactory.h"

#include "commandagent.h"
#include "llmagent.h"
#include "simulatedagent.h"

namespace Conductor {

std::unique_ptr<Agent> createAgent(const AgentDefinition &agent, const PipelineDefinition &pipeline,
                                   const AgentServices &services)
{
    switch (agent.kind) {
    case AgentDefinition::Kind::Simulated:
        return std::make_unique<SimulatedAgent>(agent, pipeline.simulation, *services.clock);
    case AgentDefinition::Kind::Command:
        return std::make_unique<CommandAgent>(agent);
    case AgentDefinition::Kind::Llm:
        if (const ProviderDefinition *provider = pipeline.provider(agent.llm.provider)) {
            return std::make_unique<LlmAgent>(agent, *provider, services.secrets, services.network);
        }
        return nullptr;
    }
    return nullptr;
}

} // namespace Conductor
