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
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::StartRequest)
