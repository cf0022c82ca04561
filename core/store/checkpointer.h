// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Copies the write-ahead log into the database on a thread and connection of its own, so
// that no commit of the store pays for it. SQLite would otherwise checkpoint inside
// whichever commit makes the log pass a thousand pages — tens of milliseconds added to
// that one commit, and to whatever waited on it (a gate's approval resuming its
// execution). A passive checkpoint runs beside the store's writes without blocking them.
// The store's connection turns its own automatic checkpoints off while this runs.
//
// Lives on its thread; start() and its timer run there.

#include <QObject>

#include <chrono>
#include <memory>

class QTimer;

namespace Conductor {

class Database;

class Checkpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Checkpointer)

public:
    Checkpointer(QString databasePath, std::chrono::milliseconds interval);
    ~Checkpointer() override;

public Q_SLOTS:
    // Opens its connection and checkpoints every interval from then on.
    void start();

private:
    void checkpoint();

    QString m_path;
    std::chrono::milliseconds m_interval;
    std::unique_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
};

} // namespace Conductor
