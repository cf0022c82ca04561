// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlreader_p.h"

#include "yamlsafety_p.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Conductor {

namespace {

// Conductor's files hold plain values. A tag (!!binary, !custom) would ask for a type the
// loaders never give, so it is refused rather than silently read as text; the non-specific
// "!" is what yaml-cpp gives every quoted scalar.
std::optional<QString> tagOf(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    if (tag.empty() || tag == "?" || tag == "!") {
        return std::nullopt;
    }
    QString shown = QString::fromStdString(tag);
    const QLatin1StringView core("tag:yaml.org,2002:");
    if (shown.startsWith(core)) {
        shown = u"!!" + shown.mid(core.size());
    } else if (!shown.startsWith(u'!')) {
        shown = u"!<" + shown + u'>';
    }
    return shown;
}

} // namespace

const YamlEntry *YamlMap::find(QStringView key) const
{
    for (const YamlEntry &entry : entries) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

void YamlMap::with(QStringView key, const std::function<void(const YamlField &)> &f) const
{
    if (const YamlEntry *entry = find(key)) {
        f(entry->value);
    }
}

YamlReader::YamlReader(QString file, Diagnostics *out)
    : m_file(std::move(file))
    , m_out(out)
{}

YamlField YamlReader::root(const YAML::Node &node) const
{
    return YamlField{QString(), node, node.Mark()};
}

std::pair<int, int> YamlReader::position(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0 || mark.column < 0) {
        return {1, 1};
    }
    return {mark.line + 1, mark.column + 1};
}

std::pair<int, int> YamlReader::position(const YamlField &field)
{
    // A null value (a key with nothing after it) carries the position of whatever follows
    // it, so point at its key instead.
    if (!field.node.IsDefined() || field.node.IsNull() || field.node.Mark().is_null()) {
        return position(field.fallback);
    }
    return position(field.node.Mark());
}

void YamlReader::error(const YamlField &field, const QString &message)
{
    const auto [line, column] = position(field);
    m_out->append(Diagnostic{m_file, line, column, message, Diagnostic::Severity::Error});
}

void YamlReader::error(const YAML::Mark &mark, const QString &message)
{
    const auto [line, column] = position(mark);
    m_out->append(Diagnostic{m_file, line, column, message, Diagnostic::Severity::Error});
}

void YamlReader::warning(const YamlField &field, const QString &message)
{
    const auto [line, column] = position(field);
    m_out->append(Diagnostic{m_file, line, column, message, Diagnostic::Severity::Warning});
}

bool YamlReader::visit(const YamlField &field)
{
    if (++m_visits > YamlSafety::kMaxNodeVisits) {
        if (!m_visitLimitReported) {
            m_visitLimitReported = true;
            error(field, tr("the document expands to more than %1 nodes (through aliases?); it is "
                            "not read further")
                             .arg(YamlSafety::kMaxNodeVisits));
        }
        return false;
    }
    if (const std::optional<QString> tag = tagOf(field.node)) {
        error(field, tr("tags such as %1 are not supported; write the plain value").arg(*tag));
        return false;
    }
    return true;
}

QString YamlReader::describe(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return tr("nothing");
    case YAML::NodeType::Sequence:
        return tr("a list");
    case YAML::NodeType::Map:
        return tr("a mapping");
    case YAML::NodeType::Scalar:
        break;
    }
    QString text = QString::fromStdString(node.Scalar());
    if (text.size() > 40) {
        text = text.left(37) + u"...";
    }
    return node.Tag() == "!" ? u'"' + text + u'"' : u'\'' + text + u'\'';
}

