// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The Secrets section of the Settings view on the offscreen platform, driven as a person
// would: Add… and its dialog (a name and a value typed, OK pressed) keeps the value in the
// store and lists the name; Replace… changes the value; Delete asks first, naming the
// secret, and Cancel keeps it. A name the store would refuse keeps OK disabled and says
// why. The value is never left in a label or a field once the dialog has closed. While the
// store has not answered, the panel says it is waiting and its buttons are disabled. An
// unavailable or locked store is reported in its own words — never as a missing key — and
// nothing is kept; the real keychain with no D-Bus session to reach it is one such store.
// A folder of secrets is listed but read-only: its buttons are disabled
// and their tooltip says why. The list is asked for again when the panel is shown, and the
// Settings view has the section only when it is given a store.
//
// With CONDUCTOR_SCREENSHOTS=<folder> set, the Settings view with the section is saved
// there as secrets-panel.png.

#include "secretspanel.h"
#include "security/secretstore.h"
#include "settingspage.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QTest>

#include <memory>
#include <optional>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSentinel = "sk-test-Sentinel-7f3a9c21e5";

} // namespace

class TestSecretsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWhereAndNames();
    void addsThroughTheDialog();
    void replacesTheValue();
    void deletesAfterConfirmation();
    void invalidNameKeepsOkDisabled();
    void showsThatItIsBusy();
    void unavailableIsSaidPlainly();
    void folderIsReadOnly();
    void keychainWithoutSessionBus();
    void listsAgainWhenShown();
    void settingsPageHasTheSection();

private:
    static void put(SecretStore &store, const QString &name, const QByteArray &value);
    [[nodiscard]] static SecretLookup lookUp(SecretStore &store, const QString &name);
    // The panel, shown and listed.
    [[nodiscard]] static std::unique_ptr<SecretsPanel> shownPanel(SecretStore &store);
    [[nodiscard]] static QStringList listedNames(const SecretsPanel &panel);
    // Add… or Replace… through the dialog; the value typed and OK pressed.
    static void submit(SecretsPanel &panel, QPushButton *opener, const QString &name,
                       const QString &value);
    static void select(SecretsPanel &panel, const QString &name);
    // With CONDUCTOR_SCREENSHOTS set, saves widget there as name.
    static void screenshot(QWidget *widget, const QString &name);
    // Everything a person can read in the application's widgets (shown or not).
    [[nodiscard]] static QStringList visibleTexts(bool shownOnly = false);

    QTemporaryDir m_dir;
};

void TestSecretsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(u"ConductorTest"_s);
    QCoreApplication::setApplicationName(u"tst_secretspanel"_s);
}

