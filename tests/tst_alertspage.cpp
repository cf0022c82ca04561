// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The alerts page as a person uses it: the alerts the database records, the firing ones
// first in line and counted, what each notifier was told; acknowledging the selected
// firing alert (audited under the person's name) and nothing else; resolved alerts on
// request; and a window without alert rules that only shows.

#include "alertsmodel.h"
#include "alertspage.h"
#include "engine/clock.h"
#include "monitor/alertmonitor.h"
#include "store/alertrows.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/storereader.h"

#include <QCheckBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kT = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

AlertRecord alert(const QString &id, const QString &rule, AlertState state, int minutesAgo,
                  const QString &severity)
{
    AlertRecord r;
    r.id = id;
    r.rule = rule;
    r.state = state;
    r.message = rule + u": something held"_s;
    r.raisedAt = kT.addSecs(-60 * minutesAgo);
    r.updatedAt = state == AlertState::Firing ? r.raisedAt : kT;
    r.data = QJsonObject{{u"key"_s, rule}, {u"severity"_s, severity}, {u"action"_s, u"x"_s}};
    return r;
}

int rowOf(const AlertsModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(AlertsModel::AlertIdRole).toString() == id) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestAlertsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsAndAcknowledges();
    void showsResolvedOnRequest();
    void withoutAlertRulesOnlyShows();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestAlertsPage::initTestCase()
{
    qRegisterMetaType<Alert>();
    m_path = m_dir.filePath(u"alerts.db"_s);
    Database db(m_path, u"test");
    QVERIFY2(db.open(), qPrintable(db.error()));
    AlertRows rows(db);
    AlertRecord firing =
        alert(u"agentFailure@1"_s, u"agentFailure"_s, AlertState::Firing, 5, u"critical"_s);
    firing.data.insert(
        u"deliveries"_s,
        QJsonObject{{u"ops"_s, QJsonObject{{u"outcome"_s, u"delivered"_s}}},
                    {u"on-call"_s, QJsonObject{{u"outcome"_s, u"failed"_s},
                                               {u"detail"_s, u"the service answered 503"_s}}}});
    QCOMPARE(rows.insert(firing), AlertRows::Insertion::Inserted);
    QCOMPARE(rows.insert(alert(u"budgetExceeded@1"_s, u"budgetExceeded"_s, AlertState::Acknowledged,
                               30, u"warning"_s)),
             AlertRows::Insertion::Inserted);
    QCOMPARE(rows.insert(alert(u"highErrorRate@1"_s, u"highErrorRate"_s, AlertState::Resolved, 90,
                               u"critical"_s)),
             AlertRows::Insertion::Inserted);
}

void TestAlertsPage::showsAndAcknowledges()
{
    ReaderThread reader(m_path);
    ManualClock clock(kT);
    AlertMonitor monitor(m_path, &clock);
    AlertsPage page(reader.reader(), &monitor, u"dana"_s);
    page.resize(1000, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AlertsModel *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
    QCOMPARE(model->firingCount(), 1);
    // The most recently raised first; the resolved one is not listed.
    QCOMPARE(model->index(0, 0).data(AlertsModel::AlertIdRole).toString(), u"agentFailure@1"_s);
    QCOMPARE(rowOf(*model, u"highErrorRate@1"_s), -1);
    QCOMPARE(model->index(0, AlertsModel::StateColumn).data().toString(), u"Firing"_s);
    QCOMPARE(model->index(0, AlertsModel::SeverityColumn).data().toString(), u"Critical"_s);
    QCOMPARE(model->index(0, AlertsModel::NotifiedColumn).data().toString(),
             u"on-call: failed (the service answered 503), ops: delivered"_s);
    QVERIFY(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    auto *status = page.findChild<QLabel *>();
    QVERIFY(status);

    // Nothing selected, or an acknowledged alert: nothing to acknowledge.
    auto *acknowledge = page.findChild<QPushButton *>();
    QVERIFY(acknowledge);
    QVERIFY(!acknowledge->isEnabled());
    page.table()->selectRow(rowOf(*model, u"budgetExceeded@1"_s));
    QVERIFY(!acknowledge->isEnabled());

    // The firing one: acknowledged, as the person, and shown so.
    page.table()->selectRow(rowOf(*model, u"agentFailure@1"_s));
    QVERIFY(acknowledge->isEnabled());
    QSignalSpy changed(&monitor, &AlertMonitor::alertChanged);
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY(changed.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(model->firingCount(), 0, 10'000);
    const int row = rowOf(*model, u"agentFailure@1"_s);
    QCOMPARE(model->index(row, AlertsModel::StateColumn).data().toString(), u"Acknowledged"_s);
    QVERIFY(!acknowledge->isEnabled());
    QCOMPARE(status->text(), u"No alert fires unacknowledged."_s);

    Database db(m_path, u"check");
    QVERIFY(db.open());
    AuditQuery query;
    query.actions = {QString(AuditAction::AlertAcknowledged)};
    const auto entries = AuditTrail(db).read(query);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, u"dana"_s);
    QCOMPARE(entries->first().subject, u"agentFailure@1"_s);
}

void TestAlertsPage::showsResolvedOnRequest()
{
    ReaderThread reader(m_path);
    AlertsPage page(reader.reader(), nullptr, {});
    AlertsModel *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
    auto *showResolved = page.findChild<QCheckBox *>();
    QVERIFY(showResolved);
    showResolved->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);
    const int row = rowOf(*model, u"highErrorRate@1"_s);
    QCOMPARE(row, 2);
    QCOMPARE(model->index(row, AlertsModel::StateColumn).data().toString(), u"Resolved"_s);
    showResolved->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
}

void TestAlertsPage::withoutAlertRulesOnlyShows()
{
    ReaderThread reader(m_path);
    AlertsPage page(reader.reader(), nullptr, {});
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AlertsModel *model = page.model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10'000);
    page.table()->selectRow(0);
    auto *acknowledge = page.findChild<QPushButton *>();
    QVERIFY(!acknowledge->isEnabled());
    QTRY_VERIFY(page.findChild<QLabel *>()->text().contains(u"conductor alerts --acknowledge"_s));
}

QTEST_MAIN(TestAlertsPage)
#include "tst_alertspage.moc"
