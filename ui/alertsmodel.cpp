// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsmodel.h"

#include "displayformat.h"

#include "store/storereader.h"
#include "uistyle.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPalette>
#include <QTimer>

#include <algorithm>

namespace Conductor {

namespace {

constexpr int kPollMs = 5000;

QString stateText(AlertState state)
{
    switch (state) {
    case AlertState::Firing:
        return AlertsModel::tr("Firing");
    case AlertState::Acknowledged:
        return AlertsModel::tr("Acknowledged");
    case AlertState::Resolved:
        return AlertsModel::tr("Resolved");
    }
    return {};
}

QString severityText(const QString &severity)
{
    if (severity == u"critical") {
        return AlertsModel::tr("Critical");
    }
    if (severity == u"warning") {
        return AlertsModel::tr("Warning");
    }
    if (severity == u"info") {
        return AlertsModel::tr("Info");
    }
    return severity;
}

QString outcomeText(const QString &outcome)
{
    if (outcome == u"delivered") {
        return AlertsModel::tr("delivered");
    }
    if (outcome == u"retrying") {
        return AlertsModel::tr("retrying");
    }
    if (outcome == u"failed") {
        return AlertsModel::tr("failed");
    }
    return outcome;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? DisplayFormat::dateTime(at) : QString();
}

} // namespace

AlertsModel::AlertsModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_poll(new QTimer(this))
{
    connect(m_reader, &StoreReader::alertsFetched, this, &AlertsModel::onAlerts);
    connect(m_poll, &QTimer::timeout, this, &AlertsModel::refresh);
    m_poll->start(kPollMs);
    refresh();
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertsModel::deliverySummary(const QJsonObject &data)
{
    const QJsonObject deliveries = data.value(QStringLiteral("deliveries")).toObject();
    QStringList parts;
    for (auto it = deliveries.begin(); it != deliveries.end(); ++it) {
        const QJsonObject d = it.value().toObject();
        const QString outcome = outcomeText(d.value(QStringLiteral("outcome")).toString());
        const QString detail = d.value(QStringLiteral("detail")).toString();
        parts.append(detail.isEmpty() ||
                             d.value(QStringLiteral("outcome")).toString() == u"delivered"
                         ? tr("%1: %2").arg(it.key(), outcome)
                         : tr("%1: %2 (%3)").arg(it.key(), outcome, detail));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AlertRecord &a = m_alerts.at(index.row());
    if (role == AlertIdRole) {
        return a.id;
    }
    if (role == StateRole) {
        return static_cast<int>(a.state);
    }
    const QString severity = a.data.value(QStringLiteral("severity")).toString();
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn &&
        a.state != AlertState::Resolved && severity == u"critical") {
        return QBrush(UiStyle::errorColor(QGuiApplication::palette()));
    }
    if (role == Qt::FontRole && a.state == AlertState::Firing) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case StateColumn:
        return stateText(a.state);
    case SeverityColumn:
        return severityText(severity);
    case RuleColumn:
        return role == Qt::ToolTipRole
                   ? tr("%1 → %2\n%3")
                         .arg(a.rule, a.data.value(QStringLiteral("action")).toString(), a.id)
                   : a.rule;
    case SummaryColumn:
        return a.message;
    case RaisedColumn:
        return when(a.raisedAt);
    case ChangedColumn:
        return a.updatedAt == a.raisedAt ? QString() : when(a.updatedAt);
    case NotifiedColumn:
        return deliverySummary(a.data);
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SummaryColumn:
        return tr("What happened");
    case RaisedColumn:
        return tr("Raised");
    case ChangedColumn:
        return tr("Last change");
    case NotifiedColumn:
        return tr("Notified");
    default:
        return {};
    }
}

void AlertsModel::setShowResolved(bool all)
{
    if (m_all == all) {
        return;
    }
    m_all = all;
    refresh();
}

void AlertsModel::setPollInterval(int milliseconds)
{
    m_poll->stop();
    if (milliseconds > 0) {
        m_poll->start(milliseconds);
    }
}

const AlertRecord *AlertsModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

void AlertsModel::refresh()
{
    if (m_request != 0) {
        m_again = true; // once this look is back: what changed meanwhile
        return;
    }
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchAlerts", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(bool, m_all));
}

void AlertsModel::onAlerts(qint64 requestId, const QList<AlertRecord> &alerts, const QString &error)
{
    if (requestId != m_request) {
        return;
    }
    m_request = 0;
    m_error = error;
    if (error.isEmpty()) {
        // Reset only when the list changed, so the selection survives each look.
        const auto same = [](const AlertRecord &a, const AlertRecord &b) {
            return a.id == b.id && a.state == b.state && a.updatedAt == b.updatedAt &&
                   a.data == b.data;
        };
        if (!std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(), m_alerts.cend(), same)) {
            const bool sameRows =
                alerts.size() == m_alerts.size() &&
                std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(),
                           [](const AlertRecord &a, const AlertRecord &b) { return a.id == b.id; });
            if (sameRows) {
                m_alerts = alerts;
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            } else {
                beginResetModel();
                m_alerts = alerts;
                endResetModel();
            }
        }
        m_firing = static_cast<int>(
            std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                          [](const AlertRecord &a) { return a.state == AlertState::Firing; }));
        Q_EMIT firingChanged(m_firing);
    }
    Q_EMIT loaded();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

} // namespace Conductor
