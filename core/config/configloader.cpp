// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configloader.h"

#include "conditionreader_p.h"
#include "logging/logging.h"
#include "secretname_p.h"
#include "yamlreader_p.h"
#include "yamlsafety_p.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTimeZone>
#include <QUrl>

namespace Conductor {

namespace {

constexpr qint64 kMaxTokens = 1'000'000'000'000;

class ConfigurationReader
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::ConfigLoader)

public:
    explicit ConfigurationReader(YamlReader &reader)
        : r(reader)
    {}

    Configuration read(const YamlField &root)
    {
        Configuration config;
        config.gates.definitions = builtInGates();
        const std::optional<YamlMap> top = r.mapping(root, ConfigLoader::topLevelKeys());
        if (!top) {
            return config;
        }
        top->with(u"agent", [&](const YamlField &f) { readAgent(f, config.agent); });
        top->with(u"orchestration",
                  [&](const YamlField &f) { readOrchestration(f, config.orchestration); });
        top->with(u"budgets", [&](const YamlField &f) { readBudgets(f, config.budgets); });
        top->with(u"gates", [&](const YamlField &f) { readGates(f, config.gates); });
        top->with(u"monitoring", [&](const YamlField &f) { readMonitoring(f, config.monitoring); });
        top->with(u"alerts", [&](const YamlField &f) { readAlerts(f, config.alerts); });
        checkConsistency(*top, config);
        return config;
    }

private:
    template<typename T, typename V>
    static void assign(T &target, const std::optional<V> &value)
    {
        if (value) {
            target = static_cast<T>(*value);
        }
    }

    void readAgent(const YamlField &field, AgentIdentity &agent)
    {
        const auto map = r.mapping(
            field, {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("priority")});
        if (!map) {
            return;
        }
        map->with(u"name", [&](const YamlField &f) { assign(agent.name, r.string(f)); });
        map->with(u"version", [&](const YamlField &f) { assign(agent.version, r.string(f)); });
        map->with(u"priority",
                  [&](const YamlField &f) { assign(agent.priority, r.integer(f, 1, 100)); });
    }

