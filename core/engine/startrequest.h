// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What starting an execution takes. The configuration and the pipeline travel as their
// YAML text, which the execution keeps: a later change of the files does not alter it,
// and a process that takes it over reads exactly what it started with.

#include "executionstate.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

namespace Conductor {

struct StartRequest
{
    Idea idea;
    Priority priority = Priority::Normal;
    StartOptions options;
    QByteArray configText;
    QByteArray pipelineText;
    QStringList simOverrides; // --sim KEY=VALUE, applied to the pipeline
    QString requestedBy;
    QString requestedRole; // their role: which gates --approve-gates and skipGates may decide
    // Set by an asker that starts several: Engine::startAnswered() / startChecked() name it.
    QString requestKey;
    // Only the Budget Check: answered by startChecked(), nothing is created.
    bool checkOnly = false;
};

// The Budget Check's answer before a start: what the pipeline is expected to use and what
// today's budgets leave for it.
struct StartCheck
{
    qint64 tokens = 0;
    Money cost;
    QJsonObject perStage; // stage -> {agent, tokens, costMicros, source, samples}
    qint64 tokensLeftToday = 0;
    Money costLeftToday;
    qint64 tokensPerPipeline = 0; // budgets.tokens.perPipeline
    QString refusal;              // why it would be refused, empty when it fits
    bool invalidConfiguration = false;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::StartRequest)
Q_DECLARE_METATYPE(Conductor::StartCheck)
