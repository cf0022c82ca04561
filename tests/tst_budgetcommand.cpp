// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor budget as a script uses it: two real runs on one database, then the day's
// ResourceUsage adds up to what `conductor executions` says each used, and each
// execution's equals its own figures; an unknown execution is an error naming it, and
// the text speaks of the daily budget.

#include "clirunner.h"
#include "config/configloader.h"
#include "store/storequeries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

QJsonObject objectOf(const Test::CliResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject member(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

// Dollars as the JSON gives them, back in micro-dollars, so sums compare exactly.
qint64 micros(const QJsonValue &usd)
{
    return Money::fromUsd(usd.toDouble()).micros;
}

const QString kSecondIdea = QStringLiteral("Tide tables for kayakers");

} // namespace

class TestBudgetCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dayAddsUpTheExecutions();
    void eachExecutionItsOwn();
    void unknownExecutionAndBadArguments();
    void textNamesTheDailyBudget();
    void configurationGivesBudgetsAndZone();
    void dollarsFollowTheLocale();

private:
    [[nodiscard]] QStringList budgetArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("budget"), QStringLiteral("--db"), m_cli.db()} + extra;
    }

    Test::Cli m_cli;
    QJsonArray m_executions; // as `conductor executions --json` lists them
    QString m_day;           // the budget day both ran on
};

void TestBudgetCommand::initTestCase()
{
    // Two runs that use different amounts, the second within a dollar budget of its own.
    const QStringList common{QStringLiteral("--db"),           m_cli.db(),
                             QStringLiteral("--output"),       m_cli.output(),
                             QStringLiteral("--sim"),          QStringLiteral("timeScale=0"),
                             QStringLiteral("--approve-gates")};
    Test::CliResult r =
        m_cli.run(QStringList{QStringLiteral("run"), QStringLiteral("--idea"),
                              QStringLiteral("A marketplace for used lab equipment")} +
                  common);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = m_cli.run(QStringList{QStringLiteral("run"), QStringLiteral("--idea"), kSecondIdea,
                              QStringLiteral("--max-cost"), QStringLiteral("40"),
                              QStringLiteral("--sim"), QStringLiteral("research.tokens=31000"),
                              QStringLiteral("--sim"), QStringLiteral("research.costUSD=0.95")} +
                  common);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Test::CliResult list = m_cli.run({QStringLiteral("executions"), QStringLiteral("--json"),
                                            QStringLiteral("--db"), m_cli.db()});
    QCOMPARE(list.exitCode, 0);
    m_executions = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(m_executions.size(), 2);

    // The day of every hold, from the events themselves: a test that runs across midnight
    // would see two days, and its sums would rightly not add up.
    QSet<QString> days;
    const StoreQueries queries(m_cli.db());
    for (const QJsonValue &v : std::as_const(m_executions)) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        for (const ExecutionEvent &e : queries.events(id)) {
            if (e.type == EventType::BudgetReserved) {
                days.insert(e.data.value(QStringLiteral("day")).toString());
            }
        }
    }
    QCOMPARE(days.size(), 1);
    m_day = *days.cbegin();
}

