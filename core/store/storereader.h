// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads for the desktop app, answered on a thread of their own ("conductor-reader") with
// a connection of their own, so the GUI thread never runs SQL or waits on the disk. Ask
// through queued calls; each answer names the request it answers, and a newer request
// does not cancel an older one (the asker ignores answers it no longer wants).

#include "alertrows.h"
#include "audittrail.h"
#include "engine/event.h"
#include "keymetrics.h"
#include "storetypes.h"
#include "usagehistory.h"

#include <QObject>
#include <QThread>

#include <map>
#include <memory>

namespace Conductor {

class StoreQueries;

// A person as the database knows them, and the fate of the code they typed.
struct ReviewerCheck
{
    bool known = false; // a user of the database
    QString role;       // their role's name
    bool totpEnrolled = false;
    bool codeChecked = false; // a code was given and checked
    bool codeAccepted = false;
    QString message; // why the code was refused, or why the check failed
};

class StoreReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreReader)

public:
    explicit StoreReader(QString databasePath, QObject *parent = nullptr);
    ~StoreReader() override;

    // A request id no other asker in this process uses: answers are broadcast, and each
    // asker keeps those with its ids.
    [[nodiscard]] static qint64 newRequestId();

public Q_SLOTS:
    // -> executionsFetched()
    void fetchExecutions(qint64 requestId, const Conductor::ExecutionPageQuery &query);
    // The rows of these executions as stored now (those that exist) -> summariesFetched()
    void fetchSummaries(qint64 requestId, const QStringList &executionIds);
    // The rows changed after a time, by any process -> summariesFetched()
    void fetchChangedSince(qint64 requestId, const QDateTime &after);
    // A budget day's account and holds (yyyy-MM-dd) -> budgetDayFetched()
    void fetchBudgetDay(qint64 requestId, const QString &day);
    // The gates waiting for a decision, oldest first -> gatesFetched()
    void fetchPendingGates(qint64 requestId);
    // The key metrics of the window [from, to) -> keyMetricsFetched()
    void fetchKeyMetrics(qint64 requestId, const QDateTime &from, const QDateTime &to);
    // The executions running, waiting at a gate, paused and queued -> activeFetched()
    void fetchActiveExecutions(qint64 requestId);
    // Tokens and dollars per bucket of time, stage and agent -> usageSeriesFetched()
    void fetchUsageSeries(qint64 requestId, const Conductor::UsageQuery &query);
    // The alert rules' alerts not resolved, or with all every one, the most recently raised
    // first -> alertsFetched(), with why when they cannot be read.
    void fetchAlerts(qint64 requestId, bool all);

    // Its events after a sequence number -> eventsFetched()
    void fetchEvents(qint64 requestId, const QString &executionId, qint64 afterSeq);
    // Records a command for the process that runs the execution, wakes it and waits (on
    // this thread, without blocking it) for its answer -> commandAnswered(). When no live
    // process holds the execution, the command is not recorded and ownerGone is true.
    void postCommand(qint64 requestId, const Conductor::StoredCommand &command);
    // Who a person is to the database, and whether their TOTP code is right (checked and
    // used up in one write, like the command line) -> reviewerChecked()
    void checkReviewer(qint64 requestId, const QString &name, const QString &code);

    // The audit trail, newest first (see AuditTrail) -> auditTrailFetched(), empty when it
    // cannot be read.
    void fetchAuditTrail(qint64 requestId, const Conductor::AuditQuery &query);
    // Writes the entries the query selects to a CSV file (AuditCsv), atomically: the file
    // appears, or is replaced, only when all of it is written. Rows are written in chunks
    // with this thread's events between them, so other reads and cancelExport() are
    // answered meanwhile -> exportProgress() (done of total entries; 0 of 0 while the
    // trail is read), then exportFinished() with a message a person can read.
    void exportAuditCsv(qint64 requestId, const Conductor::AuditQuery &query, const QString &path);
    // Stops an export before its next chunk; the file is left as it was.
    void cancelExport(qint64 requestId);

    // Adds a record to the audit trail (a configuration change, ...) -> auditRecorded(),
    // with the record's id, or 0 when it could not be written.
    void recordAudit(qint64 requestId, const Conductor::AuditRecord &record);
Q_SIGNALS:
    void eventsFetched(qint64 requestId, const QString &executionId,
                       const Conductor::ExecutionEvents &events);
    void commandAnswered(qint64 requestId, const QString &outcome, bool ownerGone);
    void reviewerChecked(qint64 requestId, const Conductor::ReviewerCheck &check);
    void executionsFetched(qint64 requestId, const Conductor::ExecutionPage &page);
    void summariesFetched(qint64 requestId, const QList<Conductor::ExecutionSummary> &rows);
    void budgetDayFetched(qint64 requestId, bool ok, const Conductor::DayUsage &usage);
    void gatesFetched(qint64 requestId, const QList<Conductor::GateRow> &gates);
    void auditTrailFetched(qint64 requestId, const QList<Conductor::AuditEntry> &entries);
    void exportProgress(qint64 requestId, int done, int total);
    void exportFinished(qint64 requestId, bool ok, const QString &message);
    void keyMetricsFetched(qint64 requestId, const Conductor::KeyMetrics &metrics);
    void activeFetched(qint64 requestId, const Conductor::ActiveExecutions &active);
    void auditRecorded(qint64 requestId, qint64 id);
    void usageSeriesFetched(qint64 requestId, const Conductor::UsageSeries &series);
    void alertsFetched(qint64 requestId, const QList<Conductor::AlertRecord> &alerts,
                       const QString &error);

private:
    struct Export;

    // Opened on first use, on the reader's thread.
    StoreQueries &queries();
    void pollAnswer(qint64 requestId, qint64 commandId, const QString &executionId, int attempt);
    void writeExportChunk(qint64 requestId);

    QString m_path;
    std::unique_ptr<StoreQueries> m_queries;
    std::map<qint64, std::unique_ptr<Export>> m_exports;
};

// Runs a StoreReader on its own thread for as long as it lives.
class ReaderThread final
{
public:
    explicit ReaderThread(const QString &databasePath);
    ~ReaderThread();
    Q_DISABLE_COPY_MOVE(ReaderThread)

    [[nodiscard]] StoreReader *reader() const { return m_reader; }

private:
    QThread m_thread;
    StoreReader *m_reader = nullptr;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::ReviewerCheck)
Q_DECLARE_METATYPE(Conductor::AlertRecord)
