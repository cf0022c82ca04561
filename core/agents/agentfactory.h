// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the agent a pipeline's agent definition names: simulated (on the engine's clock),
// a language model (on the engine thread's network access, its key from the secrets) or
// an external program. What the agents share is lent, not owned: the clock, the network
// access and the secrets outlive every agent made from them.

#include "agent.h"
#include "config/pipeline.h"

#include <memory>

class QNetworkAccessManager;

namespace Conductor {

class Clock;
class SecretSource;

struct AgentServices
{
    Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr;
    SecretSource *secrets = nullptr; // none: only providers without a key can be asked
};

// nullptr when the definition names a provider the pipeline does not define (a loaded
// pipeline always does).
[[nodiscard]] std::unique_ptr<Agent> createAgent(const AgentDefinition &agent,
                                                 const PipelineDefinition &pipeline,
                                                 const AgentServices &services);

} // namespace Conductor
