// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the API's handler files: the database thread's object, the way handlers run
// work there, and small helpers for answers.

#include "apiserver.h"
#include "store/storequeries.h"
#include "store/storeworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaObject>
#include <QObject>

#include <memory>

namespace Conductor {

struct Configuration;
struct PipelineDefinition;
struct ExecutionState;

template<typename Result>
void ApiServer::inStore(std::function<Result(StoreQueries &)> work,
                        std::function<void(Result)> then)
{
    m_store->run<Result>(this, std::move(work), std::move(then));
}

namespace Api {

// ISO-8601 UTC with milliseconds, or null.
[[nodiscard]] QJsonValue time(const QDateTime &at);
[[nodiscard]] double usd(qint64 micros);
// The state of an execution from its events.
[[nodiscard]] ExecutionState replay(const StoreQueries &queries, const QString &executionId);
// The configuration an execution started with (the built-in one when its text cannot be
// read), and the pipeline it started with (none when its text cannot be read).
[[nodiscard]] Configuration configurationOf(const ExecutionState &state);
[[nodiscard]] std::optional<PipelineDefinition> pipelineOf(const ExecutionState &state);
// An id in a path or a body: what ids look like, and nothing longer than 128 characters.
[[nodiscard]] bool plausibleId(const QString &id);

[[nodiscard]] ApiAnswer notFound(const QString &what);
[[nodiscard]] ApiAnswer badRequest(const QString &message);
[[nodiscard]] ApiAnswer forbidden(const QString &message);
[[nodiscard]] ApiAnswer storeFailed(const QString &message);

} // namespace Api

} // namespace Conductor
