// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// What the alert rules' metrics read from a fabricated history with known answers
// (metricshistory.h), and the shipped rules judging them on a moving clock.

#include "config/configloader.h"
#include "metricshistory.h"
#include "monitor/alertsamples.h"
#include "store/database.h"
#include "store/keymetrics.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

std::optional<double> valueOf(const QList<MetricSample> &samples, const QString &metric,
                              const QString &subject = {})
{
    for (const MetricSample &s : samples) {
        if (s.metric == metric && s.subject == subject) {
            return s.value;
        }
    }
    return std::nullopt;
}

} // namespace

class TestAlertSamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void errorRateOverItsWindow();
    void keyMetricsOfTheDay();
    void unfinishedExecutionsAndCounts();
    void todaysSpending();
    void theShippedRulesOnTheHistory();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_t = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    Configuration m_config = ConfigLoader::builtIn();
};

void TestAlertSamples::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(u"alerts.db"_s), u"test");
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    Test::MetricsHistory history(*m_db, m_t);
    QVERIFY2(history.write(), qPrintable(history.error()));
    m_config.budgets.timeZone = u"UTC"_s;
}

void TestAlertSamples::errorRateOverItsWindow()
{
    // The day before T ended 5 failed attempts (e01, e02 twice, e03 research; e06 ux) and
    // 4 successful ones (e01, e04 research; e05 ux; e07 apis): interrupted ones do not count.
    AlertInputs day;
    day.errorWindow = std::chrono::hours(24);
    const AlertSamples s = readAlertSamples(*m_db, m_config, m_t, day);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(valueOf(s.samples, u"error_rate"_s), 5.0 / 9.0);
    // The last hour: only e07's success (40 minutes before T).
    AlertInputs hour;
    hour.errorWindow = std::chrono::hours(1);
    QCOMPARE(valueOf(readAlertSamples(*m_db, m_config, m_t, hour).samples, u"error_rate"_s), 0.0);
    // The last 15 minutes: nothing ended, so no sample (a rule on it neither fires nor holds).
    QCOMPARE(valueOf(readAlertSamples(*m_db, m_config, m_t, {}).samples, u"error_rate"_s),
             std::nullopt);
}

void TestAlertSamples::keyMetricsOfTheDay()
{
    const AlertSamples s = readAlertSamples(*m_db, m_config, m_t, {});
    const KeyMetrics day = readKeyMetrics(*m_db, m_t.addDays(-1), m_t);
    QCOMPARE(valueOf(s.samples, u"success_rate"_s), 0.8);
    QCOMPARE(valueOf(s.samples, u"average_execution_time"_s), 55.0);
    QCOMPARE(valueOf(s.samples, u"gate_first_approval_rate"_s), 0.4);
    QCOMPARE(valueOf(s.samples, u"error_recovery_rate"_s), day.recoveryRate);
    QVERIFY(day.recoveryRate.has_value());
}

void TestAlertSamples::unfinishedExecutionsAndCounts()
{
    // Unfinished at T: e15 (running at a gate, created an hour before), e16 (paused, three
    // hours), e17 (queued, a minute), e18 (running, two minutes).
    const AlertSamples s = readAlertSamples(*m_db, m_config, m_t, {7});
    const QString e15 = u"e15"_s;
    QCOMPARE(valueOf(s.samples, u"execution_time"_s, e15), 3600.0);
    QCOMPARE(valueOf(s.samples, u"execution_time"_s, u"e16"_s), 10800.0);
    QCOMPARE(valueOf(s.samples, u"execution_time"_s, u"e17"_s), 60.0);
    QCOMPARE(valueOf(s.samples, u"execution_time"_s, u"e18"_s), 120.0);
    QCOMPARE(valueOf(s.samples, u"execution_time"_s, u"e01"_s), std::nullopt);
    QCOMPARE(valueOf(s.samples, u"pending_gates"_s), 1.0);
    QCOMPARE(valueOf(s.samples, u"queued_pipelines"_s), 1.0);
    QCOMPARE(valueOf(s.samples, u"agent_down_count"_s), 7.0);
    // The engine loop's latency only where the process measures one.
    QCOMPARE(valueOf(s.samples, u"engine_loop_latency_ms"_s), std::nullopt);
    AlertInputs measured{7};
    measured.engineLoopLatencyMs = 12.5;
    QCOMPARE(valueOf(readAlertSamples(*m_db, m_config, m_t, measured).samples,
                     u"engine_loop_latency_ms"_s),
             12.5);
}

void TestAlertSamples::todaysSpending()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"INSERT INTO budget_days VALUES ('2026-03-10', 420000, 0, 5000, 0,"
                   " 405000000, 0, 1000000, 0, 0, 0, NULL)"_s));
    const AlertSamples s = readAlertSamples(*m_db, m_config, m_t, {});
    for (const MetricSample &sample : s.samples) {
        if (sample.metric == u"daily_cost") {
            QCOMPARE(sample.value, 406.0); // posted and granted beyond the budget
            QCOMPARE(sample.reference, 500.0);
            QCOMPARE(sample.alertThreshold, 400.0);
        }
        if (sample.metric == u"daily_tokens") {
            QCOMPARE(sample.value, 425000.0);
            QCOMPARE(sample.reference, 1'000'000.0);
        }
    }
    // budgetExceeded (daily_cost > budget * 0.8) fires at once: 406 > 400.
    AlertEvaluator e(m_config.alerts);
    QStringList fired;
    for (const AlertTransition &t : e.evaluate(s.samples, m_t)) {
        fired.append(t.key);
    }
    QVERIFY2(fired.contains(u"budgetExceeded"_s), qPrintable(fired.join(u", ")));
    QVERIFY(q.exec(u"DELETE FROM budget_days"_s));
}

void TestAlertSamples::theShippedRulesOnTheHistory()
{
    AlertInputs inputs;
    inputs.errorWindow = std::chrono::hours(24);
    inputs.agentDownCount = 3;
    AlertEvaluator e(m_config.alerts);
    const auto keys = [](const QList<AlertTransition> &transitions) {
        QStringList out;
        for (const AlertTransition &t : transitions) {
            out.append(u"%1 %2"_s.arg(
                t.kind == AlertTransition::Kind::Fired ? u"fired"_s : u"resolved"_s, t.key));
        }
        return out;
    };
    // At T: e15 and e16 have run over 20 minutes, three providers are down; the error rate
    // (5/9) starts its five minutes.
    QCOMPARE(keys(e.evaluate(readAlertSamples(*m_db, m_config, m_t, inputs).samples, m_t)),
             (QStringList{u"fired longRunningPipeline:e15"_s, u"fired longRunningPipeline:e16"_s,
                          u"fired agentFailure"_s}));
    const QDateTime later = m_t.addSecs(5 * 60);
    inputs.agentDownCount = 0;
    QCOMPARE(keys(e.evaluate(readAlertSamples(*m_db, m_config, later, inputs).samples, later)),
             (QStringList{u"resolved agentFailure"_s, u"fired highErrorRate"_s}));
}

QTEST_GUILESS_MAIN(TestAlertSamples)
#include "tst_alertsamples.moc"
