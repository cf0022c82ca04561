// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace Conductor {

Q_LOGGING_CATEGORY(lcApp, "conductor.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "conductor.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "conductor.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAgents, "conductor.agents", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "conductor.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMonitor, "conductor.monitor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "conductor.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "conductor.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "conductor.ui", QtInfoMsg)

} // namespace Conductor
