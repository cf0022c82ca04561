// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor token as real processes, with the signing key in an owner-only folder: a token
// created by an admin verifies with that key and carries the role, subject and lifetime
// asked for; lifetimes outside 1 s to 366 days, unknown roles and a missing key are
// refused; the list names the tokens but never shows one; revoking marks a token revoked
// once, is audited, and fails for an unknown id; someone below admin is refused (exit 3).

#include "clirunner.h"
#include "security/jwt.h"
#include "security/roles.h"
#include "store/database.h"
#include "store/storequeries.h"
#include "store/storetypes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789abcdefghijklmnopqrstuv"); // 32 bytes

QString makeSecretsDir(const Test::Cli &cli, const QString &name, bool withKey)
{
    const QString dir = cli.path(name);
    if (!QDir().mkpath(dir) ||
        !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        return {};
    }
    if (withKey) {
        QFile key(dir + u"/conductor.api-signing-key"_s);
        if (!key.open(QIODevice::WriteOnly) || key.write(kKey.toHex() + '\n') != 65) {
            return {};
        }
        key.close();
        if (!key.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return {};
        }
    }
    return dir;
}

} // namespace

class TestTokenCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createListRevoke();
    void lifetimesRolesAndKeys();
    void onlyAdminsManageTokens();
};

