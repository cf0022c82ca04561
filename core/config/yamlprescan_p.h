// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pre-scan behind YamlSafety::parse: one pass over the bytes, before yaml-cpp sees
// them, that measures what yaml-cpp 0.7 cannot be trusted with (nesting, aliases, the
// number of values) and finds where it would silently drop the rest of a file.
// Internal to core/config.

#include "yamlsafety_p.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Conductor::YamlSafety::Detail {

// Values written in the file or reached through aliases. The shipped pipeline has about
// 400. The cap keeps yaml-cpp's tree building and the loaders' walks, some of them
// quadratic in the number of gates or stages, well under a second even in a debug build
// with sanitizers: there a 1 MiB list of 260,000 items takes yaml-cpp alone a second, and
// 1,600 gates that each name an unknown one take the configuration loader 0.7 s.
inline constexpr int kMaxNodes = 3'000;

// The translation context of the loader's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::YamlLoader)
};

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// 1-based, in characters: the column of byte `index` in a line of UTF-8.
[[nodiscard]] int columnOf(const char *line, int index);

struct Position
{
    int line = 0; // 0: nowhere
    int column = 0;

    // 1-based; a mark without a position (which yaml-cpp gives some nulls) is 1:1.
    [[nodiscard]] static Position of(const YAML::Mark &mark)
    {
        if (mark.is_null() || mark.line < 0 || mark.column < 0) {
            return {1, 1};
        }
        return {mark.line + 1, mark.column + 1};
    }
    [[nodiscard]] bool isSet() const { return line > 0; }
    [[nodiscard]] bool notAfter(int otherLine, int otherColumn) const
    {
        return isSet() && (line < otherLine || (line == otherLine && column <= otherColumn));
    }
};

// What the pre-scan finds beyond the limits it reports to tests: the places where
// yaml-cpp 0.7 would silently drop the rest of the file or explain itself poorly.
struct Scan
{
    ScanResult limits;
    int nodes = 0;
    Position nodesExceeded;
    Position firstAlias;
    Position trap; // a ',' outside brackets or a second document: yaml-cpp stops there silently
    QString trapMessage;
    Position tabIndent;     // the first tab that indents a line of block structure
    Position unclosedQuote; // a quote still open at the end of the file
    Position unclosedFlow;  // the last bracket still open at the end of the file
    char unclosedFlowChar = 0;
};

[[nodiscard]] Scan scan(const QByteArray &utf8);

} // namespace Conductor::YamlSafety::Detail
