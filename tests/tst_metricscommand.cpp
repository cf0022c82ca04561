// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor metrics and conductor alerts as a script uses them, the real binary on a
// database file. The metrics: the fabricated history of metricshistory.h, anchored now,
// read through the day, the last hour and the last 7 days that end at the anchor (the
// answers worked out by hand there) and through the day that ends when the command runs
// (worked out below); windows that are no windows. The alerts: none, then rows written
// through AlertRows in each state, newest first, the resolved ones only with --all. Then
// two real runs, one failing, whose metrics match what `conductor executions` says, and
// the ledger's threshold alert among the alerts. A viewer may read both; someone who is
// not a user may not; a table that cannot be read is an error.

#include "clirunner.h"
#include "metricshistory.h"
#include "security/roles.h"
#include "store/alertrows.h"
#include "store/storequeries.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

QJsonObject objectOf(const Test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

// Rates and times computed in doubles, compared to what a person computes.
bool near(const QJsonValue &value, double expected)
{
    return value.isDouble() && std::abs(value.toDouble() - expected) < 1e-9;
}

QJsonObject named(const QJsonArray &list, const char *key, const QString &name)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String(key)).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.cbegin(), keys.cend()};
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// What a stage or agent line must say.
struct Line
{
    int attempts;
    int failed;
    int recovered;
    std::optional<double> recoveryRate;
    double meanSuccessSeconds;
    qint64 tokens;
    double usd;
};

bool sameLine(const QJsonObject &o, const Line &l)
{
    const QJsonValue rate = o.value(u"errorRecoveryRate"_s);
    return o.value(u"attempts"_s).toInt() == l.attempts &&
           o.value(u"failed"_s).toInt() == l.failed &&
           o.value(u"recovered"_s).toInt() == l.recovered &&
           (l.recoveryRate ? near(rate, *l.recoveryRate) : rate.isNull()) &&
           near(o.value(u"meanSuccessSeconds"_s), l.meanSuccessSeconds) &&
           o.value(u"tokens"_s).toInteger() == l.tokens && near(o.value(u"usd"_s), l.usd);
}

} // namespace

class TestMetricsCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dayOfTheHistory();
    void lastHourAndLastWeek();
    void windowEndingNow();
    void badWindows_data();
    void badWindows();
    void textNamesTheMetrics();
    void noAlerts();
    void alertsNewestFirst();
    void alertRowsKeepTheirLife();
    void realRunsAndTheLedgersAlert();
    void viewersMayReadOthersMayNot();
    void unreadableTablesFail();

private:
    [[nodiscard]] Test::CliResult metrics(const QStringList &extra) const
    {
        return m_cli.run(QStringList{u"metrics"_s, u"--db"_s, m_cli.db()} + extra);
    }
    // Changes the database behind the commands' backs (%1: the local account's name).
    [[nodiscard]] static bool runSql(const QString &db, const QString &sql)
    {
        const StoreQueries queries(db);
        return queries.isOpen() && queries.database()->exec(sql.arg(osAccountName()));
    }

    Test::Cli m_cli;
    QDateTime m_t; // the history's anchor: now, when it was written
};

