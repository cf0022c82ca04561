// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "condition.h"

#include <QCoreApplication>

#include <array>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Condition)
};

struct OperatorName
{
    Condition::Operator op;
    const char16_t *name;
};

constexpr std::array kOperators{
    OperatorName{Condition::Operator::Equals, u"equals"},
    OperatorName{Condition::Operator::NotEquals, u"notEquals"},
    OperatorName{Condition::Operator::In, u"in"},
    OperatorName{Condition::Operator::NotIn, u"notIn"},
    OperatorName{Condition::Operator::AtLeast, u"atLeast"},
    OperatorName{Condition::Operator::AtMost, u"atMost"},
    OperatorName{Condition::Operator::Above, u"above"},
    OperatorName{Condition::Operator::Below, u"below"},
    OperatorName{Condition::Operator::Exists, u"exists"},
};

std::optional<double> asNumber(const QVariant &value)
{
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const std::optional<double> x = asNumber(a);
    const std::optional<double> y = asNumber(b);
    if (x && y) {
        return *x == *y;
    }
    return a.toString().compare(b.toString(), Qt::CaseInsensitive) == 0;
}

bool contains(const QVariantList &list, const QVariant &value)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&value](const QVariant &v) { return sameValue(v, value); });
}

QString operandText(const QVariant &operand)
{
    if (operand.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &v : operand.toList()) {
            parts.append(v.toString());
        }
        return parts.join(QStringLiteral(", "));
    }
    return operand.toString();
}

} // namespace

Condition Condition::test(QString fact, Operator op, QVariant operand)
{
    Condition c;
    c.m_kind = Kind::Test;
    c.m_fact = std::move(fact);
    c.m_operator = op;
    c.m_operand = std::move(operand);
    return c;
}

Condition Condition::combine(Kind kind, QList<Condition> children)
{
    Condition c;
    c.m_kind = kind;
    c.m_children = std::move(children);
    return c;
}

QString Condition::operatorName(Operator op)
{
    for (const OperatorName &o : kOperators) {
        if (o.op == op) {
            return QString::fromUtf16(o.name);
        }
    }
    return {};
}

QStringList Condition::operatorNames()
{
    QStringList names;
    for (const OperatorName &o : kOperators) {
        names.append(QString::fromUtf16(o.name));
    }
    return names;
}

std::optional<Condition::Operator> Condition::operatorFromName(QStringView name)
{
    for (const OperatorName &o : kOperators) {
        if (name == QStringView(o.name)) {
            return o.op;
        }
    }
    return std::nullopt;
}

bool Condition::evaluate(const QVariantMap &facts) const
{
    switch (m_kind) {
    case Kind::Always:
        return true;
    case Kind::All:
        return std::all_of(m_children.cbegin(), m_children.cend(),
                           [&facts](const Condition &c) { return c.evaluate(facts); });
    case Kind::Any:
        return std::any_of(m_children.cbegin(), m_children.cend(),
                           [&facts](const Condition &c) { return c.evaluate(facts); });
    case Kind::Not:
        return !m_children.isEmpty() && !m_children.first().evaluate(facts);
    case Kind::Test:
        break;
    }
    const auto it = facts.constFind(m_fact);
    const bool present = it != facts.cend() && it->isValid() && !it->toString().isEmpty();
    switch (m_operator) {
    case Operator::Exists:
        return present == m_operand.toBool();
    case Operator::Equals:
        return present && sameValue(*it, m_operand);
    case Operator::NotEquals:
        return !present || !sameValue(*it, m_operand);
    case Operator::In:
        return present && contains(m_operand.toList(), *it);
    case Operator::NotIn:
        return !present || !contains(m_operand.toList(), *it);
    case Operator::AtLeast:
    case Operator::AtMost:
    case Operator::Above:
    case Operator::Below: {
        const std::optional<double> value = present ? asNumber(*it) : std::nullopt;
        const std::optional<double> bound = asNumber(m_operand);
        if (!value || !bound) {
            return false;
        }
        switch (m_operator) {
        case Operator::AtLeast:
            return *value >= *bound;
        case Operator::AtMost:
            return *value <= *bound;
        case Operator::Above:
            return *value > *bound;
        default:
            return *value < *bound;
        }
    }
    }
    return false;
}

QString Condition::describe() const
{
    QStringList parts;
    for (const Condition &c : m_children) {
        parts.append(c.describe());
    }
    switch (m_kind) {
    case Kind::Always:
        return Text::tr("always");
    case Kind::All:
        return parts.join(Text::tr(" and "));
    case Kind::Any:
        return parts.join(Text::tr(" or "));
    case Kind::Not:
        return Text::tr("not (%1)").arg(parts.join(QString()));
    case Kind::Test:
        break;
    }
    const QString operand = operandText(m_operand);
    switch (m_operator) {
    case Operator::Equals:
        return Text::tr("%1 is %2").arg(m_fact, operand);
    case Operator::NotEquals:
        return Text::tr("%1 is not %2").arg(m_fact, operand);
    case Operator::In:
        return Text::tr("%1 is one of %2").arg(m_fact, operand);
    case Operator::NotIn:
        return Text::tr("%1 is none of %2").arg(m_fact, operand);
    case Operator::AtLeast:
        return Text::tr("%1 is at least %2").arg(m_fact, operand);
    case Operator::AtMost:
        return Text::tr("%1 is at most %2").arg(m_fact, operand);
    case Operator::Above:
        return Text::tr("%1 is above %2").arg(m_fact, operand);
    case Operator::Below:
        return Text::tr("%1 is below %2").arg(m_fact, operand);
    case Operator::Exists:
        return m_operand.toBool() ? Text::tr("%1 is given").arg(m_fact)
                                  : Text::tr("%1 is not given").arg(m_fact);
    }
    return {};
}

} // namespace Conductor
