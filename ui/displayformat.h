// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the desktop app writes numbers, dollars, dates and times for a person:
// in the form of the default locale (the language chosen in Settings, else the system's
// LANG / LC_ALL), with its decimal and group separators, its place for the currency sign
// ("$1,234.50", "1.234,50 $", "1 234,50 $") and its short date and time formats, in local
// time. The C locale (no language at all) keeps the dollar sign in front, "$0.36".
// What the app writes for programs — JSON, the API, CSV files, file names — stays in the
// C locale and is not formatted here.

#include "config/money.h"

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;
class QTime;

namespace Conductor::DisplayFormat {

// The locale the desktop app formats with when the person chose `language` ("de", "fr",
// "en"; empty for the system's): the system's own locale when it speaks that language (so
// that en_GB keeps its dates), else the language's main locale (German for "de").
[[nodiscard]] QLocale localeFor(const QString &language, const QLocale &system);

// An amount of US dollars with the decimals it needs: two at least, more below a cent
// ("$0.36", "$0.000125" in English, "0,36 $" in German).
[[nodiscard]] QString money(Money amount);
// Dollars from a double (charts) with exactly `decimals` decimals.
[[nodiscard]] QString usd(double usd, int decimals);
// Dollars for a chart: two decimals, four when the amount is below a cent.
[[nodiscard]] QString usd(double usd);
// What the locale writes before and after an amount of dollars: "$" and nothing in
// English, nothing and " $" in German. For a spin box's prefix and suffix.
struct Affixes
{
    QString prefix;
    QString suffix;
};
[[nodiscard]] Affixes usdAffixes();
// A printf-like label format for a money axis of a chart that localises its numbers
// (QChart::setLocalizeNumbers): the dollar sign where the locale puts it ("$%.2f",
// "%.2f $").
[[nodiscard]] QString usdAxisFormat(int decimals);
// A whole number with the locale's group separators: tokens, counts ("12,345").
[[nodiscard]] QString number(qint64 value);
// A number with `decimals` decimals ("2.5", "2,5").
[[nodiscard]] QString decimal(double value, int decimals);
// An instant in local time in the locale's short (or long) date and time format.
[[nodiscard]] QString dateTime(const QDateTime &at);
[[nodiscard]] QString longDateTime(const QDateTime &at);
[[nodiscard]] QString date(const QDate &day);
// A day without its year, in the locale's order ("3/4", "04.03.", "4 Mar").
[[nodiscard]] QString dayMonth(const QDate &day);
// A time of day in the locale's short format, with seconds or without.
[[nodiscard]] QString timeFormat(bool seconds);
[[nodiscard]] QString time(const QTime &at, bool seconds = false);
// An instant in local time to the millisecond: the short date and the time with seconds and
// their fraction ("3/4/26 1:05:02.125 PM", "04.03.26 13:05:02,125").
[[nodiscard]] QString preciseDateTime(const QDateTime &at);

} // namespace Conductor::DisplayFormat
