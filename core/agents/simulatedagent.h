// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The built-in agent, and the default: it needs no key and no network, so the app works
// out of the box and a demo is watchable. Everything it does comes from the agent's
// SimulationProfile and the pipeline's SimulationSettings:
//   - it finishes after profile.duration × timeScale, on the engine's Clock (a
//     ManualClock in tests), never synchronously from start();
//   - whether an attempt fails, and the wording of what it writes, come from a PRNG
//     seeded from (seed, stage id, attempt) — not the execution id — so the same seed
//     gives the same run, in tests and in a demo replayed for someone else;
//   - a failure uses a third of the tokens and cost and carries the profile's error class;
//     a run longer than request.timeout fails with TIMEOUT at the timeout instead;
//   - a success reports the profile's tokens and cost (exactly, so budget estimates
//     match), the profile's verdict on verdict stages, and a short Markdown report built
//     from the idea and the outputs of the earlier stages; like a model, it generates no
//     more than request.maxTokens, plus its prompt (a tenth of the profile's tokens), with
//     the cost in proportion;
//   - a publishing agent (the Deploy stage's) copies the bundle into <bundle>/deployed/.
// Owned by whoever made it (the engine), one per agent definition; the Clock it is given
// must outlive it and its runs. Runs are owned by the parent passed to start().

#include "agents/agent.h"
#include "engine/clock.h"

#include <QCoreApplication>

namespace Conductor {

class SimulatedAgent final : public Agent
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::SimulatedAgent)

public:
    SimulatedAgent(const AgentDefinition &definition, const SimulationSettings &settings,
                   Clock &clock);

    [[nodiscard]] AgentRun *start(const AgentRequest &request, QObject *parent) override;

    // The time a run takes on the clock: profile.duration × timeScale, rounded.
    [[nodiscard]] std::chrono::milliseconds scaledDuration() const;
    [[nodiscard]] const AgentDefinition &definition() const { return m_definition; }

    // The PRNG seed of one attempt: a mix of the pipeline's seed, the stage id and the
    // attempt number (exposed so tests and tools can name what decides a run).
    [[nodiscard]] static quint64 attemptSeed(quint64 seed, QStringView stageId, int attempt);

    // Copies report.md, stages/ and execution.json (whichever exist) from bundleDir into
    // bundleDir/deployed/. Returns the number of files copied, or -1 with *error set.
    [[nodiscard]] static int publishBundle(const QString &bundleDir, QString *error);

private:
    AgentDefinition m_definition;
    SimulationSettings m_settings;
    Clock &m_clock;
};

} // namespace Conductor
