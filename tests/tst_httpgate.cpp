// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The connection gate in front of the REST API: a real Qt HTTP Server bound to the gate on
// 127.0.0.1, clients on real sockets writing requests by hand so that malformed input,
// slow input and too much input are all possible.

#include "api/httpgate.h"
#include "httpgatefixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kFiveMegabytes = 5 * 1024 * 1024;

HttpGate::Limits roomyLimits()
{
    HttpGate::Limits limits;
    limits.maxConnections = 16;
    limits.headTimeout = 5s;
    limits.bodyTimeout = 5s;
    limits.requestTimeout = 10s;
    return limits;
}

} // namespace

class TestHttpGate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void getAndPostReachTheServer();
    void handOverLeavesTheHeadBuffered();
    void methodIsCheckedBeforeLength();
    void unknownPaths();
    void expectContinue();
    void connectionCap();
    void slowHeadTimesOut();
    void headTooLarge();
    void badRequests_data();
    void badRequests();
    void acceptedHeads_data();
    void acceptedHeads();
    void chunkedBodiesAreRefused();
    void pipelinedRequestIsDropped();
    void secondRequestOnTheConnectionIsDropped();
    void slowBodyTimesOut();
    void unansweredRequestIsClosed();
    void streamOutlivesRequestTimeout();
    void hugeUploadIsCutOff();
    void tls();
    void tlsOverTheCapIsClosed();
    void plainTextToTlsIsClosed();

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
    QSslCertificate m_certificate;
};

void TestHttpGate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString certificate = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
    QVERIFY2(openssl.waitForFinished(60'000), "openssl did not finish");
    QCOMPARE(openssl.exitCode(), 0);
    QFile keyFile(key);
    QFile certificateFile(certificate);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    const QSslKey privateKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!privateKey.isNull());
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(m_certificate);
    m_tls.setPrivateKey(privateKey);
}

void TestHttpGate::getAndPostReachTheServer()
{
    Fixture fixture(roomyLimits());
    RawClient getter(fixture.port);
    getter.send(get("/api/items?page=1"));
    QVERIFY(getter.waitForResponse());
    QCOMPARE(getter.response()->status, 200);
    QCOMPARE(getter.response()->body, QByteArray("{\"items\":0}"));

    QByteArray body(roomyLimits().maxBodyBytes, '\0'); // exactly the limit
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(i * 7 % 251);
    RawClient poster(fixture.port);
    poster.send(post("/api/items", body.size()));
    poster.send(body.first(1000)); // the body in pieces, as a slow client sends it
    QTest::qWait(20);
    poster.send(body.sliced(1000));
    QVERIFY(poster.waitForResponse());
    QCOMPARE(poster.response()->status, 200);
    QCOMPARE(poster.response()->body, body);
    QCOMPARE(fixture.itemHits, 2);
    QCOMPARE(fixture.gate->openConnections(), 2);

    getter.socket()->disconnectFromHost();
    poster.socket()->disconnectFromHost();
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
    // QTcpServer says newConnection at the accept, before anything is pending; the gate says
    // it again at the hand-over, and by then Qt HTTP Server has already taken the socket:
    // it listens to pendingConnectionAvailable, which addPendingConnection() emits.
    QCOMPARE(fixture.pendingAtNewConnection, QList<bool>({false, false, false, false}));
    QVERIFY(!fixture.gate->hasPendingConnections());
}

void TestHttpGate::handOverLeavesTheHeadBuffered()
{
    // A consumer that uses newConnection() and nextPendingConnection() gets the socket after
    // the head was checked, with the head still unread.
    HttpGate gate(roomyLimits(), {});
    QVERIFY(gate.listen(QHostAddress::LocalHost, 0));
    QSignalSpy connections(&gate, &QTcpServer::newConnection);
    RawClient client(gate.serverPort());
    QVERIFY(client.waitConnected());
    QTRY_COMPARE(connections.size(), 1); // the accept
    QVERIFY(!gate.hasPendingConnections());
    const QByteArray request = post("/x", 4) + "body";
    client.send(request);
    QTRY_COMPARE(connections.size(), 2); // the hand-over
    QTcpSocket *socket = gate.nextPendingConnection();
    QVERIFY(socket);
    QCOMPARE(socket->peek(4096), request);
    QCOMPARE(gate.openConnections(), 1);
    client.socket()->disconnectFromHost();
    QTRY_COMPARE(gate.openConnections(), 0);
}

