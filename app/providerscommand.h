// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor providers: asks each provider of a pipeline for its models, once, and prints
// whether it answered (a line per provider, or a JSON array). 0 when every provider is up,
// 1 when any is down, 2 for a usage error such as a pipeline file that is not valid.

#include <QStringList>

namespace Conductor {

// conductor providers [--pipeline FILE] [--config FILE] [--secrets-dir DIR] [--json]
int runProvidersCommand(const QStringList &arguments);

} // namespace Conductor
