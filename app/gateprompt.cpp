// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gateprompt.h"

#include "commandline.h"
#include "config/configuration.h"
#include "displayformat.h"
#include "engine/engine.h"
#include "executionwatcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSocketNotifier>

#include <cstdio>

#include <unistd.h>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::GatePrompt)
};

void ask(const QString &question)
{
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace

GatePrompt::GatePrompt(Engine *engine, const ExecutionWatcher &watcher, Actor actor,
                       QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_watcher(watcher)
    , m_actor(std::move(actor))
{}

bool GatePrompt::canAsk()
{
    return isatty(STDIN_FILENO) != 0;
}

bool GatePrompt::stillPending() const
{
    const ExecutionState *state = m_watcher.stateOf(m_executionId);
    const GateRecord *gate = state ? state->gate(m_gateId) : nullptr;
    return gate && gate->status == u"pending" && !isEnded(state->status);
}

void GatePrompt::onWaiting(const QString &executionId, const QString &)
{
    if (!m_gateId.isEmpty() && stillPending()) {
        return; // already asking
    }
    m_gateId.clear();
    ask(executionId);
}

void GatePrompt::ask(const QString &executionId)
{
    const ExecutionState *state = m_watcher.stateOf(executionId);
    if (!state) {
        return;
    }
    for (const GateRecord &g : state->gates) {
        if (g.status != u"pending") {
            continue;
        }
        if (g.critical) {
            printErr(Text::tr("%1 is critical: someone other than %2 decides it, with a TOTP "
                              "code: conductor approve %3 --code CODE")
                         .arg(g.type, m_actor.name, g.id));
            continue;
        }
        if (!roleAtLeast(m_actor.role, g.reviewerRole)) {
            printErr(Text::tr("%1 needs a reviewer with the role %2: conductor approve %3")
                         .arg(g.type, g.reviewerRole, g.id));
            continue;
        }
        m_executionId = executionId;
        m_gateId = g.id;
        m_pendingDecision.clear();
        QStringList lines;
        lines << QString() << Text::tr("Gate %1 (%2)").arg(g.type, g.id) << g.reason;
        lines << Text::tr("Cost so far: %1, %2 tokens")
                     .arg(DisplayFormat::usd(
                         g.context.value(QStringLiteral("costSoFar")).toDouble(), 2))
                     .arg(g.context.value(QStringLiteral("tokensSoFar")).toInteger());
        if (g.type == budgetGateType()) {
            lines << Text::tr("Approving grants %1 tokens from the emergency reserve and %2 "
                              "beyond the budgets: what finishing the execution takes")
                         .arg(QLocale().toString(
                                  g.context.value(QStringLiteral("grantTokens")).toInteger()),
                              DisplayFormat::usd(
                                  g.context.value(QStringLiteral("grantCost")).toDouble(), 2));
        }
        const QJsonObject verdicts = g.context.value(QStringLiteral("verdicts")).toObject();
        for (auto it = verdicts.constBegin(); it != verdicts.constEnd(); ++it) {
            lines << Text::tr("Verdict of %1: %2").arg(it.key(), it.value().toString());
        }
        const QJsonArray done = g.context.value(QStringLiteral("completedStages")).toArray();
        if (!done.isEmpty()) {
            const QString last = done.last().toString();
            const QString output = g.context.value(QStringLiteral("outputs"))
                                       .toObject()
                                       .value(last)
                                       .toString()
                                       .left(600)
                                       .trimmed();
            if (!output.isEmpty()) {
                lines << Text::tr("Output of %1:").arg(last) << output;
            }
        }
        printErr(lines.join(u'\n'));
        Conductor::ask(Text::tr("Approve %1? [a]pprove, [r]eject, [w]ait for a decision from "
                                "elsewhere: ")
                           .arg(g.type));
        if (!m_notifier) {
            m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &GatePrompt::onLine);
        }
        m_notifier->setEnabled(true);
        return;
    }
}

void GatePrompt::onLine()
{
    char chunk[512];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        m_notifier->setEnabled(false); // the terminal went away: wait for others
        return;
    }
    m_buffer += QString::fromLocal8Bit(chunk, static_cast<qsizetype>(n));
    qsizetype eol = 0;
    while ((eol = m_buffer.indexOf(u'\n')) >= 0) {
        const QString line = m_buffer.left(eol).trimmed();
        m_buffer.remove(0, eol + 1);
        if (m_gateId.isEmpty()) {
            continue;
        }
        if (!stillPending()) {
            printErr(Text::tr("the gate was decided elsewhere"));
            m_gateId.clear();
            continue;
        }
        if (!m_pendingDecision.isEmpty()) {
            decide(m_pendingDecision, line);
            continue;
        }
        const QString answer = line.toLower();
        if (answer == u"a" || answer == u"approve") {
            m_pendingDecision = QStringLiteral("approved");
        } else if (answer == u"r" || answer == u"reject") {
            m_pendingDecision = QStringLiteral("rejected");
        } else if (answer == u"w" || answer == u"wait") {
            printErr(Text::tr("waiting; decide with: conductor approve %1").arg(m_gateId));
            m_gateId.clear();
            continue;
        } else {
            Conductor::ask(Text::tr("Answer a, r or w: "));
            continue;
        }
        Conductor::ask(Text::tr("Notes (recorded; Enter for none): "));
    }
}

void GatePrompt::decide(const QString &decision, const QString &notes)
{
    StoredCommand command;
    command.executionId = m_executionId;
    command.kind = QStringLiteral("decide");
    command.args = QJsonObject{{QStringLiteral("gateId"), m_gateId},
                               {QStringLiteral("decision"), decision},
                               {QStringLiteral("notes"), notes},
                               {QStringLiteral("conditions"), QJsonArray()},
                               {QStringLiteral("role"), roleName(m_actor.role)}};
    command.requestedBy = m_actor.name;
    command.reason = notes;
    m_gateId.clear();
    m_pendingDecision.clear();
    QMetaObject::invokeMethod(m_engine, "submit", Qt::QueuedConnection,
                              Q_ARG(Conductor::StoredCommand, command));
}

} // namespace Conductor
