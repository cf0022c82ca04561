// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The gate dialog on the offscreen platform, over the gates of a real engine's execution
// (the shipped pipeline with a flagged risk stage opens a risk review and a critical
// human approval; a research overrun opens a budget gate), used as a reviewer would:
// typing notes and conditions, clicking Approve and Reject, Ctrl+Return and Esc. What it
// shows (the reason, the risk finding first), what it hands back (decided(), toArgs(),
// which the engine accepts), who may not decide (a role too low, the starter of the
// execution on a critical gate, a reviewer without a second factor), a gate decided
// elsewhere, and that open() does not block.

#include "enginefixture.h"
#include "gatedialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QtTest/QTest>

#include <memory>

using namespace Conductor;

namespace {

const GateRecord *gateOfType(const ExecutionState &s, QStringView type)
{
    for (const GateRecord &g : s.gates) {
        if (g.type == type) {
            return &g;
        }
    }
    return nullptr;
}

// The dialog's parts, found as a test (or a screen reader) finds them: by name.
struct Parts
{
    explicit Parts(GateDialog &d)
        : notes(d.findChild<QPlainTextEdit *>(QStringLiteral("notes")))
        , conditions(d.findChild<QPlainTextEdit *>(QStringLiteral("conditions")))
        , code(d.findChild<QLineEdit *>(QStringLiteral("code")))
        , grantTokens(d.findChild<QSpinBox *>(QStringLiteral("grantTokens")))
        , grantUsd(d.findChild<QLineEdit *>(QStringLiteral("grantUsd")))
        , approve(d.findChild<QPushButton *>(QStringLiteral("approveButton")))
        , reject(d.findChild<QPushButton *>(QStringLiteral("rejectButton")))
        , close(d.findChild<QPushButton *>(QStringLiteral("closeButton")))
        , reason(d.findChild<QLabel *>(QStringLiteral("reason")))
        , notice(d.findChild<QLabel *>(QStringLiteral("notice")))
        , message(d.findChild<QLabel *>(QStringLiteral("message")))
        , critical(d.findChild<QLabel *>(QStringLiteral("criticalBadge")))
        , findings(d.findChild<QLabel *>(QStringLiteral("findings")))
        , costs(d.findChild<QLabel *>(QStringLiteral("costs")))
        , stages(d.findChild<QListWidget *>(QStringLiteral("stageList")))
        , output(d.findChild<QTextBrowser *>(QStringLiteral("stageOutput")))
    {}

    [[nodiscard]] bool complete() const
    {
        return notes && conditions && code && grantTokens && grantUsd && approve && reject &&
               close && reason && notice && message && critical && findings && costs && stages &&
               output;
    }

    QPlainTextEdit *notes;
    QPlainTextEdit *conditions;
    QLineEdit *code;
    QSpinBox *grantTokens;
    QLineEdit *grantUsd;
    QPushButton *approve;
    QPushButton *reject;
    QPushButton *close;
    QLabel *reason;
    QLabel *notice;
    QLabel *message;
    QLabel *critical;
    QLabel *findings;
    QLabel *costs;
    QListWidget *stages;
    QTextBrowser *output;
};

const Reviewer kAda{QStringLiteral("ada"), Role::Approver, true};

} // namespace

class TestGateDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheReasonAndTheRiskFinding();
    void approveEmitsTheDecisionAndWaitsForTheOutcome();
    void rejectAsksForNotes();
    void keyboardApprovesAndEscapeLeavesThePending();
    void criticalGateNeedsACode();
    void starterMayNotDecideACriticalGate();
    void reviewerWithoutSecondFactorIsToldHowToEnroll();
    void roleTooLowIsReadOnly();
    void gateDecidedElsewhere();
    void budgetGateGrantsWhatTheReviewerSets();
    void cleanupTestCase();

private:
    [[nodiscard]] QString gateId(QStringView type) const
    {
        const GateRecord *g = gateOfType(m_waiting, type);
        return g ? g->id : QString();
    }

    std::unique_ptr<Test::EngineFixture> m_engine;
    QString m_id;
    ExecutionState m_waiting; // both gates pending
};

