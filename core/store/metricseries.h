// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Metrics over time, kept in the database (the metric_samples table): what the alert monitor
// measures at each check (error_rate, daily_cost, engine_loop_latency_ms, one execution's
// execution_time...) appended as samples of a metric and a subject ('' for the whole
// installation, an execution's id for the per-execution metrics), read back for charts
// decimated to the width asked, and pruned when older than monitoring.metricsRetentionDays.
//
// Decimation is the database's work: the window is cut into at most `width` buckets of equal
// length and one GROUP BY over the bucket index gives each its minimum, maximum, mean and
// last value, so 30 days of 30-second samples come back as 800 points without their 86,400
// rows crossing into the program. Usage (tokens and dollars per attempt) is not here: it is
// read from the ledger's posted holds (usagehistory.h).
//
// Used on the thread that opened the Database (a StoreWorker's, the StoreReader's).

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Conductor {

class Database;

struct MetricPoint
{
    QString metric;
    QString subject;   // '' for the whole installation
    qint64 timeMs = 0; // since the epoch
    double value = 0.0;
};

// One bucket of a decimated series: the samples with from + index * bucketMs <= time <
// from + (index + 1) * bucketMs.
struct MetricBucket
{
    qint64 startMs = 0;
    qint64 lastMs = 0; // the time of the bucket's last sample
    int count = 0;
    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double last = 0.0; // the value at lastMs (the largest, when samples share that time)
};

struct MetricSeriesData
{
    QString metric;
    QString subject;
    qint64 fromMs = 0; // the window, inclusive
    qint64 toMs = 0;   // exclusive
    qint64 bucketMs = 0;
    QList<MetricBucket> buckets; // only those with samples, oldest first; never more than width
    bool ok = true;              // false when the database could not be read

    // {metric, subject, window {from, to, seconds}, bucketSeconds, points [{time, lastTime,
    // samples, min, max, mean, last}]}: names and ISO 8601 UTC times, never translated, as
    // `conductor metrics --series --json` and the REST API give them.
    [[nodiscard]] QJsonObject toJson() const;
};

class MetricSeries final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::MetricSeries)

public:
    explicit MetricSeries(Database &database);
    Q_DISABLE_COPY_MOVE(MetricSeries)

    struct Appended
    {
        int inserted = 0;
        int merged = 0; // points that went into a sample already there (see append)
    };

    // Writes the points in one transaction. With a merge window, a point meets the sample of
    // its metric and subject already written in (time - mergeWindowMs, time] if there is one
    // (by another process sharing the database, at its check) and keeps the larger of the
    // two values there instead of adding a row: the rows of a series then grow with time
    // only, not with the number of processes writing it. Nothing when it fails (error()).
    [[nodiscard]] std::optional<Appended> append(const QList<MetricPoint> &points,
                                                 qint64 mergeWindowMs = 0);
    // Removes the samples older than the cut; how many, or nothing when it failed.
    [[nodiscard]] std::optional<qint64> prune(const QDateTime &olderThan);
    // At most `width` buckets (at least 1) covering [from, to); an empty or inverted window has
    // none.
    [[nodiscard]] MetricSeriesData query(const QString &metric, const QString &subject,
                                         const QDateTime &from, const QDateTime &to,
                                         int width) const;
    // The metrics and subjects that have samples, "metric" or "metric/subject", sorted.
    [[nodiscard]] QStringList series() const;

    [[nodiscard]] const QString &error() const { return m_error; }

    // The bucket length that cuts [fromMs, toMs) into at most width buckets.
    [[nodiscard]] static qint64 bucketLength(qint64 fromMs, qint64 toMs, int width);

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::MetricSeriesData)
