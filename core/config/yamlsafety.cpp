// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsafety_p.h"

#include "yamlprescan_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <string>
#include <vector>

namespace Conductor::YamlSafety {

using namespace Detail;

namespace {

void report(Diagnostics &out, const QString &file, int line, int column, const QString &message)
{
    out.append(Diagnostic{file, line, column, message, Diagnostic::Severity::Error});
}

QString wideEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) ||
        bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        return QStringLiteral("UTF-32");
    }
    if (bytes.startsWith(QByteArrayView("\xFF\xFE", 2)) ||
        bytes.startsWith(QByteArrayView("\xFE\xFF", 2))) {
        return QStringLiteral("UTF-16");
    }
    return {};
}

// Walks the graph yaml-cpp built, without recursion. An alias is the very node it names,
// so `&a [*a]` is a cycle a walk never leaves and nine aliases of nine aliases multiply;
// count the values as a walk meets them and stop at a cycle or past kMaxNodes.
struct GraphProblem
{
    bool cycle = false;
    bool tooLarge = false;
    YAML::Mark mark;
};

GraphProblem checkGraph(const YAML::Node &root)
{
    struct Frame
    {
        YAML::Node node;
        YAML::const_iterator next;
        YAML::const_iterator end;
        std::optional<YAML::Node> value; // met after its key's own values
    };
    std::vector<Frame> path;
    int count = 1;
    GraphProblem problem;
    // Returns false when the walk must stop.
    const auto enter = [&](const YAML::Node &node) {
        if (++count > kMaxNodes) {
            problem.tooLarge = true;
            problem.mark = node.Mark();
            return false;
        }
        if ((!node.IsMap() && !node.IsSequence()) || node.size() == 0) {
            return true;
        }
        for (const Frame &frame : path) {
            if (frame.node.is(node)) {
                problem.cycle = true;
                problem.mark = node.Mark();
                return false;
            }
        }
        path.push_back(Frame{node, node.begin(), node.end(), std::nullopt});
        return true;
    };
    if (!enter(root)) {
        return problem;
    }
    --count; // the root was counted twice
    // The frames are the path from the root, so a node met again on it closes a cycle. A
    // key is walked before its value, which waits in the frame: the key is no ancestor of it.
    while (!path.empty()) {
        Frame &frame = path.back();
        // enter() may push a frame, which moves this one: finish with it first.
        if (frame.value) {
            const YAML::Node value = *frame.value;
            frame.value.reset();
            if (!enter(value)) {
                return problem;
            }
            continue;
        }
        if (frame.next == frame.end) {
            path.pop_back();
            continue;
        }
        const YAML::const_iterator entry = frame.next++;
        const YAML::Node child = frame.node.IsMap() ? entry->first : *entry;
        if (frame.node.IsMap()) {
            frame.value.emplace(entry->second);
        }
        if (!enter(child)) {
            return problem;
        }
    }
    return problem;
}

// yaml-cpp 0.7 quietly ends a quoted scalar that is never closed at the end of the file
// when a line break comes before the end. Such a scalar is the last value of the document:
// follow the last entries down from the root and look at the text where it starts.
std::optional<YAML::Mark> unclosedQuote(const YAML::Node &root, const QByteArray &text)
{
    YAML::Node node = root;
    for (int depth = 0;
         depth <= kMaxDepth && (node.IsMap() || node.IsSequence()) && node.size() > 0; ++depth) {
        YAML::Node last;
        for (auto it = node.begin(); it != node.end(); ++it) {
            last.reset(node.IsMap() ? it->second : *it); // reset() rebinds; = would write through
        }
        node.reset(last);
    }
    if (!node.IsScalar() || node.Tag() != "!" || node.Mark().is_null()) {
        return std::nullopt;
    }
    const qsizetype start = node.Mark().pos;
    if (start < 0 || start >= text.size() || (text[start] != '"' && text[start] != '\'')) {
        return std::nullopt;
    }
    const char quote = text[start];
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
            } else {
                return std::nullopt;
            }
        }
    }
    return node.Mark();
}

} // namespace

