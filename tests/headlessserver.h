// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the end-to-end tests of `conductor --headless`: the server as a real process (its
// output in files, so a chatty server never blocks on a full pipe), a plain HTTP/1.1 client
// over QTcpSocket or QSslSocket on loopback that writes its requests byte for byte, and
// API tokens made with `conductor token create`.

#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <csignal>
#include <memory>

namespace Conductor::Test {

// One answer as it came off the wire.
struct HttpAnswer
{
    int status = 0; // 0: no answer (refused, reset, timed out)
    QByteArray head;
    QHash<QByteArray, QByteArray> headers; // by lower-case name
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        return headers.value(name.toLower());
    }
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // For failure messages.
    [[nodiscard]] QByteArray describe() const
    {
        return QByteArray::number(status) + ' ' + body.left(400);
    }
};

// Splits a received response at its head; false while the head is incomplete.
inline bool parseHead(const QByteArray &bytes, HttpAnswer *answer)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0) {
        return false;
    }
    answer->head = bytes.left(end);
    const QList<QByteArray> lines = answer->head.split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    answer->status = status.value(1).toInt();
    answer->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            answer->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    answer->body = bytes.mid(end + 4);
    return true;
}

// Where the server listens, and the certificate to trust when it speaks TLS.
struct Endpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QSslCertificate certificate; // null: plain HTTP
};

// A request on a connection of its own, sent at once and read as it comes: several may be
// under way together, and a test may stop waiting (or kill the server) at any moment.
class PendingRequest
{
public:
    PendingRequest(const Endpoint &endpoint, const QByteArray &method, const QByteArray &path,
                   const QByteArray &token = {}, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {},
                   bool sendBody = true)
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: " + endpoint.host.toUtf8() +
                             ':' + QByteArray::number(endpoint.port) + "\r\nConnection: close\r\n";
        if (!token.isEmpty()) {
            request += "Authorization: Bearer " + token + "\r\n";
        }
        bool hasLength = false;
        for (const auto &[name, value] : extraHeaders) {
            request += name + ": " + value + "\r\n";
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (!body.isEmpty() || method == "POST") {
            request += "Content-Type: application/json\r\n";
            if (!hasLength) {
                request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            }
        }
        request += "\r\n";
        if (sendBody) {
            request += body;
        }
        if (endpoint.certificate.isNull()) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(endpoint.host, endpoint.port);
            m_socket->waitForConnected(10'000);
        } else {
            auto ssl = std::make_unique<QSslSocket>();
            // The certificate names localhost; only it, self-signed, is accepted.
            ssl->setPeerVerifyName(QStringLiteral("localhost"));
            ssl->ignoreSslErrors(
                {QSslError(QSslError::SelfSignedCertificate, endpoint.certificate)});
            ssl->connectToHostEncrypted(endpoint.host, endpoint.port);
            ssl->waitForEncrypted(10'000);
            m_socket = std::move(ssl);
        }
        m_socket->write(request);
    }

    // Reads what has come within ms; true once the answer is whole (or the connection
    // ended).
    bool poll(int ms)
    {
        if (m_done) {
            return true;
        }
        if (m_socket->state() != QAbstractSocket::UnconnectedState) {
            m_socket->waitForReadyRead(ms);
        }
        m_bytes += m_socket->readAll();
        HttpAnswer answer;
        if (parseHead(m_bytes, &answer)) {
            const qsizetype length = answer.header("content-length").toLongLong();
            if (answer.body.size() >= length && answer.headers.contains("content-length")) {
                m_answer = answer;
                m_answer.body.truncate(length);
                m_done = true;
            }
        }
        if (!m_done && m_socket->state() == QAbstractSocket::UnconnectedState) {
            m_bytes += m_socket->readAll();
            parseHead(m_bytes, &m_answer);
            m_done = true;
        }
        return m_done;
    }
    // Waits up to ms for the whole answer.
    HttpAnswer wait(int ms = 30'000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!poll(50) && timer.elapsed() < ms) {
        }
        return m_answer;
    }
    [[nodiscard]] bool done() const { return m_done; }
    [[nodiscard]] const HttpAnswer &answer() const { return m_answer; }
    [[nodiscard]] QAbstractSocket *socket() const { return m_socket.get(); }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_bytes;
    HttpAnswer m_answer;
    bool m_done = false;
};

