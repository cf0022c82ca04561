// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricseries.h"

#include "database.h"
#include "logging/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Conductor {

namespace {

QString seriesKey(const QString &metric, const QString &subject)
{
    return metric + QChar(0) + subject;
}

} // namespace

MetricSeries::MetricSeries(Database &database)
    : m_database(database)
{}

qint64 MetricSeries::bucketLength(qint64 fromMs, qint64 toMs, int width)
{
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    const qint64 buckets = std::max(1, width);
    return std::max<qint64>(1, (span + buckets - 1) / buckets);
}

std::optional<MetricSeries::Appended> MetricSeries::append(const QList<MetricPoint> &points,
                                                           qint64 mergeWindowMs)
{
    m_error.clear();
    Appended out;
    if (points.isEmpty()) {
        return out;
    }
    if (!m_database.beginWrite()) {
        m_error = m_database.lastError();
        return std::nullopt;
    }
    const auto fail = [this](const QSqlQuery &q) {
        m_error = queryError(q);
        m_database.rollback();
        qCWarning(lcStore).noquote() << "writing metric samples:" << m_error;
        return std::nullopt;
    };

    // What others wrote in the merge window, by series: its latest sample's time and value.
    QHash<QString, std::pair<qint64, double>> existing;
    if (mergeWindowMs > 0) {
        const auto [lo, hi] = std::minmax_element(
            points.cbegin(), points.cend(),
            [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; });
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT metric, subject, time_ms, value FROM metric_samples"
                                 " WHERE time_ms > ? AND time_ms <= ?"));
        q.addBindValue(lo->timeMs - mergeWindowMs);
        q.addBindValue(hi->timeMs);
        if (!q.exec()) {
            return fail(q);
        }
        while (q.next()) {
            const QString key = seriesKey(q.value(0).toString(), q.value(1).toString());
            const qint64 at = q.value(2).toLongLong();
            auto it = existing.find(key);
            if (it == existing.end() || it->first < at) {
                existing.insert(key, {at, q.value(3).toDouble()});
            }
        }
    }

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO metric_samples (metric, subject, time_ms, value) VALUES (?, ?, ?, ?)"));
    QSqlQuery raise(m_database.connection());
    raise.prepare(QStringLiteral("UPDATE metric_samples SET value = ?"
                                 " WHERE metric = ? AND subject = ? AND time_ms = ?"));
    for (const MetricPoint &p : points) {
        const QString key = seriesKey(p.metric, p.subject);
        const auto it = existing.constFind(key);
        if (it != existing.cend() && it->first > p.timeMs - mergeWindowMs &&
            it->first <= p.timeMs) {
            ++out.merged;
            if (p.value > it->second) {
                raise.bindValue(0, p.value);
                raise.bindValue(1, p.metric);
                raise.bindValue(2, storedText(p.subject));
                raise.bindValue(3, it->first);
                if (!raise.exec()) {
                    return fail(raise);
                }
            }
            continue;
        }
        insert.bindValue(0, p.metric);
        insert.bindValue(1, storedText(p.subject));
        insert.bindValue(2, p.timeMs);
        insert.bindValue(3, p.value);
        if (!insert.exec()) {
            return fail(insert);
        }
        ++out.inserted;
    }
    if (!m_database.commit()) {
        m_error = m_database.lastError();
        m_database.rollback();
        return std::nullopt;
    }
    return out;
}

std::optional<qint64> MetricSeries::prune(const QDateTime &olderThan)
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM metric_samples WHERE time_ms < ?"));
    q.addBindValue(olderThan.toMSecsSinceEpoch());
    if (!q.exec()) {
        m_error = queryError(q);
        qCWarning(lcStore).noquote() << "pruning metric samples:" << m_error;
        return std::nullopt;
    }
    return q.numRowsAffected();
}

