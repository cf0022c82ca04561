// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thread of its own with a connection of its own to the database, for a part of the app
// that reads and writes now and then and must never wait on the disk on its own thread
// (the REST API, the alert monitor). run() takes the work to do there and what to do with
// its result back on the context's thread; each worker opens its connection the first
// time it is used and closes it on its thread when it goes.

#include "storequeries.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Conductor {

class StoreWorker final
{
public:
    // name: the thread's ("conductor-api").
    StoreWorker(QString databasePath, const QString &name);
    // Waits for the work under way; results not yet delivered are dropped.
    ~StoreWorker();
    Q_DISABLE_COPY_MOVE(StoreWorker)

    // Runs work on the worker's thread, then then(result) on context's thread. The context
    // must outlive the worker (own it): the worker's destructor waits for the work under
    // way, and results posted to a context that goes are dropped with it.
    template<typename Result>
    void run(QObject *context, std::function<Result(StoreQueries &)> work,
             std::function<void(Result)> then)
    {
        Connection *connection = m_connection;
        QMetaObject::invokeMethod(
            connection, [connection, context, work = std::move(work), then = std::move(then)] {
                Result result = work(connection->queries());
                QMetaObject::invokeMethod(
                    context, [then, result = std::move(result)] { then(result); },
                    Qt::QueuedConnection);
            });
    }

private:
    class Connection final : public QObject
    {
    public:
        explicit Connection(QString path)
            : m_path(std::move(path))
        {}
        [[nodiscard]] StoreQueries &queries()
        {
            if (!m_queries) {
                m_queries = std::make_unique<StoreQueries>(m_path);
            }
            return *m_queries;
        }
        void close() { m_queries.reset(); }

    private:
        QString m_path;
        std::unique_ptr<StoreQueries> m_queries;
    };

    QThread m_thread;
    Connection *m_connection; // lives on m_thread
};

} // namespace Conductor
