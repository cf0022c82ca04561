// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a simulated agent writes: a short Markdown report for its stage, built from the
// idea and the outputs of the earlier stages, with the wording chosen by the attempt's
// PRNG so that the same seed writes the same words. Kept apart from SimulatedAgent so the
// prose does not bury the timing and failure logic. Internal to core/agents.
//
// The output is content, not UI: like a real model's answer it stays in English whatever
// the interface language, and nothing here goes through tr().

#include "agents/agent.h"

#include <QString>

namespace Conductor {

// splitmix64: tiny, fast, and good enough to pick words and roll failures. Its stream
// depends only on the seed, never on the platform or the Qt version.
class SimulationRng final
{
public:
    explicit SimulationRng(quint64 seed)
        : m_state(seed)
    {}

    [[nodiscard]] quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1), from the top 53 bits.
    [[nodiscard]] double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in [low, high]; the modulo bias is far below anything a report shows.
    [[nodiscard]] int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1));
    }

private:
    quint64 m_state;
};

struct SimulatedOutputFacts
{
    QString verdict; // pass, flag, fail or empty, as the result reports it
    bool publishes = false;
    QString publishedTo; // the deployed/ folder, when the agent published
    int publishedFiles = 0;
};

// The stage's Markdown report: a heading with the stage name, a headline, a paragraph
// quoting the idea and naming the earlier stages, a line from the latest inputs, two or
// three stage-specific sections, and `VERDICT: PASS|FLAG|FAIL` last on verdict stages.
[[nodiscard]] QString writeSimulatedOutput(const AgentRequest &request,
                                           const SimulatedOutputFacts &facts, SimulationRng rng);

// The line of a Markdown text that best stands for it: the first that is not a heading,
// a fence, a table or a verdict, without list marks and emphasis, shortened.
[[nodiscard]] QString keyLineOf(const QString &markdown, qsizetype maxLength = 140);

} // namespace Conductor
