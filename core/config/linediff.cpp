// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <QHash>

#include <algorithm>
#include <optional>
#include <vector>

namespace Conductor {

namespace {

// Myers' greedy forward search over a and b (line ids), then a walk back through the
// frontiers it kept. Returns the script as kinds, or nothing past maxEdits differences.
std::optional<std::vector<DiffLine::Kind>> shortestScript(const std::vector<int> &a,
                                                          const std::vector<int> &b, int maxEdits)
{
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());
    const int limit = std::min(n + m, maxEdits);
    std::vector<int> v(static_cast<std::size_t>(2 * limit + 3), 0);
    const int offset = limit + 1;
    std::vector<std::vector<int>> trace; // trace[d][k + d]: the furthest x on diagonal k
    bool reached = false;
    for (int d = 0; d <= limit && !reached; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset]))
                        ? v[k + 1 + offset]
                        : v[k - 1 + offset] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[k + offset] = x;
            if (x >= n && y >= m) {
                reached = true;
                break;
            }
        }
        trace.emplace_back(v.begin() + offset - d, v.begin() + offset + d + 1);
    }
    if (!reached) {
        return std::nullopt;
    }
    std::vector<DiffLine::Kind> script;
    int x = n;
    int y = m;
    for (int d = static_cast<int>(trace.size()) - 1; d > 0; --d) {
        const std::vector<int> &previous = trace[static_cast<std::size_t>(d - 1)];
        const auto at = [&](int k) { return previous[static_cast<std::size_t>(k + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
            script.push_back(DiffLine::Kind::Same);
            --x;
            --y;
        }
        script.push_back(down ? DiffLine::Kind::Added : DiffLine::Kind::Removed);
        x = previousX;
        y = previousY;
    }
    for (; x > 0 && y > 0; --x, --y) {
        script.push_back(DiffLine::Kind::Same);
    }
    std::reverse(script.begin(), script.end());
    return script;
}

} // namespace

QStringList LineDiff::lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    if (!result.isEmpty() && result.constLast().isEmpty()) {
        result.removeLast();
    }
    for (QString &line : result) {
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
    }
    return result;
}

QList<DiffLine> LineDiff::compare(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    qsizetype head = 0;
    while (head < n && head < m && before.at(head) == after.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < n - head && tail < m - head &&
           before.at(n - 1 - tail) == after.at(m - 1 - tail)) {
        ++tail;
    }
    // Lines as numbers, so that the search compares integers.
    QHash<QString, int> ids;
    const auto idsOf = [&](const QStringList &list, qsizetype count) {
        std::vector<int> out;
        out.reserve(static_cast<std::size_t>(count));
        for (qsizetype i = head; i < head + count; ++i) {
            auto it = ids.constFind(list.at(i));
            if (it == ids.cend()) {
                it = ids.insert(list.at(i), static_cast<int>(ids.size()));
            }
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> a = idsOf(before, n - head - tail);
    const std::vector<int> b = idsOf(after, m - head - tail);
    std::optional<std::vector<DiffLine::Kind>> script = shortestScript(a, b, kMaxEdits);
    if (!script) {
        script.emplace(a.size(), DiffLine::Kind::Removed);
        script->insert(script->end(), b.size(), DiffLine::Kind::Added);
    }

    QList<DiffLine> diff;
    diff.reserve(n + m - head - tail);
    int oldLine = 0;
    int newLine = 0;
    const auto same = [&]() {
        diff.append(DiffLine{DiffLine::Kind::Same, before.at(oldLine), oldLine + 1, newLine + 1});
        ++oldLine;
        ++newLine;
    };
    while (oldLine < head) {
        same();
    }
    for (const DiffLine::Kind kind : *script) {
        if (kind == DiffLine::Kind::Same) {
            same();
        } else if (kind == DiffLine::Kind::Removed) {
            diff.append(DiffLine{kind, before.at(oldLine), oldLine + 1, 0});
            ++oldLine;
        } else {
            diff.append(DiffLine{kind, after.at(newLine), 0, newLine + 1});
            ++newLine;
        }
    }
    while (oldLine < n) {
        same();
    }
    return diff;
}

int LineDiff::changedLines(const QList<DiffLine> &diff)
{
    int total = 0;
    int removed = 0;
    int added = 0;
    for (const DiffLine &line : diff) {
        if (line.kind == DiffLine::Kind::Same) {
            total += std::max(removed, added);
            removed = added = 0;
        } else {
            (line.kind == DiffLine::Kind::Removed ? removed : added) += 1;
        }
    }
    return total + std::max(removed, added);
}

int LineDiff::count(const QList<DiffLine> &diff, DiffLine::Kind kind)
{
    return static_cast<int>(std::count_if(diff.cbegin(), diff.cend(),
                                          [&](const DiffLine &l) { return l.kind == kind; }));
}

QString LineDiff::unified(const QList<DiffLine> &diff, const QString &beforeName,
                          const QString &afterName, int context, qsizetype maxChars)
{
    QList<qsizetype> changes;
    for (qsizetype i = 0; i < diff.size(); ++i) {
        if (diff.at(i).kind != DiffLine::Kind::Same) {
            changes.append(i);
        }
    }
    if (changes.isEmpty()) {
        return {};
    }
    QStringList out{QStringLiteral("--- ") + beforeName, QStringLiteral("+++ ") + afterName};
    qsizetype c = 0;
    while (c < changes.size()) {
        // A hunk: changes closer than two contexts apart share one.
        const qsizetype first = std::max<qsizetype>(0, changes.at(c) - context);
        qsizetype lastChange = changes.at(c);
        while (c + 1 < changes.size() && changes.at(c + 1) - lastChange <= 2 * context) {
            lastChange = changes.at(++c);
        }
        ++c;
        const qsizetype last = std::min<qsizetype>(diff.size() - 1, lastChange + context);
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        QStringList body;
        for (qsizetype i = first; i <= last; ++i) {
            const DiffLine &line = diff.at(i);
            if (line.kind != DiffLine::Kind::Added) {
                oldStart = oldStart ? oldStart : line.oldLine;
                ++oldCount;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                newStart = newStart ? newStart : line.newLine;
                ++newCount;
            }
            const QChar sign = line.kind == DiffLine::Kind::Same      ? u' '
                               : line.kind == DiffLine::Kind::Removed ? u'-'
                                                                      : u'+';
            body.append(sign + line.text);
        }
        // An empty side starts after the line before it, as diff -u writes it.
        const auto lineBefore = [&](bool old) {
            for (qsizetype i = first - 1; i >= 0; --i) {
                const int number = old ? diff.at(i).oldLine : diff.at(i).newLine;
                if (number) {
                    return number;
                }
            }
            return 0;
        };
        oldStart = oldCount ? oldStart : lineBefore(true);
        newStart = newCount ? newStart : lineBefore(false);
        out.append(QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                       .arg(oldStart)
                       .arg(oldCount)
                       .arg(newStart)
                       .arg(newCount));
        out.append(body);
    }
    QString text = out.join(u'\n') + u'\n';
    if (maxChars >= 0 && text.size() > maxChars) {
        const QString note =
            tr("(the diff is cut here: it is longer than %1 characters)").arg(maxChars);
        const qsizetype room = std::max<qsizetype>(0, maxChars - note.size() - 1);
        const qsizetype cut = room > 0 ? text.lastIndexOf(u'\n', room - 1) + 1 : 0;
        text = text.left(cut) + note + u'\n';
    }
    return text;
}

} // namespace Conductor
