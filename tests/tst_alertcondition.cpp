// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Alert conditions as the design document writes them, and what is refused, with the
// offset of the problem inside the text.

#include "config/alertcondition.h"

#include <QtTest/QTest>

using namespace Conductor;

class TestAlertCondition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void refuse_data();
    void refuse();
    void holds();
};

void TestAlertCondition::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("comparison");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<QString>("reference");
    using C = AlertCondition::Comparison;
    QTest::newRow("error rate") << QStringLiteral("error_rate > 5%") << QStringLiteral("error_rate")
                                << int(C::Greater) << 0.05 << QString();
    QTest::newRow("budget share") << QStringLiteral("daily_cost > budget * 0.8")
                                  << QStringLiteral("daily_cost") << int(C::Greater) << 0.8
                                  << QStringLiteral("budget");
    QTest::newRow("long run") << QStringLiteral("execution_time > 20m")
                              << QStringLiteral("execution_time") << int(C::Greater) << 1200.0
                              << QString();
    QTest::newRow("agents down") << QStringLiteral("agent_down_count > 2")
                                 << QStringLiteral("agent_down_count") << int(C::Greater) << 2.0
                                 << QString();
    QTest::newRow("fraction, no spaces")
        << QStringLiteral("success_rate<0.9") << QStringLiteral("success_rate") << int(C::Less)
        << 0.9 << QString();
    QTest::newRow("plain reference")
        << QStringLiteral("daily_cost >= alert_threshold") << QStringLiteral("daily_cost")
        << int(C::GreaterOrEqual) << 1.0 << QStringLiteral("alert_threshold");
    QTest::newRow("equal") << QStringLiteral("pending_gates == 0")
                           << QStringLiteral("pending_gates") << int(C::Equal) << 0.0 << QString();
    QTest::newRow("not equal") << QStringLiteral("queued_pipelines != 3")
                               << QStringLiteral("queued_pipelines") << int(C::NotEqual) << 3.0
                               << QString();
    QTest::newRow("at most") << QStringLiteral("daily_tokens <= 900000")
                             << QStringLiteral("daily_tokens") << int(C::LessOrEqual) << 900000.0
                             << QString();
    QTest::newRow("engine loop") << QStringLiteral("engine_loop_latency_ms > 500")
                                 << QStringLiteral("engine_loop_latency_ms") << int(C::Greater)
                                 << 500.0 << QString();
    QTest::newRow("engine loop in ms")
        << QStringLiteral("engine_loop_latency_ms >= 250ms")
        << QStringLiteral("engine_loop_latency_ms") << int(C::GreaterOrEqual) << 250.0 << QString();
}

void TestAlertCondition::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, metric);
    QFETCH(int, comparison);
    QFETCH(double, threshold);
    QFETCH(QString, reference);
    const AlertConditionParse parsed = parseAlertCondition(text);
    QVERIFY2(parsed.value.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.value->metric, metric);
    QCOMPARE(int(parsed.value->comparison), comparison);
    QCOMPARE(parsed.value->threshold, threshold);
    QCOMPARE(parsed.value->reference, reference);
    QCOMPARE(parsed.value->text, text);
}

void TestAlertCondition::refuse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << 0 << QStringLiteral("expected a metric");
    QTest::newRow("unknown metric")
        << QStringLiteral("eror_rate > 5%") << 0 << QStringLiteral("unknown metric 'eror_rate'");
    QTest::newRow("no comparison")
        << QStringLiteral("error_rate 5%") << 11 << QStringLiteral("expected a comparison");
    QTest::newRow("rate above one")
        << QStringLiteral("error_rate > 5") << 13 << QStringLiteral("did you mean 5%?");
    QTest::newRow("rate with unit")
        << QStringLiteral("error_rate > 5m") << 14 << QStringLiteral("is a rate");
    QTest::newRow("time without unit")
        << QStringLiteral("execution_time > 20") << 17 << QStringLiteral("has no unit");
    QTest::newRow("count with unit")
        << QStringLiteral("agent_down_count > 2%") << 20 << QStringLiteral("plain number");
    QTest::newRow("latency in seconds")
        << QStringLiteral("engine_loop_latency_ms > 2s") << 26 << QStringLiteral("milliseconds");
    QTest::newRow("unknown reference") << QStringLiteral("daily_cost > budgt * 0.8") << 13
                                       << QStringLiteral("one of budget, alert_threshold");
    QTest::newRow("reference where none")
        << QStringLiteral("error_rate > budget") << 13 << QStringLiteral("expected a number");
    QTest::newRow("bad factor") << QStringLiteral("daily_cost > budget * x") << 22
                                << QStringLiteral("factor");
    QTest::newRow("trailing words") << QStringLiteral("agent_down_count > 2 for long") << 21
                                    << QStringLiteral("unexpected 'for long'");
    QTest::newRow("two dots") << QStringLiteral("daily_cost > 1.2.3") << 13
                              << QStringLiteral("not a number");
}

void TestAlertCondition::refuse()
{
    QFETCH(QString, text);
    QFETCH(int, offset);
    QFETCH(QString, error);
    const AlertConditionParse parsed = parseAlertCondition(text);
    QVERIFY(!parsed.value.has_value());
    QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    QCOMPARE(parsed.offset, offset);
}

void TestAlertCondition::holds()
{
    const AlertCondition rate = *parseAlertCondition(u"error_rate > 5%").value;
    QVERIFY(rate.holds(0.051));
    QVERIFY(!rate.holds(0.05));
    const AlertCondition cost = *parseAlertCondition(u"daily_cost > budget * 0.8").value;
    QVERIFY(cost.holds(400.01, 500.0));
    QVERIFY(!cost.holds(400.0, 500.0));
    const AlertCondition gates = *parseAlertCondition(u"pending_gates <= 3").value;
    QVERIFY(gates.holds(3));
    QVERIFY(!gates.holds(4));
}

QTEST_GUILESS_MAIN(TestAlertCondition)
#include "tst_alertcondition.moc"
