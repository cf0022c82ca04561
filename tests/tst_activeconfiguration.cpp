// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The running configuration: a valid load replaces it whole, an invalid one changes
// nothing, and a snapshot taken before a reload stays as it was.

#include "config/activeconfiguration.h"
#include "config/configloader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <atomic>

using namespace Conductor;

class TestActiveConfiguration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validReloadReplacesWhole();
    void invalidReloadChangesNothing();
    void missingFileChangesNothing();
    void snapshotsAreStableAcrossThreads();
};

void TestActiveConfiguration::validReloadReplacesWhole()
{
    ActiveConfiguration active(ConfigLoader::builtIn());
    const ConfigurationSnapshot before = active.snapshot();
    QSignalSpy changed(&active, &ActiveConfiguration::changed);

    const Diagnostics problems =
        active.apply("orchestration:\n  maxConcurrentPipelines: 3\n", QStringLiteral("next.yml"));
    QVERIFY(problems.isEmpty());
    QCOMPARE(changed.count(), 1);
    const ConfigurationSnapshot after = active.snapshot();
    QCOMPARE(after->orchestration.maxConcurrentPipelines, 3);
    // Whole: keys the new file leaves out take their defaults, not the old values.
    QCOMPARE(after->alerts.size(), 0);
    QCOMPARE(changed.first().first().value<ConfigurationSnapshot>(), after);
    // The snapshot taken before is untouched.
    QCOMPARE(before->orchestration.maxConcurrentPipelines, 10);
    QCOMPARE(before->alerts.size(), 4);
}

void TestActiveConfiguration::invalidReloadChangesNothing()
{
    QTemporaryDir dir;
    const QString path =
        Test::writeFile(dir, QStringLiteral("bad.yml"),
                        "orchestration:\n  maxConcurrentPipelines: 3\n  defaultTimeout: 900\n");
    ActiveConfiguration active(ConfigLoader::builtIn());
    const ConfigurationSnapshot before = active.snapshot();
    QSignalSpy changed(&active, &ActiveConfiguration::changed);

    const Diagnostics problems = active.reload(path);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().line, 3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(active.snapshot(), before);
    QCOMPARE(active.snapshot()->orchestration.maxConcurrentPipelines, 10);
}

void TestActiveConfiguration::missingFileChangesNothing()
{
    ActiveConfiguration active(ConfigLoader::builtIn());
    const ConfigurationSnapshot before = active.snapshot();
    const Diagnostics problems = active.reload(QStringLiteral("/nonexistent/conductor-agent.yml"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().toString().endsWith(QStringLiteral(":1:1: file not found")));
    QCOMPARE(active.snapshot(), before);
}

void TestActiveConfiguration::snapshotsAreStableAcrossThreads()
{
    // Readers on other threads see either the old or the new configuration, whole.
    ActiveConfiguration active(ConfigLoader::builtIn());
    std::atomic<bool> stop = false;
    std::atomic<int> torn = 0;
    std::atomic<int> reads = 0;
    QThread *reader = QThread::create([&] {
        while (!stop.load()) {
            const ConfigurationSnapshot s = active.snapshot();
            const int n = s->orchestration.maxConcurrentPipelines;
            // Each configuration below keeps perPipeline = 1000 * maxConcurrentPipelines.
            if (n != 10 && s->budgets.tokens.perPipeline != 1000 * n) {
                ++torn;
            }
            ++reads;
        }
    });
    reader->start();
    for (int i = 1; i <= 50; ++i) {
        const QByteArray yaml =
            "orchestration:\n  maxConcurrentPipelines: " + QByteArray::number(i) +
            "\nbudgets:\n  tokens:\n    perPipeline: " + QByteArray::number(1000 * i) + "\n";
        QVERIFY(active.apply(yaml, QStringLiteral("n.yml")).isEmpty());
    }
    QTRY_VERIFY(reads.load() > 100);
    stop = true;
    reader->wait();
    delete reader;
    QCOMPARE(torn.load(), 0);
    QCOMPARE(active.snapshot()->orchestration.maxConcurrentPipelines, 50);
}

QTEST_GUILESS_MAIN(TestActiveConfiguration)
#include "tst_activeconfiguration.moc"
