// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlpath_p.h"

#include <algorithm>

namespace Conductor::YamlPath {

std::optional<QList<Segment>> parsePath(QStringView path)
{
    if (path.isEmpty()) {
        return std::nullopt;
    }
    QList<Segment> segments;
    const QList<QStringView> parts = path.split(u'.');
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const QStringView part = parts.at(p);
        const qsizetype bracket = part.indexOf(u'[');
        const QStringView name = bracket < 0 ? part : part.left(bracket);
        if (name.isEmpty() && (p > 0 || bracket < 0)) {
            return std::nullopt;
        }
        if (!name.isEmpty()) {
            segments.append(Segment{name.toString(), -1});
        }
        QStringView rest = bracket < 0 ? QStringView() : part.mid(bracket);
        while (!rest.isEmpty()) {
            const qsizetype close = rest.indexOf(u']');
            bool ok = false;
            const int index = close > 1 ? rest.mid(1, close - 1).toInt(&ok) : -1;
            if (!rest.startsWith(u'[') || !ok || index < 0) {
                return std::nullopt;
            }
            segments.append(Segment{QString(), index});
            rest = rest.mid(close + 1);
        }
    }
    return segments;
}

QString pathText(const QList<Segment> &segments, qsizetype count)
{
    QString text;
    for (qsizetype i = 0; i < count; ++i) {
        const Segment &s = segments.at(i);
        if (s.index >= 0) {
            text += u'[' + QString::number(s.index) + u']';
        } else {
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + s.key;
        }
    }
    return text;
}

std::vector<Step> walk(const YAML::Node &root, const QList<Segment> &segments)
{
    std::vector<Step> steps;
    steps.push_back(Step{root, YAML::Node(), false, false, -1});
    for (const Segment &s : segments) {
        const Step &last = steps.back();
        const bool flow = last.inFlow || last.node.Style() == YAML::EmitterStyle::Flow;
        const YAML::Node &parent = last.node;
        if (s.index >= 0) {
            if (!parent.IsSequence() || static_cast<std::size_t>(s.index) >= parent.size()) {
                break;
            }
            qsizetype after = static_cast<qsizetype>(parent.Mark().pos);
            if (s.index > 0) {
                after = std::max<qsizetype>(after, parent[s.index - 1].Mark().pos);
            }
            steps.push_back(Step{parent[s.index], YAML::Node(), false, flow, after});
            continue;
        }
        if (!parent.IsMap()) {
            break;
        }
        bool found = false;
        for (auto it = parent.begin(); it != parent.end(); ++it) {
            if (it->first.IsScalar() && QString::fromStdString(it->first.Scalar()) == s.key) {
                steps.push_back(Step{it->second, it->first, true, flow,
                                     static_cast<qsizetype>(it->first.Mark().pos)});
                found = true;
                break;
            }
        }
        if (!found) {
            break;
        }
    }
    return steps;
}

bool flatten(const YAML::Node &node, const QString &path, Leaves &out, int &budget)
{
    if (--budget < 0) {
        return false;
    }
    if ((node.IsMap() || node.IsSequence()) && node.size() == 0) {
        out.append({path, QStringLiteral("~")});
        return true;
    }
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar())
                                                     : QStringLiteral("?");
            if (!flatten(it->second, path.isEmpty() ? key : path + u'.' + key, out, budget)) {
                return false;
            }
        }
        return true;
    }
    if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (!flatten(node[i], path + u'[' + QString::number(i) + u']', out, budget)) {
                return false;
            }
        }
        return true;
    }
    if (node.IsScalar()) {
        out.append({path, (node.Tag() == "?" ? QStringLiteral("p=") : QStringLiteral("q=")) +
                              QString::fromStdString(node.Scalar())});
        return true;
    }
    out.append({path, QStringLiteral("~")});
    return true;
}

bool isUnder(const QString &leaf, const QString &path)
{
    return path.isEmpty() || leaf == path ||
           (leaf.startsWith(path) &&
            (leaf.at(path.size()) == u'.' || leaf.at(path.size()) == u'['));
}

} // namespace Conductor::YamlPath
