// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the gate dialog tells a reviewer, as text: the gate's name and deadline, the idea,
// the costs and the outlook, a budget gate's request, and the stages ordered findings
// first. Pure functions of an ExecutionState (and the pipeline and configuration it
// started with), kept apart from the dialog's widgets so that each stays readable.

#include "config/configuration.h"
#include "engine/executionstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Conductor {

class GateFacts final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::GateFacts)

public:
    // The names a person knows, read once from the texts the execution started with.
    struct Names
    {
        QHash<QString, QString> stages;      // stage id -> name
        QHash<QString, QString> checkpoints; // checkpoint id -> name
        std::optional<Configuration> config; // the configuration the execution runs with
    };
    [[nodiscard]] static Names namesOf(const ExecutionState &state);

    // "risk_review" -> "risk review"
    [[nodiscard]] static QString gateTypeText(const QString &type);
    // "2 h 5 min", "4 min 10 s", "12 s"
    [[nodiscard]] static QString spanText(qint64 ms);
    // What the gate's timeout will do, as the engine decides it; empty when not known.
    [[nodiscard]] static QString timeoutOutcome(const GateRecord &gate, const Names &names);
    // The deadline and the time left at `now` (or how long ago it passed).
    [[nodiscard]] static QString deadlineText(const GateRecord &gate, const QDateTime &now);
    // Why the gate is no longer waiting, naming who decided it; empty while it waits.
    [[nodiscard]] static QString decidedText(const GateRecord &gate);

    // Rich text blocks (every value escaped).
    [[nodiscard]] static QString ideaHtml(const ExecutionState &state);
    [[nodiscard]] static QString costsHtml(const ExecutionState &state, const Names &names,
                                           const QDateTime &now);
    [[nodiscard]] static QString budgetGateHtml(const GateRecord &gate);
    [[nodiscard]] static QString findingsHtml(const ExecutionState &state, const Names &names);

    // A stage as the dialog's list shows it.
    struct StageEntry
    {
        QString id;
        QString text;         // "Risk — FLAG: needs a human look"
        QString markdown;     // its output, or why there is none
        bool finding = false; // a flag or fail verdict

        friend bool operator==(const StageEntry &, const StageEntry &) = default;
    };
    // The stages that ran or ended, findings (flag, fail) first, then the other verdicts,
    // then the rest, each group in pipeline order.
    [[nodiscard]] static QList<StageEntry> stageEntries(const ExecutionState &state,
                                                        const Names &names);
};

} // namespace Conductor