inline HttpAnswer request(const Endpoint &endpoint, const QByteArray &method,
                          const QByteArray &path, const QByteArray &token = {},
                          const QByteArray &body = {})
{
    PendingRequest pending(endpoint, method, path, token, body);
    return pending.wait();
}

// A token made as an admin makes one; empty when the command failed.
inline QByteArray createToken(const Cli &cli, const QString &secretsDir, const QString &role,
                              const QString &subject)
{
    const CliResult r =
        cli.run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--role"), role,
                 QStringLiteral("--subject"), subject, QStringLiteral("--db"), cli.db(),
                 QStringLiteral("--secrets-dir"), secretsDir});
    if (r.exitCode != 0) {
        qWarning().noquote() << "token create failed:" << r.err;
        return {};
    }
    return r.out.split('\n').value(0).trimmed();
}

// `conductor --headless` on one database: started, waited for, stopped or killed.
class HeadlessServer
{
public:
    HeadlessServer(const Cli &cli, QStringList arguments)
        : m_arguments(std::move(arguments))
        , m_cli(cli)
    {}
    ~HeadlessServer() { kill(); }

    // Starts it and waits for its `listening on` line; false (with output() telling why)
    // when it did not listen within ms.
    bool start(int ms = 60'000)
    {
        ++m_runs;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(m_cli.environment());
        m_process->setStandardOutputFile(outPath());
        m_process->setStandardErrorFile(errPath());
        m_process->start(QStringLiteral(CONDUCTOR_BINARY),
                         QStringList{QStringLiteral("--headless")} + m_arguments);
        if (!m_process->waitForStarted(ms)) {
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms) {
            const QByteArray out = readFile(outPath());
            const qsizetype at = out.indexOf("listening on ");
            if (at >= 0 && out.indexOf('\n', at) > at) {
                const QByteArray line = out.mid(at, out.indexOf('\n', at) - at);
                m_url = QUrl(QString::fromUtf8(line.mid(13)));
                m_endpoint.port = static_cast<quint16>(m_url.port());
                return m_url.isValid() && m_endpoint.port != 0;
            }
            if (m_process->waitForFinished(50)) {
                return false;
            }
        }
        return false;
    }
    // SIGTERM; the exit code, or -1 when it did not end within ms (or crashed).
    int terminate(int ms = 10'000)
    {
        if (!running()) {
            return -1;
        }
        m_process->terminate();
        if (!m_process->waitForFinished(ms)) {
            return -1;
        }
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }
    // SIGKILL, waited for: the kernel has let go of the process (and of its pid, which
    // the next server checks to know the execution's owner is gone).
    void kill()
    {
        if (!m_process) {
            return;
        }
        if (const qint64 pid = m_process->processId(); pid > 0 && running()) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
        m_process->waitForFinished(30'000);
    }
    [[nodiscard]] bool running() const
    {
        return m_process && m_process->state() != QProcess::NotRunning;
    }
    [[nodiscard]] bool waitForExit(int ms) { return m_process && m_process->waitForFinished(ms); }
    [[nodiscard]] int exitCode() const
    {
        return m_process && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode()
                                                                            : -1;
    }
    [[nodiscard]] const QUrl &url() const { return m_url; }
    [[nodiscard]] Endpoint &endpoint() { return m_endpoint; }
    // What the server printed, for failure messages.
    [[nodiscard]] QByteArray output() const
    {
        return "stdout:\n" + readFile(outPath()) + "\nstderr (last 4000 bytes):\n" +
               readFile(errPath()).right(4000);
    }

private:
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    [[nodiscard]] QString outPath() const
    {
        return m_cli.path(QStringLiteral("server-%1.out").arg(m_runs));
    }
    [[nodiscard]] QString errPath() const
    {
        return m_cli.path(QStringLiteral("server-%1.err").arg(m_runs));
    }

    QStringList m_arguments;
    const Cli &m_cli;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    Endpoint m_endpoint;
    int m_runs = 0;
};

} // namespace Conductor::Test