void TestHttpGate::methodIsCheckedBeforeLength()
{
    Fixture fixture(roomyLimits());
    QSignalSpy refused(fixture.gate, &HttpGate::refused);

    RawClient wrongMethod(fixture.port);
    wrongMethod.send("PUT /api/items HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
                     QByteArray::number(kFiveMegabytes) + "\r\n\r\n");
    QVERIFY(wrongMethod.waitForResponse());
    const Response notAllowed = *wrongMethod.response();
    QCOMPARE(notAllowed.status, 405);
    QCOMPARE(notAllowed.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(notAllowed.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(notAllowed.header("Connection"), QByteArray("close"));
    QVERIFY(notAllowed.body.startsWith("{\"error\":\"method_not_allowed\",\"message\":\""));
    QVERIFY(wrongMethod.waitForClose());

    // Only the head is sent: the answer comes before a byte of the body.
    RawClient tooLarge(fixture.port);
    tooLarge.send(post("/api/items", kFiveMegabytes));
    QVERIFY(tooLarge.waitForResponse());
    QCOMPARE(tooLarge.response()->status, 413);
    QVERIFY(tooLarge.response()->body.contains("\"error\":\"payload_too_large\""));
    QVERIFY(tooLarge.waitForClose());

    // Content-Length too large and Transfer-Encoding: the length is checked first.
    RawClient both(fixture.port);
    both.send(post("/api/items", kFiveMegabytes, "Transfer-Encoding: chunked\r\n"));
    QVERIFY(both.waitForResponse());
    QCOMPARE(both.response()->status, 413);

    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused[0][0].toInt(), 405);
    QCOMPARE(refused[0][1].toByteArray(), QByteArray("method_not_allowed"));
    QCOMPARE(refused[0][2].value<QHostAddress>(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(refused[1][0].toInt(), 413);
    QCOMPARE(fixture.itemHits, 0);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
}

void TestHttpGate::unknownPaths()
{
    Fixture fixture(roomyLimits());
    RawClient large(fixture.port);
    large.send(post("/api/nothing", kFiveMegabytes));
    QVERIFY(large.waitForResponse());
    QCOMPARE(large.response()->status, 413);

    RawClient small(fixture.port);
    small.send(get("/api/nothing"));
    QVERIFY(small.waitForResponse());
    QCOMPARE(small.response()->status, 404); // the server's own missing handler
}

void TestHttpGate::expectContinue()
{
    Fixture fixture(roomyLimits());
    RawClient client(fixture.port);
    client.send(post("/api/items", 5, "Expect: 100-continue\r\n"));
    QVERIFY(QTest::qWaitFor([&] { return client.received.contains("\r\n\r\n"); }, 5000));
    QCOMPARE(client.received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("hello");
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 200);
    QCOMPARE(client.response()->body, QByteArray("hello"));
    QCOMPARE(client.received.count("100 Continue"), 1); // the server does not add its own
}

void TestHttpGate::connectionCap()
{
    HttpGate::Limits limits = roomyLimits();
    limits.maxConnections = 4;
    Fixture fixture(limits);
    QSignalSpy refused(fixture.gate, &HttpGate::refused);
    std::vector<std::unique_ptr<RawClient>> idle;
    for (int i = 0; i < 4; ++i) {
        idle.push_back(std::make_unique<RawClient>(fixture.port));
        QVERIFY(idle.back()->waitConnected());
    }
    QTRY_COMPARE(fixture.gate->openConnections(), 4);

    RawClient fifth(fixture.port);
    QVERIFY(fifth.waitForResponse());
    QCOMPARE(fifth.response()->status, 503);
    QVERIFY(fifth.response()->body.contains("\"error\":\"service_unavailable\""));
    QVERIFY(fifth.waitForClose());
    QCOMPARE(fixture.gate->openConnections(), 4);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0][0].toInt(), 503);

    idle.front()->socket()->disconnectFromHost();
    QTRY_COMPARE(fixture.gate->openConnections(), 3);
    RawClient next(fixture.port);
    next.send(get("/api/items"));
    QVERIFY(next.waitForResponse());
    QCOMPARE(next.response()->status, 200);
    idle.clear();
    QTRY_COMPARE(fixture.gate->openConnections(), 1);
}

void TestHttpGate::slowHeadTimesOut()
{
    HttpGate::Limits limits = roomyLimits();
    limits.headTimeout = 300ms;
    Fixture fixture(limits);
    QSignalSpy refused(fixture.gate, &HttpGate::refused);
    RawClient client(fixture.port);
    QVERIFY(client.waitConnected());
    const QByteArray head = get("/api/items");
    qsizetype sent = 0;
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] {
        if (sent < head.size() && !client.closed)
            client.send(head.mid(sent++, 1)); // one byte every 50 ms
    });
    QElapsedTimer elapsed;
    elapsed.start();
    trickle.start(50);
    QVERIFY(client.waitForClose(3000));
    QVERIFY2(elapsed.elapsed() < 1500, QByteArray::number(elapsed.elapsed()));
    QVERIFY(sent < head.size());
    QCOMPARE(client.response()->status, 408);
    QVERIFY(client.response()->body.contains("\"error\":\"request_timeout\""));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(fixture.itemHits, 0);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
}