void TestMetricsCommand::initTestCase()
{
    m_t = QDateTime::currentDateTimeUtc();
    Database db(m_cli.db(), u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    Test::MetricsHistory history(db, m_t);
    QVERIFY2(history.write(), qPrintable(history.error()));
}

void TestMetricsCommand::dayOfTheHistory()
{
    const Test::CliResult r =
        metrics({u"--json"_s, u"--window"_s, u"24h"_s, u"--until"_s, iso(m_t)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject m = objectOf(r);
    QCOMPARE(keysOf(m), (QSet<QString>{u"window"_s, u"executions"_s, u"pipelineSuccessRate"_s,
                                       u"averageExecutionSeconds"_s, u"executionSecondsP50"_s,
                                       u"executionSecondsP95"_s, u"resourceEfficiency"_s,
                                       u"gateFirstApprovalRate"_s, u"errorRecoveryRate"_s,
                                       u"stages"_s, u"agents"_s}));
    const QJsonObject window = m.value(u"window"_s).toObject();
    QCOMPARE(window.value(u"from"_s).toString(), iso(m_t.addDays(-1)));
    QCOMPARE(window.value(u"to"_s).toString(), iso(m_t));
    QCOMPARE(window.value(u"seconds"_s).toDouble(), 86400.0);

    // e01..e07 and e10 (at the window's start) completed, e08 and e09 failed, e13 was
    // cancelled; e11 (at its end), e12 (before it) and e14 (ended again later) are out.
    const QJsonObject executions = m.value(u"executions"_s).toObject();
    QCOMPARE(executions.value(u"completed"_s).toInt(), 8);
    QCOMPARE(executions.value(u"failed"_s).toInt(), 2);
    QCOMPARE(executions.value(u"cancelled"_s).toInt(), 1);
    // The five key metrics.
    QVERIFY(near(m.value(u"pipelineSuccessRate"_s), 0.8));
    QVERIFY(near(m.value(u"averageExecutionSeconds"_s), 55.0));
    QVERIFY(near(m.value(u"executionSecondsP50"_s), 50.0));
    QVERIFY(near(m.value(u"executionSecondsP95"_s), 100.0));
    const QJsonObject efficiency = m.value(u"resourceEfficiency"_s).toObject();
    QVERIFY(near(efficiency.value(u"tokensPerCompletedExecution"_s), 4500.0));
    QVERIFY(near(efficiency.value(u"usdPerCompletedExecution"_s), 0.45));
    QVERIFY(near(m.value(u"gateFirstApprovalRate"_s), 0.4));
    QVERIFY(near(m.value(u"errorRecoveryRate"_s), 0.6));

    // Per stage, sorted by name; research's and ux's recoveries; apis failed nothing, so
    // it has no recovery rate (null, not 0).
    const QJsonArray stages = m.value(u"stages"_s).toArray();
    QCOMPARE(stages.size(), 3);
    QStringList order;
    for (const QJsonValue &v : stages) {
        order.append(v.toObject().value(u"stage"_s).toString());
        QCOMPARE(keysOf(v.toObject()),
                 (QSet<QString>{u"stage"_s, u"attempts"_s, u"failed"_s, u"recovered"_s,
                                u"errorRecoveryRate"_s, u"meanSuccessSeconds"_s, u"tokens"_s,
                                u"usd"_s}));
    }
    QCOMPARE(order, (QStringList{u"apis"_s, u"research"_s, u"ux"_s}));
    QVERIFY(sameLine(named(stages, "stage", u"research"_s), {6, 4, 3, 0.75, 3.0, 1300, 0.039}));
    QVERIFY(sameLine(named(stages, "stage", u"ux"_s), {3, 1, 0, 0.0, 6.0, 1800, 0.054}));
    QVERIFY(sameLine(named(stages, "stage", u"apis"_s), {1, 0, 0, std::nullopt, 8.0, 1000, 0.03}));

    const QJsonArray agents = m.value(u"agents"_s).toArray();
    QCOMPARE(agents.size(), 2);
    for (const QJsonValue &v : agents) {
        QVERIFY(v.toObject().contains(u"agent"_s));
        QVERIFY(!v.toObject().contains(u"stage"_s));
    }
    QVERIFY(sameLine(named(agents, "agent", u"researcher"_s),
                     {7, 4, 3, 0.75, 14.0 / 3.0, 2300, 0.069}));
    QVERIFY(sameLine(named(agents, "agent", u"designer"_s), {3, 1, 0, 0.0, 6.0, 1800, 0.054}));
}

void TestMetricsCommand::lastHourAndLastWeek()
{
    // The last hour: e07 alone, and its one attempt; no gate, no failure: no rates.
    Test::CliResult r = metrics({u"--json"_s, u"--window"_s, u"1h"_s, u"--until"_s, iso(m_t)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject m = objectOf(r);
    QCOMPARE(m.value(u"window"_s).toObject().value(u"seconds"_s).toDouble(), 3600.0);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"completed"_s).toInt(), 1);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"failed"_s).toInt(), 0);
    QVERIFY(near(m.value(u"pipelineSuccessRate"_s), 1.0));
    QVERIFY(near(m.value(u"averageExecutionSeconds"_s), 70.0));
    QVERIFY(near(m.value(u"resourceEfficiency"_s).toObject().value(u"usdPerCompletedExecution"_s),
                 0.7));
    QVERIFY(m.value(u"gateFirstApprovalRate"_s).isNull());
    QVERIFY(m.value(u"errorRecoveryRate"_s).isNull());
    QCOMPARE(m.value(u"stages"_s).toArray().size(), 1);
    QVERIFY(sameLine(named(m.value(u"stages"_s).toArray(), "stage", u"apis"_s),
                     {1, 0, 0, std::nullopt, 8.0, 1000, 0.03}));

    // The last 7 days add e12 (200 s) and its attempt; e04's first rejection belongs to a
    // group already counted.
    r = metrics({u"--json"_s, u"--window"_s, u"7d"_s, u"--until"_s, iso(m_t)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m = objectOf(r);
    QCOMPARE(m.value(u"window"_s).toObject().value(u"from"_s).toString(), iso(m_t.addDays(-7)));
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"completed"_s).toInt(), 9);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"failed"_s).toInt(), 2);
    QVERIFY(near(m.value(u"pipelineSuccessRate"_s), 9.0 / 11.0));
    QVERIFY(near(m.value(u"averageExecutionSeconds"_s), 750.0 / 11.0));
    QVERIFY(near(m.value(u"executionSecondsP50"_s), 60.0));
    QVERIFY(near(m.value(u"executionSecondsP95"_s), 200.0));
    // 45,000 tokens and $4.50 over 9 completed.
    QVERIFY(
        near(m.value(u"resourceEfficiency"_s).toObject().value(u"tokensPerCompletedExecution"_s),
             5000.0));
    QVERIFY(near(m.value(u"gateFirstApprovalRate"_s), 0.4));
    QVERIFY(near(m.value(u"errorRecoveryRate"_s), 0.6));
    QVERIFY(sameLine(named(m.value(u"stages"_s).toArray(), "stage", u"apis"_s),
                     {2, 0, 0, std::nullopt, 8.5, 1900, 0.057}));
}

