// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text of a YAML document as a person typed it, read the way YamlValueEdit needs:
// lines, indentation, where a scalar ends (its quotes, a comment after it, a flow
// collection's commas), where an indented block ends; and how a value is written so
// that it reads back as itself. yaml-cpp's marks say where a node starts; this says the
// rest. Internal to core/config.

#include <QByteArray>
#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

namespace Conductor {

class YamlSource
{
public:
    QByteArray doc;
    qsizetype bom = 0; // yaml-cpp's positions do not count a byte order mark
    QByteArray eol = "\n";

    // A byte of the text; past its end, a line break.
    [[nodiscard]] char at(qsizetype i) const { return i < doc.size() ? doc.at(i) : '\n'; }
    // Where a node starts, in bytes of the text.
    [[nodiscard]] qsizetype pos(const YAML::Node &n) const
    {
        return static_cast<qsizetype>(n.Mark().pos) + bom;
    }
    [[nodiscard]] qsizetype lineStart(qsizetype p) const;
    [[nodiscard]] qsizetype nextLine(qsizetype p) const;
    // Where the line's text ends, before its line break.
    [[nodiscard]] qsizetype contentEnd(qsizetype p) const;
    [[nodiscard]] int indent(qsizetype start) const;
    [[nodiscard]] int column(qsizetype p) const { return static_cast<int>(p - lineStart(p)); }
    [[nodiscard]] bool blankOrComment(qsizetype start) const;
    [[nodiscard]] bool isSpace(qsizetype i) const;
    // Skips an anchor (&a) and a tag (!t) before a value.
    [[nodiscard]] qsizetype skipProperties(qsizetype p) const;
    // The end of a single- or double-quoted or plain scalar starting at p.
    [[nodiscard]] std::optional<qsizetype> scalarEnd(qsizetype p, bool flow) const;
    // The end of the last line that belongs to a block starting on the line of p: lines
    // indented deeper than col, blank or comment lines between them, and (with dashes) the
    // "- " items a key's list may write at the key's own indentation.
    [[nodiscard]] qsizetype blockEnd(qsizetype p, int col, bool dashes) const;

    [[nodiscard]] static bool isNullWord(QStringView v);
    [[nodiscard]] static bool hasControl(const QString &v);
    // Whether the value, written plain, reads back as itself (in a flow collection if
    // flow).
    [[nodiscard]] static bool plainReadsBack(const QString &v, bool flow);
    [[nodiscard]] static QString doubleQuoted(const QString &v);
    [[nodiscard]] static QString singleQuoted(const QString &v);
};

} // namespace Conductor
