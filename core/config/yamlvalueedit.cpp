// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlvalueedit.h"

#include "yamlpath_p.h"
#include "yamlsafety_p.h"
#include "yamlsource_p.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <vector>

namespace Conductor {

using namespace YamlPath;

namespace {

QString markerOf(const QString &written)
{
    return written.startsWith(u'"') || written.startsWith(u'\'') ? QStringLiteral("q=")
                                                                 : QStringLiteral("p=");
}

// The node at a path of a parsed document, when the whole path is there.
std::optional<YAML::Node> nodeAt(const std::optional<YAML::Node> &root, QStringView path)
{
    const std::optional<QList<Segment>> segments = parsePath(path);
    if (!root || !segments) {
        return std::nullopt;
    }
    const std::vector<Step> steps = walk(*root, *segments);
    if (steps.size() != static_cast<std::size_t>(segments->size()) + 1) {
        return std::nullopt;
    }
    return steps.back().node;
}

} // namespace

struct YamlValueEdit::Private : YamlSource
{
    std::optional<YAML::Node> root;
    Diagnostics diagnostics;
    mutable std::optional<Leaves> leaves;

    // How a value stands in the text: its span and how it is written.
    struct Raw
    {
        qsizetype start = 0;
        qsizetype end = 0;
        char style = 'p'; // plain, 's'ingle or 'd'ouble quoted, 'n'othing written
    };

    // Where the colon after a key stands.
    [[nodiscard]] std::optional<qsizetype> colonAfter(const Step &step) const
    {
        const qsizetype keyPos = skipProperties(pos(step.key));
        const std::optional<qsizetype> keyEnd = scalarEnd(keyPos, step.inFlow);
        if (!keyEnd) {
            return std::nullopt;
        }
        qsizetype i = *keyEnd;
        while (at(i) == ' ' || at(i) == '\t') {
            ++i;
        }
        return at(i) == ':' ? std::optional<qsizetype>(i) : std::nullopt;
    }

    std::optional<Raw> raw(const Step &step, const QString &path, QString *error) const;
    [[nodiscard]] YamlTextEdit edit(qsizetype start, qsizetype end, const QString &text) const;
    [[nodiscard]] const Leaves &oldLeaves() const;
    [[nodiscard]] QString verify(const YamlTextEdit &e, Leaves expected, const QString &path) const;
    [[nodiscard]] QString noDocument() const;

