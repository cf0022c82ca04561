// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Confirms an intervention on an execution — pause, resume, cancel, skip or retry a stage,
// change a stage's retry strategy or agent, or let it spend more — and asks why: every
// intervention is recorded with who and why. It says what the intervention will do,
// checks the operator's role first, and stays open until the engine answers, showing a
// refusal in place.

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Conductor {

class Session;
struct ReviewerCheck;

class InterventionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterventionDialog)

public:
    enum class Kind
    {
        Pause,
        Resume,
        Cancel,
        Skip,
        Retry,
        Strategy,
        Agent,
        Budget
    };
    Q_ENUM(Kind)

    struct Target
    {
        QString executionId;
        QString ideaTitle;
        QStringList stages; // the pipeline's stages, for the stage choice
        QString stage;      // the one chosen first (the graph's selection)
        QStringList agents; // the pipeline's agents, for Agent
    };

    InterventionDialog(Session *session, Kind kind, Target target, QWidget *parent = nullptr);

    // The command's name and what it takes (the same as `conductor intervene`).
    [[nodiscard]] static QString commandName(Kind kind);
    [[nodiscard]] static QString title(Kind kind);
    [[nodiscard]] static bool needsStage(Kind kind);

    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QComboBox *stageBox() const { return m_stage; }
    [[nodiscard]] QComboBox *valueBox() const { return m_value; }
    [[nodiscard]] QDoubleSpinBox *dollarsBox() const { return m_dollars; }
    [[nodiscard]] QSpinBox *tokensBox() const { return m_tokens; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The engine carried it out.
    void applied(const QString &executionId, const QString &what);

private:
    void onReviewer(const QString &key, const Conductor::ReviewerCheck &check);
    void onAnswered(const QString &key, const QString &executionId, const QString &outcome);
    void confirm();
    void updateButton();

    Session *m_session;
    Kind m_kind;
    Target m_target;
    QComboBox *m_stage = nullptr;
    QComboBox *m_value = nullptr;
    QDoubleSpinBox *m_dollars = nullptr;
    QSpinBox *m_tokens = nullptr;
    QLineEdit *m_reason;
    QLabel *m_message;
    QPushButton *m_confirm;
    QString m_reviewerKey;
    QString m_commandKey;
    bool m_allowed = false;
};

} // namespace Conductor
