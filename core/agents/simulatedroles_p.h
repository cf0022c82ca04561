// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of the simulated agents: for each kind of stage, the headlines and the
// sections a report picks from. Data only, kept apart from the code that assembles the
// reports (simulatedoutput.cpp). Internal to core/agents.
//
// Content, not UI: English, like a real model's answer, and never translated.

#include <vector>

namespace Conductor::SimulatedRoles {

enum class Kind
{
    Normalize,
    Research,
    Feasibility,
    Market,
    Risk,
    Ux,
    Scaffold,
    Apis,
    Export,
    Security,
    Performance,
    Quality,
    Testing,
    Architecture,
    Check,
    Deploy,
    Generic
};

struct Section
{
    const char *title;
    int picks;
    std::vector<const char *> lines;
};

// What one kind of stage writes. Templates take {title} (the idea's), {n:LOW-HIGH} (a
// number the PRNG picks) and {res} (the API's resource); `failures` are the reasons a
// check fails, or the high risks that make the Risk stage flag an idea.
struct Role
{
    Kind kind;
    const char *stageId; // the I2S stage this role writes for, or nullptr
    std::vector<const char *> headlines;
    std::vector<Section> sections;
    std::vector<const char *> failures;
};

// Every role. Those without a stage id (Check, Generic) write for the stages of a user's
// own pipeline, chosen by the stage's shape.
[[nodiscard]] const std::vector<Role> &roles();

} // namespace Conductor::SimulatedRoles
