// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail on a fabricated history (audithistory.h): every entry in order with
// who, what, to what and why; the time window, action, actor and search filters and the
// limit; the CSV fields (quoting, formula neutralisation) and an exported file byte for
// byte; an export that is cancelled or cannot be written leaves no file behind.

#include "audithistory.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/storereader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

QStringList actionsOf(const QList<AuditEntry> &entries)
{
    QStringList actions;
    for (const AuditEntry &e : entries) {
        actions.append(e.action);
    }
    return actions;
}

} // namespace

class TestAuditTrail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEverythingNewestFirst();
    void filters_data();
    void filters();
    void csvFields_data();
    void csvFields();
    void exportsExactCsv();
    void exportCancelledOrUnwritableLeavesNoFile();

private:
    std::optional<QList<AuditEntry>> read(const AuditQuery &query);

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAuditTrail::initTestCase()
{
    qRegisterMetaType<QList<AuditEntry>>();
    m_path = m_dir.filePath(u"audit.db"_s);
    Database db(m_path, u"fill");
    QVERIFY2(db.open(), qPrintable(db.error()));
    Test::AuditHistory history(db);
    QVERIFY2(history.fill(), qPrintable(db.lastError()));
}

std::optional<QList<AuditEntry>> TestAuditTrail::read(const AuditQuery &query)
{
    Database db(m_path, u"test");
    if (!db.open()) {
        return std::nullopt;
    }
    AuditTrail trail(db);
    return trail.read(query);
}

void TestAuditTrail::readsEverythingNewestFirst()
{
    const std::optional<QList<AuditEntry>> entries = read({});
    QVERIFY(entries);
    QCOMPARE(
        actionsOf(*entries),
        QStringList({u"config_changed"_s, u"cancelled"_s, u"expired"_s, u"budget_override"_s,
                     u"agent"_s, u"strategy"_s, u"skipped"_s, u"retried"_s, u"resumed"_s,
                     u"paused"_s, u"started"_s, u"approved"_s, u"config_changed"_s, u"started"_s}));
    for (qsizetype i = 1; i < entries->size(); ++i) {
        QVERIFY(entries->at(i - 1).at > entries->at(i).at);
    }

    const AuditEntry &started = entries->constLast();
    QCOMPARE(started.at, Test::auditTime(9, 0));
    QCOMPARE(started.actor, u"alice"_s);
    QCOMPARE(started.executionId, u"exec_a"_s);
    QCOMPARE(started.ideaTitle, u"Lab marketplace"_s);
    QCOMPARE(started.reason, u"Lab marketplace"_s);
    QCOMPARE(started.subject, u"i2s"_s);
    // Only what the trail shows of the payload, never the configuration it carries.
    QCOMPARE(started.detail, QJsonObject({{u"pipelineId"_s, u"i2s"_s},
                                          {u"priority"_s, u"normal"_s},
                                          {u"requestedRole"_s, u"operator"_s}}));

    const AuditEntry &approved = entries->at(11);
    QCOMPARE(approved.actor, u"bob"_s);
    QCOMPARE(approved.reason, u"Looks fine"_s);
    QCOMPARE(approved.subject, u"risk_review"_s);
    QCOMPARE(approved.detail.value(u"conditions"_s).toArray(), QJsonArray({u"watch costs"_s}));
    QCOMPARE(approved.detail.value(u"secondFactor"_s).toString(), u"totp"_s);
    QCOMPARE(approved.detail.value(u"gateId"_s).toString(), u"gate_1"_s);
    QVERIFY(!approved.detail.contains(u"reviewer"_s));
    QVERIFY(!approved.detail.contains(u"decision"_s));

    const AuditEntry &expired = entries->at(2);
    QCOMPARE(expired.actor, u"timeout"_s);
    QVERIFY(expired.detail.value(u"byTimeout"_s).toBool());

    const AuditEntry &skipped = entries->at(6);
    QCOMPARE(skipped.actor, u"bob"_s);
    QCOMPARE(skipped.subject, u"ux"_s);
    QCOMPARE(skipped.reason, u"not needed"_s);
    QCOMPARE(skipped.ideaTitle, u"Bike sharing, \"fast\""_s);

    QCOMPARE(entries->at(5).detail.value(u"strategy"_s).toString(), u"aggressive"_s);
    QCOMPARE(entries->at(4).detail.value(u"agent"_s).toString(), u"gpt"_s);
    QCOMPARE(entries->at(4).subject, u"research"_s);

    const AuditEntry &budget = entries->at(3);
    QCOMPARE(budget.actor, u"carol"_s);
    QCOMPARE(budget.detail, QJsonObject({{u"amountMicros"_s, 5000000}, {u"tokens"_s, 1000}}));

    const AuditEntry &change = entries->at(12);
    QCOMPARE(change.actor, u"dave"_s);
    QCOMPARE(change.subject, u"conductor-agent.yml"_s);
    QCOMPARE(change.reason, u"raise the daily budget"_s);
    QVERIFY(change.executionId.isEmpty());
    QCOMPARE(change.detail.value(u"changes"_s).toArray().size(), 1);
}

