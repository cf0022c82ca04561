// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window's Executions view on the offscreen platform, used as a person would:
// it opens on the executions of a real database, the status filter and the search field
// narrow them (the search once typing pauses), the navigation list and Ctrl+2 switch to
// the pipeline, and the window remembers the view it showed.

#include "alertspage.h"
#include "budgetspage.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "engine/ledger.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatesmodel.h"
#include "mainwindow.h"
#include "pipelineoverview.h"
#include "store/database.h"
#include "store/storereader.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;

class TestExecutionsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsFiltersAndSearches();
    void navigatesAndRemembersTheView();
    void countsGatesAndShowsTodaysSpending();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestExecutionsPage::initTestCase()
{
    // Settings in the temporary folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_executionspage"));
    m_db = m_dir.filePath(QStringLiteral("page.db"));
    Database db(m_db, u"fill");
    QVERIFY2(db.open(), qPrintable(db.error()));
    QVERIFY(db.beginWrite());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO executions (id, pipeline_id, idea_title, status, priority, current_stage,"
        " tokens_used, cost_micros, created_at, updated_at, last_seq, owner, lease_until)"
        " VALUES (?, 'i2s', ?, ?, 1, 'ux', 1000, 30000, ?, ?, 10, NULL, NULL)"));
    for (int i = 0; i < 30; ++i) {
        const QString at =
            toStoredTime(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(i * 60));
        q.bindValue(0, QStringLiteral("exec_%1").arg(i, 4, 10, QLatin1Char('0')));
        q.bindValue(1, i % 3 == 0 ? QStringLiteral("Lab marketplace %1").arg(i)
                                  : QStringLiteral("Bike sharing %1").arg(i));
        q.bindValue(2,
                    statusName(i % 5 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Completed));
        q.bindValue(3, at);
        q.bindValue(4, at);
        QVERIFY(q.exec());
    }
    QVERIFY(db.commit());
}

void TestExecutionsPage::showsFiltersAndSearches()
{
    const ReaderThread reader(m_db);
    const Configuration config = ConfigLoader::builtIn();
    MainWindow window(config, std::nullopt, reader.reader());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExecutionsPage *page = window.executions();
    QVERIFY(page);
    QVERIFY(window.pages()->currentWidget()->isAncestorOf(page));
    QTRY_COMPARE(page->table()->model()->rowCount(), 30);
    QCOMPARE(page->countLabel()->text(), QStringLiteral("Executions: 30"));
    QCOMPARE(page->table()->model()->index(0, ExecutionsModel::IdeaColumn).data().toString(),
             QStringLiteral("Bike sharing 29"));

    // The status filter, chosen from its list.
    page->statusFilter()->setFocus();
    const int failed = page->statusFilter()->findText(QStringLiteral("Failed"));
    QVERIFY(failed > 0);
    page->statusFilter()->setCurrentIndex(failed);
    QTRY_COMPARE(page->table()->model()->rowCount(), 6);
    QTRY_COMPARE(page->countLabel()->text(), QStringLiteral("Executions: 6"));

    // Typing a search: nothing reloads until typing pauses.
    page->statusFilter()->setCurrentIndex(0);
    QTRY_COMPARE(page->table()->model()->rowCount(), 30);
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(page->searchField(), QStringLiteral("lab market"));
    QCOMPARE(reset.size(), 0);
    QTRY_COMPARE(reset.size(), 1);
    QTRY_COMPARE(page->table()->model()->rowCount(), 10);
    QCOMPARE(page->countLabel()->text(), QStringLiteral("Executions: 10"));
}

