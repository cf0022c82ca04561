// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Conductor {

// conductor users add NAME --role ROLE | list | set-role NAME ROLE | enroll-totp NAME |
// unlock NAME
int runUsersCommand(const QStringList &arguments);

} // namespace Conductor