    void readOrchestration(const YamlField &field, OrchestrationSettings &o)
    {
        const auto map = r.mapping(field, {QStringLiteral("maxConcurrentPipelines"),
                                           QStringLiteral("defaultTimeout"),
                                           QStringLiteral("enableParallelExecution")});
        if (!map) {
            return;
        }
        map->with(u"maxConcurrentPipelines", [&](const YamlField &f) {
            assign(o.maxConcurrentPipelines, r.integer(f, 1, 10'000));
        });
        map->with(u"defaultTimeout", [&](const YamlField &f) {
            assign(o.defaultTimeout, r.duration(f, 1s, kMaxDuration));
        });
        map->with(u"enableParallelExecution",
                  [&](const YamlField &f) { assign(o.enableParallelExecution, r.boolean(f)); });
    }

    void readBudgets(const YamlField &field, Budgets &b)
    {
        const auto map = r.mapping(field, {QStringLiteral("tokens"), QStringLiteral("time"),
                                           QStringLiteral("cost"), QStringLiteral("timeZone")});
        if (!map) {
            return;
        }
        map->with(u"timeZone", [&](const YamlField &f) {
            const std::optional<QString> zone = r.string(f);
            if (!zone) {
                return;
            }
            if (!QTimeZone(zone->toUtf8()).isValid()) {
                r.error(f, tr("budgets.timeZone: '%1' is not a time zone this system knows "
                              "(an IANA name such as Europe/Berlin or UTC)")
                               .arg(*zone));
                return;
            }
            b.timeZone = *zone;
        });
        map->with(u"tokens", [&](const YamlField &f) {
            const auto tokens =
                r.mapping(f, {QStringLiteral("daily"), QStringLiteral("perPipeline"),
                              QStringLiteral("emergency")});
            if (!tokens) {
                return;
            }
            tokens->with(u"daily", [&](const YamlField &v) {
                assign(b.tokens.daily, r.integer(v, 0, kMaxTokens));
            });
            tokens->with(u"perPipeline", [&](const YamlField &v) {
                assign(b.tokens.perPipeline, r.integer(v, 0, kMaxTokens));
            });
            tokens->with(u"emergency", [&](const YamlField &v) {
                assign(b.tokens.emergency, r.integer(v, 0, kMaxTokens));
            });
        });
        map->with(u"time", [&](const YamlField &f) {
            const auto time = r.mapping(
                f, {QStringLiteral("maxPipelineMinutes"), QStringLiteral("maxAgentMinutes")});
            if (!time) {
                return;
            }
            time->with(u"maxPipelineMinutes", [&](const YamlField &v) {
                assign(b.time.maxPipelineMinutes, r.integer(v, 1, 7 * 24 * 60));
            });
            time->with(u"maxAgentMinutes", [&](const YamlField &v) {
                assign(b.time.maxAgentMinutes, r.integer(v, 1, 7 * 24 * 60));
            });
        });
        map->with(u"cost", [&](const YamlField &f) {
            const auto cost = r.mapping(
                f, {QStringLiteral("dailyBudgetUSD"), QStringLiteral("alertThresholdUSD")});
            if (!cost) {
                return;
            }
            cost->with(u"dailyBudgetUSD",
                       [&](const YamlField &v) { assign(b.cost.dailyBudget, r.money(v)); });
            cost->with(u"alertThresholdUSD",
                       [&](const YamlField &v) { assign(b.cost.alertThreshold, r.money(v)); });
        });
    }

    void readGates(const YamlField &field, GateSettings &gates)
    {
        const auto map = r.mapping(field, {QStringLiteral("required"), QStringLiteral("optional"),
                                           QStringLiteral("definitions")});
        if (!map) {
            return;
        }
        // Definitions first, so that the lists may name the user's own gates.
        map->with(u"definitions", [&](const YamlField &f) { readGateDefinitions(f, gates); });
        QStringList known;
        for (const GateDefinition &d : std::as_const(gates.definitions)) {
            known.append(d.type);
        }
        const auto readList = [&](QStringView key, QStringList &target) {
            map->with(key, [&](const YamlField &f) {
                if (f.node.IsNull()) {
                    target.clear(); // "optional:" with nothing listed: no gates of that kind
                    return;
                }
                const auto list = r.identifierList(f);
                if (!list) {
                    return;
                }
                target.clear();
                for (const auto &[name, item] : *list) {
                    if (!known.contains(name)) {
                        const QString near = YamlReader::suggestion(name, known);
                        r.error(item,
                                near.isEmpty()
                                    ? tr("unknown gate '%1'; define it under gates.definitions or "
                                         "use one of: %2")
                                          .arg(name, known.join(QStringLiteral(", ")))
                                    : tr("unknown gate '%1'; did you mean '%2'?").arg(name, near));
                        continue;
                    }
                    target.append(name);
                    m_gatePositions.insert(name, item);
                }
            });
        };
        readList(u"required", gates.required);
        readList(u"optional", gates.optional);
        for (const QString &name : std::as_const(gates.optional)) {
            if (gates.required.contains(name)) {
                r.error(m_gatePositions.value(name),
                        tr("gate '%1' is listed as both required and optional").arg(name));
            }
        }
        for (GateDefinition &d : gates.definitions) {
            if (d.type == budgetGateType() || d.type == reviewGateType()) {
                continue; // opened by the engine, never listed
            }
            d.required = gates.required.contains(d.type);
            if (!gates.isActive(d.type) && m_definedGates.contains(d.type)) {
                r.warning(m_definedGates.value(d.type),
                          tr("gate '%1' is defined but listed neither as required nor as optional, "
                             "so it never "
                             "opens")
                              .arg(d.type));
            }
        }
    }

    void readGateDefinitions(const YamlField &field, GateSettings &gates)
    {
        const auto map = r.namedMapping(field);
        if (!map) {
            return;
        }
        for (const YamlEntry &entry : map->entries) {
            const YamlField nameField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
            const std::optional<QString> name = r.identifier(nameField);
            if (!name) {
                continue;
            }
            GateDefinition *definition = nullptr;
            for (GateDefinition &d : gates.definitions) {
                if (d.type == *name) {
                    definition = &d;
                }
            }
            if (!definition) {
                GateDefinition fresh;
                fresh.type = *name;
                gates.definitions.append(fresh);
                definition = &gates.definitions.last();
            }
            m_definedGates.insert(*name, nameField);
            readGateDefinition(entry.value, *definition);
        }
    }

    void readGateDefinition(const YamlField &field, GateDefinition &d)
    {
        const auto map = r.mapping(
            field, {QStringLiteral("description"), QStringLiteral("critical"),
                    QStringLiteral("when"), QStringLiteral("timeout"), QStringLiteral("onTimeout"),
                    QStringLiteral("reviewerRole"), QStringLiteral("escalateTo")});
        if (!map) {
            return;
        }
        map->with(u"description", [&](const YamlField &f) { assign(d.description, r.string(f)); });
        map->with(u"critical", [&](const YamlField &f) { assign(d.critical, r.boolean(f)); });
        map->with(u"when", [&](const YamlField &f) { assign(d.when, readCondition(r, f)); });
        map->with(u"timeout",
                  [&](const YamlField &f) { assign(d.timeout, r.duration(f, 1s, kMaxDuration)); });
        map->with(u"onTimeout", [&](const YamlField &f) {
            const auto outcome = r.oneOf(f, {QStringLiteral("reject"), QStringLiteral("approve"),
                                             QStringLiteral("escalate")});
            if (outcome) {
                d.onTimeout = *outcome == u"reject"    ? TimeoutOutcome::Reject
                              : *outcome == u"approve" ? TimeoutOutcome::Approve
                                                       : TimeoutOutcome::Escalate;
            }
        });
        map->with(u"reviewerRole",
                  [&](const YamlField &f) { assign(d.reviewerRole, r.oneOf(f, userRoles())); });
        map->with(u"escalateTo",
                  [&](const YamlField &f) { assign(d.escalateTo, r.oneOf(f, userRoles())); });
        if (d.onTimeout == TimeoutOutcome::Approve && d.critical) {
            const YamlEntry *e = map->find(u"onTimeout");
            r.error(e ? e->value : field, tr("gate '%1' is critical and cannot be approved by a "
                                             "timeout; use reject or escalate")
                                              .arg(d.type));
        }
        const QStringList roles = userRoles();
        if (roles.indexOf(d.escalateTo) < roles.indexOf(d.reviewerRole)) {
            const YamlEntry *e = map->find(u"escalateTo");
            r.error(e ? e->value : field,
                    tr("gate '%1' escalates to '%2', a weaker role than its reviewers' '%3'")
                        .arg(d.type, d.escalateTo, d.reviewerRole));
        }
    }

    void readMonitoring(const YamlField &field, MonitoringSettings &m)
    {
        const auto map = r.mapping(
            field, {QStringLiteral("healthCheckInterval"), QStringLiteral("metricsRetentionDays"),
                    QStringLiteral("alertingEnabled"), QStringLiteral("notifiers")});
        if (!map) {
            return;
        }
        map->with(u"healthCheckInterval", [&](const YamlField &f) {
            assign(m.healthCheckInterval, r.duration(f, 1s, 24h));
        });
        map->with(u"metricsRetentionDays", [&](const YamlField &f) {
            assign(m.metricsRetentionDays, r.integer(f, 1, 3650));
        });
        map->with(u"alertingEnabled",
                  [&](const YamlField &f) { assign(m.alertingEnabled, r.boolean(f)); });
        map->with(u"notifiers", [&](const YamlField &f) { readNotifiers(f, m.notifiers); });
    }

    void readNotifiers(const YamlField &field, QList<NotifierDefinition> &notifiers)
    {
        if (field.node.IsNull()) {
            return; // "notifiers:" with nothing under it: none
        }
        const auto map = r.namedMapping(field);
        if (!map) {
            return;
        }
        for (const YamlEntry &entry : map->entries) {
            if (auto notifier = readNotifier(entry)) {
                notifiers.append(*notifier);
            }
        }
    }

    std::optional<NotifierDefinition> readNotifier(const YamlEntry &entry)
    {
        const YamlField nameField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
        const std::optional<QString> name = r.identifier(nameField);
        const auto map =
            r.mapping(entry.value,
                      {QStringLiteral("type"), QStringLiteral("url"), QStringLiteral("routingKey"),
                       QStringLiteral("severity"), QStringLiteral("baseUrl")});
        if (!name || !map) {
            return std::nullopt;
        }
        NotifierDefinition n;
        n.name = *name;
        bool complete = true;
        if (!map->find(u"type")) {
            r.error(nameField, tr("notifier '%1' needs a type (webhook or pagerduty)").arg(n.name));
            return std::nullopt;
        }
        const YamlField typeField = map->find(u"type")->value;
        const auto type =
            r.oneOf(typeField, {QStringLiteral("webhook"), QStringLiteral("pagerduty")});
        if (!type) {
            return std::nullopt;
        }
        n.type = *type == u"pagerduty" ? NotifierDefinition::Type::PagerDuty
                                       : NotifierDefinition::Type::Webhook;
        const bool webhook = n.type == NotifierDefinition::Type::Webhook;
        const QString secretKey = webhook ? QStringLiteral("url") : QStringLiteral("routingKey");
        // Keys of the other type are mistakes worth a line number.
        const QStringList foreign =
            webhook ? QStringList{QStringLiteral("routingKey"), QStringLiteral("baseUrl")}
                    : QStringList{QStringLiteral("url")};
        for (const QString &key : foreign) {
            if (const YamlEntry *e = map->find(key)) {
                const YamlField keyField{e->value.path, e->keyNode, e->keyNode.Mark()};
                r.error(keyField,
                        tr("'%1' applies to %2 notifiers; notifier '%3' is %4")
                            .arg(key,
                                 webhook ? QStringLiteral("pagerduty") : QStringLiteral("webhook"),
                                 n.name, *type));
                complete = false;
            }
        }
        if (!map->find(secretKey)) {
            r.error(nameField,
                    webhook ? tr("webhook notifier '%1' needs url: the name of the secret that "
                                 "holds the webhook's address (conductor secrets set NAME)")
                                  .arg(n.name)
                            : tr("pagerduty notifier '%1' needs routingKey: the name of the "
                                 "secret that holds the integration's routing key (conductor "
                                 "secrets set NAME)")
                                  .arg(n.name));
            complete = false;
        }
        map->with(secretKey, [&](const YamlField &f) {
            const auto secret = SecretNameField::read(r, f);
            complete = complete && secret.has_value();
            assign(n.secret, secret);
        });
        map->with(u"severity", [&](const YamlField &f) {
            const auto severity = r.oneOf(
                f, {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")});
            complete = complete && severity.has_value();
            if (severity) {
                n.minimumSeverity = *severity == u"info"       ? NotifySeverity::Info
                                    : *severity == u"critical" ? NotifySeverity::Critical
                                                               : NotifySeverity::Warning;
            }
        });
        if (!webhook) {
            map->with(u"baseUrl", [&](const YamlField &f) {
                const auto url = notifierBaseUrl(f);
                complete = complete && url.has_value();
                assign(n.baseUrl, url);
            });
        }
        return complete ? std::optional(n) : std::nullopt;
    }

    // An https address, or http to this machine (a relay, a test server).
    std::optional<QString> notifierBaseUrl(const YamlField &f)
    {
        const auto text = r.string(f);
        if (!text) {
            return std::nullopt;
        }
        const QUrl url(*text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        // The Events API's path is appended, so nothing may follow the address's path.
        if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
            url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
            r.error(f, tr("%1 must be an https address, such as https://events.pagerduty.com")
                           .arg(f.path));
            return std::nullopt;
        }
        const QHostAddress address(url.host());
        const bool loopback = url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 ||
                              (!address.isNull() && address.isLoopback());
        if (scheme == u"http" && !loopback) {
            r.error(f, tr("%1 must use https: alerts would travel in the clear to %2 (http is "
                          "allowed only to this machine)")
                           .arg(f.path, url.host()));
            return std::nullopt;
        }
        QString base = url.toString(QUrl::StripTrailingSlash);
        while (base.endsWith(u'/')) {
            base.chop(1); // the root's slash too: the Events API's path follows
        }
        return base;
    }

    void readAlerts(const YamlField &field, QList<AlertRule> &alerts)
    {
        if (field.node.IsNull()) {
            return;
        }
        const auto map = r.namedMapping(field);
        if (!map) {
            return;
        }
        for (const YamlEntry &entry : map->entries) {
            const YamlField nameField{entry.value.path, entry.keyNode, entry.keyNode.Mark()};
            const std::optional<QString> name = r.identifier(nameField);
            const auto rule =
                r.mapping(entry.value, {QStringLiteral("condition"), QStringLiteral("duration"),
                                        QStringLiteral("action")});
            if (!name || !rule) {
                continue;
            }
            AlertRule alert;
            alert.name = *name;
            bool complete = true;
            const auto require = [&](QStringView key) {
                if (!rule->find(key)) {
                    r.error(nameField, tr("alert rule '%1' has no %2").arg(*name, key.toString()));
                    complete = false;
                }
            };
            require(u"condition");
            require(u"action");
            rule->with(u"condition", [&](const YamlField &f) {
                const std::optional<QString> text = r.string(f);
                if (!text) {
                    complete = false;
                    return;
                }
                const AlertConditionParse parsed = parseAlertCondition(*text);
                if (!parsed.value) {
                    YAML::Mark mark = f.node.Mark();
                    // A plain scalar on one line: point at the offending character itself.
                    if (f.node.Tag() == "?" && !text->contains(u'\n')) {
                        mark.column += parsed.offset;
                    }
                    r.error(mark, tr("%1: %2").arg(f.path, parsed.error));
                    complete = false;
                    return;
                }
                alert.condition = *parsed.value;
            });
            rule->with(u"duration", [&](const YamlField &f) {
                const auto d = r.duration(f, 1s, kMaxDuration);
                complete = complete && d.has_value();
                alert.duration = d;
            });
            rule->with(u"action", [&](const YamlField &f) {
                const auto action = r.oneOf(f, alertActions());
                complete = complete && action.has_value();
                assign(alert.action, action);
            });
            if (complete) {
                alerts.append(alert);
            }
        }
    }

    void checkConsistency(const YamlMap &top, const Configuration &c)
    {
        // Point at the value that is impossible given the other, or at the top when the
        // value was not written (the default is what conflicts).
        const auto at = [&](const QString &path) { return r.seen(path).value_or(top.self); };
        const Budgets &b = c.budgets;
        if (b.cost.alertThreshold > b.cost.dailyBudget) {
            r.error(at(QStringLiteral("budgets.cost.alertThresholdUSD")),
                    tr("budgets.cost.alertThresholdUSD (%1) is above budgets.cost.dailyBudgetUSD "
                       "(%2), so the alert "
                       "could never come before the limit")
                        .arg(b.cost.alertThreshold.toString(), b.cost.dailyBudget.toString()));
        }
        if (b.tokens.perPipeline > b.tokens.daily) {
            r.error(at(QStringLiteral("budgets.tokens.perPipeline")),
                    tr("budgets.tokens.perPipeline (%1) is above budgets.tokens.daily (%2)")
                        .arg(b.tokens.perPipeline)
                        .arg(b.tokens.daily));
        }
        if (b.time.maxAgentMinutes > b.time.maxPipelineMinutes) {
            r.error(at(QStringLiteral("budgets.time.maxAgentMinutes")),
                    tr("budgets.time.maxAgentMinutes (%1) is above budgets.time.maxPipelineMinutes "
                       "(%2)")
                        .arg(b.time.maxAgentMinutes)
                        .arg(b.time.maxPipelineMinutes));
        }
        if (c.orchestration.defaultTimeout > c.maxPipelineTime()) {
            r.error(at(QStringLiteral("orchestration.defaultTimeout")),
                    tr("orchestration.defaultTimeout (%1) is above budgets.time.maxPipelineMinutes "
                       "(%2 minutes), "
                       "which caps every pipeline")
                        .arg(formatDuration(c.orchestration.defaultTimeout))
                        .arg(b.time.maxPipelineMinutes));
        }
    }

    YamlReader &r;
    QHash<QString, YamlField> m_gatePositions;
    QHash<QString, YamlField> m_definedGates;
};

} // namespace

QStringList ConfigLoader::topLevelKeys()
{
    return {QStringLiteral("agent"), QStringLiteral("orchestration"), QStringLiteral("budgets"),
            QStringLiteral("gates"), QStringLiteral("monitoring"),    QStringLiteral("alerts")};
}

LoadResult<Configuration> ConfigLoader::loadBytes(const QByteArray &bytes,
                                                  const QString &displayName)
{
    LoadResult<Configuration> result;
    const std::optional<YAML::Node> root =
        YamlSafety::parse(bytes, displayName, result.diagnostics);
    if (!root) {
        return result;
    }
    YamlReader reader(displayName, &result.diagnostics);
    ConfigurationReader configReader(reader);
    Configuration config = configReader.read(reader.root(*root));
    sortDiagnostics(result.diagnostics);
    if (!hasErrors(result.diagnostics)) {
        result.value = std::move(config);
    }
    return result;
}

LoadResult<Configuration> ConfigLoader::loadFile(const QString &path)
{
    LoadResult<Configuration> result;
    const std::optional<QByteArray> bytes = YamlSafety::readFile(path, path, result.diagnostics);
    if (!bytes) {
        return result;
    }
    result = loadBytes(*bytes, path);
    if (result.value) {
        result.value->sourcePath = QFileInfo(path).absoluteFilePath();
        qCInfo(lcConfig) << "loaded configuration" << path;
    }
    return result;
}

QByteArray ConfigLoader::builtInText()
{
    QFile file(QStringLiteral(":/conductor/conductor-agent.yml"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcConfig) << "the built-in configuration is missing from the resources";
        return {};
    }
    return file.readAll();
}

Configuration ConfigLoader::builtIn()
{
    LoadResult<Configuration> result =
        loadBytes(builtInText(), QStringLiteral(":/conductor/conductor-agent.yml"));
    if (!result.value) {
        // Only a broken build can get here; the defaults in the structs are the same values.
        for (const Diagnostic &d : std::as_const(result.diagnostics)) {
            qCCritical(lcConfig) << d.toString();
        }
        Configuration fallback;
        fallback.gates.definitions = builtInGates();
        return fallback;
    }
    return *result.value;
}

} // namespace Conductor
