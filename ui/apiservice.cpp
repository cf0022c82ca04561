// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiservice.h"

#include "api/apiserver.h"
#include "appsettings.h"
#include "config/pipelineloader.h"
#include "engine/session.h"
#include "logging/logging.h"
#include "security/apikeys.h"
#include "security/secretstore.h"

#include <QDir>
#include <QFile>

namespace Conductor {

ApiService::ApiService(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_listen(AppSettings::DefaultApiListen)
{
    connect(m_session, &Session::stateChanged, this, [this] {
        if (m_waitsForSession) {
            serveWhenReady();
        }
    });
}

ApiService::~ApiService() = default;

void ApiService::setEnabled(bool enabled)
{
    if (enabled == m_enabled && m_state != State::Failed) {
        return;
    }
    m_enabled = enabled;
    restart();
}

bool ApiService::setListen(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (!parseListenAddress(trimmed)) {
        return false;
    }
    if (trimmed == m_listen) {
        return true;
    }
    m_listen = trimmed;
    if (m_enabled) {
        restart();
    }
    return true;
}

QUrl ApiService::url() const
{
    return m_server ? m_server->url() : QUrl();
}

QString ApiService::statusText() const
{
    switch (m_state) {
    case State::Off:
        break;
    case State::Starting:
        return tr("Starting…");
    case State::Serving:
        return tr("Serving on %1").arg(url().toString());
    case State::Failed:
        return tr("Not serving: %1").arg(m_error);
    }
    return tr("Not serving");
}

void ApiService::restart()
{
    ++m_attempt;
    if (m_server) {
        m_server.reset();
        qCInfo(lcApi) << "stopped serving the API";
    }
    m_key.clear();
    m_waitsForSession = false;
    m_error.clear();
    if (!m_enabled) {
        setState(State::Off);
        return;
    }
    const std::optional<ListenAddress> address = parseListenAddress(m_listen);
    if (!address) {
        fail(tr("“%1” is not an address to listen on.").arg(m_listen));
        return;
    }
    if (const QString refusal = ApiServer::refusalWithoutTls(address->address);
        !refusal.isEmpty()) {
        // The server's reason is one sentence without its full stop.
        fail(refusal + (refusal.endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". ")) +
             tr("The desktop app serves loopback addresses only; to serve other machines, run "
                "conductor --headless with --tls-cert and --tls-key."));
        return;
    }
    setState(State::Starting);
    const quint64 attempt = m_attempt;
    ApiSigningKey::load(
        *m_session->secrets(), true, this,
        [this, attempt](const std::optional<QByteArray> &key, const QString &message) {
            if (attempt != m_attempt) {
                return; // turned off, or moved, since
            }
            if (!key) {
                fail(tr("The API cannot check tokens without its signing key: %1").arg(message));
                return;
            }
            onKey(*key);
        });
}

void ApiService::onKey(const QByteArray &key)
{
    m_key = key;
    serveWhenReady();
}

void ApiService::serveWhenReady()
{
    switch (m_session->state()) {
    case Session::State::Opening:
        m_waitsForSession = true;
        return;
    case Session::State::Failed:
        m_waitsForSession = false;
        fail(tr("The engine did not start: %1").arg(m_session->error()));
        return;
    case Session::State::Ready:
        break;
    }
    m_waitsForSession = false;
    const std::optional<ListenAddress> address = parseListenAddress(m_listen);
    const AppSettings settings;
    ApiServer::Options options;
    options.address = address->address;
    options.port = address->port;
    options.databasePath = m_session->databasePath();
    options.outputDir = settings.effectiveOutputFolder();
    const QString pipelinePath = settings.defaultPipelineFile().isEmpty()
                                     ? PipelineLoader::builtInPath()
                                     : settings.defaultPipelineFile();
    QFile pipeline(pipelinePath);
    if (!pipeline.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read the pipeline the API starts, %1: %2")
                 .arg(QDir::toNativeSeparators(pipelinePath), pipeline.errorString()));
        return;
    }
    options.pipelineText = pipeline.readAll();
    auto server = std::make_unique<ApiServer>(m_session, m_key, options);
    m_key.clear(); // the server keeps its own copy
    if (!server->listen()) {
        fail(server->error());
        return;
    }
    m_server = std::move(server);
    setState(State::Serving);
}

void ApiService::fail(const QString &message)
{
    qCWarning(lcApi).noquote() << "not serving the API:" << message;
    m_key.clear();
    m_error = message;
    m_state = State::Failed;
    // Always told: a new failure replaces the reason of an earlier one.
    Q_EMIT stateChanged(m_state);
}

void ApiService::setState(State state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace Conductor
