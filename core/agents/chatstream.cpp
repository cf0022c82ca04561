// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatstream.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ChatStreamParser)
};

constexpr qsizetype kMaxErrorText = 500;

QString errorText(const QJsonValue &error)
{
    if (error.isString()) {
        return error.toString();
    }
    const QJsonObject object = error.toObject();
    return object.value(QLatin1String("message")).toString();
}

} // namespace

std::optional<ChatUsage> parseUsage(const QJsonValue &usage)
{
    if (!usage.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = usage.toObject();
    ChatUsage result;
    result.promptTokens =
        std::max<qint64>(0, object.value(QLatin1String("prompt_tokens")).toInteger());
    result.completionTokens =
        std::max<qint64>(0, object.value(QLatin1String("completion_tokens")).toInteger());
    return result;
}

qsizetype ChatStreamParser::feed(const QByteArray &bytes)
{
    const qsizetype before = m_content.size();
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf('\n', start);
        if (end < 0) {
            break;
        }
        line(m_buffer.mid(start, end - start));
        start = end + 1;
    }
    m_buffer.remove(0, start);
    return m_content.size() - before;
}

void ChatStreamParser::finish()
{
    if (!m_buffer.isEmpty()) {
        line(std::exchange(m_buffer, {}));
    }
    dispatch();
}

void ChatStreamParser::line(QByteArray text)
{
    if (text.endsWith('\r')) {
        text.chop(1);
    }
    if (text.isEmpty()) {
        dispatch();
        return;
    }
    if (text.startsWith(':')) {
        return; // a comment, sent to keep the connection open
    }
    const qsizetype colon = text.indexOf(':');
    const QByteArray field = colon < 0 ? text : text.left(colon);
    if (field != "data") {
        return; // event:, id:, retry: say nothing about a completion
    }
    QByteArray value = colon < 0 ? QByteArray() : text.mid(colon + 1);
    if (value.startsWith(' ')) {
        value.remove(0, 1);
    }
    if (m_hasData) {
        m_data.append('\n');
    }
    m_data.append(value);
    m_hasData = true;
}

void ChatStreamParser::dispatch()
{
    if (!m_hasData) {
        return;
    }
    const QByteArray data = std::exchange(m_data, {}).trimmed();
    m_hasData = false;
    ++m_events;
    if (data == "[DONE]") {
        m_done = true;
        return;
    }
    chunk(data);
}

void ChatStreamParser::chunk(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        m_error = Text::tr("a chunk of the stream is not JSON: %1").arg(parseError.errorString());
        return;
    }
    const QJsonObject object = document.object();
    if (object.contains(QLatin1String("error"))) {
        m_error = errorText(object.value(QLatin1String("error")));
        return;
    }
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    for (const QJsonValue &choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice.value(QLatin1String("index")).toInt(0) != 0) {
            continue;
        }
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        m_content += delta.value(QLatin1String("content")).toString();
        const QJsonValue reason = choice.value(QLatin1String("finish_reason"));
        if (reason.isString()) {
            m_finishReason = reason.toString();
        }
    }
    if (std::optional<ChatUsage> usage = parseUsage(object.value(QLatin1String("usage")))) {
        m_usage = usage;
    }
}

ChatCompletion parseChatCompletion(const QByteArray &body)
{
    ChatCompletion result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = Text::tr("the answer is not JSON: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonObject object = document.object();
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    if (choices.isEmpty() || !choices.first().toObject().contains(QLatin1String("message"))) {
        result.error = Text::tr("the answer has no choices[0].message");
        return result;
    }
    const QJsonObject choice = choices.first().toObject();
    result.valid = true;
    result.content = choice.value(QLatin1String("message"))
                         .toObject()
                         .value(QLatin1String("content"))
                         .toString();
    result.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    result.usage = parseUsage(object.value(QLatin1String("usage")));
    return result;
}

QString providerErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        QString message = errorText(object.value(QLatin1String("error")));
        if (message.isEmpty()) {
            message = object.value(QLatin1String("message")).toString();
        }
        if (!message.isEmpty()) {
            return message.left(kMaxErrorText);
        }
    }
    return QString::fromUtf8(body.left(kMaxErrorText)).simplified();
}

} // namespace Conductor
