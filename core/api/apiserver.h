// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The REST API: the design document's routes under /api/conductor, served over HTTP/1.1 by
// Qt HTTP Server behind HttpGate (which enforces the limits: connections, the time and size
// of a request head, 1 MiB bodies, 405 before 413). Qt HTTP Server only parses requests
// here (a QAbstractHttpServer whose handleRequest() is the one place that knows its API):
// every request goes to dispatch(), which routes it with the table in apiroutes.cpp,
// checks the bearer token (signature and claims here, revocation in the database), the
// role, the body, then the ids, in that order, writes the whole answer to the socket itself
// and closes the connection. So the responder API, which changes after 6.4, is used
// nowhere.
//
// Lives on the thread of the session it serves (the GUI thread of the desktop app, the main
// thread of `conductor --headless`); reads and writes of the database run on a thread of
// its own ("conductor-api"), and starts and commands go through the session, so nothing
// here waits.

#include "apicall.h"
#include "httpgate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QTimer;

namespace Conductor {

class ApiHttp;
class EventStreams;
class Session;
class StoreQueries;
class StoreWorker;

// Where to listen, as `--listen` and the desktop app's setting give it: HOST:PORT,
// [V6]:PORT, or PORT alone (on 127.0.0.1); "localhost" means 127.0.0.1 and port 0 a free
// one. Nothing when the text is none of these.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};
[[nodiscard]] std::optional<ListenAddress> parseListenAddress(const QString &text);

class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: a free one
        // PEM files; both or neither. Without them the server binds loopback addresses only.
        QString tlsCertificate;
        QString tlsKey;
        QString databasePath;
        // The pipeline (YAML text) that POST /pipeline/start runs; the configuration is the
        // session's.
        QByteArray pipelineText;
        QString outputDir; // where the executions it starts write their report bundles
        HttpGate::Limits limits;
        int maxStreams = 32;                         // event streams open at once
        std::chrono::milliseconds keepAlive{15'000}; // a comment line on idle streams
    };

    // The session and the key (32 bytes or more, see ApiSigningKey) must outlive the server.
    ApiServer(Session *session, QByteArray signingKey, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    // Binds; false with error() set (a non-loopback address without TLS, an unreadable
    // certificate, the port taken).
    [[nodiscard]] bool listen();
    // http(s)://HOST:PORT once listening.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] int openConnections() const;
    [[nodiscard]] int openStreams() const;
    // Whether binding this address is allowed without TLS.
    [[nodiscard]] static bool isLoopback(const QHostAddress &address);
    // Why listen() refuses this address without TLS; empty when it does not (loopback).
    [[nodiscard]] static QString refusalWithoutTls(const QHostAddress &address);

private:
    // One entry of the routing table.
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern; // anchored; captures are the path's ids
        QString name;               // the template, for metrics ("/api/conductor/gates/{id}")
        std::optional<Role> role;   // none: no token needed
        void (ApiServer::*handler)(const CallPtr &call);
    };
    friend class ApiHttp;

    void addRoutes();
    [[nodiscard]] QList<QByteArray> methodsOf(QByteArrayView path) const;
    void dispatch(const QHttpServerRequest &request, QTcpSocket *socket);
    void authorize(const CallPtr &call, const Route &route);

    // Runs work on the database thread and then on this thread with its result.
    template<typename Result>
    void inStore(std::function<Result(StoreQueries &)> work, std::function<void(Result)> then);

public:
    // Answers and closes the connection (nothing when the client has gone); counted for
    // /metrics.
    void reply(const CallPtr &call, const ApiAnswer &answer);

private:
    // The handlers (apiideas.cpp, apiexecutions.cpp, apigates.cpp, apistatus.cpp, ...).
    void createIdea(const CallPtr &call);
    void getIdea(const CallPtr &call);
    void startPipeline(const CallPtr &call);
    void getExecution(const CallPtr &call);
    void listExecutions(const CallPtr &call);
    void pauseExecution(const CallPtr &call);
    void resumeExecution(const CallPtr &call);
    void cancelExecution(const CallPtr &call);
    void intervene(const CallPtr &call);
    void executionUsage(const CallPtr &call);
    void listGates(const CallPtr &call);
    void decideGate(const CallPtr &call);
    void usage(const CallPtr &call);
    void health(const CallPtr &call);
    void events(const CallPtr &call);
    void metrics(const CallPtr &call);
    void openApi(const CallPtr &call);
    // apimonitoring.cpp
    void listAlerts(const CallPtr &call);
    void acknowledgeAlert(const CallPtr &call);
    void metricSeries(const CallPtr &call);

    struct PlannedCommand
    {
        QString action; // the intervention's field in the body
        QString kind;   // the command carrying it out
        QJsonObject args;
    };
    void simpleCommand(const CallPtr &call, const QString &kind);
    // Carries out the interventions one after the other, stopping at the first refused.
    void runInterventions(const CallPtr &call, const QString &executionId,
                          QList<PlannedCommand> planned, const QString &reason, QJsonArray applied);
    // The request's JSON body, or none after answering 400 (not an object, unknown keys).
    std::optional<QJsonObject> jsonBody(const CallPtr &call, const QStringList &known,
                                        bool allowEmpty = false);
    // A command for an execution, through the session; answered 200 when it was carried
    // out, 409 with the engine's reason otherwise.
    void command(const CallPtr &call, const QString &executionId, const QString &kind,
                 const QJsonObject &args, const QString &reason,
                 std::function<void(const QString &outcome)> done);
    // While streams are open: the events other processes committed since the last poll.
    void pollStore();
    void onStartAnswered(const QString &key, const QString &executionId, const QString &refusal);
    void onCommandAnswered(const QString &key, const QString &executionId, const QString &outcome);

    Session *m_session;
    QByteArray m_key;
    Options m_options;
    QString m_error;
    QList<Route> m_routes;
    std::unique_ptr<ApiHttp> m_http;
    HttpGate *m_gate = nullptr;           // owned by m_http
    std::unique_ptr<StoreWorker> m_store; // the API's reads and writes, on "conductor-api"
    std::unique_ptr<EventStreams> m_streams;
    QTimer *m_poll;
    QDateTime m_polledUntil; // rows changed after this are read at the next poll
    bool m_polling = false;  // a poll is under way
    QHash<QString, std::function<void(const QString &, const QString &)>> m_starts;
    QHash<QString, std::function<void(const QString &)>> m_commands;
    // Answers sent, by route template and status, for /metrics.
    QHash<QPair<QString, int>, qint64> m_answered;
    QElapsedTimer m_uptime;
};

} // namespace Conductor
