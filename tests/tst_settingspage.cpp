// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The Settings view on the offscreen platform, with QSettings in a temporary folder: each
// setting edited as a person would (typing a path and Enter, choosing from a list,
// clicking a box, Browse… and its dialog) is stored — in the settings file on disk — and
// announced; a path that cannot be right is refused with a message; the database and the
// language ask for a restart; switching the theme to dark darkens the application's
// palette at once, and light and system bring it back. AppSettings reads values it does
// not know as their defaults.
//
// With CONDUCTOR_SCREENSHOTS=<folder> set, the page is also saved there as PNGs, light
// and dark.

#include "appsettings.h"
#include "settingspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsWithTheDefaults();
    void storesEachSetting();
    void refusesWrongPaths();
    void browseAnswersWithTheDialog();
    void switchesTheThemeLive();
    void unknownValuesReadAsDefaults();
    void screenshots();

private:
    static void type(QLineEdit *field, const QString &text);
    [[nodiscard]] QByteArray settingsFile() const;

    QTemporaryDir m_dir;
    QString m_defaultDb;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"ConductorTest"_s);
    QCoreApplication::setApplicationName(u"tst_settingspage"_s);
    m_defaultDb = m_dir.filePath(u"default/conductor.db"_s);
}

void TestSettingsPage::init()
{
    QSettings().clear();
    QSettings().sync();
}

void TestSettingsPage::type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QByteArray TestSettingsPage::settingsFile() const
{
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsPage::startsWithTheDefaults()
{
    SettingsPage page(m_defaultDb);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.databaseField()->text().isEmpty());
    QVERIFY(
        page.databaseField()->placeholderText().contains(QDir::toNativeSeparators(m_defaultDb)));
    QVERIFY(page.pipelineField()->text().isEmpty());
    QVERIFY(page.outputField()->text().isEmpty());
    QCOMPARE(page.languageChoice()->currentData().toString(), QString());
    QCOMPARE(page.themeChoice()->currentText(), u"Same as the system"_s);
    QVERIFY(page.gateOpenedBox()->isChecked());
    QVERIFY(page.budgetAlertBox()->isChecked());
    QVERIFY(page.restartNote()->isHidden());
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&page) &&
            (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
             qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w))) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }
    const AppSettings settings;
    QVERIFY(!settings.chosenDatabasePath());
    QCOMPARE(settings.theme(), Theme::System);
    QVERIFY(settings.notifyGateOpened());
    QVERIFY(settings.notifyBudgetAlert());
    QVERIFY(!settings.effectiveOutputFolder().isEmpty());
}

void TestSettingsPage::storesEachSetting()
{
    SettingsPage page(m_defaultDb);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);

    const QString db = m_dir.filePath(u"elsewhere/work.db"_s);
    type(page.databaseField(), db);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AppSettings().databasePath(), db);
    QCOMPARE(AppSettings().chosenDatabasePath(), std::optional<QString>(db));
    QVERIFY(page.restartNote()->isVisibleTo(&page));
    QVERIFY(page.restartNote()->text().contains(u"the database"_s));

    const QString pipeline = m_dir.filePath(u"mine.yml"_s);
    {
        QFile file(pipeline);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id: mine\n");
    }
    type(page.pipelineField(), pipeline);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(AppSettings().defaultPipelineFile(), pipeline);

    const QString output = m_dir.filePath(u"bundles"_s);
    type(page.outputField(), output);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(AppSettings().outputFolder(), output);
    QCOMPARE(AppSettings().effectiveOutputFolder(), output);
    // Enter again without a change stores nothing new.
    QTest::keyClick(page.outputField(), Qt::Key_Return);
    QCOMPARE(changed.size(), 3);

    page.languageChoice()->setFocus();
    page.languageChoice()->setCurrentIndex(page.languageChoice()->findText(u"Deutsch"_s));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(AppSettings().language(), u"de"_s);
    QVERIFY(page.restartNote()->text().contains(u"the language"_s));

    QTest::mouseClick(page.gateOpenedBox(), Qt::LeftButton);
    QCOMPARE(changed.size(), 5);
    QVERIFY(!AppSettings().notifyGateOpened());
    QTest::mouseClick(page.budgetAlertBox(), Qt::LeftButton);
    QCOMPARE(changed.size(), 6);
    QVERIFY(!AppSettings().notifyBudgetAlert());
    QTest::mouseClick(page.budgetAlertBox(), Qt::LeftButton);
    QVERIFY(AppSettings().notifyBudgetAlert());

    // On disk, under the documented keys.
    const QByteArray file = settingsFile();
    QVERIFY2(file.contains("language=de"), file.constData());
    QVERIFY2(file.contains("gateOpened=false"), file.constData());
    QVERIFY2(file.contains("databasePath="), file.constData());
    QVERIFY2(file.contains("[notifications]"), file.constData());

    // Another page shows what was stored.
    SettingsPage again(m_defaultDb);
    QCOMPARE(again.databaseField()->text(), QDir::toNativeSeparators(db));
    QCOMPARE(again.pipelineField()->text(), QDir::toNativeSeparators(pipeline));
    QCOMPARE(again.outputField()->text(), QDir::toNativeSeparators(output));
    QCOMPARE(again.languageChoice()->currentText(), u"Deutsch"_s);
    QVERIFY(!again.gateOpenedBox()->isChecked());
    // It started with these: no restart is needed for it.
    QVERIFY(again.restartNote()->isHidden());

    // Emptied (the clear button), a path goes back to its default at once.
    page.outputField()->clear();
    QCOMPARE(changed.size(), 8);
    QVERIFY(AppSettings().outputFolder().isEmpty());
    page.databaseField()->clear();
    QVERIFY(!AppSettings().chosenDatabasePath());
    page.languageChoice()->setCurrentIndex(0);
    QVERIFY(page.restartNote()->isHidden());
}

