// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The routes of gates: the inbox and the decision. A decision is checked here as the command
// line checks it (the gate is pending, the token's role may decide it, the subject did not
// start an execution whose critical gate this is, a critical gate's TOTP code is right and
// used up) before it goes to the engine, which checks it again when it acts.

#include "apiserver.h"
#include "apiserver_p.h"
#include "config/configuration.h"
#include "engine/executionstate.h"
#include "security/userstore.h"

#include <QJsonArray>

namespace Conductor {

namespace {

QJsonObject gateJson(const GateRow &g)
{
    return QJsonObject{
        {QStringLiteral("id"), g.id},
        {QStringLiteral("executionId"), g.executionId},
        {QStringLiteral("ideaTitle"), g.ideaTitle},
        {QStringLiteral("type"), g.type},
        {QStringLiteral("status"), g.status},
        {QStringLiteral("critical"), g.critical},
        {QStringLiteral("reviewerRole"), g.reviewerRole},
        {QStringLiteral("reason"), g.reason},
        {QStringLiteral("summary"), g.summary},
        {QStringLiteral("openedAt"), Api::time(g.openedAt)},
        {QStringLiteral("deadline"), Api::time(g.deadline)},
        {QStringLiteral("decidedAt"), Api::time(g.decidedAt)},
        {QStringLiteral("reviewer"), g.reviewer.isEmpty() ? QJsonValue() : g.reviewer},
        {QStringLiteral("notes"), g.notes}};
}

// What the database says of a decision before it is sent: a refusal, or the command.
struct DecisionCheck
{
    std::optional<ApiAnswer> refusal;
    QString executionId;
    QJsonObject args;
};

} // namespace

void ApiServer::listGates(const CallPtr &call)
{
    const QString status = call->query.hasQueryItem(QStringLiteral("status"))
                               ? call->query.queryItemValue(QStringLiteral("status"))
                               : QStringLiteral("pending");
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("approved"),
                                      QStringLiteral("rejected"), QStringLiteral("expired"),
                                      QStringLiteral("all")};
    if (!statuses.contains(status)) {
        reply(call, Api::badRequest(QStringLiteral(
                        "status must be pending, approved, rejected, expired or all")));
        return;
    }
    inStore<ApiAnswer>(
        [status](StoreQueries &queries) {
            if (!queries.isOpen()) {
                return Api::storeFailed(queries.error());
            }
            QJsonArray items;
            for (const GateRow &g : queries.gates(status != u"pending")) {
                if (status == u"all" || g.status == status) {
                    items.append(gateJson(g));
                }
            }
            return ApiAnswer::json(200, QJsonObject{{QStringLiteral("items"), items}});
        },
        [this, call](const ApiAnswer &answer) { reply(call, answer); });
}

