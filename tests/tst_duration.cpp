// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Durations: a whole number with a unit; a bare number is refused.

#include "config/duration.h"

#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

class TestDuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void format_data();
    void format();
};

void TestDuration::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("design default timeout") << QStringLiteral("900s") << qint64(900'000);
    QTest::newRow("health check") << QStringLiteral("30s") << qint64(30'000);
    QTest::newRow("alert duration") << QStringLiteral("5m") << qint64(300'000);
    QTest::newRow("milliseconds") << QStringLiteral("250ms") << qint64(250);
    QTest::newRow("hours") << QStringLiteral("2h") << qint64(7'200'000);
    QTest::newRow("days") << QStringLiteral("1d") << qint64(86'400'000);
    QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("surrounding space") << QStringLiteral(" 15m ") << qint64(900'000);
    QTest::newRow("longest") << QStringLiteral("366d") << qint64(366LL * 86'400'000);
}

void TestDuration::valid()
{
    QFETCH(QString, text);
    QFETCH(qint64, milliseconds);
    const DurationParse parsed = parseDuration(text);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->count(), milliseconds);
    QVERIFY(parsed.error.isEmpty());
}

void TestDuration::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("bare number") << QStringLiteral("900") << QStringLiteral("'900' has no unit");
    QTest::newRow("empty") << QString() << QStringLiteral("got nothing");
    QTest::newRow("unit only") << QStringLiteral("s") << QStringLiteral("is not a duration");
    QTest::newRow("negative") << QStringLiteral("-5s") << QStringLiteral("is not a duration");
    QTest::newRow("fraction") << QStringLiteral("1.5m") << QStringLiteral("unknown unit '.5m'");
    QTest::newRow("unknown unit") << QStringLiteral("3w") << QStringLiteral("unknown unit 'w'");
    QTest::newRow("spelled unit") << QStringLiteral("30sec")
                                  << QStringLiteral("unknown unit 'sec'");
    QTest::newRow("upper case") << QStringLiteral("30S") << QStringLiteral("unknown unit 'S'");
    QTest::newRow("space inside") << QStringLiteral("30 s") << QStringLiteral("unknown unit ' s'");
    QTest::newRow("compound") << QStringLiteral("1h30m") << QStringLiteral("unknown unit 'h30m'");
    QTest::newRow("too long") << QStringLiteral("367d") << QStringLiteral("too long");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999ms")
                              << QStringLiteral("too long");
    QTest::newRow("arabic digits")
        << QStringLiteral("\u0665s") << QStringLiteral("is not a duration");
}

void TestDuration::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const DurationParse parsed = parseDuration(text);
    QVERIFY(!parsed.value.has_value());
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
}

void TestDuration::format_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("minutes") << qint64(900'000) << QStringLiteral("15m");
    QTest::newRow("seconds") << qint64(90'000) << QStringLiteral("90s");
    QTest::newRow("milliseconds") << qint64(1500) << QStringLiteral("1500ms");
    QTest::newRow("day") << qint64(86'400'000) << QStringLiteral("1d");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0ms");
}

void TestDuration::format()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, text);
    QCOMPARE(formatDuration(Duration(milliseconds)), text);
    if (milliseconds > 0) {
        QCOMPARE(parseDuration(text).value->count(), milliseconds); // round trip
    }
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
