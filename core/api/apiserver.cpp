// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiserver.h"

#include "apiserver_p.h"
#include "engine/session.h"
#include "eventstreams.h"
#include "logging/logging.h"
#include "security/jwt.h"
#include "store/tokenrows.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

namespace Conductor {

// The one class that knows Qt HTTP Server's API: it parses requests and hands each whole
// one to the server.
class ApiHttp final : public QAbstractHttpServer
{
public:
    explicit ApiHttp(ApiServer *server)
        : m_server(server)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_server->dispatch(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_server->dispatch(request, socket);
    }

private:
    ApiServer *m_server;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

ApiAnswer unauthorized(const QString &message)
{
    ApiAnswer answer = ApiAnswer::error(401, QStringLiteral("unauthorized"), message);
    answer.addHeader("WWW-Authenticate", "Bearer realm=\"conductor\"");
    return answer;
}

std::optional<QSslKey> readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            return key;
        }
    }
    return std::nullopt;
}

} // namespace

ApiServer::ApiServer(Session *session, QByteArray signingKey, Options options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_key(std::move(signingKey))
    , m_options(std::move(options))
    , m_http(std::make_unique<ApiHttp>(this))
    , m_store(
          std::make_unique<StoreWorker>(m_options.databasePath, QStringLiteral("conductor-api")))
    , m_poll(new QTimer(this))
{
    m_uptime.start();
    addRoutes();
    m_gate = new HttpGate(
        m_options.limits, [this](QByteArrayView path) { return methodsOf(path); }, m_http.get());
    connect(m_gate, &HttpGate::refused, this,
            [](int status, const QByteArray &code, const QHostAddress &peer) {
                qCInfo(lcApi).noquote() << "refused" << status << code << "from" << peer.toString();
            });
    m_streams = std::make_unique<EventStreams>(m_options.maxStreams, m_options.keepAlive, m_gate);
    connect(m_session, &Session::eventsCommitted, m_streams.get(), &EventStreams::publish);
    m_poll->setInterval(std::chrono::seconds(1));
    connect(m_poll, &QTimer::timeout, this, &ApiServer::pollStore);
    connect(m_session, &Session::startAnswered, this, &ApiServer::onStartAnswered);
    connect(m_session, &Session::commandAnswered, this, &ApiServer::onCommandAnswered);
}

ApiServer::~ApiServer()
{
    m_streams.reset();
    m_gate->close();
    // The database thread finishes what it does; its answers to this object are dropped.
    m_store.reset();
}

std::optional<ListenAddress> parseListenAddress(const QString &text)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']')) {
            host = host.mid(1, host.size() - 2);
        }
    }
    bool ok = false;
    const uint value = portText.toUInt(&ok);
    if (!ok || value > 65535) {
        return std::nullopt;
    }
    if (host == u"localhost") {
        host = QStringLiteral("127.0.0.1");
    }
    ListenAddress listen;
    if (!listen.address.setAddress(host)) {
        return std::nullopt;
    }
    listen.port = static_cast<quint16>(value);
    return listen;
}

bool ApiServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

QString ApiServer::refusalWithoutTls(const QHostAddress &address)
{
    if (isLoopback(address)) {
        return {};
    }
    return tr("Refusing to serve the API on %1 without TLS: give a certificate and its key, or "
              "listen on 127.0.0.1")
        .arg(address.toString());
}