void TestMetricsCommand::windowEndingNow()
{
    // Without --until the window ends when the command runs, a moment after the anchor:
    // e10 and e01's deploy gate (at the anchor's day start) fall out, e11 and e05's gate
    // (at the anchor) come in. So 8 completed (e11's 30 s for e10's 100 s): durations
    // 10, 20, 30, 30, 40 ... 90 s, mean 48 s, p50 40 s, p95 90 s; 29,000 tokens and
    // $2.81 over 8; gates 2 of 5 again (g05 approved at once for g07).
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Test::CliResult r = metrics({u"--json"_s});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject m = objectOf(r);
    const QJsonObject window = m.value(u"window"_s).toObject();
    const QDateTime to = QDateTime::fromString(window.value(u"to"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(to >= before && to <= after, qPrintable(window.value(u"to"_s).toString()));
    QVERIFY(to > m_t);
    QVERIFY2(m_t.msecsTo(to) < 30 * 60 * 1000, "the answers below hold for half an hour");
    QCOMPARE(window.value(u"seconds"_s).toDouble(), 86400.0); // 24h by default
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"completed"_s).toInt(), 8);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"failed"_s).toInt(), 2);
    QVERIFY(near(m.value(u"pipelineSuccessRate"_s), 0.8));
    QVERIFY(near(m.value(u"averageExecutionSeconds"_s), 48.0));
    QVERIFY(near(m.value(u"executionSecondsP50"_s), 40.0));
    QVERIFY(near(m.value(u"executionSecondsP95"_s), 90.0));
    const QJsonObject efficiency = m.value(u"resourceEfficiency"_s).toObject();
    QVERIFY(near(efficiency.value(u"tokensPerCompletedExecution"_s), 3625.0));
    QVERIFY(near(efficiency.value(u"usdPerCompletedExecution"_s), 0.35125));
    QVERIFY(near(m.value(u"gateFirstApprovalRate"_s), 0.4));
    QVERIFY(near(m.value(u"errorRecoveryRate"_s), 0.6));
}

