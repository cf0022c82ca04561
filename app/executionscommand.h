// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor executions: lists executions. conductor intervene: pauses, resumes, cancels,
// skips or retries a stage of one, also while another process runs it.

#include <QStringList>

namespace Conductor {

int runExecutionsCommand(const QStringList &arguments);
int runInterveneCommand(const QStringList &arguments);

} // namespace Conductor
