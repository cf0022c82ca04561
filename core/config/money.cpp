// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <cmath>

namespace Conductor {

namespace {
constexpr qint64 kMicrosPerUsd = 1'000'000;
// A trillion dollars: far above any budget, far below qint64's limit.
constexpr qint64 kMaxWholeUsd = 1'000'000'000'000;
} // namespace

Money Money::fromUsd(double usd)
{
    return Money{static_cast<qint64>(std::llround(usd * static_cast<double>(kMicrosPerUsd)))};
}

QString Money::toString() const
{
    const bool negative = micros < 0;
    const qint64 magnitude = negative ? -micros : micros;
    QString fraction = QString::number(magnitude % kMicrosPerUsd).rightJustified(6, u'0');
    while (fraction.size() > 2 && fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    return (negative ? QStringLiteral("-") : QString()) +
           QString::number(magnitude / kMicrosPerUsd) + u'.' + fraction;
}

std::optional<Money> parseMoney(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.sliced(dot + 1);
    const auto allDigits = [](QStringView s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 13 || !allDigits(whole) || fraction.size() > 6 ||
        !allDigits(fraction) || (dot >= 0 && fraction.isEmpty())) {
        return std::nullopt;
    }
    const qint64 wholeValue = whole.toLongLong();
    if (wholeValue > kMaxWholeUsd) {
        return std::nullopt;
    }
    qint64 fractionValue = 0;
    if (!fraction.isEmpty()) {
        fractionValue = fraction.toString().leftJustified(6, u'0').toLongLong();
    }
    return Money{wholeValue * kMicrosPerUsd + fractionValue};
}

} // namespace Conductor