std::optional<QByteArray> readFile(const QString &path, const QString &displayName,
                                   Diagnostics &out)
{
    QFile file(path);
    if (!file.exists()) {
        report(out, displayName, 1, 1, Text::tr("file not found"));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(out, displayName, 1, 1,
               Text::tr("cannot read the file: %1").arg(file.errorString()));
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
    return scan(utf8).limits;
}

std::optional<YAML::Node> parse(const QByteArray &bytes, const QString &displayName,
                                Diagnostics &out)
{
    if (bytes.size() > kMaxFileBytes) {
        report(out, displayName, 1, 1,
               Text::tr("the file is larger than %1 KiB; configuration files are small, so this is "
                        "not one")
                   .arg(kMaxFileBytes / 1024));
        return std::nullopt;
    }
    if (const QString encoding = wideEncoding(bytes); !encoding.isEmpty()) {
        report(out, displayName, 1, 1,
               Text::tr("the file is %1 text; YAML files must be UTF-8, so save it as UTF-8")
                   .arg(encoding));
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
    const Scan scanned = scan(text);
    const ScanResult &limits = scanned.limits;
    if (limits.depthExceeded) {
        report(out, displayName, limits.line, limits.column,
               Text::tr("nesting is deeper than %1 levels").arg(kMaxDepth));
        return std::nullopt;
    }
    if (limits.aliasesExceeded) {
        report(out, displayName, limits.line, limits.column,
               Text::tr("more than %1 aliases (*name); a configuration needs far fewer")
                   .arg(kMaxAliases));
        return std::nullopt;
    }
    if (scanned.nodesExceeded.isSet()) {
        report(out, displayName, scanned.nodesExceeded.line, scanned.nodesExceeded.column,
               Text::tr("more than %1 values; a configuration needs far fewer").arg(kMaxNodes));
        return std::nullopt;
    }

    YAML::Node root;
    try {
        root = YAML::Load(std::string(text.constData(), static_cast<size_t>(text.size())));
    } catch (const YAML::DeepRecursion &) {
        // Only when the pre-scan misjudged the nesting; yaml-cpp's own guard has no useful mark.
        report(out, displayName, 1, 1, Text::tr("nesting is deeper than %1 levels").arg(kMaxDepth));
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        const auto [line, column] = Position::of(e.mark);
        // What ran to the end of the file without being closed.
        const bool atEnd = e.msg == YAML::ErrorMsg::EOF_IN_SCALAR ||
                           e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW ||
                           e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW;
        // A stray ',' or a tab before the error is what a person needs to hear about.
        if (scanned.trap.notAfter(line, column)) {
            report(out, displayName, scanned.trap.line, scanned.trap.column, scanned.trapMessage);
        } else if (scanned.tabIndent.notAfter(line, column)) {
            report(out, displayName, scanned.tabIndent.line, scanned.tabIndent.column,
                   Text::tr("a tab indents this line; YAML indents with spaces only"));
        } else if (atEnd && scanned.unclosedQuote.isSet()) {
            // yaml-cpp points at the end of the file; the opening is what needs fixing.
            report(out, displayName, scanned.unclosedQuote.line, scanned.unclosedQuote.column,
                   Text::tr("this quoted text is never closed"));
        } else if (atEnd && scanned.unclosedFlow.isSet()) {
            const char open = scanned.unclosedFlowChar;
            report(out, displayName, scanned.unclosedFlow.line, scanned.unclosedFlow.column,
                   Text::tr("this %1 is never closed; add the closing %2")
                       .arg(QString(QLatin1Char(open)),
                            QString(QLatin1Char(open == '[' ? ']' : '}'))));
        } else {
            report(out, displayName, line, column,
                   Text::tr("syntax error: %1").arg(QString::fromStdString(e.msg)));
        }
        return std::nullopt;
    } catch (const std::exception &e) {
        report(out, displayName, 1, 1,
               Text::tr("cannot parse the file: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    if (scanned.trap.isSet()) {
        // yaml-cpp stopped reading there without a word; what follows would be lost.
        report(out, displayName, scanned.trap.line, scanned.trap.column, scanned.trapMessage);
        return std::nullopt;
    }
    if (!root.IsDefined() || root.IsNull()) {
        // Blank or comments only is an empty file; anything else ("~", "null") is a
        // document that holds no value.
        const QList<QStringView> lines = QStringView(decoded).split(u'\n');
        const bool blank = std::all_of(lines.cbegin(), lines.cend(), [](QStringView line) {
            const QStringView t = line.trimmed();
            return t.isEmpty() || t.startsWith(u'#') || t == u"---" || t == u"...";
        });
        report(out, displayName, 1, 1,
               blank
                   ? Text::tr("the file is empty")
                   : Text::tr(
                         "expected a mapping of keys to values, but the document holds no value"));
        return std::nullopt;
    }
    const GraphProblem graph = checkGraph(root);
    if (graph.cycle) {
        const Position at = Position::of(graph.mark);
        report(out, displayName, at.line, at.column,
               Text::tr("an alias inside this value refers back to it, so it would never end"));
        return std::nullopt;
    }
    if (graph.tooLarge) {
        const Position at = scanned.firstAlias.isSet() && limits.aliases > 0
                                ? scanned.firstAlias
                                : Position::of(graph.mark);
        report(
            out, displayName, at.line, at.column,
            limits.aliases > 0
                ? Text::tr("the aliases (*name) expand the document to more than %1 values")
                      .arg(kMaxNodes)
                : Text::tr("more than %1 values; a configuration needs far fewer").arg(kMaxNodes));
        return std::nullopt;
    }
    if (const std::optional<YAML::Mark> open = unclosedQuote(root, text)) {
        const Position at = Position::of(*open);
        report(out, displayName, at.line, at.column, Text::tr("this quoted text is never closed"));
        return std::nullopt;
    }
    return root;
}

} // namespace Conductor::YamlSafety
