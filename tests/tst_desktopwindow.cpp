// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app as an operator uses it, on the offscreen platform with the engine
// running in the window's session: a pipeline started from the New pipeline dialog shows
// in the table and its graph follows the events; a gate opened from the Gates view is
// approved through its dialog and the execution goes on; a critical gate refuses a
// decision without a valid code; an intervention chosen from the table's context menu is
// confirmed with a reason and carried out; the models pass QAbstractItemModelTester. The
// Settings view lists the names of the session's secrets (systemd credentials here, which
// are read-only: its buttons say so).

#include "appsettings.h"
#include "configeditor.h"
#include "configtextedit.h"
#include "desktopfixture.h"
#include "engine/engine.h"
#include "executionactions.h"
#include "executiondetail.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatedialog.h"
#include "gatereview.h"
#include "gatesmodel.h"
#include "interventiondialog.h"
#include "mainwindow.h"
#include "monitor/alert.h"
#include "newpipelinedialog.h"
#include "pipelinegraphview.h"
#include "secretspanel.h"
#include "security/secretstore.h"
#include "security/totp.h"
#include "security/userstore.h"
#include "settingspage.h"

#include "store/database.h"
#include "testsupport.h"
#include <QCheckBox>
#include <QStatusBar>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

constexpr int kLong = 30'000;

QString gateOf(const QString &databasePath, const QString &executionId, const QString &type)
{
    for (const GateRow &g : StoreQueries(databasePath).gates(false)) {
        if (g.executionId == executionId && g.type == type) {
            return g.id;
        }
    }
    return {};
}

QString gateStatus(const QString &databasePath, const QString &gateId)
{
    for (const GateRow &g : StoreQueries(databasePath).gates(true)) {
        if (g.id == gateId) {
            return g.status;
        }
    }
    return {};
}

struct Window
{
    explicit Window(DesktopFixture &f)
        : window(PipelineLoader::loadBytes(fastPipeline(), QStringLiteral("pipeline"),
                                           ConfigLoader::builtIn())
                     .value,
                 f.session.get())
    {
        window.show();
        window.executions()->model()->setPollInterval(200);
        window.gates()->setPollInterval(200);
    }
    MainWindow window;
};

} // namespace

class TestDesktopWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsFromTheDialogAndFollowsTheGraph();
    void approvesAGateThroughItsDialog();
    void refusesACriticalGateWithoutAValidCode();
    void intervenesFromTheContextMenus();
    void appliesAnEditedConfiguration();
    void modelsPassTheTester();
    void settingsListTheSessionSecrets();
    void alertsReachTheWindow();
    void showsASlowEngine();
};

void TestDesktopWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopwindow"));
}

void TestDesktopWindow::startsFromTheDialogAndFollowsTheGraph()
{
    DesktopFixture f;
    Window w(f);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(f.open());
    QTRY_VERIFY(w.window.newPipelineAction()->isEnabled());
    QVERIFY(w.window.engineLabel()->text().contains(QStringLiteral("ready")));

    QTest::keySequence(&w.window, QKeySequence::New);
    auto *dialog = w.window.findChild<NewPipelineDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QVERIFY(dialog->usePipelineFile(f.writeFile(QStringLiteral("fast.yml"), fastPipeline())));
    QTest::keyClicks(dialog->descriptionEdit(), QStringLiteral("Shared lab equipment."));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10'000);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);

    // The new execution is selected; its graph follows its events to the risk gate.
    ExecutionDetail *detail = w.window.detail();
    QTRY_VERIFY_WITH_TIMEOUT(detail->isLoaded(), 10'000);
    const QString id = detail->executionId();
    QVERIFY(f.session->runsHere(id));
    PipelineGraphView *graph = detail->graph();
    QVERIFY(graph->nodeIds().contains(QStringLiteral("risk_gate")));
    QTRY_COMPARE_WITH_TIMEOUT(graph->nodeStatus(QStringLiteral("normalize")),
                              QStringLiteral("completed"), kLong);
    QTRY_COMPARE_WITH_TIMEOUT(graph->nodeStatus(QStringLiteral("risk_gate")),
                              QStringLiteral("gate_pending"), kLong);
    QCOMPARE(graph->nodeStatus(QStringLiteral("deploy")), QStringLiteral("waiting"));

    // The table says it waits at a gate, and the Gates view counts it.
    ExecutionsModel *model = w.window.executions()->model();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOf(id), ExecutionsModel::StatusColumn).data().toString(),
        QStringLiteral("Waiting at gate"), kLong);
    QCOMPARE(model->index(model->rowOf(id), ExecutionsModel::NextGateColumn).data().toString(),
             QStringLiteral("waiting: risk_review"));
    QTRY_COMPARE_WITH_TIMEOUT(w.window.gates()->rowCount(), 1, kLong);
    QVERIFY(w.window.windowTitle().contains(QStringLiteral("1")));
}

