// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The budget ledger: its arithmetic by hand, then a property test over the real tables —
// 100,000 seeded reserve / record / post / void / replay operations in transactions that
// commit or crash (roll back), with process deaths that leave holds behind and the
// recovery a new owner runs. After every commit, the day accounts must equal what the
// hold rows add up to (counted independently, in SQL), the ordinary pools must stay within
// their limits wherever usage stays within its holds, every hold resolves once, and
// replaying every event at the end changes nothing.

#include "config/configuration.h"
#include "engine/ledger.h"
#include "store/database.h"
#include "store/ledgerrows.h"

#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Ledger;

class TestLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The store says what it voids; a hundred thousand operations would drown the figures.
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("conductor.store.info=false"));
    }
    void holdWithinBudgets();
    void holdBeyondTheExecution();
    void holdBeyondTheDay();
    void emergencyReserveShort();
    void postSplitsAndOverruns();
    void alertOnce();
    void daysRollAtLocalMidnight();
    void propertyOverTheTables();
};

namespace {

Limits limits()
{
    return Limits{1000, 100, Money::fromMicros(10'000'000), Money::fromMicros(8'000'000)};
}

HoldRequest request(qint64 tokens, qint64 micros)
{
    HoldRequest r;
    r.id = QStringLiteral("e:s:1");
    r.executionId = QStringLiteral("e");
    r.day = QStringLiteral("2026-01-01");
    r.tokens = tokens;
    r.cost = Money::fromMicros(micros);
    r.executionTokenRoom = 1'000'000;
    r.limits = limits();
    return r;
}

} // namespace

void TestLedger::holdWithinBudgets()
{
    DayAccount day;
    day.tokensPosted = 400;
    day.tokensPending = 100;
    const HoldDecision d = decide(day, request(500, 1'000'000));
    QVERIFY(d.granted);
    QCOMPARE(d.hold.tokens, 500);
    QCOMPARE(d.hold.emergency, 0);
    QCOMPARE(d.hold.override, Money());
    applyHold(day, d.hold);
    QCOMPARE(day.tokensPending, 600);
    QCOMPARE(day.tokensHeld(), 600);
    // One more token does not fit the day.
    const HoldDecision full = decide(day, request(1, 0));
    QVERIFY(!full.granted);
    QCOMPARE(full.missingTokens, 1);
    QVERIFY(full.dayBound);
}

