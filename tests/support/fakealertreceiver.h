// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where alerts go, played on 127.0.0.1 by a hand-written HTTP/1.1 server for tests: a
// Slack incoming webhook (POST to its secret path; "ok" for a message with text or blocks,
// 400 invalid_payload or no_text otherwise, 404 no_service for any other path) or the
// PagerDuty Events API v2 (POST /v2/enqueue; 202 with {"status":"success", "dedup_key"}
// for a valid event, 400 {"status":"invalid event", "message", "errors"} for an invalid
// one: a routing key that is not 32 characters or not the expected one, an unknown
// event_action, a trigger without summary, source or a known severity, an acknowledge or
// resolve without dedup_key). A test may script the next answers: a status with a body
// and Retry-After, or no answer ever. Every request is recorded with when it arrived.
// One request per connection (each answer says "Connection: close").

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace Conductor::Test {

class FakeAlertReceiver final : public QObject
{
    Q_OBJECT

public:
    enum class Service
    {
        SlackWebhook,
        PagerDuty,
    };

    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray retryAfter; // sent as Retry-After when set
        bool hang = false;     // read the request, answer nothing, keep the connection
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QJsonObject json;
        qint64 receivedMs = 0; // since the receiver started listening
        int status = 0;        // what it answered; 0 for none

        [[nodiscard]] QByteArray header(const QByteArray &name) const
        {
            return headers.value(name.toLower());
        }
    };

    explicit FakeAlertReceiver(Service service, QObject *parent = nullptr);
    ~FakeAlertReceiver() override;

    // Listens on 127.0.0.1, port 0; false when it cannot.
    [[nodiscard]] bool listen();
    // Stops listening (the port then refuses connections).
    void close() { m_server.close(); }
    [[nodiscard]] quint16 port() const { return m_port; }
    // http://127.0.0.1:<port>
    [[nodiscard]] QString baseUrl() const;
    // The webhook's secret path (SlackWebhook), "/services/T…/B…/…" by default.
    [[nodiscard]] QByteArray webhookPath() const { return m_webhookPath; }
    // The full URL of the webhook: what its secret holds.
    [[nodiscard]] QString webhookUrl() const;
    // The routing key PagerDuty accepts; any of 32 characters when empty.
    void setRoutingKey(const QByteArray &key) { m_routingKey = key; }

    // The answers to the next requests, in order; the service's own answer after them.
    void enqueue(const Reply &reply) { m_script.append(reply); }

    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] qsizetype requestCount() const { return m_requests.size(); }
    [[nodiscard]] int openConnections() const { return static_cast<int>(m_buffers.size()); }

Q_SIGNALS:
    void requestReceived(const Conductor::Test::FakeAlertReceiver::Request &request);
    void clientDisconnected();

private:
    void accept();
    void read(QTcpSocket *socket);
    [[nodiscard]] Reply serviceAnswer(const Request &request) const;
    [[nodiscard]] Reply slackAnswer(const Request &request) const;
    [[nodiscard]] Reply pagerDutyAnswer(const Request &request) const;

    Service m_service;
    QTcpServer m_server;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QByteArray m_webhookPath = "/services/T0CONDUCT/B0ALERTS/xq7Zk2LmP9sVt4RwYb8NcD1e";
    QByteArray m_routingKey;
    QList<Reply> m_script;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Conductor::Test
