// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST API's monitoring routes: the alert rules' alerts (listed, and acknowledged by
// an operator under the token's subject, as `conductor alerts --acknowledge` does) and the
// stored metric series, decimated to the width a chart asks for (as `conductor metrics
// --series`).

#include "apiserver.h"
#include "apiserver_p.h"
#include "config/alertcondition.h"
#include "config/duration.h"
#include "engine/session.h"
#include "monitor/alertmonitor.h"
#include "store/alertrows.h"
#include "store/metricseries.h"
#include "store/storequeries.h"

#include <QJsonArray>

namespace Conductor {

namespace {

constexpr int kDefaultWidth = 60;
constexpr int kMaxWidth = 10'000;

} // namespace

void ApiServer::listAlerts(const CallPtr &call)
{
    const QString allText = call->query.queryItemValue(QStringLiteral("all"));
    if (!allText.isEmpty() && allText != u"true" && allText != u"false") {
        reply(call, Api::badRequest(QStringLiteral("all must be true or false")));
        return;
    }
    const bool all = allText == u"true";
    inStore<ApiAnswer>(
        [all](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            const AlertRows rows(*queries.database());
            const QList<AlertRecord> alerts = rows.list(all);
            if (!rows.error().isEmpty()) {
                return Api::storeFailed(rows.error());
            }
            QJsonArray array;
            for (const AlertRecord &a : alerts) {
                array.append(a.toJson());
            }
            return ApiAnswer::json(200, QJsonObject{{QStringLiteral("alerts"), array}});
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::acknowledgeAlert(const CallPtr &call)
{
    if (!jsonBody(call, {}, true)) {
        return;
    }
    const QString id = call->ids.value(0);
    using Outcome = AlertMonitor::Acknowledgement::Outcome;
    const auto answer = [this, call, id](const AlertMonitor::Acknowledgement &result) {
        switch (result.outcome) {
        case Outcome::Acknowledged:
            reply(call,
                  ApiAnswer::json(200, result.alert ? result.alert->toJson()
                                                    : QJsonObject{{QStringLiteral("id"), id}}));
            return;
        case Outcome::NotFound:
            reply(call, Api::notFound(QStringLiteral("no alert %1").arg(id)));
            return;
        case Outcome::NotFiring:
            reply(call, ApiAnswer::error(409, QStringLiteral("conflict"),
                                         QStringLiteral("alert %1 is %2, not firing")
                                             .arg(id, alertStateName(result.alert->state))));
            return;
        case Outcome::Failed:
            reply(call, Api::storeFailed(result.error));
            return;
        }
    };
    if (AlertMonitor *monitor = m_session->alerts()) {
        // Through the session's monitor, so its listeners (the notifiers, a window) hear of it.
        monitor->acknowledge(id, call->who.subject, answer);
        return;
    }
    const QString by = call->who.subject;
    inStore<AlertMonitor::Acknowledgement>(
        [id, by](StoreQueries &queries) {
            return AlertMonitor::acknowledgeIn(queries, id, by, QDateTime::currentDateTimeUtc());
        },
        answer);
}

void ApiServer::metricSeries(const CallPtr &call)
{
    const QUrlQuery &q = call->query;
    const QString metric = q.queryItemValue(QStringLiteral("metric"));
    if (!AlertCondition::metrics().contains(metric)) {
        reply(call, Api::badRequest(QStringLiteral("metric must be one of: %1")
                                        .arg(AlertCondition::metrics().join(u", "))));
        return;
    }
    const QString subject = q.queryItemValue(QStringLiteral("subject"));
    if (!subject.isEmpty() && !Api::plausibleId(subject)) {
        reply(call, Api::badRequest(QStringLiteral("subject must be an execution id")));
        return;
    }
    const QString windowText = q.hasQueryItem(QStringLiteral("window"))
                                   ? q.queryItemValue(QStringLiteral("window"))
                                   : QStringLiteral("24h");
    const DurationParse window = parseDuration(windowText);
    if (!window.value || window.value->count() <= 0) {
        reply(call,
              Api::badRequest(QStringLiteral("window must be a duration such as 1h, 24h or 7d")));
        return;
    }
    QDateTime to = QDateTime::currentDateTimeUtc();
    if (const QString until = q.queryItemValue(QStringLiteral("until")); !until.isEmpty()) {
        to = QDateTime::fromString(until, Qt::ISODateWithMs);
        if (!to.isValid()) {
            reply(call, Api::badRequest(
                            QStringLiteral("until must be a time such as 2026-03-10T12:00:00Z")));
            return;
        }
        to = to.toUTC();
    }
    int width = kDefaultWidth;
    if (const QString widthText = q.queryItemValue(QStringLiteral("width")); !widthText.isEmpty()) {
        bool ok = false;
        width = widthText.toInt(&ok);
        if (!ok || width < 1 || width > kMaxWidth) {
            reply(call, Api::badRequest(
                            QStringLiteral("width must be a number from 1 to %1").arg(kMaxWidth)));
            return;
        }
    }
    const QDateTime from = to.addMSecs(-window.value->count());
    inStore<ApiAnswer>(
        [metric, subject, from, to, width](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            const MetricSeries series(*queries.database());
            const MetricSeriesData data = series.query(metric, subject, from, to, width);
            if (!data.ok) {
                return Api::storeFailed(series.error());
            }
            return ApiAnswer::json(200, data.toJson());
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

} // namespace Conductor
