// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// kill -9 at random moments: a `conductor run` is killed while it works, then
// `conductor resume` takes over. Every time, the execution completes with each stage
// completed once, its events numbered without gaps, and every event the killed process
// had reported as committed still there, unchanged.

#include "clirunner.h"

#include "engine/event.h"
#include "engine/executionstate.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>

using namespace Conductor;

class TestRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killAndResume();
};

void TestRecovery::killAndResume()
{
    const int iterations = qEnvironmentVariableIntValue("CONDUCTOR_RECOVERY_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("CONDUCTOR_RECOVERY_ITERATIONS")
                               : 30;
    QRandomGenerator random(20261125);
    // The I2S pipeline with short retry delays, so that retries after a kill do not wait
    // the shipped two seconds.
    QFile shipped(QStringLiteral(":/conductor/pipelines/i2s.yml"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray fastRetries = shipped.readAll();
    QVERIFY(fastRetries.contains("initialDelay: 2s"));
    fastRetries.replace("initialDelay: 2s", "initialDelay: 20ms");
    QTemporaryDir pipelineDir;
    const QString pipelinePath = pipelineDir.filePath(QStringLiteral("i2s-fast-retries.yml"));
    {
        QFile out(pipelinePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(fastRetries);
    }
    int interruptedAttempts = 0;
    for (int i = 0; i < iterations; ++i) {
        Test::Cli cli;
        QObject parent;
        QProcess *run = cli.start(
            {QStringLiteral("run"), QStringLiteral("--idea"),
             QStringLiteral("A marketplace for used lab equipment"), QStringLiteral("--db"),
             cli.db(), QStringLiteral("--output"), cli.output(), QStringLiteral("--json"),
             QStringLiteral("--approve-gates"), QStringLiteral("--pipeline"), pipelinePath,
             QStringLiteral("--sim"), QStringLiteral("timeScale=0.02"), QStringLiteral("--sim"),
             QStringLiteral("*.failureRate=0.1")},
            &parent);
        QVERIFY(run->waitForStarted());
        // Kill after a random number of committed events, 1 to ~70.
        const int killAfter = 1 + static_cast<int>(random.bounded(70));
        QByteArray printed;
        QElapsedTimer waited;
        waited.start();
        while (printed.count('\n') < killAfter && run->state() == QProcess::Running &&
               waited.elapsed() < 30000) {
            run->waitForReadyRead(50);
            printed += run->readAllStandardOutput();
        }
        // processId() is 0 once the process has ended, and kill(0, ...) would hit this
        // test's own process group.
        if (const qint64 pid = run->processId(); pid > 0 && run->state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        }
        run->waitForFinished(10000);
        printed += run->readAllStandardOutput();

        const Test::CliResult resume = cli.run(
            {QStringLiteral("resume"), QStringLiteral("--db"), cli.db(), QStringLiteral("--json")});
        QList<QJsonObject> before;
        for (const QByteArray &line : printed.split('\n')) {
            if (line.endsWith('}')) {
                before.append(QJsonDocument::fromJson(line).object());
            }
        }
        QVERIFY2(!before.isEmpty(), "the run printed nothing before it was killed");
        const QString id = before.first().value(QStringLiteral("executionId")).toString();
        const bool finishedBeforeKill =
            before.last().value(QStringLiteral("type")).toString() == u"finished";
        if (!finishedBeforeKill) {
            QVERIFY2(resume.exitCode == 0,
                     QByteArray(QByteArray::number(i) + ": " + resume.err).constData());
        }

        // The durable history: contiguous, and a superset of what the killed run reported.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        {
            db.setDatabaseName(cli.db());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral(
                    "SELECT seq, type, data FROM events WHERE execution_id = '%1' ORDER BY seq")
                    .arg(id)));
            QHash<qint64, QString> types;
            qint64 expected = 1;
            ExecutionState state;
            while (q.next()) {
                QCOMPARE(q.value(0).toLongLong(), expected++);
                types.insert(q.value(0).toLongLong(), q.value(1).toString());
                ExecutionEvent e;
                e.executionId = id;
                e.seq = q.value(0).toLongLong();
                e.type = q.value(1).toString();
                e.data = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
                state.apply(e);
            }
            for (const QJsonObject &line : before) {
                if (line.value(QStringLiteral("type")).toString() == u"finished") {
                    continue;
                }
                const qint64 seq = line.value(QStringLiteral("seq")).toInteger();
                QVERIFY2(
                    types.value(seq) == line.value(QStringLiteral("type")).toString(),
                    qPrintable(QStringLiteral("iteration %1: committed event %2 lost or changed")
                                   .arg(i)
                                   .arg(seq)));
            }
            QVERIFY2(
                state.status == ExecutionStatus::Completed ||
                    state.status == ExecutionStatus::Failed,
                qPrintable(
                    QStringLiteral("iteration %1: ended %2").arg(i).arg(statusName(state.status))));
            if (state.status == ExecutionStatus::Completed) {
                QCOMPARE(state.completedStages.size(), 15);
                QCOMPARE(QSet<QString>(state.completedStages.cbegin(), state.completedStages.cend())
                             .size(),
                         15);
            } else {
                // A failed run failed by its injected failures running out of retries, never by the
                // kill.
                QVERIFY2(state.failureClass == u"TEMPORARY_FAILURE",
                         qPrintable(state.failureClass));
            }
            for (const ErrorLog &e : state.errors) {
                interruptedAttempts += e.errorClass == u"INTERRUPTED" ? 1 : 0;
            }
            // The ledger survived too: every hold resolved once, nothing left held, and the
            // day's account is exactly what the execution's history says it spent.
            QVERIFY2(state.reservations.isEmpty(), qPrintable(QString::number(i)));
            QCOMPARE(state.tokensHeld, 0);
            QSet<QString> reserved;
            QSet<QString> resolved;
            q.exec(QStringLiteral("SELECT type, data FROM events WHERE execution_id = '%1'"
                                  " AND type LIKE 'budget_%' ORDER BY seq")
                       .arg(id));
            while (q.next()) {
                const QString hold = QJsonDocument::fromJson(q.value(1).toByteArray())
                                         .object()
                                         .value(QStringLiteral("reservation"))
                                         .toString();
                if (q.value(0).toString() == u"budget_reserved") {
                    QVERIFY2(!reserved.contains(hold), qPrintable(hold));
                    reserved.insert(hold);
                } else if (reserved.contains(hold)) {
                    QVERIFY2(!resolved.contains(hold), qPrintable(u"resolved twice: " + hold));
                    resolved.insert(hold);
                }
            }
            QCOMPARE(resolved, reserved);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM budget_holds WHERE status ="
                                          " 'pending'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT SUM(tokens_posted + emergency_posted), SUM(cost_posted + override_posted),"
                " SUM(tokens_pending + emergency_pending), SUM(cost_pending + override_pending)"
                " FROM budget_days")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), state.tokensUsed);
            QCOMPARE(q.value(1).toLongLong(), state.costAccrued.micros);
            QCOMPARE(q.value(2).toLongLong(), 0);
            QCOMPARE(q.value(3).toLongLong(), 0);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT SUM(used_tokens) FROM budget_holds WHERE status = 'posted'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), state.tokensUsed);
            QVERIFY(QFile::exists(cli.output() + u'/' + id + QStringLiteral("/execution.json")));
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
    qInfo("%d kills; %d attempts were interrupted and retried", iterations, interruptedAttempts);
    QVERIFY(interruptedAttempts > 0);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