MetricSeriesData MetricSeries::query(const QString &metric, const QString &subject,
                                     const QDateTime &from, const QDateTime &to, int width) const
{
    m_error.clear();
    MetricSeriesData s;
    s.metric = metric;
    s.subject = subject;
    if (!from.isValid() || !to.isValid() || to <= from) {
        return s;
    }
    s.fromMs = from.toMSecsSinceEpoch();
    s.toMs = to.toMSecsSinceEpoch();
    s.bucketMs = bucketLength(s.fromMs, s.toMs, width);

    // The buckets' figures from one range of metric_samples_by_series, then each bucket's
    // last value from one lookup of the same index at its last time. Integer division of
    // BIGINTs truncates in SQLite and PostgreSQL alike, and the offsets are never negative;
    // both group by an output column's name.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT b.bucket, b.n, b.lo, b.hi, b.mean, b.last_at, MAX(s.value)"
        " FROM (SELECT (time_ms - ?) / ? AS bucket, COUNT(*) AS n, MIN(value) AS lo,"
        "  MAX(value) AS hi, AVG(value) AS mean, MAX(time_ms) AS last_at"
        "  FROM metric_samples WHERE metric = ? AND subject = ? AND time_ms >= ? AND time_ms < ?"
        "  GROUP BY bucket) b"
        " JOIN metric_samples s ON s.metric = ? AND s.subject = ? AND s.time_ms = b.last_at"
        " GROUP BY b.bucket, b.n, b.lo, b.hi, b.mean, b.last_at"
        " ORDER BY b.bucket"));
    const QString storedSubject = storedText(subject);
    for (const QVariant &v :
         {QVariant(s.fromMs), QVariant(s.bucketMs), QVariant(metric), QVariant(storedSubject),
          QVariant(s.fromMs), QVariant(s.toMs), QVariant(metric), QVariant(storedSubject)}) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        m_error = queryError(q);
        qCWarning(lcStore).noquote() << "reading the metric series" << metric << ":" << m_error;
        s.ok = false;
        return s;
    }
    while (q.next()) {
        MetricBucket b;
        b.startMs = s.fromMs + q.value(0).toLongLong() * s.bucketMs;
        b.count = q.value(1).toInt();
        b.min = q.value(2).toDouble();
        b.max = q.value(3).toDouble();
        b.mean = q.value(4).toDouble();
        b.lastMs = q.value(5).toLongLong();
        b.last = q.value(6).toDouble();
        s.buckets.append(b);
    }
    return s;
}

QStringList MetricSeries::series() const
{
    m_error.clear();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT metric, subject FROM metric_samples"
                               " ORDER BY metric, subject"))) {
        m_error = queryError(q);
        return {};
    }
    QStringList names;
    while (q.next()) {
        const QString subject = q.value(1).toString();
        names.append(subject.isEmpty() ? q.value(0).toString()
                                       : q.value(0).toString() + u'/' + subject);
    }
    return names;
}

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject MetricSeriesData::toJson() const
{
    const MetricSeriesData &s = *this;
    QJsonArray points;
    for (const MetricBucket &b : s.buckets) {
        points.append(QJsonObject{
            {QStringLiteral("time"), isoUtc(QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC))},
            {QStringLiteral("lastTime"), isoUtc(QDateTime::fromMSecsSinceEpoch(b.lastMs, Qt::UTC))},
            {QStringLiteral("samples"), b.count},
            {QStringLiteral("min"), b.min},
            {QStringLiteral("max"), b.max},
            {QStringLiteral("mean"), b.mean},
            {QStringLiteral("last"), b.last}});
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(s.fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(s.toMs, Qt::UTC);
    return QJsonObject{
        {QStringLiteral("metric"), s.metric},
        {QStringLiteral("subject"), s.subject},
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("from"), isoUtc(from)},
                     {QStringLiteral("to"), isoUtc(to)},
                     {QStringLiteral("seconds"), double(s.toMs - s.fromMs) / 1000.0}}},
        {QStringLiteral("bucketSeconds"), double(s.bucketMs) / 1000.0},
        {QStringLiteral("points"), points}};
}

} // namespace Conductor
