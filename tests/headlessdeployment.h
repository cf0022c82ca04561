// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the end-to-end tests of `conductor --headless` share: the design document's own
// requests, a deployment (a database, a secrets folder with the API's signing key, the I2S
// pipeline at a test's pace, the tokens of an operator, an approver and a viewer), the
// stored events of an execution read straight from the SQLite file, and a client that
// approves gates until executions complete.

#include "designexamples.h"
#include "headlessserver.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Conductor::Test {

using namespace Qt::StringLiterals;

inline QByteArray startBodyFor(const QString &ideaId)
{
    return QByteArray(kStartBody).replace("idea_7f8e9d0a", ideaId.toUtf8());
}

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An events row as the database keeps it.
struct StoredEvent
{
    qint64 seq = 0;
    QString type;
    friend bool operator==(const StoredEvent &, const StoredEvent &) = default;
};

// The stored events of an execution, in order, read straight from the SQLite file.
inline QList<StoredEvent> storedEvents(const QString &path, const QString &executionId)
{
    QList<StoredEvent> events;
    const QString name = u"events-"_s + executionId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT seq, type FROM events WHERE execution_id = ? ORDER BY seq"_s);
            q.addBindValue(executionId);
            if (q.exec()) {
                while (q.next()) {
                    events.append({q.value(0).toLongLong(), q.value(1).toString()});
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return events;
}

// Numbered 1..N without a gap, and completed exactly once; empty when so, else what is
// wrong.
inline QString checkHistory(const QList<StoredEvent> &events)
{
    int completed = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).seq != i + 1) {
            return u"event %1 has seq %2"_s.arg(i + 1).arg(events.at(i).seq);
        }
        completed += events.at(i).type == u"execution_completed";
    }
    if (completed != 1) {
        return u"%1 execution_completed events in %2"_s.arg(completed).arg(events.size());
    }
    return {};
}

// A server's world: one database, a secrets folder holding the signing key, the I2S
// pipeline at a test's pace, and the tokens of an operator, an approver and a viewer.
struct Deployment
{
    Cli cli;
    QString secrets;
    QString pipeline;
    QString config;
    QByteArray operatorToken;
    QByteArray approverToken;
    QByteArray viewerToken;

    [[nodiscard]] QStringList arguments(const QString &listen = u"127.0.0.1:0"_s) const
    {
        QStringList args{u"--listen"_s,      listen,  u"--db"_s,     cli.db(),
                         u"--secrets-dir"_s, secrets, u"--output"_s, cli.output(),
                         u"--pipeline"_s,    pipeline};
        if (!config.isEmpty()) {
            args << u"--config"_s << config;
        }
        return args;
    }
};

// Fills d; a failed check ends the calling test (see QTest::currentTestFailed()).
inline void prepare(Deployment &d, const QByteArray &timeScale, bool bigDailyBudget = false)
{
    d.secrets = d.cli.path(u"secrets"_s);
    QVERIFY(QDir().mkpath(d.secrets));
    QVERIFY(
        QFile::setPermissions(d.secrets, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile key(d.secrets + u"/conductor.api-signing-key"_s);
    QVERIFY(key.open(QIODevice::WriteOnly));
    QByteArray secret(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 8);
    QCOMPARE(key.write(secret.toHex() + '\n'), 65);
    key.close();
    QVERIFY(key.setPermissions(QFile::ReadOwner | QFile::WriteOwner));

    // The shipped pipeline at the test's pace, with short retry delays.
    QFile shipped(u":/conductor/pipelines/i2s.yml"_s);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray text = shipped.readAll();
    QVERIFY(text.contains("timeScale: 1.0"));
    QVERIFY(text.contains("initialDelay: 2s"));
    text.replace("timeScale: 1.0", QByteArray("timeScale: " + timeScale));
    text.replace("initialDelay: 2s", "initialDelay: 20ms");
    d.pipeline = d.cli.path(u"i2s.yml"_s);
    QFile pipeline(d.pipeline);
    QVERIFY(pipeline.open(QIODevice::WriteOnly));
    QCOMPARE(pipeline.write(text), text.size());
    pipeline.close();

    if (bigDailyBudget) {
        // Many executions in one day: the shipped daily token budget covers about seven.
        QFile shippedConfig(u":/conductor/conductor-agent.yml"_s);
        QVERIFY(shippedConfig.open(QIODevice::ReadOnly));
        QByteArray configText = shippedConfig.readAll();
        QVERIFY(configText.contains("daily: 1000000"));
        configText.replace("daily: 1000000", "daily: 100000000");
        d.config = d.cli.path(u"conductor-agent.yml"_s);
        QFile config(d.config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        QCOMPARE(config.write(configText), configText.size());
    }

    d.operatorToken = createToken(d.cli, d.secrets, u"operator"_s, u"ops"_s);
    d.approverToken = createToken(d.cli, d.secrets, u"approver"_s, u"user_123"_s);
    d.viewerToken = createToken(d.cli, d.secrets, u"viewer"_s, u"viewer"_s);
    QVERIFY(!d.operatorToken.isEmpty());
    QVERIFY(!d.approverToken.isEmpty());
    QVERIFY(!d.viewerToken.isEmpty());
}

inline QByteArray ideaBody(const QString &id, const QString &title)
{
    return QJsonDocument(
               QJsonObject{
                   {u"id"_s, id},
                   {u"title"_s, title},
                   {u"description"_s, u"Reviews pull requests and explains the risky changes."_s},
                   {u"metadata"_s, QJsonObject{{u"source"_s, u"api"_s},
                                               {u"domain"_s, u"developer-tools"_s},
                                               {u"team"_s, u"platform"_s}}}})
        .toJson();
}

// Approves, with the design document's body, every pending gate of these executions until
// each has completed; the types of the gates approved, in order. Fails the test when an
// execution ends otherwise or does not complete within ms.
inline QStringList approveUntilCompleted(const Endpoint &endpoint, const Deployment &d,
                                         QStringList executions, int ms)
{
    QStringList approved;
    QElapsedTimer timer;
    timer.start();
    while (!executions.isEmpty()) {
        if (timer.elapsed() > ms) {
            qWarning().noquote() << "not completed:" << executions.join(u", ");
            return approved;
        }
        const HttpAnswer gates =
            request(endpoint, "GET", "/api/conductor/gates?status=pending", d.viewerToken);
        if (gates.status != 200) {
            qWarning().noquote() << "gates:" << gates.describe();
            return approved;
        }
        for (const QJsonValue &v : gates.json().value(u"items"_s).toArray()) {
            const QJsonObject gate = v.toObject();
            if (!executions.contains(gate.value(u"executionId"_s).toString())) {
                continue;
            }
            const HttpAnswer decided = request(
                endpoint, "POST",
                "/api/conductor/gates/" + gate.value(u"id"_s).toString().toUtf8() + "/approve",
                d.approverToken, kApproveBody);
            if (decided.status != 200) {
                qWarning().noquote() << "approve:" << decided.describe();
                return approved;
            }
            approved.append(gate.value(u"type"_s).toString());
        }
        for (const QString &id : QStringList(executions)) {
            const HttpAnswer e =
                request(endpoint, "GET", "/api/conductor/execution/" + id.toUtf8(), d.viewerToken);
            const QString status = e.json().value(u"status"_s).toString();
            if (status == u"completed") {
                executions.removeOne(id);
            } else if (e.status != 200 || status == u"failed" || status == u"cancelled") {
                qWarning().noquote() << id << e.describe();
                return approved;
            }
        }
        QTest::qWait(100);
    }
    approved.append(u"all completed"_s);
    return approved;
}

} // namespace Conductor::Test