void TestGateDialog::initTestCase()
{
    qRegisterMetaType<Conductor::GateDecision>();
    m_engine = std::make_unique<Test::EngineFixture>();
    StartRequest r =
        m_engine->request({QStringLiteral("timeScale=0"), QStringLiteral("risk.verdict=flag")});
    r.options.approveGates = false;
    r.idea.metadata.insert(QStringLiteral("domain"), QStringLiteral("logistics"));
    m_id = m_engine->start(r);
    QVERIFY(!m_id.isEmpty());
    QVERIFY(m_engine->runUntil([&] { return m_engine->waiting.contains(m_id); }));
    m_waiting = m_engine->stateOf(m_id);
    QVERIFY(gateOfType(m_waiting, u"risk_review"));
    QVERIFY(gateOfType(m_waiting, u"human_approval"));
    QVERIFY(gateOfType(m_waiting, u"human_approval")->critical);
    QCOMPARE(m_waiting.startedBy, QStringLiteral("tester"));
}

void TestGateDialog::cleanupTestCase()
{
    m_engine.reset();
}

void TestGateDialog::showsTheReasonAndTheRiskFinding()
{
    GateDialog dialog(m_waiting, gateId(u"risk_review"), kAda);
    const Parts p(dialog);
    QVERIFY(p.complete());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("risk review")));
    QVERIFY(dialog.windowTitle().contains(m_waiting.idea.title));
    QCOMPARE(dialog.gateId(), gateId(u"risk_review"));
    QCOMPARE(dialog.executionId(), m_id);
    const GateRecord *gate = gateOfType(m_waiting, u"risk_review");
    QVERIFY(!gate->reason.isEmpty());
    QCOMPARE(p.reason->text(), gate->reason);
    QVERIFY(p.critical->isHidden());
    QVERIFY(!p.code->isVisibleTo(&dialog));
    QVERIFY(!p.grantTokens->isVisibleTo(&dialog));
    // The risk stage's finding, first and in words.
    QVERIFY2(p.findings->text().contains(QStringLiteral("Risk: ⚑ FLAG")),
             qPrintable(p.findings->text()));
    QVERIFY(p.findings->text().contains(QStringLiteral("needs a human look")));
    QVERIFY(p.stages->count() >= 5);
    QVERIFY2(p.stages->item(0)->text().startsWith(QStringLiteral("Risk — ⚑ FLAG")),
             qPrintable(p.stages->item(0)->text()));
    QVERIFY(p.stages->item(0)->font().bold());
    QVERIFY(!p.stages->item(1)->font().bold());
    QVERIFY(p.output->toPlainText().contains(QStringLiteral("needs a human look")));
    // Another stage's output, as Markdown: its heading is not shown as "#".
    p.stages->setCurrentRow(1);
    QVERIFY(!p.output->toPlainText().contains(QStringLiteral("needs a human look")));
    QVERIFY(!p.output->toPlainText().startsWith(u'#'));
    // What it cost so far and is expected to cost.
    QVERIFY2(p.costs->text().contains(QLocale().toString(m_waiting.tokensUsed)),
             qPrintable(p.costs->text()));
    QVERIFY(p.costs->text().contains(u'$' + m_waiting.costAccrued.toString()));
    QVERIFY(p.costs->text().contains(QStringLiteral("Still to run")));
    // Nothing stops ada.
    QVERIFY(p.notice->isHidden());
    QVERIFY(p.approve->isEnabled());
    QVERIFY(p.reject->isEnabled());
}

