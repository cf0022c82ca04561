// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// Usage over time from the ledger: a fabricated budget_holds table with known answers is
// summed per bucket of time, per stage and per agent, for everyone and for one execution,
// through the StoreReader's thread as the desktop app asks; the window is one range of an
// index; buckets that do not divide the window, too many buckets and an empty window; and
// the stored-time reader agrees with QDateTime's.

#include "store/database.h"
#include "store/storequeries.h"
#include "store/storereader.h"
#include "store/usagehistory.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;

namespace {

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toUTC();
}

} // namespace

class TestUsageHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sumsTheLedger();
};

void TestUsageHistory::sumsTheLedger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("usage.db"));
    {
        Database db(path, u"fill");
        QVERIFY2(db.open(), qPrintable(db.error()));
        for (const char *id : {"exec_1", "exec_2"}) {
            QVERIFY(db.exec(QStringLiteral("INSERT INTO executions (id, pipeline_id, idea_title,"
                                           " status, priority, current_stage, tokens_used,"
                                           " cost_micros, created_at, updated_at, last_seq)"
                                           " VALUES ('%1', 'i2s', 'Idea', 'completed', 1, '', 0,"
                                           " 0, '2026-03-14T09:00:00.000Z',"
                                           " '2026-03-14T09:00:00.000Z', 1)")
                                .arg(QLatin1String(id))));
        }
        // id, execution, stage, agent, status, used tokens, used cost, resolved at.
        const char *holds[] = {
            "'a', 'exec_1', 'research', 'analyst', 'posted', 100, 1000, '2026-03-14T10:00:00.000Z'",
            "'b', 'exec_1', 'research', 'analyst', 'posted', 200, 2000, '2026-03-14T10:00:59.999Z'",
            "'c', 'exec_2', 'design', 'designer', 'posted', 300, 3000, '2026-03-14T10:01:00.000Z'",
            "'d', 'exec_2', 'research', 'designer', 'posted', 400, 4000, "
            "'2026-03-14T10:05:30.500Z'",
            "'e', 'exec_1', 'build', 'builder', 'posted', 500, 5000, '2026-03-14T10:09:59.999Z'",
            // The window's end is not in it; nor is what came before it, nor what was not
            // posted.
            "'f', 'exec_1', 'build', 'builder', 'posted', 9000, 90000, '2026-03-14T10:10:00.000Z'",
            "'g', 'exec_1', 'research', 'analyst', 'posted', 9000, 90000, "
            "'2026-03-14T09:59:59.999Z'",
            "'h', 'exec_2', 'design', 'designer', 'pending', NULL, NULL, NULL",
            "'i', 'exec_2', 'design', 'designer', 'voided', NULL, NULL, '2026-03-14T10:03:00.000Z'",
        };
        for (const char *h : holds) {
            QVERIFY2(db.exec(QStringLiteral(
                                 "INSERT INTO budget_holds (id, execution_id, stage, agent, status,"
                                 " used_tokens, used_cost, resolved_at, owner, day, tokens,"
                                 " emergency, cost, override, recorded, alert_threshold, held_at)"
                                 " VALUES (%1, 'proc', '2026-03-14', 0, 0, 0, 0, 1, 0,"
                                 " '2026-03-14T09:00:00.000Z')")
                                 .arg(QLatin1String(h))),
                     h);
        }
        // The window is one range of an index, not a scan of the table.
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT resolved_at, used_tokens, used_cost, stage, agent FROM"
            " budget_holds WHERE status = 'posted' AND resolved_at >= 'a' AND resolved_at < 'b'")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("budget_holds_by_resolved")),
                 qPrintable(plan.value(3).toString()));
    }

    UsageQuery query;
    query.from = utc("2026-03-14T10:00:00.000Z");
    query.to = utc("2026-03-14T10:10:00.000Z");
    query.bucketSeconds = 60;
    const ReaderThread reader(path);
    QSignalSpy fetched(reader.reader(), &StoreReader::usageSeriesFetched);
    const qint64 request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(reader.reader(), "fetchUsageSeries", Qt::QueuedConnection,
                              Q_ARG(qint64, request), Q_ARG(Conductor::UsageQuery, query));
    QVERIFY(fetched.wait(5000));
    QCOMPARE(fetched.first().at(0).toLongLong(), request);
    const auto all = fetched.first().at(1).value<UsageSeries>();
    QVERIFY(all.ok);
    QCOMPARE(all.bucketSeconds, 60);
    QCOMPARE(all.tokens, (QList<qint64>{300, 300, 0, 0, 0, 400, 0, 0, 0, 500}));
    QCOMPARE(all.costMicros, (QList<qint64>{3000, 3000, 0, 0, 0, 4000, 0, 0, 0, 5000}));
    QCOMPARE(all.bucketStart(5), utc("2026-03-14T10:05:00.000Z"));
    QCOMPARE(all.totalTokens, 1500);
    QCOMPARE(all.totalCost.micros, 15000);
    QCOMPARE(all.attempts, 5);
    const auto total = [](const char *name, qint64 tokens, int attempts) {
        return UsageTotal{QString::fromLatin1(name), tokens, Money::fromMicros(tokens * 10),
                          attempts};
    };
    QCOMPARE(all.stages, (QList<UsageTotal>{total("research", 700, 3), total("build", 500, 1),
                                            total("design", 300, 1)}));
    QCOMPARE(all.agents, (QList<UsageTotal>{total("designer", 700, 2), total("builder", 500, 1),
                                            total("analyst", 300, 2)}));

    // One execution's.
    query.executionId = QStringLiteral("exec_1");
    StoreQueries queries(path);
    const UsageSeries one = queries.usageSeries(query);
    QCOMPARE(one.tokens, (QList<qint64>{300, 0, 0, 0, 0, 0, 0, 0, 0, 500}));
    QCOMPARE(one.stages, (QList<UsageTotal>{total("build", 500, 1), total("research", 300, 2)}));
    QCOMPARE(one.agents, (QList<UsageTotal>{total("builder", 500, 1), total("analyst", 300, 2)}));

    // Buckets that do not divide the window: the last one reaches past its end. Too
    // many, or more than asked for: they grow. None: an empty series.
    query.executionId.clear();
    query.bucketSeconds = 240;
    QCOMPARE(queries.usageSeries(query).tokens, (QList<qint64>{600, 400, 500}));
    // Asked for at most three buckets of whole minutes: the same four-minute buckets.
    query.bucketSeconds = 60;
    query.maxBuckets = 3;
    const UsageSeries narrow = queries.usageSeries(query);
    QCOMPARE(narrow.bucketSeconds, 240);
    QCOMPARE(narrow.tokens, (QList<qint64>{600, 400, 500}));
    query.maxBuckets = 4; // 150 s would do, but not in whole minutes
    QCOMPARE(queries.usageSeries(query).bucketSeconds, 180);
    QCOMPARE(queries.usageSeries(query).bucketCount(), 4);
    query.maxBuckets = 0;
    query.from = utc("2000-01-01T00:00:00.000Z");
    query.bucketSeconds = 1;
    const UsageSeries coarse = queries.usageSeries(query);
    QVERIFY(coarse.bucketCount() <= UsageHistory::kMaxBuckets);
    QVERIFY(coarse.bucketSeconds > 1);
    QCOMPARE(coarse.totalTokens, 1500 + 9000);
    query.to = query.from;
    QCOMPARE(queries.usageSeries(query).bucketCount(), 0);

    // The time reader agrees with QDateTime's.
    for (const char *text : {"2026-03-14T10:05:30.500Z", "1999-12-31T23:59:59.999Z",
                             "2028-02-29T12:00:00.000Z", "1970-01-01T00:00:00.000Z"}) {
        QCOMPARE(UsageHistory::storedTimeMs(QString::fromLatin1(text)),
                 utc(text).toMSecsSinceEpoch());
    }
    QCOMPARE(UsageHistory::storedTimeMs(u"not a time"), -1);
}

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"
