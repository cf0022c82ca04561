// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor alerts: the alerts recorded in the database, those not resolved (or with
// --all every one), the most recently raised first, as a table or as JSON.

#include <QStringList>

namespace Conductor {

int runAlertsCommand(const QStringList &arguments);

} // namespace Conductor
