// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditmodel.h"

#include "config/money.h"
#include "displayformat.h"
#include "store/storereader.h"

#include <QLocale>

#include <algorithm>

namespace Conductor {

AuditModel::AuditModel(StoreReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(m_reader, &StoreReader::auditTrailFetched, this, &AuditModel::onFetched);
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::actionText(const QString &action)
{
    namespace A = AuditAction;
    if (action == A::Started) {
        return tr("Started");
    }
    if (action == A::Approved) {
        return tr("Approved");
    }
    if (action == A::Rejected) {
        return tr("Rejected");
    }
    if (action == A::Expired) {
        return tr("Expired");
    }
    if (action == A::Paused) {
        return tr("Paused");
    }
    if (action == A::Resumed) {
        return tr("Resumed");
    }
    if (action == A::Cancelled) {
        return tr("Cancelled");
    }
    if (action == A::Skipped) {
        return tr("Skipped");
    }
    if (action == A::Retried) {
        return tr("Retried");
    }
    if (action == A::Strategy) {
        return tr("Retry strategy changed");
    }
    if (action == A::Agent) {
        return tr("Agent changed");
    }
    if (action == A::BudgetOverride) {
        return tr("Budget override");
    }
    if (action == A::ConfigChanged) {
        return tr("Configuration changed");
    }
    if (action == A::ApiTokenCreated) {
        return tr("API token created");
    }
    if (action == A::ApiTokenRevoked) {
        return tr("API token revoked");
    }
    if (action == A::AlertAcknowledged) {
        return tr("Alert acknowledged");
    }
    return action;
}

QString AuditModel::whatText(const AuditEntry &e)
{
    namespace A = AuditAction;
    const QString &subject = e.subject;
    if (e.action == A::Started) {
        return subject.isEmpty() ? tr("Started") : tr("Started (pipeline %1)").arg(subject);
    }
    if (e.action == A::Approved) {
        return tr("Approved gate %1").arg(subject);
    }
    if (e.action == A::Rejected) {
        return tr("Rejected gate %1").arg(subject);
    }
    if (e.action == A::Expired) {
        return tr("Gate %1 expired").arg(subject);
    }
    if (e.action == A::Skipped) {
        return tr("Skipped stage %1").arg(subject);
    }
    if (e.action == A::Retried) {
        return tr("Retried stage %1").arg(subject);
    }
    if (e.action == A::Strategy) {
        return tr("Retry strategy of %1 set to %2")
            .arg(subject, e.detail.value(QStringLiteral("strategy")).toString());
    }
    if (e.action == A::Agent) {
        return tr("Agent of %1 set to %2")
            .arg(subject, e.detail.value(QStringLiteral("agent")).toString());
    }
    if (e.action == A::BudgetOverride) {
        const qint64 micros = e.detail.value(QStringLiteral("amountMicros")).toInteger();
        const qint64 tokens = e.detail.value(QStringLiteral("tokens")).toInteger();
        QStringList parts;
        if (micros > 0) {
            parts.append(DisplayFormat::money(Money::fromMicros(micros)));
        }
        if (tokens > 0) {
            parts.append(tr("tokens: %1").arg(QLocale().toString(tokens)));
        }
        return parts.isEmpty() ? tr("Budget override")
                               : tr("Budget override: %1").arg(parts.join(QStringLiteral(", ")));
    }
    if (e.action == A::ConfigChanged) {
        return subject.isEmpty() ? tr("Configuration changed") : tr("Changed %1").arg(subject);
    }
    const QString action = actionText(e.action);
    return subject.isEmpty() ? action : action + QStringLiteral(": ") + subject;
}

QString AuditModel::whoText(const AuditEntry &e)
{
    if (e.detail.value(QStringLiteral("byTimeout")).toBool()) {
        return tr("(its timeout)");
    }
    return e.actor.isEmpty() ? tr("(unknown)") : e.actor;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case ActionRole:
        return e.action;
    case ExecutionIdRole:
        return e.executionId;
    case TimeRole:
        return e.at;
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return DisplayFormat::dateTime(e.at);
        case WhoColumn:
            return whoText(e);
        case WhatColumn:
            return whatText(e);
        case ExecutionColumn:
            return e.ideaTitle.isEmpty() ? e.executionId : e.ideaTitle;
        case WhyColumn:
            return e.reason.simplified();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            // Deliberately the exact instant in the CSV export's ISO form, to match rows.
            return QString(e.at.toUTC().toString(Qt::ISODateWithMs));
        case ExecutionColumn:
            return e.executionId;
        case WhyColumn:
            return e.reason;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ExecutionColumn:
        return tr("Execution");
    case WhyColumn:
        return tr("Why");
    default:
        return {};
    }
}

void AuditModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    m_request = StoreReader::newRequestId();
    QMetaObject::invokeMethod(m_reader, "fetchAuditTrail", Qt::QueuedConnection,
                              Q_ARG(qint64, m_request), Q_ARG(Conductor::AuditQuery, query));
}

AuditEntry AuditModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : AuditEntry();
}

int AuditModel::rowOf(const AuditEntry &entry) const
{
    return static_cast<int>(m_entries.indexOf(entry));
}

void AuditModel::onFetched(qint64 requestId, const QList<AuditEntry> &entries)
{
    if (requestId != m_request) {
        return;
    }
    m_request = 0;
    apply(entries);
    Q_EMIT loaded();
}

void AuditModel::apply(const QList<AuditEntry> &next)
{
    if (next == m_entries) {
        return;
    }
    // Newer entries on top of the ones shown (the oldest may have dropped off the limit):
    // insert and remove rows rather than reset, so the view keeps its place.
    const qsizetype top = m_entries.isEmpty() ? -1 : next.indexOf(m_entries.constFirst());
    if (top >= 0) {
        const qsizetype kept = std::min(m_entries.size(), next.size() - top);
        if (std::equal(next.cbegin() + top, next.cbegin() + top + kept, m_entries.cbegin())) {
            if (kept < m_entries.size()) {
                beginRemoveRows({}, static_cast<int>(kept), static_cast<int>(m_entries.size()) - 1);
                m_entries.resize(kept);
                endRemoveRows();
            }
            if (top > 0) {
                beginInsertRows({}, 0, static_cast<int>(top) - 1);
                m_entries = next.mid(0, top + kept);
                endInsertRows();
            }
            if (next.size() > m_entries.size()) {
                beginInsertRows({}, static_cast<int>(m_entries.size()),
                                static_cast<int>(next.size()) - 1);
                m_entries = next;
                endInsertRows();
            }
            return;
        }
    }
    beginResetModel();
    m_entries = next;
    endResetModel();
}

} // namespace Conductor
