// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the ledger's posted holds say was used over a window of time: tokens and dollars
// per bucket of time (the asker chooses the bucket's length: a minute over 30 days makes
// 43,200 of them), and the window's totals per stage and per agent; for every execution
// or for one. Read with one range scan of the budget_holds_by_resolved index and summed
// in the caller's thread, which for the desktop app is the StoreReader's, never the GUI's.
// A hold counts when its attempt ended (resolved_at) inside the window.

#include "config/money.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace Conductor {

class Database;

struct UsageQuery
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    qint64 bucketSeconds = 60;
    QString executionId; // one execution's usage; everyone's when empty
    // At most this many buckets (a chart's width): the bucket grows to the smallest whole
    // multiple of bucketSeconds that gives no more, summed while the holds are read. 0: as
    // many as bucketSeconds makes, up to UsageHistory::kMaxBuckets.
    int maxBuckets = 0;
};

// What a stage or an agent used in the window.
struct UsageTotal
{
    QString name;
    qint64 tokens = 0;
    Money cost;
    int attempts = 0; // posted holds: attempts that ended
    friend bool operator==(const UsageTotal &, const UsageTotal &) = default;
};

struct UsageSeries
{
    QDateTime from; // the window as asked, in UTC
    QDateTime to;
    // As used: longer than asked when the window would otherwise need more than
    // UsageQuery::maxBuckets or UsageHistory::kMaxBuckets buckets.
    qint64 bucketSeconds = 0;
    QString executionId;
    // Bucket i covers [from + i * bucketSeconds, from + (i + 1) * bucketSeconds); the last
    // one may reach past `to`.
    QList<qint64> tokens;
    QList<qint64> costMicros;
    QList<UsageTotal> stages; // most tokens first, then by name
    QList<UsageTotal> agents;
    qint64 totalTokens = 0;
    Money totalCost;
    int attempts = 0;
    bool ok = true; // false when the database could not be read

    [[nodiscard]] int bucketCount() const { return static_cast<int>(tokens.size()); }
    [[nodiscard]] QDateTime bucketStart(int index) const
    {
        return from.addSecs(static_cast<qint64>(index) * bucketSeconds);
    }
};

class UsageHistory final
{
public:
    static constexpr qint64 kMaxBuckets = 1'000'000;

    explicit UsageHistory(Database &database);
    Q_DISABLE_COPY_MOVE(UsageHistory)

    // ok is false (and error() says why) when the database could not be read. An empty or
    // inverted window has no buckets.
    [[nodiscard]] UsageSeries series(const UsageQuery &query) const;
    [[nodiscard]] const QString &error() const { return m_error; }

    // Milliseconds since the epoch of a stored time ("2026-03-01T09:00:00.000Z"), read
    // without QDateTime's parser: the scan reads one per posted hold. -1 when it is none.
    [[nodiscard]] static qint64 storedTimeMs(QStringView text);

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::UsageQuery)
Q_DECLARE_METATYPE(Conductor::UsageSeries)
