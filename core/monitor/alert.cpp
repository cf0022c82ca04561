// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert.h"

#include "store/storetypes.h"

namespace Conductor {

QString Alert::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

std::optional<Alert::Severity> Alert::severityFromName(QStringView name)
{
    for (Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
        if (name.compare(severityName(severity), Qt::CaseInsensitive) == 0) {
            return severity;
        }
    }
    return std::nullopt;
}

QString Alert::stateName(State state)
{
    switch (state) {
    case State::Firing:
        return QStringLiteral("firing");
    case State::Acknowledged:
        return QStringLiteral("acknowledged");
    case State::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("firing");
}

std::optional<Alert::State> Alert::stateFromName(QStringView name)
{
    for (State state : {State::Firing, State::Acknowledged, State::Resolved}) {
        if (name.compare(stateName(state), Qt::CaseInsensitive) == 0) {
            return state;
        }
    }
    return std::nullopt;
}

Alert Alert::fromLedgerAlert(const LedgerAlert &alert, Severity severity)
{
    Alert out;
    out.id = alert.id;
    out.rule = alert.rule;
    out.severity = severity;
    out.state = State::Firing;
    out.summary = alert.message;
    out.details = alert.data;
    out.raisedAt = alert.raisedAt;
    return out;
}

QJsonObject Alert::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("details"), details},
        {QStringLiteral("raisedAt"),
         raisedAt.isValid() ? raisedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

std::optional<Alert> Alert::fromJson(const QJsonObject &object)
{
    Alert alert;
    alert.id = object.value(QLatin1String("id")).toString();
    if (alert.id.isEmpty()) {
        return std::nullopt;
    }
    const auto severity = severityFromName(object.value(QLatin1String("severity")).toString());
    const auto state = stateFromName(object.value(QLatin1String("state")).toString());
    if (!severity || !state) {
        return std::nullopt;
    }
    alert.severity = *severity;
    alert.state = *state;
    alert.rule = object.value(QLatin1String("rule")).toString();
    alert.summary = object.value(QLatin1String("summary")).toString();
    alert.details = object.value(QLatin1String("details")).toObject();
    alert.raisedAt = QDateTime::fromString(object.value(QLatin1String("raisedAt")).toString(),
                                           Qt::ISODateWithMs);
    return alert;
}

} // namespace Conductor
