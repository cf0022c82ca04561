// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The alerts table: one row per alert raised, by an id that names what it is about (the
// budget's threshold alert of a day is "budget_threshold:2026-03-10"), with the rule that
// raised it, where it is in its life (firing, then acknowledged by a person, then
// resolved), a message for people, the figures behind it as JSON, and when it was raised
// and last changed. The ledger raises its threshold alert in the transaction that crosses
// it; the alert rules and `conductor alerts` write and read here.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Conductor {

class Database;

enum class AlertState
{
    Firing,
    Acknowledged,
    Resolved,
};

// "firing", "acknowledged", "resolved": the stored and printed names.
[[nodiscard]] QString alertStateName(AlertState state);
[[nodiscard]] std::optional<AlertState> alertStateFromName(QStringView name);

struct AlertRecord
{
    QString id;
    QString rule;
    AlertState state = AlertState::Firing;
    QString message;
    QJsonObject data;
    QDateTime raisedAt;
    QDateTime updatedAt; // raisedAt until the state changes

    // {id, rule, state, message, data, raisedAt, updatedAt}: the stored names and ISO 8601
    // times, as `conductor alerts --json` and the REST API give them.
    [[nodiscard]] QJsonObject toJson() const;
};

// What became of telling one notifier of an alert.
struct AlertDelivery
{
    QString notifier;
    QString outcome;                            // delivered, retrying, failed
    AlertState alertState = AlertState::Firing; // the state the notifier was told of
    int attempt = 0;                            // the attempt that failed, when retrying
    QString detail;                             // why it failed or is retried (no credential in it)
    QDateTime at;
};

class AlertRows final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::AlertRows)

public:
    enum class Insertion
    {
        Inserted,
        Exists, // an alert with that id was raised before; it is left as it is
        Failed,
    };

    explicit AlertRows(Database &database);

    // Records a raised alert (updatedAt, when invalid, is raisedAt).
    [[nodiscard]] Insertion insert(const AlertRecord &record);
    enum class Change
    {
        Changed,
        Unchanged, // no such alert, or it was not in a state the change starts from
        Failed,
    };
    // Firing -> acknowledged at a time, in one conditional write.
    [[nodiscard]] Change acknowledge(const QString &id, const QDateTime &at);
    // Firing or acknowledged -> resolved, in one conditional write: of two processes
    // resolving the same alert, one changes it.
    [[nodiscard]] Change resolve(const QString &id, const QDateTime &at);
    // The alert with this id; none when there is none or the read failed (error() says so).
    [[nodiscard]] std::optional<AlertRecord> find(const QString &id) const;
    // Those not resolved, or with all every one, the most recently raised first; empty
    // with error() set when the read failed. A state this version does not know is read
    // as firing: someone should look at it.
    [[nodiscard]] QList<AlertRecord> list(bool all) const;
    // Notes how telling a notifier of the alert went, under data.deliveries.NOTIFIER
    // ({outcome, state, attempt, detail, at}; the latest outcome per notifier), in one write
    // transaction; false with error() set when there is no such alert or the database failed.
    bool recordDelivery(const QString &id, const AlertDelivery &delivery);

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool fail(const QString &message) const;

    Database &m_database;
    mutable QString m_error;
};

} // namespace Conductor
