// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The Dashboard on the offscreen platform, on the history of metricshistory.h (answers
// worked out by hand there): its tiles show the figures of the last 24 hours and what
// they were computed from; the window chooser, used from the keyboard, switches to the
// last hour (where two metrics have no data) and the last 7 days, and is remembered; the
// table per stage and agent; the counts of what runs now and the oldest pending gates
// lead on; today's budgets as bars; a burst of changes is read once.
//
// With CONDUCTOR_RENDER_DIR set, the page is also rendered there as PNGs, in a light and
// a dark palette, for a person to look at.

#include "budgetbars.h"
#include "config/configloader.h"
#include "dashboardpage.h"
#include "engine/ledger.h"
#include "metricshistory.h"
#include "metrictile.h"
#include "store/storereader.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace Conductor;
using Metric = DashboardPage::Metric;

namespace {

QString n(qint64 value)
{
    return QLocale().toString(value);
}

QString pct(double value)
{
    return QLocale().toString(value, 'f', 1) + u'%';
}

} // namespace

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsTheKeyMetricsOfTheDay();
    void showsPerStageAndAgent();
    void switchesWindowsAndRemembers();
    void leadsToExecutionsAndGates();
    void showsTodaysBudgets();
    void burstOfChangesIsReadOnce();
    void saysWhenThereIsNoData();
    void renders();

private:
    // A page on the history, its windows ending at the anchor, shown and loaded.
    std::unique_ptr<DashboardPage> openPage(const QDateTime &end);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ReaderThread> m_reader;
    const Configuration m_config = ConfigLoader::builtIn();
    const QDateTime m_t = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
};

void TestDashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpage"));
    m_path = m_dir.filePath(QStringLiteral("dashboard.db"));
    {
        Database db(m_path, u"fill");
        QVERIFY2(db.open(), qPrintable(db.error()));
        Test::MetricsHistory history(db, m_t);
        QVERIFY2(history.write(), qPrintable(history.error()));
        // Today: 50,000 tokens and $1.50 spent, $0.20 held.
        const QString today =
            Ledger::dayOf(QDateTime::currentDateTimeUtc(), Ledger::zoneOf(m_config));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO budget_days VALUES ('%1', 50000, 0, 0, 0,"
                                       " 1500000, 200000, 0, 0, 0, 0, NULL)")
                            .arg(today)));
    }
    m_reader = std::make_unique<ReaderThread>(m_path);
}

void TestDashboardPage::init()
{
    QSettings().remove(QStringLiteral("dashboard"));
}

std::unique_ptr<DashboardPage> TestDashboardPage::openPage(const QDateTime &end)
{
    auto page = std::make_unique<DashboardPage>(m_reader->reader(), m_config);
    page->resize(1400, 900);
    QSignalSpy shown(page.get(), &DashboardPage::metricsShown);
    page->setWindowEnd(end);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !shown.wait(10'000) ||
        !QTest::qWaitFor([&page] { return !page->isLoading(); }, 10'000)) {
        return nullptr;
    }
    return page;
}

void TestDashboardPage::showsTheKeyMetricsOfTheDay()
{
    const auto page = openPage(m_t);
    QVERIFY(page);
    QCOMPARE(page->windowChooser()->currentText(), QStringLiteral("Last 24 hours"));
    QVERIFY(!page->statusLabel()->text().isEmpty());

    MetricTile *success = page->tile(Metric::SuccessRate);
    QVERIFY(success->hasData());
    QCOMPARE(success->valueLabel()->text(), pct(80.0));
    QCOMPARE(success->basisLabel()->text(),
             QStringLiteral("8 of 10 ended executions completed, 2 failed. Cancelled, not "
                            "counted: 1."));

    MetricTile *time = page->tile(Metric::ExecutionTime);
    QCOMPARE(time->valueLabel()->text(), QStringLiteral("55s"));
    QCOMPARE(time->basisLabel()->text(),
             QStringLiteral("Mean of 10 completed or failed executions; p50 50s, p95 1m 40s."));

    MetricTile *efficiency = page->tile(Metric::Efficiency);
    QCOMPARE(efficiency->valueLabel()->text(), QStringLiteral("$0.45"));
    QCOMPARE(efficiency->secondLabel()->text(), QStringLiteral("%1 tokens").arg(n(4500)));
    QCOMPARE(efficiency->basisLabel()->text(),
             QStringLiteral("Per completed execution, over 8 that used %1 tokens and $3.60.")
                 .arg(n(36000)));

    MetricTile *gates = page->tile(Metric::FirstApproval);
    QCOMPARE(gates->valueLabel()->text(), pct(40.0));
    QCOMPARE(gates->basisLabel()->text(),
             QStringLiteral("2 of 5 decided gates approved at their first decision."));

    MetricTile *recovery = page->tile(Metric::Recovery);
    QCOMPARE(recovery->valueLabel()->text(), pct(60.0));
    QCOMPARE(recovery->basisLabel()->text(),
             QStringLiteral("3 of 5 failed attempts recovered by a retry."));
    // Each tile says how it is defined.
    QVERIFY(recovery->toolTip().contains(QStringLiteral("retry")));
}

void TestDashboardPage::showsPerStageAndAgent()
{
    const auto page = openPage(m_t);
    QVERIFY(page);
    QTableWidget *stages = page->stagesTable();
    QCOMPARE(stages->rowCount(), 3);
    const auto row = [](QTableWidget *table, int r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c) {
            cells.append(table->item(r, c)->text());
        }
        return cells;
    };
    QCOMPARE(row(stages, 0),
             (QStringList{QStringLiteral("apis"), n(1), n(0), n(0), QStringLiteral("—"),
                          QStringLiteral("8.0s"), n(1000), QStringLiteral("$0.03")}));
    QCOMPARE(row(stages, 1),
             (QStringList{QStringLiteral("research"), n(6), n(4), n(3), pct(75.0),
                          QStringLiteral("3.0s"), n(1300), QStringLiteral("$0.039")}));
    QCOMPARE(row(stages, 2),
             (QStringList{QStringLiteral("ux"), n(3), n(1), n(0), pct(0.0), QStringLiteral("6.0s"),
                          n(1800), QStringLiteral("$0.054")}));
    QTableWidget *agents = page->agentsTable();
    QCOMPARE(agents->rowCount(), 2);
    QCOMPARE(row(agents, 0).at(0), QStringLiteral("designer"));
    QCOMPARE(row(agents, 1),
             (QStringList{QStringLiteral("researcher"), n(7), n(4), n(3), pct(75.0),
                          QStringLiteral("4.7s"), n(2300), QStringLiteral("$0.069")}));
}

