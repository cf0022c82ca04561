// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A wake-up call between processes on one host. The owner of executions listens on a
// local socket named after its owner id; a process that records a command for it (a gate
// decision, an intervention) rings it after the commit, and the owner reads its commands
// at once instead of at its next poll. The ring carries nothing: the command is in the
// database, so a lost ring (the owner on another host, a full socket) costs only latency,
// and a ring from anyone else costs one cheap query.

#include <QObject>
#include <QString>

class QLocalServer;

namespace Conductor {

class Doorbell final : public QObject
{
    Q_OBJECT

public:
    explicit Doorbell(QObject *parent = nullptr);
    ~Doorbell() override;

    // Listens for rings to ownerId; false when the socket cannot be made (then the
    // owner still finds its commands by polling).
    bool listen(const QString &ownerId);
    void close();
    // Rings the owner's doorbell; returns whether anyone listened. Waits at most
    // timeoutMs for the connection.
    static bool ring(const QString &ownerId, int timeoutMs = 200);
    // The socket's name for an owner id (owner ids hold ':' and host names).
    [[nodiscard]] static QString socketName(const QString &ownerId);

Q_SIGNALS:
    void rung();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace Conductor