QString YamlReader::suggestion(const QString &word, const QStringList &candidates)
{
    // Levenshtein distance, case-insensitive; a candidate within a third of the word's
    // length is a likely typo.
    // A hostile file can ask for a suggestion for each of thousands of names among
    // thousands of others, so the work per call is bounded: names are short, a candidate
    // is dropped as soon as it cannot beat the best so far, and past a budget of table
    // cells the best found so far is the answer.
    constexpr qsizetype kMaxWordLength = 64;
    constexpr qsizetype kCellBudget = 2'000;
    if (word.size() > kMaxWordLength) {
        return {};
    }
    const QString a = word.toLower();
    // A known name that begins with the word (notify_ops for notify_ops_team), or that the
    // word begins with, is the likeliest meaning, however far the edit distance.
    for (const QString &candidate : candidates) {
        if (a.size() >= 4 &&
            (candidate.startsWith(a, Qt::CaseInsensitive) ||
             a.startsWith(candidate, Qt::CaseInsensitive)) &&
            candidate.compare(a, Qt::CaseInsensitive) != 0) {
            return candidate;
        }
    }
    QString best;
    int bestDistance = std::max<int>(2, static_cast<int>(a.size()) / 3) + 1;
    qsizetype cells = 0;
    std::vector<int> row;
    for (const QString &candidate : candidates) {
        // The distance is at least the difference in length.
        if (std::abs(candidate.size() - a.size()) >= bestDistance) {
            continue;
        }
        if (cells > kCellBudget) {
            break;
        }
        const QString b = candidate.toLower();
        const ushort *const pa = a.utf16();
        const ushort *const pb = b.utf16();
        const qsizetype n = b.size();
        row.resize(static_cast<size_t>(n) + 1);
        int *const r = row.data();
        for (qsizetype j = 0; j <= n; ++j) {
            r[j] = static_cast<int>(j);
        }
        bool beaten = false;
        for (qsizetype i = 1; i <= a.size() && !beaten; ++i) {
            int diagonal = r[0];
            r[0] = static_cast<int>(i);
            int rowMinimum = r[0];
            for (qsizetype j = 1; j <= n; ++j) {
                const int above = r[j];
                int cell = diagonal + (pa[i - 1] == pb[j - 1] ? 0 : 1);
                cell = above + 1 < cell ? above + 1 : cell;
                cell = r[j - 1] + 1 < cell ? r[j - 1] + 1 : cell;
                r[j] = cell;
                rowMinimum = cell < rowMinimum ? cell : rowMinimum;
                diagonal = above;
            }
            cells += n;
            // Every later row, and so the distance, is at least this row's minimum.
            beaten = rowMinimum >= bestDistance;
        }
        if (beaten) {
            continue;
        }
        // A one-letter word is as far from every other one-letter name: no suggestion.
        if (row.back() < bestDistance && row.back() < a.size()) {
            bestDistance = row.back();
            best = candidate;
        }
    }
    return best;
}

std::optional<YamlMap> YamlReader::mapping(const YamlField &field, const QStringList &known)
{
    std::optional<YamlMap> map = namedMapping(field);
    if (!map) {
        return std::nullopt;
    }
    QList<YamlEntry> kept;
    for (const YamlEntry &entry : std::as_const(map->entries)) {
        if (known.contains(entry.key)) {
            kept.append(entry);
            continue;
        }
        const YamlField keyField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
        const QString where =
            field.path.isEmpty() ? tr("at the top level") : tr("in %1").arg(field.path);
        const QString near = suggestion(entry.key, known);
        // A hostile key may be a megabyte long; the message needs only its start.
        const QString shown = entry.key.size() > 40 ? entry.key.left(37) + u"..." : entry.key;
        if (entry.key == u"<<") {
            error(keyField,
                  tr("merge keys (<<) are not supported; repeat the values or use an alias"));
        } else if (!near.isEmpty()) {
            error(keyField, tr("unknown key '%1' %2; did you mean '%3'?").arg(shown, where, near));
        } else {
            error(keyField, tr("unknown key '%1' %2; expected one of: %3")
                                .arg(shown, where, known.join(QStringLiteral(", "))));
        }
    }
    map->entries = kept;
    return map;
}

