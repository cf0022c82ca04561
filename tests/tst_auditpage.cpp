// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The Audit view on the offscreen platform, on a fabricated history (audithistory.h, the
// story starting two hours ago, plus configuration changes 3, 20 and 60 days ago), used
// as a person would: the time window, the action filter, the actor and the search (once
// typing pauses) narrow the table; a clicked row shows its details; an export writes the
// file of what the filters select; a new entry arrives on top without resetting the
// model, the selection staying; QAbstractItemModelTester watches the model throughout.
//
// With CONDUCTOR_SCREENSHOTS=<folder> set, the page is also saved there as PNGs, light
// and dark.

#include "appsettings.h"
#include "audithistory.h"
#include "auditmodel.h"
#include "auditpage.h"
#include "store/database.h"
#include "store/storereader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

class TestAuditPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAndFilters();
    void showsTheSelectedEntry();
    void exportsWhatTheFiltersSelect();
    void newEntriesArriveOnTop();
    void screenshots();

private:
    static int choose(QComboBox *box, const QString &text);
    static QString cell(AuditPage &page, int row, int column);
    bool addChange(qint64 id, const QDateTime &at, const QString &actor);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestAuditPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"ConductorTest"_s);
    QCoreApplication::setApplicationName(u"tst_auditpage"_s);
    m_db = m_dir.filePath(u"audit.db"_s);
    Database db(m_db, u"fill");
    QVERIFY2(db.open(), qPrintable(db.error()));
    Test::AuditHistory history(db, QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
    QVERIFY2(history.fill(), qPrintable(db.lastError()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(addChange(3, now.addDays(-3), u"erin"_s));
    QVERIFY(addChange(4, now.addDays(-20), u"erin"_s));
    QVERIFY(addChange(5, now.addDays(-60), u"erin"_s));
}

bool TestAuditPage::addChange(qint64 id, const QDateTime &at, const QString &actor)
{
    Database db(m_db, u"fill");
    if (!db.open()) {
        return false;
    }
    Test::AuditHistory history(db);
    return history.audit(id, at, actor, u"pipelines/i2s.yml"_s, u"change %1"_s.arg(id), {});
}

int TestAuditPage::choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    if (index >= 0) {
        box->setFocus();
        box->setCurrentIndex(index);
    }
    return index;
}

QString TestAuditPage::cell(AuditPage &page, int row, int column)
{
    return page.model()->index(row, column).data().toString();
}

void TestAuditPage::showsAndFilters()
{
    const ReaderThread reader(m_db);
    AuditPage page(reader.reader());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The last 7 days by default: the story and the change 3 days ago.
    QCOMPARE(page.windowFilter()->currentText(), u"Last 7 days"_s);
    QTRY_COMPARE(page.model()->rowCount(), 15);
    QCOMPARE(page.countLabel()->text(), u"Entries: 15"_s);
    QCOMPARE(cell(page, 0, AuditModel::WhoColumn), u"dave"_s);
    QCOMPARE(cell(page, 0, AuditModel::WhatColumn), u"Changed conductor-agent.yml"_s);
    QCOMPARE(cell(page, 0, AuditModel::WhyColumn), u"+ alert at 60"_s);
    QCOMPARE(cell(page, 1, AuditModel::WhatColumn), u"Cancelled"_s);
    QCOMPARE(cell(page, 1, AuditModel::ExecutionColumn), u"Bike sharing, \"fast\""_s);
    QCOMPARE(cell(page, 1, AuditModel::WhyColumn), u"Stop, please now"_s); // on one line
    QCOMPARE(cell(page, 3, AuditModel::WhatColumn), u"Budget override: $5.00, tokens: 1,000"_s);
    QCOMPARE(cell(page, 13, AuditModel::WhatColumn), u"Started (pipeline i2s)"_s);
    QCOMPARE(cell(page, 13, AuditModel::WhoColumn), u"alice"_s);
    QCOMPARE(cell(page, 14, AuditModel::WhoColumn), u"erin"_s);

    QVERIFY(choose(page.windowFilter(), u"Last 24 hours"_s) >= 0);
    QTRY_COMPARE(page.model()->rowCount(), 14);
    QVERIFY(choose(page.windowFilter(), u"Last 30 days"_s) >= 0);
    QTRY_COMPARE(page.model()->rowCount(), 16);
    QVERIFY(choose(page.windowFilter(), u"All time"_s) >= 0);
    QTRY_COMPARE(page.model()->rowCount(), 17);
    QCOMPARE(page.countLabel()->text(), u"Entries: 17"_s);

    QVERIFY(choose(page.actionFilter(), u"Gate decisions"_s) > 0);
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(cell(page, 0, AuditModel::WhatColumn), u"Gate risk_review expired"_s);
    QCOMPARE(cell(page, 0, AuditModel::WhoColumn), u"(its timeout)"_s);
    QCOMPARE(cell(page, 1, AuditModel::WhatColumn), u"Approved gate risk_review"_s);
    QVERIFY(choose(page.actionFilter(), u"Configuration changes"_s) > 0);
    QTRY_COMPARE(page.model()->rowCount(), 5);
    QVERIFY(choose(page.actionFilter(), u"Retry strategy changed"_s) > 0);
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QCOMPARE(cell(page, 0, AuditModel::WhatColumn),
             u"Retry strategy of research set to aggressive"_s);
    QVERIFY(choose(page.actionFilter(), u"Interventions"_s) > 0);
    QTRY_COMPARE(page.model()->rowCount(), 8);
    QVERIFY(choose(page.actionFilter(), u"All actions"_s) == 0);
    QTRY_COMPARE(page.model()->rowCount(), 17);

    // Typing: nothing reloads until typing pauses.
    QSignalSpy loaded(page.model(), &AuditModel::loaded);
    QTest::keyClicks(page.actorField(), u"bob"_s);
    QCOMPARE(loaded.size(), 0);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(cell(page, 0, AuditModel::WhatColumn), u"Skipped stage ux"_s);
    QCOMPARE(cell(page, 1, AuditModel::WhatColumn), u"Retried stage research"_s);
    QCOMPARE(cell(page, 2, AuditModel::WhatColumn), u"Approved gate risk_review"_s);

    page.actorField()->clear();
    QTRY_COMPARE(page.model()->rowCount(), 17);
    QTest::keyClicks(page.searchField(), u"marketplace"_s);
    QTRY_COMPARE(page.model()->rowCount(), 3);
    page.searchField()->clear();
    QTest::keyClicks(page.searchField(), u"i2s.yml"_s);
    QTRY_COMPARE(cell(page, 0, AuditModel::WhoColumn), u"erin"_s);
    QCOMPARE(page.model()->rowCount(), 3);
}

void TestAuditPage::showsTheSelectedEntry()
{
    const ReaderThread reader(m_db);
    AuditPage page(reader.reader());
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 15);
    QVERIFY(!page.detailsBox()->isEnabled());

    // A click on the approval.
    const int row = 11;
    QCOMPARE(cell(page, row, AuditModel::WhatColumn), u"Approved gate risk_review"_s);
    const QRect rect = page.table()->visualRect(page.model()->index(row, AuditModel::WhoColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(page.detailsBox()->isEnabled());
    const auto field = [&](const char *name) {
        const QLabel *label = page.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : u"(missing)"_s;
    };
    QCOMPARE(field("auditDetailWho"), u"bob"_s);
    QCOMPARE(field("auditDetailWhat"), u"Approved gate risk_review"_s);
    QCOMPARE(field("auditDetailExecution"), u"exec_a — Lab marketplace"_s);
    QCOMPARE(field("auditDetailWhy"), u"Looks fine"_s);
    const QString more = field("auditDetailMore");
    QVERIFY2(more.contains(u"Conditions: watch costs"_s), qPrintable(more));
    QVERIFY2(more.contains(u"Second factor: TOTP"_s), qPrintable(more));
    QVERIFY2(more.contains(u"Gate: gate_1"_s), qPrintable(more));

    // Up one row with the keyboard: the start of exec_b.
    QTest::keyClick(page.table(), Qt::Key_Up);
    QCOMPARE(field("auditDetailWhat"), u"Started (pipeline i2s)"_s);
    QCOMPARE(field("auditDetailWho"), u"carol"_s);
    QVERIFY(field("auditDetailMore").contains(u"Role: operator"_s));
}

void TestAuditPage::exportsWhatTheFiltersSelect()
{
    const ReaderThread reader(m_db);
    AuditPage page(reader.reader());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setWindow(AuditPage::Window::All);
    QVERIFY(choose(page.actionFilter(), u"Configuration changes"_s) > 0);
    QTRY_COMPARE(page.model()->rowCount(), 5);

    QSignalSpy finished(&page, &AuditPage::exportFinished);
    const QString path = m_dir.filePath(u"export.csv"_s);
    page.exportTo(path);
    QVERIFY(!page.exportButton()->isEnabled());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(page.exportButton()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // header, five entries, and the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("time,actor,action,execution,idea,subject,reason,detail\r"));
    // The reason starts with "+": a spreadsheet would take it for a formula.
    QVERIFY(lines.at(1).contains(",dave,config_changed,,,conductor-agent.yml,'+ alert at 60,"));
    QVERIFY(lines.at(2).contains(",dave,config_changed,,,conductor-agent.yml,raise the daily"));
    QVERIFY(lines.at(5).contains(",erin,config_changed,,,pipelines/i2s.yml,change 5,"));

    // A folder that does not exist: the page says why, as an error.
    page.exportTo(m_dir.filePath(u"no/such/folder/x.csv"_s));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!finished.at(1).at(0).toBool());
    QVERIFY(finished.at(1).at(1).toString().startsWith(u"Cannot write"_s));
}

void TestAuditPage::newEntriesArriveOnTop()
{
    const ReaderThread reader(m_db);
    AuditPage page(reader.reader());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.model()->rowCount(), 15);
    page.table()->selectRow(4);
    const std::optional<AuditEntry> selected = page.currentEntry();
    QVERIFY(selected);
    QCOMPARE(selected->action, u"agent"_s);

    QSignalSpy reset(page.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(page.model(), &QAbstractItemModel::rowsInserted);
    QVERIFY(addChange(6, QDateTime::currentDateTimeUtc().addSecs(-1), u"frank"_s));
    page.noteChange();
    QTRY_COMPARE(page.model()->rowCount(), 16);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 0);
    QCOMPARE(cell(page, 0, AuditModel::WhoColumn), u"frank"_s);
    QCOMPARE(page.currentEntry(), selected); // still the same entry, now one row lower
    QCOMPARE(page.table()->currentIndex().row(), 5);
}

void TestAuditPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CONDUCTOR_SCREENSHOTS");
    if (folder.isEmpty()) {
        return; // only on request
    }
    QDir().mkpath(folder);
    const ReaderThread reader(m_db);
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        AuditPage page(reader.reader());
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(page.model()->rowCount() >= 15);
        page.table()->selectRow(12);
        QTest::qWait(100); // the layouts settle
        QVERIFY(page.grab().save(
            QDir(folder).filePath(u"audit-%1.png"_s.arg(AppSettings::themeName(theme)))));
    }
    applyTheme(Theme::System);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
