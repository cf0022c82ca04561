// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Users and their second factors in a real database: the first user is the account that
// created the database, as admin; names and roles are checked; a TOTP code is accepted
// once within ±1 step, never again (also through a new connection, as after a restart),
// and five wrong codes lock the second factor until the lockout runs out or an admin
// lifts it. Also: migration 2 gives an older database's gates their rows.

#include "security/roles.h"
#include "security/totp.h"
#include "security/userstore.h"
#include "store/database.h"
#include "store/storequeries.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace Conductor;

namespace {

// 2026-01-01T09:00:10Z: ten seconds into a 30-second step.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1767258010, Qt::UTC);

QString codeAt(const QByteArray &secret, const QDateTime &at, int stepOffset = 0)
{
    const Totp::Parameters p;
    return Totp::code(secret, Totp::counterAt(at.toSecsSinceEpoch(), p) + stepOffset, p);
}

} // namespace

class TestUsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstUserIsTheAccountAsAdmin();
    void addListAndRoles();
    void refusesBadNamesAndDuplicates();
    void roleOrder();
    void codeAcceptedOnceWithinTheWindow();
    void codeNeverAcceptedTwiceAfterARestart();
    void lockoutAfterFiveWrongCodes();
    void newSecretReplacesTheOld();
    void notEnrolledAndUnknown();
    void migrationGivesOldGatesTheirRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString path() const { return m_dir->filePath(QStringLiteral("conductor.db")); }
};

void TestUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(path(), u"test");
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
}

void TestUsers::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestUsers::firstUserIsTheAccountAsAdmin()
{
    UserStore users(*m_db);
    const QList<User> all = users.list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, osAccountName());
    QCOMPARE(all.first().role, Role::Admin);
    QCOMPARE(all.first().createdBy, QStringLiteral("system"));
    // Opening again adds no one.
    Database again(path(), u"again");
    QVERIFY(again.open());
    QCOMPARE(UserStore(again).list().size(), 1);
}

void TestUsers::addListAndRoles()
{
    UserStore users(*m_db);
    QVERIFY2(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")),
             qPrintable(users.error()));
    QVERIFY(users.add(QStringLiteral("bob.smith@lab"), Role::Viewer, QStringLiteral("root")));
    const std::optional<User> alice = users.find(QStringLiteral("alice"));
    QVERIFY(alice);
    QCOMPARE(alice->role, Role::Approver);
    QCOMPARE(alice->createdBy, QStringLiteral("root"));
    QVERIFY(!alice->totpEnrolled);
    QVERIFY(users.setRole(QStringLiteral("bob.smith@lab"), Role::Operator, QStringLiteral("root")));
    QCOMPARE(users.find(QStringLiteral("bob.smith@lab"))->role, Role::Operator);
    QVERIFY(!users.setRole(QStringLiteral("carol"), Role::Operator, QStringLiteral("root")));
    QVERIFY(users.error().contains(QStringLiteral("no user carol")));
    QStringList names;
    for (const User &u : users.list()) {
        names.append(u.name);
    }
    QVERIFY(names.contains(QStringLiteral("alice")));
    QCOMPARE(names.size(), 3);
}

void TestUsers::refusesBadNamesAndDuplicates()
{
    UserStore users(*m_db);
    for (const QString &bad : {QString(), QStringLiteral("has space"), QStringLiteral("-dash"),
                               QStringLiteral("semi;colon"), QString(65, u'a')}) {
        QVERIFY2(!users.add(bad, Role::Viewer, QStringLiteral("root")), qPrintable(bad));
        QVERIFY(users.error().contains(QStringLiteral("not a valid user name")));
    }
    QVERIFY(users.add(QStringLiteral("alice"), Role::Viewer, QStringLiteral("root")));
    QVERIFY(!users.add(QStringLiteral("alice"), Role::Admin, QStringLiteral("root")));
    QVERIFY(users.error().contains(QStringLiteral("exists already")));
    QCOMPARE(users.find(QStringLiteral("alice"))->role, Role::Viewer); // unchanged
}

void TestUsers::roleOrder()
{
    QVERIFY(roleAtLeast(Role::Admin, u"approver"));
    QVERIFY(roleAtLeast(Role::Approver, u"approver"));
    QVERIFY(!roleAtLeast(Role::Operator, u"approver"));
    QVERIFY(!roleAtLeast(Role::Viewer, u"operator"));
    QVERIFY(!roleAtLeast(Role::Admin, u"superuser"));
    QCOMPARE(roleFromName(u"operator"), std::optional<Role>(Role::Operator));
    QCOMPARE(roleFromName(u"Operator"), std::nullopt);
    QCOMPARE(roleName(Role::Viewer), QStringLiteral("viewer"));
}