void TestMetricsCommand::badWindows_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("said");
    QTest::newRow("zero") << QStringList{u"--window"_s, u"0h"_s} << QByteArray("0h");
    QTest::newRow("negative") << QStringList{u"--window"_s, u"-1h"_s} << QByteArray("-1h");
    QTest::newRow("over a year") << QStringList{u"--window"_s, u"367d"_s} << QByteArray("367d");
    QTest::newRow("no unit") << QStringList{u"--window"_s, u"24"_s} << QByteArray("24");
    QTest::newRow("unknown unit") << QStringList{u"--window"_s, u"2w"_s} << QByteArray("2w");
    QTest::newRow("empty") << QStringList{u"--window"_s, QString()} << QByteArray("--window");
    QTest::newRow("bad end") << QStringList{u"--until"_s, u"yesterday"_s}
                             << QByteArray("yesterday");
    QTest::newRow("stray word") << QStringList{u"today"_s} << QByteArray("today");
}

void TestMetricsCommand::badWindows()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, said);
    const Test::CliResult r = metrics(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(said), r.err.constData());
}

void TestMetricsCommand::textNamesTheMetrics()
{
    // The longest window there is is a window.
    QCOMPARE(metrics({u"--window"_s, u"366d"_s}).exitCode, 0);

    Test::CliResult r = metrics({u"--until"_s, iso(m_t)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *said : {"Pipeline success rate",
                             "80.0%",
                             "Average execution time",
                             "55.0 s",
                             "p50 50.0 s",
                             "p95 0:01:40",
                             "Tokens per completed execution",
                             "4,500",
                             "36,000 tokens in all",
                             "Dollars per completed execution",
                             "$0.45",
                             "Gate first-approval rate",
                             "40.0%",
                             "Error recovery rate",
                             "60.0%",
                             "8 completed, 2 failed, 1 cancelled",
                             "research",
                             "designer",
                             "researcher",
                             "$0.039"}) {
        QVERIFY2(r.out.contains(said),
                 qPrintable(QString::fromUtf8(said) + u"\n" + QString::fromUtf8(r.out)));
    }
    QVERIFY(!r.out.contains("{"));

    // A window with nothing in it has no rates, and says so.
    r = metrics({u"--window"_s, u"1h"_s, u"--until"_s, u"2001-01-01T00:00:00Z"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    const qsizetype at = text.indexOf(u"Pipeline success rate"_s);
    QVERIFY2(at >= 0, r.out.constData());
    const QString line = text.mid(at).section(u'\n', 0, 0);
    QVERIFY2(line.section(u"rate"_s, 1).trimmed().startsWith(u'—'), qPrintable(line));
    QVERIFY2(r.out.contains("No stage ran"), r.out.constData());
    QVERIFY2(r.out.contains("(1h)"), r.out.constData());
}

void TestMetricsCommand::noAlerts()
{
    const Test::Cli fresh;
    Test::CliResult r = fresh.run({u"alerts"_s, u"--db"_s, fresh.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("No alert"), r.out.constData());
    r = fresh.run({u"alerts"_s, u"--json"_s, u"--all"_s, u"--db"_s, fresh.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().isEmpty());
}

void TestMetricsCommand::alertsNewestFirst()
{
    const Test::Cli cli;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<AlertRecord> written{
        {u"highErrorRate:2026"_s,
         u"highErrorRate"_s,
         AlertState::Firing,
         u"Error rate 7% over 5 minutes"_s,
         QJsonObject{{u"errorRate"_s, 0.07}},
         now.addSecs(-3 * 3600),
         {}},
        {u"agentFailure:1"_s, u"agentFailure"_s, AlertState::Acknowledged, u"3 agents are down"_s,
         QJsonObject{{u"down"_s, QJsonArray{u"a"_s, u"b"_s, u"c"_s}}}, now.addSecs(-3600),
         now.addSecs(-1800)},
        {u"budget_threshold:2026-03-10"_s, u"budgetAlertThreshold"_s, AlertState::Resolved,
         u"Spending reached $45.00"_s, QJsonObject{{u"costUSD"_s, 45.0}}, now.addSecs(-2 * 3600),
         now.addSecs(-600)},
    };
    {
        Database db(cli.db(), u"test");
        QVERIFY2(db.open(), qPrintable(db.error()));
        AlertRows rows(db);
        for (const AlertRecord &a : written) {
            QCOMPARE(rows.insert(a), AlertRows::Insertion::Inserted);
        }
    }

    // Not resolved, newest first: the acknowledged one (an hour ago), then the firing one.
    Test::CliResult r = cli.run({u"alerts"_s, u"--json"_s, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"id"_s).toString(), written.at(1).id);
    QCOMPARE(list.at(1).toObject().value(u"id"_s).toString(), written.at(0).id);

    // All, newest first, each exactly as written.
    r = cli.run({u"alerts"_s, u"--json"_s, u"--all"_s, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 3);
    const QStringList states{u"acknowledged"_s, u"resolved"_s, u"firing"_s};
    for (int i = 0; i < 3; ++i) {
        const AlertRecord &a = written.at(QList<int>{1, 2, 0}.at(i));
        const QJsonObject o = list.at(i).toObject();
        QCOMPARE(keysOf(o), (QSet<QString>{u"id"_s, u"rule"_s, u"state"_s, u"message"_s, u"data"_s,
                                           u"raisedAt"_s, u"updatedAt"_s}));
        QCOMPARE(o.value(u"id"_s).toString(), a.id);
        QCOMPARE(o.value(u"rule"_s).toString(), a.rule);
        QCOMPARE(o.value(u"state"_s).toString(), states.at(i));
        QCOMPARE(o.value(u"message"_s).toString(), a.message);
        QCOMPARE(o.value(u"data"_s).toObject(), a.data);
        QCOMPARE(o.value(u"raisedAt"_s).toString(), iso(a.raisedAt));
        // Raised and never changed: updated when raised.
        QCOMPARE(o.value(u"updatedAt"_s).toString(),
                 iso(a.updatedAt.isValid() ? a.updatedAt : a.raisedAt));
    }

    // The table: the same order, the states and messages in words.
    r = cli.run({u"alerts"_s, u"--all"_s, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("ID") && lines.at(0).contains("MESSAGE"),
             lines.at(0).constData());
    QVERIFY(lines.at(1).startsWith("agentFailure:1") && lines.at(1).contains("acknowledged") &&
            lines.at(1).contains("3 agents are down"));
    QVERIFY(lines.at(2).startsWith("budget_threshold") && lines.at(2).contains("resolved"));
    QVERIFY(lines.at(3).startsWith("highErrorRate") && lines.at(3).contains("firing"));
    r = cli.run({u"alerts"_s, u"--db"_s, cli.db()});
    QVERIFY(!r.out.contains("budget_threshold"));
    QVERIFY(r.out.contains("highErrorRate"));

    // A person acknowledges the firing one: recorded, audited; twice is refused.
    r = cli.run({u"alerts"_s, u"--acknowledge"_s, written.at(0).id, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    {
        Database db(cli.db(), u"test");
        QVERIFY(db.open());
        QCOMPARE(AlertRows(db).find(written.at(0).id)->state, AlertState::Acknowledged);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT actor, subject FROM audit WHERE action = 'alert_acknowledged'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), written.at(0).id);
        QVERIFY(!q.value(0).toString().isEmpty());
    }
    r = cli.run({u"alerts"_s, u"--acknowledge"_s, written.at(0).id, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 3);
    r = cli.run({u"alerts"_s, u"--acknowledge"_s, u"nothing"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 1);
}

void TestMetricsCommand::alertRowsKeepTheirLife()
{
    const Test::Cli cli;
    Database db(cli.db(), u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    AlertRows rows(db);
    const QDateTime raised = QDateTime::currentDateTimeUtc().addSecs(-60);
    AlertRecord a{u"longRunningPipeline:e1"_s,
                  u"longRunningPipeline"_s,
                  AlertState::Firing,
                  u"e1 runs for 21 minutes"_s,
                  QJsonObject{{u"executionId"_s, u"e1"_s}},
                  raised,
                  {}};
    QCOMPARE(rows.insert(a), AlertRows::Insertion::Inserted);
    // Deduplicated by id: a second raise leaves the first as it is.
    a.message = u"again"_s;
    QCOMPARE(rows.insert(a), AlertRows::Insertion::Exists);
    QCOMPARE(rows.find(a.id)->message, u"e1 runs for 21 minutes"_s);

    const QDateTime acknowledged = raised.addSecs(30);
    QCOMPARE(rows.acknowledge(a.id, acknowledged), AlertRows::Change::Changed);
    std::optional<AlertRecord> found = rows.find(a.id);
    QVERIFY(found);
    QCOMPARE(found->state, AlertState::Acknowledged);
    QCOMPARE(found->raisedAt, raised);
    QCOMPARE(found->updatedAt, acknowledged);
    QCOMPARE(found->data, a.data);
    QCOMPARE(rows.list(false).size(), 1);

    QCOMPARE(rows.resolve(a.id, raised.addSecs(45)), AlertRows::Change::Changed);
    QVERIFY(rows.list(false).isEmpty());
    QCOMPARE(rows.list(true).size(), 1);
    QCOMPARE(rows.list(true).first().state, AlertState::Resolved);

    QCOMPARE(rows.resolve(u"nothing"_s, raised), AlertRows::Change::Unchanged);
    QVERIFY(rows.error().isEmpty()); // no such alert changes nothing; it is no failure
    QVERIFY(!rows.find(u"nothing"_s));
    QVERIFY(rows.error().isEmpty()); // none is not an error

    for (const AlertState state :
         {AlertState::Firing, AlertState::Acknowledged, AlertState::Resolved}) {
        QCOMPARE(alertStateFromName(alertStateName(state)), std::optional<AlertState>(state));
    }
    QVERIFY(!alertStateFromName(u"asleep"));
}

void TestMetricsCommand::realRunsAndTheLedgersAlert()
{
    // Two real runs: one completes, one fails at research after its retries (each attempt
    // fails); the day's spending crosses an alert threshold of a cent.
    const Test::Cli cli;
    QFile file(cli.path(u"threshold.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("budgets:\n  cost:\n    alertThresholdUSD: 0.01\n");
    file.close();
    const QStringList common{u"--db"_s,      cli.db(),         u"--output"_s,        cli.output(),
                             u"--sim"_s,     u"timeScale=0"_s, u"--approve-gates"_s, u"--config"_s,
                             file.fileName()};
    Test::CliResult r = cli.run(QStringList{u"run"_s, u"--idea"_s, u"Bike repair kits"_s} + common);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli.run(
        QStringList{u"run"_s, u"--idea"_s, u"Unlucky"_s, u"--sim"_s, u"research.failureRate=1"_s} +
        common);
    QCOMPARE(r.exitCode, 1);
    r = cli.run({u"executions"_s, u"--json"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 0);
    QJsonObject completed;
    QList<double> seconds;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"status"_s).toString() == u"completed") {
            completed = e;
        }
        seconds.append(
            double(QDateTime::fromString(e.value(u"createdAt"_s).toString(), Qt::ISODateWithMs)
                       .msecsTo(QDateTime::fromString(e.value(u"updatedAt"_s).toString(),
                                                      Qt::ISODateWithMs))) /
            1000.0);
    }
    QCOMPARE(seconds.size(), 2);
    QVERIFY(!completed.isEmpty());

    r = cli.run({u"metrics"_s, u"--json"_s, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject m = objectOf(r);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"completed"_s).toInt(), 1);
    QCOMPARE(m.value(u"executions"_s).toObject().value(u"failed"_s).toInt(), 1);
    QVERIFY(near(m.value(u"pipelineSuccessRate"_s), 0.5));
    // Each from its creation to its last event, the end.
    QVERIFY2(std::abs(m.value(u"averageExecutionSeconds"_s).toDouble() -
                      (seconds.at(0) + seconds.at(1)) / 2.0) < 1e-6,
             r.out.constData());
    QVERIFY(near(m.value(u"executionSecondsP95"_s), std::max(seconds.at(0), seconds.at(1))));
    const QJsonObject efficiency = m.value(u"resourceEfficiency"_s).toObject();
    QCOMPARE(efficiency.value(u"tokensPerCompletedExecution"_s).toDouble(),
             completed.value(u"tokensUsed"_s).toDouble());
    QVERIFY(near(efficiency.value(u"usdPerCompletedExecution"_s),
                 completed.value(u"costAccrued"_s).toDouble()));
    // Every gate approved at once; no failed attempt recovered.
    QVERIFY(near(m.value(u"gateFirstApprovalRate"_s), 1.0));
    QVERIFY(near(m.value(u"errorRecoveryRate"_s), 0.0));
    const QJsonObject research = named(m.value(u"stages"_s).toArray(), "stage", u"research"_s);
    QVERIFY(research.value(u"failed"_s).toInt() > 1);
    QCOMPARE(research.value(u"recovered"_s).toInt(), 0);

    // The ledger's alert, as it recorded it.
    r = cli.run({u"alerts"_s, u"--json"_s, u"--db"_s, cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray alerts = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(alerts.size(), 1);
    const QJsonObject alert = alerts.at(0).toObject();
    QCOMPARE(alert.value(u"rule"_s).toString(), u"budgetAlertThreshold"_s);
    QCOMPARE(alert.value(u"state"_s).toString(), u"firing"_s);
    QVERIFY(alert.value(u"id"_s).toString().startsWith(u"budget_threshold:"_s));
    QVERIFY(near(alert.value(u"data"_s).toObject().value(u"thresholdUSD"_s), 0.01));
    QVERIFY(alert.value(u"message"_s).toString().contains(u"alertThresholdUSD"_s));
}

void TestMetricsCommand::viewersMayReadOthersMayNot()
{
    const Test::Cli cli;
    QVERIFY(runSql(cli.db(), u"UPDATE users SET role = 'viewer' WHERE name = '%1'"_s));
    for (const QString &command : {u"metrics"_s, u"alerts"_s}) {
        const Test::CliResult r = cli.run({command, u"--json"_s, u"--db"_s, cli.db()});
        QVERIFY2(r.exitCode == 0, qPrintable(command + u": " + QString::fromUtf8(r.err)));
    }
    // Someone who is not a user is refused, and told who may add them.
    QVERIFY(runSql(cli.db(), u"UPDATE users SET name = 'someone_else' WHERE name = '%1'"_s));
    for (const QString &command : {u"metrics"_s, u"alerts"_s}) {
        const Test::CliResult r = cli.run({command, u"--json"_s, u"--db"_s, cli.db()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("is not a user"), r.err.constData());
    }
}

void TestMetricsCommand::unreadableTablesFail()
{
    const Test::Cli cli;
    QVERIFY(runSql(cli.db(), u"DROP TABLE alerts -- %1"_s));
    Test::CliResult r = cli.run({u"alerts"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("alerts"), r.err.constData());
    QVERIFY(runSql(cli.db(), u"DROP TABLE budget_holds -- %1"_s));
    r = cli.run({u"metrics"_s, u"--db"_s, cli.db()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("metrics"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestMetricsCommand)
#include "tst_metricscommand.moc"
