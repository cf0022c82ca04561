// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Starts a pipeline on an idea: the idea (title, description, metadata such as domain,
// account tier and load estimate), the pipeline, the priority and the start options
// (maxCost, timeout, gates). Before Start it shows the Budget Check's estimate — what the
// pipeline is expected to use, what today's budgets leave, and the refusal a start would
// get — refreshed as the choices change. The dialog stays open until the engine answers:
// a refusal is shown in place and nothing typed is lost.

#include "config/pipeline.h"
#include "engine/startrequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace Conductor {

class Session;
struct ReviewerCheck;

class NewPipelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPipelineDialog)

public:
    // configText: the configuration new executions start with.
    NewPipelineDialog(Session *session, QByteArray configText, QWidget *parent = nullptr);

    // The request the form describes, or nothing with the reason in *problem.
    [[nodiscard]] std::optional<StartRequest> request(QString *problem) const;
    // Chooses a pipeline file instead of the shipped one (the file chooser calls it too);
    // false, with the loader's errors shown, when it is not a valid pipeline.
    bool usePipelineFile(const QString &path);
    // Why `operatorName`, as the database knows them, may not start executions (it takes the
    // role operator); empty when they may. The demo run asks the same.
    [[nodiscard]] static QString startRefusal(const ReviewerCheck &check,
                                              const QString &operatorName);

    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *descriptionEdit() const { return m_description; }
    [[nodiscard]] QComboBox *domainBox() const { return m_domain; }
    [[nodiscard]] QComboBox *tierBox() const { return m_tier; }
    [[nodiscard]] QSpinBox *loadEstimateBox() const { return m_load; }
    [[nodiscard]] QComboBox *priorityBox() const { return m_priority; }
    [[nodiscard]] QCheckBox *limitCostBox() const { return m_limitCost; }
    [[nodiscard]] QDoubleSpinBox *maxCostBox() const { return m_maxCost; }
    [[nodiscard]] QLineEdit *timeoutEdit() const { return m_timeout; }
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    [[nodiscard]] QLabel *estimateLabel() const { return m_estimate; }
    [[nodiscard]] QTableWidget *perStageTable() const { return m_perStage; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    // Whether the last Budget Check for the current choices has come back.
    [[nodiscard]] bool estimateCurrent() const { return m_checkKey.isEmpty() && !m_dirty; }

Q_SIGNALS:
    void started(const QString &executionId);
    // The Budget Check for the current choices came back (for tests).
    void estimateShown();

private:
    QWidget *createIdeaPage();
    QWidget *createRunPage();
    void scheduleCheck();
    void runCheck();
    void onChecked(const QString &key, const Conductor::StartCheck &check);
    void onReviewer(const QString &key, const Conductor::ReviewerCheck &check);
    void onStartAnswered(const QString &key, const QString &executionId, const QString &refusal);
    void startPipeline();
    void choosePipelineFile();
    void updateStartButton();
    void showMessage(const QString &text, bool error);

    Session *m_session;
    QByteArray m_configText;
    QByteArray m_pipelineText;
    QString m_pipelineName;
    QList<StageDefinition> m_stages; // of the chosen pipeline, in its order

    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_domain;
    QComboBox *m_tier;
    QSpinBox *m_load;
    QTableWidget *m_metadata;
    QLabel *m_pipelineLabel;
    QComboBox *m_priority;
    QCheckBox *m_limitCost;
    QDoubleSpinBox *m_maxCost;
    QLineEdit *m_timeout;
    QCheckBox *m_approveGates;
    QLabel *m_estimate;
    QTableWidget *m_perStage;
    QLabel *m_message;
    QPushButton *m_start;
    QDialogButtonBox *m_buttons;
    QTimer *m_checkTimer;

    QString m_checkKey;  // the Budget Check on its way
    bool m_dirty = true; // the choices changed since the last check was asked
    QString m_refusal;   // the last check's refusal
    QString m_startKey;  // the start on its way
    QString m_reviewerKey;
    QString m_role; // the operator's role, once known
    QString m_roleProblem;
};

} // namespace Conductor
