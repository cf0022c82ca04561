// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Walks a parsed YAML tree against a schema and reports every problem with the line and
// column where it stands: unknown keys (with the nearest known one), duplicate keys,
// wrong types, values out of range. Each typed read reports its own problem and returns
// nothing, so a loader collects all problems in one pass instead of stopping at the
// first. Node visits are counted and capped, which bounds alias fan-out.
// Internal to core/config.

#include "diagnostic.h"
#include "duration.h"
#include "money.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace Conductor {

// A value in the tree and the dotted path that names it in messages
// ("budgets.cost.dailyBudgetUSD", "stages[3].needs[0]").
// YAML::Node's assignment operator writes through to the node it refers to, changing the
// parsed tree; these values rebind with reset() instead, so copying one never alters the
// document being read.
struct YamlField
{
    QString path;
    YAML::Node node;
    YAML::Mark fallback; // where to point when the node itself has no position (a null)

    YamlField() = default;
    YamlField(QString p, YAML::Node n, YAML::Mark f)
        : path(std::move(p))
        , node(std::move(n))
        , fallback(f)
    {}
    YamlField(const YamlField &) = default;
    YamlField &operator=(const YamlField &other)
    {
        path = other.path;
        node.reset(other.node);
        fallback = other.fallback;
        return *this;
    }
};

struct YamlEntry
{
    QString key;
    YAML::Node keyNode;
    YamlField value;

    YamlEntry() = default;
    YamlEntry(QString k, YAML::Node kn, YamlField v)
        : key(std::move(k))
        , keyNode(std::move(kn))
        , value(std::move(v))
    {}
    YamlEntry(const YamlEntry &) = default;
    YamlEntry &operator=(const YamlEntry &other)
    {
        key = other.key;
        keyNode.reset(other.keyNode);
        value = other.value;
        return *this;
    }
};

class YamlMap
{
public:
    QList<YamlEntry> entries;
    YamlField self;

    [[nodiscard]] const YamlEntry *find(QStringView key) const;
    // Calls f with the entry's value when the key is present.
    void with(QStringView key, const std::function<void(const YamlField &)> &f) const;
};

class YamlReader final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::YamlReader)

public:
    explicit YamlReader(QString file, Diagnostics *out);

    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] YamlField root(const YAML::Node &node) const;

    void error(const YamlField &field, const QString &message);
    void error(const YAML::Mark &mark, const QString &message);
    void warning(const YamlField &field, const QString &message);
    // The position a field's problem is reported at, 1-based.
    [[nodiscard]] static std::pair<int, int> position(const YamlField &field);
    [[nodiscard]] static std::pair<int, int> position(const YAML::Mark &mark);

    // A mapping whose keys must be among `known`; unknown and duplicate keys are reported
    // and left out. Returns nothing (after reporting) when the field is not a mapping.
    [[nodiscard]] std::optional<YamlMap> mapping(const YamlField &field, const QStringList &known);
    // A mapping whose keys are names chosen by the user (agents, alert rules).
    [[nodiscard]] std::optional<YamlMap> namedMapping(const YamlField &field);
    [[nodiscard]] std::optional<QList<YamlField>> sequence(const YamlField &field);

    [[nodiscard]] std::optional<qint64> integer(const YamlField &field, qint64 min, qint64 max);
    [[nodiscard]] std::optional<double> number(const YamlField &field, double min, double max);
    [[nodiscard]] std::optional<Money> money(const YamlField &field);
    [[nodiscard]] std::optional<bool> boolean(const YamlField &field);
    [[nodiscard]] std::optional<QString> string(const YamlField &field);
    // A name: letters, digits, '_' and '-', starting with a letter.
    [[nodiscard]] std::optional<QString> identifier(const YamlField &field);
    [[nodiscard]] std::optional<QString> oneOf(const YamlField &field, const QStringList &allowed);
    [[nodiscard]] std::optional<Duration> duration(const YamlField &field, Duration min,
                                                   Duration max);
    // A sequence of identifiers; each bad item is reported, duplicates too.
    [[nodiscard]] std::optional<QList<std::pair<QString, YamlField>>>
    identifierList(const YamlField &field);

    // A field read earlier by path, to point at it when a later check finds it wrong.
    [[nodiscard]] std::optional<YamlField> seen(const QString &path) const;

    // The nearest of `candidates` to `word` when it is close enough to be a typo.
    [[nodiscard]] static QString suggestion(const QString &word, const QStringList &candidates);
    [[nodiscard]] static QString describe(const YAML::Node &node);

private:
    [[nodiscard]] bool visit(const YamlField &field);
    [[nodiscard]] std::optional<QString> scalar(const YamlField &field, const QString &expected,
                                                bool allowQuoted);

    QString m_file;
    Diagnostics *m_out;
    QHash<QString, YamlField> m_seen;
    int m_visits = 0;
    bool m_visitLimitReported = false;
};

} // namespace Conductor
