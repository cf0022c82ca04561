// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// GET /api/conductor/events over real HTTP on loopback: one execution's stream (its
// history, then live events, without a gap), the cap on streams and their keep-alive, and
// the executions other processes run on the same database.

#include "apiclient.h"
#include "designexamples.h"

#include <QRegularExpression>

using namespace Conductor;
using namespace Conductor::Test;

class TestApiStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsEvents();
    void capsEventStreams();
    void streamsOtherProcessesEvents();
};

void TestApiStreams::streamsEvents()
{
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    const QByteArray ops = api.token(Role::Operator, QStringLiteral("ops"));
    QCOMPARE(api.post("/api/conductor/ideas", ops, ideaBody()).status, 201);
    const QString id = api.post("/api/conductor/pipeline/start", ops, kStartBody)
                           .json()
                           .value(QStringLiteral("id"))
                           .toString();
    QTest::qWait(100); // some history before the stream opens

    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, api.port());
    QVERIFY(
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.write("GET /api/conductor/events?executionId=" + id.toUtf8() +
                 " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + viewer + "\r\n\r\n");
    // Until it waits at its first gate.
    QVERIFY(QTest::qWaitFor([&] { return received.contains("event: gate_opened"); }, 30'000));
    QCOMPARE(api.server->openStreams(), 1);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("Content-Type: text/event-stream"));
    const QRegularExpression frame(
        QStringLiteral("id: ([^:\\n]+):(\\d+)\\nevent: (\\w+)\\ndata: (\\{[^\\n]*\\})\\n\\n"));
    qint64 expected = 1;
    for (auto it = frame.globalMatch(QString::fromUtf8(received)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(1), id);
        QCOMPARE(m.captured(2).toLongLong(), expected); // history first, then live, no gap
        const QJsonObject data = QJsonDocument::fromJson(m.captured(4).toUtf8()).object();
        QCOMPARE(data.value(QStringLiteral("seq")).toInteger(), expected);
        QCOMPARE(data.value(QStringLiteral("type")).toString(), m.captured(3));
        ++expected;
    }
    QVERIFY(expected > 5);
    socket.disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&] { return api.server->openStreams() == 0; }, 5000));
}

void TestApiStreams::capsEventStreams()
{
    ApiFixture api;
    ApiServer::Options options;
    options.maxStreams = 2;
    options.keepAlive = std::chrono::milliseconds(100);
    options.limits.requestTimeout = std::chrono::milliseconds(300);
    QVERIFY(api.start(0.01, options));
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    std::vector<std::unique_ptr<QTcpSocket>> streams;
    QByteArray keptAlive;
    for (int i = 0; i < 2; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::readyRead, s, [&keptAlive, s] { keptAlive += s->readAll(); });
        s->connectToHost(QHostAddress::LocalHost, api.port());
        QVERIFY(
            QTest::qWaitFor([s] { return s->state() == QAbstractSocket::ConnectedState; }, 5000));
        s->write("GET /api/conductor/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                 viewer + "\r\n\r\n");
        streams.push_back(std::move(socket));
    }
    QVERIFY(QTest::qWaitFor([&] { return api.server->openStreams() == 2; }, 5000));
    const HttpReply third = api.get("/api/conductor/events", viewer);
    QCOMPARE(third.status, 503);
    QCOMPARE(third.error(), QStringLiteral("service_unavailable"));
    // Idle streams get comments, and outlive the gate's request timeout.
    QVERIFY(QTest::qWaitFor([&] { return keptAlive.count(": keep-alive") >= 8; }, 5000));
    QCOMPARE(api.server->openStreams(), 2);
    // A request that does not stream is cut at the request timeout.
    QElapsedTimer cut;
    cut.start();
    QCOMPARE(
        rawRequest(api.port(),
                   "POST /api/conductor/ideas HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{")
            .status,
        0);
    QVERIFY(cut.elapsed() < 3000);
    streams.clear();
    QVERIFY(QTest::qWaitFor([&] { return api.server->openStreams() == 0; }, 5000));
    QCOMPARE(api.get("/api/conductor/health").status, 200);
}

void TestApiStreams::streamsOtherProcessesEvents()
{
    // An execution another process runs on the same database (here a second session) reaches
    // the stream through the store, each event once and in order.
    ApiFixture api;
    QVERIFY(api.start());
    const QByteArray viewer = api.token(Role::Viewer, QStringLiteral("val"));
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, api.port());
    QVERIFY(
        QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
    socket.write("GET /api/conductor/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " +
                 viewer + "\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return api.server->openStreams() == 1; }, 5000));

    DesktopFixture other(api.core.databasePath());
    QVERIFY(other.open());
    const QString id = other.start(other.request());
    QVERIFY(!id.isEmpty());
    QVERIFY(!api.core.session->runsHere(id));
    QVERIFY(QTest::qWaitFor([&] { return received.contains("event: gate_opened"); }, 30'000));
    const QRegularExpression frame(QStringLiteral("id: ([^:\\n]+):(\\d+)\\n"));
    qint64 expected = 1;
    for (auto it = frame.globalMatch(QString::fromUtf8(received)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(1), id);
        QCOMPARE(m.captured(2).toLongLong(), expected);
        ++expected;
    }
    QVERIFY(expected > 5);
}

QTEST_GUILESS_MAIN(TestApiStreams)
#include "tst_apistreams.moc"
