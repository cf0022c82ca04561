// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// A first run, as a new operator meets it on the offscreen platform: on an empty database
// the Executions view welcomes them and says what the app runs on (the shipped
// configuration, or the file they have); Start a demo run starts one real execution of the
// shipped pipeline on the sample idea, which the view selects and whose first gate waits
// for them; a refusal by the budgets shows in the welcome; New pipeline… opens its dialog.
// A database with executions shows no welcome, and one started by another process takes
// it away, even while a search matches none. Help → Start a demo run works at any time. A
// window that only reads welcomes without offering to start anything.

#include "appsettings.h"
#include "configeditor.h"
#include "demorun.h"
#include "desktopfixture.h"
#include "engine/executionstate.h"
#include "executiondetail.h"
#include "executionsmodel.h"
#include "executionspage.h"
#include "gatesmodel.h"
#include "mainwindow.h"
#include "newpipelinedialog.h"
#include "welcomepanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

using namespace Conductor;
using namespace Conductor::Test;

namespace {

constexpr int kLong = 60'000; // the shipped pipeline runs its agents in real time

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
    [[nodiscard]] WelcomePanel *welcome() const { return window.executions()->welcome(); }
    MainWindow window;
};

// The execution's state as its stored events tell it.
ExecutionState stateOf(const QString &databasePath, const QString &executionId)
{
    ExecutionState state;
    for (const ExecutionEvent &e : StoreQueries(databasePath).events(executionId)) {
        state.apply(e);
    }
    return state;
}

QString gateStatus(const QString &databasePath, const QString &executionId, const QString &type)
{
    for (const GateRow &g : StoreQueries(databasePath).gates(true)) {
        if (g.executionId == executionId && g.type == type) {
            return g.status;
        }
    }
    return {};
}

QAction *helpAction(const MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == u"&Help" && menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text) {
                    return action;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void welcomesOnAnEmptyDatabase();
    void startsADemoRunThatWaitsAtItsFirstGate();
    void showsARefusalInTheWelcome();
    void namesTheUserConfigurationFile();
    void opensTheNewPipelineDialog();
    void showsNoWelcomeWithExecutions();
    void anotherProcessTakesTheWelcomeAway();
    void aWindowThatOnlyReadsOffersNoStart();
};

void TestFirstRun::initTestCase()
{
    // Settings and the configuration file in temporary folders, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firstrun"));
    QFile::remove(AppSettings::configurationFile());
    AppSettings().setOutputFolder(settings.filePath(QStringLiteral("out")));
}

void TestFirstRun::welcomesOnAnEmptyDatabase()
{
    DesktopFixture f;
    Window w(f);
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(f.open());
    ExecutionsPage *page = w.window.executions();
    QTRY_VERIFY_WITH_TIMEOUT(page->welcomeShown(), 10'000);

    WelcomePanel *welcome = w.welcome();
    QVERIFY(welcome->isVisible());
    QVERIFY(!page->table()->isVisible());
    QVERIFY(!w.window.detail()->isVisible()); // the welcome takes the whole view
    QCOMPARE(welcome->headingLabel()->text(), QStringLiteral("Welcome to Conductor"));
    const QString runsOn = welcome->configurationLabel()->text();
    QVERIFY2(runsOn.contains(QStringLiteral("shipped configuration")), qPrintable(runsOn));
    QVERIFY2(runsOn.contains(QStringLiteral("I2S pipeline")), qPrintable(runsOn));
    QVERIFY2(runsOn.contains(QStringLiteral("no API keys")), qPrintable(runsOn));

    // Both buttons, reachable by keyboard, named for assistive tools; the demo is the default.
    QPushButton *demo = welcome->demoButton();
    QPushButton *newPipeline = welcome->newPipelineButton();
    QVERIFY(demo->isVisible());
    QVERIFY(newPipeline->isVisible());
    QTRY_VERIFY(demo->isEnabled()); // once the engine is ready
    QVERIFY(newPipeline->isEnabled());
    QVERIFY(demo->isDefault());
    QVERIFY(demo->focusPolicy() & Qt::TabFocus);
    QVERIFY(newPipeline->focusPolicy() & Qt::TabFocus);
    QCOMPARE(demo->accessibleName(), QStringLiteral("Start a demo run"));
    QCOMPARE(newPipeline->accessibleName(), QStringLiteral("New pipeline"));
    QVERIFY(!welcome->accessibleName().isEmpty());
    // Tab from the search field reaches the demo button, then New pipeline….
    page->searchField()->setFocus();
    QTest::keyClick(page->searchField(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), demo);
    QTest::keyClick(demo, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), newPipeline);

    // The pointer to the Configuration view leads there.
    const QString hint = welcome->hintLabel()->text();
    QVERIFY2(hint.contains(QStringLiteral("Configuration")), qPrintable(hint));
    QVERIFY(welcome->hintLabel()->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    QTest::keyClick(newPipeline, Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(welcome->hintLabel()));
    QTest::keyClick(welcome->hintLabel(), Qt::Key_Return);
    QTRY_COMPARE(w.window.pages()->currentWidget(), static_cast<QWidget *>(w.window.editor()));

    // Help offers the demo too.
    QAction *fromHelp = helpAction(w.window, QStringLiteral("Start a &demo run"));
    QVERIFY(fromHelp);
    QCOMPARE(fromHelp, w.window.demoAction());
    QVERIFY(fromHelp->isEnabled());
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());
}