void TestSecretsPanel::put(SecretStore &store, const QString &name, const QByteArray &value)
{
    QObject context;
    std::optional<bool> done;
    store.store(name, value, &context, [&done](bool ok, const QString &) { done = ok; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(*done);
}

SecretLookup TestSecretsPanel::lookUp(SecretStore &store, const QString &name)
{
    QObject context;
    std::optional<SecretLookup> result;
    store.fetch(name, &context, [&result](const SecretLookup &lookup) { result = lookup; });
    [&result] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(SecretLookup{});
}

std::unique_ptr<SecretsPanel> TestSecretsPanel::shownPanel(SecretStore &store)
{
    auto panel = std::make_unique<SecretsPanel>(&store);
    panel->resize(560, 360);
    QSignalSpy listed(panel.get(), &SecretsPanel::listed);
    panel->show();
    [&] {
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QTRY_COMPARE(listed.count(), 1);
        QTRY_VERIFY(!panel->isBusy());
    }();
    return panel;
}

QStringList TestSecretsPanel::listedNames(const SecretsPanel &panel)
{
    QStringList names;
    for (int row = 0; row < panel.namesList()->count(); ++row) {
        names << panel.namesList()->item(row)->text();
    }
    return names;
}

void TestSecretsPanel::submit(SecretsPanel &panel, QPushButton *opener, const QString &name,
                              const QString &value)
{
    QVERIFY(opener->isEnabled());
    QTest::mouseClick(opener, Qt::LeftButton);
    QTRY_VERIFY(panel.dialog() != nullptr && panel.dialog()->isVisible());
    SecretDialog *dialog = panel.dialog();
    QCOMPARE(dialog->valueField()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog->valueField()->text().isEmpty()); // never filled in
    QVERIFY(!dialog->okButton()->isEnabled());
    if (!dialog->nameField()->isReadOnly()) {
        QTest::keyClicks(dialog->nameField(), name);
    }
    QCOMPARE(dialog->nameField()->text(), name);
    QVERIFY(!dialog->okButton()->isEnabled()); // no value yet
    QTest::keyClicks(dialog->valueField(), value);
    QVERIFY(dialog->okButton()->isEnabled());
    QSignalSpy changed(&panel, &SecretsPanel::changed);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QVERIFY(panel.dialog() == nullptr);
    // The dialog may still exist until it is deleted: the value is gone from it already.
    QVERIFY(dialog->valueField()->text().isEmpty());
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(!panel.isBusy());
}

void TestSecretsPanel::select(SecretsPanel &panel, const QString &name)
{
    const QList<QListWidgetItem *> items = panel.namesList()->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    const QRect rect = panel.namesList()->visualItemRect(items.first());
    QTest::mouseClick(panel.namesList()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(items.first()->isSelected());
}

QStringList TestSecretsPanel::visibleTexts(bool shownOnly)
{
    QStringList texts;
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (shownOnly && !widget->isVisible()) {
            continue;
        }
        texts << widget->windowTitle() << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            texts << label->text();
        } else if (auto *field = qobject_cast<QLineEdit *>(widget)) {
            texts << field->text() << field->displayText() << field->placeholderText();
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                texts << list->item(row)->text();
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            texts << button->text();
        }
    }
    return texts;
}

void TestSecretsPanel::screenshot(QWidget *widget, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("CONDUCTOR_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(50); // the layout follows a posted request
        QDir().mkpath(folder);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }
}

void TestSecretsPanel::listsWhereAndNames()
{
    MemorySecrets store;
    put(store, u"ZETA_KEY"_s, "z");
    put(store, u"ALPHA_KEY"_s, "a");
    const auto panel = shownPanel(store);
    QVERIFY(panel->whereLabel()->text().contains(store.where()));
    QCOMPARE(listedNames(*panel), (QStringList{u"ALPHA_KEY"_s, u"ZETA_KEY"_s}));
    QVERIFY(panel->readOnlyReason().isEmpty());
    QVERIFY(panel->addButton()->isEnabled());
    // Replace and Delete need a secret chosen.
    QVERIFY(!panel->replaceButton()->isEnabled());
    QVERIFY(!panel->deleteButton()->isEnabled());
    select(*panel, u"ZETA_KEY"_s);
    QVERIFY(panel->replaceButton()->isEnabled());
    QVERIFY(panel->deleteButton()->isEnabled());
    for (QWidget *control :
         {static_cast<QWidget *>(panel->namesList()), static_cast<QWidget *>(panel->addButton()),
          static_cast<QWidget *>(panel->replaceButton()),
          static_cast<QWidget *>(panel->deleteButton())}) {
        QVERIFY(!control->accessibleName().isEmpty());
    }
}

void TestSecretsPanel::addsThroughTheDialog()
{
    MemorySecrets store;
    const auto panel = shownPanel(store);
    submit(*panel, panel->addButton(), u"OPENAI_API_KEY"_s, QString::fromLatin1(kSentinel));
    const SecretLookup lookup = lookUp(store, u"OPENAI_API_KEY"_s);
    QCOMPARE(lookup.status, SecretLookup::Status::Found);
    QCOMPARE(lookup.value, kSentinel);
    QTRY_COMPARE(listedNames(*panel), QStringList{u"OPENAI_API_KEY"_s});
    QVERIFY(panel->statusLabel()->text().contains(u"OPENAI_API_KEY"_s));
    QVERIFY(panel->statusLabel()->text().contains(u"added"_s));
    QVERIFY(!panel->statusLabel()->text().startsWith(u"✗"_s));
    const QStringList texts = visibleTexts();
    for (const QString &text : texts) {
        QVERIFY2(!text.contains(QLatin1StringView(kSentinel)), qPrintable(text));
    }
}

void TestSecretsPanel::replacesTheValue()
{
    MemorySecrets store;
    put(store, u"ANTHROPIC_KEY"_s, "old-value");
    const auto panel = shownPanel(store);
    select(*panel, u"ANTHROPIC_KEY"_s);
    QTest::mouseClick(panel->replaceButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->dialog() != nullptr);
    // The name is the chosen one and cannot be changed; the old value is not shown.
    QVERIFY(panel->dialog()->nameField()->isReadOnly());
    QCOMPARE(panel->dialog()->nameField()->text(), u"ANTHROPIC_KEY"_s);
    QVERIFY(panel->dialog()->valueField()->text().isEmpty());
    QVERIFY(!visibleTexts().join(u'\n').contains(u"old-value"_s));
    panel->dialog()->reject();
    QTRY_VERIFY(panel->dialog() == nullptr);

    submit(*panel, panel->replaceButton(), u"ANTHROPIC_KEY"_s, QString::fromLatin1(kSentinel));
    QCOMPARE(lookUp(store, u"ANTHROPIC_KEY"_s).value, kSentinel);
    QTRY_COMPARE(listedNames(*panel), QStringList{u"ANTHROPIC_KEY"_s});
    QVERIFY(panel->statusLabel()->text().contains(u"replaced"_s));
    QVERIFY(!visibleTexts().join(u'\n').contains(QLatin1StringView(kSentinel)));
}

void TestSecretsPanel::deletesAfterConfirmation()
{
    MemorySecrets store;
    put(store, u"KEEP_ME"_s, "k");
    put(store, u"DROP_ME"_s, "d");
    const auto panel = shownPanel(store);
    const auto answer = [](QMessageBox::ButtonRole role, QString *question) {
        // The confirmation is modal: found and answered as a person would, from the loop.
        QTimer::singleShot(0, [role, question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box != nullptr);
            *question = box->text();
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (box->buttonRole(button) == role) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            QFAIL("the confirmation has no such button");
        });
    };

    select(*panel, u"DROP_ME"_s);
    QString question;
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    answer(QMessageBox::RejectRole, &question);
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY(question.contains(u"DROP_ME"_s));
    QTRY_VERIFY(panel->confirmation() == nullptr);
    QVERIFY(!panel->isBusy());
    QCOMPARE(lookUp(store, u"DROP_ME"_s).status, SecretLookup::Status::Found);

    question.clear();
    QSignalSpy changed(panel.get(), &SecretsPanel::changed);
    QTest::mouseClick(panel->deleteButton(), Qt::LeftButton);
    answer(QMessageBox::DestructiveRole, &question);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    QVERIFY(question.contains(u"DROP_ME"_s));
    QCOMPARE(lookUp(store, u"DROP_ME"_s).status, SecretLookup::Status::Missing);
    QCOMPARE(lookUp(store, u"KEEP_ME"_s).status, SecretLookup::Status::Found);
    QTRY_COMPARE(listedNames(*panel), QStringList{u"KEEP_ME"_s});
    QVERIFY(panel->statusLabel()->text().contains(u"deleted"_s));
}

