// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The main window on the offscreen platform, driven through its menus as a user would:
// what it shows for the I2S pipeline and for none, File→Quit, Help→About without
// blocking, and the geometry it remembers between runs. Settings live in a temporary
// folder, never the user's.

#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "mainwindow.h"
#include "pipelineoverview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Conductor;

namespace {

// The action a user reaches by opening the menu titled menuTitle in the menu bar.
QAction *menuAction(QMainWindow &window, const QString &menuTitle, const QString &actionText,
                    QMenu **menuOut)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->text() == menuTitle) {
            for (QAction *action : top->menu()->actions()) {
                if (action->text() == actionText) {
                    *menuOut = top->menu();
                    return action;
                }
            }
        }
    }
    return nullptr;
}

// Opens the menu with a click on the menu bar, then clicks the action in it.
[[nodiscard]] bool clickMenuAction(QMainWindow &window, QMenu *menu, QAction *action)
{
    QMenuBar *bar = window.menuBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); })) {
        return false;
    }
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

QString statusBarText(QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        texts.append(label->text());
    }
    return texts.join(u'\n');
}

QPointer<QMessageBox> visibleMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
            return box;
        }
    }
    return nullptr;
}

} // namespace

class Test_mainwindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheI2SPipeline();
    void showsWhenNoPipelineLoaded();
    void statusBarShowsTheConfigurationSource_data();
    void statusBarShowsTheConfigurationSource();
    void fileQuitClosesTheWindow();
    void geometryIsRestored();
    void helpAboutDoesNotBlock();

private:
    [[nodiscard]] std::unique_ptr<MainWindow>
    makeWindow(const Configuration &config, const std::optional<PipelineDefinition> &pipeline);

    QTemporaryDir m_settingsDir;
    Configuration m_config;
    std::optional<PipelineDefinition> m_pipeline;
};

void Test_mainwindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Before any QSettings exists: every settings file of this run goes to the folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("I2S Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("conductor"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()),
             qPrintable(QSettings().fileName()));

    m_config = ConfigLoader::builtIn();
    LoadResult<PipelineDefinition> pipeline =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), m_config);
    QStringList problems;
    for (const Diagnostic &d : pipeline.diagnostics) {
        problems.append(d.toString());
    }
    QVERIFY2(pipeline.ok(), qPrintable(problems.join(u'\n')));
    m_pipeline = pipeline.value;
}

void Test_mainwindow::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}

void Test_mainwindow::cleanup()
{
    // A failed check must not leave a window or a box behind for the next one.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w)) {
            w->close();
        }
    }
}

std::unique_ptr<MainWindow>
Test_mainwindow::makeWindow(const Configuration &config,
                            const std::optional<PipelineDefinition> &pipeline)
{
    auto window = std::make_unique<MainWindow>(config, pipeline);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    return window;
}

void Test_mainwindow::showsTheI2SPipeline()
{
    const auto window = makeWindow(m_config, m_pipeline);
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), QStringLiteral("Conductor"));

    const QTreeWidget *tree = window->overview()->nodeTree();
    QStringList order;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        order.append(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    }
    QStringList every;
    for (const StageDefinition &s : m_pipeline->stages) {
        every.append(s.id);
    }
    for (const CheckpointDefinition &c : m_pipeline->checkpoints) {
        every.append(c.id);
    }
    for (const GroupDefinition &g : m_pipeline->groups) {
        every.append(g.id);
    }
    QCOMPARE(every.size(), 18);
    QStringList sortedOrder = order;
    sortedOrder.sort();
    every.sort();
    QCOMPARE(sortedOrder, every);

    // Every node after what it needs...
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (const QString &need : m_pipeline->needsOf(order.at(i))) {
            QVERIFY2(order.indexOf(need) < i,
                     qPrintable(order.at(i) + QStringLiteral(" before ") + need));
        }
    }
    // ...and the design document's flow, spelled out.
    QCOMPARE(order.first(), QStringLiteral("normalize"));
    QCOMPARE(order.last(), QStringLiteral("deploy"));
    QVERIFY(order.indexOf(u"risk") < order.indexOf(u"risk_gate"));
    QVERIFY(order.indexOf(u"risk_gate") < order.indexOf(u"ux"));
    for (const char *check : {"security", "performance", "quality", "testing", "architecture"}) {
        QVERIFY2(order.indexOf(QLatin1String(check)) > order.indexOf(u"deploy_gate"), check);
        QVERIFY2(order.indexOf(QLatin1String(check)) < order.indexOf(u"deployment_checks"), check);
    }

    const auto row = [&](const QString &id) {
        return tree->topLevelItem(static_cast<int>(order.indexOf(id)));
    };
    QCOMPARE(row(QStringLiteral("risk_gate"))->text(0), QStringLiteral("Risk Gate"));
    QCOMPARE(row(QStringLiteral("risk_gate"))->text(1), QStringLiteral("Gate"));
    QCOMPARE(row(QStringLiteral("deployment_checks"))->text(1), QStringLiteral("Aggregation"));
    QCOMPARE(row(QStringLiteral("normalize"))->text(1), QStringLiteral("Stage"));
    QCOMPARE(row(QStringLiteral("normalize"))->text(2), QStringLiteral("normalizer"));

    const QList<QLabel *> labels = window->overview()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                        [](const QLabel *l) { return l->text() == u"Pipeline: Idea to Ship"; }));
}

