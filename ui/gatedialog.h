// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The window-modal dialog in which a reviewer decides one gate of one execution: what the
// gate is and why it opened, the idea, the stages' verdicts and outputs (risk findings
// first), what the execution cost so far and is expected to cost, and for a budget gate
// what approving grants. It says before anyone tries whether this reviewer may decide
// (role, the four-eyes rule and the second factor of critical gates) and stays live
// through updateState(). It decides nothing itself: decided() hands the decision to the
// caller, who checks the code, submits the engine's `decide` command and answers with
// setOutcome(). The caller owns it and shows it with open(), never exec().

#include "config/money.h"
#include "engine/executionstate.h"
#include "gatefacts.h"
#include "security/roles.h"

#include <QDialog>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace Conductor {

struct Reviewer
{
    QString name;
    Role role = Role::Viewer;
    bool totpEnrolled = false;
};

struct GateDecision
{
    QString executionId;
    QString gateId;
    bool approve = false;
    QString notes;
    QStringList conditions;
    QString code; // the TOTP code a critical gate needs; never part of toArgs()
    std::optional<qint64> grantTokens;
    std::optional<Money> grantUsd;

    // The engine's `decide` command's args: gateId, decision (approved|rejected), notes,
    // conditions[], and grantTokens / grantMicros when set. The caller adds role and
    // secondFactor once it has verified them.
    [[nodiscard]] QJsonObject toArgs() const;
};

class GateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateDialog)

public:
    GateDialog(const ExecutionState &state, const QString &gateId, const Reviewer &reviewer,
               QWidget *parent = nullptr);
    ~GateDialog() override;

    // The execution changed: costs move; a gate no longer pending (decided elsewhere,
    // expired) or an execution that ended is said, with by whom, and deciding stops.
    void updateState(const ExecutionState &state);
    // The answer to decided(): accepted closes the dialog (accept()); refused shows the
    // message, clears the code and lets the reviewer try again.
    void setOutcome(bool accepted, const QString &message = {});

    [[nodiscard]] QString gateId() const { return m_gateId; }
    [[nodiscard]] QString executionId() const { return m_executionId; }

Q_SIGNALS:
    // The reviewer approved or rejected; the dialog waits, inputs disabled, for setOutcome().
    void decided(const Conductor::GateDecision &decision);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createOverview();
    QWidget *createStages();
    QWidget *createDecisionArea();
    void setUpKeyboard();

    void refresh();
    void refreshHeader();
    void refreshOverview();
    void refreshStages();
    void refreshFacts(); // the deadline moves every second
    // Why this reviewer may not decide now, or empty when they may.
    [[nodiscard]] QString refusal() const;
    void updateButtons();
    void submit(bool approve);
    void showError(const QString &message);
    [[nodiscard]] const GateRecord *gate() const;
    [[nodiscard]] bool isBudgetGate() const;
    // The dollars typed into the grant field, with the locale's decimal sign.
    [[nodiscard]] std::optional<Money> grantedUsd() const;
    [[nodiscard]] bool isCritical() const;

    ExecutionState m_state;
    QString m_gateId;
    QString m_executionId;
    Reviewer m_reviewer;
    GateFacts::Names m_names; // read once, from the texts the execution started with
    QList<GateFacts::StageEntry> m_stageEntries; // as the list shows them
    bool m_submitting = false;
    bool m_shownOnce = false;

    QLabel *m_title = nullptr;
    QLabel *m_critical = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_facts = nullptr; // role, deadline, timeout
    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_findings = nullptr;
    QLabel *m_idea = nullptr;
    QLabel *m_costs = nullptr;
    QLabel *m_budgetGate = nullptr;
    QWidget *m_budgetBox = nullptr;
    QListWidget *m_stageList = nullptr;
    QTextBrowser *m_output = nullptr;
    QSpinBox *m_grantTokens = nullptr;
    QLineEdit *m_grantUsd = nullptr;
    QWidget *m_grantRow = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QWidget *m_codeRow = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::GateDecision)
