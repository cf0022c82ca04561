// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an OpenAPI document as tests need it: JSON pointers ($ref) resolved, the references
// that point nowhere found, and a validator for the part of OpenAPI 3.0's schema objects the
// API's description uses (types, nullable, enum, required, properties, additionalProperties,
// items, lengths, patterns, bounds, date-time, oneOf and anyOf). The validator refuses a
// keyword it does not know, so a description cannot promise a constraint nobody checks.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <optional>

namespace OpenApiSchema {

using namespace Qt::StringLiterals;

// A JSON pointer ("#/components/schemas/Idea") into the document; undefined when it
// points nowhere.
inline QJsonValue resolve(const QJsonObject &root, const QString &ref)
{
    if (!ref.startsWith(QLatin1String("#/"))) {
        return QJsonValue(QJsonValue::Undefined);
    }
    QJsonValue at = root;
    for (QString token : ref.mid(2).split(QLatin1Char('/'))) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        if (at.isObject() && at.toObject().contains(token)) {
            at = at.toObject().value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= at.toArray().size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            at = at.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return at;
}

// Every $ref in the value, with where it stands, and the ones that do not resolve.
inline void collectRefs(const QJsonValue &value, const QString &where, QStringList &refs)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref")) {
                refs.append(it.value().toString());
            } else {
                collectRefs(it.value(), where + QLatin1Char('/') + it.key(), refs);
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            collectRefs(array.at(i), where + QLatin1Char('/') + QString::number(i), refs);
        }
    }
}

inline QStringList brokenRefs(const QJsonObject &root, int *count = nullptr)
{
    QStringList refs;
    collectRefs(root, QString(), refs);
    if (count) {
        *count = int(refs.size());
    }
    QStringList broken;
    for (const QString &ref : refs) {
        if (resolve(root, ref).isUndefined()) {
            broken.append(ref);
        }
    }
    return broken;
}

// A validator for the part of OpenAPI 3.0's schema objects the description uses. Problems
// come back as "where: what"; a keyword it does not know is a problem too.
class Validator final
{
public:
    explicit Validator(const QJsonObject &root, bool requireAll = true)
        : m_root(root)
        , m_requireAll(requireAll)
    {}

    QStringList check(const QJsonValue &value, const QJsonObject &schema)
    {
        m_problems.clear();
        validate(value, schema, QStringLiteral("$"));
        return m_problems;
    }

    // The keywords of a schema object (not those of the schemas inside it) that check()
    // does not know; vendor extensions (x-...) apart.
    static QStringList unknownKeywords(const QJsonObject &schema)
    {
        static const QStringList keywords =
            QStringLiteral("type description title nullable enum format default example required "
                           "properties additionalProperties minProperties items minItems "
                           "minLength maxLength pattern minimum exclusiveMinimum maximum oneOf "
                           "anyOf $ref")
                .split(u' ');
        static const QSet<QString> known(keywords.cbegin(), keywords.cend());
        QStringList unknown;
        for (const QString &key : schema.keys()) {
            if (!known.contains(key) && !key.startsWith(u"x-")) {
                unknown.append(key);
            }
        }
        return unknown;
    }

    // Every keyword check() does not know, in the schema and the schemas inside it, as
    // "where: keyword".
    static QStringList unknownKeywordsWithin(const QJsonObject &schema, const QString &where)
    {
        QStringList found;
        for (const QString &key : unknownKeywords(schema)) {
            found.append(where + u": " + key);
        }
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            found += unknownKeywordsWithin(it.value().toObject(), where + u'.' + it.key());
        }
        if (schema.value(u"items").isObject()) {
            found += unknownKeywordsWithin(schema.value(u"items").toObject(), where + u"[]");
        }
        if (schema.value(u"additionalProperties").isObject()) {
            found += unknownKeywordsWithin(schema.value(u"additionalProperties").toObject(),
                                           where + u".*");
        }
        for (const QString &keyword : {u"oneOf"_s, u"anyOf"_s}) {
            for (const QJsonValue &alternative : schema.value(keyword).toArray()) {
                found += unknownKeywordsWithin(alternative.toObject(), where + u'|' + keyword);
            }
        }
        return found;
    }

