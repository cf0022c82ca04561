// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "yamlhighlighter.h"

#include "uistyle.h"

#include <QPalette>
#include <QRegularExpression>

namespace Conductor {

namespace {

// A block's state inside a block of text: this plus the indentation of the line that
// opened it (its lines are indented deeper).
constexpr int kBlockText = 1000;

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

int skipSpaces(const QString &text, int i)
{
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t')) {
        ++i;
    }
    return i;
}

// Whether a '#' at i starts a comment (at the start, or after a space).
bool commentAt(const QString &text, int i)
{
    return text.at(i) == u'#' && (i == 0 || text.at(i - 1) == u' ' || text.at(i - 1) == u'\t');
}

// The end of a quoted scalar that starts at i (past its closing quote, or the line's end).
int quotedEnd(const QString &text, int i)
{
    const QChar quote = text.at(i);
    for (int j = i + 1; j < text.size(); ++j) {
        if (quote == u'"' && text.at(j) == u'\\') {
            ++j;
        } else if (text.at(j) == quote) {
            if (quote == u'\'' && j + 1 < text.size() && text.at(j + 1) == u'\'') {
                ++j;
                continue;
            }
            return j + 1;
        }
    }
    return static_cast<int>(text.size());
}

// Where the colon of a key starting at i stands, or -1 when no key starts there.
int keyColon(const QString &text, int i)
{
    const int size = static_cast<int>(text.size());
    if (i >= size || isFlowIndicator(text.at(i))) {
        return -1;
    }
    int j = i;
    if (text.at(i) == u'"' || text.at(i) == u'\'') {
        j = skipSpaces(text, quotedEnd(text, i));
        return j < size && text.at(j) == u':' && (j + 1 == size || text.at(j + 1).isSpace()) ? j
                                                                                             : -1;
    }
    for (; j < size; ++j) {
        if (commentAt(text, j)) {
            return -1;
        }
        if (text.at(j) == u':' && (j + 1 == size || text.at(j + 1).isSpace())) {
            return j;
        }
    }
    return -1;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = UiStyle::isDark(palette);
    const auto set = [&](Role role, const char *light, const char *onDark, bool bold = false,
                         bool italic = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(dark ? onDark : light)));
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(italic);
        m_formats[static_cast<std::size_t>(role)] = f;
    };
    set(Role::Key, "#0b4f9c", "#8cb4ff");
    set(Role::Text, "#2a7a2a", "#a3d9a3");
    set(Role::Number, "#a85300", "#f5b26b");
    set(Role::Boolean, "#8e24aa", "#d7a0e6");
    set(Role::Comment, "#6b7280", "#9ca3af", false, true);
    set(Role::Anchor, "#00796b", "#7fd6df");
    set(Role::Tag, "#ad1457", "#f48fb1");
    set(Role::Marker, "#0b4f9c", "#8cb4ff", true);
    set(Role::Punctuation, "#57606a", "#b0b7c0");
    rehighlight();
}

QTextCharFormat YamlHighlighter::format(Role role) const
{
    return m_formats[static_cast<std::size_t>(role)];
}

void YamlHighlighter::apply(int start, int length, Role role)
{
    if (length > 0) {
        setFormat(start, length, m_formats[static_cast<std::size_t>(role)]);
    }
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(-1);
    const int size = static_cast<int>(text.size());
    const int indent = skipSpaces(text, 0);
    const int previous = previousBlockState();
    if (previous >= kBlockText) {
        if (indent == size || indent > previous - kBlockText) {
            apply(0, size, Role::Text);
            setCurrentBlockState(previous);
            return;
        }
    }
    int i = indent;
    if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("..."))) {
        if (size == 3 || text.at(3).isSpace()) {
            apply(0, 3, Role::Marker);
            i = skipSpaces(text, 3);
        }
    }
    while (i < size && text.at(i) == u'-' && (i + 1 == size || text.at(i + 1).isSpace())) {
        apply(i, 1, Role::Punctuation);
        i = skipSpaces(text, i + 1);
    }
    if (i >= size) {
        return;
    }
    const int colon = keyColon(text, i);
    if (colon >= 0) {
        apply(i, colon - i, Role::Key);
        apply(colon, 1, Role::Punctuation);
        i = skipSpaces(text, colon + 1);
    }
    value(text, i, indent);
}

