// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `--sim KEY=VALUE`: changes the simulated agents of a loaded pipeline for one run, so a
// demo or a test can make a stage slow, expensive, flaky or negative without editing the
// pipeline file. The grammar:
//
//   timeScale=NUMBER              0 to 1000; 0 runs the agents without waiting
//   seed=INTEGER                  0 to 2^64-1
//   TARGET.FIELD=VALUE            TARGET: a stage id, an agent id, or * (every agent)
//     duration=DURATION           0ms to 24h, as the files write it (2s, 1500ms)
//     tokens=INTEGER              0 to 100000000
//     costUSD=AMOUNT              0.25, at most six decimals
//     failureRate=NUMBER          0 to 1
//     failureClass=CLASS          one of PipelineLoader::errorClasses()
//     verdict=pass|flag|fail      one the stages that use the agent can give
//
// A stage id wins over an agent id of the same name. An override addressed to a stage
// changes that stage alone: its agent is cloned as `<agent>@<stage>` and the stage runs
// the clone, so other stages sharing the agent are untouched. The most specific override
// wins whatever the order on the command line: `*` first, then agents, then stages; among
// equals, the later one. `*.verdict=V` sets V on the agents whose stages can all give it
// (`*.verdict=fail` fails every deployment check) and is an error only when none can.
//
// All or nothing: on any error the pipeline is left as it was.

#include "config/diagnostic.h"
#include "config/pipeline.h"

#include <QStringList>

namespace Conductor {

// Applies the overrides in place; the diagnostics (file "--sim", at 1:1) say what is wrong
// with which item. The pipeline changes only when there is no error.
[[nodiscard]] Diagnostics applySimOverrides(PipelineDefinition &pipeline,
                                            const QStringList &overrides);

// The fields TARGET.FIELD may name, in the order the documentation lists them.
[[nodiscard]] QStringList simOverrideFields();

} // namespace Conductor
