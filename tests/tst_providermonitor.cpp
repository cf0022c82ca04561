// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The provider monitor against OpenAI-compatible servers on loopback: a provider is up with
// its models and the time its answer took; down when its server stops listening, counting
// the failures in a row, and up again once pointed at a live server; checked again every
// interval; never asked twice at once when it answers slower than the interval; counted in
// downCount() when down; forgotten, with its check under way, once removed; and all of it
// on a thread of its own.

#include "agents/providermonitor.h"
#include "fakeopenai.h"
#include "fakesecrets.h"
#include "security/secretsource.h"

#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest/QTest>

#include <atomic>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

ProviderDefinition provider(const QString &id, const QString &baseUrl)
{
    ProviderDefinition p;
    p.id = id;
    p.baseUrl = baseUrl;
    p.apiKey = QStringLiteral("FAKE_KEY");
    p.timeout = 5s;
    return p;
}

// Waits until the provider has been answered at least `answers` times in all.
bool waitForAnswers(ProviderMonitor &monitor, const QString &id, int answers,
                    int timeoutMs = 10'000)
{
    int seen = 0;
    const QMetaObject::Connection c = QObject::connect(
        &monitor, &ProviderMonitor::statusChanged, &monitor, [&](const QString &changed) {
            const std::optional<ProviderStatus> s = monitor.status(changed);
            if (changed == id && s && !s->checking) {
                ++seen;
            }
        });
    const bool ok = QTest::qWaitFor([&] { return seen >= answers; }, timeoutMs);
    QObject::disconnect(c);
    return ok;
}

} // namespace

class TestProviderMonitor final : public QObject
{
    Q_OBJECT

private:
    FakeSecrets m_secrets;
    const QByteArray m_key = "sk-monitor-0123456789";

private Q_SLOTS:
    void initTestCase() { m_secrets.values.insert(QStringLiteral("FAKE_KEY"), m_key); }

