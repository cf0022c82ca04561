// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The provider check against an OpenAI-compatible server on loopback: up with its models
// and a latency when the key is accepted, down with the provider's reason when it is not,
// down without asking when there is no key, and down when nothing listens.

#include "agents/providerhealth.h"
#include "fakeopenai.h"
#include "fakesecrets.h"
#include "security/secretsource.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest/QTest>

#include <optional>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {} // namespace

class TestProviderHealth : public QObject
{
    Q_OBJECT

private:
    std::optional<ProviderHealth> check(const ProviderDefinition &provider)
    {
        std::optional<ProviderHealth> health;
        int calls = 0;
        checkProvider(provider, &m_secrets, &m_network, this, [&](const ProviderHealth &answer) {
            health = answer;
            ++calls;
        });
        if (calls != 0) {
            qWarning("the check answered synchronously");
            return std::nullopt;
        }
        if (!QTest::qWaitFor([&] { return calls > 0; }, 10'000)) {
            return std::nullopt;
        }
        QTest::qWait(20);
        return calls == 1 ? health : std::nullopt;
    }

    ProviderDefinition provider() const
    {
        ProviderDefinition p;
        p.id = QStringLiteral("fake");
        p.baseUrl = m_server.baseUrl() + u'/';
        p.apiKey = QStringLiteral("FAKE_KEY");
        p.timeout = 5s;
        return p;
    }

    FakeOpenAi m_server;
    QNetworkAccessManager m_network;
    FakeSecrets m_secrets;
    QByteArray m_key = "sk-health-0123456789";

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setRequiredKey(m_key);
        m_secrets.values.insert(QStringLiteral("FAKE_KEY"), m_key);
    }

    void upWithItsModels()
    {
        m_server.setModels({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")});
        const std::optional<ProviderHealth> health = check(provider());
        QVERIFY(health.has_value());
        QVERIFY2(health->up, qPrintable(health->message));
        QCOMPARE(health->httpStatus, 200);
        QCOMPARE(health->models, QStringList({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}));
        QVERIFY(health->latencyMs >= 0 && health->latencyMs < 10'000);
        const FakeOpenAi::Request &sent = m_server.requests().last();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.path, QByteArray("/v1/models"));
        QCOMPARE(sent.header("authorization"), "Bearer " + m_key);
    }

    void downWhenTheKeyIsRejected()
    {
        const QByteArray right = m_key;
        m_secrets.values.insert(QStringLiteral("FAKE_KEY"), "sk-wrong-9876543210");
        const std::optional<ProviderHealth> health = check(provider());
        m_secrets.values.insert(QStringLiteral("FAKE_KEY"), right);
        QVERIFY(health.has_value());
        QVERIFY(!health->up);
        QCOMPARE(health->httpStatus, 401);
        QVERIFY2(health->message.contains(u"Incorrect API key provided."),
                 qPrintable(health->message));
        QVERIFY(!health->message.contains(u"sk-wrong"));
    }

    void downWithoutAKey()
    {
        ProviderDefinition p = provider();
        p.apiKey = QStringLiteral("OTHER_KEY");
        const qsizetype before = m_server.requestCount();
        const std::optional<ProviderHealth> health = check(p);
        QVERIFY(health.has_value());
        QVERIFY(!health->up);
        QVERIFY(health->message.contains(u"no secret named OTHER_KEY"));
        QCOMPARE(m_server.requestCount(), before);
    }

    void downWhenNothingListens()
    {
        FakeOpenAi closed;
        QVERIFY(closed.listen());
        ProviderDefinition p = provider();
        p.baseUrl = closed.baseUrl();
        closed.close();
        const std::optional<ProviderHealth> health = check(p);
        QVERIFY(health.has_value());
        QVERIFY(!health->up);
        QCOMPARE(health->httpStatus, 0);
        QVERIFY(health->message.contains(u"could not reach fake"));
    }
};

QTEST_GUILESS_MAIN(TestProviderHealth)
#include "tst_providerhealth.moc"
