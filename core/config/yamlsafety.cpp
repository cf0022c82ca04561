// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsafety_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <string>
#include <vector>

namespace Conductor::YamlSafety {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::YamlLoader)
};

void report(Diagnostics &out, const QString &file, int line, int column, const QString &message)
{
    out.append(Diagnostic{file, line, column, message, Diagnostic::Severity::Error});
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Characters after which a token may start in a line of YAML.
bool startsToken(char previous)
{
    return isBlank(previous) || previous == '[' || previous == '{' || previous == ',' || previous == '\0';
}

} // namespace

std::optional<QByteArray> readFile(const QString &path, const QString &displayName, Diagnostics &out)
{
    QFile file(path);
    if (!file.exists()) {
        report(out, displayName, 1, 1, Text::tr("file not found"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(out, displayName, 1, 1, Text::tr("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // Read one byte past the limit rather than trusting size(), which a pipe or a
    // special file does not report.
    QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        report(out, displayName, 1, 1,
               Text::tr("the file is larger than %1 KiB; configuration files are small, so this is "
                        "not one")
                   .arg(kMaxFileBytes / 1024));
        return std::nullopt;
    }
    return bytes;
}

ScanResult prescan(const QByteArray &utf8)
{
    ScanResult result;
    std::vector<int> indents; // the block indentation levels that enclose the current line
    int flowDepth = 0;
    char quote = 0;            // inside a quoted scalar that may span lines
    int blockScalarParent = -1; // inside a literal or folded scalar deeper than this indent

    const auto crossed = [&result](int line, int column) {
        if (result.line == 0) {
            result.line = line;
            result.column = column;
        }
    };

    int lineNumber = 0;
    qsizetype lineStart = 0;
    while (lineStart < utf8.size()) {
        ++lineNumber;
        qsizetype lineEnd = utf8.indexOf('\n', lineStart);
        if (lineEnd < 0) {
            lineEnd = utf8.size();
        }
        const char *line = utf8.constData() + lineStart;
        const int length = static_cast<int>(lineEnd - lineStart);
        lineStart = lineEnd + 1;

        int indent = 0;
        while (indent < length && line[indent] == ' ') {
            ++indent;
        }
        const bool blank = indent == length || line[indent] == '\r' || line[indent] == '#';

        if (blockScalarParent >= 0) {
            if (blank || indent > blockScalarParent) {
                continue;
            }
            blockScalarParent = -1;
        }
        if (quote == 0 && flowDepth == 0 && !blank) {
            while (!indents.empty() && indents.back() > indent) {
                indents.pop_back();
            }
            if (indents.empty() || indents.back() < indent) {
                indents.push_back(indent);
            }
        }

        int column = 1; // in characters, for the report
        int lineDepth = static_cast<int>(indents.size());
        char previous = '\0';
        for (int i = 0; i < length; ++i) {
            const char c = line[i];
            const bool leadByte = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
            if (i > 0 && leadByte) {
                ++column;
            }
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    ++i; // the escaped character cannot end the scalar
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < length && line[i + 1] == '\'') {
                        ++i; // '' is an escaped quote
                    } else {
                        quote = 0;
                    }
                }
                previous = c;
                continue;
            }
            if (c == '#' && (previous == '\0' || isBlank(previous))) {
                break; // the rest is a comment
            }
            const bool tokenStart = startsToken(previous);
            if ((c == '"' || c == '\'') && (tokenStart || previous == ':')) {
                quote = c;
            } else if ((c == '[' || c == '{') && (tokenStart || flowDepth > 0)) {
                ++flowDepth;
            } else if ((c == ']' || c == '}') && flowDepth > 0) {
                --flowDepth;
            } else if (c == '*' && tokenStart) {
                if (++result.aliases > kMaxAliases && !result.aliasesExceeded) {
                    result.aliasesExceeded = true;
                    crossed(lineNumber, column);
                }
            } else if ((c == '-' || c == '?' || c == ':') && tokenStart && flowDepth == 0
                       && (i + 1 == length || isBlank(line[i + 1]) || line[i + 1] == '\r')) {
                ++lineDepth; // a block entry, explicit key or value nests one level
            } else if ((c == '|' || c == '>') && tokenStart && flowDepth == 0) {
                int j = i + 1;
                while (j < length && (line[j] == '-' || line[j] == '+' || (line[j] >= '1' && line[j] <= '9'))) {
                    ++j;
                }
                while (j < length && isBlank(line[j])) {
                    ++j;
                }
                if (j == length || line[j] == '#' || line[j] == '\r') {
                    blockScalarParent = indent;
                    break;
                }
            }
            const int depth = lineDepth + flowDepth;
            if (depth > result.maxDepth) {
                result.maxDepth = depth;
                if (depth > kMaxDepth && !result.depthExceeded) {
                    result.depthExceeded = true;
                    crossed(lineNumber, column);
                }
            }
            previous = c;
        }
        if (lineDepth + flowDepth > result.maxDepth) {
            result.maxDepth = lineDepth + flowDepth;
            if (result.maxDepth > kMaxDepth && !result.depthExceeded) {
                result.depthExceeded = true;
                crossed(lineNumber, 1);
            }
        }
    }
    return result;
}

std::optional<YAML::Node> parse(const QByteArray &bytes, const QString &displayName, Diagnostics &out)
{
    if (bytes.size() > kMaxFileBytes) {
        report(out, displayName, 1, 1,
               Text::tr("the file is larger than %1 KiB; configuration files are small, so this is "
                        "not one")
                   .arg(kMaxFileBytes / 1024));
        return std::nullopt;
    }
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    if (decoder.hasError() || text.contains('\0')) {
        report(out, displayName, 1, 1, Text::tr("not a text file: YAML files must be UTF-8 text"));
        return std::nullopt;
    }
    const ScanResult scan = prescan(text);
    if (scan.depthExceeded) {
        report(out, displayName, scan.line, scan.column,
               Text::tr("nesting is deeper than %1 levels").arg(kMaxDepth));
        return std::nullopt;
    }
    if (scan.aliasesExceeded) {
        report(out, displayName, scan.line, scan.column,
               Text::tr("more than %1 aliases (*name); a configuration needs far fewer").arg(kMaxAliases));
        return std::nullopt;
    }

    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.constData(), static_cast<size_t>(text.size())));
    } catch (const YAML::Exception &e) {
        const bool positioned = !e.mark.is_null();
        report(out, displayName, positioned ? e.mark.line + 1 : 1, positioned ? e.mark.column + 1 : 1,
               Text::tr("syntax error: %1").arg(QString::fromStdString(e.msg)));
        return std::nullopt;
    } catch (const std::exception &e) {
        report(out, displayName, 1, 1, Text::tr("cannot parse the file: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (!root.IsDefined() || root.IsNull()) {
        // Blank or comments only is an empty file; anything else (",", "~", "null") is a
        // document that holds no value.
        const QList<QStringView> lines = QStringView(decoded).split(u'\n');
        const bool blank = std::all_of(lines.cbegin(), lines.cend(), [](QStringView line) {
            const QStringView t = line.trimmed();
            return t.isEmpty() || t.startsWith(u'#') || t == u"---" || t == u"...";
        });
        report(out, displayName, 1, 1,
               blank ? Text::tr("the file is empty")
                     : Text::tr("expected a mapping of keys to values, but the document holds no value"));
        return std::nullopt;
    }
    return root;
}

} // namespace Conductor::YamlSafety
