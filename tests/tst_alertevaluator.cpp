// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The alert rules of the shipped configuration (the design document's four) on a clock the
// test moves: when each fires, how long it must hold, that it fires once, and when it
// resolves.

#include "config/configloader.h"
#include "monitor/alertevaluator.h"

#include <QtTest/QTest>

using namespace Conductor;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

QDateTime at(int minutes, int seconds = 0)
{
    return kT0.addSecs(minutes * 60 + seconds);
}

QStringList describe(const QList<AlertTransition> &transitions)
{
    QStringList out;
    for (const AlertTransition &t : transitions) {
        out.append((t.kind == AlertTransition::Kind::Fired ? u"fired "_qs : u"resolved "_qs) +
                   t.key + u' ' + t.action);
    }
    return out;
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedRules();
    void highErrorRateHoldsForFiveMinutes();
    void budgetExceededFiresAtOnceAgainstTheBudget();
    void longRunningPipelinePerExecution();
    void agentFailure();
    void restoredAlertsDoNotFireAgain();
    void goneRulesResolve();
};

void TestAlertEvaluator::theShippedRules()
{
    const QList<AlertRule> rules = ConfigLoader::builtIn().alerts;
    QCOMPARE(rules.size(), 4);
    QStringList names;
    for (const AlertRule &r : rules) {
        names.append(r.name + u' ' + r.condition.metric + u' ' + r.action);
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"agentFailure agent_down_count emergency_failover"_qs,
                                 u"budgetExceeded daily_cost throttle_new_pipelines"_qs,
                                 u"highErrorRate error_rate notify_ops_team"_qs,
                                 u"longRunningPipeline execution_time human_review_required"_qs}));
}

void TestAlertEvaluator::highErrorRateHoldsForFiveMinutes()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    const auto rate = [](double v) { return QList<MetricSample>{{u"error_rate"_qs, {}, v, 0}}; };
    QCOMPARE(describe(e.evaluate(rate(0.04), at(0))), QStringList());
    QCOMPARE(describe(e.evaluate(rate(0.06), at(1))), QStringList()); // starts to hold
    QCOMPARE(describe(e.evaluate(rate(0.07), at(5, 59))), QStringList());
    QCOMPARE(describe(e.evaluate(rate(0.06), at(6))),
             QStringList{u"fired highErrorRate notify_ops_team"_qs});
    QCOMPARE(describe(e.evaluate(rate(0.09), at(7))), QStringList()); // once
    QCOMPARE(e.firing(), QStringList{u"highErrorRate"_qs});
    QCOMPARE(describe(e.evaluate(rate(0.05), at(8))), // 5% is not above 5%
             QStringList{u"resolved highErrorRate notify_ops_team"_qs});
    // Holding again starts the five minutes afresh; a dip forgets it.
    QCOMPARE(describe(e.evaluate(rate(0.2), at(9))), QStringList());
    QCOMPARE(describe(e.evaluate(rate(0.0), at(12))), QStringList());
    QCOMPARE(describe(e.evaluate(rate(0.2), at(13))), QStringList());
    QCOMPARE(describe(e.evaluate(rate(0.2), at(17, 59))), QStringList());
    const QList<AlertTransition> fired = e.evaluate(rate(0.2), at(18));
    QCOMPARE(describe(fired), QStringList{u"fired highErrorRate notify_ops_team"_qs});
    QCOMPARE(fired.first().since, at(13));
    QCOMPARE(fired.first().value, 0.2);
    QCOMPARE(fired.first().condition, u"error_rate > 5%"_qs);
}

void TestAlertEvaluator::budgetExceededFiresAtOnceAgainstTheBudget()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    const auto cost = [](double usd, double budget) {
        return QList<MetricSample>{{u"daily_cost"_qs, {}, usd, budget}};
    };
    QCOMPARE(describe(e.evaluate(cost(399.99, 500), at(0))), QStringList());
    QCOMPARE(describe(e.evaluate(cost(400.0, 500), at(1))), QStringList()); // not above 80%
    QCOMPARE(describe(e.evaluate(cost(400.01, 500), at(2))),
             QStringList{u"fired budgetExceeded throttle_new_pipelines"_qs});
    // A larger budget (a new configuration) brings it under again.
    QCOMPARE(describe(e.evaluate(cost(400.01, 1000), at(3))),
             QStringList{u"resolved budgetExceeded throttle_new_pipelines"_qs});
}

void TestAlertEvaluator::longRunningPipelinePerExecution()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    // Wall-clock seconds since each execution started, waits included.
    QList<MetricSample> samples{{u"execution_time"_qs, u"exec_a"_qs, 1199, 0},
                                {u"execution_time"_qs, u"exec_b"_qs, 1201, 0}};
    QCOMPARE(describe(e.evaluate(samples, at(0))),
             QStringList{u"fired longRunningPipeline:exec_b human_review_required"_qs});
    samples[0].value = 1260;
    samples[1].value = 1262;
    const QList<AlertTransition> t = e.evaluate(samples, at(1));
    QCOMPARE(describe(t),
             QStringList{u"fired longRunningPipeline:exec_a human_review_required"_qs});
    QCOMPARE(t.first().subject, u"exec_a"_qs);
    // exec_b ended: it is no longer measured, its alert resolves.
    QCOMPARE(describe(e.evaluate({samples.first()}, at(2))),
             QStringList{u"resolved longRunningPipeline:exec_b human_review_required"_qs});
    QCOMPARE(e.firing(), QStringList{u"longRunningPipeline:exec_a"_qs});
}

void TestAlertEvaluator::agentFailure()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    const auto down = [](int n) {
        return QList<MetricSample>{{u"agent_down_count"_qs, {}, double(n), 0}};
    };
    QCOMPARE(describe(e.evaluate(down(2), at(0))), QStringList());
    QCOMPARE(describe(e.evaluate(down(3), at(1))),
             QStringList{u"fired agentFailure emergency_failover"_qs});
    QCOMPARE(describe(e.evaluate(down(0), at(2))),
             QStringList{u"resolved agentFailure emergency_failover"_qs});
}

void TestAlertEvaluator::restoredAlertsDoNotFireAgain()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    e.restoreFiring({u"agentFailure"_qs, u"longRunningPipeline:exec_a"_qs}, at(0));
    QCOMPARE(describe(e.evaluate({{u"agent_down_count"_qs, {}, 5, 0},
                                  {u"execution_time"_qs, u"exec_a"_qs, 5000, 0}},
                                 at(1))),
             QStringList());
    QCOMPARE(describe(e.evaluate({}, at(2))),
             (QStringList{u"resolved agentFailure emergency_failover"_qs,
                          u"resolved longRunningPipeline:exec_a human_review_required"_qs}));
}

void TestAlertEvaluator::goneRulesResolve()
{
    AlertEvaluator e(ConfigLoader::builtIn().alerts);
    const QList<MetricSample> down{{u"agent_down_count"_qs, {}, 3, 0}};
    QCOMPARE(e.evaluate(down, at(0)).size(), 1);
    QList<AlertRule> rules = ConfigLoader::builtIn().alerts;
    rules.erase(std::remove_if(rules.begin(), rules.end(),
                               [](const AlertRule &r) { return r.name == u"agentFailure"; }),
                rules.end());
    e.setRules(rules);
    QCOMPARE(describe(e.evaluate(down, at(1))), QStringList{u"resolved agentFailure "_qs});
}

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
