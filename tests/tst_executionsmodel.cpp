// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The executions table's model over a real database of 100,000 executions, read on the
// reader's thread: it opens with one page, pages on as a view scrolls (keyset, newest
// first, no row twice), filters and searches, follows the engine's events (a changed row
// is re-read, a new execution appears on top), and passes QAbstractItemModelTester. The
// tester asks for more rows after every insertion (a view asks only when scrolled to the
// end), so the tests that count pages run without it.

#include "executionsmodel.h"
#include "store/database.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;

class TestExecutionsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithOnePage();
    void pagesOnWithoutGapsOrRepeats();
    void sortsInTheDatabaseAcrossPages();
    void filtersAndSearches();
    void followsTheEngine();
    void passesTheModelTester();
    void showsRunningAttemptsLive();
    void followsOtherProcesses();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("many.db")); }
    void insert(Database &db, int first, int count, const QString &day);

    QTemporaryDir m_dir;
};

namespace {

constexpr int kExecutions = 100'000;

ExecutionStatus statusFor(int i)
{
    // Mostly completed, some failed, a few running.
    return i % 10 == 0   ? ExecutionStatus::Failed
           : i % 97 == 0 ? ExecutionStatus::Running
                         : ExecutionStatus::Completed;
}

} // namespace

void TestExecutionsModel::insert(Database &db, int first, int count, const QString &day)
{
    QVERIFY(db.beginWrite());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO executions (id, pipeline_id, idea_title, status, priority, current_stage,"
        " tokens_used, cost_micros, created_at, updated_at, last_seq, owner, lease_until)"
        " VALUES (?, 'i2s', ?, ?, 1, 'ux', ?, ?, ?, ?, 10, NULL, NULL)"));
    for (int i = first; i < first + count; ++i) {
        // One a second; every 1,000th shares its second with the one before (ties by id).
        const QDateTime at = QDateTime(QDate::fromString(day, Qt::ISODate), QTime(0, 0), Qt::UTC)
                                 .addSecs(i - (i % 1000 == 0 ? 1 : 0));
        q.bindValue(0, QStringLiteral("exec_%1").arg(i, 8, 10, QLatin1Char('0')));
        q.bindValue(1, i % 1000 == 7 ? QStringLiteral("Telescope rental %1").arg(i)
                                     : QStringLiteral("Idea %1").arg(i));
        q.bindValue(2, statusName(statusFor(i)));
        q.bindValue(3, qint64(i) * 10);
        q.bindValue(4, qint64(i) * 1000);
        q.bindValue(5, toStoredTime(at));
        q.bindValue(6, toStoredTime(at));
        QVERIFY(q.exec());
    }
    QVERIFY(db.commit());
}

void TestExecutionsModel::initTestCase()
{
    Database db(path(), u"fill");
    QVERIFY2(db.open(), qPrintable(db.error()));
    insert(db, 0, kExecutions, QStringLiteral("2026-01-01"));
}

void TestExecutionsModel::opensWithOnePage()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0); // events only, unless a test polls
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.totalCount(), kExecutions);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    // Newest first, with what the table shows.
    QCOMPARE(model.data(model.index(0, ExecutionsModel::IdeaColumn), Qt::DisplayRole).toString(),
             QStringLiteral("Idea 99999"));
    QCOMPARE(model.data(model.index(0, ExecutionsModel::StatusColumn), Qt::DisplayRole).toString(),
             QStringLiteral("Completed"));
    QVERIFY(
        !model.data(model.index(0, ExecutionsModel::StatusColumn), Qt::DecorationRole).isNull());
    QCOMPARE(model.data(model.index(0, ExecutionsModel::CostColumn), Qt::DisplayRole).toString(),
             QStringLiteral("$99.999"));
}

void TestExecutionsModel::pagesOnWithoutGapsOrRepeats()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0); // events only, unless a test polls
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    while (model.rowCount() < 3000) {
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page on its way at a time
        QVERIFY(loaded.wait(10'000));
    }
    QCOMPARE(model.rowCount(), 3000);
    // Exactly the 3,000 newest, in order, across the ties at each 1,000th.
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), ExecutionsModel::ExecutionIdRole).toString(),
                 QStringLiteral("exec_%1").arg(kExecutions - 1 - row, 8, 10, QLatin1Char('0')));
    }
}

