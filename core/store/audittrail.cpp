// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "database.h"
#include "engine/event.h"
#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <vector>

namespace Conductor {

namespace {

// How an event type becomes entries: which payload keys say who and why and to what.
struct EventSource
{
    enum class Kind
    {
        Created,  // who from requestedBy; why: the idea's title; subject: the pipeline
        Decision, // the action is the decision
        Strategy, // the action is "strategy" or "agent", whichever the payload names
        Plain
    };
    QLatin1String type;
    QList<QLatin1String> actions;
    Kind kind = Kind::Plain;
    QLatin1String actorKey;
    QLatin1String reasonKey;
    QLatin1String subjectKey; // empty: none
};

const QList<EventSource> &eventSources()
{
    using K = EventSource::Kind;
    namespace A = AuditAction;
    const QLatin1String by("by");
    const QLatin1String reason("reason");
    const QLatin1String stage("stage");
    static const QList<EventSource> sources{
        {EventType::Created, {A::Started}, K::Created, QLatin1String("requestedBy"), {}, {}},
        {EventType::GateDecided,
         {A::Approved, A::Rejected, A::Expired},
         K::Decision,
         QLatin1String("reviewer"),
         QLatin1String("notes"),
         QLatin1String("gateType")},
        {EventType::Paused, {A::Paused}, K::Plain, by, reason, {}},
        {EventType::Resumed, {A::Resumed}, K::Plain, by, reason, {}},
        {EventType::Cancelled, {A::Cancelled}, K::Plain, by, reason, {}},
        {EventType::StageSkipped, {A::Skipped}, K::Plain, by, reason, stage},
        {EventType::StageReset, {A::Retried}, K::Plain, by, reason, stage},
        {EventType::StrategyChanged, {A::Strategy, A::Agent}, K::Strategy, by, reason, stage},
        {EventType::BudgetOverridden, {A::BudgetOverride}, K::Plain, by, reason, {}},
    };
    return sources;
}

// A search is text, not a pattern: LIKE's wildcards in it are escaped (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + pattern + u'%';
}

QString likeClause(const QString &expression)
{
    return expression + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

// One source's rows, newest first, read one ahead so that the sources can be merged.
class Cursor final
{
public:
    using Reader = std::function<AuditEntry(const QSqlQuery &)>;

    Cursor(QSqlDatabase &db, Reader reader)
        : m_query(db)
        , m_reader(std::move(reader))
    {
        m_query.setForwardOnly(true);
    }
    Q_DISABLE_COPY_MOVE(Cursor)

    bool start(const QString &sql, const QVariantList &values, QString *error)
    {
        m_query.prepare(sql);
        for (int i = 0; i < values.size(); ++i) {
            m_query.bindValue(i, values.at(i));
        }
        if (!m_query.exec()) {
            *error = queryError(m_query);
            return false;
        }
        advance();
        return true;
    }
    void advance()
    {
        if (m_query.next()) {
            m_current = m_reader(m_query);
        } else {
            m_current.reset();
            m_query.finish();
        }
    }
    [[nodiscard]] const std::optional<AuditEntry> &current() const { return m_current; }

private:
    QSqlQuery m_query;
    Reader m_reader;
    std::optional<AuditEntry> m_current;
};

bool wants(const AuditQuery &query, QLatin1String action)
{
    return query.actions.isEmpty() || query.actions.contains(QString(action));
}

} // namespace

AuditTrail::AuditTrail(Database &database)
    : m_database(database)
{}

QStringList AuditTrail::eventActions()
{
    QStringList actions;
    for (const EventSource &source : eventSources()) {
        for (const QLatin1String action : source.actions) {
            actions.append(action);
        }
    }
    return actions;
}

std::optional<QList<AuditEntry>> AuditTrail::read(const AuditQuery &query)
{
    m_error.clear();
    if (!m_database.isOpen()) {
        m_error = m_database.error();
        return std::nullopt;
    }
    const SqlDialect &dialect = m_database.dialect();
    const auto json = [&](QLatin1String key) -> QString {
        return QStringLiteral("COALESCE(") + dialect.jsonText(u"e.data", key) +
               QStringLiteral(", '')");
    };
    const QString search = query.search.isEmpty() ? QString() : containsPattern(query.search);
    const QString actor = query.actor.isEmpty() ? QString() : containsPattern(query.actor);
    const bool limited = query.limit > 0;
    std::vector<std::unique_ptr<Cursor>> cursors;

    for (const EventSource &source : eventSources()) {
        QList<QLatin1String> wanted;
        for (const QLatin1String action : source.actions) {
            if (wants(query, action)) {
                wanted.append(action);
            }
        }
        if (wanted.isEmpty()) {
            continue;
        }
        const bool created = source.kind == EventSource::Kind::Created;
        const QString actorExpr = json(source.actorKey);
        const QString reasonExpr =
            created ? QStringLiteral("COALESCE(x.idea_title, '')") : json(source.reasonKey);
        const QString subjectExpr = created ? QStringLiteral("COALESCE(x.pipeline_id, '')")
                                    : source.subjectKey.isEmpty() ? QStringLiteral("''")
                                                                  : json(source.subjectKey);
        // execution_created carries the configuration and the pipeline as text: only the
        // keys the trail shows are read from it, never the whole payload.
        const QString payload =
            created ? QString(json(QLatin1String("requestedRole")) + QStringLiteral(", ") +
                              json(QLatin1String("priority")))
                    : QStringLiteral("e.data, ''");
        QStringList where{QStringLiteral("e.type = ?")};
        QVariantList values{QString(source.type)};
        if (query.from.isValid()) {
            where.append(QStringLiteral("e.time >= ?"));
            values.append(toStoredTime(query.from));
        }
        if (query.to.isValid()) {
            where.append(QStringLiteral("e.time < ?"));
            values.append(toStoredTime(query.to));
        }
        if (wanted.size() < source.actions.size()) {
            if (source.kind == EventSource::Kind::Decision) {
                where.append(dialect.jsonText(u"e.data", QLatin1String("decision")) +
                             QStringLiteral(" IN (") + placeholders(wanted.size()) + u')');
                for (const QLatin1String action : std::as_const(wanted)) {
                    values.append(QString(action));
                }
            } else if (source.kind == EventSource::Kind::Strategy) {
                where.append(dialect.jsonText(u"e.data", wanted.constFirst()) +
                             QStringLiteral(" IS NOT NULL"));
            }
        }
        if (!actor.isEmpty()) {
            where.append(likeClause(actorExpr));
            values.append(actor);
        }
        if (!search.isEmpty()) {
            where.append(
                u'(' + likeClause(reasonExpr) + QStringLiteral(" OR ") + likeClause(subjectExpr) +
                QStringLiteral(" OR ") + likeClause(QStringLiteral("COALESCE(x.idea_title, '')")) +
                QStringLiteral(" OR ") + likeClause(QStringLiteral("e.execution_id")) + u')');
            values += {search, search, search, search};
        }
        // Ordered by time alone, so that the (type, time) index gives the order and the
        // LIMIT stops the scan; the left join keeps the events as the outer loop.
        const QString sql =
            QStringLiteral("SELECT e.execution_id, e.time, COALESCE(x.idea_title, ''), ") +
            actorExpr + QStringLiteral(", ") + reasonExpr + QStringLiteral(", ") + subjectExpr +
            QStringLiteral(", ") + payload +
            QStringLiteral(" FROM events e LEFT JOIN executions x ON x.id = e.execution_id"
                           " WHERE ") +
            where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY e.time DESC") +
            (limited ? QStringLiteral(" LIMIT ?") : QString());
        if (limited) {
            values.append(query.limit);
        }
        const EventSource *s = &source;
        auto cursor = std::make_unique<Cursor>(m_database.connection(), [s](const QSqlQuery &q) {
            AuditEntry entry;
            entry.executionId = q.value(0).toString();
            entry.at = fromStoredTime(q.value(1).toString());
            entry.ideaTitle = q.value(2).toString();
            entry.actor = q.value(3).toString();
            entry.reason = q.value(4).toString();
            entry.subject = q.value(5).toString();
            if (s->kind == EventSource::Kind::Created) {
                entry.action = AuditAction::Started;
                entry.detail = QJsonObject{{QStringLiteral("pipelineId"), entry.subject},
                                           {QStringLiteral("requestedRole"), q.value(6).toString()},
                                           {QStringLiteral("priority"), q.value(7).toString()}};
                return entry;
            }
            QJsonObject data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            if (s->kind == EventSource::Kind::Decision) {
                entry.action = data.value(QStringLiteral("decision")).toString();
                data.remove(QStringLiteral("decision"));
            } else if (s->kind == EventSource::Kind::Strategy) {
                entry.action = data.contains(QStringLiteral("strategy"))
                                   ? QString(AuditAction::Strategy)
                                   : QString(AuditAction::Agent);
            } else {
                entry.action = s->actions.constFirst();
            }
            // What the entry's own fields say is not repeated in its detail.
            data.remove(s->actorKey);
            data.remove(s->reasonKey);
            if (!s->subjectKey.isEmpty()) {
                data.remove(s->subjectKey);
            }
            entry.detail = data;
            return entry;
        });
        if (!cursor->start(sql, values, &m_error)) {
            qCWarning(lcStore).noquote() << "reading the audit trail:" << m_error;
            return std::nullopt;
        }
        cursors.push_back(std::move(cursor));
    }

    // The audit table's own records.
    {
        QStringList where;
        QVariantList values;
        if (query.from.isValid()) {
            where.append(QStringLiteral("at >= ?"));
            values.append(toStoredTime(query.from));
        }
        if (query.to.isValid()) {
            where.append(QStringLiteral("at < ?"));
            values.append(toStoredTime(query.to));
        }
        if (!query.actions.isEmpty()) {
            where.append(QStringLiteral("action IN (") + placeholders(query.actions.size()) + u')');
            for (const QString &action : query.actions) {
                values.append(action);
            }
        }
        if (!actor.isEmpty()) {
            where.append(likeClause(QStringLiteral("actor")));
            values.append(actor);
        }
        if (!search.isEmpty()) {
            where.append(u'(' + likeClause(QStringLiteral("reason")) + QStringLiteral(" OR ") +
                         likeClause(QStringLiteral("subject")) + u')');
            values += {search, search};
        }
        const QString sql =
            QStringLiteral("SELECT at, actor, action, subject, reason, detail FROM audit") +
            (where.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY at DESC, id DESC") +
            (limited ? QStringLiteral(" LIMIT ?") : QString());
        if (limited) {
            values.append(query.limit);
        }
        auto cursor = std::make_unique<Cursor>(m_database.connection(), [](const QSqlQuery &q) {
            AuditEntry entry;
            entry.at = fromStoredTime(q.value(0).toString());
            entry.actor = q.value(1).toString();
            entry.action = q.value(2).toString();
            entry.subject = q.value(3).toString();
            entry.reason = q.value(4).toString();
            entry.detail = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            return entry;
        });
        if (!cursor->start(sql, values, &m_error)) {
            qCWarning(lcStore).noquote() << "reading the audit trail:" << m_error;
            return std::nullopt;
        }
        cursors.push_back(std::move(cursor));
    }

    // Merge the sources, newest first; each is sorted and limited, so at most limit rows
    // of each are ever read.
    QList<AuditEntry> entries;
    while (!limited || entries.size() < query.limit) {
        Cursor *newest = nullptr;
        for (const std::unique_ptr<Cursor> &cursor : cursors) {
            if (cursor->current() && (!newest || cursor->current()->at > newest->current()->at)) {
                newest = cursor.get();
            }
        }
        if (!newest) {
            break;
        }
        entries.append(*newest->current());
        newest->advance();
    }
    return entries;
}

namespace AuditCsv {

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r') {
            value.prepend(u'\'');
        }
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        value.replace(u'"', QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QByteArray header()
{
    return QByteArrayLiteral("time,actor,action,execution,idea,subject,reason,detail\r\n");
}

QByteArray row(const AuditEntry &entry)
{
    const QString detail =
        entry.detail.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QStringList fields{entry.at.toUTC().toString(Qt::ISODateWithMs),
                             entry.actor,
                             entry.action,
                             entry.executionId,
                             entry.ideaTitle,
                             entry.subject,
                             entry.reason,
                             detail};
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields) {
        cells.append(field(f));
    }
    return (cells.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

} // namespace AuditCsv

} // namespace Conductor