void TestExecutionsPage::navigatesAndRemembersTheView()
{
    const ReaderThread reader(m_db);
    const Configuration config = ConfigLoader::builtIn();
    const LoadResult<PipelineDefinition> pipeline =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), config);
    {
        MainWindow window(config, pipeline.value, reader.reader());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Without a session (no engine here): no Configuration and Settings views.
        QCOMPARE(window.navigation()->count(), 7);
        QCOMPARE(window.navigation()->item(2)->text(), QStringLiteral("Dashboard"));
        QCOMPARE(window.navigation()->item(3)->text(), QStringLiteral("Budgets"));
        QCOMPARE(window.navigation()->item(4)->text(), QStringLiteral("Alerts"));
        QCOMPARE(window.navigation()->item(5)->text(), QStringLiteral("Audit"));
        QCOMPARE(window.navigation()->item(6)->text(), QStringLiteral("Pipeline"));
        QCOMPARE(window.pages()->widget(4), window.alertsPage());
        // A click on "Pipeline" in the list.
        const QRect item = window.navigation()->visualItemRect(window.navigation()->item(6));
        QTest::mouseClick(window.navigation()->viewport(), Qt::LeftButton, {}, item.center());
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        // Ctrl+1 back to the executions, Ctrl+4 to the budgets, Ctrl+7 to the pipeline again.
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.pages()->currentWidget()->isAncestorOf(window.executions()));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.budgets());
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        window.close();
    }
    MainWindow again(config, pipeline.value, reader.reader());
    QCOMPARE(again.pages()->currentWidget(), again.overview());
}

void TestExecutionsPage::countsGatesAndShowsTodaysSpending()
{
    // Another process opened a gate and spent $1.50 today.
    const Configuration config = ConfigLoader::builtIn();
    {
        Database db(m_db, u"other");
        QVERIFY(db.open());
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO gates (id, execution_id, type, checkpoint, status, critical,"
            " reviewer_role, reason, summary, opened_at) VALUES ('gate_1', 'exec_0003',"
            " 'risk_review', 'risk_gate', 'pending', 0, 'approver', 'opens at every run', '{}',"
            " '2026-03-01T09:00:00.000Z')")));
        const QString today =
            Ledger::dayOf(QDateTime::currentDateTimeUtc(), Ledger::zoneOf(config));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO budget_days VALUES ('%1', 50000, 0, 0, 0,"
                                       " 1500000, 0, 0, 0, 0, 0, NULL)")
                            .arg(today)));
    }
    const ReaderThread reader(m_db);
    MainWindow window(config, std::nullopt, reader.reader());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.navigation()->item(1)->text(), QStringLiteral("Gates (1)"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("gates waiting: 1")));
    QAbstractItemModelTester tester(window.gates(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.gates()->rowCount(), 1);
    QCOMPARE(window.gates()->index(0, GatesModel::ReasonColumn).data().toString(),
             QStringLiteral("opens at every run"));
    QTRY_COMPARE(window.spendLabel()->text(), QStringLiteral("Today: $1.50 of $500.00"));
    QVERIFY(window.spendLabel()->toolTip().contains(QLocale().toString(50000)));

    // The Budgets view: the day's account against the limits, in words and as bars.
    BudgetsPage *budgets = window.budgets();
    QSignalSpy shown(budgets, &BudgetsPage::shown);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QVERIFY(shown.wait(5000));
    QCOMPARE(budgets->tokensBar()->format(),
             QStringLiteral("used %1 · held 0 · left %2 of %3")
                 .arg(QLocale().toString(50000), QLocale().toString(950000),
                      QLocale().toString(1000000)));
    QCOMPARE(budgets->tokensBar()->value(), 50); // per mille
    QVERIFY2(budgets->costBar()->format().startsWith(QStringLiteral("used $1.50 · held $0.00")),
             qPrintable(budgets->costBar()->format()));
    QVERIFY(budgets->alertLabel()->text().contains(QStringLiteral("$400.00")));
    // An earlier day has nothing.
    budgets->showDay(QStringLiteral("2020-01-01"));
    QVERIFY(shown.wait(5000));
    QCOMPARE(budgets->tokensBar()->value(), 0);
}

QTEST_MAIN(TestExecutionsPage)
#include "tst_executionspage.moc"