void TestSettingsPage::refusesWrongPaths()
{
    SettingsPage page(m_defaultDb);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);

    type(page.pipelineField(), m_dir.filePath(u"missing.yml"_s));
    QCOMPARE(changed.size(), 0);
    QVERIFY(AppSettings().defaultPipelineFile().isEmpty());
    QVERIFY(page.problemLabel()->isVisibleTo(&page));
    QVERIFY(page.problemLabel()->text().startsWith(u"✗ There is no pipeline file"_s));

    type(page.databaseField(), m_dir.path());
    QCOMPARE(changed.size(), 0);
    QVERIFY(page.problemLabel()->text().contains(u"is a folder"_s));

    const QString file = m_dir.filePath(u"plain.txt"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    type(page.outputField(), file);
    QCOMPARE(changed.size(), 0);
    QVERIFY(page.problemLabel()->text().contains(u"is a file, not a folder"_s));

    // A relative database path is stored made absolute; the message goes.
    type(page.databaseField(), u"relative.db"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AppSettings().databasePath(), QDir::current().absoluteFilePath(u"relative.db"_s));
    QVERIFY(page.problemLabel()->isHidden());
}

void TestSettingsPage::browseAnswersWithTheDialog()
{
    SettingsPage page(m_defaultDb);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString folder = m_dir.filePath(u"chosen"_s);
    QVERIFY(QDir().mkpath(folder));

    QTest::mouseClick(page.outputBrowse(), Qt::LeftButton);
    // Not modal to the test: the dialog is open and the click has returned.
    QFileDialog *dialog = page.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::Directory);
    dialog->selectFile(folder);
    static_cast<QDialog *>(dialog)->accept(); // as its Choose button does
    QTRY_COMPARE(AppSettings().outputFolder(), folder);
    QCOMPARE(page.outputField()->text(), QDir::toNativeSeparators(folder));
}

void TestSettingsPage::switchesTheThemeLive()
{
    const QColor before = QApplication::palette().color(QPalette::Window);
    QVERIFY(before.lightness() >= 128); // the offscreen platform's palette is light
    SettingsPage page(m_defaultDb);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy changed(&page, &SettingsPage::settingsChanged);

    page.themeChoice()->setCurrentIndex(page.themeChoice()->findText(u"Dark"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(AppSettings().theme(), Theme::Dark);
    QVERIFY(settingsFile().contains("theme=dark"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QTRY_VERIFY(page.palette().color(QPalette::Window).lightness() < 80); // the page follows
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

    page.themeChoice()->setCurrentIndex(page.themeChoice()->findText(u"Light"_s));
    QCOMPARE(AppSettings().theme(), Theme::Light);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QTRY_VERIFY(page.palette().color(QPalette::Window).lightness() > 200);

    page.themeChoice()->setCurrentIndex(page.themeChoice()->findText(u"Dark"_s));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    page.themeChoice()->setCurrentIndex(page.themeChoice()->findText(u"Same as the system"_s));
    QCOMPARE(AppSettings().theme(), Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), before);
    QTRY_COMPARE(page.palette().color(QPalette::Window), before);
    QCOMPARE(changed.size(), 4);
}

void TestSettingsPage::unknownValuesReadAsDefaults()
{
    QSettings settings;
    settings.setValue(AppSettings::ThemeKey, u"purple"_s);
    settings.setValue(AppSettings::LanguageKey, u"tlh"_s);
    settings.setValue(AppSettings::DatabasePathKey, u"  "_s);
    AppSettings app;
    QCOMPARE(app.theme(), Theme::System);
    QCOMPARE(app.language(), QString());
    QVERIFY(!app.chosenDatabasePath());
    app.setLanguage(u"xx"_s);
    QCOMPARE(app.language(), QString());
    QCOMPARE(AppSettings::themeFromName(u"dark"_s), std::optional<Theme>(Theme::Dark));
    QCOMPARE(AppSettings::themeFromName(u"Dark"_s), std::nullopt);
}

void TestSettingsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CONDUCTOR_SCREENSHOTS");
    if (folder.isEmpty()) {
        return; // only on request
    }
    QDir().mkpath(folder);
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        applyTheme(theme);
        SettingsPage page(m_defaultDb);
        page.resize(760, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        type(page.databaseField(), m_dir.filePath(u"elsewhere/work.db"_s));
        type(page.pipelineField(), m_dir.filePath(u"missing.yml"_s));
        QTest::qWait(100); // the layouts settle
        QVERIFY(page.grab().save(
            QDir(folder).filePath(u"settings-%1.png"_s.arg(AppSettings::themeName(theme)))));
    }
    applyTheme(Theme::System);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
