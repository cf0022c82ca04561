// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionwatcher.h"

#include "commandline.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ExecutionWatcher)
};

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void writeLine(FILE *stream, const QByteArray &line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

ExecutionWatcher::ExecutionWatcher(bool json, bool settleWhenWaiting, QObject *parent)
    : QObject(parent)
    , m_json(json)
    , m_settleWhenWaiting(settleWhenWaiting)
    , m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_sinceProgress.start();
}

void ExecutionWatcher::watch(const QString &executionId, const ExecutionEvents &history)
{
    if (m_watched.contains(executionId)) {
        return;
    }
    Watched watched;
    for (const ExecutionEvent &e : history) {
        if (e.seq == watched.state.lastSeq + 1) {
            watched.state.apply(e);
        }
    }
    m_watched.insert(executionId, watched);
    const ExecutionEvents early = m_early.take(executionId);
    if (!early.isEmpty()) {
        onEvents(early);
    }
}

void ExecutionWatcher::onEvents(const ExecutionEvents &events)
{
    for (const ExecutionEvent &e : events) {
        const auto it = m_watched.find(e.executionId);
        if (it == m_watched.end()) {
            m_early[e.executionId].append(e);
            continue;
        }
        if (e.seq <= it->state.lastSeq) {
            continue;
        }
        it->state.apply(e);
        // An attempt's end brings its usage; its live figures go.
        if (e.type == EventType::BudgetPosted || e.type == EventType::AttemptSucceeded ||
            e.type == EventType::AttemptFailed || e.type == EventType::AttemptInterrupted) {
            it->running.remove(e.data.value(QStringLiteral("stage")).toString());
        }
        if (m_json) {
            writeLine(stdout, QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            continue;
        }
        printProgress(*it);
    }
}

void ExecutionWatcher::printProgress(const Watched &w)
{
    const ExecutionState &s = w.state;
    const int total = static_cast<int>(s.stageOrder.size());
    const int done =
        static_cast<int>(std::count_if(s.stages.cbegin(), s.stages.cend(), [](const StageRun &r) {
            return r.status == StageRun::Status::Completed || r.status == StageRun::Status::Skipped;
        }));
    const int current = s.currentStageIndex();
    const QString stage = current < total ? s.stageOrder.at(current) : Text::tr("done");
    // What is recorded, and what running attempts have used so far.
    qint64 tokens = s.tokensUsed;
    Money cost = s.costAccrued;
    for (const auto &[runningTokens, runningMicros] : w.running) {
        tokens += runningTokens;
        cost = cost + Money::fromMicros(runningMicros);
    }
    const QLocale locale;
    QString line = Text::tr("%1  %2  %3%  %4 tokens  %5  %6")
                       .arg(s.id, stage)
                       .arg(total > 0 ? done * 100 / total : 0)
                       .arg(locale.toString(tokens), DisplayFormat::money(cost),
                            clockText(s.elapsedMs(QDateTime::currentDateTimeUtc())));
    if (s.waitingOnGate()) {
        line += u"  " + Text::tr("waiting on a gate");
    } else if (!s.queueReason.isEmpty() && s.status == ExecutionStatus::Pending) {
        line += u"  " + s.queueReason;
    }
    if (m_interactive) {
        // One line, redrawn in place.
        const QByteArray bytes = "\r\033[K" + line.toLocal8Bit();
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
        std::fflush(stderr);
        m_progressShown = true;
    } else if (m_sinceProgress.elapsed() >= 1000 || isEnded(s.status)) {
        m_sinceProgress.restart();
        printErr(line);
    }
}

void ExecutionWatcher::onAttemptRunning(const QString &executionId, const QString &stageId,
                                        qint64 tokens, qint64 costMicros)
{
    const auto it = m_watched.find(executionId);
    if (it == m_watched.end() || it->ended || m_json) {
        return;
    }
    it->running.insert(stageId, {tokens, costMicros});
    printProgress(*it);
}

void ExecutionWatcher::onEnded(const QString &executionId, int status, const QString &bundle)
{
    const auto it = m_watched.find(executionId);
    if (it == m_watched.end()) {
        return;
    }
    it->ended = true;
    it->waiting = false;
    it->bundle = bundle;
    const auto final = static_cast<ExecutionStatus>(status);
    if (m_json) {
        const QJsonObject finished{
            {QStringLiteral("seq"), it->state.lastSeq + 1},
            {QStringLiteral("executionId"), executionId},
            {QStringLiteral("type"), QStringLiteral("finished")},
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("status"), statusName(final)},
                         {QStringLiteral("errorClass"), it->state.failureClass},
                         {QStringLiteral("message"), it->state.failureMessage},
                         {QStringLiteral("bundle"), bundle}}}};
        writeLine(stdout, QJsonDocument(finished).toJson(QJsonDocument::Compact));
    } else {
        if (m_progressShown) {
            std::fputc('\n', stderr);
            m_progressShown = false;
        }
        switch (final) {
        case ExecutionStatus::Completed:
            printOut(Text::tr("%1 completed. Report: %2/report.md").arg(executionId, bundle));
            break;
        case ExecutionStatus::Cancelled:
            printOut(Text::tr("%1 cancelled by %2: %3. Report: %4/report.md")
                         .arg(executionId, it->state.endedBy, it->state.endReason, bundle));
            break;
        default:
            printOut(
                Text::tr("%1 failed (%2): %3. Report: %4/report.md")
                    .arg(executionId, it->state.failureClass, it->state.failureMessage, bundle));
            break;
        }
    }
    checkSettled();
}

void ExecutionWatcher::onWaiting(const QString &executionId, const QString &why)
{
    const auto it = m_watched.find(executionId);
    if (it == m_watched.end() || it->ended) {
        return;
    }
    it->waiting = true;
    if (!m_json) {
        if (m_progressShown) {
            std::fputc('\n', stderr);
            m_progressShown = false;
        }
        printErr(Text::tr("%1 waits: %2").arg(executionId, why));
    }
    checkSettled();
}

void ExecutionWatcher::onLost(const QString &executionId, const QString &why)
{
    const auto it = m_watched.find(executionId);
    if (it == m_watched.end()) {
        return;
    }
    it->lost = true;
    printErr(why);
    checkSettled();
}

bool ExecutionWatcher::settled() const
{
    return std::all_of(m_watched.cbegin(), m_watched.cend(), [this](const Watched &w) {
        return w.ended || w.lost || (w.waiting && m_settleWhenWaiting);
    });
}

void ExecutionWatcher::checkSettled()
{
    if (settled()) {
        Q_EMIT allSettled();
    }
}

int ExecutionWatcher::exitCode() const
{
    bool failed = false;
    bool rejected = false;
    bool cancelled = false;
    bool unfinished = false;
    for (const Watched &w : m_watched) {
        if (!w.ended) {
            unfinished = true;
            continue;
        }
        switch (w.state.status) {
        case ExecutionStatus::Completed:
            break;
        case ExecutionStatus::Cancelled:
            cancelled = true;
            break;
        default:
            // A gate that expired unanswered rejected the execution as much as a reviewer;
            // so does a budget gate rejected (BUDGET_EXCEEDED, naming its gate).
            (w.state.failureClass == u"GATE_REJECTED" || w.state.failureClass == u"GATE_EXPIRED" ||
                     !w.state.failureGate.isEmpty()
                 ? rejected
                 : failed) = true;
            break;
        }
    }
    if (failed) {
        return 1;
    }
    if (rejected) {
        return 4;
    }
    if (cancelled) {
        return 5;
    }
    return unfinished ? 1 : 0;
}

} // namespace Conductor
