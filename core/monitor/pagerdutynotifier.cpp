// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerdutynotifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSysInfo>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::PagerDutyNotifier)
};

constexpr qsizetype kDedupMax = 255;
constexpr qsizetype kSummaryMax = 1024;

QString pagerDutySeverity(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return QStringLiteral("info");
    case Alert::Severity::Warning:
        return QStringLiteral("warning");
    case Alert::Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

// "message (error; error)" from {"status", "message", "errors": [...]}.
QString pagerDutyError(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(QLatin1String("message")).toString();
    QStringList errors;
    const QJsonArray list = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &error : list) {
        if (error.isString()) {
            errors.append(error.toString());
        }
    }
    if (message.isEmpty() && errors.isEmpty()) {
        return {};
    }
    if (errors.isEmpty()) {
        return message;
    }
    return message.isEmpty()
               ? errors.join(QStringLiteral("; "))
               : message + QStringLiteral(" (") + errors.join(QStringLiteral("; ")) + u')';
}

} // namespace

PagerDutyNotifier::PagerDutyNotifier(Settings settings, SecretSource *secrets,
                                     QNetworkAccessManager *network, QObject *parent)
    : Notifier(std::move(settings.name), std::move(settings.routingKeySecret), secrets,
               settings.options, network, parent)
    , m_baseUrl(settings.baseUrl.trimmed())
    , m_source(settings.source.isEmpty()
                   ? QStringLiteral("conductor@") + QSysInfo::machineHostName()
                   : settings.source)
{
    while (m_baseUrl.endsWith(u'/')) {
        m_baseUrl.chop(1);
    }
}

QString PagerDutyNotifier::eventAction(Alert::State state)
{
    switch (state) {
    case Alert::State::Firing:
        return QStringLiteral("trigger");
    case Alert::State::Acknowledged:
        return QStringLiteral("acknowledge");
    case Alert::State::Resolved:
        return QStringLiteral("resolve");
    }
    return QStringLiteral("trigger");
}

QString PagerDutyNotifier::dedupKey(const QString &alertId)
{
    if (alertId.size() <= kDedupMax) {
        return alertId;
    }
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(alertId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return alertId.left(kDedupMax - hash.size() - 1) + u'-' + hash;
}

QJsonObject PagerDutyNotifier::eventFor(const Alert &alert, const QString &routingKey) const
{
    QJsonObject event{{QStringLiteral("routing_key"), routingKey},
                      {QStringLiteral("event_action"), eventAction(alert.state)},
                      {QStringLiteral("dedup_key"), dedupKey(alert.id)}};
    if (alert.state != Alert::State::Firing) {
        return event;
    }
    QString summary = alert.summary.isEmpty() ? alert.rule : alert.summary;
    if (summary.isEmpty()) {
        summary = alert.id;
    }
    if (summary.size() > kSummaryMax) {
        summary = summary.left(kSummaryMax - 1) + u'…';
    }
    QJsonObject details = alert.details;
    details.insert(QStringLiteral("rule"), alert.rule);
    details.insert(QStringLiteral("alert_id"), alert.id);
    QJsonObject payload{{QStringLiteral("summary"), summary},
                        {QStringLiteral("source"), m_source},
                        {QStringLiteral("severity"), pagerDutySeverity(alert.severity)},
                        {QStringLiteral("component"), QStringLiteral("conductor")},
                        {QStringLiteral("custom_details"), details}};
    if (!alert.rule.isEmpty()) {
        payload.insert(QStringLiteral("class"), alert.rule);
    }
    if (alert.raisedAt.isValid()) {
        payload.insert(QStringLiteral("timestamp"),
                       alert.raisedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    event.insert(QStringLiteral("payload"), payload);
    event.insert(QStringLiteral("client"), QStringLiteral("Conductor"));
    return event;
}

std::variant<Notifier::Outgoing, QString> PagerDutyNotifier::build(const Alert &alert,
                                                                   const QByteArray &secret)
{
    const QUrl url(m_baseUrl + QStringLiteral("/v2/enqueue"), QUrl::StrictMode);
    if (!isAllowedUrl(url)) {
        return Text::tr("the PagerDuty address %1 must be https").arg(maskedUrl(url));
    }
    Outgoing out;
    out.request = QNetworkRequest(url);
    out.request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    out.body =
        QJsonDocument(eventFor(alert, QString::fromUtf8(secret))).toJson(QJsonDocument::Compact);
    out.destination = url.scheme() + QStringLiteral("://") + url.authority() + url.path();
    return out;
}

Notifier::Verdict PagerDutyNotifier::judge(int status, const QByteArray &body,
                                           const QNetworkReply &reply)
{
    Verdict verdict;
    if (status >= 200 && status < 300) {
        verdict.kind = Verdict::Kind::Delivered;
        return verdict;
    }
    QString detail = pagerDutyError(body);
    if (detail.isEmpty()) {
        detail = bodyExcerpt(body);
    }
    verdict.reason =
        detail.isEmpty()
            ? Text::tr("PagerDuty answered %1").arg(status)
            : Text::tr("PagerDuty answered %1: %2").arg(QString::number(status), detail);
    if (status == 408 || status == 429 || status >= 500) {
        verdict.kind = Verdict::Kind::Retry;
        verdict.retryAfter = retryAfterOf(reply);
    } else {
        verdict.kind = Verdict::Kind::Permanent; // 400: the event is invalid; 401-404 likewise
    }
    return verdict;
}

} // namespace Conductor
