// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooknotifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::WebhookNotifier)
};

// Slack's limits: a header's text, a section's text, a field's text, fields per section.
constexpr qsizetype kHeaderMax = 150;
constexpr qsizetype kSectionMax = 3000;
constexpr qsizetype kFieldMax = 2000;
constexpr qsizetype kFieldsMax = 10;
constexpr qsizetype kDetailFields = 5;

QString clipped(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max - 1) + u'…';
}

// Slack's mrkdwn reads &, < and > as markup; everything else is plain.
QString escaped(QString text)
{
    text.replace(u'&', QStringLiteral("&amp;"));
    text.replace(u'<', QStringLiteral("&lt;"));
    text.replace(u'>', QStringLiteral("&gt;"));
    return text;
}

QString stateLabel(Alert::State state)
{
    switch (state) {
    case Alert::State::Firing:
        return Text::tr("Firing");
    case Alert::State::Acknowledged:
        return Text::tr("Acknowledged");
    case Alert::State::Resolved:
        return Text::tr("Resolved");
    }
    return {};
}

QString stateEmoji(Alert::State state, Alert::Severity severity)
{
    switch (state) {
    case Alert::State::Firing:
        return severity == Alert::Severity::Critical  ? QStringLiteral(":rotating_light:")
               : severity == Alert::Severity::Warning ? QStringLiteral(":warning:")
                                                      : QStringLiteral(":information_source:");
    case Alert::State::Acknowledged:
        return QStringLiteral(":eyes:");
    case Alert::State::Resolved:
        return QStringLiteral(":white_check_mark:");
    }
    return {};
}

QJsonObject field(const QString &label, const QString &value)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("mrkdwn")},
        {QStringLiteral("text"),
         clipped(u'*' + escaped(label) + QStringLiteral("*\n") + escaped(value), kFieldMax)}};
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace

WebhookNotifier::WebhookNotifier(Settings settings, SecretSource *secrets,
                                 QNetworkAccessManager *network, QObject *parent)
    : Notifier(std::move(settings.name), std::move(settings.urlSecret), secrets, settings.options,
               network, parent)
{}

QJsonObject WebhookNotifier::message(const Alert &alert)
{
    const QString rule = alert.rule.isEmpty() ? alert.id : alert.rule;
    const QString state = stateLabel(alert.state);
    const QString severity = Alert::severityName(alert.severity);
    const QString summary = alert.summary.isEmpty() ? rule : alert.summary;

    QJsonArray blocks;
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                              {QStringLiteral("text"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                           {QStringLiteral("text"),
                                            clipped(stateEmoji(alert.state, alert.severity) + u' ' +
                                                        Text::tr("%1: %2").arg(state, rule),
                                                    kHeaderMax)},
                                           {QStringLiteral("emoji"), true}}}});
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("section")},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                     {QStringLiteral("text"), clipped(escaped(summary), kSectionMax)}}}});

    QJsonArray fields;
    fields.append(field(Text::tr("Rule"), rule));
    fields.append(field(Text::tr("Severity"), severity));
    fields.append(field(Text::tr("State"), Alert::stateName(alert.state)));
    if (alert.raisedAt.isValid()) {
        fields.append(field(Text::tr("Raised"), alert.raisedAt.toUTC().toString(Qt::ISODate)));
    }
    qsizetype details = 0;
    for (auto it = alert.details.begin(); it != alert.details.end(); ++it) {
        const QString value = scalarText(it.value());
        if (value.isEmpty() || details >= kDetailFields || fields.size() >= kFieldsMax) {
            continue;
        }
        fields.append(field(it.key(), value));
        ++details;
    }
    blocks.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                              {QStringLiteral("fields"), fields}});
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("context")},
        {QStringLiteral("elements"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("mrkdwn")},
             {QStringLiteral("text"),
              clipped(escaped(Text::tr("Conductor alert %1").arg(alert.id)), kFieldMax)}}}}});

    const QString text = Text::tr("[%1] %2 (%3): %4").arg(state.toUpper(), rule, severity, summary);
    return QJsonObject{{QStringLiteral("text"), clipped(escaped(text), kSectionMax)},
                       {QStringLiteral("blocks"), blocks}};
}

std::variant<Notifier::Outgoing, QString> WebhookNotifier::build(const Alert &alert,
                                                                 const QByteArray &secret)
{
    const QUrl url(QString::fromUtf8(secret), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Text::tr("the secret %1 does not hold a webhook URL").arg(secretName());
    }
    if (!isAllowedUrl(url)) {
        return Text::tr("the webhook URL in the secret %1 must use https").arg(secretName());
    }
    Outgoing out;
    out.request = QNetworkRequest(url);
    out.request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    out.body = QJsonDocument(message(alert)).toJson(QJsonDocument::Compact);
    out.destination = maskedUrl(url);
    out.sensitive = {url.toString(), url.toString(QUrl::FullyEncoded), url.toDisplayString(),
                     url.path(), url.path(QUrl::FullyEncoded)};
    return out;
}

Notifier::Verdict WebhookNotifier::judge(int status, const QByteArray &body,
                                         const QNetworkReply &reply)
{
    Verdict verdict;
    if (status >= 200 && status < 300) {
        verdict.kind = Verdict::Kind::Delivered;
        return verdict;
    }
    const QString excerpt = bodyExcerpt(body);
    verdict.reason =
        excerpt.isEmpty()
            ? Text::tr("the webhook answered %1").arg(status)
            : Text::tr("the webhook answered %1: %2").arg(QString::number(status), excerpt);
    if (status == 408 || status == 429 || status >= 500) {
        verdict.kind = Verdict::Kind::Retry;
        verdict.retryAfter = retryAfterOf(reply);
    } else {
        // 3xx (never followed: the body would go elsewhere), 400 invalid_payload,
        // 403 invalid_token, 404 no_service, 410 channel_is_archived.
        verdict.kind = Verdict::Kind::Permanent;
    }
    return verdict;
}

} // namespace Conductor
