// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a gate condition (see condition.h) from YAML. Internal to core/config.

#include "condition.h"
#include "yamlreader_p.h"

namespace Conductor {

// The facts a condition may name: "metadata.<key>" and "verdict.<stage>".
[[nodiscard]] std::optional<Condition> readCondition(YamlReader &reader, const YamlField &field);

} // namespace Conductor
