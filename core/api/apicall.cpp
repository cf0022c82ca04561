// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "apiserver_p.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/executionstate.h"

#include <QJsonParseError>
#include <QRegularExpression>

namespace Conductor {

ApiAnswer ApiAnswer::json(int status, const QJsonObject &object)
{
    ApiAnswer answer;
    answer.status = status;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

ApiAnswer ApiAnswer::error(int status, const QString &code, const QString &message)
{
    return json(status,
                QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return "Unknown";
}

QByteArray serialize(const ApiAnswer &answer)
{
    QByteArray out;
    out.reserve(answer.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status) +
           "\r\nContent-Type: " + answer.contentType +
           "\r\nContent-Length: " + QByteArray::number(answer.body.size()) +
           "\r\nConnection: close\r\nCache-Control: no-store\r\n";
    for (const auto &[name, value] : answer.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "\r\n";
    out += answer.body;
    return out;
}

std::optional<QJsonObject> bodyObject(const QByteArray &body, const QStringList &known,
                                      bool allowEmpty, QString *error)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty) {
            return QJsonObject();
        }
        *error = QStringLiteral("the request needs a JSON object as its body");
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("the body is not valid JSON: %1 at offset %2")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            unknown.append(it.key());
        }
    }
    if (!unknown.isEmpty()) {
        *error = QStringLiteral("unknown fields: %1").arg(unknown.join(u", "));
        return std::nullopt;
    }
    return object;
}

namespace Api {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

double usd(qint64 micros)
{
    return static_cast<double>(micros) / 1'000'000.0;
}

ExecutionState replay(const StoreQueries &queries, const QString &executionId)
{
    ExecutionState state;
    for (const ExecutionEvent &e : queries.events(executionId)) {
        state.apply(e);
    }
    return state;
}

Configuration configurationOf(const ExecutionState &state)
{
    return ConfigLoader::loadBytes(state.configText.toUtf8(), state.id + QStringLiteral(".config"))
        .value.value_or(ConfigLoader::builtIn());
}

std::optional<PipelineDefinition> pipelineOf(const ExecutionState &state)
{
    return PipelineLoader::loadBytes(state.pipelineText.toUtf8(),
                                     state.id + QStringLiteral(".pipeline"), configurationOf(state))
        .value;
}

bool plausibleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,128}$"));
    return pattern.match(id).hasMatch();
}

ApiAnswer notFound(const QString &what)
{
    return ApiAnswer::error(404, QStringLiteral("not_found"), what);
}

ApiAnswer badRequest(const QString &message)
{
    return ApiAnswer::error(400, QStringLiteral("bad_request"), message);
}

ApiAnswer forbidden(const QString &message)
{
    return ApiAnswer::error(403, QStringLiteral("forbidden"), message);
}

ApiAnswer storeFailed(const QString &message)
{
    return ApiAnswer::error(503, QStringLiteral("service_unavailable"), message);
}

} // namespace Api

} // namespace Conductor
