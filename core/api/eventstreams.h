// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GET /api/conductor/events: committed events as server-sent events, to every client or
// to those following one execution. Each event is
//
//     id: <executionId>:<seq>
//     event: <type>
//     data: {"seq": ..., "executionId": ..., "type": ..., "time": ..., "data": {...}}
//
// (the objects of `conductor run --json`), and an idle stream gets a comment line every
// keep-alive interval so proxies and clients know it lives. The response has no length and
// ends when either side closes the connection. A client that stops reading is dropped once
// 1 MiB waits for it, so a slow reader never makes the server hold more.
//
// Events come from this process's engine as they are committed and, for executions other
// processes run on the same database, from the server's poll of the store; each event is
// sent once, in order, whichever source brings it first.

#include "engine/event.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <chrono>

class QTimer;

namespace Conductor {

class HttpGate;

class EventStreams final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStreams)

public:
    static constexpr qint64 kMaxBacklog = 1024 * 1024;

    // The gate is told which connections stream (its request timeout spares them).
    EventStreams(int maxStreams, std::chrono::milliseconds keepAlive, HttpGate *gate,
                 QObject *parent = nullptr);
    ~EventStreams() override;

    // Starts a stream on the socket, for one execution or (empty) all. With waitForHistory
    // nothing is written until history() gives what came before; events published
    // meanwhile are held.
    void add(QTcpSocket *socket, const QString &executionId, bool waitForHistory);
    // The execution's events so far; then those held back that came after them.
    void history(QTcpSocket *socket, const ExecutionEvents &events);
    void remove(QTcpSocket *socket);
    [[nodiscard]] int count() const { return static_cast<int>(m_streams.size()); }
    // The last sequence number sent of each execution seen so far.
    [[nodiscard]] const QHash<QString, qint64> &sent() const { return m_sent; }

public Q_SLOTS:
    void publish(const Conductor::ExecutionEvents &events);

private:
    struct Stream
    {
        QPointer<QTcpSocket> socket;
        QString executionId;
        bool waiting = false;    // for its history
        ExecutionEvents held;    // published while waiting
        qint64 lastSeq = 0;      // of its execution, when it follows one
        bool wroteSince = false; // since the last keep-alive
    };

    void write(Stream &stream, const QByteArray &bytes);
    void keepAlive();

    HttpGate *m_gate;
    QHash<QTcpSocket *, Stream> m_streams;
    QHash<QString, qint64> m_sent;
    QTimer *m_keepAlive;
};

} // namespace Conductor
