// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads an OpenAI-compatible chat completion as it arrives: a stream of server-sent
// events ("data: {chat.completion.chunk}" lines, blank-line separated, ending with
// "data: [DONE]"), or a whole JSON answer when streaming is off. It collects the content
// of choice 0, the finish reason, the usage the provider reports (the last chunk carries
// it when the request asked for stream_options.include_usage) and an error object sent
// in the stream. Bytes may come split anywhere, even inside a UTF-8 sequence.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Conductor {

struct ChatUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;

    [[nodiscard]] qint64 total() const { return promptTokens + completionTokens; }
};

class ChatStreamParser final
{
public:
    // Feeds the bytes that arrived; returns the number of characters of content added.
    qsizetype feed(const QByteArray &bytes);
    // The bytes after the last line break are an event of their own when the stream ends.
    void finish();

    [[nodiscard]] const QString &content() const { return m_content; }
    [[nodiscard]] const QString &finishReason() const { return m_finishReason; }
    [[nodiscard]] const std::optional<ChatUsage> &usage() const { return m_usage; }
    // The "data: [DONE]" event arrived.
    [[nodiscard]] bool done() const { return m_done; }
    // An error object the provider sent inside the stream, or a chunk that was not JSON.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int events() const { return m_events; }

private:
    void line(QByteArray text);
    void dispatch();
    void chunk(const QByteArray &json);

    QByteArray m_buffer;
    QByteArray m_data; // the data lines of the event being read
    bool m_hasData = false;
    QString m_content;
    QString m_finishReason;
    std::optional<ChatUsage> m_usage;
    QString m_error;
    bool m_done = false;
    int m_events = 0;
};

// A whole (non-streamed) chat completion.
struct ChatCompletion
{
    bool valid = false; // JSON with choices[0].message
    QString content;
    QString finishReason;
    std::optional<ChatUsage> usage;
    QString error; // why it is not valid
};

[[nodiscard]] ChatCompletion parseChatCompletion(const QByteArray &body);

// The usage object of a completion or chunk, when it has one.
[[nodiscard]] std::optional<ChatUsage> parseUsage(const QJsonValue &usage);

// The provider's message from an error body ({"error": {"message": ...}} or
// {"error": "..."} or {"message": ...}); the start of the body as text otherwise.
[[nodiscard]] QString providerErrorMessage(const QByteArray &body);

} // namespace Conductor
