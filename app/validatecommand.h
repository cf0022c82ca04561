// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor validate FILE...: 0 when every file is valid, 1 when any is not (one line
// per problem on stderr, FILE:LINE:COLUMN: message), 2 for a usage error.

#include <QStringList>

namespace Conductor {

int runValidateCommand(const QStringList &arguments);

} // namespace Conductor
