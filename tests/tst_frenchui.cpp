// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app in French on the offscreen platform. The process starts as on a French
// system (LANGUAGE=fr, LANG=fr_FR.UTF-8) and installs its catalogues the way the app
// does, from the French catalogue compiled from translations/conductor_fr.ts; then the
// main window's menus, status bar and pipeline overview speak French, plural forms follow
// the count, and Settings offers Français, which chosen is stored as the language the
// next start uses. Settings live in a temporary folder, never the user's.

#include "appsettings.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "mainwindow.h"
#include "pipelineoverview.h"
#include "settingspage.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QTest>

#include <memory>
#include <optional>

using namespace Conductor;

namespace {

// The texts of the actions in the menu titled title, or nothing when there is no such menu.
std::optional<QStringList> menuTexts(QMainWindow &window, const QString &title)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->text() == title) {
            QStringList texts;
            for (const QAction *action : top->menu()->actions()) {
                texts.append(action->text());
            }
            return texts;
        }
    }
    return std::nullopt;
}

} // namespace

class Test_frenchui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void systemLanguageIsFrench();
    void mainWindowSpeaksFrench();
    void pluralsFollowTheCount_data();
    void pluralsFollowTheCount();
    void settingsOffersFrancais();
    void chosenFrenchLoadsWithoutTheSystem();

private:
    QTemporaryDir m_settingsDir;
    bool m_installed = false;
};

void Test_frenchui::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("I2S Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_frenchui"));
    // What main() does when no language is chosen in Settings.
    m_installed = installTranslations(QLocale());
}

void Test_frenchui::systemLanguageIsFrench()
{
    QCOMPARE(QLocale().language(), QLocale::French);
    QVERIFY2(m_installed, qPrintable(QLocale().uiLanguages().join(u' ')));
    QCOMPARE(QCoreApplication::translate("Conductor::MainWindow", "Ready"), QStringLiteral("Prêt"));
}

void Test_frenchui::mainWindowSpeaksFrench()
{
    const Configuration config = ConfigLoader::builtIn();
    const LoadResult<PipelineDefinition> pipeline =
        PipelineLoader::loadFile(PipelineLoader::builtInPath(), config);
    QVERIFY(pipeline.ok());
    MainWindow window(config, pipeline.value);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const std::optional<QStringList> file = menuTexts(window, QStringLiteral("&Fichier"));
    QVERIFY2(file, "no menu &Fichier");
    QVERIFY2(file->contains(QStringLiteral("&Quitter")), qPrintable(file->join(u'|')));
    const std::optional<QStringList> help = menuTexts(window, QStringLiteral("&Aide"));
    QVERIFY2(help, "no menu &Aide");
    QVERIFY2(help->contains(QStringLiteral("À &propos de Conductor")),
             qPrintable(help->join(u'|')));
    QVERIFY(menuTexts(window, QStringLiteral("Affic&hage")));
    QVERIFY(!menuTexts(window, QStringLiteral("&File")));

    QStringList status;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        status.append(label->text());
    }
    QVERIFY2(status.contains(QStringLiteral("Configuration : intégrée")),
             qPrintable(status.join(u'\n')));

    const QTreeWidgetItem *header = window.overview()->nodeTree()->headerItem();
    QCOMPARE(header->text(0), QStringLiteral("Étape"));
}

void Test_frenchui::pluralsFollowTheCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    // French counts 0 and 1 as singular.
    QTest::newRow("0") << 0 << QStringLiteral("0 doit réussir");
    QTest::newRow("1") << 1 << QStringLiteral("1 doit réussir");
    QTest::newRow("2") << 2 << QStringLiteral("2 doivent réussir");
    QTest::newRow("12") << 12 << QStringLiteral("12 doivent réussir");
}

void Test_frenchui::pluralsFollowTheCount()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(
        QCoreApplication::translate("Conductor::PipelineOverview", "%n must pass", nullptr, count),
        expected);
}

void Test_frenchui::settingsOffersFrancais()
{
    SettingsPage page(m_settingsDir.filePath(QStringLiteral("conductor.db")));
    QComboBox *languages = page.languageChoice();
    QCOMPARE(languages->itemText(0), QStringLiteral("La langue du système"));
    QCOMPARE(languages->currentData().toString(), QString());
    const int french = languages->findData(QStringLiteral("fr"));
    QVERIFY(french > 0);
    QCOMPARE(languages->itemText(french), QStringLiteral("Français"));
    QVERIFY(languages->findData(QStringLiteral("de")) > 0);
    QVERIFY(languages->findData(QStringLiteral("en")) > 0);

    languages->setCurrentIndex(french);
    QCOMPARE(AppSettings().language(), QStringLiteral("fr"));
    QVERIFY2(page.restartNote()->text().contains(QStringLiteral("la langue")),
             qPrintable(page.restartNote()->text()));
}

void Test_frenchui::chosenFrenchLoadsWithoutTheSystem()
{
    // What main() does with Français chosen in Settings, whatever the system speaks.
    QVERIFY(installTranslations(QLocale(AppSettings().language())));
    QVERIFY(!installTranslations(QLocale(QStringLiteral("en"))));
}

int main(int argc, char *argv[])
{
    // As on a French desktop, before Qt reads the system's locale.
    qputenv("LANGUAGE", "fr");
    qputenv("LANG", "fr_FR.UTF-8");
    qputenv("LC_ALL", "fr_FR.UTF-8");
    QApplication app(argc, argv);
    Test_frenchui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_frenchui.moc"