void TestSecretsPanel::invalidNameKeepsOkDisabled()
{
    MemorySecrets store;
    const auto panel = shownPanel(store);
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->dialog() != nullptr);
    SecretDialog *dialog = panel->dialog();
    QTest::keyClicks(dialog->valueField(), u"some-value"_s);
    for (const QString &name : {u".hidden"_s, u"with space"_s, u"a/b"_s}) {
        dialog->nameField()->clear();
        QTest::keyClicks(dialog->nameField(), name);
        QVERIFY2(!dialog->okButton()->isEnabled(), qPrintable(name));
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY2(dialog->problemLabel()->text().contains(name), qPrintable(name));
        QVERIFY(dialog->problemLabel()->text().contains(u"not a valid secret name"_s));
    }
    screenshot(dialog, u"secrets-dialog.png"_s);
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u"GOOD.name-1"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->problemLabel()->isVisible());
    // Enter does not go past a disabled OK either.
    dialog->nameField()->clear();
    QTest::keyClicks(dialog->nameField(), u".x"_s);
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(panel->dialog() == nullptr);
    QVERIFY(listedNames(*panel).isEmpty());
    QCOMPARE(lookUp(store, u".x"_s).status, SecretLookup::Status::Missing);
}

void TestSecretsPanel::showsThatItIsBusy()
{
    MemorySecrets store;
    const auto panel = shownPanel(store);
    QVERIFY(!panel->busyIndicator()->isVisible());
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->dialog() != nullptr);
    QTest::keyClicks(panel->dialog()->nameField(), u"SLOW"_s);
    QTest::keyClicks(panel->dialog()->valueField(), u"v"_s);
    QTest::mouseClick(panel->dialog()->okButton(), Qt::LeftButton);
    // The store answers from the event loop; until then the panel waits without blocking.
    QVERIFY(panel->isBusy());
    QVERIFY(panel->busyIndicator()->isVisible());
    QVERIFY(!panel->addButton()->isEnabled());
    QVERIFY(!panel->replaceButton()->isEnabled());
    QVERIFY(!panel->deleteButton()->isEnabled());
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY(!panel->busyIndicator()->isVisible());
    QVERIFY(panel->addButton()->isEnabled());
}