void TestFirstRun::startsADemoRunThatWaitsAtItsFirstGate()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    ExecutionsPage *page = w.window.executions();
    QTRY_VERIFY_WITH_TIMEOUT(page->welcomeShown(), 10'000);
    QPushButton *demo = w.welcome()->demoButton();
    QTRY_VERIFY(demo->isEnabled());

    // The default button has the focus: Enter starts the demo.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(demo));
    QSignalSpy started(w.window.demoRun(), &DemoRun::started);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!demo->isEnabled()); // while it starts
    QVERIFY(!w.window.demoAction()->isEnabled());
    QVERIFY(started.wait(10'000));
    const QString id = started.first().first().toString();

    // Exactly one execution, on the sample idea and the shipped pipeline, marked as a demo.
    const QList<ExecutionSummary> stored = StoreQueries(f.databasePath()).executions();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().id, id);
    QCOMPARE(stored.first().ideaTitle, QStringLiteral("A marketplace for used lab equipment"));
    const ExecutionState state = stateOf(f.databasePath(), id);
    QCOMPARE(state.idea.title, DemoRun::sampleIdea().title);
    QCOMPARE(state.idea.description, DemoRun::sampleIdea().description);
    QVERIFY(state.idea.description.size() > 100);
    QCOMPARE(state.idea.metadata.value(QStringLiteral("demo")).toBool(), true);
    QCOMPARE(state.priority, Priority::Normal);
    QVERIFY(!state.options.approveGates);
    QVERIFY(!state.options.skipGates);
    QFile shipped(PipelineLoader::builtInPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(state.pipelineText.toUtf8(), shipped.readAll());
    QCOMPARE(state.configText.toUtf8(), f.session->configurationText());
    QCOMPARE(state.startedBy, osAccountName());
    QCOMPARE(state.startedByRole, QStringLiteral("admin"));

    // Selected, the graph shows it, the welcome is gone and the status bar says what comes.
    QTRY_COMPARE_WITH_TIMEOUT(page->currentExecution(), id, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.detail()->isLoaded(), 10'000);
    QCOMPARE(w.window.detail()->executionId(), id);
    QVERIFY(w.window.detail()->isVisible());
    QVERIFY(!page->welcomeShown());
    QVERIFY(!w.welcome()->isVisible());
    QVERIFY(page->table()->isVisible());
    const QString message = w.window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Demo run")) && message.contains(id) &&
                 message.contains(QStringLiteral("first gate")),
             qPrintable(message));
    QTRY_VERIFY(w.window.demoAction()->isEnabled());

    // It reaches its first gate and waits there for the operator: nobody approves it.
    QVERIFY(f.waitForRow(
        id, [](const ExecutionSummary &r) { return r.waitingGate == u"risk_review"; }, kLong));
    QCOMPARE(gateStatus(f.databasePath(), id, QStringLiteral("risk_review")),
             QStringLiteral("pending"));
    QTest::qWait(1500);
    QCOMPARE(gateStatus(f.databasePath(), id, QStringLiteral("risk_review")),
             QStringLiteral("pending"));
    QCOMPARE(f.row(id)->status, ExecutionStatus::Running);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.gates()->rowCount(), 1, 10'000);

    // Help → Start a demo run starts another at any time.
    started.clear();
    w.window.demoAction()->trigger();
    QVERIFY(started.wait(10'000));
    QCOMPARE(StoreQueries(f.databasePath()).executions().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(page->currentExecution(), started.first().first().toString(), 10'000);
    QVERIFY(!page->welcomeShown());
}

void TestFirstRun::showsARefusalInTheWelcome()
{
    DesktopFixture f;
    QVERIFY(f.open());
    QByteArray small = ConfigLoader::builtInText();
    small.replace("perPipeline: 250000", "perPipeline: 20000");
    QVERIFY(f.session->applyConfiguration(small));
    Window w(f);
    ExecutionsPage *page = w.window.executions();
    QTRY_VERIFY_WITH_TIMEOUT(page->welcomeShown(), 10'000);
    QPushButton *demo = w.welcome()->demoButton();
    QTRY_VERIFY(demo->isEnabled());

    QSignalSpy refused(w.window.demoRun(), &DemoRun::refused);
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(refused.wait(10'000));
    QLabel *message = w.welcome()->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("✗")), qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("budgets.tokens.perPipeline")),
             qPrintable(message->text()));
    QVERIFY(w.window.statusBar()->currentMessage().contains(
        QStringLiteral("budgets.tokens.perPipeline")));
    QVERIFY(demo->isEnabled()); // it may be tried again
    QVERIFY(page->welcomeShown());
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());
}

void TestFirstRun::namesTheUserConfigurationFile()
{
    // The user's configuration file where the app looks for it, and the session on it as
    // the app starts one.
    const QString path = AppSettings::configurationFile();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(ConfigLoader::builtInText()) > 0);
    file.close();
    DesktopFixture f;
    Session::Options options;
    options.databasePath = f.databasePath();
    options.operatorName = osAccountName();
    options.takeOverInterval = std::chrono::milliseconds(0);
    options.configText = ConfigLoader::builtInText();
    options.configPath = path;
    f.session = std::make_unique<Session>(options);
    QVERIFY(f.open());
    Window w(f);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.executions()->welcomeShown(), 10'000);
    QFile::remove(path);

    const QString runsOn = w.welcome()->configurationLabel()->text();
    QVERIFY2(runsOn.contains(path), qPrintable(runsOn));
    QVERIFY2(!runsOn.contains(QStringLiteral("shipped configuration")), qPrintable(runsOn));
    // The demo still runs the shipped pipeline's simulated agents.
    QVERIFY2(runsOn.contains(QStringLiteral("I2S pipeline")), qPrintable(runsOn));

    // Another configuration applied from the Configuration view: the welcome names it.
    const QString other = f.writeFile(QStringLiteral("other.yml"), ConfigLoader::builtInText());
    QVERIFY(f.session->applyConfiguration(ConfigLoader::builtInText(), other));
    QTRY_VERIFY(w.welcome()->configurationLabel()->text().contains(other));
}

void TestFirstRun::opensTheNewPipelineDialog()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    QTRY_VERIFY_WITH_TIMEOUT(w.window.executions()->welcomeShown(), 10'000);
    QPushButton *newPipeline = w.welcome()->newPipelineButton();
    QTRY_VERIFY(newPipeline->isEnabled());
    QVERIFY(!w.window.findChild<NewPipelineDialog *>());
    QTest::mouseClick(newPipeline, Qt::LeftButton);
    auto *dialog = w.window.findChild<NewPipelineDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QVERIFY(StoreQueries(f.databasePath()).executions().isEmpty());
}

void TestFirstRun::showsNoWelcomeWithExecutions()
{
    DesktopFixture f;
    QVERIFY(f.open());
    QVERIFY(!f.start(f.request()).isEmpty());
    Window w(f);
    ExecutionsPage *page = w.window.executions();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), qint64(1), 10'000);
    QTRY_VERIFY(!page->currentExecution().isEmpty());
    QVERIFY(!page->welcomeShown());
    QVERIFY(!w.welcome()->isVisible());
    QVERIFY(page->table()->isVisible());
    QVERIFY(w.window.detail()->isVisible());

    // A search that matches none leaves the table, with its count of none.
    QTest::keyClicks(page->searchField(), QStringLiteral("nothing like it"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), qint64(0), 10'000);
    QTest::qWait(500); // the count of all, if one were asked for, comes back meanwhile
    QVERIFY(!page->welcomeShown());
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->countLabel()->text(), QStringLiteral("Executions: 0"));
}

void TestFirstRun::anotherProcessTakesTheWelcomeAway()
{
    DesktopFixture f;
    QVERIFY(f.open());
    Window w(f);
    ExecutionsPage *page = w.window.executions();
    QTRY_VERIFY_WITH_TIMEOUT(page->welcomeShown(), 10'000);

    // A search on an empty database: still the welcome.
    QTest::keyClicks(page->searchField(), QStringLiteral("nothing like it"));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->filtered() && page->model()->totalCount() == 0, 10'000);
    QTest::qWait(500);
    QVERIFY(page->welcomeShown());
    QVERIFY(w.welcome()->isVisible());

    // Another process on the same database starts an execution the search does not match.
    DesktopFixture other(f.databasePath());
    QVERIFY(other.open());
    QVERIFY(!other.start(other.request()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!page->welcomeShown(), 10'000);
    QVERIFY(page->table()->isVisible());
    QCOMPARE(page->model()->rowCount(), 0);

    // Without the search it shows, picked up by the window's reader.
    page->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10'000);
    QVERIFY(!page->welcomeShown());
}

void TestFirstRun::aWindowThatOnlyReadsOffersNoStart()
{
    DesktopFixture f;
    QVERIFY(f.open()); // makes the database
    const ReaderThread reader(f.databasePath());
    MainWindow window(ConfigLoader::builtIn(), std::nullopt, reader.reader());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.executions()->welcomeShown(), 10'000);
    WelcomePanel *welcome = window.executions()->welcome();
    QVERIFY(welcome->isVisible());
    QVERIFY(!welcome->demoButton()->isVisible());
    QVERIFY(!welcome->newPipelineButton()->isVisible());
    QVERIFY(!window.demoAction());
    QVERIFY2(welcome->hintLabel()->text().contains(QStringLiteral("conductor run")),
             qPrintable(welcome->hintLabel()->text()));
    QVERIFY(!welcome->configurationLabel()->text().contains(QStringLiteral("demo")));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
