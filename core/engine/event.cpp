// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace Conductor {

QJsonObject ExecutionEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("executionId"), executionId},
        {QStringLiteral("type"), type},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("data"), data},
    };
}

ExecutionEvent ExecutionEvent::fromJson(const QJsonObject &object)
{
    ExecutionEvent e;
    e.seq = object.value(QStringLiteral("seq")).toInteger();
    e.executionId = object.value(QStringLiteral("executionId")).toString();
    e.type = object.value(QStringLiteral("type")).toString();
    e.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.data = object.value(QStringLiteral("data")).toObject();
    return e;
}

} // namespace Conductor
