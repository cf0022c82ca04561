// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An alert rule's condition as the design document writes it: a metric, a comparison
// and a threshold, where the threshold is a number with an optional unit ("5%", "20m")
// or a named reference times a factor ("budget * 0.8").
//
//   error_rate > 5%      daily_cost > budget * 0.8      execution_time > 20m
//   engine_loop_latency_ms > 500

#include <QString>
#include <QStringList>

#include <optional>

namespace Conductor {

struct AlertCondition
{
    enum class Comparison
    {
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
        Equal,
        NotEqual
    };
    // What a metric measures, which decides the units its threshold may carry.
    enum class Quantity
    {
        Ratio,
        Usd,
        Tokens,
        Seconds,
        Count,
        Milliseconds // a plain number or one with "ms"
    };

    QString metric;
    Comparison comparison = Comparison::Greater;
    // The threshold in the metric's base unit (ratio 0-1, USD, tokens, seconds, count, ms)
    // when `reference` is empty; otherwise a factor applied to the reference's value.
    double threshold = 0.0;
    QString reference; // "budget", "alert_threshold" or empty
    QString text;      // as written

    [[nodiscard]] static Quantity quantityOf(QStringView metric);
    [[nodiscard]] static QStringList metrics();
    // References a metric may compare with, such as "budget" for daily_cost.
    [[nodiscard]] static QStringList referencesFor(QStringView metric);
    [[nodiscard]] bool holds(double value, double referenceValue = 0.0) const;
};

struct AlertConditionParse
{
    std::optional<AlertCondition> value;
    QString error;
    int offset = 0; // where in the text the problem is, counted from 0
};

[[nodiscard]] AlertConditionParse parseAlertCondition(QStringView text);

} // namespace Conductor