void TestHttpGate::headTooLarge()
{
    HttpGate::Limits limits = roomyLimits();
    limits.maxHeadBytes = 1024;
    Fixture fixture(limits);
    RawClient fits(fixture.port);
    fits.send("GET /api/items HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + QByteArray(900, 'a') +
              "\r\n\r\n");
    QVERIFY(fits.waitForResponse());
    QCOMPARE(fits.response()->status, 200);

    RawClient client(fixture.port);
    client.send("GET /api/items HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + QByteArray(2000, 'a') +
                "\r\n\r\n");
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 431);
    QVERIFY(client.response()->body.contains("\"error\":\"request_header_too_large\""));
    QVERIFY(client.waitForClose());
    QCOMPARE(fixture.itemHits, 1);
}

void TestHttpGate::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray host = "Host: localhost\r\n";
    QTest::newRow("two spaces") << "GET  /api/items HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("no version") << "GET /api/items\r\n" + host + "\r\n";
    QTest::newRow("HTTP/2.0") << "GET /api/items HTTP/2.0\r\n" + host + "\r\n";
    QTest::newRow("lower-case version") << "GET /api/items http/1.1\r\n" + host + "\r\n";
    QTest::newRow("trailing space") << "GET /api/items HTTP/1.1 \r\n" + host + "\r\n";
    QTest::newRow("relative target") << "GET api/items HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("absolute target")
        << "GET http://localhost/api/items HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("non-ASCII target") << "GET /api/it\xc3\xa9ms HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("method not a token") << "G(T /api/items HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("blank line first") << "\r\nGET /api/items HTTP/1.1\r\n" + host + "\r\n";
    QTest::newRow("no colon") << "GET /api/items HTTP/1.1\r\n" + host + "Broken\r\n\r\n";
    QTest::newRow("empty name") << "GET /api/items HTTP/1.1\r\n" + host + ": x\r\n\r\n";
    QTest::newRow("space before colon")
        << QByteArray("GET /api/items HTTP/1.1\r\nHost : localhost\r\n\r\n");
    QTest::newRow("tab before colon") << "GET /api/items HTTP/1.1\r\n" + host + "X-A\t: b\r\n\r\n";
    QTest::newRow("obs-fold") << "GET /api/items HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n";
    QTest::newRow("control character")
        << "GET /api/items HTTP/1.1\r\n" + host + "X-A: b\x01\r\n\r\n";
    QTest::newRow("bare LF") << QByteArray("GET /api/items HTTP/1.1\nHost: localhost\n\n");
    QTest::newRow("bare LF, then CRLF")
        << QByteArray("GET /api/items HTTP/1.1\r\nHost: localhost\n\r\n\r\n");
    QTest::newRow("bare CR") << QByteArray("GET /api/items HTTP/1.1\rHost: localhost\r\n\r\n");
    QTest::newRow("no Host") << QByteArray("GET /api/items HTTP/1.1\r\n\r\n");
    QTest::newRow("two Hosts") << "GET /api/items HTTP/1.1\r\n" + host + host + "\r\n";
    QTest::newRow("WebSocket upgrade")
        << "GET /api/items HTTP/1.1\r\n" + host +
               "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
               "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
    QTest::newRow("h2c upgrade") << "GET /api/items HTTP/1.1\r\n" + host +
                                        "Upgrade: h2c\r\nConnection: Upgrade\r\n\r\n";
    for (const QByteArray &length :
         {QByteArray("12a"), QByteArray("-1"), QByteArray("+5"), QByteArray(""), QByteArray("5, 5"),
          QByteArray("0x10"), QByteArray("99999999999999999999")}) {
        QTest::addRow("Content-Length '%s'", length.constData())
            << "POST /api/items HTTP/1.1\r\n" + host + "Content-Length: " + length + "\r\n\r\n";
    }
    QTest::newRow("two different lengths")
        << "POST /api/items HTTP/1.1\r\n" + host +
               "Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!";
}

