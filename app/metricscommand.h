// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// conductor metrics: the design document's key metrics over a window of the durable
// history that ends now (or at --until): pipeline success rate, execution time, resource
// efficiency, gate first-approval rate and error recovery rate, with the same per stage
// and per agent, as a table or as JSON. With --series METRIC, one metric's stored samples
// over the window instead (metricseries.h), decimated to --width buckets.

#include <QStringList>

namespace Conductor {

int runMetricsCommand(const QStringList &arguments);

} // namespace Conductor
