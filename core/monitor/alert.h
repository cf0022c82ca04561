// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an alert tells the people who must hear of it: which alert (its id is also the key
// that ties its firing, acknowledgement and resolution together at a paging service),
// the rule that raised it, how severe it is, where it is in its life (firing, then
// acknowledged, then resolved), a line of summary, details as JSON and when it was
// raised. A value type, copied across threads; the budget ledger's alerts convert to it.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace Conductor {

struct LedgerAlert;

struct Alert
{
    enum class Severity
    {
        Info,
        Warning,
        Critical
    };
    enum class State
    {
        Firing,
        Acknowledged,
        Resolved
    };

    QString id; // also the deduplication key: the same for every state of one alert
    QString rule;
    Severity severity = Severity::Warning;
    State state = State::Firing;
    QString summary;
    QJsonObject details;
    QDateTime raisedAt;

    // "info", "warning", "critical"; "firing", "acknowledged", "resolved".
    [[nodiscard]] static QString severityName(Severity severity);
    [[nodiscard]] static std::optional<Severity> severityFromName(QStringView name);
    [[nodiscard]] static QString stateName(State state);
    [[nodiscard]] static std::optional<State> stateFromName(QStringView name);

    // A budget alert the ledger raised, firing, as a warning unless told otherwise.
    [[nodiscard]] static Alert fromLedgerAlert(const LedgerAlert &alert,
                                               Severity severity = Severity::Warning);
    // The alert as JSON (id, rule, severity, state, summary, details, raisedAt in ISO 8601
    // UTC) and back; fromJson gives nothing for an object without an id or with unknown
    // names.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<Alert> fromJson(const QJsonObject &object);

    friend bool operator==(const Alert &, const Alert &) = default;
};

} // namespace Conductor

Q_DECLARE_METATYPE(Conductor::Alert)
