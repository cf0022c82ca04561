// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The configuration editor driven as a person would: typing an invalid value marks its
// line, lists the message and turns Apply off; a valid change turns it on, and Apply asks
// for a reason, writes the file and emits applied(); form edits change only the value's
// text (whole documents compared) and undo restores the original byte for byte; the
// Changes view lists exactly the changed line; an invalid text is saved only after a
// confirmation; the shipped file and the design document's load without a problem.
// CONDUCTOR_CONFIG_SNAPSHOTS=folder writes pictures of the views, light and dark.

#include "config/configloader.h"
#include "configdiffview.h"
#include "configeditor.h"
#include "configform.h"
#include "configtextedit.h"
#include "testsupport.h"
#include "yamlhighlighter.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest/QTest>

using namespace Conductor;

namespace {

QByteArray shipped()
{
    return Test::readAll(Test::sourcePath(QStringLiteral("resources/conductor-agent.yml")));
}

QByteArray replaced(QByteArray text, const char *before, const char *after)
{
    return text.replace(before, after);
}

// The lines of the Changes view that say something was removed or added.
QStringList changeLines(const ConfigEditor &editor)
{
    QStringList lines;
    for (const QString &line : editor.diffView()->text().split(u'\n')) {
        if ((line.startsWith(u'-') || line.startsWith(u'+')) &&
            !line.startsWith(QStringLiteral("---")) && !line.startsWith(QStringLiteral("+++"))) {
            lines.append(line);
        }
    }
    return lines;
}

// Selects the rest of a line from a column, as a person would with Shift+End, and types.
void retype(ConfigEditor &editor, int line, int column, const QString &text)
{
    editor.tabs()->setCurrentWidget(editor.textEdit());
    editor.textEdit()->goTo(line, column);
    QTest::keyClick(editor.textEdit(), Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClicks(editor.textEdit(), text);
}

// Replaces a form field's text and presses Enter.
void typeInField(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QPalette darkPalette()
{
    QPalette p(QColor(0x33, 0x33, 0x33), QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

QPalette lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

} // namespace

class TestConfigEditor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // An editor of a copy of the shipped file, which is also what runs.
    std::unique_ptr<ConfigEditor> shippedEditor()
    {
        Test::writeFile(m_dir, QStringLiteral("conductor-agent.yml"), shipped());
        auto editor = std::make_unique<ConfigEditor>(m_path, shipped());
        editor->resize(1000, 720);
        editor->show();
        editor->activateWindow();
        if (!QTest::qWaitForWindowActive(editor.get())) {
            qWarning("the editor's window did not become active");
        }
        return editor;
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("conductor-agent.yml")); }
    void cleanup() { QFile::remove(m_path); }

    void designDocumentsLoadWithoutProblems_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("shipped") << Test::sourcePath(
            QStringLiteral("resources/conductor-agent.yml"));
        QTest::newRow("design document")
            << Test::dataPath(QStringLiteral("config/design-document.yml"));
        QTest::newRow("with alerts")
            << Test::dataPath(QStringLiteral("config/design-document-with-alerts.yml"));
    }

    void designDocumentsLoadWithoutProblems()
    {
        QFETCH(QString, path);
        ConfigEditor editor(path, shipped());
        QCOMPARE(editor.text(), Test::readAll(path));
        QVERIFY(editor.isValid());
        QVERIFY(editor.problems().isEmpty());
        QCOMPARE(editor.problemList()->count(), 1);
        QCOMPARE(editor.problemList()->item(0)->flags(), Qt::NoItemFlags);
        QVERIFY(editor.statusLabel()->text().contains(QStringLiteral("Valid")));
        QVERIFY(editor.textEdit()->extraSelections().isEmpty());
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.form()->field(QStringLiteral("budgets.cost.dailyBudgetUSD"))->text(),
                 QStringLiteral("500"));
        QCOMPARE(editor.form()->gateList(QStringLiteral("compliance_check"))->currentText(),
                 QStringLiteral("Optional"));
    }

    void startsFromTheRunningTextWithoutAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/folder/conductor-agent.yml"));
        ConfigEditor editor(path, shipped());
        QCOMPARE(editor.text(), shipped());
        QVERIFY(editor.isModified()); // there is no file yet
        QVERIFY(!editor.canApply());  // it is what runs
        QVERIFY(!editor.applyButton()->isEnabled());
        QSignalSpy saved(&editor, &ConfigEditor::saved);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(Test::readAll(path), shipped());
        QVERIFY(!editor.isModified());
    }

    void anInvalidValueIsMarkedAndRefused()
    {
        auto editor = shippedEditor();
        QSignalSpy validated(editor.get(), &ConfigEditor::validated);
        retype(*editor, 14, 12, QStringLiteral("lots")); // "    daily: 1000000"
        QTRY_VERIFY(validated.size() >= 1);
        QVERIFY(!editor->isValid());
        QCOMPARE(editor->problems().size(), 1);
        const Diagnostic problem = editor->problems().constFirst();
        QCOMPARE(problem.line, 14);
        QCOMPARE(problem.column, 12);
        QVERIFY2(problem.message.contains(QStringLiteral("budgets.tokens.daily must be a whole "
                                                         "number")),
                 qPrintable(problem.message));
        QVERIFY(!editor->applyButton()->isEnabled());
        QVERIFY(!editor->canApply());
        QVERIFY(editor->statusLabel()->text().contains(QStringLiteral("Errors: 1")));

        // Listed below with its line and message, and marked on line 14 only.
        QCOMPARE(editor->problemList()->count(), 1);
        const QString listed = editor->problemList()->item(0)->text();
        QVERIFY(listed.startsWith(QStringLiteral("Line 14, column 12: error: ")));
        QVERIFY(listed.contains(problem.message));
        const QList<QTextEdit::ExtraSelection> marks = editor->textEdit()->extraSelections();
        QVERIFY(!marks.isEmpty());
        bool underlined = false;
        for (const QTextEdit::ExtraSelection &mark : marks) {
            QCOMPARE(mark.cursor.block().blockNumber(), 13);
            if (mark.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
                underlined = true;
                QCOMPARE(mark.cursor.selectedText(), QStringLiteral("lots"));
            }
        }
        QVERIFY(underlined);
        QVERIFY(editor->textEdit()->problemsOn(14).contains(problem.message));
        QVERIFY(editor->textEdit()->problemsOn(13).isEmpty());
        // The form shows what the text says, with the problem on the field.
        QLineEdit *daily = editor->form()->field(QStringLiteral("budgets.tokens.daily"));
        QCOMPARE(daily->text(), QStringLiteral("lots"));
        QVERIFY(daily->toolTip().contains(problem.message));
        QCOMPARE(daily->actions().size(), 1); // its ✗
        QVERIFY(
            editor->form()->field(QStringLiteral("budgets.tokens.emergency"))->actions().isEmpty());

        // A click on the problem goes to its line.
        editor->textEdit()->goTo(1, 1);
        editor->tabs()->setCurrentWidget(editor->form());
        const QRect row = editor->problemList()->visualItemRect(editor->problemList()->item(0));
        QTest::mouseClick(editor->problemList()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(editor->tabs()->currentWidget(), editor->textEdit());
        QCOMPARE(editor->textEdit()->textCursor().blockNumber(), 13);
        QCOMPARE(editor->textEdit()->textCursor().positionInBlock(), 11);

        // Apply refuses it even when asked directly: no dialog, nothing written.
        QSignalSpy applied(editor.get(), &ConfigEditor::applied);
        editor->apply();
        QVERIFY(!editor->findChild<QDialog *>(QStringLiteral("applyReasonDialog")));
        QCOMPARE(applied.size(), 0);
        QCOMPARE(Test::readAll(m_path), shipped());
    }

    void aValidChangeIsApplied()
    {
        auto editor = shippedEditor();
        QVERIFY(!editor->applyButton()->isEnabled());
        retype(*editor, 14, 12, QStringLiteral("2000000"));
        QTRY_VERIFY(editor->applyButton()->isEnabled());
        QVERIFY(editor->isValid());
        const QByteArray expected =
            replaced(shipped(), "    daily: 1000000\n", "    daily: 2000000\n");
        QCOMPARE(editor->text(), expected);
        QCOMPARE(changeLines(*editor), (QStringList{QStringLiteral("-    daily: 1000000"),
                                                    QStringLiteral("+    daily: 2000000")}));

        QSignalSpy applied(editor.get(), &ConfigEditor::applied);
        QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
        auto *dialog = editor->findChild<QDialog *>(QStringLiteral("applyReasonDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("applyConfirm"));
        QVERIFY(!ok->isEnabled()); // a reason first
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("applyReason")),
                         QStringLiteral("launch week"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.at(0).at(0).toByteArray(), expected);
        QCOMPARE(applied.at(0).at(1).toString(), QStringLiteral("launch week"));
        QCOMPARE(Test::readAll(m_path), expected);
        QVERIFY(!editor->isModified());

        // The owner runs it: nothing is left to apply.
        editor->setRunningText(expected);
        QVERIFY(!editor->canApply());
        QVERIFY(!editor->applyButton()->isEnabled());
        QVERIFY(editor->diffView()->text().isEmpty());
        QCOMPARE(editor->tabs()->tabText(editor->tabs()->indexOf(editor->diffView())),
                 QStringLiteral("Changes"));

        // Tab indents with spaces, which YAML takes.
        editor->textEdit()->goTo(3, 1);
        QTest::keyClick(editor->textEdit(), Qt::Key_Tab);
        QVERIFY(editor->text().contains("\n    name: conductor\n"));
    }

    void aFormEditChangesOnlyTheValue()
    {
        auto editor = shippedEditor();
        editor->tabs()->setCurrentWidget(editor->form());
        QLineEdit *budget = editor->form()->field(QStringLiteral("budgets.cost.dailyBudgetUSD"));
        QCOMPARE(budget->text(), QStringLiteral("500"));
        typeInField(budget, QStringLiteral("650"));
        const QByteArray expected =
            replaced(shipped(), "    dailyBudgetUSD: 500\n", "    dailyBudgetUSD: 650\n");
        QCOMPARE(editor->text(), expected);
        QVERIFY(editor->isValid());
        QVERIFY(editor->canApply());
        QCOMPARE(changeLines(*editor), (QStringList{QStringLiteral("-    dailyBudgetUSD: 500"),
                                                    QStringLiteral("+    dailyBudgetUSD: 650")}));
        QVERIFY(editor->diffView()->text().contains(QStringLiteral("@@ -18,7 +18,7 @@")));
        QVERIFY(editor->diffView()->summary().contains(QStringLiteral("changed lines: 1")));

        // One undo step brings the original back exactly; redo the edit again.
        QVERIFY(editor->undoButton()->isEnabled());
        QTest::mouseClick(editor->undoButton(), Qt::LeftButton);
        QCOMPARE(editor->text(), shipped());
        QCOMPARE(budget->text(), QStringLiteral("500")); // the form follows the text
        QTest::mouseClick(editor->redoButton(), Qt::LeftButton);
        QCOMPARE(editor->text(), expected);

        // Ctrl+Z in the field, with nothing typed there, undoes the document's edit.
        budget->setFocus();
        QTest::keyClick(budget, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->text(), shipped());
        QTest::keyClick(budget, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->text(), expected);
    }

    void theFormFollowsTheText()
    {
        auto editor = shippedEditor();
        retype(*editor, 22, 24, QStringLiteral("350  # warn early")); // alertThresholdUSD
        QTRY_COMPARE(
            editor->form()->field(QStringLiteral("budgets.cost.alertThresholdUSD"))->text(),
            QStringLiteral("350"));
        // A text that cannot be read turns the form off and says why.
        retype(*editor, 1, 1, QStringLiteral("gates: [broken"));
        QTRY_VERIFY(!editor->form()->field(QStringLiteral("budgets.tokens.daily"))->isEnabled());
        QVERIFY(editor->form()
                    ->findChild<QLabel *>(QStringLiteral("formNotice"))
                    ->text()
                    .contains(QStringLiteral("cannot be read")));
    }

    void aGateTimeoutIsAddedWithItsKeys()
    {
        auto editor = shippedEditor();
        QLineEdit *timeout =
            editor->form()->field(ConfigForm::timeoutPath(QStringLiteral("risk_review")));
        QVERIFY(timeout->text().isEmpty());
        QCOMPARE(timeout->placeholderText(), QStringLiteral("1d (default)"));
        typeInField(timeout, QStringLiteral("12h"));
        const QByteArray expected =
            replaced(shipped(), "    - compliance_check    # For enterprise accounts\n",
                     "    - compliance_check    # For enterprise accounts\n  definitions:\n"
                     "    risk_review:\n      timeout: 12h\n");
        QCOMPARE(editor->text(), expected);
        QVERIFY(editor->isValid());
        QCOMPARE(timeout->text(), QStringLiteral("12h"));
        const LoadResult<Configuration> loaded = ConfigLoader::loadBytes(editor->text(), {});
        QCOMPARE(loaded.value->gates.find(u"risk_review")->timeout,
                 Duration(std::chrono::hours(12)));
        editor->undo();
        QCOMPARE(editor->text(), shipped());
    }

    void aGateMovesBetweenLists()
    {
        auto editor = shippedEditor();
        QComboBox *list = editor->form()->gateList(QStringLiteral("compliance_check"));
        QCOMPARE(list->currentText(), QStringLiteral("Optional"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Up); // Required
        QByteArray expected =
            replaced(shipped(), "    - compliance_check    # For enterprise accounts\n", "");
        expected.replace("    - human_approval      # For regulated domains\n",
                         "    - human_approval      # For regulated domains\n"
                         "    - compliance_check\n");
        QCOMPARE(editor->text(), expected);
        QVERIFY(editor->isValid());
        QCOMPARE(list->currentText(), QStringLiteral("Required"));
        editor->undo(); // both lists at once
        QCOMPARE(editor->text(), shipped());
    }

    void anInvalidTextIsSavedOnlyAfterAsking()
    {
        auto editor = shippedEditor();
        retype(*editor, 14, 12, QStringLiteral("lots"));
        const QByteArray invalid = editor->text();
        for (const QMessageBox::StandardButton answer : {QMessageBox::Cancel, QMessageBox::Save}) {
            // The offscreen platform activates no window when the question closes.
            editor->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(editor.get()));
            editor->textEdit()->setFocus();
            QTest::keyClick(editor->textEdit(), Qt::Key_S, Qt::ControlModifier);
            auto *question =
                editor->findChild<QMessageBox *>(QStringLiteral("saveInvalidConfirmation"));
            QVERIFY(question);
            QTRY_VERIFY(question->isVisible());
            QTest::mouseClick(question->button(answer), Qt::LeftButton);
            QTRY_VERIFY(!editor->findChild<QMessageBox *>());
            QCOMPARE(Test::readAll(m_path), answer == QMessageBox::Save ? invalid : shipped());
        }
        QVERIFY(!editor->applyButton()->isEnabled());
    }

    void revertGoesBackToTheRunningText()
    {
        auto editor = shippedEditor();
        retype(*editor, 14, 12, QStringLiteral("2000000"));
        const QByteArray edited = editor->text();
        QTRY_VERIFY(editor->revertButton()->isEnabled());
        QTest::mouseClick(editor->revertButton(), Qt::LeftButton);
        QCOMPARE(editor->text(), shipped());
        QVERIFY(!editor->canApply());
        editor->undo();
        QCOMPARE(editor->text(), edited);
    }

    void theAuditRecordCarriesTheDiff()
    {
        const QByteArray after =
            replaced(shipped(), "    dailyBudgetUSD: 500\n", "    dailyBudgetUSD: 650\n");
        const AuditRecord r = ConfigEditor::changeRecord(
            m_path, shipped(), after, QStringLiteral("launch"), QStringLiteral("ada"));
        QCOMPARE(r.action, QStringLiteral("config_changed"));
        QCOMPARE(r.subject, m_path);
        QCOMPARE(r.actor, QStringLiteral("ada"));
        QCOMPARE(r.reason, QStringLiteral("launch"));
        QCOMPARE(r.detail.value(QStringLiteral("changedLines")).toInt(), 1);
        const QString diff = r.detail.value(QStringLiteral("diff")).toString();
        QVERIFY(diff.contains(
            QStringLiteral("\n-    dailyBudgetUSD: 500\n+    dailyBudgetUSD: 650\n")));
        QByteArray huge = shipped();
        for (int i = 0; i < 2000; ++i) {
            huge += "# a long comment line that makes the diff longer than its cap " +
                    QByteArray::number(i) + '\n';
        }
        const AuditRecord big = ConfigEditor::changeRecord(m_path, shipped(), huge, {});
        QCOMPARE(big.detail.value(QStringLiteral("linesAdded")).toInt(), 2000);
        QVERIFY(big.detail.value(QStringLiteral("diff")).toString().size() <= 20'000);
    }

    void highlighterColoursTheParts()
    {
        ConfigEditor editor(m_dir.filePath(QStringLiteral("none.yml")),
                            "--- # start\n"
                            "agent:\n"
                            "  name: &who conductor  # a comment\n"
                            "  version: \"2.1.0\"\n"
                            "  priority: 1\n"
                            "alias: *who\n"
                            "text: |\n"
                            "  a block # not a comment\n"
                            "list: [on, 5m, 'x']\n");
        const YamlHighlighter *h = editor.textEdit()->highlighter();
        // The colour at a line (1-based) and character (0-based), and a role's colour.
        const auto at = [&](int line, int character) {
            const QTextBlock block = editor.textEdit()->document()->findBlockByNumber(line - 1);
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                if (character >= r.start && character < r.start + r.length) {
                    return r.format.foreground().color();
                }
            }
            return QColor();
        };
        const auto colour = [&](YamlHighlighter::Role role) {
            return h->format(role).foreground().color();
        };
        QCOMPARE(at(1, 0), colour(YamlHighlighter::Role::Marker));
        QCOMPARE(at(1, 5), colour(YamlHighlighter::Role::Comment));
        QCOMPARE(at(2, 0), colour(YamlHighlighter::Role::Key));
        QCOMPARE(at(3, 8), colour(YamlHighlighter::Role::Anchor));
        QCOMPARE(at(3, 13), colour(YamlHighlighter::Role::Text));
        QCOMPARE(at(3, 25), colour(YamlHighlighter::Role::Comment));
        QCOMPARE(at(4, 11), colour(YamlHighlighter::Role::Text));
        QCOMPARE(at(5, 12), colour(YamlHighlighter::Role::Number));
        QCOMPARE(at(6, 7), colour(YamlHighlighter::Role::Anchor));
        QCOMPARE(at(8, 10), colour(YamlHighlighter::Role::Text)); // "# not a comment"
        QCOMPARE(at(9, 7), colour(YamlHighlighter::Role::Boolean));
        QCOMPARE(at(9, 11), colour(YamlHighlighter::Role::Number));
        QCOMPARE(at(9, 15), colour(YamlHighlighter::Role::Text));
        // Its colours follow the palette.
        const QColor light = colour(YamlHighlighter::Role::Key);
        editor.setPalette(darkPalette());
        QVERIFY(colour(YamlHighlighter::Role::Key) != light);
        QCOMPARE(at(2, 0), colour(YamlHighlighter::Role::Key));
    }

    void snapshots()
    {
        // Pictures of each view to look at (CONDUCTOR_CONFIG_SNAPSHOTS), else in a temporary
        // folder: each grab must give one.
        QTemporaryDir scratch;
        QString folder = qEnvironmentVariable("CONDUCTOR_CONFIG_SNAPSHOTS");
        folder = folder.isEmpty() ? scratch.path() : folder;
        QDir().mkpath(folder);
        for (const bool dark : {false, true}) {
            auto editor = shippedEditor();
            editor->setPalette(dark ? darkPalette() : lightPalette());
            typeInField(editor->form()->field(QStringLiteral("budgets.cost.dailyBudgetUSD")),
                        QStringLiteral("650"));
            retype(*editor, 15, 18, QStringLiteral("lots  # per run"));
            QTRY_VERIFY(!editor->isValid());
            editor->textEdit()->goTo(12, 1);
            const QString name = dark ? QStringLiteral("dark") : QStringLiteral("light");
            for (QWidget *tab : {static_cast<QWidget *>(editor->textEdit()),
                                 static_cast<QWidget *>(editor->form()),
                                 static_cast<QWidget *>(editor->diffView())}) {
                editor->tabs()->setCurrentWidget(tab);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QVERIFY(editor->grab().save(folder + u"/config-" + name + u'-' + tab->objectName() +
                                            u".png"));
            }
        }
    }
};

QTEST_MAIN(TestConfigEditor)
#include "tst_configeditor.moc"