void TestHttpGate::badRequests()
{
    QFETCH(QByteArray, request);
    Fixture fixture(roomyLimits());
    QSignalSpy refused(fixture.gate, &HttpGate::refused);
    RawClient client(fixture.port);
    client.send(request);
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 400);
    QVERIFY(client.response()->body.startsWith("{\"error\":\"bad_request\",\"message\":\""));
    QVERIFY(client.waitForClose());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0][1].toByteArray(), QByteArray("bad_request"));
    QCOMPARE(fixture.itemHits, 0);
}

void TestHttpGate::acceptedHeads_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HTTP/1.0 without Host")
        << QByteArray("GET /api/items HTTP/1.0\r\n\r\n") << QByteArray("{\"items\":0}");
    QTest::newRow("the same length twice")
        << QByteArray("POST /api/items HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n"
                      "content-length: 2\r\n\r\nok")
        << QByteArray("ok");
    QTest::newRow("tabs around a value")
        << QByteArray("POST /api/items HTTP/1.1\r\nHost: a\r\nContent-Length:\t3\t\r\n\r\nabc")
        << QByteArray("abc");
    QTest::newRow("no space after the colon")
        << QByteArray("GET /api/items?x=1 HTTP/1.1\r\nHost:a\r\nX-Empty:\r\n\r\n")
        << QByteArray("{\"items\":0}");
}

void TestHttpGate::acceptedHeads()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, body);
    Fixture fixture(roomyLimits());
    RawClient client(fixture.port);
    client.send(request);
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 200);
    QCOMPARE(client.response()->body, body);
}

void TestHttpGate::chunkedBodiesAreRefused()
{
    Fixture fixture(roomyLimits());
    RawClient client(fixture.port);
    client.send("POST /api/items HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n0\r\n\r\n");
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 411);
    QVERIFY(client.response()->body.contains("\"error\":\"length_required\""));
    QVERIFY(client.response()->body.contains("Chunked"));
    QVERIFY(client.waitForClose());
    QCOMPARE(fixture.itemHits, 0);
}

void TestHttpGate::pipelinedRequestIsDropped()
{
    Fixture fixture(roomyLimits());
    RawClient client(fixture.port);
    client.send(post("/api/items", 5) + "first" + post("/api/items", 6) + "second");
    QVERIFY(client.waitForClose());
    QCOMPARE(client.response()->status, 200);
    QCOMPARE(client.response()->body, QByteArray("first"));
    QCOMPARE(client.received.count("HTTP/1.1 "), 1);
    QCOMPARE(fixture.itemHits, 1);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
}

void TestHttpGate::secondRequestOnTheConnectionIsDropped()
{
    Fixture fixture(roomyLimits());
    RawClient client(fixture.port);
    client.send(get("/api/items"));
    QVERIFY(client.waitForResponse());
    QVERIFY(!client.closed);
    client.send(get("/api/items"));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.received.count("HTTP/1.1 "), 1);
    QCOMPARE(fixture.itemHits, 1);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
}

void TestHttpGate::slowBodyTimesOut()
{
    HttpGate::Limits limits = roomyLimits();
    limits.bodyTimeout = 300ms;
    Fixture fixture(limits);
    RawClient client(fixture.port);
    client.send(post("/api/items", 10) + "abc");
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(client.waitForClose(3000));
    QVERIFY(elapsed.elapsed() >= 250);
    QCOMPARE(client.response()->status, 408);
    QVERIFY(client.response()->body.contains("body"));
    QCOMPARE(fixture.itemHits, 0);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
}

void TestHttpGate::unansweredRequestIsClosed()
{
    HttpGate::Limits limits = roomyLimits();
    limits.requestTimeout = 400ms;
    Fixture fixture(limits);
    RawClient client(fixture.port);
    QElapsedTimer elapsed;
    elapsed.start();
    client.send(get("/api/hang"));
    QVERIFY(client.waitForClose(3000));
    QVERIFY(elapsed.elapsed() >= 350);
    QCOMPARE(fixture.hangHits, 1);
    QVERIFY(client.received.isEmpty());
    QTRY_COMPARE(fixture.gate->openConnections(), 0);

    // An idle keep-alive connection after an answer is closed the same way.
    RawClient idle(fixture.port);
    idle.send(get("/api/items"));
    QVERIFY(idle.waitForResponse());
    QVERIFY(idle.waitForClose(3000));
    fixture.held.clear();
}

void TestHttpGate::streamOutlivesRequestTimeout()
{
    HttpGate::Limits limits = roomyLimits();
    limits.requestTimeout = 300ms;
    Fixture fixture(limits);
    RawClient client(fixture.port);
    client.send(get("/api/events"));
    QTest::qWait(1000); // three times the request timeout: the stream goes on
    QVERIFY(!client.closed);
    QVERIFY2(fixture.eventsWritten >= 10, QByteArray::number(fixture.eventsWritten));
    const int before = fixture.eventsWritten;
    QTRY_VERIFY(fixture.eventsWritten > before);
    QVERIFY(client.received.startsWith("HTTP/1.1 200"));
    QVERIFY(client.received.contains("data: 10\n\n"));
    QCOMPARE(fixture.gate->openConnections(), 1);
    client.socket()->disconnectFromHost();
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
}

