// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The alerts page's model: the alert rules' alerts as the database records them, across
// the processes sharing it, the most recently raised first — those not resolved, or all
// of them. It looks again every five seconds through the StoreReader (another process may
// raise, acknowledge or resolve one) and at once when asked (the session's alertChanged).

#include "store/alertrows.h"

#include <QAbstractTableModel>

class QTimer;

namespace Conductor {

class StoreReader;

class AlertsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsModel)

public:
    enum Column
    {
        StateColumn,
        SeverityColumn,
        RuleColumn,
        SummaryColumn,
        RaisedColumn,
        ChangedColumn,
        NotifiedColumn, // what each notifier was told, and how that went
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1,
        StateRole, // AlertState as an int
    };

    explicit AlertsModel(StoreReader *reader, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Whether resolved alerts are listed too.
    void setShowResolved(bool all);
    [[nodiscard]] bool showsResolved() const { return m_all; }
    // How often to look again; 0 stops looking.
    void setPollInterval(int milliseconds);
    [[nodiscard]] const AlertRecord *alertAt(int row) const;
    // Alerts firing and not yet acknowledged, after the last look.
    [[nodiscard]] int firingCount() const { return m_firing; }
    // Why the last look failed; empty when it did not.
    [[nodiscard]] const QString &error() const { return m_error; }

    // A one-line account of the deliveries recorded on an alert ("ops: delivered,
    // on-call: failed (…)"), for the Notified column.
    [[nodiscard]] static QString deliverySummary(const QJsonObject &data);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // After each look: how many alerts fire unacknowledged.
    void firingChanged(int firing);
    void loaded();

private:
    void onAlerts(qint64 requestId, const QList<Conductor::AlertRecord> &alerts,
                  const QString &error);

    StoreReader *m_reader;
    QTimer *m_poll;
    QList<AlertRecord> m_alerts;
    QString m_error;
    qint64 m_request = 0;
    int m_firing = 0;
    bool m_all = false;
    bool m_again = false; // asked to look again while a look was under way
};

} // namespace Conductor