void TestSecretsPanel::unavailableIsSaidPlainly()
{
    MemorySecrets store;
    put(store, u"EXISTING"_s, "e");
    const QString locked = u"the system keychain is locked; unlock it and try again"_s;
    store.setUnavailable(true, locked);
    const auto panel = shownPanel(store);
    QCOMPARE(panel->statusLabel()->text(),
             u"✗ The secrets cannot be listed: The system keychain is locked; unlock it and try "
             "again."_s);
    QVERIFY(panel->statusLabel()->isVisible());
    const auto saysNoKey = [] {
        const QString all = visibleTexts(true).join(u'\n');
        return all.contains(u"no key"_s, Qt::CaseInsensitive) ||
               all.contains(u"no secrets"_s, Qt::CaseInsensitive);
    };
    QVERIFY(!saysNoKey());

    submit(*panel, panel->addButton(), u"NEW_KEY"_s, QString::fromLatin1(kSentinel));
    QVERIFY(panel->statusLabel()->text().startsWith(u"✗ The secret NEW_KEY was not stored"_s));
    QVERIFY(panel->statusLabel()->text().contains(u"locked; unlock it and try again"_s));
    QVERIFY(!saysNoKey());
    QVERIFY(!visibleTexts().join(u'\n').contains(QLatin1StringView(kSentinel)));

    // Once the keychain answers again, nothing was kept and the list comes back.
    store.setUnavailable(false);
    QCOMPARE(lookUp(store, u"NEW_KEY"_s).status, SecretLookup::Status::Missing);
    QSignalSpy listed(panel.get(), &SecretsPanel::listed);
    panel->refresh();
    QTRY_COMPARE(listed.count(), 1);
    QCOMPARE(listed.first().first().toBool(), true);
    QCOMPARE(listedNames(*panel), QStringList{u"EXISTING"_s});
    QVERIFY(panel->statusLabel()->isHidden());
}

void TestSecretsPanel::folderIsReadOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile file(dir.filePath(u"FOLDER_KEY"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("value\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    FolderSecrets store(dir.path());
    const auto panel = shownPanel(store);
    QCOMPARE(listedNames(*panel), QStringList{u"FOLDER_KEY"_s});
    QTRY_VERIFY(panel->readOnlyReason().contains(u"read-only for Conductor"_s));
    select(*panel, u"FOLDER_KEY"_s);
    for (QPushButton *button :
         {panel->addButton(), panel->replaceButton(), panel->deleteButton()}) {
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), panel->readOnlyReason());
    }
    QVERIFY(panel->readOnlyReason().contains(dir.path()));
    QVERIFY(panel->whereLabel()->text().contains(store.where()));
    QVERIFY(panel->whereLabel()->text().contains(panel->readOnlyReason()));
    screenshot(panel.get(), u"secrets-panel-folder.png"_s);
    QVERIFY(panel->statusLabel()->isHidden());
}