void TestTokenCommand::createListRevoke()
{
    Test::Cli cli;
    const QString secrets = makeSecretsDir(cli, u"secrets"_s, true);
    QVERIFY(!secrets.isEmpty());
    const QStringList common{u"--db"_s, cli.db(), u"--secrets-dir"_s, secrets};

    Test::CliResult r = cli.run(QStringList{u"token"_s, u"create"_s, u"--role"_s, u"operator"_s,
                                            u"--subject"_s, u"ci-bot"_s} +
                                common);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray token = r.out.trimmed();
    QCOMPARE(r.out.count('\n'), 1);
    const TokenCheck check = verifyToken(token, kKey, QDateTime::currentDateTimeUtc());
    QVERIFY2(check.claims, qPrintable(check.error));
    QCOMPARE(check.claims->subject, u"ci-bot"_s);
    QCOMPARE(check.claims->role, u"operator"_s);
    QCOMPARE(check.claims->audience, u"conductor"_s);
    QCOMPARE(check.claims->issuedAt.secsTo(check.claims->expiresAt), 8 * 3600); // the default
    const QString jti = check.claims->id;
    QVERIFY(r.err.contains(jti.toUtf8()));
    QVERIFY(!verifyToken(token, QByteArray(32, 'x'), QDateTime::currentDateTimeUtc()).claims);

    r = cli.run(QStringList{u"token"_s, u"create"_s, u"--role"_s, u"viewer"_s, u"--subject"_s,
                            u"dashboard"_s, u"--ttl"_s, u"30m"_s} +
                common);
    QCOMPARE(r.exitCode, 0);
    const TokenCheck second = verifyToken(r.out.trimmed(), kKey, QDateTime::currentDateTimeUtc());
    QVERIFY(second.claims);
    QCOMPARE(second.claims->issuedAt.secsTo(second.claims->expiresAt), 1800);
    QVERIFY(second.claims->id != jti);

    // The list names both tokens and shows neither.
    r = cli.run({u"token"_s, u"list"_s, u"--json"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(token.split('.').at(2)));
    QVERIFY(!r.out.contains(token.split('.').at(1)));
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QStringList ids;
    for (const QJsonValue &v : list) {
        ids.append(v.toObject().value(u"jti"_s).toString());
        QVERIFY(v.toObject().value(u"revokedAt"_s).toString().isEmpty());
    }
    QVERIFY(ids.contains(jti));
    QVERIFY(ids.contains(second.claims->id));
    r = cli.run({u"token"_s, u"list"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(jti.toUtf8()));
    QVERIFY(!r.out.contains(token.split('.').at(2)));

    // Revoked once, audited; a second time and an unknown id fail.
    r = cli.run({u"token"_s, u"revoke"_s, jti, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli.run({u"token"_s, u"revoke"_s, jti, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already"), r.err.constData());
    r = cli.run({u"token"_s, u"revoke"_s, u"0123456789abcdef"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no token"), r.err.constData());
    r = cli.run({u"token"_s, u"revoke"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 2);

    r = cli.run({u"token"_s, u"list"_s, u"--json"_s, u"--db"_s, cli.db()});
    list = QJsonDocument::fromJson(r.out).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const bool revoked = o.value(u"jti"_s).toString() == jti;
        QCOMPARE(!o.value(u"revokedAt"_s).toString().isEmpty(), revoked);
        QCOMPARE(o.value(u"revokedBy"_s).toString(), revoked ? osAccountName() : QString());
    }

    StoreQueries queries(cli.db());
    QVERIFY(queries.isOpen());
    const QList<AuditRecord> audit = queries.auditRecords(100);
    QStringList actions;
    for (const AuditRecord &a : audit) {
        actions.append(a.action + u' ' + a.subject);
        QVERIFY(!QJsonDocument(a.detail).toJson().contains(token.split('.').at(2)));
    }
    QVERIFY2(actions.contains(u"api_token_revoked "_s + jti), qPrintable(actions.join(u", ")));
    QVERIFY(actions.contains(u"api_token_created "_s + jti));
}

void TestTokenCommand::lifetimesRolesAndKeys()
{
    Test::Cli cli;
    const QString secrets = makeSecretsDir(cli, u"secrets"_s, true);
    QVERIFY(!secrets.isEmpty());
    const auto create = [&](const QString &role, const QString &ttl, const QString &dir) {
        return cli.run({u"token"_s, u"create"_s, u"--role"_s, role, u"--subject"_s, u"x"_s,
                        u"--ttl"_s, ttl, u"--db"_s, cli.db(), u"--secrets-dir"_s, dir});
    };
    Test::CliResult r = create(u"admin"_s, u"366d"_s, secrets);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const TokenCheck year = verifyToken(r.out.trimmed(), kKey, QDateTime::currentDateTimeUtc());
    QVERIFY(year.claims);
    QCOMPARE(year.claims->issuedAt.secsTo(year.claims->expiresAt), 366LL * 24 * 3600);
    for (const QString &ttl : {u"367d"_s, u"0s"_s, u"500ms"_s, u"-1h"_s, u"eight hours"_s}) {
        r = create(u"viewer"_s, ttl, secrets);
        QVERIFY2(r.exitCode == 2, qPrintable(ttl));
        QVERIFY(r.out.isEmpty());
    }
    r = create(u"root"_s, u"1h"_s, secrets);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    r = cli.run({u"token"_s, u"create"_s, u"--role"_s, u"viewer"_s, u"--db"_s, cli.db(),
                 u"--secrets-dir"_s, secrets});
    QCOMPARE(r.exitCode, 2);

    // A folder without the key: nothing is made there, and the message says how.
    const QString empty = makeSecretsDir(cli, u"empty"_s, false);
    QVERIFY(!empty.isEmpty());
    r = create(u"viewer"_s, u"1h"_s, empty);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("openssl rand -hex 32"), r.err.constData());
    QVERIFY(QDir(empty).isEmpty());

    r = cli.run({u"token"_s, u"list"_s, u"--json"_s, u"--db"_s, cli.db()});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1); // only the year-long one
}

void TestTokenCommand::onlyAdminsManageTokens()
{
    Test::Cli cli;
    const QString secrets = makeSecretsDir(cli, u"secrets"_s, true);
    QVERIFY(!secrets.isEmpty());
    Test::CliResult r = cli.run({u"token"_s, u"create"_s, u"--role"_s, u"viewer"_s, u"--subject"_s,
                                 u"x"_s, u"--db"_s, cli.db(), u"--secrets-dir"_s, secrets});
    QCOMPARE(r.exitCode, 0);
    const TokenCheck check = verifyToken(r.out.trimmed(), kKey, QDateTime::currentDateTimeUtc());
    QVERIFY(check.claims);
    {
        StoreQueries queries(cli.db());
        QVERIFY(queries.database()->exec(
            u"UPDATE users SET role = 'approver' WHERE name = '%1'"_s.arg(osAccountName())));
    }
    r = cli.run({u"token"_s, u"create"_s, u"--role"_s, u"viewer"_s, u"--subject"_s, u"y"_s,
                 u"--db"_s, cli.db(), u"--secrets-dir"_s, secrets});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("needs the role admin"), r.err.constData());
    r = cli.run({u"token"_s, u"revoke"_s, check.claims->id, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 3);
    r = cli.run({u"token"_s, u"list"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestTokenCommand)
#include "tst_tokencommand.moc"
