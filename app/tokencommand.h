// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor token: API tokens for the REST API. An admin creates one for a subject with a
// role and a lifetime (the token is printed once and never stored), lists the tokens
// issued (never their text) and revokes one by its id.

#include <QStringList>

namespace Conductor {

// conductor token create --role ROLE --subject NAME [--ttl 8h] | list [--json] |
// revoke JTI [--db PATH] [--secrets-dir DIR]
int runTokenCommand(const QStringList &arguments);

} // namespace Conductor