void TestDesktopWindow::approvesAGateThroughItsDialog()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    const QString id = f.start(f.request());
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w.window.gates()->rowCount(), 1, kLong);
    const QString gate = gateOf(f.databasePath(), id, QStringLiteral("risk_review"));
    QVERIFY(!gate.isEmpty());

    // The Gates view; Enter on the row opens its dialog.
    w.window.navigation()->setCurrentRow(1);
    auto *table = w.window.findChild<QTableView *>(QStringLiteral("GatesTable"));
    QVERIFY(table);
    QSignalSpy opened(w.window.gateReview(), &GateReview::dialogOpened);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(opened.wait(10'000));
    GateDialog *dialog = w.window.gateReview()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->gateId(), gate);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes")),
                     QStringLiteral("Looks sound"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("approveButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.gateReview()->dialog(), 10'000); // closed, accepted
    QTRY_COMPARE_WITH_TIMEOUT(gateStatus(f.databasePath(), gate), QStringLiteral("approved"),
                              10'000);
    // The execution goes on past the risk gate.
    QVERIFY(f.waitForRow(id, [](const ExecutionSummary &s) {
        return s.waitingGate != u"risk_review" && s.stagesDone >= 6;
    }));
}

void TestDesktopWindow::refusesACriticalGateWithoutAValidCode()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    StartRequest r = f.request();
    r.idea.metadata.insert(QStringLiteral("domain"), QStringLiteral("finance")); // regulated
    r.requestedBy = QStringLiteral("alice"); // someone else started it: four eyes
    const QString id = f.start(r);
    QVERIFY(!id.isEmpty());
    QString gate;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(gate = gateOf(f.databasePath(), id, QStringLiteral("human_approval"))).isEmpty(), kLong);

    // The operator has a second factor.
    const QByteArray secret = f.enrollOperator();
    QVERIFY(!secret.isEmpty());
    QSignalSpy opened(w.window.gateReview(), &GateReview::dialogOpened);
    w.window.reviewGate(id, gate);
    QVERIFY(opened.wait(10'000));
    GateDialog *dialog = w.window.gateReview()->dialog();
    QVERIFY(dialog);
    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("code"));
    auto *approve = dialog->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY(code && approve && message);

    // Enrolled, but the code is wrong: refused, the dialog stays, the gate waits.
    const Totp::Parameters p;
    const qint64 now = Totp::counterAt(QDateTime::currentSecsSinceEpoch(), p);
    const QString right = Totp::code(secret, now, p);
    const QString wrong = right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
    QTest::keyClicks(code, wrong);
    QTRY_VERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(code->text().isEmpty(), 10'000); // cleared for another try
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("code")), qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(gateStatus(f.databasePath(), gate), QStringLiteral("pending"));

    // The right code: approved, with the second factor recorded.
    QTest::keyClicks(code, right);
    QTRY_VERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!w.window.gateReview()->dialog(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(gateStatus(f.databasePath(), gate), QStringLiteral("approved"),
                              10'000);
    bool secondFactor = false;
    for (const ExecutionEvent &e : StoreQueries(f.databasePath()).events(id)) {
        if (e.type == u"gate_decided" &&
            e.data.value(QStringLiteral("gateId")).toString() == gate) {
            secondFactor = e.data.value(QStringLiteral("secondFactor")).toString() == u"totp";
        }
    }
    QVERIFY(secondFactor);
}

void TestDesktopWindow::intervenesFromTheContextMenus()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    StartRequest r = f.request();
    r.pipelineText = fastPipeline(0.3); // slow enough to pause on the way
    const QString id = f.start(r);
    QVERIFY(!id.isEmpty());
    ExecutionsPage *page = w.window.executions();
    page->selectExecution(id);
    QTRY_COMPARE_WITH_TIMEOUT(page->currentExecution(), id, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.detail()->isLoaded(), 10'000);

    // Right-click the row: the menu offers Pause; it asks why, then pauses.
    QTableView *table = page->table();
    const QRect rowRect = table->visualRect(page->model()->index(page->model()->rowOf(id), 1));
    QSignalSpy dialogs(w.window.actions(), &ExecutionActions::dialogOpened);
    Q_EMIT table->customContextMenuRequested(rowRect.center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *pause = menu->findChild<QAction *>(QStringLiteral("intervene-pause"));
    if (!pause) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == u"intervene-pause") {
                pause = a;
            }
        }
    }
    QVERIFY(pause);
    QVERIFY(pause->isEnabled());
    pause->trigger();
    menu->close();
    QCOMPARE(dialogs.size(), 1);
    auto *dialog = dialogs.first().first().value<InterventionDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->confirmButton()->isEnabled()); // no reason yet
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("checking the research output"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->confirmButton()->isEnabled(), 10'000);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(f.waitForRow(id, [](const auto &s) { return s.status == ExecutionStatus::Paused; }));
    QTRY_COMPARE_WITH_TIMEOUT(
        page->model()->index(page->model()->rowOf(id), ExecutionsModel::StatusColumn).data(),
        QVariant(QStringLiteral("Paused")), 10'000);

    // The graph's context menu on a stage offers that stage's interventions.
    PipelineGraphView *graph = w.window.detail()->graph();
    Q_EMIT graph->nodeContextMenuRequested(QStringLiteral("ux"), QPoint(10, 10));
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *skip = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().contains(QStringLiteral("ux")) &&
            a->text().startsWith(InterventionDialog::title(InterventionDialog::Kind::Skip))) {
            skip = a;
        }
    }
    QVERIFY(skip);
    skip->trigger();
    menu->close();
    QCOMPARE(dialogs.size(), 2);
    auto *skipDialog = dialogs.last().first().value<InterventionDialog *>();
    QCOMPARE(skipDialog->stageBox()->currentText(), QStringLiteral("ux"));
    QTest::keyClicks(skipDialog->reasonEdit(), QStringLiteral("not needed"));
    QTRY_VERIFY_WITH_TIMEOUT(skipDialog->confirmButton()->isEnabled(), 10'000);
    QTest::mouseClick(skipDialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(graph->nodeStatus(QStringLiteral("ux")), QStringLiteral("skipped"),
                              10'000);
}

void TestDesktopWindow::appliesAnEditedConfiguration()
{
    QFile::remove(AppSettings::configurationFile());
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    ConfigEditor *editor = w.window.editor();
    QVERIFY(editor);
    QByteArray text = ConfigLoader::builtInText();
    text.replace("dailyBudgetUSD: 500", "dailyBudgetUSD: 650");
    editor->textEdit()->setPlainText(QString::fromUtf8(text));
    QTRY_VERIFY_WITH_TIMEOUT(editor->applyButton()->isEnabled(), 5000);
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    auto *dialog = editor->findChild<QDialog *>(QStringLiteral("applyReasonDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("applyReason")),
                     QStringLiteral("a bigger launch week"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyConfirm")),
                      Qt::LeftButton);

    // Hot reloaded: new executions start with it, and the window shows its budgets.
    QCOMPARE(f.session->configuration().budgets.cost.dailyBudget, Money::fromUsd(650));
    QVERIFY(f.session->configurationText().contains("dailyBudgetUSD: 650"));
    QTRY_VERIFY_WITH_TIMEOUT(w.window.spendLabel()->text().contains(QStringLiteral("$650.00")),
                             10'000);
    QCOMPARE(Test::readAll(AppSettings::configurationFile()), text); // saved
    // Recorded: who, what and why.
    QList<AuditRecord> records;
    QTRY_VERIFY_WITH_TIMEOUT(!(records = StoreQueries(f.databasePath()).auditRecords()).isEmpty(),
                             10'000);
    QCOMPARE(records.first().action, QStringLiteral("config_changed"));
    QCOMPARE(records.first().actor, osAccountName());
    QCOMPARE(records.first().reason, QStringLiteral("a bigger launch week"));
    QCOMPARE(records.first().subject, AppSettings::configurationFile());
    QFile::remove(AppSettings::configurationFile());
}

void TestDesktopWindow::modelsPassTheTester()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    ExecutionsModel *model = w.window.executions()->model();
    QAbstractItemModelTester executions(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester gates(w.window.gates(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    StartRequest approved = f.request(QStringLiteral("One that runs through"));
    approved.options.approveGates = true;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(f.start(i == 0 ? approved : f.request(QStringLiteral("Waits %1").arg(i))));
        QVERIFY(!ids.last().isEmpty());
    }
    // Sorted by cost, highest first, while they run: rows move to their place.
    model->sort(ExecutionsModel::CostColumn, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10'000);
    QVERIFY(f.waitForRow(ids.first(), [](const auto &s) { return isEnded(s.status); }));
    QTRY_COMPARE_WITH_TIMEOUT(w.window.gates()->rowCount(), 2, kLong);
    QTest::qWait(300); // the last updates reach the table
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->summaryAt(row - 1)->cost >= model->summaryAt(row)->cost);
    }
}

void TestDesktopWindow::settingsListTheSessionSecrets()
{
    // The session takes the credentials systemd would hand a service: a folder only its
    // owner may enter, with a file per secret.
    QTemporaryDir credentials;
    QVERIFY(credentials.isValid());
    QVERIFY(QFile::setPermissions(credentials.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile key(credentials.filePath(QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("sk-from-systemd\n");
    key.close();
    QVERIFY(key.setPermissions(QFile::ReadOwner));
    qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
    DesktopFixture f;
    qunsetenv("CREDENTIALS_DIRECTORY");
    QVERIFY(f.open());
    QVERIFY(f.session->secrets() != nullptr);
    Window w(f);
    SettingsPage *settings = w.window.settingsPage();
    QVERIFY(settings);
    SecretsPanel *panel = settings->secretsPanel();
    QVERIFY(panel);
    QVERIFY(panel->whereLabel()->text().contains(credentials.path()));
    QSignalSpy listed(panel, &SecretsPanel::listed);
    w.window.pages()->setCurrentWidget(settings);
    QTRY_VERIFY(listed.count() >= 1);
    QCOMPARE(listed.last().first().toBool(), true);
    QCOMPARE(panel->namesList()->count(), 1);
    QCOMPARE(panel->namesList()->item(0)->text(), QStringLiteral("OPENAI_API_KEY"));
    QTRY_VERIFY(panel->readOnlyReason().contains(QStringLiteral("LoadCredential=")));
    QVERIFY(!panel->addButton()->isEnabled());
    QCOMPARE(panel->addButton()->toolTip(), panel->readOnlyReason());
}

void TestDesktopWindow::alertsReachTheWindow()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    Alert alert;
    alert.id = QStringLiteral("agentFailure@1");
    alert.rule = QStringLiteral("agentFailure");
    alert.severity = Alert::Severity::Critical;
    alert.summary = QStringLiteral("agentFailure: agent_down_count > 2 (now 3)");
    Q_EMIT f.session->alertChanged(alert, QStringLiteral("emergency_failover"));
    QCOMPARE(w.window.statusBar()->currentMessage(),
             QStringLiteral("Alert: agentFailure: agent_down_count > 2 (now 3)"));
    alert.state = Alert::State::Resolved;
    Q_EMIT f.session->alertChanged(alert, QStringLiteral("emergency_failover"));
    QCOMPARE(w.window.statusBar()->currentMessage(),
             QStringLiteral("Alert resolved: agentFailure: agent_down_count > 2 (now 3)"));
    // The Settings page's box turns the desktop notifications off and on.
    SettingsPage *settings = w.window.settingsPage();
    QVERIFY(settings->alertsBox()->isChecked());
    settings->alertsBox()->click();
    QVERIFY(!AppSettings().notifyAlerts());
    settings->alertsBox()->click();
    QVERIFY(AppSettings().notifyAlerts());
}

void TestDesktopWindow::showsASlowEngine()
{
    // The engine's thread held up for two seconds: the status bar says the engine is slow,
    // and how late it ran.
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QTRY_VERIFY(w.window.engineLabel()->text().contains(QStringLiteral("ready")));
    QMetaObject::invokeMethod(
        f.session->engine(), [] { QThread::msleep(2000); }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.engineLabel()->text().contains(QStringLiteral("slow")),
                             15'000);
    QVERIFY(w.window.engineLabel()->toolTip().contains(QStringLiteral("ms")));
}

QTEST_MAIN(TestDesktopWindow)
#include "tst_desktopwindow.moc"
