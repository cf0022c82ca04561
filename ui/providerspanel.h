// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The Dashboard's "Providers" group: a row per provider of the app's pipeline with its
// state as a word (Up, Down, Checking…) coloured as a help, how long its last answer took,
// when it was last checked, and its models or, when down, the reason. It follows a
// ProviderMonitor, which checks every monitoring.healthCheckInterval; "Check now" asks at
// once. A pipeline without providers says that every agent in it is simulated.

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Conductor {

class ProviderMonitor;

class ProvidersPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPanel)

public:
    enum Column
    {
        ProviderColumn,
        StateColumn,
        LatencyColumn,
        CheckedColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit ProvidersPanel(QWidget *parent = nullptr);

    // Follows the monitor (null: none); it must outlive the panel or be unset first.
    void setMonitor(ProviderMonitor *monitor);
    [[nodiscard]] ProviderMonitor *monitor() const { return m_monitor; }

    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *noProvidersLabel() const { return m_none; }
    [[nodiscard]] QPushButton *checkNowButton() const { return m_checkNow; }

private:
    void showStatuses();

    ProviderMonitor *m_monitor = nullptr;
    QTreeWidget *m_list;
    QLabel *m_none;
    QPushButton *m_checkNow;
};

} // namespace Conductor
