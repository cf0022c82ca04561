// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QDateTime>

#include <cmath>
#include <cstdlib>

namespace Conductor::DisplayFormat {

namespace {

constexpr qint64 kMicrosPerUsd = 1'000'000;

// The C locale has no place for a currency sign (QLocale puts it after the number); the
// English form is what a person without a locale reads best.
bool isC(const QLocale &locale)
{
    return locale.language() == QLocale::C;
}

// Dollars of a magnitude (no sign) in the locale's currency form.
QString positiveUsd(const QLocale &locale, double magnitude, int decimals)
{
    if (isC(locale)) {
        return u'$' + locale.toString(magnitude, 'f', decimals);
    }
    return locale.toCurrencyString(magnitude, QStringLiteral("$"), decimals);
}

// Qt writes some locales' negative amounts in the accounting form, "($0.36)"; a person
// reads a minus sign more easily.
QString signedUsd(double usd, int decimals)
{
    const QLocale locale;
    const QString magnitude = positiveUsd(locale, std::abs(usd), decimals);
    return usd < 0 && std::round(std::abs(usd) * std::pow(10.0, decimals)) > 0
               ? locale.negativeSign() + magnitude
               : magnitude;
}

// Removes the pattern letters `letter` and the separator between them and their neighbour.
QString withoutField(QString format, QChar letter)
{
    const qsizetype first = format.indexOf(letter);
    if (first < 0) {
        return format;
    }
    qsizetype last = first;
    while (last + 1 < format.size() && format.at(last + 1) == letter) {
        ++last;
    }
    const auto isSeparator = [&](qsizetype i) {
        return i >= 0 && i < format.size() && !format.at(i).isLetter() && format.at(i) != u'\'';
    };
    qsizetype from = first;
    qsizetype to = last + 1;
    if (isSeparator(first - 1)) {
        while (isSeparator(from - 1)) {
            --from;
        }
    } else {
        while (isSeparator(to)) {
            ++to;
        }
    }
    format.remove(from, to - from);
    return format.trimmed();
}

} // namespace

QLocale localeFor(const QString &language, const QLocale &system)
{
    if (language.isEmpty()) {
        return system;
    }
    const QLocale chosen(language);
    return chosen.language() == system.language() ? system : chosen;
}

QString money(Money amount)
{
    qint64 fraction = std::abs(amount.micros % kMicrosPerUsd);
    int decimals = 6;
    while (decimals > 2 && fraction % 10 == 0) {
        fraction /= 10;
        --decimals;
    }
    return signedUsd(amount.toUsd(), decimals);
}

QString usd(double usd, int decimals)
{
    return signedUsd(usd, decimals);
}

QString usd(double usd)
{
    return signedUsd(usd, usd != 0 && std::abs(usd) < 0.01 ? 4 : 2);
}

Affixes usdAffixes()
{
    // The currency form of a number the locale writes without a sign of its own, split
    // around the number: what comes before it and after it.
    const QLocale locale;
    const QString number = locale.toString(1.0, 'f', 0);
    const QString sample = positiveUsd(locale, 1.0, 0);
    const qsizetype at = sample.indexOf(number);
    if (at < 0) {
        return {QStringLiteral("$"), QString()};
    }
    return {sample.first(at), sample.sliced(at + number.size())};
}

QString usdAxisFormat(int decimals)
{
    Affixes affixes = usdAffixes();
    affixes.prefix.replace(u'%', QStringLiteral("%%"));
    affixes.suffix.replace(u'%', QStringLiteral("%%"));
    return affixes.prefix + QStringLiteral("%.") + QString::number(decimals) + u'f' +
           affixes.suffix;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString longDateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : QString();
}

QString date(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString dayMonth(const QDate &day)
{
    const QLocale locale;
    return locale.toString(day, withoutField(locale.dateFormat(QLocale::ShortFormat), u'y'));
}

QString timeFormat(bool seconds)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    if (seconds && !format.contains(u's')) {
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    } else if (!seconds && format.contains(u's')) {
        format = withoutField(format, u's');
    }
    return format;
}

QString time(const QTime &at, bool seconds)
{
    return QLocale().toString(at, timeFormat(seconds));
}

QString preciseDateTime(const QDateTime &at)
{
    if (!at.isValid()) {
        return {};
    }
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    QString format = timeFormat(true);
    format.replace(QStringLiteral("ss"), QStringLiteral("ss") + locale.decimalPoint() + u"zzz");
    return date(local.date()) + u' ' + locale.toString(local.time(), format);
}

} // namespace Conductor::DisplayFormat
