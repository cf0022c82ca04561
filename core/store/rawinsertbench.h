// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How fast this machine makes events durable, measured with the store's own code: the
// same Database (WAL, synchronous=FULL, migrations) and the same prepared statements
// (EventWriter) as the EventStore's group commit, without the thread and the signals.
// For the bench program; prints nothing.

#include <QString>

namespace Conductor {

struct RawInsertFigures
{
    qint64 rows = 0;    // events written; 0 if the database could not be used
    qint64 commits = 0; // transactions
    double seconds = 0;
    double rowsPerSecond = 0;
};

// Writes executions × eventsPerExecution events, interleaved across the executions as
// concurrent pipelines write them, batchSize events per transaction. Each transaction
// writes, for every execution it touches, one fenced UPDATE of its executions row (as a
// transition does) and one events row per event with a JSON payload of payloadBytes.
// The executions rows are created first and not timed. The database at dbPath is
// created if need be; rows already there are left alone.
[[nodiscard]] RawInsertFigures measureRawInserts(const QString &dbPath, int executions,
                                                 int eventsPerExecution, int batchSize,
                                                 int payloadBytes);

} // namespace Conductor
