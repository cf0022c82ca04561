// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The routing table, and the routes that create ideas and start pipelines on them.

#include "apiserver.h"
#include "apiserver_p.h"
#include "config/duration.h"
#include "engine/ids.h"
#include "engine/session.h"
#include "store/idearows.h"

#include <QJsonArray>
#include <QSet>

namespace Conductor {

namespace {

// Ids in paths: a segment of letters, digits and _-.: (ids look like exec_0a1b...).
constexpr auto kId = "([A-Za-z0-9_.:-]{1,128})";
// An alert's id: its key (rule, or rule:execution) @ when its condition began to hold.
constexpr auto kAlertId = "([A-Za-z0-9_.:@-]{1,256})";

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"));
}

// Keys of a body that the route does not know, as a 400's message; empty when all are known.
QString unknownKeys(const QJsonObject &object, const QSet<QString> &known)
{
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            unknown.append(it.key());
        }
    }
    return unknown.isEmpty() ? QString()
                             : QStringLiteral("unknown fields: %1").arg(unknown.join(u", "));
}

QJsonObject ideaJson(const IdeaRecord &record, const QStringList &executions)
{
    return QJsonObject{
        {QStringLiteral("ideaId"), record.idea.id},
        {QStringLiteral("title"), record.idea.title},
        {QStringLiteral("description"), record.idea.description},
        {QStringLiteral("metadata"), QJsonObject::fromVariantMap(record.idea.metadata)},
        {QStringLiteral("createdAt"), Api::time(record.createdAt)},
        {QStringLiteral("createdBy"), record.createdBy},
        {QStringLiteral("executions"), QJsonArray::fromStringList(executions)}};
}

} // namespace

void ApiServer::addRoutes()
{
    const QString base = QStringLiteral("/api/conductor");
    const QString id = QString::fromLatin1(kId);
    const auto add = [this](const char *method, const QString &pattern, const QString &name,
                            std::optional<Role> role, void (ApiServer::*handler)(const CallPtr &)) {
        m_routes.append(Route{method, anchored(pattern), name, role, handler});
    };
    add("POST", base + u"/ideas", base + u"/ideas", Role::Operator, &ApiServer::createIdea);
    add("GET", base + u"/ideas/" + id, base + u"/ideas/{ideaId}", Role::Viewer,
        &ApiServer::getIdea);
    add("POST", base + u"/pipeline/start", base + u"/pipeline/start", Role::Operator,
        &ApiServer::startPipeline);
    add("GET", base + u"/executions", base + u"/executions", Role::Viewer,
        &ApiServer::listExecutions);
    add("GET", base + u"/execution/" + id, base + u"/execution/{executionId}", Role::Viewer,
        &ApiServer::getExecution);
    add("GET", base + u"/execution/" + id + u"/usage", base + u"/execution/{executionId}/usage",
        Role::Viewer, &ApiServer::executionUsage);
    add("POST", base + u"/execution/" + id + u"/pause", base + u"/execution/{executionId}/pause",
        Role::Operator, &ApiServer::pauseExecution);
    add("POST", base + u"/execution/" + id + u"/resume", base + u"/execution/{executionId}/resume",
        Role::Operator, &ApiServer::resumeExecution);
    add("POST", base + u"/execution/" + id + u"/cancel", base + u"/execution/{executionId}/cancel",
        Role::Operator, &ApiServer::cancelExecution);
    add("POST", base + u"/execution/" + id + u"/interventions",
        base + u"/execution/{executionId}/interventions", Role::Operator, &ApiServer::intervene);
    add("GET", base + u"/gates", base + u"/gates", Role::Viewer, &ApiServer::listGates);
    add("POST", base + u"/gates/" + id + u"/approve", base + u"/gates/{gateId}/approve",
        Role::Approver, &ApiServer::decideGate);
    add("GET", base + u"/usage", base + u"/usage", Role::Viewer, &ApiServer::usage);
    add("GET", base + u"/alerts", base + u"/alerts", Role::Viewer, &ApiServer::listAlerts);
    add("POST", base + u"/alerts/" + QString::fromLatin1(kAlertId) + u"/acknowledge",
        base + u"/alerts/{alertId}/acknowledge", Role::Operator, &ApiServer::acknowledgeAlert);
    add("GET", base + u"/metrics/series", base + u"/metrics/series", Role::Viewer,
        &ApiServer::metricSeries);
    add("GET", base + u"/health", base + u"/health", std::nullopt, &ApiServer::health);
    add("GET", base + u"/events", base + u"/events", Role::Viewer, &ApiServer::events);
    add("GET", base + u"/openapi.json", base + u"/openapi.json", std::nullopt, &ApiServer::openApi);
    add("GET", QStringLiteral("/metrics"), QStringLiteral("/metrics"), Role::Viewer,
        &ApiServer::metrics);
}

