// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor secrets: keeps API keys in the system keychain, or reads them from an
// owner-only folder or systemd's credentials; values never appear on the terminal.

#include <QStringList>

namespace Conductor {

// conductor secrets set NAME (the value from stdin) | list | delete NAME [--secrets-dir DIR]
int runSecretsCommand(const QStringList &arguments);

} // namespace Conductor