void Test_mainwindow::showsWhenNoPipelineLoaded()
{
    const auto window = makeWindow(m_config, std::nullopt);
    QVERIFY(window);
    QCOMPARE(window->overview()->nodeTree()->topLevelItemCount(), 0);
    const QList<QLabel *> labels = window->overview()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->isVisible() && l->text() == u"No valid pipeline loaded";
    }));
    QVERIFY(statusBarText(*window).contains(u"Configuration: built-in"));
}

void Test_mainwindow::statusBarShowsTheConfigurationSource_data()
{
    QTest::addColumn<QString>("file"); // empty: the built-in configuration
    QTest::addColumn<QString>("expected");
    QTest::newRow("built-in") << QString() << QStringLiteral("Configuration: built-in");
    const QString file = Test::dataPath(QStringLiteral("config/design-document.yml"));
    QTest::newRow("file") << file
                          << QStringLiteral("Configuration: ") + QFileInfo(file).absoluteFilePath();
}

void Test_mainwindow::statusBarShowsTheConfigurationSource()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    Configuration config = m_config;
    if (!file.isEmpty()) {
        LoadResult<Configuration> loaded = ConfigLoader::loadFile(file);
        QVERIFY(loaded.ok());
        config = *loaded.value;
    }
    const auto window = makeWindow(config, m_pipeline);
    QVERIFY(window);
    QVERIFY2(statusBarText(*window).split(u'\n').contains(expected),
             qPrintable(statusBarText(*window)));
}

void Test_mainwindow::fileQuitClosesTheWindow()
{
    const auto window = makeWindow(m_config, m_pipeline);
    QVERIFY(window);
    QMenu *menu = nullptr;
    QAction *quit = menuAction(*window, QStringLiteral("&File"), QStringLiteral("&Quit"), &menu);
    QVERIFY(quit);
    QSignalSpy triggered(quit, &QAction::triggered);

    QVERIFY(clickMenuAction(*window, menu, quit));
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(triggered.count(), 1);
    // closeEvent ran: the layout was saved.
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
}

void Test_mainwindow::geometryIsRestored()
{
    const QRect chosen(37, 41, 613, 389);
    {
        const auto first = makeWindow(m_config, m_pipeline);
        QVERIFY(first);
        // Nothing saved yet: the first start picks its own size, not the one chosen here.
        QVERIFY(first->size() != chosen.size());
        first->setGeometry(chosen);
        QTRY_COMPARE(first->geometry(), chosen);
        QMenu *menu = nullptr;
        QAction *quit = menuAction(*first, QStringLiteral("&File"), QStringLiteral("&Quit"), &menu);
        QVERIFY(quit);
        QVERIFY(clickMenuAction(*first, menu, quit));
        QTRY_VERIFY(!first->isVisible());
    }
    QVERIFY(QFileInfo::exists(QSettings().fileName()));

    const auto second = makeWindow(m_config, m_pipeline);
    QVERIFY(second);
    QCOMPARE(second->geometry(), chosen);
}

void Test_mainwindow::helpAboutDoesNotBlock()
{
    const auto window = makeWindow(m_config, m_pipeline);
    QVERIFY(window);
    QMenu *menu = nullptr;
    QAction *about =
        menuAction(*window, QStringLiteral("&Help"), QStringLiteral("&About Conductor"), &menu);
    QVERIFY(about);

    // Were the box shown with exec(), the click would not return: this timer, run by
    // that nested loop, notes it and closes the box so the test fails rather than hangs.
    bool ranNestedLoop = false;
    QTimer guard;
    guard.setInterval(20);
    connect(&guard, &QTimer::timeout, &guard, [&ranNestedLoop] {
        if (QThread::currentThread()->loopLevel() > 0) {
            ranNestedLoop = true;
            if (QWidget *modal = QApplication::activeModalWidget()) {
                modal->close();
            }
        }
    });
    guard.start();
    QVERIFY(clickMenuAction(*window, menu, about));
    guard.stop();
    QVERIFY(!ranNestedLoop);

    QPointer<QMessageBox> box;
    QTRY_VERIFY((box = visibleMessageBox()));
    QCOMPARE(box->windowTitle(), QStringLiteral("About Conductor"));
    QVERIFY2(box->text().contains(u"Conductor 9.8.7"), qPrintable(box->text()));
    QCOMPARE(box->parentWidget(), window.get());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    // The window stays alive and responsive behind it.
    QVERIFY(window->isVisible());

    QPushButton *ok = qobject_cast<QPushButton *>(box->button(QMessageBox::Ok));
    QVERIFY(ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    // Deleted on close, so nothing piles up with each About.
    QTRY_VERIFY(box.isNull());
    QVERIFY(!visibleMessageBox());
}

QTEST_MAIN(Test_mainwindow)
#include "tst_mainwindow.moc"
