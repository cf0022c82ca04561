// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ideas table: ideas that clients of the REST API create, by id, before they start
// pipelines on them (POST /ideas, then POST /pipeline/start with its id). An idea is
// written once and never changed; the executions started on it name it in their row.

#include "engine/executionstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Conductor {

class Database;

struct IdeaRecord
{
    Idea idea;
    QDateTime createdAt;
    QString createdBy;
};

class IdeaRows final
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::IdeaRows)

public:
    enum class Insertion
    {
        Inserted,
        Exists, // an idea with that id was created before
        Failed,
    };

    explicit IdeaRows(Database &database);

    [[nodiscard]] Insertion insert(const IdeaRecord &record);
    // The idea with this id; none when there is none or the read failed (error() says so).
    [[nodiscard]] std::optional<IdeaRecord> find(const QString &id) const;
    // The executions started on the idea, oldest first.
    [[nodiscard]] QStringList executionsOf(const QString &id) const;

    [[nodiscard]] const QString &error() const { return m_error; }

private:
    Database &m_database;
    mutable QString m_error;
};

} // namespace Conductor
