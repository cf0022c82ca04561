// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gatesmodel.h"

#include "displayformat.h"

#include "store/storereader.h"

#include <QTimer>

namespace Conductor {

namespace {
constexpr int kPollMs = 2000;
} // namespace

GatesModel::GatesModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_poll(new QTimer(this))
{
    connect(m_reader, &StoreReader::gatesFetched, this, &GatesModel::onGates);
    connect(m_poll, &QTimer::timeout, this, &GatesModel::refresh);
    m_poll->start(kPollMs);
    refresh();
}

int GatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gates.size());
}

int GatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GateRow &g = m_gates.at(index.row());
    if (role == GateIdRole) {
        return g.id;
    }
    if (role == ExecutionIdRole) {
        return g.executionId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TypeColumn:
        return role == Qt::ToolTipRole ? QString(g.type + u'\n' + g.id)
               : g.critical            ? tr("%1 (critical)").arg(g.type)
                                       : g.type;
    case IdeaColumn:
        return g.ideaTitle;
    case ReasonColumn:
        return g.reason;
    case WaitingColumn:
        return DisplayFormat::dateTime(g.openedAt);
    case DeadlineColumn:
        return g.deadline.isValid() ? DisplayFormat::dateTime(g.deadline) : tr("none");
    case RoleColumn:
        return g.reviewerRole;
    case IdColumn:
        return g.id;
    default:
        return {};
    }
}

QVariant GatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TypeColumn:
        return tr("Gate");
    case IdeaColumn:
        return tr("Idea");
    case ReasonColumn:
        return tr("Why it opened");
    case WaitingColumn:
        return tr("Waiting since");
    case DeadlineColumn:
        return tr("Deadline");
    case RoleColumn:
        return tr("Decided by");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

void GatesModel::setPollInterval(int milliseconds)
{
    m_poll->stop();
    if (milliseconds > 0) {
        m_poll->start(milliseconds);
    }
}

void GatesModel::refresh()
{
    if (m_request != 0) {
        return; // the last look has not come back yet
    }
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchPendingGates", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request));
}

void GatesModel::onGates(qint64 requestId, const QList<GateRow> &gates)
{
    if (requestId != m_request) {
        return;
    }
    m_request = 0;
    const auto ids = [](const QList<GateRow> &list) {
        QStringList out;
        for (const GateRow &g : list) {
            out.append(g.id);
        }
        return out;
    };
    if (ids(gates) == ids(m_gates)) {
        // The same gates: their rows may have changed (an escalation, a new deadline);
        // the selection stays where it is.
        for (int row = 0; row < gates.size(); ++row) {
            const GateRow &was = m_gates.at(row);
            const GateRow &now = gates.at(row);
            const bool same = was.reviewerRole == now.reviewerRole &&
                              was.escalations == now.escalations && was.deadline == now.deadline &&
                              was.reason == now.reason;
            m_gates[row] = now;
            if (!same) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    } else {
        beginResetModel();
        m_gates = gates;
        endResetModel();
    }
    // Gates that opened since the last look (the first look only learns what waits).
    QList<GateRow> opened;
    for (const GateRow &g : gates) {
        if (!m_known.contains(g.id)) {
            m_known.insert(g.id);
            if (m_looked) {
                opened.append(g);
            }
        }
    }
    m_looked = true;
    Q_EMIT countChanged(static_cast<int>(m_gates.size()));
    if (!opened.isEmpty()) {
        Q_EMIT gatesOpened(opened);
    }
}

const GateRow *GatesModel::gateAt(int row) const
{
    return row >= 0 && row < m_gates.size() ? &m_gates.at(row) : nullptr;
}

} // namespace Conductor
