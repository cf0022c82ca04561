// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsource_p.h"

#include <algorithm>

namespace Conductor {

qsizetype YamlSource::lineStart(qsizetype p) const
{
    return p <= 0 ? 0 : doc.lastIndexOf('\n', p - 1) + 1;
}

qsizetype YamlSource::nextLine(qsizetype p) const
{
    const qsizetype nl = doc.indexOf('\n', p);
    return nl < 0 ? doc.size() : nl + 1;
}

qsizetype YamlSource::contentEnd(qsizetype p) const
{
    qsizetype e = doc.indexOf('\n', p);
    e = e < 0 ? doc.size() : e;
    return e > p && doc.at(e - 1) == '\r' ? e - 1 : e;
}

int YamlSource::indent(qsizetype start) const
{
    int n = 0;
    while (at(start + n) == ' ') {
        ++n;
    }
    return n;
}

bool YamlSource::blankOrComment(qsizetype start) const
{
    const char c = at(start + indent(start));
    return c == '\n' || c == '\r' || c == '#';
}

bool YamlSource::isSpace(qsizetype i) const
{
    const char c = at(i);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype YamlSource::skipProperties(qsizetype p) const
{
    while (at(p) == '&' || at(p) == '!') {
        while (!isSpace(p)) {
            ++p;
        }
        while (at(p) == ' ' || at(p) == '\t') {
            ++p;
        }
    }
    return p;
}

std::optional<qsizetype> YamlSource::scalarEnd(qsizetype p, bool flow) const
{
    const char c = at(p);
    if (c == '"' || c == '\'') {
        for (qsizetype i = p + 1; i < doc.size(); ++i) {
            if (c == '"' && doc.at(i) == '\\') {
                ++i;
            } else if (doc.at(i) == c) {
                if (c == '\'' && at(i + 1) == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return std::nullopt;
    }
    qsizetype i = p;
    while (i < doc.size() && doc.at(i) != '\n' && doc.at(i) != '\r') {
        const char ch = doc.at(i);
        if (ch == '#' && i > p && (doc.at(i - 1) == ' ' || doc.at(i - 1) == '\t')) {
            break;
        }
        if (flow && (ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}')) {
            break;
        }
        if (ch == ':' &&
            (isSpace(i + 1) || (flow && QByteArrayView(",[]{}").contains(at(i + 1))))) {
            break;
        }
        ++i;
    }
    while (i > p && (doc.at(i - 1) == ' ' || doc.at(i - 1) == '\t')) {
        --i;
    }
    return i;
}

qsizetype YamlSource::blockEnd(qsizetype p, int col, bool dashes) const
{
    qsizetype end = nextLine(p);
    for (qsizetype line = end; line < doc.size(); line = nextLine(line)) {
        if (blankOrComment(line)) {
            continue;
        }
        const int ind = indent(line);
        const bool dash = ind == col && at(line + ind) == '-' && isSpace(line + ind + 1);
        if (ind <= col && !(dashes && dash)) {
            break;
        }
        end = nextLine(line);
    }
    return end;
}

bool YamlSource::isNullWord(QStringView v)
{
    return v == u"~" || v == u"null" || v == u"Null" || v == u"NULL";
}

bool YamlSource::hasControl(const QString &v)
{
    return std::any_of(v.cbegin(), v.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c == u'\x7f'; });
}

bool YamlSource::plainReadsBack(const QString &v, bool flow)
{
    if (v.isEmpty() || isNullWord(v) || v.front().isSpace() || v.back().isSpace() ||
        hasControl(v)) {
        return false;
    }
    const QChar first = v.front();
    if (QStringView(u"[]{}#&*!|>'\"%@`,").contains(first)) {
        return false;
    }
    if (QStringView(u"-?:").contains(first) && (v.size() == 1 || v.at(1).isSpace())) {
        return false;
    }
    if (v.contains(QStringLiteral(": ")) || v.contains(QStringLiteral(" #")) || v.endsWith(u':')) {
        return false;
    }
    return !flow || !std::any_of(v.cbegin(), v.cend(),
                                 [](QChar c) { return QStringView(u",[]{}:").contains(c); });
}

QString YamlSource::doubleQuoted(const QString &v)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : v) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == u'\t') {
            out += QStringLiteral("\\t");
        } else if (c.unicode() < 0x20 || c == u'\x7f') {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString YamlSource::singleQuoted(const QString &v)
{
    return u'\'' + QString(v).replace(u'\'', QStringLiteral("''")) + u'\'';
}

} // namespace Conductor