    void upWithModelsAndLatency()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        server.setRequiredKey(m_key);
        server.setModels({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")});
        server.setModelsDelay(150ms);
        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(60s);
        monitor.setProviders({provider(QStringLiteral("fake"), server.baseUrl())});
        QCOMPARE(monitor.statuses().size(), 1);
        QVERIFY(!monitor.statuses().first().last.has_value());
        QVERIFY(!monitor.allChecked());
        QCOMPARE(server.requestCount(), 0); // nothing asked before start()

        const QDateTime before = QDateTime::currentDateTimeUtc();
        monitor.start();
        QVERIFY(monitor.status(QStringLiteral("fake"))->checking);
        QVERIFY(waitForAnswers(monitor, QStringLiteral("fake"), 1));
        const ProviderStatus s = *monitor.status(QStringLiteral("fake"));
        QCOMPARE(s.id, QStringLiteral("fake"));
        QCOMPARE(s.baseUrl, server.baseUrl());
        QVERIFY(s.last.has_value());
        QVERIFY2(s.last->up, qPrintable(s.last->message));
        QCOMPARE(s.last->httpStatus, 200);
        QCOMPARE(s.last->models, QStringList({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}));
        QVERIFY2(s.last->latencyMs >= 150 && s.last->latencyMs < 5000,
                 qPrintable(QString::number(s.last->latencyMs)));
        QVERIFY(s.checkedAt >= before && s.checkedAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(!s.checking);
        QCOMPARE(s.consecutiveFailures, 0);
        QCOMPARE(monitor.downCount(), 0);
        QVERIFY(monitor.allChecked());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests().first().path, QByteArray("/v1/models"));
        QCOMPARE(server.requests().first().header("authorization"), "Bearer " + m_key);
    }

    void downWhenTheServerClosesThenUpOnALiveOne()
    {
        auto first = std::make_unique<FakeOpenAi>();
        QVERIFY(first->listen());
        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(60s);
        monitor.setProviders({provider(QStringLiteral("p"), first->baseUrl())});
        monitor.start();
        QVERIFY(waitForAnswers(monitor, QStringLiteral("p"), 1));
        QVERIFY(monitor.status(QStringLiteral("p"))->last->up);

        first->close();
        QSignalSpy changed(&monitor, &ProviderMonitor::statusesChanged);
        monitor.checkNow();
        QVERIFY(waitForAnswers(monitor, QStringLiteral("p"), 1));
        ProviderStatus s = *monitor.status(QStringLiteral("p"));
        QVERIFY(s.isDown());
        QCOMPARE(s.last->httpStatus, 0);
        QVERIFY2(s.last->message.contains(u"could not reach p"), qPrintable(s.last->message));
        QCOMPARE(s.consecutiveFailures, 1);
        QCOMPARE(monitor.downCount(), 1);
        QVERIFY(changed.count() >= 2); // started, answered

        monitor.checkNow();
        QVERIFY(waitForAnswers(monitor, QStringLiteral("p"), 1));
        QCOMPARE(monitor.status(QStringLiteral("p"))->consecutiveFailures, 2);
        QCOMPARE(monitor.downCount(), 1);

        // The provider now points at a live server: checked at once, up, failures reset.
        FakeOpenAi second;
        QVERIFY(second.listen());
        monitor.setProviders({provider(QStringLiteral("p"), second.baseUrl())});
        s = *monitor.status(QStringLiteral("p"));
        QCOMPARE(s.baseUrl, second.baseUrl());
        QVERIFY(!s.last.has_value());
        QVERIFY(s.checking);
        QCOMPARE(monitor.downCount(), 0);
        QVERIFY(waitForAnswers(monitor, QStringLiteral("p"), 1));
        s = *monitor.status(QStringLiteral("p"));
        QVERIFY2(s.last->up, qPrintable(s.last->message));
        QCOMPARE(s.consecutiveFailures, 0);
        QCOMPARE(monitor.downCount(), 0);
        QCOMPARE(second.requestCount(), 1);
    }

    void checksAgainEveryInterval()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(200ms);
        QCOMPARE(monitor.interval(), 200ms);
        monitor.setProviders({provider(QStringLiteral("p"), server.baseUrl())});
        monitor.start();
        QVERIFY(monitor.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 5, 5000);
        QVERIFY(monitor.checksStarted() >= 5);
        monitor.stop();
        QVERIFY(!monitor.isActive());
        QTest::qWait(300);
        const qsizetype stopped = server.requestCount();
        QTest::qWait(600);
        QCOMPARE(server.requestCount(), stopped);
    }