void TestLedger::holdBeyondTheExecution()
{
    HoldRequest r = request(300, 0);
    r.executionTokenRoom = 200; // perPipeline leaves 200
    HoldDecision d = decide(DayAccount{}, r);
    QVERIFY(!d.granted);
    QCOMPARE(d.missingTokens, 100);
    QCOMPARE(d.tokensLeft, 200);
    QVERIFY(!d.dayBound);
    // An approver granted 100 tokens from the emergency reserve: the hold takes them.
    r.grantTokens = 100;
    d = decide(DayAccount{}, r);
    QVERIFY(d.granted);
    QCOMPARE(d.hold.emergency, 100);
    // Dollars: maxCost leaves $1; $0.25 more is missing until an override grants it.
    r = request(10, 1'250'000);
    r.executionCostRoom = Money::fromMicros(1'000'000);
    d = decide(DayAccount{}, r);
    QVERIFY(!d.granted);
    QCOMPARE(d.missingCost, Money::fromMicros(250'000));
    r.grantCost = Money::fromMicros(250'000);
    d = decide(DayAccount{}, r);
    QVERIFY(d.granted);
    QCOMPARE(d.hold.override, Money::fromMicros(250'000));
}

void TestLedger::holdBeyondTheDay()
{
    DayAccount day;
    day.costPosted = Money::fromMicros(9'500'000);
    const HoldDecision d = decide(day, request(10, 2'000'000));
    QVERIFY(!d.granted);
    QCOMPARE(d.missingCost, Money::fromMicros(1'500'000));
    QCOMPARE(d.costLeft, Money::fromMicros(500'000));
    QVERIFY(d.dayBound);
}

void TestLedger::emergencyReserveShort()
{
    DayAccount day;
    day.tokensPosted = 1000; // the day's tokens are gone
    day.emergencyPosted = 80;
    HoldRequest r = request(50, 0);
    r.grantTokens = 50; // granted, but the reserve has 20 left today
    const HoldDecision d = decide(day, r);
    QVERIFY(!d.granted);
    QVERIFY(d.emergencyShort);
    QCOMPARE(d.emergencyLeft, 20);
    QCOMPARE(d.missingTokens, 0); // granting more would not help
}

void TestLedger::postSplitsAndOverruns()
{
    const Hold hold{QStringLiteral("h"),      QStringLiteral("2026-01-01"), 100, 30,
                    Money::fromMicros(1'000), Money::fromMicros(200)};
    // Under: the ordinary part first, the rest released.
    Posting p = post(hold, 80, Money::fromMicros(900));
    QCOMPARE(p.tokens, 70);
    QCOMPARE(p.emergency, 10);
    QCOMPARE(p.overrunTokens, 0);
    QCOMPARE(p.releasedTokens, 20);
    QCOMPARE(p.cost, Money::fromMicros(800));
    QCOMPARE(p.override, Money::fromMicros(100));
    QCOMPARE(p.releasedCost, Money::fromMicros(100));
    // Over: the overrun goes to the ordinary pool and is counted apart.
    p = post(hold, 130, Money::fromMicros(1'500));
    QCOMPARE(p.tokens, 100);
    QCOMPARE(p.emergency, 30);
    QCOMPARE(p.overrunTokens, 30);
    QCOMPARE(p.releasedTokens, 0);
    QCOMPARE(p.overrunCost, Money::fromMicros(500));
    QCOMPARE(p.totalCost(), Money::fromMicros(1'500));

    DayAccount day;
    applyHold(day, hold);
    QCOMPARE(day.tokensPending, 70);
    QCOMPARE(day.emergencyPending, 30);
    applyPost(day, hold, p, Money(), QDateTime());
    QCOMPARE(day.tokensPending, 0);
    QCOMPARE(day.emergencyPending, 0);
    QCOMPARE(day.tokensUsed(), 130);
    QCOMPARE(day.overrunTokens, 30);
    QCOMPARE(day.costUsed(), Money::fromMicros(1'500));
}

void TestLedger::alertOnce()
{
    const Hold hold{
        QStringLiteral("h"), QStringLiteral("d"), 0, 0, Money::fromMicros(5'000'000), Money()};
    DayAccount day;
    const QDateTime at(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    applyHold(day, hold);
    QVERIFY(!applyPost(day, hold, post(hold, 0, Money::fromMicros(5'000'000)),
                       limits().alertThreshold,
                       at)); // $5 of an $8 threshold
    applyHold(day, hold);
    QVERIFY(applyPost(day, hold, post(hold, 0, Money::fromMicros(4'000'000)),
                      limits().alertThreshold, at)); // $9: crossed
    QCOMPARE(day.alertAt, at);
    applyHold(day, hold);
    QVERIFY(!applyPost(day, hold, post(hold, 0, Money::fromMicros(4'000'000)),
                       limits().alertThreshold, at.addSecs(60))); // once a day
    QCOMPARE(day.alertAt, at);
    // monitoring.alertingEnabled: false leaves no threshold to cross.
    Configuration config;
    QCOMPARE(limitsOf(config).alertThreshold, Money::fromMicros(400'000'000));
    config.monitoring.alertingEnabled = false;
    QCOMPARE(limitsOf(config).alertThreshold, Money());
}

void TestLedger::daysRollAtLocalMidnight()
{
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    const QDateTime lateUtc(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC);
    QCOMPARE(dayOf(lateUtc, berlin), QStringLiteral("2027-01-01"));
    QCOMPARE(dayOf(lateUtc, QTimeZone::utc()), QStringLiteral("2026-12-31"));
    QCOMPARE(endOfDay(lateUtc, berlin), QDateTime(QDate(2027, 1, 1), QTime(23, 0), Qt::UTC));
    // The day the clocks go forward is 23 hours long.
    const QDateTime spring(QDate(2026, 3, 29), QTime(0, 30), berlin);
    QCOMPARE(spring.secsTo(endOfDay(spring, berlin)), 22 * 3600 + 1800);
}

namespace {

struct Tracked
{
    QString id;
    QString execution;
    QString day;
    qint64 tokens = 0;
    Money cost;
    QString status = QStringLiteral("pending");
    bool recorded = false;
};

ExecutionEvent ledgerEvent(QLatin1String type, const Tracked &h, qint64 usedTokens = 0,
                           Money usedCost = {}, bool estimated = false)
{
    ExecutionEvent e;
    e.executionId = h.execution;
    e.type = type;
    e.time = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    e.data = QJsonObject{{QStringLiteral("reservation"), h.id},
                         {QStringLiteral("usedTokens"), usedTokens},
                         {QStringLiteral("usedCostMicros"), usedCost.micros},
                         {QStringLiteral("estimated"), estimated}};
    return e;
}

QList<QVariantList> rows(Database &db, const QString &sql, const QString &day = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (sql.contains(u'?')) {
        q.bindValue(0, day);
        q.bindValue(1, day);
    }
    if (!q.exec()) {
        qWarning("%s", qPrintable(sql));
        return {};
    }
    QList<QVariantList> out;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row.append(q.value(i));
        }
        out.append(row);
    }
    return out;
}

} // namespace

void TestLedger::propertyOverTheTables()
{
    const int operations = qEnvironmentVariableIntValue("CONDUCTOR_LEDGER_OPERATIONS") > 0
                               ? qEnvironmentVariableIntValue("CONDUCTOR_LEDGER_OPERATIONS")
                               : 100'000;
    // On tmpfs when there is one: a hundred thousand fsyncs say nothing about the ledger.
    QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                          ? QStringLiteral("/dev/shm/tst_ledger-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/tst_ledger-XXXXXX"));
    QVERIFY(dir.isValid());
    Database db(dir.filePath(QStringLiteral("ledger.db")), u"ledger");
    QVERIFY2(db.open(), qPrintable(db.error()));
    const QStringList executions{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3"),
                                 QStringLiteral("e4")};
    for (const QString &e : executions) {
        QVERIFY(db.exec(
            QStringLiteral(
                "INSERT INTO executions VALUES ('%1', 'p', 't', 'running', "
                "1, '', 0, 0, '2026-01-01T00:00:00.000Z', "
                "'2026-01-01T00:00:00.000Z', 0, NULL, NULL, 0, 0, 0, 0, 0, NULL, '', '', NULL)")
                .arg(e)));
    }
    const Limits dayLimits{200'000, 20'000, Money::fromMicros(20'000'000),
                           Money::fromMicros(15'000'000)};

    QRandomGenerator random(20261126);
    LedgerRows ledger(db);
    QVERIFY2(ledger.prepare(), qPrintable(ledger.error()));
    QHash<QString, Tracked> committed; // what the database holds, as the test tracks it
    QList<ExecutionEvent> log;         // every committed ledger event, for the replay
    QString owner = QStringLiteral("owner-1");
    int day = 1;
    qint64 nextId = 0;
    int granted = 0;
    int refused = 0;
    int crashes = 0;
    int deaths = 0;
    int overruns = 0;
    int replays = 0;
    int committedHolds = 0; // granted in transactions that committed

    const auto pick = [&](const QHash<QString, Tracked> &holds, auto predicate) -> QString {
        QStringList candidates;
        for (const Tracked &h : holds) {
            if (predicate(h)) {
                candidates.append(h.id);
            }
        }
        return candidates.isEmpty() ? QString()
                                    : candidates.at(random.bounded(int(candidates.size())));
    };
    const auto checkTables = [&](const QString &only = {}) -> bool {
        // Independently of the ledger's arithmetic: the days equal what their holds add up to.
        const QList<QVariantList> sums = rows(
            db,
            QStringLiteral("SELECT day,"
                           " SUM(CASE WHEN status = 'pending' THEN tokens ELSE 0 END),"
                           " SUM(CASE WHEN status = 'pending' THEN emergency ELSE 0 END),"
                           " SUM(CASE WHEN status = 'pending' THEN cost ELSE 0 END),"
                           " SUM(CASE WHEN status = 'pending' THEN override ELSE 0 END),"
                           " SUM(CASE WHEN status = 'posted' THEN used_tokens ELSE 0 END),"
                           " SUM(CASE WHEN status = 'posted' THEN used_cost ELSE 0 END),"
                           " SUM(CASE WHEN status = 'posted' AND used_tokens > tokens"
                           "     THEN used_tokens - tokens ELSE 0 END),"
                           " SUM(CASE WHEN status = 'posted' AND used_cost > cost"
                           "     THEN used_cost - cost ELSE 0 END)"
                           " FROM budget_holds WHERE ? = '' OR day = ? GROUP BY day ORDER BY day"),
            only);
        const QList<QVariantList> days =
            rows(db,
                 QStringLiteral("SELECT day, tokens_pending + emergency_pending, emergency_pending,"
                                " cost_pending + override_pending, override_pending,"
                                " tokens_posted + emergency_posted, cost_posted + override_posted,"
                                " overrun_tokens, overrun_cost, tokens_posted, tokens_pending,"
                                " emergency_posted, cost_posted, cost_pending"
                                " FROM budget_days WHERE ? = '' OR day = ? ORDER BY day"),
                 only);
        if (sums.size() != days.size()) {
            qWarning("%lld days with holds, %lld accounts", qlonglong(sums.size()),
                     qlonglong(days.size()));
            return false;
        }
        for (qsizetype i = 0; i < sums.size(); ++i) {
            for (int c = 0; c < 9; ++c) {
                if (sums[i][c].toString() != days[i][c].toString()) {
                    qWarning("day %s, column %d: holds say %s, the account %s",
                             qPrintable(sums[i][0].toString()), c,
                             qPrintable(sums[i][c].toString()), qPrintable(days[i][c].toString()));
                    return false;
                }
            }
            // Within its limits wherever usage stayed within its holds (overruns apart).
            const qint64 ordinary =
                days[i][9].toLongLong() + days[i][10].toLongLong() - days[i][7].toLongLong();
            const qint64 emergency = days[i][2].toLongLong() + days[i][11].toLongLong();
            const qint64 dollars =
                days[i][12].toLongLong() + days[i][13].toLongLong() - days[i][8].toLongLong();
            if (ordinary > dayLimits.dailyTokens || emergency > dayLimits.emergencyTokens ||
                dollars > dayLimits.dailyCost.micros) {
                qWarning("day %s over its limits: %lld tokens, %lld emergency, %lld micros",
                         qPrintable(days[i][0].toString()), ordinary, emergency, dollars);
                return false;
            }
        }
        return true;
    };

    int done = 0;
    while (done < operations) {
        QVERIFY2(db.beginWrite(), qPrintable(db.lastError()));
        ledger.begin();
        QHash<QString, Tracked> working = committed;
        QList<ExecutionEvent> written;
        const qint64 idsBefore = nextId;
        int refusedInBatch = 0;
        const int batch = 1 + static_cast<int>(random.bounded(20));
        for (int k = 0; k < batch && done < operations; ++k, ++done) {
            if (done > 0 && done % 1000 == 0) {
                ++day; // a new day every 1,000 operations
            }
            const quint32 roll = random.bounded(100);
            if (roll < 35) {
                HoldRequest r;
                r.id = QStringLiteral("h%1").arg(++nextId);
                r.executionId = executions.at(random.bounded(int(executions.size())));
                r.stage = QStringLiteral("s");
                r.agent = QStringLiteral("a");
                r.day = QDate(2026, 1, 1).addDays(day).toString(Qt::ISODate);
                r.tokens = 1 + random.bounded(5000);
                r.cost = Money::fromMicros(random.bounded(500'000));
                r.executionTokenRoom = random.bounded(3) == 0 ? random.bounded(3000) : 1'000'000;
                if (random.bounded(4) == 0) {
                    r.executionCostRoom = Money::fromMicros(random.bounded(400'000));
                }
                r.grantTokens = random.bounded(3) == 0 ? random.bounded(4000) : 0;
                r.grantCost =
                    Money::fromMicros(random.bounded(3) == 0 ? random.bounded(300'000) : 0);
                r.limits = dayLimits;
                const std::optional<HoldDecision> d =
                    ledger.reserve(r, owner, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
                QVERIFY2(d, qPrintable(ledger.error()));
                if (d->granted) {
                    ++granted;
                    working.insert(
                        r.id, Tracked{r.id, r.executionId, r.day, d->hold.tokens, d->hold.cost});
                } else {
                    ++refused;
                    ++refusedInBatch;
                }
            } else if (roll < 55) {
                const QString id = pick(working, [](const Tracked &h) {
                    return h.status == u"pending" && !h.recorded;
                });
                if (!id.isEmpty()) {
                    const ExecutionEvent e = ledgerEvent(EventType::BudgetReserved, working[id]);
                    QVERIFY2(ledger.write(e), qPrintable(ledger.error()));
                    working[id].recorded = true;
                    written.append(e);
                }
            } else if (roll < 80) {
                const QString id = pick(
                    working, [](const Tracked &h) { return h.status == u"pending" && h.recorded; });
                if (!id.isEmpty()) {
                    Tracked &h = working[id];
                    // Mostly within the hold; one in ten uses more (a model may).
                    const bool over = random.bounded(10) == 0;
                    overruns += over ? 1 : 0;
                    const qint64 tokens =
                        over ? h.tokens + 1 + random.bounded(2000) : random.bounded(h.tokens + 1);
                    const Money cost =
                        Money::fromMicros(over ? h.cost.micros + random.bounded(100'000)
                                               : random.bounded(h.cost.micros + 1));
                    const ExecutionEvent e = ledgerEvent(EventType::BudgetPosted, h, tokens, cost);
                    QVERIFY2(ledger.write(e), qPrintable(ledger.error()));
                    h.status = QStringLiteral("posted");
                    written.append(e);
                }
            } else if (roll < 92) {
                const QString id = pick(
                    working, [](const Tracked &h) { return h.status == u"pending" && h.recorded; });
                if (!id.isEmpty()) {
                    const ExecutionEvent e = ledgerEvent(EventType::BudgetVoided, working[id]);
                    QVERIFY2(ledger.write(e), qPrintable(ledger.error()));
                    working[id].status = QStringLiteral("voided");
                    written.append(e);
                }
            } else if (!log.isEmpty() || !written.isEmpty()) {
                // A replay: an event written before, applied again, changes nothing.
                const bool fromThisBatch =
                    log.isEmpty() || (!written.isEmpty() && random.bounded(2) == 0);
                const ExecutionEvent e = fromThisBatch
                                             ? written.at(random.bounded(int(written.size())))
                                             : log.at(random.bounded(int(log.size())));
                if (e.type != EventType::BudgetReserved) {
                    const QList<DayAccount> before = ledger.changedDays();
                    QVERIFY2(ledger.write(e), qPrintable(ledger.error()));
                    QCOMPARE(ledger.changedDays().size(), before.size());
                    for (const DayAccount &a : before) {
                        QVERIFY(ledger.changedDays().contains(a));
                    }
                    ++replays;
                }
            }
        }
        if (random.bounded(10) == 0) {
            db.rollback(); // a crash before the commit: none of it happened
            ++crashes;
            continue;
        }
        QVERIFY2(ledger.finish(), qPrintable(ledger.error()));
        QVERIFY2(db.commit(), qPrintable(db.lastError()));
        // Only holds still pending are picked again: the rest leave the working set.
        committedHolds += static_cast<int>(nextId - idsBefore) - refusedInBatch;
        working.removeIf([](const auto &entry) { return entry.value().status != u"pending"; });
        committed = working;
        log.append(written);
        // The day written to, after every commit (all of them after a recovery and at the end).
        QVERIFY2(checkTables(QDate(2026, 1, 1).addDays(day).toString(Qt::ISODate)),
                 qPrintable(QStringLiteral("after operation %1").arg(done)));

        if (random.bounded(50) == 0) {
            // The process dies. Its successor claims the executions: holds never recorded
            // are voided; recorded ones were interrupted attempts, charged in full.
            ++deaths;
            const QString previous = owner;
            owner = QStringLiteral("owner-%1").arg(deaths + 1);
            QVERIFY(db.beginWrite());
            ledger.begin();
            int voided = 0;
            for (const QString &e : executions) {
                const int n = ledger.voidUnrecorded(
                    e, owner, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
                QVERIFY2(n >= 0, qPrintable(ledger.error()));
                voided += n;
            }
            int expected = 0;
            QList<ExecutionEvent> charged;
            for (Tracked &h : committed) {
                if (h.status != u"pending") {
                    continue;
                }
                if (!h.recorded) {
                    ++expected;
                    h.status = QStringLiteral("voided");
                    continue;
                }
                const ExecutionEvent e =
                    ledgerEvent(EventType::BudgetPosted, h, h.tokens, h.cost, true);
                QVERIFY2(ledger.write(e), qPrintable(ledger.error()));
                h.status = QStringLiteral("posted");
                charged.append(e);
            }
            QCOMPARE(voided, expected);
            QVERIFY(ledger.finish());
            QVERIFY(db.commit());
            committed.clear(); // nothing is pending any more
            log.append(charged);
            QVERIFY2(checkTables(), qPrintable(QStringLiteral("after recovery %1").arg(deaths)));
            Q_UNUSED(previous)
        }
    }

    // Every hold resolves once: after a last recovery nothing is pending, and the rows are
    // exactly the holds granted.
    QVERIFY(db.beginWrite());
    ledger.begin();
    for (const QString &e : executions) {
        QVERIFY(ledger.voidUnrecorded(e, QStringLiteral("last-owner"),
                                      QDateTime::currentDateTimeUtc()) >= 0);
    }
    for (Tracked &h : committed) {
        if (h.status == u"pending" && h.recorded) {
            const ExecutionEvent e = ledgerEvent(EventType::BudgetVoided, h);
            QVERIFY(ledger.write(e));
            log.append(e);
        }
    }
    QVERIFY(ledger.finish());
    QVERIFY(db.commit());
    QVERIFY(checkTables());
    QCOMPARE(rows(db, QStringLiteral("SELECT COUNT(*) FROM budget_holds WHERE status = 'pending'"))
                 .first()
                 .first()
                 .toLongLong(),
             0);
    QCOMPARE(rows(db, QStringLiteral("SELECT COUNT(*) FROM budget_holds")).first().first().toInt(),
             committedHolds);

    // Replaying the whole committed history changes nothing.
    const QList<QVariantList> before =
        rows(db, QStringLiteral("SELECT * FROM budget_days ORDER BY day"));
    const QList<QVariantList> holdsBefore = rows(
        db,
        QStringLiteral("SELECT id, status, used_tokens, used_cost FROM budget_holds ORDER BY id"));
    QVERIFY(db.beginWrite());
    ledger.begin();
    for (const ExecutionEvent &e : std::as_const(log)) {
        QVERIFY(ledger.write(e));
    }
    QVERIFY(ledger.changedDays().isEmpty());
    QVERIFY(ledger.finish());
    QVERIFY(db.commit());
    QCOMPARE(rows(db, QStringLiteral("SELECT * FROM budget_days ORDER BY day")), before);
    QCOMPARE(rows(db, QStringLiteral("SELECT id, status, used_tokens, used_cost FROM budget_holds "
                                     "ORDER BY id")),
             holdsBefore);

    qInfo("%d operations: %d holds granted, %d refused, %d overruns, %d replays, %d crashes, "
          "%d process deaths, %lld ledger events",
          operations, granted, refused, overruns, replays, crashes, deaths, qlonglong(log.size()));
    QVERIFY(granted > 1000);
    QVERIFY(refused > 100); // the limits were reached, or the test proves little
    QVERIFY(crashes > 100);
    QVERIFY(deaths > 10);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
