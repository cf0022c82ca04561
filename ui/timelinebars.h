// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bars of one execution's timeline, built from its events in sequence order: an
// attempt from attempt_started to its success, failure or interruption; the wait before a
// retry; a gate's wait for its decision; a pause; a queue wait. It knows nothing of
// pixels: TimelineView owns one and draws it. Bars still open end at whatever "now" the
// caller gives.

#include "engine/event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace Conductor {

class TimelineBars final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::TimelineBars)

public:
    struct Bar
    {
        QString row;  // a stage id, "gate:" and a gate type, or "execution"
        QString kind; // succeeded, failed, interrupted, running, retry_wait, gate_wait,
                      // paused, queued
        QDateTime start;
        QDateTime end; // an open bar's end is now
        bool open = false;
        QString label; // "#2 ✗ TIMEOUT", "✓ approved", "❚❚ paused"
    };
    struct Item
    {
        Bar bar;
        QString detail; // the tooltip's first lines
    };

    // The row that holds queue waits and pauses, and what starts a gate type's row.
    static inline const QString kExecutionRow = QStringLiteral("execution");
    static inline const QString kGateRowPrefix = QStringLiteral("gate:");

    TimelineBars();

    void clear();
    // The stage rows, in this order; without one, the stages execution_created lists.
    void setStageOrder(const QStringList &stageOrder);
    // Applies the next event; false when it was seen already or is another execution's.
    bool append(const ExecutionEvent &event);

    [[nodiscard]] QList<Bar> bars(const QDateTime &now) const;
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] QDateTime endOf(const Item &item, const QDateTime &now) const;
    // Stages, then gate types in the order they first opened, then the execution.
    [[nodiscard]] const QStringList &rows() const { return m_rows; }
    [[nodiscard]] const QStringList &stageOrder() const { return m_stageOrder; }
    [[nodiscard]] QString rowLabel(const QString &row) const;
    [[nodiscard]] bool hasOpen() const { return !m_open.isEmpty(); }
    [[nodiscard]] const QString &executionId() const { return m_executionId; }
    [[nodiscard]] const QDateTime &createdAt() const { return m_createdAt; }
    [[nodiscard]] const QDateTime &lastEventAt() const { return m_lastEventAt; }
    // When the execution completed, failed or was cancelled; invalid while it runs.
    [[nodiscard]] const QDateTime &endedAt() const { return m_endedAt; }

    // "2.5 s" below ten seconds, else "4 min 10 s".
    [[nodiscard]] static QString span(const QDateTime &start, const QDateTime &end);

private:
    void apply(const ExecutionEvent &event);
    void openBar(const QString &key, Item item);
    // Ends the bar open under `key`, if one is.
    Item *closeBar(const QString &key, const QDateTime &at);
    void ensureRow(const QString &row);

    QString m_executionId;
    QStringList m_stageOrder;
    QHash<QString, QString> m_stageNames; // from the pipeline the execution started with
    QStringList m_rows;
    qsizetype m_gateRows = 0;
    QList<Item> m_items;
    QHash<QString, qsizetype> m_open; // a bar still open: its key -> index in m_items
    qint64 m_lastSeq = 0;
    QDateTime m_createdAt;
    QDateTime m_lastEventAt;
    QDateTime m_endedAt;
};

} // namespace Conductor