void TestGateDialog::approveEmitsTheDecisionAndWaitsForTheOutcome()
{
    QWidget window;
    window.show();
    GateDialog dialog(m_waiting, gateId(u"risk_review"), kAda, &window);
    const Parts p(dialog);
    QSignalSpy decided(&dialog, &GateDialog::decided);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.open();
    // open() returned: the test goes on while the dialog shows, modal to its window only.
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.windowModality(), Qt::WindowModal);
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), p.notes);

    QTest::keyClicks(p.notes, QStringLiteral("Risk understood"));
    QTest::keyClicks(p.conditions, QStringLiteral("Legal review first"));
    QTest::keyClick(p.conditions, Qt::Key_Return);
    QTest::keyClick(p.conditions, Qt::Key_Return); // blank lines are no conditions
    QTest::keyClicks(p.conditions, QStringLiteral("  Launch behind a flag "));
    QTest::mouseClick(p.approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    const auto d = decided.first().first().value<GateDecision>();
    QVERIFY(d.approve);
    QCOMPARE(d.executionId, m_id);
    QCOMPARE(d.gateId, gateId(u"risk_review"));
    QCOMPARE(d.notes, QStringLiteral("Risk understood"));
    QCOMPARE(d.conditions, (QStringList{QStringLiteral("Legal review first"),
                                        QStringLiteral("Launch behind a flag")}));
    QVERIFY(d.code.isEmpty());
    QVERIFY(!d.grantTokens && !d.grantUsd);
    const QJsonObject args = d.toArgs();
    QCOMPARE(args.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));
    QCOMPARE(args.value(QStringLiteral("gateId")).toString(), d.gateId);
    QCOMPARE(args.value(QStringLiteral("notes")).toString(), d.notes);
    QCOMPARE(args.value(QStringLiteral("conditions")).toArray().size(), 2);
    QVERIFY(!args.contains(QStringLiteral("grantTokens")));
    QVERIFY(!args.contains(QStringLiteral("grantMicros")));

    // Waiting for the outcome: nothing can be changed or sent twice.
    QVERIFY(dialog.isVisible());
    QVERIFY(!p.notes->isEnabled());
    QVERIFY(!p.conditions->isEnabled());
    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.reject->isEnabled());
    QVERIFY(p.message->isVisible());
    QCOMPARE(p.message->text(), QStringLiteral("Submitting…"));
    QTest::mouseClick(p.approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);

    // Refused: the reason shows, and the reviewer may try again.
    dialog.setOutcome(false, QStringLiteral("conflict: the engine is busy"));
    QVERIFY(dialog.isVisible());
    QVERIFY(p.message->text().contains(QStringLiteral("conflict: the engine is busy")));
    QVERIFY(p.notes->isEnabled());
    QVERIFY(p.approve->isEnabled());
    QCOMPARE(p.notes->toPlainText(), QStringLiteral("Risk understood")); // kept
    QTRY_COMPARE(QApplication::focusWidget(), p.notes);
    QTest::mouseClick(p.approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 2);

    // Accepted: it closes.
    dialog.setOutcome(true, {});
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(finished.size(), 1);
}

void TestGateDialog::rejectAsksForNotes()
{
    GateDialog dialog(m_waiting, gateId(u"risk_review"), kAda);
    const Parts p(dialog);
    QSignalSpy decided(&dialog, &GateDialog::decided);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(p.reject->isEnabled());
    QTest::mouseClick(p.reject, Qt::LeftButton);
    QCOMPARE(decided.size(), 0);
    QVERIFY(p.message->isVisible());
    QVERIFY2(p.message->text().contains(QStringLiteral("notes")), qPrintable(p.message->text()));
    QTRY_COMPARE(QApplication::focusWidget(), p.notes);
    QVERIFY(p.notes->isEnabled()); // still waiting for the note, not submitting

    QTest::keyClicks(p.notes, QStringLiteral("Too risky for now"));
    QVERIFY(p.message->isHidden()); // the note asked for is there
    QTest::mouseClick(p.reject, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    const auto d = decided.first().first().value<GateDecision>();
    QVERIFY(!d.approve);
    QCOMPARE(d.notes, QStringLiteral("Too risky for now"));
    QCOMPARE(d.toArgs().value(QStringLiteral("decision")).toString(), QStringLiteral("rejected"));
}

void TestGateDialog::keyboardApprovesAndEscapeLeavesThePending()
{
    {
        GateDialog dialog(m_waiting, gateId(u"risk_review"), kAda);
        const Parts p(dialog);
        QSignalSpy decided(&dialog, &GateDialog::decided);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), p.notes);
        QTest::keyClicks(p.notes, QStringLiteral("ok"));
        QTest::keyClick(p.notes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QVERIFY(decided.first().first().value<GateDecision>().approve);
        QCOMPARE(p.notes->toPlainText(), QStringLiteral("ok")); // no new line typed
        // Tab goes on from the notes to the conditions.
        dialog.setOutcome(false, QStringLiteral("try again"));
        QTRY_COMPARE(QApplication::focusWidget(), p.notes);
        QTest::keyClick(p.notes, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), p.conditions);
        // Alt+R is Reject's mnemonic; without notes it asks for them.
        p.notes->clear();
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(p.message->text().contains(QStringLiteral("notes"))); // an animated click
        QCOMPARE(decided.size(), 1);
    }
    {
        GateDialog dialog(m_waiting, gateId(u"risk_review"), kAda);
        QSignalSpy decided(&dialog, &GateDialog::decided);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(decided.size(), 0);
    }
}

