// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the API's handler files: the database thread's object, the way handlers run
// work there, and small helpers for answers.

#include "apiserver.h"
#include "store/storequeries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaObject>
#include <QObject>

#include <memory>

namespace Conductor {

struct Configuration;
struct ExecutionState;

// The API's own connection to the database, made on its thread when first used.
class ApiDatabase final : public QObject
{
    Q_OBJECT

public:
    explicit ApiDatabase(QString path)
        : m_path(std::move(path))
    {}

    [[nodiscard]] StoreQueries &queries()
    {
        if (!m_queries) {
            m_queries = std::make_unique<StoreQueries>(m_path);
        }
        return *m_queries;
    }
    // Closes the connection on the thread that opened it.
    void close() { m_queries.reset(); }

private:
    QString m_path;
    std::unique_ptr<StoreQueries> m_queries;
};

template<typename Result>
void ApiServer::inStore(std::function<Result(StoreQueries &)> work,
                        std::function<void(Result)> then)
{
    ApiDatabase *database = m_database;
    QMetaObject::invokeMethod(
        database, [this, database, work = std::move(work), then = std::move(then)]() {
            Result result = work(database->queries());
            // The server stops this thread before it goes, so it is alive here; an answer
            // posted to it is dropped if it goes meanwhile.
            QMetaObject::invokeMethod(
                this, [then, result = std::move(result)]() { then(result); }, Qt::QueuedConnection);
        });
}

namespace Api {

// ISO-8601 UTC with milliseconds, or null.
[[nodiscard]] QJsonValue time(const QDateTime &at);
[[nodiscard]] double usd(qint64 micros);
// The state of an execution from its events.
[[nodiscard]] ExecutionState replay(const StoreQueries &queries, const QString &executionId);
// An id in a path or a body: what ids look like, and nothing longer than 128 characters.
[[nodiscard]] bool plausibleId(const QString &id);

[[nodiscard]] ApiAnswer notFound(const QString &what);
[[nodiscard]] ApiAnswer badRequest(const QString &message);
[[nodiscard]] ApiAnswer forbidden(const QString &message);
[[nodiscard]] ApiAnswer storeFailed(const QString &message);

} // namespace Api

} // namespace Conductor
