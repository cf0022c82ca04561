// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shipped configuration with daily budgets no benchmark reaches: the shipped ones
// (a million tokens, $500) cover about seven I2S runs a day, and a benchmark runs
// thousands. Everything else, the per-pipeline budget included, stays as shipped, so the
// ledger does all its work.

#include "config/configloader.h"

#include <QByteArray>

namespace Conductor::Bench {

inline QByteArray unlimitedDailyConfig()
{
    QByteArray text = ConfigLoader::builtInText();
    text.replace("    daily: 1000000\n", "    daily: 1000000000000\n");
    text.replace("dailyBudgetUSD: 500", "dailyBudgetUSD: 100000000");
    text.replace("alertThresholdUSD: 400", "alertThresholdUSD: 100000000");
    return text;
}

} // namespace Conductor::Bench
