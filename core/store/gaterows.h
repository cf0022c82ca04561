// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The gates table: one row per gate, kept by the owner in the transaction that writes
// the gate's events, so that listing the pending gates or finding a gate's execution
// never reads the event log. Also fills the table from the events of an older database.

#include "engine/event.h"

#include <QSqlQuery>
#include <QString>

namespace Conductor {

class Database;

class GateRows final
{
public:
    explicit GateRows(Database &database);

    [[nodiscard]] bool prepare();
    // Whether the event changes a gate (opened, decided, escalated).
    [[nodiscard]] static bool concerns(const ExecutionEvent &event);
    // Writes what the event says about its gate; false with error() set.
    bool write(const ExecutionEvent &event);
    [[nodiscard]] const QString &error() const { return m_error; }

    // Migration 2: rows for the gates recorded before the table existed.
    static bool backfill(Database &database, QString *error);

private:
    bool run(QSqlQuery &query);

    Database &m_database;
    QSqlQuery m_open;
    QSqlQuery m_decide;
    QSqlQuery m_escalate;
    QString m_error;
};

} // namespace Conductor
