// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When a gate opens: a condition over the facts of an execution, written in YAML.
// Facts are named by dotted paths: "metadata.<key>" for the idea's metadata and
// "verdict.<stage>" for a stage's verdict (pass, flag, fail).
//
//   when:
//     any:
//       - verdict.risk: flag
//       - metadata.domain: { in: [healthcare, finance] }
//
// A mapping of several facts means all of them; any, all and not combine conditions.
// An empty condition always holds.

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

namespace Conductor {

class Condition
{
public:
    enum class Kind
    {
        Always,
        All,
        Any,
        Not,
        Test
    };
    enum class Operator
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        AtLeast,
        AtMost,
        Above,
        Below,
        Exists
    };

    Condition() = default;
    [[nodiscard]] static Condition test(QString fact, Operator op, QVariant operand);
    [[nodiscard]] static Condition combine(Kind kind, QList<Condition> children);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isAlways() const { return m_kind == Kind::Always; }
    [[nodiscard]] const QList<Condition> &children() const { return m_children; }

    // Facts maps dotted paths to values; strings compare case-insensitively, numbers as
    // numbers (a string that reads as a number counts as one).
    [[nodiscard]] bool evaluate(const QVariantMap &facts) const;
    // For a person: "metadata.domain is one of healthcare, finance".
    [[nodiscard]] QString describe() const;

    // The operator's YAML name and back.
    [[nodiscard]] static QString operatorName(Operator op);
    [[nodiscard]] static QStringList operatorNames();
    [[nodiscard]] static std::optional<Operator> operatorFromName(QStringView name);

private:
    Kind m_kind = Kind::Always;
    QList<Condition> m_children;
    QString m_fact;
    Operator m_operator = Operator::Equals;
    QVariant m_operand;
};

} // namespace Conductor
