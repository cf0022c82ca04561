// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor users and conductor approve on a critical gate, as real processes: the
// account that creates the database is its admin; users are added, listed, given roles
// and second factors; a critical gate opened by someone else's execution is approved
// with the reviewer's TOTP code, which then cannot be used again; a wrong code, the
// starter and a missing code are refused with exit 3; and `resume` takes it to the end.

#include "clirunner.h"
#include "enginefixture.h"
#include "security/roles.h"
#include "security/totp.h"
#include "store/database.h"
#include "store/storequeries.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Conductor;

namespace {

QJsonDocument jsonOf(const Test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out);
}

QString currentCode(const QByteArray &secret, int stepOffset = 0)
{
    const Totp::Parameters p;
    return Totp::code(secret, Totp::counterAt(QDateTime::currentSecsSinceEpoch(), p) + stepOffset,
                      p);
}

} // namespace

class TestUsersCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersAreManagedByAdmins();
    void criticalGateNeedsAnotherReviewersCode();
};

void TestUsersCommand::usersAreManagedByAdmins()
{
    Test::Cli cli;
    const QString me = osAccountName();
    Test::CliResult r = cli.run({QStringLiteral("users"), QStringLiteral("list"),
                                 QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);
    QJsonArray users = jsonOf(r).array();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value(QStringLiteral("name")).toString(), me);
    QCOMPARE(users.first().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("admin"));

    r = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alice"),
                 QStringLiteral("--role"), QStringLiteral("approver"), QStringLiteral("--db"),
                 cli.db()});
    QCOMPARE(r.exitCode, 0);
    r = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alice"),
                 QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--db"),
                 cli.db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("exists already"));
    r = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("bob"),
                 QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--db"),
                 cli.db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("viewer, operator, approver, admin"));
    r = cli.run({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("alice"),
                 QStringLiteral("operator"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);

    // Enrolment prints the secret, the otpauth URI and a QR code.
    r = cli.run({QStringLiteral("users"), QStringLiteral("enroll-totp"), QStringLiteral("alice"),
                 QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("otpauth://totp/Conductor:alice?secret="));
    QVERIFY(r.out.contains("\xe2\x96\x88")); // the QR code's full blocks

    r = cli.run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--db"), cli.db()});
    users = jsonOf(r).array();
    QCOMPARE(users.size(), 2);
    for (const QJsonValue &v : users) {
        if (v.toObject().value(QStringLiteral("name")) == QStringLiteral("alice")) {
            QCOMPARE(v.toObject().value(QStringLiteral("role")).toString(),
                     QStringLiteral("operator"));
            QVERIFY(v.toObject().value(QStringLiteral("totp")).toBool());
        }
    }

    // Once this account is only a viewer, it may list but not add, run or decide.
    {
        StoreQueries queries(cli.db());
        QVERIFY(queries.database()->exec(
            QStringLiteral("UPDATE users SET role = 'viewer' WHERE name = '%1'").arg(me)));
    }
    r = cli.run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("carol"),
                 QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--db"),
                 cli.db()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("needs the role admin"));
    r = cli.run({QStringLiteral("run"), QStringLiteral("--idea"), QStringLiteral("x"),
                 QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("needs the role operator"));
    r = cli.run({QStringLiteral("gates"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);
}

void TestUsersCommand::criticalGateNeedsAnotherReviewersCode()
{
    Test::Cli cli;
    const QString me = osAccountName();
    // Alice starts an execution whose idea the Risk stage flags; then her process stops.
    QString id;
    QString gateId;
    {
        Test::EngineFixture f(10, cli.db());
        f.clock.advance(
            std::chrono::milliseconds(f.clock.now().msecsTo(QDateTime::currentDateTimeUtc())));
        StartRequest r = f.request({QStringLiteral("risk.verdict=flag")});
        r.requestedBy = QStringLiteral("alice");
        r.requestedRole = QStringLiteral("approver");
        r.options.outputDir = cli.output();
        id = f.start(r);
        QVERIFY(f.runUntil([&] { return f.waiting.contains(id); }));
        for (const GateRecord &g : f.stateOf(id).gates) {
            if (g.type == u"human_approval") {
                gateId = g.id;
            }
        }
        QVERIFY(!gateId.isEmpty());
    }
    {
        StoreQueries queries(cli.db());
        const std::optional<ExecutionSummary> s = queries.execution(id);
        QVERIFY(s && queries.expireLease(id, s->owner));
    }
    Test::CliResult r = cli.run(
        {QStringLiteral("gates"), QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray pending = jsonOf(r).array();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QStringLiteral("id")).toString(), gateId);
    QVERIFY(pending.first().toObject().value(QStringLiteral("critical")).toBool());

    const QStringList approve{QStringLiteral("approve"), gateId,
                              QStringLiteral("--db"),    cli.db(),
                              QStringLiteral("--notes"), QStringLiteral("regulated, reviewed")};
    // No code, no enrolment: refused without deciding anything.
    r = cli.run(approve);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--code"), r.err.constData());
    r = cli.run(approve + QStringList{QStringLiteral("--code"), QStringLiteral("123456")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("enroll-totp"), r.err.constData());

    r = cli.run({QStringLiteral("users"), QStringLiteral("enroll-totp"), me,
                 QStringLiteral("--json"), QStringLiteral("--db"), cli.db()});
    QCOMPARE(r.exitCode, 0);
    const std::optional<QByteArray> secret =
        Totp::base32Decode(jsonOf(r).object().value(QStringLiteral("secret")).toString());
    QVERIFY(secret && secret->size() == 20);

    const QString right = currentCode(*secret);
    const QString wrong = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    r = cli.run(approve + QStringList{QStringLiteral("--code"), wrong});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("wrong code"), r.err.constData());
    r = cli.run(approve + QStringList{QStringLiteral("--code"), right});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Decided: a second decision exits 3, whatever its code.
    r = cli.run(approve + QStringList{QStringLiteral("--code"), currentCode(*secret, 1)});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QByteArray(QByteArray("already approved by ") + me.toUtf8())));

    // The resumed execution goes through the deploy gate (approved with --approve-gates by
    // this admin) to the end.
    r = cli.run({QStringLiteral("resume"), QStringLiteral("--approve-gates"),
                 QStringLiteral("--db"), cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::optional<ExecutionSummary> done = StoreQueries(cli.db()).execution(id);
    QVERIFY(done);
    QCOMPARE(done->status, ExecutionStatus::Completed);
    bool withSecondFactor = false;
    for (const ExecutionEvent &e : StoreQueries(cli.db()).events(id)) {
        if (e.type == EventType::GateDecided &&
            e.data.value(QStringLiteral("gateId")).toString() == gateId) {
            withSecondFactor = e.data.value(QStringLiteral("secondFactor")).toString() == u"totp" &&
                               e.data.value(QStringLiteral("reviewer")).toString() == me;
        }
    }
    QVERIFY(withSecondFactor);
}

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"
