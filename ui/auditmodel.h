// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit table's model: the entries of the audit trail a query selects, newest first —
// when, who, what (to what), which execution, why. Reads go through a StoreReader on its
// own thread; the model asks and applies the answers. When an answer only adds newer
// entries on top (someone acted since), the rows are inserted there, so the selection and
// the scroll position stay; any other change resets the model.

#include "store/audittrail.h"

#include <QAbstractTableModel>

namespace Conductor {

class StoreReader;

class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        ExecutionColumn,
        WhyColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // the action's name (AuditAction)
        ExecutionIdRole,
        TimeRole, // the QDateTime, UTC
    };

    explicit AuditModel(StoreReader *reader, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Reads the entries the query selects (again, when it is the same).
    void setQuery(const AuditQuery &query);
    [[nodiscard]] const AuditQuery &query() const { return m_query; }
    // Whether an answer is awaited.
    [[nodiscard]] bool isLoading() const { return m_request != 0; }

    [[nodiscard]] const QList<AuditEntry> &entries() const { return m_entries; }
    // The entry of a row (a default one outside the rows).
    [[nodiscard]] AuditEntry entry(int row) const;
    [[nodiscard]] int rowOf(const AuditEntry &entry) const;

    // What the table and the action filter call an action ("Approved", "Budget override").
    [[nodiscard]] static QString actionText(const QString &action);
    // The What column: the action with what it was done to ("Skipped stage ux").
    [[nodiscard]] static QString whatText(const AuditEntry &entry);
    // The Who column: the actor, or what stood in for one.
    [[nodiscard]] static QString whoText(const AuditEntry &entry);

Q_SIGNALS:
    // An answer was applied, whether or not anything changed.
    void loaded();

private:
    void onFetched(qint64 requestId, const QList<Conductor::AuditEntry> &entries);
    void apply(const QList<AuditEntry> &next);

    StoreReader *m_reader;
    AuditQuery m_query;
    QList<AuditEntry> m_entries;
    qint64 m_request = 0;
};

} // namespace Conductor
