// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include <QCoreApplication>

#include <array>

namespace Conductor {

namespace {

struct Unit
{
    QStringView suffix;
    qint64 milliseconds;
};

// Longest suffix first, so that "ms" is not read as "m".
constexpr std::array kUnits{
    Unit{u"ms", 1},
    Unit{u"s", 1000},
    Unit{u"m", 60 * 1000},
    Unit{u"h", 60 * 60 * 1000},
    Unit{u"d", 24 * 60 * 60 * 1000},
};

// The translation context of this file's messages.
struct DurationText
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Duration)
};

} // namespace

DurationParse parseDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {std::nullopt,
                DurationText::tr("expected a duration such as 30s or 5m, got nothing")};
    }
    qsizetype digits = 0;
    while (digits < trimmed.size() && trimmed.at(digits).isDigit() &&
           trimmed.at(digits).unicode() < 128) {
        ++digits;
    }
    const QStringView number = trimmed.first(digits);
    const QStringView suffix = trimmed.sliced(digits);
    if (number.isEmpty()) {
        return {std::nullopt,
                DurationText::tr(
                    "'%1' is not a duration: write a whole number with a unit (ms, s, m, h or d), "
                    "such as 30s or 5m")
                    .arg(trimmed.toString())};
    }
    if (suffix.isEmpty()) {
        return {
            std::nullopt,
            DurationText::tr("'%1' has no unit: write %1s, %1m or another unit (ms, s, m, h or d)")
                .arg(trimmed.toString())};
    }
    for (const Unit &unit : kUnits) {
        if (suffix != unit.suffix) {
            continue;
        }
        bool ok = false;
        const qint64 count = number.toLongLong(&ok);
        const qint64 limit = kMaxDuration.count() / unit.milliseconds;
        if (!ok || count > limit) {
            return {std::nullopt, DurationText::tr("'%1' is too long: the longest duration is 366d")
                                      .arg(trimmed.toString())};
        }
        return {Duration(count * unit.milliseconds), {}};
    }
    return {std::nullopt, DurationText::tr("'%1' has an unknown unit '%2': use ms, s, m, h or d")
                              .arg(trimmed.toString(), suffix.toString())};
}

QString formatDuration(Duration duration)
{
    const qint64 ms = duration.count();
    for (auto it = kUnits.rbegin(); it != kUnits.rend(); ++it) {
        if (ms != 0 && ms % it->milliseconds == 0) {
            return QString::number(ms / it->milliseconds) + it->suffix;
        }
    }
    return QString::number(ms) + u"ms";
}

} // namespace Conductor