std::optional<YamlMap> YamlReader::namedMapping(const YamlField &field)
{
    if (!visit(field)) {
        return std::nullopt;
    }
    if (!field.node.IsMap()) {
        error(field,
              field.path.isEmpty()
                  ? tr("expected a mapping of keys to values, got %1").arg(describe(field.node))
                  : tr("%1 must be a mapping of keys to values, got %2")
                        .arg(field.path, describe(field.node)));
        return std::nullopt;
    }
    YamlMap map;
    map.self = field;
    QSet<QString> seen;
    for (auto it = field.node.begin(); it != field.node.end(); ++it) {
        const YAML::Node keyNode = it->first;
        const YamlField keyField{field.path, keyNode, keyNode.Mark()};
        if (const std::optional<QString> tag = tagOf(keyNode)) {
            error(keyField,
                  tr("tags such as %1 are not supported; write the plain value").arg(*tag));
            continue;
        }
        if (!visit(keyField)) {
            return std::nullopt;
        }
        if (!keyNode.IsScalar()) {
            error(keyField, tr("keys must be plain names, not %1").arg(describe(keyNode)));
            continue;
        }
        const QString key = QString::fromStdString(keyNode.Scalar());
        if (seen.contains(key)) {
            const YamlEntry *first = map.find(key);
            const int firstLine = first ? position(first->keyNode.Mark()).first : 0;
            error(keyField,
                  tr("duplicate key '%1' (first defined on line %2)").arg(key).arg(firstLine));
            continue;
        }
        seen.insert(key);
        const QString path = field.path.isEmpty() ? key : field.path + u'.' + key;
        map.entries.append(YamlEntry{key, keyNode, YamlField{path, it->second, keyNode.Mark()}});
    }
    return map;
}

std::optional<QList<YamlField>> YamlReader::sequence(const YamlField &field)
{
    if (!visit(field)) {
        return std::nullopt;
    }
    if (!field.node.IsSequence()) {
        error(field, tr("%1 must be a list, got %2").arg(field.path, describe(field.node)));
        return std::nullopt;
    }
    QList<YamlField> items;
    int index = 0;
    for (auto it = field.node.begin(); it != field.node.end(); ++it, ++index) {
        items.append(
            YamlField{field.path + u'[' + QString::number(index) + u']', *it, field.node.Mark()});
    }
    return items;
}

std::optional<YamlField> YamlReader::seen(const QString &path) const
{
    const auto it = m_seen.constFind(path);
    return it == m_seen.cend() ? std::nullopt : std::optional<YamlField>(*it);
}

std::optional<QString> YamlReader::scalar(const YamlField &field, const QString &expected,
                                          bool allowQuoted)
{
    if (!visit(field)) {
        return std::nullopt;
    }
    m_seen.insert(field.path, field);
    if (!field.node.IsScalar()) {
        error(field, tr("%1 must be %2, got %3").arg(field.path, expected, describe(field.node)));
        return std::nullopt;
    }
    if (!allowQuoted && field.node.Tag() != "?") {
        error(field, tr("%1 must be %2, not the quoted text %3; remove the quotes")
                         .arg(field.path, expected, describe(field.node)));
        return std::nullopt;
    }
    return QString::fromStdString(field.node.Scalar());
}