    void checksAtTheIntervalsPace()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(250ms);
        monitor.setProviders({provider(QStringLiteral("p"), server.baseUrl())});
        monitor.start();
        QTest::qWait(1100);
        // At start, then at 250, 500, 750 and 1000 ms: five, give or take one for a slow
        // machine.
        QVERIFY2(server.requestCount() >= 3 && server.requestCount() <= 5,
                 qPrintable(QString::number(server.requestCount())));
    }

    void aSlowProviderIsNotAskedTwiceAtOnce()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        server.setModelsDelay(700ms);
        int mostOpen = 0;
        connect(&server, &FakeOpenAi::requestReceived, this,
                [&] { mostOpen = std::max(mostOpen, server.openConnections()); });
        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(100ms);
        monitor.setProviders({provider(QStringLiteral("slow"), server.baseUrl())});
        monitor.start();
        QTest::qWait(1600);
        // Answers at about 700 and 1400 ms, each followed by a check on the next tick:
        // three requests at most, where a check per tick would have made sixteen.
        QVERIFY2(server.requestCount() >= 2 && server.requestCount() <= 3,
                 qPrintable(QString::number(server.requestCount())));
        // Every check started reached the server, once the last one has answered.
        monitor.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.status(QStringLiteral("slow"))->checking, 5000);
        QCOMPARE(monitor.checksStarted(), server.requestCount());
        QCOMPARE(mostOpen, 1);
        QVERIFY(monitor.status(QStringLiteral("slow"))->last->up);
    }

    void downCountCountsTheProvidersDown()
    {
        FakeOpenAi live;
        QVERIFY(live.listen());
        FakeOpenAi dead;
        QVERIFY(dead.listen());
        const QString deadUrl = dead.baseUrl();
        dead.close();
        FakeOpenAi refusing;
        QVERIFY(refusing.listen());
        refusing.setRequiredKey("sk-something-else-entirely");

        ProviderMonitor monitor(&m_secrets);
        monitor.setInterval(60s);
        monitor.setProviders({provider(QStringLiteral("live"), live.baseUrl()),
                              provider(QStringLiteral("dead"), deadUrl),
                              provider(QStringLiteral("refusing"), refusing.baseUrl())});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.allChecked(), 10'000);
        const QList<ProviderStatus> all = monitor.statuses();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).id, QStringLiteral("live"));
        QCOMPARE(all.at(1).id, QStringLiteral("dead"));
        QCOMPARE(all.at(2).id, QStringLiteral("refusing"));
        QVERIFY(all.at(0).last->up);
        QVERIFY(all.at(1).isDown());
        QVERIFY(all.at(2).isDown());
        QCOMPARE(all.at(2).last->httpStatus, 401);
        QCOMPARE(monitor.downCount(), 2);

        // Dropping a down one and keeping the others: their states stay, nothing is asked.
        const qsizetype asked = live.requestCount();
        monitor.setProviders({provider(QStringLiteral("live"), live.baseUrl()),
                              provider(QStringLiteral("refusing"), refusing.baseUrl())});
        QCOMPARE(monitor.downCount(), 1);
        QVERIFY(monitor.status(QStringLiteral("live"))->last->up);
        QVERIFY(!monitor.status(QStringLiteral("dead")).has_value());
        QTest::qWait(100);
        QCOMPARE(live.requestCount(), asked);
    }

    void aRemovedProvidersCheckIsAbandoned()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        server.setModelsDelay(400ms);
        ProviderMonitor monitor(&m_secrets);
        monitor.setProviders({provider(QStringLiteral("slow"), server.baseUrl())});
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, 5000);
        QSignalSpy changed(&monitor, &ProviderMonitor::statusChanged);
        monitor.setProviders({});
        QVERIFY(monitor.statuses().isEmpty());
        QVERIFY(monitor.allChecked());
        QCOMPARE(monitor.downCount(), 0);
        QTest::qWait(700);
        QCOMPARE(changed.count(), 0);
    }

    void worksOnAnotherThread()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        QThread thread;
        auto *monitor = new ProviderMonitor(&m_secrets);
        monitor->setProviders({provider(QStringLiteral("p"), server.baseUrl())});
        monitor->moveToThread(&thread);
        connect(&thread, &QThread::finished, monitor, &QObject::deleteLater);
        thread.start();
        std::atomic<bool> answeredThere = false;
        std::atomic<bool> up = false;
        connect(monitor, &ProviderMonitor::statusChanged, monitor, [&, monitor] {
            const std::optional<ProviderStatus> s = monitor->status(QStringLiteral("p"));
            if (s && s->last) {
                up = s->last->up;
                answeredThere = QThread::currentThread() == &thread;
            }
        });
        QMetaObject::invokeMethod(monitor, &ProviderMonitor::start, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(answeredThere.load(), 10'000);
        QVERIFY(up.load());
        thread.quit();
        QVERIFY(thread.wait(10'000));
    }

    void aProviderWithoutAKeyIsAskedWithoutOne()
    {
        FakeOpenAi server;
        QVERIFY(server.listen());
        ProviderDefinition local = provider(QStringLiteral("local"), server.baseUrl());
        local.apiKey.clear();
        ProviderMonitor monitor(nullptr); // no secrets at all
        monitor.setProviders({local});
        monitor.checkNow();
        QVERIFY(!monitor.isActive());
        QVERIFY(waitForAnswers(monitor, QStringLiteral("local"), 1));
        QVERIFY(monitor.status(QStringLiteral("local"))->last->up);
        QVERIFY(server.requests().first().header("authorization").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderMonitor)
#include "tst_providermonitor.moc"
