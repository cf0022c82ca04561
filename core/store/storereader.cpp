// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "storequeries.h"

namespace Conductor {

StoreReader::StoreReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

// The connection closes on the reader's thread: the object is deleted there.
StoreReader::~StoreReader() = default;

StoreQueries &StoreReader::queries()
{
    if (!m_queries) {
        m_queries = std::make_unique<StoreQueries>(m_path);
    }
    return *m_queries;
}

void StoreReader::fetchExecutions(qint64 requestId, const ExecutionPageQuery &query)
{
    Q_EMIT executionsFetched(requestId, queries().executionsPage(query));
}

void StoreReader::fetchSummaries(qint64 requestId, const QStringList &executionIds)
{
    QList<ExecutionSummary> rows;
    for (const QString &id : executionIds) {
        if (std::optional<ExecutionSummary> row = queries().execution(id)) {
            rows.append(*row);
        }
    }
    Q_EMIT summariesFetched(requestId, rows);
}

void StoreReader::fetchChangedSince(qint64 requestId, const QDateTime &after)
{
    // A bounded answer: a burst of thousands is read over the next polls.
    Q_EMIT summariesFetched(requestId, queries().executionsChangedSince(after, 500));
}

void StoreReader::fetchBudgetDay(qint64 requestId, const QString &day)
{
    const std::optional<DayUsage> usage = queries().budgetDay(day);
    Q_EMIT budgetDayFetched(requestId, usage.has_value(), usage.value_or(DayUsage()));
}

void StoreReader::fetchPendingGates(qint64 requestId)
{
    Q_EMIT gatesFetched(requestId, queries().gates(false));
}

ReaderThread::ReaderThread(const QString &databasePath)
{
    qRegisterMetaType<ExecutionPageQuery>();
    qRegisterMetaType<ExecutionPage>();
    qRegisterMetaType<ExecutionSummary>();
    qRegisterMetaType<QList<ExecutionSummary>>();
    qRegisterMetaType<DayUsage>();
    qRegisterMetaType<GateRow>();
    qRegisterMetaType<QList<GateRow>>();
    m_thread.setObjectName(QStringLiteral("conductor-reader"));
    m_reader = new StoreReader(databasePath);
    m_reader->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Conductor
