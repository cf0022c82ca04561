// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The alerts page: what the alert rules raised (AlertsModel), firing ones in bold, with
// what each notifier was told; a person acknowledges the selected firing alert here (the
// same as `conductor alerts --acknowledge ID`, audited under their name) and may list the
// resolved ones too.

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Conductor {

class AlertMonitor;
class AlertsModel;
class StoreReader;

class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    // monitor acknowledges (none: the page only shows); operator is who acknowledges.
    AlertsPage(StoreReader *reader, AlertMonitor *monitor, QString operatorName,
               QWidget *parent = nullptr);

    [[nodiscard]] AlertsModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

public Q_SLOTS:
    // Acknowledges the selected alert, when it fires.
    void acknowledgeSelected();

private:
    void updateActions();
    void showStatus();

    AlertsModel *m_model;
    AlertMonitor *m_monitor;
    QString m_operator;
    QTableView *m_table;
    QCheckBox *m_showResolved;
    QPushButton *m_acknowledge;
    QLabel *m_status;
};

} // namespace Conductor