    // The steps down to the value a path names, and its name for messages; nothing, with
    // *error set, when there is no document, the path is malformed or not all there.
    struct Resolved
    {
        QList<Segment> segments;
        QString name;
        std::vector<Step> steps;
    };
    [[nodiscard]] std::optional<Resolved> resolve(QStringView path, QString *error) const;
};

std::optional<YamlValueEdit::Private::Resolved>
YamlValueEdit::Private::resolve(QStringView path, QString *error) const
{
    const std::optional<QList<Segment>> segments = parsePath(path);
    if (!root) {
        *error = noDocument();
        return std::nullopt;
    }
    if (!segments) {
        *error = YamlValueEdit::tr("'%1' does not name a value").arg(path.toString());
        return std::nullopt;
    }
    Resolved r{*segments, pathText(*segments, segments->size()), walk(*root, *segments)};
    if (r.steps.size() != static_cast<std::size_t>(segments->size()) + 1) {
        *error = YamlValueEdit::tr("%1 is not in the document").arg(r.name);
        return std::nullopt;
    }
    return r;
}

std::optional<YamlValueEdit::Private::Raw>
YamlValueEdit::Private::raw(const Step &step, const QString &path, QString *error) const
{
    const YAML::Node &node = step.node;
    if (node.IsMap() || node.IsSequence()) {
        *error = node.IsMap() ? tr("%1 is a mapping, not a single value").arg(path)
                              : tr("%1 is a list, not a single value").arg(path);
        return std::nullopt;
    }
    if (node.IsNull()) {
        const std::optional<qsizetype> colon = step.hasKey ? colonAfter(step) : std::nullopt;
        if (!colon) {
            *error = tr("%1 has no value to change; edit it in the text").arg(path);
            return std::nullopt;
        }
        qsizetype p = *colon + 1;
        while (at(p) == ' ' || at(p) == '\t') {
            ++p;
        }
        const char c = at(p);
        if (c == '\n' || c == '\r' || c == '#' || (step.inFlow && (c == ',' || c == '}'))) {
            return Raw{*colon + 1, *colon + 1, 'n'};
        }
        const std::optional<qsizetype> end = scalarEnd(p, step.inFlow);
        if (end && YamlSource::isNullWord(QString::fromUtf8(doc.mid(p, *end - p)))) {
            return Raw{p, *end, 'p'};
        }
        *error =
            tr("%1 is written in a way this editor does not change; edit it in the text").arg(path);
        return std::nullopt;
    }
    if (static_cast<qsizetype>(node.Mark().pos) <= step.after) {
        *error = tr("%1 is an alias of another value; change the value it refers to").arg(path);
        return std::nullopt;
    }
    const qsizetype p = skipProperties(pos(node));
    const char c = at(p);
    if (c == '|' || c == '>') {
        *error = tr("%1 is a block of text (| or >); edit it in the text").arg(path);
        return std::nullopt;
    }
    const std::optional<qsizetype> end = scalarEnd(p, step.inFlow);
    if (!end) {
        *error = tr("%1: its closing quote is missing").arg(path);
        return std::nullopt;
    }
    const QByteArray written = doc.mid(p, *end - p);
    bool same = false;
    if (c == '"' || c == '\'') {
        try {
            const YAML::Node back = YAML::Load(written.toStdString());
            same = back.IsScalar() && back.Scalar() == node.Scalar();
        } catch (const YAML::Exception &) {
            same = false;
        }
    } else {
        same = written.toStdString() == node.Scalar();
    }
    if (!same) {
        *error = tr("%1 spans several lines; edit it in the text").arg(path);
        return std::nullopt;
    }
    return Raw{p, *end, c == '"' ? 'd' : c == '\'' ? 's' : 'p'};
}

YamlTextEdit YamlValueEdit::Private::edit(qsizetype start, qsizetype end, const QString &text) const
{
    YamlTextEdit e;
    e.byteStart = start;
    e.byteEnd = end;
    e.start = QString::fromUtf8(doc.constData(), start).size();
    e.end = e.start + QString::fromUtf8(doc.constData() + start, end - start).size();
    e.replacement = text;
    return e;
}

const Leaves &YamlValueEdit::Private::oldLeaves() const
{
    if (!leaves) {
        Leaves out;
        int budget = YamlSafety::kMaxNodeVisits;
        if (root && flatten(*root, QString(), out, budget)) {
            std::sort(out.begin(), out.end());
        } else {
            out.clear();
        }
        leaves = out;
    }
    return *leaves;
}

QString YamlValueEdit::Private::verify(const YamlTextEdit &e, Leaves expected,
                                       const QString &path) const
{
    const QByteArray changed = applied(doc, e);
    Diagnostics problems;
    const std::optional<YAML::Node> again = YamlSafety::parse(changed, QString(), problems);
    Leaves actual;
    int budget = YamlSafety::kMaxNodeVisits;
    if (again && flatten(*again, QString(), actual, budget)) {
        std::sort(actual.begin(), actual.end());
        std::sort(expected.begin(), expected.end());
        if (actual == expected) {
            return {};
        }
    }
    return tr("changing %1 here would change more than that value; edit it in the text").arg(path);
}

QString YamlValueEdit::Private::noDocument() const
{
    return diagnostics.isEmpty()
               ? tr("the document cannot be read")
               : tr("the document cannot be read: %1").arg(diagnostics.constFirst().message);
}

YamlValueEdit::YamlValueEdit(QByteArray document)
    : d(std::make_unique<Private>())
{
    d->doc = std::move(document);
    d->bom = d->doc.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    d->eol = d->doc.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    d->root = YamlSafety::parse(d->doc, QString(), d->diagnostics);
}

YamlValueEdit::~YamlValueEdit() = default;
YamlValueEdit::YamlValueEdit(YamlValueEdit &&) noexcept = default;
YamlValueEdit &YamlValueEdit::operator=(YamlValueEdit &&) noexcept = default;

const QByteArray &YamlValueEdit::document() const
{
    return d->doc;
}

bool YamlValueEdit::isParsed() const
{
    return d->root.has_value();
}

const Diagnostics &YamlValueEdit::diagnostics() const
{
    return d->diagnostics;
}

bool YamlValueEdit::contains(QStringView path) const
{
    return nodeAt(d->root, path).has_value();
}

YamlSpanResult YamlValueEdit::find(QStringView path) const
{
    YamlSpanResult result;
    const std::optional<Private::Resolved> found = d->resolve(path, &result.error);
    if (!found) {
        return result;
    }
    const QString &name = found->name;
    const std::optional<Private::Raw> raw = d->raw(found->steps.back(), name, &result.error);
    if (!raw) {
        return result;
    }
    YamlValueSpan span;
    const YamlTextEdit e = d->edit(raw->start, raw->end, QString());
    span.byteStart = e.byteStart;
    span.byteEnd = e.byteEnd;
    span.start = e.start;
    span.end = e.end;
    const qsizetype lineStart = d->lineStart(raw->start);
    span.line = static_cast<int>(d->doc.left(raw->start).count('\n')) + 1;
    span.column =
        static_cast<int>(QString::fromUtf8(d->doc.mid(lineStart, raw->start - lineStart)).size()) +
        1;
    span.written = QString::fromUtf8(d->doc.mid(raw->start, raw->end - raw->start));
    span.value = found->steps.back().node.IsScalar()
                     ? QString::fromStdString(found->steps.back().node.Scalar())
                     : QString();
    result.span = span;
    return result;
}

std::optional<QStringList> YamlValueEdit::items(QStringView path) const
{
    const std::optional<YAML::Node> found = nodeAt(d->root, path);
    if (!found) {
        return std::nullopt;
    }
    const YAML::Node &node = *found;
    if (node.IsNull()) {
        return QStringList();
    }
    if (!node.IsSequence()) {
        return std::nullopt;
    }
    QStringList list;
    for (std::size_t i = 0; i < node.size(); ++i) {
        list.append(node[i].IsScalar() ? QString::fromStdString(node[i].Scalar()) : QString());
    }
    return list;
}

std::optional<QStringList> YamlValueEdit::keys(QStringView path) const
{
    const std::optional<YAML::Node> found = nodeAt(d->root, path);
    if (!found) {
        return std::nullopt;
    }
    const YAML::Node &node = *found;
    if (!node.IsMap() && !node.IsNull()) {
        return std::nullopt;
    }
    QStringList list;
    for (auto it = node.begin(); node.IsMap() && it != node.end(); ++it) {
        list.append(it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString());
    }
    return list;
}

YamlEditResult YamlValueEdit::setValue(QStringView path, const QString &value, Quoting quoting,
                                       Missing missing) const
{
    YamlEditResult result;
    const std::optional<QList<Segment>> segments = parsePath(path);
    if (!d->root) {
        result.error = d->noDocument();
        return result;
    }
    if (!segments) {
        result.error = tr("'%1' does not name a value").arg(path.toString());
        return result;
    }
    const QString name = pathText(*segments, segments->size());
    const std::vector<Step> steps = walk(*d->root, *segments);
    const qsizetype found = static_cast<qsizetype>(steps.size()) - 1;
    const Step &last = steps.back();
    Leaves expected = d->oldLeaves();

    if (found == segments->size()) {
        const std::optional<Private::Raw> raw = d->raw(last, name, &result.error);
        if (!raw) {
            return result;
        }
        QString text = scalarText(value, last.inFlow);
        if (quoting == Quoting::Preserve && raw->style == 'd') {
            text = YamlSource::doubleQuoted(value);
        } else if (quoting == Quoting::Preserve && raw->style == 's' &&
                   !YamlSource::hasControl(value)) {
            text = YamlSource::singleQuoted(value);
        }
        const YamlTextEdit e =
            d->edit(raw->start, raw->end, raw->style == 'n' ? u' ' + text : text);
        expected.removeIf([&](const auto &leaf) { return leaf.first == name; });
        expected.append({name, markerOf(text) + value});
        result.error = d->verify(e, expected, name);
        if (result.error.isEmpty()) {
            result.edit = e;
        }
        return result;
    }

    const bool keysOnly = std::all_of(segments->cbegin() + found, segments->cend(),
                                      [](const Segment &s) { return s.index < 0; });
    if (missing == Missing::Report || !keysOnly) {
        result.error = tr("%1 is not in the document").arg(name);
        return result;
    }
    const QString parentName = pathText(*segments, found);
    const bool blockMap = last.node.IsMap() && last.node.size() > 0 &&
                          last.node.Style() != YAML::EmitterStyle::Flow && !last.inFlow;
    const bool emptyKey = last.node.IsNull() && last.hasKey && !last.inFlow;
    if (!blockMap && !emptyKey) {
        result.error = tr("%1 cannot be added: %2 is not a mapping written as indented lines")
                           .arg(name, parentName.isEmpty() ? tr("the document") : parentName);
        return result;
    }
    QString lines;
    const QString eol = QString::fromLatin1(d->eol);
    qsizetype insertAt = 0;
    int col = 0;
    int step = 2;
    if (blockMap) {
        const qsizetype firstKey = d->pos(last.node.begin()->first);
        col = d->column(firstKey);
        if (last.hasKey && col > d->column(d->pos(last.key))) {
            step = col - d->column(d->pos(last.key));
        }
        YAML::const_iterator lastEntry = last.node.begin();
        for (auto it = last.node.begin(); it != last.node.end(); ++it) {
            lastEntry = it;
        }
        insertAt = d->blockEnd(d->pos(lastEntry->first), col, true);
    } else {
        QString why;
        const std::optional<Private::Raw> raw = d->raw(last, parentName, &why);
        if (!raw || raw->style != 'n') {
            result.error = tr("%1 cannot be added: %2 is written as null").arg(name, parentName);
            return result;
        }
        const int keyCol = d->column(d->pos(last.key));
        // The document's own step, from the key's parent key when there is one.
        const Step &above = steps.at(steps.size() - 2);
        if (above.hasKey && keyCol > d->column(d->pos(above.key))) {
            step = keyCol - d->column(d->pos(above.key));
        }
        col = keyCol + step;
        insertAt = d->contentEnd(d->pos(last.key));
    }
    for (qsizetype i = found; i < segments->size(); ++i) {
        const QString indent(col + static_cast<int>(i - found) * step, u' ');
        const QString key = scalarText(segments->at(i).key);
        const QString entry = indent + key + u':' +
                              (i + 1 == segments->size() ? u' ' + scalarText(value) : QString());
        lines += blockMap ? entry + eol : eol + entry;
    }
    if (blockMap && insertAt == d->doc.size() && !d->doc.endsWith('\n')) {
        lines.prepend(eol);
    }
    const YamlTextEdit e = d->edit(insertAt, insertAt, lines);
    expected.removeIf([&](const auto &leaf) { return emptyKey && leaf.first == parentName; });
    expected.append({name, markerOf(scalarText(value)) + value});
    result.error = d->verify(e, expected, name);
    if (result.error.isEmpty()) {
        result.edit = e;
    }
    return result;
}

YamlEditResult YamlValueEdit::appendItem(QStringView path, const QString &value) const
{
    YamlEditResult result;
    const std::optional<Private::Resolved> found = d->resolve(path, &result.error);
    if (!found) {
        return result;
    }
    const QString &name = found->name;
    const std::vector<Step> &steps = found->steps;
    const Step &list = steps.back();
    const bool flow = list.inFlow || list.node.Style() == YAML::EmitterStyle::Flow;
    const QString eol = QString::fromLatin1(d->eol);
    std::optional<YamlTextEdit> e;
    QString text = scalarText(value, flow);
    Leaves expected = d->oldLeaves();
    if (list.node.IsSequence() && flow) {
        const qsizetype n = static_cast<qsizetype>(list.node.size());
        if (n == 0) {
            const qsizetype open = d->pos(list.node);
            if (d->at(open) == '[') {
                e = d->edit(open + 1, open + 1, text);
            }
        } else {
            const Step item{list.node[n - 1], YAML::Node(), false, true, -1};
            QString why;
            if (const std::optional<Private::Raw> raw = d->raw(item, name, &why)) {
                e = d->edit(raw->end, raw->end, QStringLiteral(", ") + text);
            }
        }
        expected.removeIf([&](const auto &leaf) { return leaf.first == name; });
        expected.append({name + u'[' + QString::number(n) + u']', markerOf(text) + value});
    } else if (list.node.IsSequence()) {
        const qsizetype dash = d->pos(list.node);
        const int col = d->column(dash);
        if (d->at(dash) == '-') {
            const qsizetype at = d->blockEnd(dash, col, true);
            const QString line = QString(col, u' ') + QStringLiteral("- ") + text + eol;
            e = d->edit(at, at, at == d->doc.size() && !d->doc.endsWith('\n') ? eol + line : line);
        }
        expected.append(
            {name + u'[' + QString::number(list.node.size()) + u']', markerOf(text) + value});
    } else if (list.node.IsNull() && list.hasKey && !list.inFlow) {
        QString why;
        const std::optional<Private::Raw> raw = d->raw(list, name, &why);
        if (raw && raw->style == 'n') {
            const qsizetype at = d->contentEnd(d->pos(list.key));
            e = d->edit(at, at,
                        eol + QString(d->column(d->pos(list.key)) + 2, u' ') +
                            QStringLiteral("- ") + text);
        }
        expected.removeIf([&](const auto &leaf) { return leaf.first == name; });
        expected.append({name + QStringLiteral("[0]"), markerOf(text) + value});
    }
    if (!e) {
        result.error = tr("%1 is not a list this editor can add to").arg(name);
        return result;
    }
    result.error = d->verify(*e, expected, name);
    if (result.error.isEmpty()) {
        result.edit = e;
    }
    return result;
}

YamlEditResult YamlValueEdit::remove(QStringView path) const
{
    YamlEditResult result;
    const std::optional<Private::Resolved> found = d->resolve(path, &result.error);
    if (!found) {
        return result;
    }
    const QList<Segment> &segments = found->segments;
    const QString &name = found->name;
    const std::vector<Step> &steps = found->steps;
    const Step &target = steps.back();
    const Step &parent = steps.at(steps.size() - 2);
    const QString parentName = pathText(segments, segments.size() - 1);
    const bool flow = parent.inFlow || parent.node.Style() == YAML::EmitterStyle::Flow;
    std::optional<YamlTextEdit> e;
    if (target.hasKey && !flow) {
        const qsizetype key = d->pos(target.key);
        const int col = d->column(key);
        if (d->indent(d->lineStart(key)) == col) {
            e = d->edit(d->lineStart(key), d->blockEnd(key, col, true), QString());
        }
    } else if (!target.hasKey && !flow) {
        qsizetype dash = d->pos(target.node) - 1;
        while (dash > 0 && d->at(dash) == ' ') {
            --dash;
        }
        const int col = d->column(dash);
        if (d->at(dash) == '-' && d->indent(d->lineStart(dash)) == col &&
            static_cast<qsizetype>(target.node.Mark().pos) > target.after) {
            e = d->edit(d->lineStart(dash), d->blockEnd(dash, col, false), QString());
        }
    } else if (!target.hasKey) {
        const int index = segments.constLast().index;
        const int n = static_cast<int>(parent.node.size());
        const auto span = [&](int i) {
            QString why;
            return d->raw(Step{parent.node[i], YAML::Node(), false, true, -1}, name, &why);
        };
        const std::optional<Private::Raw> self = span(index);
        const std::optional<Private::Raw> other = n == 1          ? self
                                                  : index + 1 < n ? span(index + 1)
                                                                  : span(index - 1);
        if (self && other) {
            e = n == 1          ? d->edit(self->start, self->end, QString())
                : index + 1 < n ? d->edit(self->start, other->start, QString())
                                : d->edit(other->end, self->end, QString());
        }
    }
    if (!e) {
        result.error = tr("%1 cannot be removed here; edit it in the text").arg(name);
        return result;
    }
    Leaves expected;
    const bool item = !target.hasKey;
    const int index = segments.constLast().index;
    for (const auto &leaf : d->oldLeaves()) {
        if (isUnder(leaf.first, name)) {
            continue;
        }
        QString leafPath = leaf.first;
        const QString listPrefix = parentName + u'[';
        if (item && leafPath.startsWith(listPrefix)) {
            const qsizetype close = leafPath.indexOf(u']', listPrefix.size());
            const int i = leafPath.mid(listPrefix.size(), close - listPrefix.size()).toInt();
            if (i > index) {
                leafPath = listPrefix + QString::number(i - 1) + leafPath.mid(close);
            }
        }
        expected.append({leafPath, leaf.second});
    }
    if (std::none_of(expected.cbegin(), expected.cend(),
                     [&](const auto &leaf) { return isUnder(leaf.first, parentName); }) &&
        !parentName.isEmpty()) {
        expected.append({parentName, QStringLiteral("~")});
    }
    result.error = d->verify(*e, expected, name);
    if (result.error.isEmpty()) {
        result.edit = e;
    }
    return result;
}

QByteArray YamlValueEdit::applied(const QByteArray &document, const YamlTextEdit &edit)
{
    return document.left(edit.byteStart) + edit.replacement.toUtf8() + document.mid(edit.byteEnd);
}

QString YamlValueEdit::scalarText(const QString &value, bool inFlow)
{
    return YamlSource::plainReadsBack(value, inFlow) ? value : YamlSource::doubleQuoted(value);
}

} // namespace Conductor