void TestExecutionsModel::sortsInTheDatabaseAcrossPages()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0);
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    // By status, A to Z: thousands share each status, so pages part ties by id.
    model.sort(ExecutionsModel::StatusColumn, Qt::AscendingOrder);
    QVERIFY(loaded.wait(10'000));
    while (model.rowCount() < 1500) {
        model.fetchMore({});
        QVERIFY(loaded.wait(10'000));
    }
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const ExecutionSummary *s = model.summaryAt(row);
        QVERIFY(!seen.contains(s->id));
        seen.insert(s->id);
        if (row > 0) {
            const ExecutionSummary *before = model.summaryAt(row - 1);
            const QString a = statusName(before->status);
            const QString b = statusName(s->status);
            QVERIFY2(a < b || (a == b && before->id < s->id),
                     qPrintable(before->id + u' ' + s->id));
        }
    }
    QCOMPARE(statusName(model.summaryAt(0)->status), QStringLiteral("completed"));
    // By tokens, most first.
    model.sort(ExecutionsModel::TokensColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.summaryAt(0)->tokensUsed, qint64(kExecutions - 1) * 10);
    QCOMPARE(model.summaryAt(1)->tokensUsed, qint64(kExecutions - 2) * 10);
    QCOMPARE(model.totalCount(), kExecutions);
}

void TestExecutionsModel::filtersAndSearches()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0); // events only, unless a test polls
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));

    model.setFilter(ExecutionStatus::Failed, {});
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.totalCount(), kExecutions / 10);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, 0), ExecutionsModel::StatusRole).toInt(),
                 int(ExecutionStatus::Failed));
    }

    // Text, not a pattern: "_" and "%" match themselves.
    model.setFilter(std::nullopt, QStringLiteral("telescope"));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.totalCount(), kExecutions / 1000);
    QCOMPARE(model.data(model.index(0, ExecutionsModel::IdeaColumn), Qt::DisplayRole).toString(),
             QStringLiteral("Telescope rental 99007"));
    model.setFilter(std::nullopt, QStringLiteral("Idea_1"));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.totalCount(), 0);
    model.setFilter(std::nullopt, QStringLiteral("exec_0000012"));
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(model.totalCount(), 10); // exec_00000120 .. exec_00000129
}

void TestExecutionsModel::followsTheEngine()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0); // events only, unless a test polls
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The store writes a row with its events; the engine's committed events name it.
    Database db(path(), u"writer");
    QVERIFY(db.open());
    const QString shown = QStringLiteral("exec_00099998");
    QVERIFY(db.exec(QStringLiteral("UPDATE executions SET status = 'paused', tokens_used = 4242"
                                   " WHERE id = '%1'")
                        .arg(shown)));
    insert(db, kExecutions, 1, QStringLiteral("2026-01-02")); // a new execution, newest
    ExecutionEvents events;
    for (const QString &id :
         {shown, QStringLiteral("exec_%1").arg(kExecutions, 8, 10, QLatin1Char('0'))}) {
        ExecutionEvent e;
        e.executionId = id;
        e.type = EventType::Paused;
        for (int i = 0; i < 50; ++i) { // a burst: re-read once, not fifty times
            events.append(e);
        }
    }
    model.applyEvents(events);
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(model.data(model.index(0, 0), ExecutionsModel::ExecutionIdRole).toString(),
             QStringLiteral("exec_00100000"));
    QCOMPARE(model.totalCount(), kExecutions + 1);
    const int row = model.rowOf(shown);
    QCOMPARE(row, 2);
    QCOMPARE(
        model.data(model.index(row, ExecutionsModel::StatusColumn), Qt::DisplayRole).toString(),
        QStringLiteral("Paused"));
    QCOMPARE(
        model.data(model.index(row, ExecutionsModel::TokensColumn), Qt::DisplayRole).toString(),
        QLocale().toString(4242));
    QCOMPARE(changed.size(), 1);
}