void TestGateDialog::criticalGateNeedsACode()
{
    const Reviewer carol{QStringLiteral("carol"), Role::Approver, true};
    GateDialog dialog(m_waiting, gateId(u"human_approval"), carol);
    const Parts p(dialog);
    QSignalSpy decided(&dialog, &GateDialog::decided);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(p.critical->isVisible());
    QVERIFY(p.critical->text().contains(QStringLiteral("CRITICAL")));
    QVERIFY(p.code->isVisible());
    QCOMPARE(p.code->echoMode(), QLineEdit::Normal);
    QVERIFY(p.code->inputMethodHints() & Qt::ImhDigitsOnly);
    QTRY_COMPARE(QApplication::focusWidget(), p.code); // the first thing to type
    QVERIFY(p.notice->isHidden());

    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.reject->isEnabled());
    QTest::keyClicks(p.code, QStringLiteral("12a345"));
    QCOMPARE(p.code->text(), QStringLiteral("12345")); // digits only
    QVERIFY(!p.approve->isEnabled());
    QTest::keyClicks(p.code, QStringLiteral("6"));
    QVERIFY(p.approve->isEnabled());
    QVERIFY(p.reject->isEnabled());
    QTest::keyClicks(p.code, QStringLiteral("789"));
    QCOMPARE(p.code->text(), QStringLiteral("12345678")); // eight at most

    QTest::keyClicks(p.notes, QStringLiteral("Reviewed with legal"));
    QTest::mouseClick(p.approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    const auto d = decided.first().first().value<GateDecision>();
    QCOMPARE(d.code, QStringLiteral("12345678"));
    QVERIFY(!d.toArgs().contains(QStringLiteral("code"))); // the caller checks it
    QVERIFY(!QJsonDocument(d.toArgs()).toJson().contains("12345678"));

    // A wrong code: said, the field emptied and focused for the next one.
    dialog.setOutcome(false, QStringLiteral("the code is wrong or was used already"));
    QVERIFY(p.message->text().contains(QStringLiteral("the code is wrong")));
    QVERIFY(p.code->text().isEmpty());
    QVERIFY(!p.approve->isEnabled());
    QTRY_COMPARE(QApplication::focusWidget(), p.code);
}

void TestGateDialog::starterMayNotDecideACriticalGate()
{
    const Reviewer starter{m_waiting.startedBy, Role::Admin, true};
    GateDialog dialog(m_waiting, gateId(u"human_approval"), starter);
    const Parts p(dialog);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(p.notice->isVisible());
    QVERIFY2(p.notice->text().contains(QStringLiteral("four-eyes")), qPrintable(p.notice->text()));
    QVERIFY(!p.code->isEnabled());
    QVERIFY(!p.notes->isEnabled());
    QTest::keyClicks(p.code, QStringLiteral("123456"));
    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.reject->isEnabled());
    QVERIFY(p.close->isEnabled());
    // The same admin may decide an ordinary gate of their own execution.
    GateDialog risk(m_waiting, gateId(u"risk_review"), starter);
    QVERIFY(Parts(risk).approve->isEnabled());
}

void TestGateDialog::reviewerWithoutSecondFactorIsToldHowToEnroll()
{
    const Reviewer dave{QStringLiteral("dave"), Role::Approver, false};
    GateDialog dialog(m_waiting, gateId(u"human_approval"), dave);
    const Parts p(dialog);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(p.notice->text().contains(QStringLiteral("conductor users enroll-totp dave")),
             qPrintable(p.notice->text()));
    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.code->isEnabled());
}

void TestGateDialog::roleTooLowIsReadOnly()
{
    const Reviewer olga{QStringLiteral("olga"), Role::Operator, true};
    GateDialog dialog(m_waiting, gateId(u"risk_review"), olga);
    const Parts p(dialog);
    QSignalSpy decided(&dialog, &GateDialog::decided);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(p.notice->isVisible());
    QVERIFY2(p.notice->text().contains(QStringLiteral("approver")), qPrintable(p.notice->text()));
    QVERIFY(p.notice->text().contains(QStringLiteral("operator")));
    QVERIFY(!p.notes->isEnabled());
    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.reject->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(decided.size(), 0);
    // What the gate is about is still there to read.
    QVERIFY(p.stages->count() > 0);
    QVERIFY(!p.output->toPlainText().isEmpty());
}