int YamlHighlighter::comment(const QString &text, int from)
{
    const int i = skipSpaces(text, from);
    if (i < text.size() && commentAt(text, i)) {
        apply(i, static_cast<int>(text.size()) - i, Role::Comment);
    }
    return static_cast<int>(text.size());
}

int YamlHighlighter::value(const QString &text, int from, int indent)
{
    const int size = static_cast<int>(text.size());
    int i = from;
    while (i < size) {
        const QChar c = text.at(i);
        if (commentAt(text, i)) {
            return comment(text, i);
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int j = i + 1;
            while (j < size && !text.at(j).isSpace() && !isFlowIndicator(text.at(j))) {
                ++j;
            }
            apply(i, j - i, c == u'!' ? Role::Tag : Role::Anchor);
            i = skipSpaces(text, j);
            continue;
        }
        if (c == u'|' || c == u'>') {
            int j = i + 1;
            while (j < size && (text.at(j) == u'+' || text.at(j) == u'-' || text.at(j).isDigit())) {
                ++j;
            }
            apply(i, j - i, Role::Punctuation);
            setCurrentBlockState(kBlockText + indent);
            return comment(text, j);
        }
        if (c == u'"' || c == u'\'') {
            const int j = quotedEnd(text, i);
            apply(i, j - i, Role::Text);
            return comment(text, j);
        }
        if (c == u'[' || c == u'{') {
            return comment(text, flow(text, i));
        }
        int end = i;
        while (end < size && !commentAt(text, end)) {
            ++end;
        }
        int trimmed = end;
        while (trimmed > i && text.at(trimmed - 1).isSpace()) {
            --trimmed;
        }
        scalar(text, i, trimmed);
        return comment(text, end);
    }
    return size;
}

int YamlHighlighter::flow(const QString &text, int from)
{
    const int size = static_cast<int>(text.size());
    int depth = 0;
    int i = from;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'[' || c == u'{' || c == u']' || c == u'}' || c == u',') {
            apply(i, 1, Role::Punctuation);
            depth += c == u'[' || c == u'{' ? 1 : c == u',' ? 0 : -1;
            ++i;
            if (depth == 0) {
                return i;
            }
        } else if (c.isSpace()) {
            ++i;
        } else if (commentAt(text, i)) {
            return i;
        } else if (c == u'"' || c == u'\'') {
            const int j = quotedEnd(text, i);
            apply(i, j - i, Role::Text);
            i = j;
        } else {
            int j = i;
            while (j < size && !isFlowIndicator(text.at(j)) &&
                   !(text.at(j) == u':' && (j + 1 == size || text.at(j + 1).isSpace())) &&
                   !commentAt(text, j)) {
                ++j;
            }
            int trimmed = j;
            while (trimmed > i && text.at(trimmed - 1).isSpace()) {
                --trimmed;
            }
            if (j < size && text.at(j) == u':') {
                apply(i, trimmed - i, Role::Key);
                apply(j, 1, Role::Punctuation);
                ++j;
            } else if (c == u'&' || c == u'*') {
                apply(i, trimmed - i, Role::Anchor);
            } else {
                scalar(text, i, trimmed);
            }
            i = j;
        }
    }
    return size;
}

void YamlHighlighter::scalar(const QString &text, int start, int end)
{
    static const QRegularExpression number(QStringLiteral(
        "^([-+]?([0-9][0-9_]*(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|"
        "[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)|[0-9]+(ms|s|m|h|d))$"));
    static const QStringList words{
        QStringLiteral("true"),  QStringLiteral("True"),  QStringLiteral("TRUE"),
        QStringLiteral("false"), QStringLiteral("False"), QStringLiteral("FALSE"),
        QStringLiteral("yes"),   QStringLiteral("Yes"),   QStringLiteral("no"),
        QStringLiteral("No"),    QStringLiteral("on"),    QStringLiteral("off"),
        QStringLiteral("null"),  QStringLiteral("Null"),  QStringLiteral("NULL"),
        QStringLiteral("~")};
    const QString word = text.mid(start, end - start);
    const Role role = number.match(word).hasMatch() ? Role::Number
                      : words.contains(word)        ? Role::Boolean
                                                    : Role::Text;
    apply(start, end - start, role);
}

} // namespace Conductor
