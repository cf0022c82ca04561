// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "conditionreader_p.h"

#include <QRegularExpression>

namespace Conductor {

namespace {

constexpr int kMaxConditionDepth = 8;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::Condition)
};

std::optional<Condition> read(YamlReader &r, const YamlField &field, int depth);

QVariant scalarValue(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

std::optional<Condition> readTest(YamlReader &r, const QString &fact, const YamlField &keyField,
                                  const YamlField &field)
{
    static const QRegularExpression factPattern(
        QStringLiteral("^(metadata\\.[A-Za-z][A-Za-z0-9_-]*|verdict\\.[A-Za-z][A-Za-z0-9_-]*)$"));
    if (!factPattern.match(fact).hasMatch()) {
        r.error(keyField,
                Text::tr("'%1' is not a fact a condition can test; write metadata.<key> or "
                         "verdict.<stage>, or combine conditions with all, any or not")
                    .arg(fact));
        return std::nullopt;
    }
    // The short form "metadata.tier: enterprise" means equals.
    if (field.node.IsScalar()) {
        return Condition::test(fact, Condition::Operator::Equals, scalarValue(field.node));
    }
    if (field.node.IsMap() && field.node.size() != 1) {
        r.error(field,
                Text::tr("%1 needs exactly one test, such as { atLeast: 10000 } or { in: [a, b] }")
                    .arg(field.path));
        return std::nullopt;
    }
    const auto map = r.mapping(field, Condition::operatorNames());
    if (!map || map->entries.isEmpty()) {
        return std::nullopt;
    }
    const YamlEntry &entry = map->entries.first();
    const Condition::Operator op = *Condition::operatorFromName(entry.key);
    switch (op) {
    case Condition::Operator::In:
    case Condition::Operator::NotIn: {
        const auto items = r.sequence(entry.value);
        if (!items) {
            return std::nullopt;
        }
        QVariantList values;
        for (const YamlField &item : *items) {
            const auto text = r.string(item);
            if (!text) {
                return std::nullopt;
            }
            values.append(*text);
        }
        return Condition::test(fact, op, values);
    }
    case Condition::Operator::AtLeast:
    case Condition::Operator::AtMost:
    case Condition::Operator::Above:
    case Condition::Operator::Below: {
        const auto number = r.number(entry.value, -1e300, 1e300);
        if (!number) {
            return std::nullopt;
        }
        return Condition::test(fact, op, *number);
    }
    case Condition::Operator::Exists: {
        const auto flag = r.boolean(entry.value);
        if (!flag) {
            return std::nullopt;
        }
        return Condition::test(fact, op, *flag);
    }
    case Condition::Operator::Equals:
    case Condition::Operator::NotEquals: {
        const auto text = r.string(entry.value);
        if (!text) {
            return std::nullopt;
        }
        return Condition::test(fact, op, *text);
    }
    }
    return std::nullopt;
}

std::optional<Condition> readList(YamlReader &r, Condition::Kind kind, const YamlField &field,
                                  int depth)
{
    const auto items = r.sequence(field);
    if (!items) {
        return std::nullopt;
    }
    if (items->isEmpty()) {
        r.error(field, Text::tr("%1 needs at least one condition").arg(field.path));
        return std::nullopt;
    }
    QList<Condition> children;
    bool ok = true;
    for (const YamlField &item : *items) {
        std::optional<Condition> child = read(r, item, depth + 1);
        ok = ok && child.has_value();
        if (child) {
            children.append(*child);
        }
    }
    return ok ? std::optional<Condition>(Condition::combine(kind, children)) : std::nullopt;
}

std::optional<Condition> read(YamlReader &r, const YamlField &field, int depth)
{
    if (depth > kMaxConditionDepth) {
        r.error(field, Text::tr("conditions nest deeper than %1 levels").arg(kMaxConditionDepth));
        return std::nullopt;
    }
    const auto map = r.namedMapping(field);
    if (!map) {
        return std::nullopt;
    }
    if (map->entries.isEmpty()) {
        return Condition();
    }
    QList<Condition> parts;
    bool ok = true;
    for (const YamlEntry &entry : map->entries) {
        std::optional<Condition> part;
        if (entry.key == u"all") {
            part = readList(r, Condition::Kind::All, entry.value, depth);
        } else if (entry.key == u"any") {
            part = readList(r, Condition::Kind::Any, entry.value, depth);
        } else if (entry.key == u"not") {
            std::optional<Condition> inner = read(r, entry.value, depth + 1);
            if (inner) {
                part = Condition::combine(Condition::Kind::Not, {*inner});
            }
        } else {
            const YamlField keyField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
            part = readTest(r, entry.key, keyField,
                            entry.value.node.IsNull() ? keyField : entry.value);
        }
        ok = ok && part.has_value();
        if (part) {
            parts.append(*part);
        }
    }
    if (!ok) {
        return std::nullopt;
    }
    return parts.size() == 1 ? parts.first() : Condition::combine(Condition::Kind::All, parts);
}

} // namespace

std::optional<Condition> readCondition(YamlReader &reader, const YamlField &field)
{
    return read(reader, field, 0);
}

} // namespace Conductor