void ApiServer::createIdea(const CallPtr &call)
{
    const std::optional<QJsonObject> body =
        jsonBody(call, {QStringLiteral("id"), QStringLiteral("title"),
                        QStringLiteral("description"), QStringLiteral("metadata")});
    if (!body) {
        return;
    }
    const QJsonValue title = body->value(QStringLiteral("title"));
    const QJsonValue description = body->value(QStringLiteral("description"));
    const QJsonValue metadata = body->value(QStringLiteral("metadata"));
    const QJsonValue id = body->value(QStringLiteral("id"));
    if (!title.isString() || title.toString().trimmed().isEmpty() ||
        title.toString().size() > 200) {
        reply(call,
              Api::badRequest(QStringLiteral("title must be a string of 1 to 200 characters")));
        return;
    }
    if (!description.isUndefined() &&
        (!description.isString() || description.toString().size() > 20'000)) {
        reply(call, Api::badRequest(QStringLiteral(
                        "description must be a string of at most 20000 characters")));
        return;
    }
    if (!metadata.isUndefined() && !metadata.isObject()) {
        reply(call, Api::badRequest(QStringLiteral("metadata must be an object")));
        return;
    }
    static const QRegularExpression idPattern(QStringLiteral("^idea_[A-Za-z0-9_-]{1,64}$"));
    if (!id.isUndefined() && (!id.isString() || !idPattern.match(id.toString()).hasMatch())) {
        reply(call, Api::badRequest(QStringLiteral(
                        "id must be idea_ followed by 1 to 64 letters, digits, _ or -")));
        return;
    }
    const QJsonObject meta = metadata.toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            reply(call,
                  Api::badRequest(QStringLiteral("metadata.%1 must be a string, number or boolean")
                                      .arg(it.key())));
            return;
        }
    }
    IdeaRecord record;
    record.idea.id = id.isString() ? id.toString() : Ids::newIdeaId();
    record.idea.title = title.toString().trimmed();
    record.idea.description = description.toString();
    record.idea.metadata = meta.toVariantMap();
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.createdBy = call->who.subject;
    inStore<ApiAnswer>(
        [record](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            IdeaRows ideas(*queries.database());
            switch (ideas.insert(record)) {
            case IdeaRows::Insertion::Inserted: {
                ApiAnswer answer = ApiAnswer::json(201, ideaJson(record, {}));
                answer.addHeader("Location", "/api/conductor/ideas/" + record.idea.id.toUtf8());
                return answer;
            }
            case IdeaRows::Insertion::Exists:
                return ApiAnswer::error(
                    409, QStringLiteral("idea_exists"),
                    QStringLiteral("an idea with id %1 exists already").arg(record.idea.id));
            case IdeaRows::Insertion::Failed:
                break;
            }
            return Api::storeFailed(ideas.error());
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::getIdea(const CallPtr &call)
{
    const QString id = call->ids.value(0);
    inStore<ApiAnswer>(
        [id](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            IdeaRows ideas(*queries.database());
            const std::optional<IdeaRecord> record = ideas.find(id);
            if (!record) {
                return ideas.error().isEmpty() ? Api::notFound(QStringLiteral("no idea %1").arg(id))
                                               : Api::storeFailed(ideas.error());
            }
            return ApiAnswer::json(200, ideaJson(*record, ideas.executionsOf(id)));
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::startPipeline(const CallPtr &call)
{
    const std::optional<QJsonObject> body = jsonBody(
        call, {QStringLiteral("ideaId"), QStringLiteral("priority"), QStringLiteral("options")});
    if (!body) {
        return;
    }
    const QString ideaId = body->value(QStringLiteral("ideaId")).toString();
    if (!Api::plausibleId(ideaId)) {
        reply(call, Api::badRequest(QStringLiteral("ideaId must name an idea")));
        return;
    }
    StartRequest request;
    const QJsonValue priority = body->value(QStringLiteral("priority"));
    if (!priority.isUndefined()) {
        const std::optional<Priority> p = priorityFromName(priority.toString());
        if (!priority.isString() || !p) {
            reply(call, Api::badRequest(
                            QStringLiteral("priority must be low, normal, high or critical")));
            return;
        }
        request.priority = *p;
    }
    const QJsonValue optionsValue = body->value(QStringLiteral("options"));
    if (!optionsValue.isUndefined() && !optionsValue.isObject()) {
        reply(call, Api::badRequest(QStringLiteral("options must be an object")));
        return;
    }
    const QJsonObject options = optionsValue.toObject();
    if (const QString unknown =
            unknownKeys(options, {QStringLiteral("skipGates"), QStringLiteral("maxCost"),
                                  QStringLiteral("timeout")});
        !unknown.isEmpty()) {
        reply(call, Api::badRequest(QStringLiteral("options: ") + unknown));
        return;
    }
    if (const QJsonValue v = options.value(QStringLiteral("skipGates")); !v.isUndefined()) {
        if (!v.isBool()) {
            reply(call, Api::badRequest(QStringLiteral("options.skipGates must be true or false")));
            return;
        }
        request.options.skipGates = v.toBool();
    }
    if (const QJsonValue v = options.value(QStringLiteral("maxCost")); !v.isUndefined()) {
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1e9) {
            reply(call, Api::badRequest(
                            QStringLiteral("options.maxCost must be a positive number of USD")));
            return;
        }
        request.options.maxCost = Money::fromUsd(v.toDouble());
    }
    if (const QJsonValue v = options.value(QStringLiteral("timeout")); !v.isUndefined()) {
        std::optional<qint64> seconds;
        if (v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 366.0 * 24 * 3600) {
            seconds = static_cast<qint64>(v.toDouble());
        } else if (v.isString()) {
            if (const DurationParse parsed = parseDuration(v.toString());
                parsed.value && parsed.value->count() >= 1000) {
                seconds = parsed.value->count() / 1000;
            }
        }
        if (!seconds) {
            reply(call,
                  Api::badRequest(QStringLiteral(
                      "options.timeout must be a number of seconds (or a duration like 15m)")));
            return;
        }
        request.options.timeoutSeconds = seconds;
    }
    request.options.outputDir = m_options.outputDir;
    request.options.seed = 0; // the pipeline's own
    request.configText = m_session->configurationText();
    request.pipelineText = m_options.pipelineText;
    request.requestedBy = call->who.subject;
    request.requestedRole = roleName(call->who.role);
    inStore<std::optional<IdeaRecord>>(
        [ideaId](StoreQueries &queries) -> std::optional<IdeaRecord> {
            if (!queries.isOpen()) {
                return std::nullopt;
            }
            return IdeaRows(*queries.database()).find(ideaId);
        },
        [this, call, request, ideaId](const std::optional<IdeaRecord> &record) mutable {
            if (!record) {
                reply(call, Api::notFound(QStringLiteral("no idea %1").arg(ideaId)));
                return;
            }
            request.idea = record->idea;
            const QString key = m_session->start(request);
            m_starts.insert(key, [this, call, ideaId](const QString &executionId,
                                                      const QString &refusal) {
                if (executionId.isEmpty()) {
                    reply(call, ApiAnswer::error(409, QStringLiteral("start_refused"), refusal));
                    return;
                }
                ApiAnswer answer = ApiAnswer::json(
                    201, QJsonObject{{QStringLiteral("id"), executionId},
                                     {QStringLiteral("status"), QStringLiteral("pending")},
                                     {QStringLiteral("ideaId"), ideaId}});
                answer.addHeader("Location", "/api/conductor/execution/" + executionId.toUtf8());
                reply(call, answer);
            });
        });
}

} // namespace Conductor
