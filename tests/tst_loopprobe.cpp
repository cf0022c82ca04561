// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// How late a thread's event loop runs, measured from the thread itself: a loop with
// nothing to do measures little; one held up on purpose (a call that sleeps 300 ms on that
// thread) shows as late while it is stuck and measures the wait once it is free; the
// figures are read from another thread; and a stopped probe measures nothing more.

#include "engine/loopprobe.h"

#include <QThread>
#include <QtTest/QTest>

using namespace Conductor;
using namespace std::chrono_literals;

class TestLoopProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void smallWhenIdle();
    void lateWhenBlocked();
    void stops();

private:
    void block(std::chrono::milliseconds how)
    {
        QMetaObject::invokeMethod(
            m_probe, [how] { QThread::msleep(static_cast<unsigned long>(how.count())); });
    }

    QThread m_thread;
    EngineLoopProbe *m_probe = nullptr;
};

void TestLoopProbe::init()
{
    m_thread.setObjectName(QStringLiteral("conductor-engine"));
    m_probe = new EngineLoopProbe(50ms);
    m_probe->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_probe, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_probe, &EngineLoopProbe::start);
    // A few ticks measured.
    QTRY_VERIFY_WITH_TIMEOUT(m_probe->latency(10s).measurements >= 3, 5000);
}

void TestLoopProbe::cleanup()
{
    QMetaObject::invokeMethod(m_probe, &EngineLoopProbe::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    QVERIFY(m_thread.wait(5000));
    m_probe = nullptr;
}

void TestLoopProbe::smallWhenIdle()
{
    QTest::qWait(500);
    const LoopLatency idle = m_probe->latency(10s);
    QVERIFY(idle.lastMs.has_value());
    QVERIFY2(idle.measurements >= 8, qPrintable(QString::number(idle.measurements)));
    // Far under the 300 ms below; generous, for a busy machine.
    QVERIFY2(idle.maxMs < 200, qPrintable(QString::number(idle.maxMs)));
}

void TestLoopProbe::lateWhenBlocked()
{
    block(300ms);
    // While the thread sleeps, the tick that fell due is late and growing.
    QTest::qWait(220);
    const LoopLatency stuck = m_probe->latency(10s);
    QVERIFY2(stuck.lastMs && *stuck.lastMs >= 100, qPrintable(QString::number(stuck.maxMs)));
    // Once it is free, the measurement stays: the tick waited out most of the sleep.
    QTRY_VERIFY_WITH_TIMEOUT(m_probe->latency(10s).measurements > stuck.measurements, 5000);
    QTest::qWait(200);
    const LoopLatency after = m_probe->latency(10s);
    QVERIFY2(after.maxMs >= 240, qPrintable(QString::number(after.maxMs)));
    // The latest tick, after the sleep, is small again; the window that ends now without the
    // sleep in it has a small maximum.
    QVERIFY2(*after.lastMs < 200, qPrintable(QString::number(*after.lastMs)));
    QTest::qWait(300);
    QVERIFY2(m_probe->latency(150ms).maxMs < 200,
             qPrintable(QString::number(m_probe->latency(150ms).maxMs)));
}

void TestLoopProbe::stops()
{
    QMetaObject::invokeMethod(m_probe, &EngineLoopProbe::stop, Qt::BlockingQueuedConnection);
    const int before = m_probe->latency(10s).measurements;
    block(300ms);
    QTest::qWait(500);
    const LoopLatency stopped = m_probe->latency(10s);
    QCOMPARE(stopped.measurements, before);
    QVERIFY2(stopped.maxMs < 200, qPrintable(QString::number(stopped.maxMs)));
}

QTEST_GUILESS_MAIN(TestLoopProbe)
#include "tst_loopprobe.moc"
