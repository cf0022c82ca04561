// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor budget: the budgets and what was used of them (the design document's
// ResourceUsage), for today, another day or one execution, as text or JSON.

#include <QStringList>

namespace Conductor {

int runBudgetCommand(const QStringList &arguments);

} // namespace Conductor
