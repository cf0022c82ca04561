// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstreams.h"

#include "httpgate.h"
#include "logging/logging.h"

#include <QJsonDocument>
#include <QSet>
#include <QTimer>

namespace Conductor {

namespace {

QByteArray frame(const ExecutionEvent &event)
{
    return "id: " + event.executionId.toUtf8() + ':' + QByteArray::number(event.seq) +
           "\nevent: " + event.type.toUtf8() +
           "\ndata: " + QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + "\n\n";
}

constexpr auto kHead = "HTTP/1.1 200 OK\r\n"
                       "Content-Type: text/event-stream; charset=utf-8\r\n"
                       "Cache-Control: no-store\r\n"
                       "Connection: close\r\n"
                       "X-Accel-Buffering: no\r\n"
                       "\r\n"
                       ": stream open\n\n";

} // namespace

EventStreams::EventStreams(int maxStreams, std::chrono::milliseconds keepAlive, HttpGate *gate,
                           QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_keepAlive(new QTimer(this))
{
    m_streams.reserve(maxStreams);
    m_keepAlive->setInterval(keepAlive);
    connect(m_keepAlive, &QTimer::timeout, this, &EventStreams::keepAlive);
}

EventStreams::~EventStreams()
{
    for (Stream &stream : m_streams) {
        if (stream.socket) {
            stream.socket->disconnectFromHost();
        }
    }
}

void EventStreams::add(QTcpSocket *socket, const QString &executionId, bool waitForHistory)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    Stream stream;
    stream.socket = socket;
    stream.executionId = executionId;
    stream.waiting = waitForHistory;
    m_streams.insert(socket, stream);
    m_gate->markStreaming(socket);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { remove(socket); });
    if (!waitForHistory) {
        write(m_streams[socket], kHead);
    }
    if (!m_keepAlive->isActive()) {
        m_keepAlive->start();
    }
    qCInfo(lcApi).noquote() << "event stream opened" << (executionId.isEmpty() ? "" : "for")
                            << executionId << "-" << m_streams.size() << "open";
}

void EventStreams::history(QTcpSocket *socket, const ExecutionEvents &events)
{
    auto it = m_streams.find(socket);
    if (it == m_streams.end()) {
        return;
    }
    it->waiting = false;
    QByteArray bytes = kHead;
    for (const ExecutionEvent &e : events) {
        bytes += frame(e);
        it->lastSeq = std::max(it->lastSeq, e.seq);
    }
    for (const ExecutionEvent &e : std::as_const(it->held)) {
        if (e.seq > it->lastSeq) {
            bytes += frame(e);
            it->lastSeq = e.seq;
        }
    }
    it->held.clear();
    write(*it, bytes);
}

void EventStreams::remove(QTcpSocket *socket)
{
    if (m_streams.remove(socket)) {
        qCInfo(lcApi) << "event stream closed -" << m_streams.size() << "open";
    }
    if (m_streams.isEmpty()) {
        m_keepAlive->stop();
        m_sent.clear();
    }
}

void EventStreams::publish(const ExecutionEvents &given)
{
    if (m_streams.isEmpty()) {
        return;
    }
    // Each event once, whichever source brought it first.
    ExecutionEvents events;
    for (const ExecutionEvent &e : given) {
        qint64 &last = m_sent[e.executionId];
        if (e.seq > last) {
            last = e.seq;
            events.append(e);
        }
    }
    if (events.isEmpty()) {
        return;
    }
    // Framed once for all the streams that want them.
    QByteArray all;
    QSet<QString> executions;
    for (const ExecutionEvent &e : events) {
        all += frame(e);
        executions.insert(e.executionId);
    }
    const QList<QTcpSocket *> sockets = m_streams.keys();
    for (QTcpSocket *socket : sockets) {
        auto it = m_streams.find(socket);
        if (it == m_streams.end()) {
            continue;
        }
        if (it->executionId.isEmpty()) {
            write(*it, all);
            continue;
        }
        if (!executions.contains(it->executionId)) {
            continue;
        }
        if (it->waiting) {
            for (const ExecutionEvent &e : events) {
                if (e.executionId == it->executionId) {
                    it->held.append(e);
                }
            }
            continue;
        }
        QByteArray bytes;
        for (const ExecutionEvent &e : events) {
            if (e.executionId == it->executionId && e.seq > it->lastSeq) {
                bytes += frame(e);
                it->lastSeq = e.seq;
            }
        }
        write(*it, bytes);
    }
}

void EventStreams::write(Stream &stream, const QByteArray &bytes)
{
    QTcpSocket *socket = stream.socket;
    if (!socket || bytes.isEmpty()) {
        return;
    }
    if (socket->bytesToWrite() + bytes.size() > kMaxBacklog) {
        qCWarning(lcApi) << "event stream dropped: the client reads too slowly";
        remove(socket);
        socket->abort();
        return;
    }
    socket->write(bytes);
    stream.wroteSince = true;
}

void EventStreams::keepAlive()
{
    const QList<QTcpSocket *> sockets = m_streams.keys();
    for (QTcpSocket *socket : sockets) {
        auto it = m_streams.find(socket);
        if (it == m_streams.end() || it->waiting) {
            continue;
        }
        if (!it->wroteSince) {
            write(*it, ": keep-alive\n\n");
        }
        if (auto again = m_streams.find(socket); again != m_streams.end()) {
            again->wroteSince = false;
        }
    }
}

} // namespace Conductor