void TestSecretsPanel::keychainWithoutSessionBus()
{
    // As on a machine with no desktop session: no bus to find, none to start.
    for (const char *name :
         {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP",
          "KDE_SESSION_VERSION", "GNOME_KEYRING_CONTROL"}) {
        qunsetenv(name);
    }
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QVERIFY(QFile::setPermissions(runtime.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    KeychainSecrets store;
    auto panel = std::make_unique<SecretsPanel>(&store);
    QSignalSpy listed(panel.get(), &SecretsPanel::listed);
    panel->show();
    QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 30'000);
    QCOMPARE(listed.first().first().toBool(), false);
    QVERIFY2(panel->statusLabel()->text().startsWith(
                 u"✗ The secrets cannot be listed: The system keychain is unavailable: "_s),
             qPrintable(panel->statusLabel()->text()));
    QVERIFY(panel->addButton()->isEnabled()); // it may be reachable later

    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_VERIFY(panel->dialog() != nullptr);
    QTest::keyClicks(panel->dialog()->nameField(), u"OPENAI_API_KEY"_s);
    QTest::keyClicks(panel->dialog()->valueField(), QString::fromLatin1(kSentinel));
    QSignalSpy changed(panel.get(), &SecretsPanel::changed);
    QTest::mouseClick(panel->dialog()->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30'000);
    QCOMPARE(changed.first().first().toBool(), false);
    QVERIFY2(panel->statusLabel()->text().startsWith(
                 u"✗ The secret OPENAI_API_KEY was not stored: The system keychain is "
                 "unavailable: "_s),
             qPrintable(panel->statusLabel()->text()));
    const QString shown = visibleTexts(true).join(u'\n');
    QVERIFY(!shown.contains(u"no key"_s, Qt::CaseInsensitive));
    QVERIFY(!shown.contains(u"no secret"_s, Qt::CaseInsensitive));
    QVERIFY(!visibleTexts().join(u'\n').contains(QLatin1StringView(kSentinel)));
    // Nothing was written in plaintext instead: not in the runtime folder, nor in the
    // settings folder where an insecure fallback would put it.
    QVERIFY(QDir(runtime.path()).isEmpty());
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kSentinel), qPrintable(file.fileName()));
    }
}

void TestSecretsPanel::listsAgainWhenShown()
{
    MemorySecrets store;
    const auto panel = shownPanel(store);
    QVERIFY(listedNames(*panel).isEmpty());
    panel->hide();
    put(store, u"ADDED_ELSEWHERE"_s, "x");
    QSignalSpy listed(panel.get(), &SecretsPanel::listed);
    panel->show();
    QTRY_COMPARE(listed.count(), 1);
    QCOMPARE(listedNames(*panel), QStringList{u"ADDED_ELSEWHERE"_s});
}

void TestSecretsPanel::settingsPageHasTheSection()
{
    const QString defaultDb = m_dir.filePath(u"conductor.db"_s);
    {
        SettingsPage page(defaultDb);
        QVERIFY(page.secretsPanel() == nullptr);
        QVERIFY(page.findChild<SecretsPanel *>() == nullptr);
    }
    MemorySecrets store;
    put(store, u"OPENAI_API_KEY"_s, kSentinel);
    put(store, u"OLLAMA_KEY"_s, "o");
    SettingsPage page(defaultDb, &store);
    QVERIFY(page.secretsPanel() != nullptr);
    QCOMPARE(page.findChild<SecretsPanel *>(), page.secretsPanel());
    QSignalSpy listed(page.secretsPanel(), &SecretsPanel::listed);
    page.resize(720, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(listed.count(), 1);
    QCOMPARE(listedNames(*page.secretsPanel()),
             (QStringList{u"OLLAMA_KEY"_s, u"OPENAI_API_KEY"_s}));
    QVERIFY(!visibleTexts().join(u'\n').contains(QLatin1StringView(kSentinel)));
    if (const QString folder = qEnvironmentVariable("CONDUCTOR_SCREENSHOTS"); !folder.isEmpty()) {
        QDir().mkpath(folder);
        const auto settle = [] { QTest::qWait(50); }; // the layout follows a posted request
        settle();
        QVERIFY(page.grab().save(QDir(folder).filePath(u"secrets-panel.png"_s)));
        store.setUnavailable(true, u"the system keychain is locked; unlock it and try again"_s);
        page.secretsPanel()->refresh();
        QVERIFY(page.secretsPanel()->busyIndicator()->isVisible());
        QVERIFY(page.grab().save(QDir(folder).filePath(u"secrets-panel-busy.png"_s)));
        QTRY_VERIFY(!page.secretsPanel()->isBusy());
        settle();
        QVERIFY(page.grab().save(QDir(folder).filePath(u"secrets-panel-locked.png"_s)));
    }
}

QTEST_MAIN(TestSecretsPanel)
#include "tst_secretspanel.moc"
