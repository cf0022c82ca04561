// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// conductor-agent.yml: the design document's file as written, every extension, and one
// broken file per rule with the exact position and message it must produce.

#include "config/configloader.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

class TestConfigLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void designDocument_data();
    void designDocument();
    void shippedDefaultIsTheDesignDocumentWithAlerts();
    void designDocumentAlerts();
    void builtInMatchesShippedFile();
    void invalidFile_data();
    void invalidFile();
    void extensions();
    void emptySections();
    void budgetGateAndTimeZone();
    void definedButUnlistedGateWarns();
    void everyKeyOptional();
    void notifiers();
    void notifierDefaults();
    void secretNames_data();
    void secretNames();
};

void TestConfigLoader::designDocument_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("without alerts") << Test::dataPath(QStringLiteral("config/design-document.yml"));
    QTest::newRow("with alerts") << Test::dataPath(
        QStringLiteral("config/design-document-with-alerts.yml"));
    QTest::newRow("shipped") << Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"));
}

void TestConfigLoader::designDocument()
{
    QFETCH(QString, path);
    const LoadResult<Configuration> result = ConfigLoader::loadFile(path);
    for (const Diagnostic &d : result.diagnostics) {
        qWarning("%s", qPrintable(d.toString()));
    }
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.ok());
    const Configuration &c = *result.value;
    QCOMPARE(c.agent.name, QStringLiteral("conductor"));
    QCOMPARE(c.agent.version, QStringLiteral("2.1.0"));
    QCOMPARE(c.agent.priority, 1);
    QCOMPARE(c.orchestration.maxConcurrentPipelines, 10);
    QCOMPARE(c.orchestration.defaultTimeout, Duration(900s));
    QCOMPARE(c.orchestration.enableParallelExecution, true);
    QCOMPARE(c.budgets.tokens.daily, 1'000'000);
    QCOMPARE(c.budgets.tokens.perPipeline, 250'000);
    QCOMPARE(c.budgets.tokens.emergency, 100'000);
    QCOMPARE(c.budgets.time.maxPipelineMinutes, 15);
    QCOMPARE(c.budgets.time.maxAgentMinutes, 5);
    QCOMPARE(c.budgets.cost.dailyBudget, Money::fromMicros(500'000'000));
    QCOMPARE(c.budgets.cost.alertThreshold, Money::fromMicros(400'000'000));
    QCOMPARE(c.gates.required,
             (QStringList{QStringLiteral("risk_review"), QStringLiteral("security_check"),
                          QStringLiteral("human_approval")}));
    QCOMPARE(c.gates.optional, (QStringList{QStringLiteral("performance_review"),
                                            QStringLiteral("compliance_check")}));
    QVERIFY(c.gates.find(u"risk_review")->required);
    QVERIFY(!c.gates.find(u"compliance_check")->required);
    QCOMPARE(c.monitoring.healthCheckInterval, Duration(30s));
    QCOMPARE(c.monitoring.metricsRetentionDays, 30);
    QCOMPARE(c.monitoring.alertingEnabled, true);
    QCOMPARE(c.sourcePath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(c.alerts.isEmpty(), path.endsWith(QStringLiteral("design-document.yml")));
}

void TestConfigLoader::shippedDefaultIsTheDesignDocumentWithAlerts()
{
    QCOMPARE(
        Test::readAll(Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"))),
        Test::readAll(Test::dataPath(QStringLiteral("config/design-document-with-alerts.yml"))));
    QCOMPARE(ConfigLoader::builtInText(),
             Test::readAll(Test::sourcePath(QStringLiteral("resources/conductor-agent.yml"))));
}

void TestConfigLoader::designDocumentAlerts()
{
    const auto result = ConfigLoader::loadFile(
        Test::dataPath(QStringLiteral("config/design-document-with-alerts.yml")));
    QVERIFY(result.ok());
    const QList<AlertRule> &alerts = result.value->alerts;
    QCOMPARE(alerts.size(), 4);

    QCOMPARE(alerts[0].name, QStringLiteral("highErrorRate"));
    QCOMPARE(alerts[0].condition.metric, QStringLiteral("error_rate"));
    QCOMPARE(alerts[0].condition.comparison, AlertCondition::Comparison::Greater);
    QCOMPARE(alerts[0].condition.threshold, 0.05);
    QCOMPARE(alerts[0].duration, std::optional<Duration>(5min));
    QCOMPARE(alerts[0].action, QStringLiteral("notify_ops_team"));

    QCOMPARE(alerts[1].name, QStringLiteral("budgetExceeded"));
    QCOMPARE(alerts[1].condition.metric, QStringLiteral("daily_cost"));
    QCOMPARE(alerts[1].condition.reference, QStringLiteral("budget"));
    QCOMPARE(alerts[1].condition.threshold, 0.8);
    QVERIFY(!alerts[1].duration);
    QCOMPARE(alerts[1].action, QStringLiteral("throttle_new_pipelines"));
    QVERIFY(alerts[1].condition.holds(401.0, 500.0));
    QVERIFY(!alerts[1].condition.holds(400.0, 500.0));

    QCOMPARE(alerts[2].name, QStringLiteral("longRunningPipeline"));
    QCOMPARE(alerts[2].condition.threshold, 1200.0);
    QCOMPARE(alerts[2].action, QStringLiteral("human_review_required"));

    QCOMPARE(alerts[3].name, QStringLiteral("agentFailure"));
    QCOMPARE(alerts[3].condition.metric, QStringLiteral("agent_down_count"));
    QCOMPARE(alerts[3].condition.threshold, 2.0);
    QCOMPARE(alerts[3].action, QStringLiteral("emergency_failover"));
}

void TestConfigLoader::builtInMatchesShippedFile()
{
    const Configuration builtIn = ConfigLoader::builtIn();
    QCOMPARE(builtIn.alerts.size(), 4);
    QCOMPARE(builtIn.gates.definitions.size(), 6); // the five of the design, and the budget gate
    QVERIFY(builtIn.gates.find(budgetGateType()));
    QCOMPARE(builtIn.budgets.tokens.daily, 1'000'000);
    QVERIFY(builtIn.budgets.timeZone.isEmpty()); // the system's
    QVERIFY(builtIn.gates.find(u"human_approval")->critical);
    QVERIFY(!builtIn.gates.find(u"security_check")->critical);
}

void TestConfigLoader::invalidFile_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : Test::dataFiles(QStringLiteral("config/invalid"))) {
        QTest::newRow(qPrintable(QFileInfo(path).baseName())) << path;
    }
}

void TestConfigLoader::invalidFile()
{
    QFETCH(QString, path);
    const auto result = ConfigLoader::loadFile(path);
    QVERIFY(!result.ok());
    const QString mismatch = Test::mismatchWithExpected(path, result.diagnostics);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestConfigLoader::extensions()
{
    const QByteArray yaml = R"(
gates:
  required: [risk_review, security_check]
  optional: [legal_review, compliance_check]
  definitions:
    legal_review:
      description: Legal review for personal data
      critical: true
      when:
        any:
          - metadata.personalData: true
          - metadata.domain: { in: [healthcare, finance] }
      timeout: 2d
      onTimeout: reject
      reviewerRole: approver
      escalateTo: admin
    compliance_check:
      when:
        metadata.accountTier: { in: [enterprise, government] }
alerts:
  costlyPipeline:
    condition: execution_cost >= 40
    duration: 1m
    action: log_only
)";
    const LoadResult<Configuration> result =
        ConfigLoader::loadBytes(yaml, QStringLiteral("ext.yml"));
    for (const Diagnostic &d : result.diagnostics) {
        qWarning("%s", qPrintable(d.toString()));
    }
    QVERIFY(result.ok());
    const GateSettings &gates = result.value->gates;
    QCOMPARE(gates.definitions.size(), 7);
    const GateDefinition *legal = gates.find(u"legal_review");
    QVERIFY(legal);
    QVERIFY(legal->critical);
    QVERIFY(!legal->required);
    QCOMPARE(legal->timeout, Duration(48h));
    QCOMPARE(legal->onTimeout, TimeoutOutcome::Reject);
    QVERIFY(legal->when.evaluate({{QStringLiteral("metadata.domain"), QStringLiteral("Finance")}}));
    QVERIFY(
        legal->when.evaluate({{QStringLiteral("metadata.personalData"), QStringLiteral("true")}}));
    QVERIFY(!legal->when.evaluate({{QStringLiteral("metadata.domain"), QStringLiteral("retail")}}));
    // A refined built-in keeps what the file does not change.
    const GateDefinition *compliance = gates.find(u"compliance_check");
    QVERIFY(compliance->when.evaluate(
        {{QStringLiteral("metadata.accountTier"), QStringLiteral("government")}}));
    QCOMPARE(compliance->description, QStringLiteral("Compliance check for an enterprise account"));
    // Listing required gates replaces the design document's list.
    QVERIFY(!gates.isActive(u"human_approval"));
    QCOMPARE(result.value->alerts.size(), 1);
    QCOMPARE(result.value->alerts[0].condition.comparison,
             AlertCondition::Comparison::GreaterOrEqual);
    QCOMPARE(result.value->alerts[0].condition.threshold, 40.0);
}

void TestConfigLoader::emptySections()
{
    const LoadResult<Configuration> result =
        ConfigLoader::loadBytes("gates:\n  optional:\nalerts:\n", QStringLiteral("empty.yml"));
    QVERIFY(result.ok());
    QVERIFY(result.value->gates.optional.isEmpty());
    QCOMPARE(result.value->gates.required.size(), 3);
    QVERIFY(result.value->alerts.isEmpty());
}

void TestConfigLoader::budgetGateAndTimeZone()
{
    // The budget gate is refined like any gate, without being listed; the time zone of the
    // budget day must be one the system knows.
    const LoadResult<Configuration> result = ConfigLoader::loadBytes(
        "budgets:\n  timeZone: Europe/Berlin\ngates:\n  definitions:\n    budget_override:\n"
        "      timeout: 2h\n      reviewerRole: admin\n",
        QStringLiteral("b.yml"));
    QVERIFY(result.ok());
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.value->budgets.timeZone, QStringLiteral("Europe/Berlin"));
    const GateDefinition *budget = result.value->gates.find(budgetGateType());
    QVERIFY(budget);
    QCOMPARE(budget->timeout, Duration(2h));
    QCOMPARE(budget->reviewerRole, QStringLiteral("admin"));
    QCOMPARE(budget->onTimeout, TimeoutOutcome::Reject);

    const LoadResult<Configuration> bad =
        ConfigLoader::loadBytes("budgets:\n  timeZone: Mars/Olympus\n", QStringLiteral("z.yml"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.first().line, 2);
    QVERIFY(bad.diagnostics.first().message.contains(QStringLiteral("Mars/Olympus")));
}

void TestConfigLoader::definedButUnlistedGateWarns()
{
    const LoadResult<Configuration> result = ConfigLoader::loadBytes(
        "gates:\n  definitions:\n    launch_review:\n      timeout: 1h\n", QStringLiteral("w.yml"));
    QVERIFY(result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QCOMPARE(d.line, 3);
    QCOMPARE(d.column, 5);
    QVERIFY(d.toString().startsWith(
        QStringLiteral("w.yml:3:5: warning: gate 'launch_review' is defined")));
}

void TestConfigLoader::everyKeyOptional()
{
    const LoadResult<Configuration> result =
        ConfigLoader::loadBytes("agent:\n  name: solo\n", QStringLiteral("m.yml"));
    QVERIFY(result.ok());
    QCOMPARE(result.value->agent.name, QStringLiteral("solo"));
    QCOMPARE(result.value->orchestration.maxConcurrentPipelines, 10);
    QCOMPARE(result.value->budgets.cost.dailyBudget, Money::fromMicros(500'000'000));
    QCOMPARE(result.value->gates.definitions.size(), 6);
}

void TestConfigLoader::notifiers()
{
    const QByteArray yaml = R"(
monitoring:
  healthCheckInterval: 30s
  notifiers:
    ops-slack:
      type: webhook
      url: SLACK_OPS_WEBHOOK        # the name of a secret
      severity: info
    on-call:
      type: pagerduty
      routingKey: PAGERDUTY_ROUTING_KEY
      severity: critical
      baseUrl: https://events.eu.pagerduty.com/
    relay:
      type: pagerduty
      routingKey: relay.routing-key
      baseUrl: http://127.0.0.1:8089
)";
    const LoadResult<Configuration> result =
        ConfigLoader::loadBytes(yaml, QStringLiteral("notifiers.yml"));
    for (const Diagnostic &d : result.diagnostics) {
        qWarning("%s", qPrintable(d.toString()));
    }
    QVERIFY(result.ok());
    QVERIFY(result.diagnostics.isEmpty());
    const QList<NotifierDefinition> &n = result.value->monitoring.notifiers;
    QCOMPARE(n.size(), 3);
    QCOMPARE(n[0].name, QStringLiteral("ops-slack"));
    QCOMPARE(n[0].type, NotifierDefinition::Type::Webhook);
    QCOMPARE(n[0].secret, QStringLiteral("SLACK_OPS_WEBHOOK"));
    QCOMPARE(n[0].minimumSeverity, NotifySeverity::Info);
    QVERIFY(n[0].baseUrl.isEmpty());
    QCOMPARE(n[1].name, QStringLiteral("on-call"));
    QCOMPARE(n[1].type, NotifierDefinition::Type::PagerDuty);
    QCOMPARE(n[1].secret, QStringLiteral("PAGERDUTY_ROUTING_KEY"));
    QCOMPARE(n[1].minimumSeverity, NotifySeverity::Critical);
    QCOMPARE(n[1].baseUrl, QStringLiteral("https://events.eu.pagerduty.com"));
    // http is allowed to this machine only; the severity defaults to warning.
    QCOMPARE(n[2].baseUrl, QStringLiteral("http://127.0.0.1:8089"));
    QCOMPARE(n[2].secret, QStringLiteral("relay.routing-key"));
    QCOMPARE(n[2].minimumSeverity, NotifySeverity::Warning);
    QCOMPARE(NotifierDefinition::typeName(n[1].type), QStringLiteral("pagerduty"));
    QCOMPARE(NotifierDefinition::severityName(n[1].minimumSeverity), QStringLiteral("critical"));
}

void TestConfigLoader::notifierDefaults()
{
    // None unless configured, and "notifiers:" with nothing under it is none too.
    QVERIFY(ConfigLoader::builtIn().monitoring.notifiers.isEmpty());
    const LoadResult<Configuration> empty =
        ConfigLoader::loadBytes("monitoring:\n  notifiers:\n", QStringLiteral("e.yml"));
    QVERIFY(empty.ok());
    QVERIFY(empty.value->monitoring.notifiers.isEmpty());
    // A notifier with a problem is left out, and the file refused.
    const LoadResult<Configuration> bad = ConfigLoader::loadBytes(
        "monitoring:\n  notifiers:\n    a:\n      type: webhook\n      url: OK_NAME\n"
        "    b:\n      type: webhook\n      url: https://hooks.example.com/x\n",
        QStringLiteral("b.yml"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.diagnostics.size(), 1);
    QCOMPARE(bad.diagnostics.first().line, 8);
    QCOMPARE(bad.diagnostics.first().column, 12);
    // The Events API's path is appended to baseUrl: nothing may follow it.
    for (const char *url :
         {"https://events.pagerduty.com/?region=eu", "https://user:pw@events.pagerduty.com",
          "https://events.pagerduty.com#x"}) {
        const LoadResult<Configuration> odd = ConfigLoader::loadBytes(
            QByteArray("monitoring:\n  notifiers:\n    p:\n      type: pagerduty\n"
                       "      routingKey: PD\n      baseUrl: \"") +
                url + "\"\n",
            QStringLiteral("u.yml"));
        QVERIFY2(!odd.ok(), url);
        QCOMPARE(odd.diagnostics.size(), 1);
        QCOMPARE(odd.diagnostics.first().line, 6);
    }
}

void TestConfigLoader::secretNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // the start of the message, empty for a good name
    const QString credential = QStringLiteral("looks like the credential itself");
    const QString notName = QStringLiteral("names a secret (letters");
    QTest::newRow("upper snake") << QStringLiteral("SLACK_OPS_WEBHOOK") << QString();
    QTest::newRow("dotted") << QStringLiteral("conductor.ops-webhook") << QString();
    QTest::newRow("digits in a name") << QStringLiteral("PAGERDUTY_KEY_2026") << QString();
    QTest::newRow("camel case") << QStringLiteral("pagerDutyRoutingKeyProduction") << QString();
    QTest::newRow("webhook url") << QStringLiteral(
                                        "https://hooks.slack.com/services/T0/B0/xq7Zk2LmP9sVt4Rw")
                                 << credential;
    QTest::newRow("loopback url") << QStringLiteral("http://127.0.0.1:9/hook") << credential;
    QTest::newRow("routing key") << QStringLiteral("3f9a6c1e8b2d4f70a5c3e9b1d7f20468")
                                 << credential;
    QTest::newRow("upper hex key")
        << QStringLiteral("R02E5AB6C8D0F1A3B5C7D9E1F2A4B6C8") << credential;
    QTest::newRow("openai key") << QStringLiteral("sk-proj-Xq7Zk2LmP9sVt4RwYb8N") << credential;
    QTest::newRow("slack token") << QStringLiteral("xoxb-1234567890-0987654321-AbCdEf")
                                 << credential;
    QTest::newRow("random token") << QStringLiteral("Xq7Zk2LmP9sVt4RwYb8N") << credential;
    QTest::newRow("leading dot") << QStringLiteral(".hidden") << notName;
    QTest::newRow("leading dash") << QStringLiteral("-name") << notName;
    QTest::newRow("space") << QStringLiteral("ops webhook") << notName;
    QTest::newRow("too long") << QString(129, u'A') << notName;
}

void TestConfigLoader::secretNames()
{
    QFETCH(QString, value);
    QFETCH(QString, problem);
    const QByteArray yaml = "monitoring:\n  notifiers:\n    ops:\n      type: webhook\n"
                            "      url: \"" +
                            value.toUtf8() + "\"\n";
    const LoadResult<Configuration> result = ConfigLoader::loadBytes(yaml, QStringLiteral("s.yml"));
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.diagnostics.value(0).toString()));
        QCOMPARE(result.value->monitoring.notifiers.value(0).secret, value);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.line, 5);
    QVERIFY2(d.message.startsWith(QStringLiteral("monitoring.notifiers.ops.url ") + problem),
             qPrintable(d.message));
    QVERIFY(d.message.contains(QStringLiteral("conductor secrets set NAME")));
    QVERIFY2(!d.toString().contains(value), "the credential is not repeated in the message");
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