private:
    void fail(const QString &where, const QString &what)
    {
        m_problems.append(where + u": " + what);
    }

    // The schema a $ref points to; none, and a problem, when it points nowhere.
    std::optional<QJsonObject> deref(QJsonObject schema, const QString &where)
    {
        for (int depth = 0; schema.contains(QLatin1String("$ref")); ++depth) {
            const QString ref = schema.value(QLatin1String("$ref")).toString();
            const QJsonValue target = resolve(m_root, ref);
            if (!target.isObject() || depth == 16) {
                fail(where, u"an unresolved $ref "_s + ref);
                return std::nullopt;
            }
            schema = target.toObject();
        }
        return schema;
    }

    static bool typeMatches(const QJsonValue &value, const QString &type)
    {
        if (type == u"object") {
            return value.isObject();
        }
        if (type == u"array") {
            return value.isArray();
        }
        if (type == u"string") {
            return value.isString();
        }
        if (type == u"boolean") {
            return value.isBool();
        }
        if (type == u"number") {
            return value.isDouble();
        }
        if (type == u"integer") {
            return value.isDouble() && std::isfinite(value.toDouble()) &&
                   std::floor(value.toDouble()) == value.toDouble();
        }
        return false;
    }

    void validate(const QJsonValue &value, const QJsonObject &given, const QString &where)
    {
        const std::optional<QJsonObject> resolved = deref(given, where);
        if (!resolved) {
            return;
        }
        const QJsonObject &schema = *resolved;
        for (const QString &key : unknownKeywords(schema)) {
            fail(where, u"the validator does not know the keyword " + key);
        }
        if (value.isNull()) {
            if (!schema.value(u"nullable").toBool()) {
                fail(where, QStringLiteral("null"));
            }
            return;
        }
        const QString type = schema.value(u"type").toString();
        if (!type.isEmpty() && !typeMatches(value, type)) {
            fail(where, u"not of type " + type);
            return;
        }
        if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(value)) {
            fail(where, u"not one of the enum: " + value.toVariant().toString());
        }
        if (value.isString()) {
            checkString(value.toString(), schema, where);
        }
        if (value.isDouble()) {
            const double v = value.toDouble();
            const bool exclusive = schema.value(u"exclusiveMinimum").toBool();
            if (schema.contains(u"minimum") &&
                (exclusive ? v <= schema.value(u"minimum").toDouble()
                           : v < schema.value(u"minimum").toDouble())) {
                fail(where, QStringLiteral("below the minimum"));
            }
            if (schema.contains(u"maximum") && v > schema.value(u"maximum").toDouble()) {
                fail(where, QStringLiteral("above the maximum"));
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.size() < schema.value(u"minItems").toInt(0)) {
                fail(where, QStringLiteral("too few items"));
            }
            for (int i = 0; i < array.size(); ++i) {
                validate(array.at(i), schema.value(u"items").toObject(),
                         where + u'[' + QString::number(i) + u']');
            }
        }
        if (value.isObject()) {
            checkObject(value.toObject(), schema, where);
        }
        checkAlternatives(value, schema, where);
    }

    void checkString(const QString &text, const QJsonObject &schema, const QString &where)
    {
        if (text.size() < schema.value(u"minLength").toInt(0)) {
            fail(where, QStringLiteral("too short"));
        }
        if (schema.contains(u"maxLength") && text.size() > schema.value(u"maxLength").toInt()) {
            fail(where, QStringLiteral("too long"));
        }
        if (schema.contains(u"pattern") &&
            !QRegularExpression(schema.value(u"pattern").toString()).match(text).hasMatch()) {
            fail(where, u"does not match " + schema.value(u"pattern").toString());
        }
        if (schema.value(u"format").toString() == u"date-time" &&
            !QDateTime::fromString(text, Qt::ISODateWithMs).isValid()) {
            fail(where, u"not a date-time: " + text);
        }
    }

    void checkObject(const QJsonObject &object, const QJsonObject &schema, const QString &where)
    {
        if (m_requireAll) {
            for (const QJsonValue &name : schema.value(u"required").toArray()) {
                if (!object.contains(name.toString())) {
                    fail(where, u"lacks " + name.toString());
                }
            }
        }
        if (object.size() < schema.value(u"minProperties").toInt(0)) {
            fail(where, QStringLiteral("too few properties"));
        }
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = where + u'.' + it.key();
            if (properties.contains(it.key())) {
                validate(it.value(), properties.value(it.key()).toObject(), at);
            } else if (additional.isBool() && !additional.toBool()) {
                fail(at, QStringLiteral("not allowed"));
            } else if (additional.isObject()) {
                validate(it.value(), additional.toObject(), at);
            }
        }
    }

    void checkAlternatives(const QJsonValue &value, const QJsonObject &schema, const QString &where)
    {
        for (const QString &keyword : {QStringLiteral("oneOf"), QStringLiteral("anyOf")}) {
            if (!schema.contains(keyword)) {
                continue;
            }
            int matches = 0;
            for (const QJsonValue &alternative : schema.value(keyword).toArray()) {
                Validator inner(m_root, m_requireAll);
                matches += inner.check(value, alternative.toObject()).isEmpty() ? 1 : 0;
            }
            if (keyword == u"oneOf" ? matches != 1 : matches < 1) {
                fail(where, u"matches " + QString::number(matches) + u" of " + keyword);
            }
        }
    }

    QJsonObject m_root;
    bool m_requireAll;
    QStringList m_problems;
};

// What is wrong with an answer to METHOD on the path template tpl, as the description
// says it should be: a status it does not describe, no JSON schema for it, or a body that
// does not match that schema. Empty when it is as described.
inline QStringList answerProblems(const QJsonObject &root, const QString &method,
                                  const QString &tpl, int status, const QByteArray &body)
{
    const QJsonObject operation =
        root.value(u"paths"_s).toObject().value(tpl).toObject().value(method.toLower()).toObject();
    if (operation.isEmpty()) {
        return {method + u' ' + tpl + u" is not described"_s};
    }
    QJsonValue response = operation.value(u"responses"_s).toObject().value(QString::number(status));
    if (response.isUndefined()) {
        return {method + u' ' + tpl + u" answered "_s + QString::number(status) +
                u", which it does not describe"_s};
    }
    if (response.toObject().contains(u"$ref"_s)) {
        response = resolve(root, response.toObject().value(u"$ref"_s).toString());
    }
    const QJsonObject schema = response.toObject()
                                   .value(u"content"_s)
                                   .toObject()
                                   .value(u"application/json"_s)
                                   .toObject()
                                   .value(u"schema"_s)
                                   .toObject();
    if (schema.isEmpty()) {
        return {method + u' ' + tpl + u' ' + QString::number(status) + u" has no JSON schema"_s};
    }
    Validator validator(root, false);
    QStringList problems = validator.check(QJsonDocument::fromJson(body).object(), schema);
    for (QString &p : problems) {
        p = method + u' ' + tpl + u' ' + QString::number(status) + u": "_s + p;
    }
    return problems;
}

} // namespace OpenApiSchema