bool ApiServer::listen()
{
    const bool tls = !m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty();
    if (!tls && !isLoopback(m_options.address)) {
        m_error = refusalWithoutTls(m_options.address);
        return false;
    }
    if (tls) {
        if (m_options.tlsCertificate.isEmpty() || m_options.tlsKey.isEmpty()) {
            m_error = tr("TLS needs both a certificate and its private key");
            return false;
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(m_options.tlsCertificate, QSsl::Pem);
        if (chain.isEmpty()) {
            m_error = tr("%1 holds no PEM certificate").arg(m_options.tlsCertificate);
            return false;
        }
        QFile keyFile(m_options.tlsKey);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            m_error = tr("Cannot read %1: %2").arg(m_options.tlsKey, keyFile.errorString());
            return false;
        }
        const std::optional<QSslKey> key = readKey(keyFile.readAll());
        if (!key) {
            m_error = tr("%1 holds no unencrypted PEM private key").arg(m_options.tlsKey);
            return false;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(*key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_gate->setTlsConfiguration(configuration);
    }
    if (!m_gate->listen(m_options.address, m_options.port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(m_options.address.toString())
                      .arg(m_options.port)
                      .arg(m_gate->errorString());
        return false;
    }
    m_http->bind(m_gate);
    qCInfo(lcApi).noquote() << "serving the API on" << url().toString();
    return true;
}

QUrl ApiServer::url() const
{
    QUrl url;
    const bool tls = !m_options.tlsCertificate.isEmpty();
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_gate->serverAddress().toString());
    url.setPort(m_gate->serverPort());
    return url;
}

int ApiServer::openConnections() const
{
    return m_gate->openConnections();
}

int ApiServer::openStreams() const
{
    return m_streams->count();
}

QList<QByteArray> ApiServer::methodsOf(QByteArrayView path) const
{
    QList<QByteArray> methods;
    const QString text = QString::fromUtf8(path);
    for (const Route &route : m_routes) {
        if (route.pattern.match(text).hasMatch() && !methods.contains(route.method)) {
            methods.append(route.method);
        }
    }
    return methods;
}

void ApiServer::dispatch(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto call = std::make_shared<ApiCall>();
    call->started.start();
    call->socket = socket;
    call->method = methodName(request.method());
    call->path = request.url().path();
    call->query = request.query();
    call->body = request.body();
    call->authorization = request.value("Authorization");
    for (const Route &route : std::as_const(m_routes)) {
        const QRegularExpressionMatch match = route.pattern.match(call->path);
        if (!match.hasMatch() || route.method != call->method) {
            continue;
        }
        call->route = route.name;
        call->ids = match.capturedTexts().mid(1);
        authorize(call, route);
        return;
    }
    call->route = QStringLiteral("unknown");
    const QList<QByteArray> allowed = methodsOf(call->path.toUtf8());
    if (!allowed.isEmpty()) {
        // The gate answers these before the body is read; a request it let through
        // (a path decoded to a known one) gets the same answer.
        ApiAnswer answer =
            ApiAnswer::error(405, QStringLiteral("method_not_allowed"),
                             QStringLiteral("%1 does not allow %2")
                                 .arg(call->path, QString::fromLatin1(call->method)));
        answer.addHeader("Allow", allowed.join(", "));
        reply(call, answer);
        return;
    }
    reply(call, Api::notFound(QStringLiteral("no such path: %1").arg(call->path)));
}

void ApiServer::authorize(const CallPtr &call, const Route &route)
{
    if (!route.role) {
        (this->*route.handler)(call);
        return;
    }
    const QByteArray header = call->authorization.trimmed();
    if (header.isEmpty()) {
        reply(call, unauthorized(QStringLiteral("this route needs a bearer token")));
        return;
    }
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        reply(call, unauthorized(QStringLiteral("the Authorization header is not a bearer token")));
        return;
    }
    const TokenCheck check =
        verifyToken(header.mid(7).trimmed(), m_key, QDateTime::currentDateTimeUtc());
    const std::optional<Role> role =
        check.claims ? roleFromName(check.claims->role) : std::optional<Role>();
    if (!check.claims || !role) {
        // One answer for every bad token, so a client learns nothing of why.
        qCInfo(lcApi).noquote() << "token refused:" << check.error;
        reply(call, unauthorized(QStringLiteral("the token is not valid")));
        return;
    }
    call->who = Principal{check.claims->subject, *role, check.claims->id};
    const Role needed = *route.role;
    const auto handler = route.handler;
    inStore<int>(
        [id = call->who.tokenId](StoreQueries &queries) -> int {
            if (!queries.isOpen()) {
                return -1;
            }
            return static_cast<int>(TokenRows(*queries.database()).state(id));
        },
        [this, call, needed, handler](int state) {
            if (state == -1 || state == static_cast<int>(TokenRows::State::Failed)) {
                reply(call, Api::storeFailed(QStringLiteral("the token cannot be checked")));
                return;
            }
            if (state != static_cast<int>(TokenRows::State::Active)) {
                qCInfo(lcApi).noquote() << "token" << call->who.tokenId << "of" << call->who.subject
                                        << "is revoked or unknown";
                reply(call, unauthorized(QStringLiteral("the token is not valid")));
                return;
            }
            if (call->who.role < needed) {
                reply(call, Api::forbidden(
                                QStringLiteral("%1 needs the role %2; the token's "
                                               "role is %3")
                                    .arg(call->route, roleName(needed), roleName(call->who.role))));
                return;
            }
            (this->*handler)(call);
        });
}

void ApiServer::reply(const CallPtr &call, const ApiAnswer &answer)
{
    ++m_answered[qMakePair(call->route, answer.status)];
    qCDebug(lcApi).noquote() << call->method << call->path << answer.status
                             << call->started.elapsed() << "ms" << call->who.subject;
    QTcpSocket *socket = call->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    socket->write(serialize(answer));
    socket->disconnectFromHost();
}

std::optional<QJsonObject> ApiServer::jsonBody(const CallPtr &call, const QStringList &known,
                                               bool allowEmpty)
{
    QString error;
    std::optional<QJsonObject> body = bodyObject(call->body, known, allowEmpty, &error);
    if (!body) {
        reply(call, Api::badRequest(error));
    }
    return body;
}

void ApiServer::command(const CallPtr &call, const QString &executionId, const QString &kind,
                        const QJsonObject &args, const QString &reason,
                        std::function<void(const QString &outcome)> done)
{
    StoredCommand command;
    command.executionId = executionId;
    command.kind = kind;
    command.args = args;
    command.requestedBy = call->who.subject;
    command.reason = reason;
    command.createdAt = QDateTime::currentDateTimeUtc();
    m_commands.insert(m_session->submit(command), std::move(done));
}

void ApiServer::pollStore()
{
    if (m_streams->count() == 0) {
        m_poll->stop();
        return;
    }
    if (m_polling) {
        return;
    }
    m_polling = true;
    // Rows whose time was written a little before a commit that came after the last poll are
    // read again; what was sent already is not sent twice.
    const QDateTime since = m_polledUntil.addSecs(-2);
    const QHash<QString, qint64> sent = m_streams->sent();
    struct Polled
    {
        QDateTime until;
        ExecutionEvents events;
    };
    inStore<Polled>(
        [since, sent](StoreQueries &queries) {
            Polled polled;
            polled.until = QDateTime::currentDateTimeUtc();
            for (const ExecutionSummary &row : queries.executionsChangedSince(since, 500)) {
                const qint64 after = sent.value(row.id, -1);
                if (row.lastSeq <= after) {
                    continue;
                }
                for (const ExecutionEvent &e : queries.events(row.id, std::max<qint64>(after, 0))) {
                    // An execution not seen yet: only what happened since streams opened.
                    if (after >= 0 || e.time >= since) {
                        polled.events.append(e);
                    }
                }
            }
            return polled;
        },
        [this](const Polled &polled) {
            m_polling = false;
            m_polledUntil = polled.until;
            m_streams->publish(polled.events);
        });
}

void ApiServer::onStartAnswered(const QString &key, const QString &executionId,
                                const QString &refusal)
{
    if (auto answer = m_starts.take(key)) {
        answer(executionId, refusal);
    }
}

void ApiServer::onCommandAnswered(const QString &key, const QString &, const QString &outcome)
{
    if (auto answer = m_commands.take(key)) {
        answer(outcome);
    }
}

} // namespace Conductor
