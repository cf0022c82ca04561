// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor gates: the gates waiting for a decision. conductor approve: decides one, also
// while another process runs its execution; exit 3 when it was already decided.

#include <QStringList>

namespace Conductor {

int runGatesCommand(const QStringList &arguments);
int runApproveCommand(const QStringList &arguments);

} // namespace Conductor
