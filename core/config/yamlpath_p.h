// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paths into a parsed YAML tree ("budgets.tokens.daily", "gates.required[1]"): parsing
// them, walking a tree down one, and listing a whole tree's values by path so that two
// trees can be compared. Internal to core/config (YamlValueEdit).

#include <QList>
#include <QPair>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>
#include <vector>

namespace Conductor::YamlPath {

struct Segment
{
    QString key;
    int index = -1; // a list index when not negative
};

// A node on the way down a path. Never assigned (a YAML::Node's assignment writes through
// to the tree), only constructed.
struct Step
{
    YAML::Node node;
    YAML::Node key; // its key, when its parent is a mapping
    bool hasKey = false;
    bool inFlow = false;  // inside a [ ] or { } collection
    qsizetype after = -1; // yaml-cpp's position that its own must exceed (else an alias)
};

// Every value of a tree by its path, to compare two trees: "p=text" for a plain scalar,
// "q=text" for a quoted one, "~" for nothing (null, [], {}).
using Leaves = QList<QPair<QString, QString>>;

// The segments of a path, or nothing when it is not one.
[[nodiscard]] std::optional<QList<Segment>> parsePath(QStringView path);
// The path the first count segments name, written the canonical way.
[[nodiscard]] QString pathText(const QList<Segment> &segments, qsizetype count);
// The nodes along the path that exist, the root first: one more than the segments
// when the whole path exists.
[[nodiscard]] std::vector<Step> walk(const YAML::Node &root, const QList<Segment> &segments);
// Appends the node's values; false when the tree is too large to list (aliases).
[[nodiscard]] bool flatten(const YAML::Node &node, const QString &path, Leaves &out, int &budget);
// Whether a listed value's path is the path or lies below it.
[[nodiscard]] bool isUnder(const QString &leaf, const QString &path);

} // namespace Conductor::YamlPath
