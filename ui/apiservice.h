// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The REST API served by the desktop app: the routes `conductor --headless` serves, over the
// app's own session, while the user has asked for it (Settings → REST API). It owns the
// ApiServer while it is on. Turning it on fetches the API signing key from the session's
// secret store (in the system keychain it is made the first time; a folder given with
// --secrets-dir must hold it already), waits for the session to be ready, and listens;
// turning it off closes the server and with it the port. The desktop app has no TLS, so an
// address other than loopback is refused with the server's reason before anything else.
// The pipeline the API starts (the default pipeline of the settings, or the shipped one)
// and the output folder are taken each time it starts serving.
//
// Lives on the GUI thread and never waits there: the key arrives by callback, and the
// server reads and writes the database on a thread of its own.

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace Conductor {

class ApiServer;
class Session;

class ApiService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiService)

public:
    enum class State
    {
        Off,      // not asked to serve
        Starting, // fetching the key, or waiting for the session to open
        Serving,  // url() answers
        Failed    // error() says why; nothing is served
    };
    Q_ENUM(State)

    // The session must outlive the service. The service starts Off, listening (once on)
    // on AppSettings' default address.
    explicit ApiService(Session *session, QObject *parent = nullptr);
    ~ApiService() override;

    // On: serves (trying again after a failure); off: stops serving.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // HOST:PORT as parseListenAddress() reads it; false, changing nothing, for anything
    // else. While on, a new address is served at once instead of the old one.
    bool setListen(const QString &address);
    [[nodiscard]] const QString &listen() const { return m_listen; }

    [[nodiscard]] State state() const { return m_state; }
    // Where it serves, while Serving (http://HOST:PORT, with the port chosen for port 0).
    [[nodiscard]] QUrl url() const;
    // Why it does not serve, when Failed.
    [[nodiscard]] const QString &error() const { return m_error; }
    // The state in words, for the Settings page: "Serving on http://127.0.0.1:8080", "Not
    // serving", or why not.
    [[nodiscard]] QString statusText() const;
    // The server, while Serving; null otherwise.
    [[nodiscard]] ApiServer *server() const { return m_server.get(); }

Q_SIGNALS:
    void stateChanged(Conductor::ApiService::State state);

private:
    // Stops whatever runs and, when enabled, starts again on the current address.
    void restart();
    void onKey(const QByteArray &key);
    // With the key: listens once the session is ready.
    void serveWhenReady();
    void fail(const QString &message);
    void setState(State state);

    Session *m_session;
    bool m_enabled = false;
    QString m_listen;
    State m_state = State::Off;
    QString m_error;
    QByteArray m_key;      // while starting, once fetched
    quint64 m_attempt = 0; // answers for an earlier attempt are dropped
    bool m_waitsForSession = false;
    std::unique_ptr<ApiServer> m_server;
};

} // namespace Conductor
