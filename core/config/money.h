// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// US dollars as a whole number of micro-dollars, so that a ledger adds and compares
// amounts exactly; a double appears only at the edges (JSON, charts).

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Conductor {

struct Money
{
    qint64 micros = 0;

    [[nodiscard]] static constexpr Money fromMicros(qint64 value) { return Money{value}; }
    [[nodiscard]] static Money fromUsd(double usd);
    [[nodiscard]] double toUsd() const { return static_cast<double>(micros) / 1e6; }
    // Two decimals at least, more only when the amount needs them: "12.50", "0.000125".
    [[nodiscard]] QString toString() const;

    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return Money{a.micros + b.micros}; }
    friend constexpr Money operator-(Money a, Money b) { return Money{a.micros - b.micros}; }
};

// "50", "50.00", "0.000125": at most six decimals, no sign, no exponent.
[[nodiscard]] std::optional<Money> parseMoney(QStringView text);

} // namespace Conductor
