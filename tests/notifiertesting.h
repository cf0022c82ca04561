// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the notifier tests share: options that retry within a second (three attempts,
// 50 ms doubling up to 500 ms) and a notifier definition written in one line.

#include "config/configuration.h"
#include "monitor/notifier.h"

namespace Conductor::Test {

inline NotifierOptions quickNotifierOptions()
{
    using namespace std::chrono_literals;
    NotifierOptions options;
    options.maxAttempts = 3;
    options.initialDelay = 50ms;
    options.maxDelay = 500ms;
    options.requestTimeout = 3s;
    return options;
}

inline NotifierDefinition notifierDefinition(const QString &name, NotifierDefinition::Type type,
                                             const QString &secret, NotifySeverity minimum,
                                             const QString &baseUrl = {})
{
    NotifierDefinition d;
    d.name = name;
    d.type = type;
    d.secret = secret;
    d.minimumSeverity = minimum;
    d.baseUrl = baseUrl;
    return d;
}

} // namespace Conductor::Test