void ApiServer::decideGate(const CallPtr &call)
{
    static const QStringList known{QStringLiteral("decision"), QStringLiteral("reviewer"),
                                   QStringLiteral("notes"),    QStringLiteral("conditions"),
                                   QStringLiteral("code"),     QStringLiteral("grantTokens"),
                                   QStringLiteral("grantCost")};
    const std::optional<QJsonObject> body = jsonBody(call, known);
    if (!body) {
        return;
    }
    const QString decision = body->value(QStringLiteral("decision")).toString();
    if (decision != u"approve" && decision != u"reject") {
        reply(call, Api::badRequest(QStringLiteral("decision must be approve or reject")));
        return;
    }
    const QJsonValue reviewer = body->value(QStringLiteral("reviewer"));
    const QJsonValue notes = body->value(QStringLiteral("notes"));
    const QJsonValue conditions = body->value(QStringLiteral("conditions"));
    const QJsonValue code = body->value(QStringLiteral("code"));
    const QJsonValue grantTokens = body->value(QStringLiteral("grantTokens"));
    const QJsonValue grantCost = body->value(QStringLiteral("grantCost"));
    if ((!reviewer.isUndefined() && !reviewer.isString()) ||
        (!notes.isUndefined() && !notes.isString()) || (!code.isUndefined() && !code.isString())) {
        reply(call, Api::badRequest(QStringLiteral("reviewer, notes and code must be strings")));
        return;
    }
    if (notes.toString().size() > 20'000) {
        reply(call, Api::badRequest(QStringLiteral("notes may have at most 20000 characters")));
        return;
    }
    QStringList conditionList;
    if (!conditions.isUndefined()) {
        if (!conditions.isArray()) {
            reply(call, Api::badRequest(QStringLiteral("conditions must be an array of strings")));
            return;
        }
        for (const QJsonValue &c : conditions.toArray()) {
            if (!c.isString()) {
                reply(call,
                      Api::badRequest(QStringLiteral("conditions must be an array of strings")));
                return;
            }
            conditionList.append(c.toString());
        }
    }
    if ((!grantTokens.isUndefined() &&
         (!grantTokens.isDouble() || grantTokens.toDouble() < 0 ||
          grantTokens.toDouble() != std::floor(grantTokens.toDouble()))) ||
        (!grantCost.isUndefined() && (!grantCost.isDouble() || grantCost.toDouble() < 0))) {
        reply(call, Api::badRequest(QStringLiteral(
                        "grantTokens must be a whole number and grantCost a number of USD, both "
                        "not negative")));
        return;
    }
    // The reviewer is whoever holds the token.
    if (reviewer.isString() && reviewer.toString() != call->who.subject) {
        reply(call, Api::forbidden(QStringLiteral("the token belongs to %1, who may not decide "
                                                  "as %2")
                                       .arg(call->who.subject, reviewer.toString())));
        return;
    }
    const QString gateId = call->ids.value(0);
    const Principal who = call->who;
    QJsonObject args{{QStringLiteral("gateId"), gateId},
                     {QStringLiteral("decision"), decision == u"approve"
                                                      ? QStringLiteral("approved")
                                                      : QStringLiteral("rejected")},
                     {QStringLiteral("notes"), notes.toString()},
                     {QStringLiteral("conditions"), QJsonArray::fromStringList(conditionList)},
                     {QStringLiteral("role"), roleName(who.role)}};
    if (!grantTokens.isUndefined()) {
        args.insert(QStringLiteral("grantTokens"), static_cast<qint64>(grantTokens.toDouble()));
    }
    if (!grantCost.isUndefined()) {
        args.insert(QStringLiteral("grantMicros"), Money::fromUsd(grantCost.toDouble()).micros);
    }
    const QString totp = code.toString();
    inStore<DecisionCheck>(
        [gateId, who, args, totp](StoreQueries &queries) mutable {
            DecisionCheck check;
            if (!queries.isOpen()) {
                check.refusal = Api::storeFailed(queries.error());
                return check;
            }
            const std::optional<QString> executionId = queries.executionOfGate(gateId);
            const ExecutionState state =
                executionId ? Api::replay(queries, *executionId) : ExecutionState();
            const GateRecord *g = state.gate(gateId);
            if (!executionId || !g) {
                check.refusal = Api::notFound(QStringLiteral("no gate %1").arg(gateId));
                return check;
            }
            if (g->status != u"pending") {
                check.refusal = ApiAnswer::error(409, QStringLiteral("gate_decided"),
                                                 QStringLiteral("gate %1 was already %2 by %3")
                                                     .arg(gateId, g->status, g->reviewer));
                return check;
            }
            if (!roleAtLeast(who.role, g->reviewerRole)) {
                check.refusal = Api::forbidden(
                    QStringLiteral("gate %1 needs the role %2 or higher; the token's role is %3")
                        .arg(gateId, g->reviewerRole, roleName(who.role)));
                return check;
            }
            if ((args.contains(QStringLiteral("grantTokens")) ||
                 args.contains(QStringLiteral("grantMicros"))) &&
                g->type != budgetGateType()) {
                check.refusal = Api::badRequest(
                    QStringLiteral("gate %1 is a %2 gate: only a budget gate grants tokens or "
                                   "dollars")
                        .arg(gateId, g->type));
                return check;
            }
            if (g->critical) {
                if (who.subject == state.startedBy) {
                    check.refusal = Api::forbidden(
                        QStringLiteral("%1 started execution %2 and may not decide its critical "
                                       "gate %3; another reviewer must")
                            .arg(who.subject, *executionId, g->type));
                    return check;
                }
                if (totp.isEmpty()) {
                    check.refusal = Api::forbidden(
                        QStringLiteral("gate %1 is critical: give the reviewer's TOTP code as "
                                       "code")
                            .arg(gateId));
                    return check;
                }
                UserStore users(*queries.database());
                const UserStore::CodeCheck verdict =
                    users.checkCode(who.subject, totp, QDateTime::currentDateTimeUtc());
                if (verdict == UserStore::CodeCheck::Failed) {
                    check.refusal = Api::storeFailed(users.error());
                    return check;
                }
                if (verdict != UserStore::CodeCheck::Accepted) {
                    check.refusal = Api::forbidden(UserStore::describe(verdict, who.subject));
                    return check;
                }
                args.insert(QStringLiteral("secondFactor"), QStringLiteral("totp"));
            }
            check.executionId = *executionId;
            check.args = args;
            return check;
        },
        [this, call, gateId, decision](const DecisionCheck &check) {
            if (check.refusal) {
                reply(call, *check.refusal);
                return;
            }
            command(call, check.executionId, QStringLiteral("decide"), check.args,
                    check.args.value(QStringLiteral("notes")).toString(),
                    [this, call, gateId, decision,
                     executionId = check.executionId](const QString &outcome) {
                        if (outcome != u"done") {
                            // Decided by someone else meanwhile, or refused by the engine.
                            const bool decided = outcome.startsWith(QStringLiteral("conflict"));
                            reply(call, ApiAnswer::error(409,
                                                         decided ? QStringLiteral("gate_decided")
                                                                 : QStringLiteral("refused"),
                                                         outcome));
                            return;
                        }
                        reply(call, ApiAnswer::json(
                                        200, QJsonObject{
                                                 {QStringLiteral("gateId"), gateId},
                                                 {QStringLiteral("executionId"), executionId},
                                                 {QStringLiteral("decision"), decision},
                                                 {QStringLiteral("reviewer"), call->who.subject}}));
                    });
        });
}

} // namespace Conductor
