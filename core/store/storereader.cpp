// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "storequeries.h"

#include "doorbell.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::StoreReader)
};

constexpr int kAnswerPollMs = 50;
constexpr int kAnswerAttempts = 30'000 / kAnswerPollMs; // the owner has 30 s to answer

} // namespace

StoreReader::StoreReader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

qint64 StoreReader::newRequestId()
{
    static std::atomic<qint64> last{0};
    return ++last;
}

// The connection closes on the reader's thread: the object is deleted there.
StoreReader::~StoreReader() = default;

StoreQueries &StoreReader::queries()
{
    if (!m_queries) {
        m_queries = std::make_unique<StoreQueries>(m_path);
    }
    return *m_queries;
}

void StoreReader::fetchExecutions(qint64 requestId, const ExecutionPageQuery &query)
{
    Q_EMIT executionsFetched(requestId, queries().executionsPage(query));
}

void StoreReader::fetchSummaries(qint64 requestId, const QStringList &executionIds)
{
    QList<ExecutionSummary> rows;
    for (const QString &id : executionIds) {
        if (std::optional<ExecutionSummary> row = queries().execution(id)) {
            rows.append(*row);
        }
    }
    Q_EMIT summariesFetched(requestId, rows);
}

void StoreReader::fetchChangedSince(qint64 requestId, const QDateTime &after)
{
    // A bounded answer: a burst of thousands is read over the next polls.
    Q_EMIT summariesFetched(requestId, queries().executionsChangedSince(after, 500));
}

void StoreReader::fetchBudgetDay(qint64 requestId, const QString &day)
{
    const std::optional<DayUsage> usage = queries().budgetDay(day);
    Q_EMIT budgetDayFetched(requestId, usage.has_value(), usage.value_or(DayUsage()));
}

void StoreReader::fetchPendingGates(qint64 requestId)
{
    Q_EMIT gatesFetched(requestId, queries().gates(false));
}

void StoreReader::fetchUsageSeries(qint64 requestId, const UsageQuery &query)
{
    Q_EMIT usageSeriesFetched(requestId, queries().usageSeries(query));
}

void StoreReader::fetchEvents(qint64 requestId, const QString &executionId, qint64 afterSeq)
{
    Q_EMIT eventsFetched(requestId, executionId, queries().events(executionId, afterSeq));
}

void StoreReader::postCommand(qint64 requestId, const StoredCommand &command)
{
    const std::optional<ExecutionSummary> row = queries().execution(command.executionId);
    if (!row) {
        Q_EMIT commandAnswered(
            requestId, Text::tr("refused: no execution %1").arg(command.executionId), false);
        return;
    }
    if (!leaseIsLive(*row)) {
        Q_EMIT commandAnswered(requestId, QString(), true);
        return;
    }
    const qint64 id = queries().postCommand(command.executionId, command.kind, command.args,
                                            command.requestedBy, command.reason);
    if (id == 0) {
        Q_EMIT commandAnswered(
            requestId, Text::tr("the command could not be recorded: %1").arg(queries().error()),
            false);
        return;
    }
    // Wake the owner at once; it would find the command at its next poll anyway.
    Doorbell::ring(row->owner);
    pollAnswer(requestId, id, command.executionId, 0);
}

void StoreReader::pollAnswer(qint64 requestId, qint64 commandId, const QString &executionId,
                             int attempt)
{
    if (const std::optional<QString> outcome = queries().commandOutcome(commandId)) {
        Q_EMIT commandAnswered(requestId, *outcome, false);
        return;
    }
    // The owner may stop before it reads the command (the execution ended, or it let it
    // go): the command stays recorded for whoever takes the execution over next.
    if (attempt % 10 == 9) {
        const std::optional<ExecutionSummary> row = queries().execution(executionId);
        if (!row || !leaseIsLive(*row)) {
            Q_EMIT commandAnswered(
                requestId,
                Text::tr("the process running %1 stopped before it answered; the command "
                         "waits for whoever takes the execution over")
                    .arg(executionId),
                false);
            return;
        }
    }
    if (attempt >= kAnswerAttempts) {
        Q_EMIT commandAnswered(
            requestId,
            Text::tr("the process running %1 did not answer within 30 s; the command stays "
                     "queued for it")
                .arg(executionId),
            false);
        return;
    }
    QTimer::singleShot(kAnswerPollMs, this,
                       [=, this] { pollAnswer(requestId, commandId, executionId, attempt + 1); });
}

void StoreReader::checkReviewer(qint64 requestId, const QString &name, const QString &code)
{
    ReviewerCheck check;
    if (!queries().isOpen()) {
        check.message = queries().error();
        Q_EMIT reviewerChecked(requestId, check);
        return;
    }
    UserStore users(*queries().database());
    const std::optional<User> user = users.find(name);
    if (!user) {
        check.message = users.error().isEmpty()
                            ? Text::tr("%1 is not a user of this database").arg(name)
                            : users.error();
        Q_EMIT reviewerChecked(requestId, check);
        return;
    }
    check.known = true;
    check.role = roleName(user->role);
    check.totpEnrolled = user->totpEnrolled;
    if (!code.isEmpty()) {
        check.codeChecked = true;
        const UserStore::CodeCheck result =
            users.checkCode(name, code, QDateTime::currentDateTimeUtc());
        check.codeAccepted = result == UserStore::CodeCheck::Accepted;
        if (!check.codeAccepted) {
            check.message = result == UserStore::CodeCheck::Failed
                                ? users.error()
                                : UserStore::describe(result, name);
        }
    }
    Q_EMIT reviewerChecked(requestId, check);
}

ReaderThread::ReaderThread(const QString &databasePath)
{
    qRegisterMetaType<ExecutionPageQuery>();
    qRegisterMetaType<ExecutionPage>();
    qRegisterMetaType<ExecutionSummary>();
    qRegisterMetaType<QList<ExecutionSummary>>();
    qRegisterMetaType<DayUsage>();
    qRegisterMetaType<GateRow>();
    qRegisterMetaType<QList<GateRow>>();
    qRegisterMetaType<ExecutionEvents>();
    qRegisterMetaType<StoredCommand>();
    qRegisterMetaType<ReviewerCheck>();
    qRegisterMetaType<UsageQuery>();
    qRegisterMetaType<UsageSeries>();
    m_thread.setObjectName(QStringLiteral("conductor-reader"));
    m_reader = new StoreReader(databasePath);
    m_reader->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace Conductor