void TestUsers::codeAcceptedOnceWithinTheWindow()
{
    UserStore users(*m_db);
    QVERIFY(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")));
    const std::optional<TotpEnrollment> e = users.enrollTotp(QStringLiteral("alice"));
    QVERIFY(e);
    QVERIFY(e->uri.startsWith(QStringLiteral("otpauth://totp/Conductor:alice?")));
    QVERIFY(users.find(QStringLiteral("alice"))->totpEnrolled);
    using C = UserStore::CodeCheck;
    // Two steps away is outside the window, either way.
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(e->secret, kNow, -2), kNow), C::Wrong);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(e->secret, kNow, 2), kNow), C::Wrong);
    // The previous step's code is still accepted (a clock a little behind) ...
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(e->secret, kNow, -1), kNow),
             C::Accepted);
    // ... and then the current one, once.
    const QString current = codeAt(e->secret, kNow);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), current, kNow), C::Accepted);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), current, kNow), C::Replayed);
    // The previous step's code is older than the last accepted one: refused too.
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(e->secret, kNow, -1), kNow),
             C::Replayed);
    // The next step's (a clock a little ahead) is new.
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(e->secret, kNow, 1), kNow),
             C::Accepted);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), QStringLiteral("12ab56"), kNow), C::Wrong);
}

void TestUsers::codeNeverAcceptedTwiceAfterARestart()
{
    QByteArray secret;
    QString code;
    {
        UserStore users(*m_db);
        QVERIFY(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")));
        secret = users.enrollTotp(QStringLiteral("alice"))->secret;
        code = codeAt(secret, kNow);
        QCOMPARE(users.checkCode(QStringLiteral("alice"), code, kNow),
                 UserStore::CodeCheck::Accepted);
    }
    m_db.reset(); // the process stops
    Database reopened(path(), u"restarted");
    QVERIFY(reopened.open());
    UserStore users(reopened);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), code, kNow.addSecs(5)),
             UserStore::CodeCheck::Replayed);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, kNow.addSecs(30)),
                             kNow.addSecs(30)),
             UserStore::CodeCheck::Accepted);
}

void TestUsers::lockoutAfterFiveWrongCodes()
{
    UserStore users(*m_db);
    QVERIFY(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")));
    const QByteArray secret = users.enrollTotp(QStringLiteral("alice"))->secret;
    const QString right = codeAt(secret, kNow);
    const QString wrong = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int i = 1; i < UserStore::kMaxFailures; ++i) {
        QCOMPARE(users.checkCode(QStringLiteral("alice"), wrong, kNow),
                 UserStore::CodeCheck::Wrong);
        QCOMPARE(users.find(QStringLiteral("alice"))->totpFailures, i);
    }
    QCOMPARE(users.checkCode(QStringLiteral("alice"), wrong, kNow), UserStore::CodeCheck::Wrong);
    QVERIFY(users.find(QStringLiteral("alice"))->totpLockedUntil.isValid());
    // Locked: even the right code is refused, and not used up.
    QCOMPARE(users.checkCode(QStringLiteral("alice"), right, kNow), UserStore::CodeCheck::Locked);
    const QDateTime later = kNow.addSecs(UserStore::kLockoutSeconds - 1);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, later), later),
             UserStore::CodeCheck::Locked);
    // The lockout runs out.
    const QDateTime after = kNow.addSecs(UserStore::kLockoutSeconds + 1);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, after), after),
             UserStore::CodeCheck::Accepted);
    // Locked again, then lifted by an admin.
    for (int i = 0; i < UserStore::kMaxFailures; ++i) {
        QCOMPARE(users.checkCode(QStringLiteral("alice"), wrong, after),
                 UserStore::CodeCheck::Wrong);
    }
    const QDateTime next = after.addSecs(30);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, next), next),
             UserStore::CodeCheck::Locked);
    QVERIFY(users.unlock(QStringLiteral("alice")));
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, next), next),
             UserStore::CodeCheck::Accepted);
    // A success forgets the failures.
    QCOMPARE(users.checkCode(QStringLiteral("alice"), wrong, next), UserStore::CodeCheck::Wrong);
    QCOMPARE(users.checkCode(QStringLiteral("alice"), codeAt(secret, next.addSecs(30)),
                             next.addSecs(30)),
             UserStore::CodeCheck::Accepted);
    QCOMPARE(users.find(QStringLiteral("alice"))->totpFailures, 0);
}

