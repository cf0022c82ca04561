// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One request to the REST API as its handlers see it, and the answers they give. Error
// answers are {"error": CODE, "message": TEXT}; the messages are for the programs and
// people using the API and are not translated (like `--json` output).

#include "security/roles.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QRegularExpression>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace Conductor {

// Who sent a request, from its token.
struct Principal
{
    QString subject;
    Role role = Role::Viewer;
    QString tokenId;
};

struct ApiCall
{
    QPointer<QTcpSocket> socket; // gone when the client closed the connection
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray authorization; // the Authorization header
    QStringList ids;          // the path's ids, in order
    QString route;            // the route's template
    Principal who;
    QElapsedTimer started;
};
using CallPtr = std::shared_ptr<ApiCall>;

struct ApiAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }

    [[nodiscard]] static ApiAnswer json(int status, const QJsonObject &object);
    [[nodiscard]] static ApiAnswer error(int status, const QString &code, const QString &message);
};

// The reason phrase of a status code ("Not Found").
[[nodiscard]] QByteArray reasonPhrase(int status);
// The whole HTTP/1.1 response: status line, Content-Type, Content-Length, Connection: close,
// Cache-Control: no-store, the answer's own headers, and the body.
[[nodiscard]] QByteArray serialize(const ApiAnswer &answer);

// The JSON object of a request body: none, with the message of a 400 in error, when the
// body is not one or has a key outside known (empty bodies count as {} when allowEmpty).
[[nodiscard]] std::optional<QJsonObject>
bodyObject(const QByteArray &body, const QStringList &known, bool allowEmpty, QString *error);

} // namespace Conductor
