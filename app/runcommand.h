// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor run: one execution to its end. conductor resume: every unfinished execution
// whose owner is gone, until each has ended or waits on a person. Exit codes: 0
// completed; 1 failed, blocked or timed out; 2 usage error or invalid configuration; 3
// refused at start; 4 a gate rejected; 5 cancelled.

#include <QStringList>

namespace Conductor {

int runRunCommand(const QStringList &arguments);
int runResumeCommand(const QStringList &arguments);

} // namespace Conductor
