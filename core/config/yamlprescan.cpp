// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlprescan_p.h"

#include <vector>

namespace Conductor::YamlSafety::Detail {

int columnOf(const char *line, int index)
{
    int column = 1;
    for (int i = 0; i < index; ++i) {
        column += (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return column;
}

// A single pass over the lines that follows YAML's tokens closely enough to count nesting,
// aliases and values without building anything: quotes open only where a value may start
// (so "it's" or "x 'y" stay plain), block scalars are skipped, and a line indented more
// than the collection that holds a plain scalar continues that scalar. Nesting counts the
// collections that enclose a point: the block mappings and sequences, each opened at the
// column of its first key or "- " (several may open on one line: "- - key:"), and the
// brackets.
Scan scan(const QByteArray &utf8)
{
    Scan s;
    ScanResult &result = s.limits;

    struct Level
    {
        int indent;
        bool sequence;
    };
    std::vector<Level> levels; // the block collections around the current point
    std::vector<std::pair<Position, char>> brackets; // the open brackets, the first few
    enum class At
    {
        NodeStart,
        Plain,
        AfterToken
    };
    At at = At::NodeStart;
    int flowDepth = 0;
    char quote = 0;
    Position quoteStart;
    int blockScalarOwner = -1; // inside a literal or folded scalar indented more than this
    bool plainOpen = false;    // the last line ended inside a plain scalar...
    int plainOwner = -1;       // ...which lines indented more than this continue
    bool content = false;
    bool documentEnded = false;

    int lineNumber = 0;
    const char *line = nullptr;

    // The message is made only for the first trap: a file may hold a million.
    const auto setTrap = [&](int index, const auto &message) {
        if (!s.trap.isSet()) {
            s.trap = {lineNumber, columnOf(line, index)};
            s.trapMessage = message();
        }
    };
    const auto strayComma = [] {
        return Text::tr("unexpected ','; commas separate items only inside [ ] or { }");
    };
    const auto checkDepth = [&](int index) {
        const int depth = static_cast<int>(levels.size()) + flowDepth;
        if (depth > result.maxDepth) {
            result.maxDepth = depth;
            if (depth > kMaxDepth && !result.depthExceeded) {
                result.depthExceeded = true;
                if (result.line == 0) {
                    result.line = lineNumber;
                    result.column = columnOf(line, index);
                }
            }
        }
    };
    const auto countNode = [&](int index) {
        if (++s.nodes > kMaxNodes && !s.nodesExceeded.isSet()) {
            s.nodesExceeded = {lineNumber, columnOf(line, index)};
        }
    };
    // A "- " or a key at this column: an entry of the collection there, or a new one.
    const auto entry = [&](int index, bool sequence) {
        if (levels.empty() || levels.back().indent < index ||
            (levels.back().indent == index && sequence && !levels.back().sequence)) {
            // The last case is a sequence written at the indentation of its key.
            levels.push_back(Level{index, sequence});
            countNode(index);
            checkDepth(index);
        }
    };
    const auto openFlow = [&](int index) {
        ++flowDepth;
        if (brackets.size() <= static_cast<size_t>(kMaxDepth)) {
            brackets.emplace_back(Position{lineNumber, columnOf(line, index)}, line[index]);
        }
        countNode(index);
        checkDepth(index);
    };
    const auto closeFlow = [&]() {
        --flowDepth;
        if (brackets.size() > static_cast<size_t>(flowDepth)) {
            brackets.pop_back();
        }
    };

    const char *const end = utf8.constData() + utf8.size();
    const char *cursor = utf8.constData();
    // Past the node limit the file is refused anyway; stop rather than scan a megabyte.
    while (cursor < end && !s.nodesExceeded.isSet()) {
        ++lineNumber;
        // Lines end at "\n", "\r\n" or a lone "\r", as they do for yaml-cpp.
        line = cursor;
        const char *lineEnd = line;
        while (lineEnd < end && *lineEnd != '\n' && *lineEnd != '\r') {
            ++lineEnd;
        }
        const int length = static_cast<int>(lineEnd - line);
        cursor = lineEnd + 1;
        if (lineEnd < end && *lineEnd == '\r' && cursor < end && *cursor == '\n') {
            ++cursor;
        }

        int first = 0; // the first character that is not indentation
        while (first < length && isBlank(line[first])) {
            ++first;
        }
        const bool blank = first == length || line[first] == '#';

        if (blockScalarOwner >= 0) {
            if (first == length || first > blockScalarOwner) {
                continue;
            }
            blockScalarOwner = -1;
        }

        int start = first;
        if (quote == 0 && flowDepth == 0 && !blank) {
            if (first == 0 && length >= 3 &&
                (qstrncmp(line, "---", 3) == 0 || qstrncmp(line, "...", 3) == 0) &&
                (length == 3 || isBlank(line[3]))) {
                if (line[0] == '.') {
                    documentEnded = true;
                    continue;
                }
                if (content) {
                    setTrap(0, [] {
                        return Text::tr("a second YAML document starts here; a file holds one "
                                        "document");
                    });
                }
                start = 3;
                levels.clear();
                at = At::NodeStart;
                plainOpen = false;
            } else if (first == 0 && line[0] == '%' && !content) {
                continue; // a directive
            } else if (plainOpen && first > plainOwner) {
                at = At::Plain; // the plain scalar goes on
            } else {
                plainOpen = false;
                at = At::NodeStart;
                for (int i = 0; i < first; ++i) {
                    if (line[i] == '\t' && !s.tabIndent.isSet()) {
                        s.tabIndent = {lineNumber, columnOf(line, i)};
                    }
                }
                while (!levels.empty() && levels.back().indent > first) {
                    levels.pop_back();
                }
                // A sequence written at the indentation of its key ends at the next key.
                const bool dash =
                    line[first] == '-' && (first + 1 == length || isBlank(line[first + 1]));
                if (!dash && levels.size() >= 2 && levels.back().indent == first &&
                    levels.back().sequence && levels[levels.size() - 2].indent == first) {
                    levels.pop_back();
                }
            }
        }

        int tokenStart = start; // where the current scalar, alias or bracket began
        char previous = '\0';
        for (int i = start; i < length; ++i) {
            const char c = line[i];
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    ++i; // the escaped character cannot end the scalar
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < length && line[i + 1] == '\'') {
                        ++i; // '' is an escaped quote
                    } else {
                        quote = 0;
                        at = At::AfterToken;
                    }
                }
                previous = c;
                continue;
            }
            if (isBlank(c)) {
                previous = c;
                continue;
            }
            if (c == '#' && (i == start || isBlank(previous))) {
                if (at == At::Plain) {
                    at = At::AfterToken; // a comment ends a plain scalar
                }
                break;
            }
            const char next = i + 1 < length ? line[i + 1] : ' ';
            const bool separated = isBlank(next) || (flowDepth > 0 && isFlowIndicator(next));
            const int owner = levels.empty() ? -1 : levels.back().indent;

            if (flowDepth > 0 && isFlowIndicator(c)) {
                // Brackets and commas act inside a flow collection even after a plain scalar.
                if (c == ',') {
                    at = At::NodeStart;
                } else if (c == '[' || c == '{') {
                    openFlow(i);
                    at = At::NodeStart;
                } else {
                    closeFlow();
                    at = At::AfterToken;
                }
            } else if (at == At::NodeStart) {
                if (documentEnded) {
                    setTrap(i, [] {
                        return Text::tr("text after the end of the document ('...'); a file "
                                        "holds one document");
                    });
                }
                content = true;
                switch (c) {
                case '"':
                case '\'':
                    quote = c;
                    quoteStart = {lineNumber, columnOf(line, i)};
                    tokenStart = i;
                    countNode(i);
                    break;
                case '[':
                case '{':
                    tokenStart = i;
                    openFlow(i);
                    break;
                case ']':
                case '}':
                    at = At::AfterToken; // outside brackets: yaml-cpp reports it
                    break;
                case ',':
                    setTrap(i, strayComma);
                    at = At::AfterToken;
                    break;
                case '*':
                case '&':
                case '!':
                    if (c == '*') {
                        if (!s.firstAlias.isSet()) {
                            s.firstAlias = {lineNumber, columnOf(line, i)};
                        }
                        if (++result.aliases > kMaxAliases && !result.aliasesExceeded) {
                            result.aliasesExceeded = true;
                            if (result.line == 0) {
                                result.line = lineNumber;
                                result.column = columnOf(line, i);
                            }
                        }
                        tokenStart = i;
                        countNode(i);
                        at = At::AfterToken;
                    }
                    // An alias, anchor or tag runs to the next space (or bracket, in a flow);
                    // after an anchor or a tag the value is still to come.
                    while (i + 1 < length && !isBlank(line[i + 1]) &&
                           !(flowDepth > 0 && isFlowIndicator(line[i + 1]))) {
                        ++i;
                    }
                    break;
                case '-':
                case '?':
                case ':':
                    if (separated) {
                        if (flowDepth == 0) {
                            entry(i, c == '-');
                        }
                        break; // still at the start of a value
                    }
                    tokenStart = i;
                    plainOwner = owner;
                    countNode(i);
                    at = At::Plain;
                    break;
                case '|':
                case '>':
                    if (flowDepth == 0) {
                        int j = i + 1;
                        while (j < length && (line[j] == '-' || line[j] == '+' ||
                                              (line[j] >= '1' && line[j] <= '9'))) {
                            ++j;
                        }
                        while (j < length && isBlank(line[j])) {
                            ++j;
                        }
                        if (j == length || line[j] == '#') {
                            blockScalarOwner = owner;
                            countNode(i);
                            i = length; // the rest of the line is a comment
                            at = At::AfterToken;
                            break;
                        }
                    }
                    [[fallthrough]];
                default:
                    tokenStart = i;
                    plainOwner = owner;
                    countNode(i);
                    at = At::Plain;
                    break;
                }
            } else if (c == ':' && (separated || (flowDepth > 0 && at == At::AfterToken))) {
                // The end of a key: "key: value", or {"key":value} in a flow.
                if (flowDepth == 0) {
                    entry(tokenStart, false);
                }
                at = At::NodeStart;
            } else if (c == ',' && flowDepth == 0 && at == At::AfterToken) {
                setTrap(i, strayComma);
            } else {
                at = At::Plain;
            }
            previous = c;
        }
        if (quote == 0 && flowDepth == 0) {
            // A blank line keeps a plain scalar open; a comment or anything else ends it.
            plainOpen = at == At::Plain || (plainOpen && first == length);
            at = At::NodeStart;
        }
    }
    if (quote != 0) {
        s.unclosedQuote = quoteStart;
    }
    if (!brackets.empty() && static_cast<int>(brackets.size()) == flowDepth) {
        s.unclosedFlow = brackets.back().first;
        s.unclosedFlowChar = brackets.back().second;
    }
    return s;
}

// yaml-cpp 0.7 reads the byte order mark of UTF-16 and UTF-32 but not the text after it.

} // namespace Conductor::YamlSafety::Detail
