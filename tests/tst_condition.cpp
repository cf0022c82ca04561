// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Gate conditions over an execution's facts, and the built-in gates' conditions.

#include "config/condition.h"
#include "config/configuration.h"

#include <QtTest/QTest>

using namespace Conductor;

class TestCondition final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void combinators();
    void builtInGates_data();
    void builtInGates();
    void describe();
};

void TestCondition::operators_data()
{
    using Op = Condition::Operator;
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariant>("operand");
    QTest::addColumn<QVariant>("value"); // invalid: the fact is absent
    QTest::addColumn<bool>("holds");
    QTest::newRow("equals, any case") << int(Op::Equals) << QVariant(QStringLiteral("enterprise"))
                                      << QVariant(QStringLiteral("Enterprise")) << true;
    QTest::newRow("equals, other") << int(Op::Equals) << QVariant(QStringLiteral("enterprise"))
                                   << QVariant(QStringLiteral("pro")) << false;
    QTest::newRow("equals, absent")
        << int(Op::Equals) << QVariant(QStringLiteral("x")) << QVariant() << false;
    QTest::newRow("equals, numbers as numbers")
        << int(Op::Equals) << QVariant(QStringLiteral("10")) << QVariant(10.0) << true;
    QTest::newRow("not equals, absent")
        << int(Op::NotEquals) << QVariant(QStringLiteral("x")) << QVariant() << true;
    QTest::newRow("in") << int(Op::In)
                        << QVariant(
                               QVariantList{QStringLiteral("finance"), QStringLiteral("legal")})
                        << QVariant(QStringLiteral("Legal")) << true;
    QTest::newRow("in, missing") << int(Op::In) << QVariant(QVariantList{QStringLiteral("finance")})
                                 << QVariant(QStringLiteral("retail")) << false;
    QTest::newRow("not in") << int(Op::NotIn) << QVariant(QVariantList{QStringLiteral("finance")})
                            << QVariant(QStringLiteral("retail")) << true;
    QTest::newRow("at least, equal")
        << int(Op::AtLeast) << QVariant(10000) << QVariant(QStringLiteral("10000")) << true;
    QTest::newRow("at least, below")
        << int(Op::AtLeast) << QVariant(10000) << QVariant(9999) << false;
    QTest::newRow("at least, not a number")
        << int(Op::AtLeast) << QVariant(10000) << QVariant(QStringLiteral("lots")) << false;
    QTest::newRow("at most") << int(Op::AtMost) << QVariant(5) << QVariant(5) << true;
    QTest::newRow("above, equal") << int(Op::Above) << QVariant(5) << QVariant(5) << false;
    QTest::newRow("below") << int(Op::Below) << QVariant(5) << QVariant(4.5) << true;
    QTest::newRow("exists") << int(Op::Exists) << QVariant(true) << QVariant(QStringLiteral("x"))
                            << true;
    QTest::newRow("exists, empty text")
        << int(Op::Exists) << QVariant(true) << QVariant(QString()) << false;
    QTest::newRow("not exists") << int(Op::Exists) << QVariant(false) << QVariant() << true;
}

void TestCondition::operators()
{
    QFETCH(int, op);
    QFETCH(QVariant, operand);
    QFETCH(QVariant, value);
    QFETCH(bool, holds);
    const Condition c =
        Condition::test(QStringLiteral("metadata.x"), Condition::Operator(op), operand);
    QVariantMap facts;
    if (value.isValid()) {
        facts.insert(QStringLiteral("metadata.x"), value);
    }
    QCOMPARE(c.evaluate(facts), holds);
}

void TestCondition::combinators()
{
    using Op = Condition::Operator;
    const Condition a =
        Condition::test(QStringLiteral("metadata.a"), Op::Equals, QStringLiteral("1"));
    const Condition b =
        Condition::test(QStringLiteral("metadata.b"), Op::Equals, QStringLiteral("1"));
    const QVariantMap onlyA{{QStringLiteral("metadata.a"), QStringLiteral("1")}};
    QVERIFY(Condition().evaluate({}));
    QVERIFY(Condition::combine(Condition::Kind::Any, {a, b}).evaluate(onlyA));
    QVERIFY(!Condition::combine(Condition::Kind::All, {a, b}).evaluate(onlyA));
    QVERIFY(Condition::combine(Condition::Kind::Not, {b}).evaluate(onlyA));
    QVERIFY(!Condition::combine(Condition::Kind::Not, {a}).evaluate(onlyA));
}

void TestCondition::builtInGates_data()
{
    QTest::addColumn<QString>("gate");
    QTest::addColumn<QVariantMap>("facts");
    QTest::addColumn<bool>("opens");
    const auto f = [](const char *key, const QVariant &v) {
        return QVariantMap{{QString::fromLatin1(key), v}};
    };
    QTest::newRow("risk review always") << QStringLiteral("risk_review") << QVariantMap() << true;
    QTest::newRow("security check always")
        << QStringLiteral("security_check") << QVariantMap() << true;
    QTest::newRow("human approval: flagged")
        << QStringLiteral("human_approval") << f("verdict.risk", QStringLiteral("flag")) << true;
    QTest::newRow("human approval: passed")
        << QStringLiteral("human_approval") << f("verdict.risk", QStringLiteral("pass")) << false;
    QTest::newRow("human approval: regulated")
        << QStringLiteral("human_approval") << f("metadata.domain", QStringLiteral("healthcare"))
        << true;
    QTest::newRow("human approval: retail")
        << QStringLiteral("human_approval") << f("metadata.domain", QStringLiteral("retail"))
        << false;
    QTest::newRow("performance: high load")
        << QStringLiteral("performance_review") << f("metadata.loadEstimate", 50000) << true;
    QTest::newRow("performance: low load")
        << QStringLiteral("performance_review") << f("metadata.loadEstimate", 100) << false;
    QTest::newRow("performance: no estimate")
        << QStringLiteral("performance_review") << QVariantMap() << false;
    QTest::newRow("compliance: enterprise")
        << QStringLiteral("compliance_check")
        << f("metadata.accountTier", QStringLiteral("enterprise")) << true;
    QTest::newRow("compliance: free") << QStringLiteral("compliance_check")
                                      << f("metadata.accountTier", QStringLiteral("free")) << false;
}

void TestCondition::builtInGates()
{
    QFETCH(QString, gate);
    QFETCH(QVariantMap, facts);
    QFETCH(bool, opens);
    const QList<GateDefinition> gates = Conductor::builtInGates();
    const auto it = std::find_if(gates.cbegin(), gates.cend(),
                                 [&gate](const GateDefinition &g) { return g.type == gate; });
    QVERIFY(it != gates.cend());
    QCOMPARE(it->when.evaluate(facts), opens);
}

void TestCondition::describe()
{
    using Op = Condition::Operator;
    const Condition c = Condition::combine(
        Condition::Kind::Any,
        {Condition::test(QStringLiteral("verdict.risk"), Op::Equals, QStringLiteral("flag")),
         Condition::test(QStringLiteral("metadata.domain"), Op::In,
                         QVariantList{QStringLiteral("finance"), QStringLiteral("legal")})});
    QCOMPARE(c.describe(),
             QStringLiteral("verdict.risk is flag or metadata.domain is one of finance, legal"));
    QCOMPARE(Condition().describe(), QStringLiteral("always"));
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
