// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Who runs a command: the operating-system account, as a user of the database with a
// role. Every command that reads or changes executions asks here first.

#include "commandenvironment.h"
#include "security/roles.h"

#include <optional>

namespace Conductor {

struct Actor
{
    QString name;
    Role role = Role::Viewer;
};

// The local operator when they are a user with at least the role `needed`; otherwise
// prints why, naming what they tried (`action`), and returns nothing (exit 3).
[[nodiscard]] std::optional<Actor> actorWithRole(const CommandEnvironment &env, Role needed,
                                                 const QString &action);

} // namespace Conductor