void TestDashboardPage::switchesWindowsAndRemembers()
{
    {
        const auto page = openPage(m_t);
        QVERIFY(page);
        QSignalSpy shown(page.get(), &DashboardPage::metricsShown);
        // Up from "Last 24 hours": the last hour. Loading shows until its figures come.
        page->windowChooser()->setFocus();
        QTest::keyClick(page->windowChooser(), Qt::Key_Up);
        QCOMPARE(page->windowChooser()->currentText(), QStringLiteral("Last hour"));
        QCOMPARE(page->windowSeconds(), 3600);
        QVERIFY(page->isLoading());
        QCOMPARE(page->statusLabel()->text(), QStringLiteral("Loading the key metrics…"));
        QVERIFY(shown.wait(10'000));
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->tile(Metric::SuccessRate)->valueLabel()->text(), pct(100.0));
        QCOMPARE(page->tile(Metric::SuccessRate)->basisLabel()->text(),
                 QStringLiteral("1 of 1 ended executions completed, 0 failed."));
        QCOMPARE(page->tile(Metric::ExecutionTime)->valueLabel()->text(), QStringLiteral("1m 10s"));
        MetricTile *gates = page->tile(Metric::FirstApproval);
        QVERIFY(!gates->hasData());
        QCOMPARE(gates->valueLabel()->text(), QStringLiteral("No data"));
        QCOMPARE(gates->basisLabel()->text(),
                 QStringLiteral("No gate was decided in this window."));
        QCOMPARE(page->tile(Metric::Recovery)->basisLabel()->text(),
                 QStringLiteral("No attempt failed in this window."));
        QCOMPARE(page->stagesTable()->rowCount(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/window")).toString(),
                 QStringLiteral("1h"));

        // Down twice: the last 7 days add e12.
        QTest::keyClick(page->windowChooser(), Qt::Key_Down);
        QTest::keyClick(page->windowChooser(), Qt::Key_Down);
        QCOMPARE(page->windowChooser()->currentText(), QStringLiteral("Last 7 days"));
        QTRY_COMPARE_WITH_TIMEOUT(page->metrics().from, m_t.addDays(-7), 10'000);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->tile(Metric::SuccessRate)->valueLabel()->text(), pct(900.0 / 11.0));
        QCOMPARE(page->tile(Metric::SuccessRate)->basisLabel()->text(),
                 QStringLiteral("9 of 11 ended executions completed, 2 failed. Cancelled, not "
                                "counted: 1."));
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/window")).toString(),
                 QStringLiteral("7d"));
    }
    // A new page opens on the window last chosen.
    DashboardPage again(m_reader->reader(), m_config);
    QCOMPARE(again.windowChooser()->currentText(), QStringLiteral("Last 7 days"));
    QCOMPARE(again.windowSeconds(), 7 * 86'400);
}

void TestDashboardPage::leadsToExecutionsAndGates()
{
    const auto page = openPage(m_t);
    QVERIFY(page);
    using Active = DashboardPage::Active;
    for (const Active a : {Active::Running, Active::AtGate, Active::Paused, Active::Queued}) {
        QTRY_COMPARE(page->activeButton(a)->text(), n(1));
    }
    QSignalSpy executions(page.get(), &DashboardPage::showExecutions);
    QSignalSpy gatesView(page.get(), &DashboardPage::showPendingGates);
    QTest::mouseClick(page->activeButton(Active::Paused), Qt::LeftButton);
    QCOMPARE(executions.size(), 1);
    QCOMPARE(executions.at(0).at(0).value<ExecutionStatus>(), ExecutionStatus::Paused);
    QTest::mouseClick(page->activeButton(Active::Queued), Qt::LeftButton);
    QCOMPARE(executions.at(1).at(0).value<ExecutionStatus>(), ExecutionStatus::Pending);
    QTest::mouseClick(page->activeButton(Active::AtGate), Qt::LeftButton);
    QCOMPARE(gatesView.size(), 1);

    // The pending gates, oldest first; a double-click or Enter opens one.
    QTRY_COMPARE(page->pendingGatesLabel()->text(),
                 QStringLiteral("Gates waiting: 2. The oldest:"));
    QTreeWidget *list = page->pendingGatesList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("deploy_review"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Idea e16"));
    QSignalSpy open(page.get(), &DashboardPage::openGate);
    const QRect first = list->visualItemRect(list->topLevelItem(0));
    // (QTest sends a double click without its first press: the view needs the press.)
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_COMPARE(open.size(), 1);
    QCOMPARE(open.at(0), (QVariantList{QStringLiteral("e16"), QStringLiteral("g16")}));
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(1));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(open.size(), 2);
    QCOMPARE(open.at(1), (QVariantList{QStringLiteral("e15"), QStringLiteral("g15")}));
}

void TestDashboardPage::showsTodaysBudgets()
{
    const auto page = openPage(m_t);
    QVERIFY(page);
    BudgetBars *bars = page->budgetBars();
    QTRY_COMPARE(bars->tokensBar()->value(), 50); // per mille of 1,000,000
    QCOMPARE(
        bars->tokensBar()->format(),
        QStringLiteral("used %1 · held 0 · left %2 of %3").arg(n(50000), n(950000), n(1000000)));
    QCOMPARE(bars->costBar()->format(),
             QStringLiteral("used $1.50 · held $0.20 · left $498.30 of $500.00"));
    QVERIFY(bars->costBar()->toolTip().contains(QStringLiteral("Alert at $400.00.")));
    QVERIFY(bars->notesLabel()->text().contains(QStringLiteral("$400.00")));
}

void TestDashboardPage::burstOfChangesIsReadOnce()
{
    const auto page = openPage(m_t);
    QVERIFY(page);
    QSignalSpy shown(page.get(), &DashboardPage::metricsShown);
    for (int i = 0; i < 10; ++i) {
        page->noteChange();
    }
    QVERIFY(!page->isLoading()); // not at once: within a second
    QVERIFY(shown.wait(10'000));
    QTRY_VERIFY(!page->isLoading());
    QTest::qWait(1500);
    QCOMPARE(shown.size(), 1);
}

void TestDashboardPage::saysWhenThereIsNoData()
{
    const auto page = openPage(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(page);
    for (const Metric m : {Metric::SuccessRate, Metric::ExecutionTime, Metric::Efficiency,
                           Metric::FirstApproval, Metric::Recovery}) {
        QVERIFY(!page->tile(m)->hasData());
        QCOMPARE(page->tile(m)->valueLabel()->text(), QStringLiteral("No data"));
        QVERIFY(!page->tile(m)->basisLabel()->text().isEmpty());
    }
    QCOMPARE(page->tile(Metric::SuccessRate)->basisLabel()->text(),
             QStringLiteral("No execution completed or failed in this window."));
    QCOMPARE(page->stagesTable()->rowCount(), 0);
}

void TestDashboardPage::renders()
{
    const QString folder = qEnvironmentVariable("CONDUCTOR_RENDER_DIR");
    if (folder.isEmpty()) {
        return; // only when asked for
    }
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const auto &[name, palette] :
         {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
        QApplication::setPalette(palette);
        for (const auto &[window, end] :
             {std::pair{QStringLiteral("day"), m_t},
              std::pair{QStringLiteral("empty"), QDateTime(QDate(2020, 1, 1), QTime(0, 0))}}) {
            const auto page = openPage(end);
            QVERIFY(page);
            if (window == u"day") {
                page->resize(1000, 700); // narrower: the tiles wrap their texts
            }
            QTest::qWait(300);
            QVERIFY(page->grab().save(folder + u"/dashboard-" + window + u'-' + name +
                                      QStringLiteral(".png")));
            // While another window loads.
            page->setWindowSeconds(page->windowSeconds() == 3600 ? 30 * 86'400 : 3600);
            QVERIFY(page->isLoading());
            QVERIFY(page->grab().save(folder + u"/dashboard-" + window + u"-loading-" + name +
                                      QStringLiteral(".png")));
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 10'000);
        }
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