void TestAuditTrail::filters_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    const QDateTime none;
    QTest::newRow("window") << Test::auditTime(9, 30) << Test::auditTime(10, 0) << QStringList()
                            << QString() << QString() << 100
                            << QStringList{u"agent"_s,   u"strategy"_s, u"skipped"_s,
                                           u"retried"_s, u"resumed"_s,  u"paused"_s};
    QTest::newRow("from only") << Test::auditTime(10, 5) << none << QStringList() << QString()
                               << QString() << 100
                               << QStringList{u"config_changed"_s, u"cancelled"_s, u"expired"_s};
    QTest::newRow("decisions") << none << none
                               << QStringList{u"approved"_s, u"rejected"_s, u"expired"_s}
                               << QString() << QString() << 100
                               << QStringList{u"expired"_s, u"approved"_s};
    QTest::newRow("approved only") << none << none << QStringList{u"approved"_s} << QString()
                                   << QString() << 100 << QStringList{u"approved"_s};
    QTest::newRow("strategy only") << none << none << QStringList{u"strategy"_s} << QString()
                                   << QString() << 100 << QStringList{u"strategy"_s};
    QTest::newRow("agent only") << none << none << QStringList{u"agent"_s} << QString() << QString()
                                << 100 << QStringList{u"agent"_s};
    QTest::newRow("configuration")
        << none << none << QStringList{u"config_changed"_s} << QString() << QString() << 100
        << QStringList{u"config_changed"_s, u"config_changed"_s};
    QTest::newRow("actor, any case")
        << none << none << QStringList() << u"ALI"_s << QString() << 100
        << QStringList{u"agent"_s, u"strategy"_s, u"resumed"_s, u"paused"_s, u"started"_s};
    QTest::newRow("search idea") << none << none << QStringList() << QString() << u"marketplace"_s
                                 << 100 << QStringList{u"expired"_s, u"approved"_s, u"started"_s};
    QTest::newRow("search reason") << none << none << QStringList() << QString() << u"costs"_s
                                   << 100 << QStringList{u"paused"_s};
    QTest::newRow("search subject") << none << none << QStringList() << QString() << u"research"_s
                                    << 100 << QStringList{u"agent"_s, u"strategy"_s, u"retried"_s};
    QTest::newRow("search file") << none << none << QStringList() << QString() << u"agent.yml"_s
                                 << 100 << QStringList{u"config_changed"_s, u"config_changed"_s};
    QTest::newRow("search execution id") << none << none << QStringList{u"started"_s} << QString()
                                         << u"exec_b"_s << 100 << QStringList{u"started"_s};
    QTest::newRow("wildcards are text")
        << none << none << QStringList() << QString() << u"%"_s << 100 << QStringList();
    QTest::newRow("actor and action") << none << none << QStringList{u"retried"_s, u"paused"_s}
                                      << u"bob"_s << QString() << 100 << QStringList{u"retried"_s};
    QTest::newRow("limit") << none << none << QStringList() << QString() << QString() << 3
                           << QStringList{u"config_changed"_s, u"cancelled"_s, u"expired"_s};
    QTest::newRow("nothing") << none << none << QStringList() << u"nobody"_s << QString() << 100
                             << QStringList();
}

void TestAuditTrail::filters()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QStringList, actions);
    QFETCH(QString, actor);
    QFETCH(QString, search);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    AuditQuery query;
    query.from = from;
    query.to = to;
    query.actions = actions;
    query.actor = actor;
    query.search = search;
    query.limit = limit;
    const std::optional<QList<AuditEntry>> entries = read(query);
    QVERIFY(entries);
    QCOMPARE(actionsOf(*entries), expected);
}

void TestAuditTrail::csvFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"alice"_s << u"alice"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("newline") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("formula") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("plus") << u"+49 30"_s << u"'+49 30"_s;
    QTest::newRow("minus") << u"-2"_s << u"'-2"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\tx"_s << u"'\tx"_s;
    QTest::newRow("carriage return") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::newRow("formula with comma")
        << u"=HYPERLINK(\"x\",1)"_s << u"\"'=HYPERLINK(\"\"x\"\",1)\""_s;
    QTest::newRow("sign inside") << u"a=b-c"_s << u"a=b-c"_s;
    QTest::newRow("umlaut") << u"Jürgen"_s << u"Jürgen"_s;
}

