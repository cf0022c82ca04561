// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Durations as the configuration writes them: an integer with a unit, ms, s, m, h or d
// ("900s", "5m"). A bare number is refused, because "900" could mean anything.

#include <QString>
#include <QStringView>

#include <chrono>
#include <optional>

namespace Conductor {

using Duration = std::chrono::milliseconds;

struct DurationParse
{
    std::optional<Duration> value;
    QString error; // set when value is empty: what is wrong, for a person
};

// The longest duration any setting accepts: a year. Larger values are typos.
inline constexpr Duration kMaxDuration = std::chrono::hours(24 * 366);

[[nodiscard]] DurationParse parseDuration(QStringView text);
// The shortest exact form: 900000 ms -> "15m", 1500 ms -> "1500ms".
[[nodiscard]] QString formatDuration(Duration duration);

} // namespace Conductor