void TestGateDialog::gateDecidedElsewhere()
{
    const QString riskGate = gateId(u"risk_review");
    const Reviewer bob{QStringLiteral("bob"), Role::Approver, true};
    GateDialog dialog(m_waiting, riskGate, bob);
    const Parts p(dialog);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(p.notes, QStringLiteral("looking"));
    QVERIFY(p.approve->isEnabled());

    // Ada decides in her own dialog; its args, with her role, are what the engine takes.
    GateDialog other(m_waiting, riskGate, kAda);
    QSignalSpy decided(&other, &GateDialog::decided);
    QTest::keyClicks(Parts(other).notes, QStringLiteral("fine by me"));
    QTest::mouseClick(Parts(other).approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    QJsonObject args = decided.first().first().value<GateDecision>().toArgs();
    args.insert(QStringLiteral("role"), roleName(kAda.role));
    QCOMPARE(m_engine->command(m_id, QStringLiteral("decide"), args, kAda.name, {}),
             QStringLiteral("done"));
    m_engine->settle();
    const ExecutionState now = m_engine->stateOf(m_id);
    QCOMPARE(gateOfType(now, u"risk_review")->status, QStringLiteral("approved"));
    QCOMPARE(gateOfType(now, u"risk_review")->notes, QStringLiteral("fine by me"));

    dialog.updateState(now);
    QVERIFY(p.notice->isVisible());
    QVERIFY2(p.notice->text().contains(QStringLiteral("approved by ada")),
             qPrintable(p.notice->text()));
    QVERIFY(!p.approve->isEnabled());
    QVERIFY(!p.reject->isEnabled());
    QVERIFY(!p.notes->isEnabled());
    QVERIFY(dialog.isVisible()); // bob reads it, then closes
}

void TestGateDialog::budgetGateGrantsWhatTheReviewerSets()
{
    // As in tst_budget: research overruns its hold and the execution's $3.40 runs out
    // before the end.
    Test::EngineFixture f;
    const QString id = f.startOverrunningResearch();
    QVERIFY2(!id.isEmpty(), qPrintable(f.lastRefusal));
    const ExecutionState state = f.stateOf(id);
    const GateRecord *gate = state.pendingBudgetGate();
    QVERIFY(gate);
    QCOMPARE(gate->type, budgetGateType());
    const qint64 defaultTokens = gate->context.value(QStringLiteral("grantTokens")).toInteger();
    const Money defaultUsd =
        Money::fromMicros(gate->context.value(QStringLiteral("grantMicros")).toInteger());
    QVERIFY(defaultUsd.micros > 0);

    GateDialog dialog(state, gate->id, kAda);
    const Parts p(dialog);
    QSignalSpy decided(&dialog, &GateDialog::decided);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("budget")));
    QVERIFY(p.grantTokens->isVisible());
    QVERIFY(p.grantUsd->isVisible());
    QCOMPARE(p.grantTokens->value(), defaultTokens);
    QCOMPARE(p.grantUsd->text(), defaultUsd.toString());
    QVERIFY(p.costs->text().contains(QStringLiteral("$3.40 for this execution")));

    // The reviewer grants less than the default: 5,000 tokens and $1.25.
    p.grantTokens->selectAll();
    QTest::keyClicks(p.grantTokens, QStringLiteral("5000"));
    QCOMPARE(p.grantTokens->value(), 5000);
    p.grantUsd->selectAll();
    QTest::keyClicks(p.grantUsd, QStringLiteral("1.2x5"));
    QCOMPARE(p.grantUsd->text(), QStringLiteral("1.25"));
    QTest::mouseClick(p.approve, Qt::LeftButton);
    QCOMPARE(decided.size(), 1);
    const auto d = decided.first().first().value<GateDecision>();
    QCOMPARE(d.grantTokens, std::optional<qint64>(5000));
    QCOMPARE(d.grantUsd, std::optional<Money>(Money::fromMicros(1'250'000)));
    QJsonObject args = d.toArgs();
    QCOMPARE(args.value(QStringLiteral("grantTokens")).toInteger(), 5000);
    QCOMPARE(args.value(QStringLiteral("grantMicros")).toInteger(), 1'250'000);

    // The engine grants exactly that.
    args.insert(QStringLiteral("role"), QStringLiteral("approver"));
    QCOMPARE(f.command(id, QStringLiteral("decide"), args, kAda.name, {}), QStringLiteral("done"));
    f.settle();
    const ExecutionState granted = f.stateOf(id);
    QCOMPARE(granted.budgetOverride, Money::fromMicros(1'250'000));
    QCOMPARE(granted.emergencyGranted, 5000);
    dialog.setOutcome(true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestGateDialog)
#include "tst_gatedialog.moc"
