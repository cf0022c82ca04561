// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `conductor --headless`: the core and the REST API with no window. It runs what is
// started through the API and takes over the executions no live process runs, prints
// `listening on http(s)://HOST:PORT` once it listens, and stops cleanly on SIGTERM or
// SIGINT (queued events committed, executions waiting on a person handed back, running
// attempts left to be resumed).

#include <QStringList>

namespace Conductor {

// Whether the arguments ask for the headless server.
[[nodiscard]] bool isHeadless(const QStringList &arguments);
int runHeadless(const QStringList &arguments);

} // namespace Conductor
