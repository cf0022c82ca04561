// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One key metric on the dashboard: its name, its value large, and beneath it what the
// value was computed from ("12 of 14 ended executions completed"), or why there is no
// value ("no data" and what was missing). The tooltip says how it is defined.

#include <QFrame>

class QLabel;

namespace Conductor {

class MetricTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricTile)

public:
    MetricTile(const QString &title, const QString &definition, QWidget *parent = nullptr);

    // A value, a second one beneath it in a smaller type when there is one, and the basis.
    void showValue(const QString &value, const QString &basis, const QString &second = {});
    // No value: says "no data" and why.
    void showNoData(const QString &why);
    // Shown while the figures are of another window than the one chosen.
    void setStale(bool stale);

    [[nodiscard]] bool hasData() const { return m_hasData; }
    [[nodiscard]] QLabel *titleLabel() const { return m_title; }
    [[nodiscard]] QLabel *valueLabel() const { return m_value; }
    [[nodiscard]] QLabel *secondLabel() const { return m_second; }
    [[nodiscard]] QLabel *basisLabel() const { return m_basis; }

private:
    void applyColors();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_second;
    QLabel *m_basis;
    bool m_hasData = false;
    bool m_stale = false;
};

} // namespace Conductor
