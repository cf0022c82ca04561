// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Carries a recorded command (an intervention, a gate decision) to an execution from a
// command-line process: through its owner when a live process runs it, or, when none
// does, by applying it here without running the execution.

#include "commandenvironment.h"
#include "store/storetypes.h"

namespace Conductor {

// Returns "done", or why the command was refused or could not be delivered.
[[nodiscard]] QString deliverCommand(const CommandEnvironment &env, const ExecutionSummary &summary,
                                     const StoredCommand &command);

} // namespace Conductor
