// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The gates inbox's model: every gate waiting for a decision, across executions and
// processes, oldest first. It looks again every two seconds through the StoreReader (any
// process may open or decide a gate) and says how many wait, for the navigation's count.

#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QSet>

class QTimer;

namespace Conductor {

class StoreReader;

class GatesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatesModel)

public:
    enum Column
    {
        TypeColumn,
        IdeaColumn,
        ReasonColumn,
        WaitingColumn,
        DeadlineColumn,
        RoleColumn,
        IdColumn, // what `conductor approve` takes
        ColumnCount
    };
    enum Role
    {
        GateIdRole = Qt::UserRole + 1,
        ExecutionIdRole,
    };

    explicit GatesModel(StoreReader *reader, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    // How often to look again; 0 stops looking.
    void setPollInterval(int milliseconds);
    [[nodiscard]] const GateRow *gateAt(int row) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // After each look: how many gates wait.
    void countChanged(int pending);
    // Gates that began to wait since the last look.
    void gatesOpened(const QList<Conductor::GateRow> &gates);

private:
    void onGates(qint64 requestId, const QList<Conductor::GateRow> &gates);

    StoreReader *m_reader;
    QList<GateRow> m_gates;
    qint64 m_request = 0;
    QSet<QString> m_known; // every gate seen waiting
    bool m_looked = false;
    QTimer *m_poll;
};

} // namespace Conductor