void TestAuditTrail::csvFields()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(AuditCsv::field(text), field);
}

void TestAuditTrail::exportsExactCsv()
{
    StoreReader reader(m_path);
    QSignalSpy finished(&reader, &StoreReader::exportFinished);
    QSignalSpy progress(&reader, &StoreReader::exportProgress);
    AuditQuery query;
    query.actions =
        QStringList{u"cancelled"_s, u"budget_override"_s, u"started"_s, u"config_changed"_s};
    query.to = Test::auditTime(10, 15); // not the last change
    query.limit = 0;
    const QString path = m_dir.filePath(u"trail.csv"_s);
    reader.exportAuditCsv(7, query, path);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toLongLong(), 7);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QVERIFY(finished.at(0).at(2).toString().contains(u"entries: 5"_s));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(1).toInt(), 5);
    QCOMPARE(progress.constLast().at(2).toInt(), 5);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected =
        "time,actor,action,execution,idea,subject,reason,detail\r\n"
        "2026-03-01T10:10:00.000Z,carol,cancelled,exec_b,\"Bike sharing, \"\"fast\"\"\",,"
        "\"Stop, please\nnow\",\r\n"
        "2026-03-01T10:00:00.000Z,carol,budget_override,exec_b,\"Bike sharing, \"\"fast\"\"\",,"
        "'=SUM(A1),\"{\"\"amountMicros\"\":5000000,\"\"tokens\"\":1000}\"\r\n"
        "2026-03-01T09:20:00.000Z,carol,started,exec_b,\"Bike sharing, \"\"fast\"\"\",i2s,"
        "\"Bike sharing, \"\"fast\"\"\",\"{\"\"pipelineId\"\":\"\"i2s\"\",\"\"priority\"\":"
        "\"\"normal\"\",\"\"requestedRole\"\":\"\"operator\"\"}\"\r\n"
        "2026-03-01T09:05:00.000Z,dave,config_changed,,,conductor-agent.yml,raise the daily "
        "budget,\"{\"\"changes\"\":[\"\"budgets.cost.dailyBudgetUSD: 50 -> 80\"\"]}\"\r\n"
        "2026-03-01T09:00:00.000Z,alice,started,exec_a,Lab marketplace,i2s,Lab marketplace,"
        "\"{\"\"pipelineId\"\":\"\"i2s\"\",\"\"priority\"\":\"\"normal\"\",\"\"requestedRole\"\":"
        "\"\"operator\"\"}\"\r\n";
    QCOMPARE(file.readAll(), expected);
}

void TestAuditTrail::exportCancelledOrUnwritableLeavesNoFile()
{
    // A database with enough entries for the export to take several chunks.
    const QString big = m_dir.filePath(u"big.db"_s);
    {
        Database db(big, u"fill");
        QVERIFY2(db.open(), qPrintable(db.error()));
        Test::AuditHistory history(db);
        QVERIFY(db.beginWrite());
        for (int i = 1; i <= 4500; ++i) {
            QVERIFY(history.audit(i, Test::auditTime(8, 0).addSecs(i), u"dave"_s, u"f.yml"_s,
                                  u"change %1"_s.arg(i), {}));
        }
        QVERIFY(db.commit());
    }
    StoreReader reader(big);
    QSignalSpy finished(&reader, &StoreReader::exportFinished);
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("what was there\n");
    }
    AuditQuery all;
    all.limit = 0;
    reader.exportAuditCsv(1, all, path);
    QCOMPARE(finished.size(), 0); // the first chunk is written, more wait their turn
    reader.cancelExport(1);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.at(0).at(1).toBool());
    QVERIFY(finished.at(0).at(2).toString().contains(u"cancelled"_s));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("what was there\n"));

    // Uncancelled, the same export replaces the file with all of it.
    reader.exportAuditCsv(2, all, path);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.at(1).at(1).toBool());
    QFile whole(path);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QCOMPARE(whole.readAll().count('\n'), 4501);

    // A folder that does not exist.
    reader.exportAuditCsv(3, all, m_dir.filePath(u"missing/trail.csv"_s));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(!finished.at(2).at(1).toBool());
    QVERIFY(finished.at(2).at(2).toString().startsWith(u"Cannot write"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing/trail.csv"_s)));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