std::optional<qint64> YamlReader::integer(const YamlField &field, qint64 min, qint64 max)
{
    const std::optional<QString> text = scalar(field, tr("a whole number"), false);
    if (!text) {
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^[-+]?[0-9]+$"));
    bool ok = pattern.match(*text).hasMatch();
    const qint64 value = ok ? text->toLongLong(&ok) : 0;
    if (!ok) {
        error(field, tr("%1 must be a whole number, got %2").arg(field.path, describe(field.node)));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(field, value < 0 && min >= 0
                         ? tr("%1 must not be negative, got %2").arg(field.path).arg(value)
                         : tr("%1 must be between %2 and %3, got %4")
                               .arg(field.path)
                               .arg(min)
                               .arg(max)
                               .arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> YamlReader::number(const YamlField &field, double min, double max)
{
    const std::optional<QString> text = scalar(field, tr("a number"), false);
    if (!text) {
        return std::nullopt;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$"));
    bool ok = pattern.match(*text).hasMatch();
    const double value = ok ? text->toDouble(&ok) : 0.0;
    if (!ok || !std::isfinite(value)) {
        error(field, tr("%1 must be a number, got %2").arg(field.path, describe(field.node)));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(field, value < 0 && min >= 0
                         ? tr("%1 must not be negative, got %2").arg(field.path, *text)
                         : tr("%1 must be between %2 and %3, got %4")
                               .arg(field.path)
                               .arg(min)
                               .arg(max)
                               .arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<Money> YamlReader::money(const YamlField &field)
{
    const std::optional<QString> text = scalar(field, tr("an amount in US dollars"), false);
    if (!text) {
        return std::nullopt;
    }
    if (text->startsWith(u'-')) {
        error(field, tr("%1 must not be negative, got %2").arg(field.path, *text));
        return std::nullopt;
    }
    const std::optional<Money> value = parseMoney(*text);
    if (!value) {
        error(field,
              tr("%1 must be an amount in US dollars with at most six decimals, such as 50 or "
                 "12.50, got %2")
                  .arg(field.path, describe(field.node)));
    }
    return value;
}

std::optional<bool> YamlReader::boolean(const YamlField &field)
{
    const std::optional<QString> text = scalar(field, tr("true or false"), false);
    if (!text) {
        return std::nullopt;
    }
    if (*text == u"true" || *text == u"True" || *text == u"TRUE") {
        return true;
    }
    if (*text == u"false" || *text == u"False" || *text == u"FALSE") {
        return false;
    }
    error(field, tr("%1 must be true or false, got %2").arg(field.path, describe(field.node)));
    return std::nullopt;
}

std::optional<QString> YamlReader::string(const YamlField &field)
{
    std::optional<QString> text = scalar(field, tr("text"), true);
    if (text && text->trimmed().isEmpty()) {
        error(field, tr("%1 must not be empty").arg(field.path));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> YamlReader::identifier(const YamlField &field)
{
    std::optional<QString> text = scalar(field, tr("a name"), true);
    if (!text) {
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    if (!pattern.match(*text).hasMatch()) {
        error(field,
              tr("%1 must be a name of letters, digits, '_' and '-' that starts with a letter "
                 "(at most 64 characters), got %2")
                  .arg(field.path, describe(field.node)));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> YamlReader::oneOf(const YamlField &field, const QStringList &allowed)
{
    std::optional<QString> text =
        scalar(field, tr("one of %1").arg(allowed.join(QStringLiteral(", "))), true);
    if (!text) {
        return std::nullopt;
    }
    if (!allowed.contains(*text)) {
        const QString near = suggestion(*text, allowed);
        error(field, near.isEmpty() ? tr("%1 must be one of %2, got %3")
                                          .arg(field.path, allowed.join(QStringLiteral(", ")),
                                               describe(field.node))
                                    : tr("%1 must be one of %2, got %3; did you mean '%4'?")
                                          .arg(field.path, allowed.join(QStringLiteral(", ")),
                                               describe(field.node), near));
        return std::nullopt;
    }
    return text;
}

std::optional<Duration> YamlReader::duration(const YamlField &field, Duration min, Duration max)
{
    const std::optional<QString> text = scalar(field, tr("a duration such as 30s or 5m"), true);
    if (!text) {
        return std::nullopt;
    }
    const DurationParse parsed = parseDuration(*text);
    if (!parsed.value) {
        error(field, tr("%1: %2").arg(field.path, parsed.error));
        return std::nullopt;
    }
    if (*parsed.value < min || *parsed.value > max) {
        error(field, tr("%1 must be between %2 and %3, got %4")
                         .arg(field.path, formatDuration(min), formatDuration(max), *text));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<QList<std::pair<QString, YamlField>>>
YamlReader::identifierList(const YamlField &field)
{
    const std::optional<QList<YamlField>> items = sequence(field);
    if (!items) {
        return std::nullopt;
    }
    QList<std::pair<QString, YamlField>> result;
    QSet<QString> seen;
    for (const YamlField &item : *items) {
        const std::optional<QString> name = identifier(item);
        if (!name) {
            continue;
        }
        if (seen.contains(*name)) {
            error(item, tr("%1 lists '%2' twice").arg(field.path, *name));
            continue;
        }
        seen.insert(*name);
        result.append({*name, item});
    }
    return result;
}

} // namespace Conductor
