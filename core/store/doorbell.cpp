// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "doorbell.h"

#include "logging/logging.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace Conductor {

Doorbell::Doorbell(QObject *parent)
    : QObject(parent)
{}

Doorbell::~Doorbell()
{
    close();
}

QString Doorbell::socketName(const QString &ownerId)
{
    const QByteArray hash = QCryptographicHash::hash(ownerId.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("conductor-bell-") + QString::fromLatin1(hash.toHex().left(24));
}

bool Doorbell::listen(const QString &ownerId)
{
    close();
    m_server = new QLocalServer(this);
    // Only this account may ring; the socket file lives in the temporary folder.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = socketName(ownerId);
    if (!m_server->listen(name)) {
        // A socket file left by a dead process of the same name cannot be: owner ids
        // carry a random part. Still, clear it once and try again.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            qCWarning(lcStore) << "no doorbell for" << ownerId << ":" << m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [socket] { socket->readAll(); });
            Q_EMIT rung();
        }
    });
    return true;
}

void Doorbell::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

bool Doorbell::ring(const QString &ownerId, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketName(ownerId), QIODevice::WriteOnly);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    socket.write("!", 1);
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

} // namespace Conductor