void TestExecutionsModel::showsRunningAttemptsLive()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0);
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    const int row = 5;
    const QString id = model.data(model.index(row, 0), ExecutionsModel::ExecutionIdRole).toString();
    Database db(path(), u"writer");
    QVERIFY(db.open());
    QVERIFY(db.exec(QStringLiteral("UPDATE executions SET status = 'running', tokens_used = 5000,"
                                   " cost_micros = 100000 WHERE id = '%1'")
                        .arg(id)));
    ExecutionEvent started;
    started.executionId = id;
    started.type = EventType::AttemptStarted;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvents({started});
    QTRY_VERIFY(changed.size() >= 1);
    const auto tokens = [&] {
        return model
            .data(model.index(model.rowOf(id), ExecutionsModel::TokensColumn), Qt::DisplayRole)
            .toString();
    };
    const auto cost = [&] {
        return model
            .data(model.index(model.rowOf(id), ExecutionsModel::CostColumn), Qt::DisplayRole)
            .toString();
    };
    QCOMPARE(tokens(), QLocale().toString(5000));

    // A streaming attempt's figures add to the recorded ones while it runs.
    changed.clear();
    model.noteAttemptRunning(id, QStringLiteral("research"), 1200, 30'000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(tokens(), QLocale().toString(6200));
    QCOMPARE(cost(), QStringLiteral("$0.13"));
    model.noteAttemptRunning(id, QStringLiteral("research"), 1500, 40'000); // replaces
    model.noteAttemptRunning(id, QStringLiteral("market"), 100, 0);         // adds
    QCOMPARE(tokens(), QLocale().toString(6600));

    // The attempt ends: its recorded usage replaces its live figures (not both), the other
    // stage's stay.
    QVERIFY(db.exec(QStringLiteral("UPDATE executions SET tokens_used = 6600, cost_micros ="
                                   " 145000 WHERE id = '%1'")
                        .arg(id)));
    ExecutionEvent posted;
    posted.executionId = id;
    posted.type = EventType::BudgetPosted;
    posted.data = QJsonObject{{QStringLiteral("stage"), QStringLiteral("research")}};
    changed.clear();
    model.applyEvents({posted});
    QTRY_VERIFY(changed.size() >= 1);
    QCOMPARE(tokens(), QLocale().toString(6700));
    QCOMPARE(cost(), QStringLiteral("$0.145"));
}

void TestExecutionsModel::passesTheModelTester()
{
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0); // events only, unless a test polls
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    // A filter small enough for the tester to page through, then live changes.
    model.setFilter(std::nullopt, QStringLiteral("Telescope"));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kExecutions / 1000, 10'000);
    QVERIFY(!model.canFetchMore({}));
    Database db(path(), u"tester");
    QVERIFY(db.open());
    QVERIFY(db.exec(QStringLiteral("UPDATE executions SET cost_micros = 1 WHERE id = "
                                   "'exec_00050007'")));
    ExecutionEvent e;
    e.executionId = QStringLiteral("exec_00050007");
    e.type = EventType::BudgetPosted;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvents({e});
    QTRY_COMPARE(changed.size(), 1);
    const int row = model.rowOf(e.executionId);
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, ExecutionsModel::CostColumn), Qt::DisplayRole).toString(),
             QStringLiteral("$0.000001"));
    model.setFilter(ExecutionStatus::Running, QStringLiteral("Idea 97"));
    QVERIFY(loaded.wait(10'000));
    int expected = 0; // running, and named "Idea 97..."
    for (int i = 0; i < kExecutions; ++i) {
        expected += statusFor(i) == ExecutionStatus::Running && i % 1000 != 7 &&
                            QString::number(i).startsWith(QStringLiteral("97"))
                        ? 1
                        : 0;
    }
    QVERIFY(expected > 1);
    QCOMPARE(model.totalCount(), expected);
    QTRY_COMPARE(model.rowCount(), expected);
}

void TestExecutionsModel::followsOtherProcesses()
{
    // Another process changes a row and starts an execution; no event reaches this one.
    ReaderThread reader(path());
    ExecutionsModel model(reader.reader());
    model.setPollInterval(0);
    QSignalSpy loaded(&model, &ExecutionsModel::loaded);
    QVERIFY(loaded.wait(10'000));
    const qint64 before = model.totalCount();
    Database db(path(), u"other");
    QVERIFY(db.open());
    const QString later = toStoredTime(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    const QString shown = QStringLiteral("exec_00099990");
    QVERIFY(db.exec(QStringLiteral("UPDATE executions SET status = 'cancelled', updated_at = '%1'"
                                   " WHERE id = '%2'")
                        .arg(later, shown)));
    insert(db, kExecutions + 10, 1, QStringLiteral("2026-01-06"));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.pollChanges();
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.data(model.index(0, 0), ExecutionsModel::ExecutionIdRole).toString(),
             QStringLiteral("exec_00100010"));
    QCOMPARE(
        model.data(model.index(model.rowOf(shown), ExecutionsModel::StatusColumn), Qt::DisplayRole)
            .toString(),
        QStringLiteral("Cancelled"));
    // Nothing changed since: the next look applies nothing.
    loaded.clear();
    model.pollChanges();
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
}

QTEST_MAIN(TestExecutionsModel)
#include "tst_executionsmodel.moc"