void TestBudgetCommand::dayAddsUpTheExecutions()
{
    // The day the holds were taken, named: a test that runs across midnight reads the
    // same day as one that does not.
    const Test::CliResult r =
        m_cli.run(budgetArgs({QStringLiteral("--json"), QStringLiteral("--day"), m_day}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject usage = objectOf(r);
    QCOMPARE(usage.value(QStringLiteral("day")).toString(), m_day);
    qint64 tokens = 0;
    qint64 cost = 0;
    for (const QJsonValue &v : std::as_const(m_executions)) {
        tokens += v.toObject().value(QStringLiteral("tokensUsed")).toInteger();
        cost += micros(v.toObject().value(QStringLiteral("costAccrued")));
    }
    QVERIFY(tokens > 0);
    QVERIFY(cost > 0);
    // Different figures, so that twice one of them would not pass for their sum.
    QVERIFY(m_executions.at(0).toObject().value(QStringLiteral("tokensUsed")) !=
            m_executions.at(1).toObject().value(QStringLiteral("tokensUsed")));

    const Configuration builtIn = ConfigLoader::builtIn();
    const QJsonObject t = member(usage, "tokens");
    QCOMPARE(t.value(QStringLiteral("used")).toInteger(), tokens);
    QCOMPARE(t.value(QStringLiteral("held")).toInteger(), 0);
    QCOMPARE(t.value(QStringLiteral("budget")).toInteger(), builtIn.budgets.tokens.daily);
    QCOMPARE(t.value(QStringLiteral("remaining")).toInteger(),
             builtIn.budgets.tokens.daily - tokens);
    qint64 byAgent = 0;
    for (const QJsonValue &v : member(t, "byAgent")) {
        byAgent += v.toInteger();
    }
    QCOMPARE(byAgent, tokens);

    const QJsonObject c = member(usage, "cost");
    QCOMPARE(micros(c.value(QStringLiteral("accruedUSD"))), cost);
    QCOMPARE(micros(c.value(QStringLiteral("heldUSD"))), 0);
    QCOMPARE(micros(c.value(QStringLiteral("estimatedUSD"))), cost);
    QCOMPARE(micros(c.value(QStringLiteral("budgetUSD"))), builtIn.budgets.cost.dailyBudget.micros);
    qint64 breakdown = 0;
    qint64 breakdownTokens = 0;
    for (const QJsonValue &v : c.value(QStringLiteral("breakdown")).toArray()) {
        const QJsonObject line = v.toObject();
        for (const char *key : {"stage", "agent", "tokens", "usd", "attempts"}) {
            QVERIFY2(line.contains(QLatin1String(key)), key);
        }
        breakdown += micros(line.value(QStringLiteral("usd")));
        breakdownTokens += line.value(QStringLiteral("tokens")).toInteger();
    }
    // Each line is rounded to micro-dollars on its own way to JSON.
    QVERIFY2(std::abs(breakdown - cost) <= c.value(QStringLiteral("breakdown")).toArray().size(),
             qPrintable(QStringLiteral("%1 != %2").arg(breakdown).arg(cost)));
    QCOMPARE(breakdownTokens, tokens);

    const QJsonObject time = member(usage, "time");
    QVERIFY(
        QDateTime::fromString(time.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs)
            .isValid());
    const double dayLength = time.value(QStringLiteral("elapsed")).toDouble() +
                             time.value(QStringLiteral("remaining")).toDouble();
    QVERIFY2(dayLength > 22 * 3600 && dayLength <= 25 * 3600,
             qPrintable(QString::number(dayLength)));
    QCOMPARE(usage.value(QStringLiteral("executions")).toInt(), 2);

    // Another day has nothing.
    const Test::CliResult other = m_cli.run(budgetArgs(
        {QStringLiteral("--json"), QStringLiteral("--day"), QStringLiteral("2001-01-01")}));
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(member(objectOf(other), "tokens").value(QStringLiteral("used")).toInteger(), 0);
    QCOMPARE(objectOf(other).value(QStringLiteral("day")).toString(), QStringLiteral("2001-01-01"));
}

void TestBudgetCommand::eachExecutionItsOwn()
{
    const Configuration builtIn = ConfigLoader::builtIn();
    for (const QJsonValue &v : std::as_const(m_executions)) {
        const QJsonObject listed = v.toObject();
        const QString id = listed.value(QStringLiteral("id")).toString();
        const Test::CliResult r =
            m_cli.run(budgetArgs({QStringLiteral("--execution"), id, QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject usage = objectOf(r);
        QCOMPARE(usage.value(QStringLiteral("executionId")).toString(), id);
        QCOMPARE(usage.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

        // What the run itself wrote to its bundle, and what the list says.
        QFile file(m_cli.output() + u'/' + id + QStringLiteral("/execution.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject resources =
            member(QJsonDocument::fromJson(file.readAll()).object(), "resources");
        const qint64 tokens = listed.value(QStringLiteral("tokensUsed")).toInteger();
        QCOMPARE(resources.value(QStringLiteral("tokensUsed")).toInteger(), tokens);

        const QJsonObject t = member(usage, "tokens");
        QCOMPARE(t.value(QStringLiteral("used")).toInteger(), tokens);
        QCOMPARE(t.value(QStringLiteral("held")).toInteger(), 0);
        QCOMPARE(t.value(QStringLiteral("budget")).toInteger(), builtIn.budgets.tokens.perPipeline);
        QCOMPARE(t.value(QStringLiteral("remaining")).toInteger(),
                 builtIn.budgets.tokens.perPipeline - tokens);
        // It ended: nothing more is expected.
        QCOMPARE(t.value(QStringLiteral("estimated")).toInteger(), tokens);

        const QJsonObject c = member(usage, "cost");
        const qint64 cost = micros(listed.value(QStringLiteral("costAccrued")));
        QCOMPARE(micros(resources.value(QStringLiteral("costAccrued"))), cost);
        QCOMPARE(micros(c.value(QStringLiteral("accruedUSD"))), cost);
        QCOMPARE(micros(c.value(QStringLiteral("estimatedUSD"))), cost);
        // The second run's own dollar budget bounds it; the first has the day's.
        const bool second = listed.value(QStringLiteral("idea")).toString() == kSecondIdea;
        QCOMPARE(c.value(QStringLiteral("budgetSource")).toString(),
                 second ? QStringLiteral("maxCost") : QStringLiteral("daily"));
        QCOMPARE(micros(c.value(QStringLiteral("budgetUSD"))),
                 second ? 40'000'000 : builtIn.budgets.cost.dailyBudget.micros);

        // Fifteen stages ran, each with its time; the limit is what the configuration allows.
        const QJsonObject time = member(usage, "time");
        QCOMPARE(member(time, "byStage").size(), 15);
        const double limit = static_cast<double>(
            std::min(builtIn.maxPipelineTime(), builtIn.orchestration.defaultTimeout).count() /
            1000);
        QCOMPARE(time.value(QStringLiteral("limit")).toDouble(), limit);
        QCOMPARE(time.value(QStringLiteral("remaining")).toDouble(),
                 limit - time.value(QStringLiteral("elapsed")).toDouble());
    }
}

void TestBudgetCommand::unknownExecutionAndBadArguments()
{
    Test::CliResult r =
        m_cli.run(budgetArgs({QStringLiteral("--execution"), QStringLiteral("exec_nosuchthing")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("exec_nosuchthing"), r.err.constData());
    QVERIFY(r.out.isEmpty());

    r = m_cli.run(budgetArgs({QStringLiteral("--day"), QStringLiteral("yesterday")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("yesterday"), r.err.constData());
    r = m_cli.run(budgetArgs({QStringLiteral("--day"), QStringLiteral("2026-01-01"),
                              QStringLiteral("--execution"), QStringLiteral("x")}));
    QCOMPARE(r.exitCode, 2);
}

void TestBudgetCommand::textNamesTheDailyBudget()
{
    const Configuration builtIn = ConfigLoader::builtIn();
    Test::CliResult r = m_cli.run(budgetArgs());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Daily budget"), r.out.constData());
    QVERIFY2(r.out.contains((u'$' + builtIn.budgets.cost.dailyBudget.toString()).toUtf8()),
             r.out.constData());

    // Without --max-cost an execution's dollars are bounded by the daily budget; with it,
    // by its own.
    for (const QJsonValue &v : std::as_const(m_executions)) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        const bool second = v.toObject().value(QStringLiteral("idea")).toString() == kSecondIdea;
        r = m_cli.run(budgetArgs({QStringLiteral("--execution"), id}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(id.toUtf8()), r.out.constData());
        QVERIFY2(r.out.contains(second ? "--max-cost of $40.00" : "the daily budget"),
                 r.out.constData());
    }
}

void TestBudgetCommand::configurationGivesBudgetsAndZone()
{
    // UTC+14: its day is rarely the system's, so the zone shows in which day is taken.
    const QString zoneId = QStringLiteral("Pacific/Kiritimati");
    const QTimeZone zone(zoneId.toUtf8());
    QVERIFY(zone.isValid());
    QFile file(m_cli.path(QStringLiteral("budgets.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("budgets:\n"
               "  tokens:\n"
               "    daily: 2000000\n"
               "  cost:\n"
               "    dailyBudgetUSD: 750\n"
               "  timeZone: " +
               zoneId.toUtf8() + "\n");
    file.close();
    const QString before =
        QDateTime::currentDateTimeUtc().toTimeZone(zone).date().toString(Qt::ISODate);
    Test::CliResult r = m_cli.run(
        budgetArgs({QStringLiteral("--json"), QStringLiteral("--config"), file.fileName()}));
    const QString after =
        QDateTime::currentDateTimeUtc().toTimeZone(zone).date().toString(Qt::ISODate);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject usage = objectOf(r);
    const QString day = usage.value(QStringLiteral("day")).toString();
    QVERIFY2(day == before || day == after, qPrintable(day));
    QCOMPARE(usage.value(QStringLiteral("timeZone")).toString(), zoneId);
    QCOMPARE(member(usage, "tokens").value(QStringLiteral("budget")).toInteger(), 2'000'000);
    QCOMPARE(micros(member(usage, "cost").value(QStringLiteral("budgetUSD"))), 750'000'000);
    const QDateTime midnight(QDate::fromString(day, Qt::ISODate), QTime(0, 0), zone);
    QCOMPARE(
        QDateTime::fromString(member(usage, "time").value(QStringLiteral("started")).toString(),
                              Qt::ISODateWithMs),
        midnight);

    // A configuration with a mistake is a usage error that says where.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("budgets:\n  tokens:\n    daly: 5\n");
    file.close();
    r = m_cli.run(budgetArgs({QStringLiteral("--config"), file.fileName()}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("budgets.yml:3:"), r.err.constData());
}

// A person's tables speak their locale: in German, dollars read "500,00 $" and tokens
// "129.000"; JSON stays as it is.
void TestBudgetCommand::dollarsFollowTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    m_cli.setVariable(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    const auto restore = qScopeGuard(
        [this] { m_cli.setVariable(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); });

    Test::CliResult r = m_cli.run(budgetArgs());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString budget = QString::fromUtf8(r.out);
    const QString daily = german.toCurrencyString(
        ConfigLoader::builtIn().budgets.cost.dailyBudget.toUsd(), u"$"_s, 2);
    QVERIFY2(daily.startsWith(u"500,00"_s), qPrintable(daily));
    QVERIFY2(budget.contains(daily), qPrintable(budget));
    QVERIFY2(!budget.contains(u"$500"_s), qPrintable(budget));

    r = m_cli.run({u"executions"_s, u"--db"_s, m_cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString table = QString::fromUtf8(r.out);
    for (const QJsonValue &v : std::as_const(m_executions)) {
        const QJsonObject e = v.toObject();
        const QString cost =
            german.toCurrencyString(e.value(QStringLiteral("costAccrued")).toDouble(), u"$"_s, 2);
        QVERIFY2(table.contains(cost), qPrintable(cost + u" in:\n"_s + table));
        QVERIFY2(table.contains(german.toString(e.value(QStringLiteral("tokensUsed")).toInteger())),
                 qPrintable(table));
    }
    const double first = m_executions.first().toObject().value(u"costAccrued"_s).toDouble();
    QVERIFY2(!table.contains(u"$"_s + QString::number(first, 'f', 2)), qPrintable(table));

    r = m_cli.run({u"executions"_s, u"--json"_s, u"--db"_s, m_cli.db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array(), m_executions);
}

QTEST_GUILESS_MAIN(TestBudgetCommand)
#include "tst_budgetcommand.moc"
