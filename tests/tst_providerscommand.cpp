// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// `conductor providers` as a script runs it, the real binary against OpenAI-compatible
// servers on loopback: exit 0 when every provider answers, with each one's models, latency
// and URL in the JSON; exit 1 when one is down, with the reason; the key read from an
// owner-only --secrets-dir and sent; one line per provider without --json; exit 2 with
// FILE:LINE:COLUMN for a pipeline that is not valid; and the shipped pipeline, which has
// no providers, says so and exits 0.

#include "clirunner.h"
#include "fakeopenai.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

const QByteArray kKey = "sk-providers-0123456789";

} // namespace

class TestProvidersCommand final : public QObject
{
    Q_OBJECT

private:
    // Runs conductor with the event loop going, so that the servers here can answer.
    CliResult run(const QStringList &arguments)
    {
        std::unique_ptr<QProcess> process(m_cli.start(arguments, nullptr));
        QSignalSpy finished(process.get(), &QProcess::finished);
        CliResult r;
        if (!finished.wait(60'000)) {
            process->kill();
            process->waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        r.out = process->readAllStandardOutput();
        r.err = process->readAllStandardError();
        return r;
    }

    // A pipeline whose two agents use the providers alpha (with the key FAKE_KEY) and beta
    // (without a key), at these URLs.
    QString writePipeline(const QString &alphaUrl, const QString &betaUrl)
    {
        const QString path = m_cli.path(QStringLiteral("providers.yml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        file.write(QStringLiteral(R"(pipeline: {id: health}
providers:
  alpha:
    baseUrl: %1
    apiKey: FAKE_KEY
  beta:
    baseUrl: %2
agents:
  writer: {kind: llm, provider: alpha, model: gpt-test, system: You write., tokens: 2000, costUSD: 0.01}
  editor: {kind: llm, provider: beta, model: gpt-test, system: You edit., tokens: 2000, costUSD: 0.01}
stages:
  - {id: draft, agent: writer}
  - {id: edit, agent: editor, needs: [draft]}
)")
                       .arg(alphaUrl, betaUrl)
                       .toUtf8());
        return path;
    }

    static QJsonObject byId(const QJsonArray &array, const QString &id)
    {
        for (const QJsonValue &v : array) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id) {
                return v.toObject();
            }
        }
        return {};
    }

    Cli m_cli;
    QString m_secrets;
    FakeOpenAi m_alpha;
    FakeOpenAi m_beta;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_alpha.listen());
        m_alpha.setRequiredKey(kKey);
        m_alpha.setModels({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")});
        QVERIFY(m_beta.listen());
        m_beta.setModels({QStringLiteral("llama")});
        // The key in an owner-only folder, as --secrets-dir wants it.
        m_secrets = m_cli.path(QStringLiteral("secrets"));
        QVERIFY(QDir().mkpath(m_secrets));
        QVERIFY(QFile::setPermissions(m_secrets, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner));
        QFile key(m_secrets + QStringLiteral("/FAKE_KEY"));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(kKey + '\n');
        key.close();
        QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void allUp()
    {
        const QString pipeline = writePipeline(m_alpha.baseUrl(), m_beta.baseUrl());
        const CliResult r =
            run({QStringLiteral("providers"), QStringLiteral("--pipeline"), pipeline,
                 QStringLiteral("--secrets-dir"), m_secrets, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isArray(), qPrintable(error.errorString() + u' ' + QString::fromUtf8(r.out)));
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("alpha"));
        const QJsonObject alpha = byId(array, QStringLiteral("alpha"));
        QCOMPARE(alpha.value(QStringLiteral("up")).toBool(), true);
        QCOMPARE(alpha.value(QStringLiteral("baseUrl")).toString(), m_alpha.baseUrl());
        QCOMPARE(alpha.value(QStringLiteral("httpStatus")).toInt(), 200);
        QCOMPARE(alpha.value(QStringLiteral("models")).toArray(),
                 QJsonArray({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}));
        QVERIFY(alpha.value(QStringLiteral("latencyMs")).isDouble());
        QVERIFY(alpha.value(QStringLiteral("latencyMs")).toDouble() >= 0);
        QCOMPARE(alpha.value(QStringLiteral("message")).toString(), QString());
        QVERIFY(QDateTime::fromString(alpha.value(QStringLiteral("checkedAt")).toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        const QJsonObject beta = byId(array, QStringLiteral("beta"));
        QCOMPARE(beta.value(QStringLiteral("up")).toBool(), true);
        QCOMPARE(beta.value(QStringLiteral("models")).toArray(),
                 QJsonArray({QStringLiteral("llama")}));
        // The key went to alpha, from the folder; beta was asked without one.
        QCOMPARE(m_alpha.requests().last().header("authorization"), "Bearer " + kKey);
        QVERIFY(m_beta.requests().last().header("authorization").isEmpty());
        QVERIFY(!r.out.contains(kKey));
    }

    void oneDown()
    {
        FakeOpenAi gone;
        QVERIFY(gone.listen());
        const QString goneUrl = gone.baseUrl();
        gone.close();
        const QString pipeline = writePipeline(m_alpha.baseUrl(), goneUrl);
        const CliResult r =
            run({QStringLiteral("providers"), QStringLiteral("--pipeline"), pipeline,
                 QStringLiteral("--secrets-dir"), m_secrets, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(byId(array, QStringLiteral("alpha")).value(QStringLiteral("up")).toBool(), true);
        const QJsonObject beta = byId(array, QStringLiteral("beta"));
        QCOMPARE(beta.value(QStringLiteral("up")).toBool(), false);
        QCOMPARE(beta.value(QStringLiteral("httpStatus")).toInt(), 0);
        QCOMPARE(beta.value(QStringLiteral("baseUrl")).toString(), goneUrl);
        QVERIFY2(beta.value(QStringLiteral("message")).toString().contains(u"could not reach"),
                 qPrintable(beta.value(QStringLiteral("message")).toString()));
    }

    void downWithoutItsKey()
    {
        // An empty secrets folder: the key cannot be found; alpha is down and
        // never asked.
        const QString empty = m_cli.path(QStringLiteral("empty-secrets"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(QFile::setPermissions(empty, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner));
        const qsizetype asked = m_alpha.requestCount();
        const CliResult r = run({QStringLiteral("providers"), QStringLiteral("--pipeline"),
                                 writePipeline(m_alpha.baseUrl(), m_beta.baseUrl()),
                                 QStringLiteral("--secrets-dir"), empty, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject alpha =
            byId(QJsonDocument::fromJson(r.out).array(), QStringLiteral("alpha"));
        QCOMPARE(alpha.value(QStringLiteral("up")).toBool(), false);
        QVERIFY2(alpha.value(QStringLiteral("message")).toString().contains(u"FAKE_KEY"),
                 qPrintable(alpha.value(QStringLiteral("message")).toString()));
        QCOMPARE(m_alpha.requestCount(), asked);
    }

    void aLinePerProvider()
    {
        FakeOpenAi gone;
        QVERIFY(gone.listen());
        const QString goneUrl = gone.baseUrl();
        gone.close();
        const CliResult r = run({QStringLiteral("providers"), QStringLiteral("--pipeline"),
                                 writePipeline(m_alpha.baseUrl(), goneUrl),
                                 QStringLiteral("--secrets-dir"), m_secrets});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        static const QRegularExpression up(
            QStringLiteral("^alpha\\s+up\\s+\\d+ ms\\s+2 models\\s+(\\S+)$"));
        const QRegularExpressionMatch alpha = up.match(lines.at(0));
        QVERIFY2(alpha.hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(alpha.captured(1), m_alpha.baseUrl());
        static const QRegularExpression down(
            QStringLiteral("^beta\\s+down\\s+\\d+ ms\\s+could not reach beta: .+\\s(\\S+)$"));
        const QRegularExpressionMatch beta = down.match(lines.at(1));
        QVERIFY2(beta.hasMatch(), qPrintable(lines.at(1)));
        QCOMPARE(beta.captured(1), goneUrl);
    }

    void anInvalidPipelineIsAUsageError()
    {
        const QString path = m_cli.path(QStringLiteral("broken.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("pipeline: {id: broken}\nproviders:\n  alpha:\n    baseUrl: [\n");
        file.close();
        const CliResult r = run({QStringLiteral("providers"), QStringLiteral("--pipeline"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QByteArray(path.toUtf8() + ":4:")), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void theShippedPipelineHasNoProviders()
    {
        CliResult r = run({QStringLiteral("providers")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("the pipeline defines no providers"));
        r = run({QStringLiteral("providers"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(r.out).isArray());
    }

    void listedInTheHelp()
    {
        const CliResult r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression line(QStringLiteral("\\n\\s+providers\\s+\\S"));
        QVERIFY2(line.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestProvidersCommand)
#include "tst_providerscommand.moc"