void TestHttpGate::hugeUploadIsCutOff()
{
    Fixture fixture(roomyLimits());
    QSignalSpy refused(fixture.gate, &HttpGate::refused);
    const qint64 total = 50LL * 1024 * 1024;
    const qint64 before = residentKilobytes();
    QVERIFY(before > 0);
    std::atomic<qint64> sent{0};
    std::atomic<bool> done{false};
    // A client that ignores the answer and keeps sending, in a thread of its own with
    // blocking writes so that its own buffers stay small.
    std::thread uploader([&, port = fixture.port] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval timeout{10, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0) {
            const QByteArray head = post("/api/items", total);
            ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            const QByteArray chunk(64 * 1024, 'x');
            while (sent < total) {
                const ssize_t n = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += n;
            }
        }
        ::close(fd);
        done = true;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, 20'000);
    uploader.join();
    QVERIFY(finished);
    QVERIFY2(elapsed.elapsed() < 5000, QByteArray::number(elapsed.elapsed()));
    QVERIFY2(sent < total, QByteArray::number(sent.load()));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused[0][0].toInt(), 413);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    const qint64 growth = residentKilobytes() - before;
    QVERIFY2(growth < 20 * 1024, QByteArray(QByteArray::number(growth) + " kB").constData());
    QCOMPARE(fixture.itemHits, 0);
}

void TestHttpGate::tls()
{
    Fixture fixture(roomyLimits(), m_tls);
    QVERIFY(fixture.gate->usesTls());
    auto *socket = new QSslSocket;
    socket->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
    RawClient client(fixture.port, socket);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port,
                                   QStringLiteral("localhost"));
    QVERIFY(QTest::qWaitFor([socket] { return socket->isEncrypted(); }, 10'000));
    QByteArray body(200 * 1024, 's'); // more than one TLS record and the head buffer
    body.prepend("secret");
    client.send(post("/api/items", body.size()) + body);
    QVERIFY(client.waitForResponse());
    QCOMPARE(client.response()->status, 200);
    QCOMPARE(client.response()->body, body);

    // Refusals travel inside TLS too.
    auto *other = new QSslSocket;
    other->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
    RawClient refusedClient(fixture.port, other);
    other->connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port,
                                  QStringLiteral("localhost"));
    refusedClient.send("DELETE /api/items HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(refusedClient.waitForResponse(10'000));
    QCOMPARE(refusedClient.response()->status, 405);
}

void TestHttpGate::tlsOverTheCapIsClosed()
{
    HttpGate::Limits limits = roomyLimits();
    limits.maxConnections = 1;
    Fixture fixture(limits, m_tls);
    RawClient held(fixture.port);
    QVERIFY(held.waitConnected());
    QTRY_COMPARE(fixture.gate->openConnections(), 1);
    auto *socket = new QSslSocket;
    socket->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, m_certificate)});
    RawClient extra(fixture.port, socket);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), fixture.port,
                                   QStringLiteral("localhost"));
    QVERIFY(extra.waitForClose());
    QVERIFY(!socket->isEncrypted());
    QCOMPARE(fixture.gate->openConnections(), 1);
}

void TestHttpGate::plainTextToTlsIsClosed()
{
    HttpGate::Limits limits = roomyLimits();
    limits.headTimeout = 1s;
    Fixture fixture(limits, m_tls);
    RawClient client(fixture.port);
    client.send(get("/api/items"));
    QVERIFY(client.waitForClose(5000));
    QVERIFY(!client.received.startsWith("HTTP/"));
    QCOMPARE(fixture.itemHits, 0);
    QTRY_COMPARE(fixture.gate->openConnections(), 0);

    // A client that connects and never starts the handshake is closed at the head timeout.
    RawClient silent(fixture.port);
    QVERIFY(silent.waitConnected());
    QTRY_COMPARE(fixture.gate->openConnections(), 1);
    QVERIFY(silent.waitForClose(3000));
    QVERIFY(silent.received.isEmpty());
    QTRY_COMPARE(fixture.gate->openConnections(), 0);
    QTRY_COMPARE(fixture.socketsAlive(), 0);
}

QTEST_GUILESS_MAIN(TestHttpGate)
#include "tst_httpgate.moc"
