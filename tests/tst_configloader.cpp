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

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
