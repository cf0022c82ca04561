// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "storequeries.h"

#include "doorbell.h"
#include "engine/definitioncache.h"
#include "logging/logging.h"
#include "security/userstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
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
constexpr int kExportChunk = 2000; // rows written between two looks at this thread's events

} // namespace

struct StoreReader::Export
{
    explicit Export(const QString &path)
        : file(path)
    {}

    QSaveFile file;
    QList<AuditEntry> entries;
    qsizetype done = 0;
    bool cancelled = false;
};

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

void StoreReader::fetchKeyMetrics(qint64 requestId, const QDateTime &from, const QDateTime &to)
{
    Q_EMIT keyMetricsFetched(requestId, queries().keyMetrics(from, to));
}

void StoreReader::fetchActiveExecutions(qint64 requestId)
{
    Q_EMIT activeFetched(requestId, queries().activeExecutions());
}

void StoreReader::fetchUsageSeries(qint64 requestId, const UsageQuery &query)
{
    Q_EMIT usageSeriesFetched(requestId, queries().usageSeries(query));
}

void StoreReader::fetchAlerts(qint64 requestId, bool all)
{
    StoreQueries &q = queries();
    if (!q.isOpen()) {
        Q_EMIT alertsFetched(requestId, {}, q.error());
        return;
    }
    AlertRows rows(*q.database());
    const QList<AlertRecord> alerts = rows.list(all);
    Q_EMIT alertsFetched(requestId, alerts, rows.error());
}

void StoreReader::fetchEvents(qint64 requestId, const QString &executionId, qint64 afterSeq)
{
    const ExecutionEvents events = queries().events(executionId, afterSeq);
    // A whole history: its definition is parsed here, so that the views find it parsed.
    if (afterSeq == 0 && !events.isEmpty() && events.first().type == EventType::Created) {
        const QJsonObject &d = events.first().data;
        (void)DefinitionCache::loadShared(d.value(QStringLiteral("config")).toString().toUtf8(),
                                          d.value(QStringLiteral("pipeline")).toString().toUtf8());
    }
    Q_EMIT eventsFetched(requestId, executionId, events);
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

void StoreReader::fetchAuditTrail(qint64 requestId, const AuditQuery &query)
{
    std::optional<QList<AuditEntry>> entries;
    if (queries().isOpen()) {
        AuditTrail trail(*queries().database());
        entries = trail.read(query);
    }
    Q_EMIT auditTrailFetched(requestId, entries.value_or(QList<AuditEntry>()));
}

void StoreReader::exportAuditCsv(qint64 requestId, const AuditQuery &query, const QString &path)
{
    Q_EMIT exportProgress(requestId, 0, 0);
    const QString shown = QDir::toNativeSeparators(path);
    if (!queries().isOpen()) {
        Q_EMIT exportFinished(
            requestId, false,
            Text::tr("The audit trail could not be read: %1").arg(queries().error()));
        return;
    }
    AuditTrail trail(*queries().database());
    std::optional<QList<AuditEntry>> entries = trail.read(query);
    if (!entries) {
        Q_EMIT exportFinished(requestId, false,
                              Text::tr("The audit trail could not be read: %1").arg(trail.error()));
        return;
    }
    auto job = std::make_unique<Export>(path);
    if (!job->file.open(QIODevice::WriteOnly)) {
        Q_EMIT exportFinished(requestId, false,
                              Text::tr("Cannot write %1: %2").arg(shown, job->file.errorString()));
        return;
    }
    job->file.write(AuditCsv::header());
    job->entries = std::move(*entries);
    m_exports[requestId] = std::move(job);
    writeExportChunk(requestId);
}

void StoreReader::cancelExport(qint64 requestId)
{
    if (const auto it = m_exports.find(requestId); it != m_exports.end()) {
        it->second->cancelled = true;
    }
}

void StoreReader::writeExportChunk(qint64 requestId)
{
    const auto it = m_exports.find(requestId);
    if (it == m_exports.end()) {
        return;
    }
    Export &job = *it->second;
    const QString shown = QDir::toNativeSeparators(job.file.fileName());
    if (job.cancelled) {
        job.file.cancelWriting();
        m_exports.erase(it);
        Q_EMIT exportFinished(requestId, false,
                              Text::tr("The export was cancelled; %1 was not written.").arg(shown));
        return;
    }
    const qsizetype end = std::min(job.done + kExportChunk, job.entries.size());
    for (qsizetype i = job.done; i < end; ++i) {
        job.file.write(AuditCsv::row(job.entries.at(i)));
    }
    job.done = end;
    const int total = static_cast<int>(job.entries.size());
    Q_EMIT exportProgress(requestId, static_cast<int>(job.done), total);
    if (job.done < job.entries.size()) {
        QTimer::singleShot(0, this, [this, requestId] { writeExportChunk(requestId); });
        return;
    }
    // commit() reports a failed write as well as a failed rename.
    const bool ok = job.file.commit();
    const QString message = ok ? Text::tr("Exported to %1 (entries: %2).").arg(shown).arg(total)
                               : Text::tr("Cannot write %1: %2").arg(shown, job.file.errorString());
    if (!ok) {
        qCWarning(lcStore).noquote() << message;
    }
    m_exports.erase(it);
    Q_EMIT exportFinished(requestId, ok, message);
}

void StoreReader::recordAudit(qint64 requestId, const AuditRecord &record)
{
    Q_EMIT auditRecorded(requestId, queries().recordAudit(record));
}

ReaderThread::ReaderThread(const QString &databasePath)
{
    qRegisterMetaType<AuditQuery>();
    qRegisterMetaType<AuditEntry>();
    qRegisterMetaType<QList<AuditEntry>>();
    qRegisterMetaType<ExecutionPageQuery>();
    qRegisterMetaType<ExecutionPage>();
    qRegisterMetaType<ExecutionSummary>();
    qRegisterMetaType<QList<ExecutionSummary>>();
    qRegisterMetaType<DayUsage>();
    qRegisterMetaType<GateRow>();
    qRegisterMetaType<AlertRecord>();
    qRegisterMetaType<QList<AlertRecord>>();
    qRegisterMetaType<QList<GateRow>>();
    qRegisterMetaType<ExecutionEvents>();
    qRegisterMetaType<StoredCommand>();
    qRegisterMetaType<ReviewerCheck>();
    qRegisterMetaType<KeyMetrics>();
    qRegisterMetaType<ActiveExecutions>();
    qRegisterMetaType<AuditRecord>();
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
