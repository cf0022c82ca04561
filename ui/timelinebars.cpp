// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebars.h"

#include "engine/executionstate.h"
#include "gatefacts.h"

#include <QJsonArray>
#include <QLocale>

namespace Conductor {

TimelineBars::TimelineBars()
{
    clear();
}

void TimelineBars::clear()
{
    m_executionId.clear();
    m_stageOrder.clear();
    m_stageNames.clear();
    m_rows = {kExecutionRow};
    m_gateRows = 0;
    m_items.clear();
    m_open.clear();
    m_lastSeq = 0;
    m_createdAt = QDateTime();
    m_lastEventAt = QDateTime();
    m_endedAt = QDateTime();
}

void TimelineBars::setStageOrder(const QStringList &stageOrder)
{
    m_stageOrder = stageOrder;
    for (const QString &stage : stageOrder) {
        ensureRow(stage);
    }
}

bool TimelineBars::append(const ExecutionEvent &e)
{
    if (e.seq <= m_lastSeq) {
        return false; // seen already
    }
    if (m_executionId.isEmpty()) {
        m_executionId = e.executionId;
    } else if (e.executionId != m_executionId) {
        return false;
    }
    m_lastSeq = e.seq;
    m_lastEventAt = e.time;
    apply(e);
    return true;
}

QList<TimelineBars::Bar> TimelineBars::bars(const QDateTime &now) const
{
    QList<Bar> out;
    out.reserve(m_items.size());
    for (const Item &item : m_items) {
        Bar bar = item.bar;
        bar.end = endOf(item, now);
        out.append(bar);
    }
    return out;
}

QDateTime TimelineBars::endOf(const Item &item, const QDateTime &now) const
{
    return item.bar.open ? std::max(now, item.bar.start) : item.bar.end;
}

QString TimelineBars::span(const QDateTime &start, const QDateTime &end)
{
    const qint64 ms = start.msecsTo(end);
    if (ms < 10'000) {
        return tr("%1 s").arg(QLocale().toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    }
    return GateFacts::spanText(ms);
}

void TimelineBars::ensureRow(const QString &row)
{
    if (m_rows.contains(row)) {
        return;
    }
    // Stages first, then gates, then the execution's own row.
    if (!row.startsWith(kGateRowPrefix)) {
        const qsizetype stageRows = m_rows.size() - 1 - m_gateRows;
        m_rows.insert(stageRows, row);
    } else {
        m_rows.insert(m_rows.size() - 1, row);
        ++m_gateRows;
    }
}

void TimelineBars::openBar(const QString &key, Item item)
{
    closeBar(key, item.bar.start); // one open bar per key: a missed end closes it here
    ensureRow(item.bar.row);
    item.bar.open = true;
    item.bar.end = item.bar.start;
    m_open.insert(key, m_items.size());
    m_items.append(std::move(item));
}

TimelineBars::Item *TimelineBars::closeBar(const QString &key, const QDateTime &at)
{
    const auto it = m_open.constFind(key);
    if (it == m_open.cend()) {
        return nullptr;
    }
    Item *item = &m_items[*it];
    m_open.erase(it);
    item->bar.open = false;
    item->bar.end = std::max(at, item->bar.start);
    return item;
}

void TimelineBars::apply(const ExecutionEvent &e)
{
    const QJsonObject &d = e.data;
    const QString stage = d.value(QStringLiteral("stage")).toString();
    const int attempt = d.value(QStringLiteral("attempt")).toInt();
    const QString t = e.type;
    const QString attemptKey = u"attempt:" + stage;
    const QString retryKey = u"retry:" + stage;
    const QString gateKey = u"gate:" + d.value(QStringLiteral("gateId")).toString();

    if (t == EventType::Created) {
        m_createdAt = e.time;
        if (m_stageOrder.isEmpty()) {
            for (const QJsonValue &v : d.value(QStringLiteral("stages")).toArray()) {
                m_stageOrder.append(v.toString());
                ensureRow(v.toString());
            }
        }
        ExecutionState created; // the stage names, from the pipeline it started with
        created.apply(e);
        m_stageNames = GateFacts::namesOf(created).stages;
    } else if (t == EventType::Queued) {
        if (!m_open.contains(QStringLiteral("queue"))) {
            openBar(QStringLiteral("queue"),
                    {{kExecutionRow, QStringLiteral("queued"), e.time, {}, true, tr("queued")},
                     tr("Queued: %1").arg(d.value(QStringLiteral("reason")).toString())});
        }
    } else if (t == EventType::Started) {
        closeBar(QStringLiteral("queue"), e.time);
    } else if (t == EventType::AttemptStarted) {
        closeBar(retryKey, e.time);
        if (Item *lost = closeBar(attemptKey, e.time)) {
            lost->bar.kind = QStringLiteral("interrupted");
        }
        openBar(attemptKey,
                {{stage, QStringLiteral("running"), e.time, {}, true, tr("#%1 ▸").arg(attempt)},
                 tr("%1 — attempt #%2 (%3)")
                     .arg(rowLabel(stage))
                     .arg(attempt)
                     .arg(d.value(QStringLiteral("agent")).toString())});
    } else if (t == EventType::AttemptSucceeded) {
        if (Item *item = closeBar(attemptKey, e.time)) {
            item->bar.kind = QStringLiteral("succeeded");
            item->bar.label = tr("#%1 ✓").arg(attempt);
            const QString verdict = d.value(QStringLiteral("verdict")).toString();
            if (!verdict.isEmpty()) {
                item->bar.label += u' ' + verdict.toUpper();
            }
            item->detail += u'\n' + tr("Succeeded");
        }
    } else if (t == EventType::AttemptFailed) {
        if (Item *item = closeBar(attemptKey, e.time)) {
            const QString errorClass = d.value(QStringLiteral("errorClass")).toString();
            item->bar.kind = QStringLiteral("failed");
            item->bar.label = tr("#%1 ✗ %2").arg(attempt).arg(errorClass);
            item->detail +=
                u'\n' + tr("Failed: %1 — %2")
                            .arg(errorClass, d.value(QStringLiteral("message")).toString());
        }
    } else if (t == EventType::AttemptInterrupted) {
        if (Item *item = closeBar(attemptKey, e.time)) {
            item->bar.kind = QStringLiteral("interrupted");
            item->bar.label = tr("#%1 ⊘ interrupted").arg(attempt);
            item->detail += u'\n' + tr("Interrupted");
        }
    } else if (t == EventType::RetryScheduled) {
        const qint64 delay = d.value(QStringLiteral("delayMs")).toInteger();
        openBar(
            retryKey,
            {{stage, QStringLiteral("retry_wait"), e.time, {}, true, tr("wait #%1").arg(attempt)},
             tr("%1 — waiting %2 before attempt #%3")
                 .arg(rowLabel(stage), span(e.time, e.time.addMSecs(delay)))
                 .arg(attempt)});
    } else if (t == EventType::StageSkipped || t == EventType::StageFailed ||
               t == EventType::StageReset) {
        closeBar(retryKey, e.time);
        if (Item *item = closeBar(attemptKey, e.time)) {
            item->bar.kind = QStringLiteral("interrupted");
        }
    } else if (t == EventType::GateOpened) {
        const QString type = d.value(QStringLiteral("gateType")).toString();
        const QString row = kGateRowPrefix + type;
        openBar(gateKey, {{row, QStringLiteral("gate_wait"), e.time, {}, true, tr("⌛ waiting")},
                          tr("Gate %1 — %2")
                              .arg(GateFacts::gateTypeText(type),
                                   d.value(QStringLiteral("reason")).toString())});
    } else if (t == EventType::GateDecided) {
        if (Item *item = closeBar(gateKey, e.time)) {
            const QString decision = d.value(QStringLiteral("decision")).toString();
            const QString reviewer = d.value(QStringLiteral("reviewer")).toString();
            item->bar.label = decision == u"approved"   ? tr("✓ approved")
                              : decision == u"rejected" ? tr("✗ rejected")
                                                        : tr("⌛ %1").arg(decision);
            item->detail += u'\n' + tr("%1 by %2").arg(decision, reviewer);
            if (const QString notes = d.value(QStringLiteral("notes")).toString();
                !notes.isEmpty()) {
                item->detail += u'\n' + tr("Notes: %1").arg(notes);
            }
        }
    } else if (t == EventType::GateEscalated) {
        if (m_open.contains(gateKey)) {
            m_items[m_open.value(gateKey)].detail +=
                u'\n' + tr("Escalated to %1").arg(d.value(QStringLiteral("role")).toString());
        }
    } else if (t == EventType::Paused) {
        openBar(QStringLiteral("pause"),
                {{kExecutionRow, QStringLiteral("paused"), e.time, {}, true, tr("❚❚ paused")},
                 tr("Paused by %1: %2")
                     .arg(d.value(QStringLiteral("by")).toString(),
                          d.value(QStringLiteral("reason")).toString())});
    } else if (t == EventType::Resumed) {
        closeBar(QStringLiteral("pause"), e.time);
    } else if (t == EventType::Completed || t == EventType::Failed || t == EventType::Cancelled) {
        m_endedAt = e.time;
        for (const QString &key : m_open.keys()) {
            if (Item *item = closeBar(key, e.time); item && item->bar.kind == u"running") {
                item->bar.kind = QStringLiteral("interrupted");
                item->bar.label = tr("%1 ⊘").arg(item->bar.label.section(u' ', 0, 0));
            }
        }
    }
}

QString TimelineBars::rowLabel(const QString &row) const
{
    if (row == kExecutionRow) {
        return tr("Execution");
    }
    if (row.startsWith(kGateRowPrefix)) {
        return tr("Gate: %1").arg(GateFacts::gateTypeText(row.mid(kGateRowPrefix.size())));
    }
    return m_stageNames.value(row, row);
}

} // namespace Conductor