void TestUsers::newSecretReplacesTheOld()
{
    UserStore users(*m_db);
    QVERIFY(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")));
    const QByteArray first = users.enrollTotp(QStringLiteral("alice"))->secret;
    const std::optional<TotpEnrollment> second =
        users.enrollTotp(QStringLiteral("alice"), Totp::Algorithm::Sha256);
    QVERIFY(second);
    QVERIFY(second->secret != first);
    QCOMPARE(second->secret.size(), 32);
    QVERIFY(second->uri.contains(QStringLiteral("algorithm=SHA256")));
    const QString oldCode = codeAt(first, kNow);
    Totp::Parameters p;
    p.algorithm = Totp::Algorithm::Sha256;
    const QString newCode =
        Totp::code(second->secret, Totp::counterAt(kNow.toSecsSinceEpoch(), p), p);
    if (oldCode != newCode) {
        QCOMPARE(users.checkCode(QStringLiteral("alice"), oldCode, kNow),
                 UserStore::CodeCheck::Wrong);
    }
    QCOMPARE(users.checkCode(QStringLiteral("alice"), newCode, kNow),
             UserStore::CodeCheck::Accepted);
}

void TestUsers::notEnrolledAndUnknown()
{
    UserStore users(*m_db);
    QVERIFY(users.add(QStringLiteral("alice"), Role::Approver, QStringLiteral("root")));
    QCOMPARE(users.checkCode(QStringLiteral("alice"), QStringLiteral("123456"), kNow),
             UserStore::CodeCheck::NotEnrolled);
    QCOMPARE(users.checkCode(QStringLiteral("nobody"), QStringLiteral("123456"), kNow),
             UserStore::CodeCheck::UnknownUser);
    QVERIFY(!users.enrollTotp(QStringLiteral("nobody")));
    QVERIFY(UserStore::describe(UserStore::CodeCheck::Locked, QStringLiteral("alice"))
                .contains(QStringLiteral("users unlock alice")));
}

void TestUsers::migrationGivesOldGatesTheirRows()
{
    // A database as schema 1 left it: an execution waiting at a gate, another decided.
    const QString oldPath = m_dir->filePath(QStringLiteral("old.db"));
    {
        Database raw(oldPath, u"raw");
        QVERIFY(raw.open()); // creates the current schema; then made to look like schema 1
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX events_by_type")));
        QVERIFY(raw.exec(QStringLiteral("DROP INDEX executions_by_idea")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE executions DROP COLUMN idea_id")));
        for (const char *table : {"alerts", "budget_holds", "budget_days", "audit", "api_tokens",
                                  "ideas", "metric_samples"}) {
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        }
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE executions DROP COLUMN planned_tokens")));
        QVERIFY(raw.exec(QStringLiteral("ALTER TABLE executions DROP COLUMN planned_cost")));
        for (const char *column : {"stages_done", "stages_total", "active_ms", "active_since",
                                   "waiting_gate", "next_gate"}) {
            QVERIFY(raw.exec(QStringLiteral("ALTER TABLE executions DROP COLUMN ") +
                             QLatin1String(column)));
        }
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE gates")));
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE users")));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version > 1")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO executions VALUES ('exec_0000000000000001', 'i2s', 'Idea', 'running', 1,"
            " 'ux', 0, 0, '2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z', 3, NULL, "
            "NULL)")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO events VALUES ('exec_0000000000000001', 2, 'gate_opened',"
            " '2026-01-01T09:00:00.000Z', '{\"gateId\":\"gate_00000000000000aa\","
            "\"checkpoint\":\"risk_gate\",\"gateType\":\"risk_review\",\"critical\":false,"
            "\"reason\":\"always\",\"timeoutSeconds\":3600,\"context\":{\"costSoFar\":1.5}}')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO events VALUES ('exec_0000000000000001', 3, 'gate_opened',"
            " '2026-01-01T09:00:00.000Z', '{\"gateId\":\"gate_00000000000000bb\","
            "\"checkpoint\":\"risk_gate\",\"gateType\":\"human_approval\",\"critical\":true,"
            "\"reason\":\"flagged\",\"timeoutSeconds\":60}')")));
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO events VALUES ('exec_0000000000000001', 4, 'gate_decided',"
            " '2026-01-01T09:01:00.000Z', '{\"gateId\":\"gate_00000000000000bb\","
            "\"decision\":\"rejected\",\"reviewer\":\"alice\",\"notes\":\"no\"}')")));
    }
    Database migrated(oldPath, u"migrated");
    QVERIFY2(migrated.open(), qPrintable(migrated.error()));
    QCOMPARE(migrated.schemaVersion(), knownSchemaVersion());
    QSqlQuery q(migrated.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, status, critical, reviewer, deadline, summary"
                                  " FROM gates ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("gate_00000000000000aa"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("pending"));
    QCOMPARE(q.value(2).toInt(), 0);
    QCOMPARE(q.value(4).toString(), QStringLiteral("2026-01-01T10:00:00.000Z"));
    QVERIFY(q.value(5).toString().contains(QStringLiteral("\"costSoFar\":1.5")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("rejected"));
    QCOMPARE(q.value(2).toInt(), 1);
    QCOMPARE(q.value(3).toString(), QStringLiteral("alice"));
    QVERIFY(!q.next());
    q.finish();
    QCOMPARE(UserStore(migrated).list().size(), 1); // the first admin
    StoreQueries queries(oldPath);
    QCOMPARE(queries.executionOfGate(QStringLiteral("gate_00000000000000aa")),
             std::optional<QString>(QStringLiteral("exec_0000000000000001")));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
