// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Money is exact: micro-dollars, parsed from decimal text without floating point.

#include "config/money.h"

#include <QtTest/QTest>

using namespace Conductor;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refuse_data();
    void refuse();
    void text_data();
    void text();
    void arithmeticIsExact();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("whole") << QStringLiteral("500") << qint64(500'000'000);
    QTest::newRow("cents") << QStringLiteral("50.00") << qint64(50'000'000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(12'500'000);
    QTest::newRow("six decimals") << QStringLiteral("0.000125") << qint64(125);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("a trillion") << QStringLiteral("1000000000000")
                                << qint64(1'000'000'000'000'000'000);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    const std::optional<Money> money = parseMoney(text);
    QVERIFY(money.has_value());
    QCOMPARE(money->micros, micros);
}

void TestMoney::refuse_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << QStringLiteral("-1");
    QTest::newRow("seven decimals") << QStringLiteral("1.0000001");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("trailing dot") << QStringLiteral("5.");
    QTest::newRow("leading dot") << QStringLiteral(".5");
    QTest::newRow("currency sign") << QStringLiteral("$5");
    QTest::newRow("thousands separator") << QStringLiteral("1,000");
    QTest::newRow("over a trillion") << QStringLiteral("1000000000001");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999");
}

void TestMoney::refuse()
{
    QFETCH(QString, text);
    QVERIFY(!parseMoney(text).has_value());
}

void TestMoney::text_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("text");
    QTest::newRow("cents") << qint64(12'500'000) << QStringLiteral("12.50");
    QTest::newRow("whole") << qint64(500'000'000) << QStringLiteral("500.00");
    QTest::newRow("fine") << qint64(125) << QStringLiteral("0.000125");
    QTest::newRow("negative") << qint64(-3'200'000) << QStringLiteral("-3.20");
}

void TestMoney::text()
{
    QFETCH(qint64, micros);
    QFETCH(QString, text);
    QCOMPARE(Money::fromMicros(micros).toString(), text);
}

void TestMoney::arithmeticIsExact()
{
    // Ten cents added ten thousand times is a thousand dollars exactly, which doubles miss.
    Money sum;
    for (int i = 0; i < 10'000; ++i) {
        sum = sum + *parseMoney(u"0.10");
    }
    QCOMPARE(sum, *parseMoney(u"1000"));
    QCOMPARE(Money::fromUsd(12.5).micros, 12'500'000);
    QCOMPARE(Money::fromUsd(0.1).toUsd(), 0.1);
    QVERIFY(*parseMoney(u"400") < *parseMoney(u"500"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
