// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST API's monitoring routes on a real server on loopback: the alert rules' alerts
// listed (open ones, or all), a firing one acknowledged by an operator under the token's
// subject (audited, told to the session's listeners, and not twice), and a stored metric
// series decimated to the width asked for; bad parameters refused; every answer as the
// OpenAPI description says.

#include "apiclient.h"
#include "monitor/alertmonitor.h"
#include "openapischema.h"
#include "store/alertrows.h"
#include "store/audittrail.h"
#include "store/metricseries.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace Qt::StringLiterals;

namespace {

AlertRecord alert(const QString &id, AlertState state, int minutesAgo)
{
    AlertRecord r;
    r.id = id;
    r.rule = id.section(u'@', 0, 0);
    r.state = state;
    r.message = r.rule + u": held"_s;
    r.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.updatedAt = r.raisedAt;
    r.data = QJsonObject{{u"key"_s, r.rule}, {u"severity"_s, u"critical"_s}};
    return r;
}

} // namespace

class TestApiMonitoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsAndAcknowledgesAlerts();
    void servesDecimatedSeries();
    void refusesBadParameters_data();
    void refusesBadParameters();
    void cleanupTestCase();

private:
    void described(const char *method, const QString &tpl, const HttpReply &reply);

    QJsonObject m_doc;
    std::unique_ptr<ApiFixture> m_api; // one server for refusesBadParameters' rows
    QByteArray m_viewer;
};

void TestApiMonitoring::initTestCase()
{
    qRegisterMetaType<Alert>();
    QFile file(u":/api/openapi.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_doc = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_doc.isEmpty());
}

void TestApiMonitoring::described(const char *method, const QString &tpl, const HttpReply &reply)
{
    const QStringList problems = OpenApiSchema::answerProblems(m_doc, QString::fromLatin1(method),
                                                               tpl, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(),
             qPrintable(problems.join(u"; ") + u" in " + QString::fromUtf8(reply.body)));
}

void TestApiMonitoring::listsAndAcknowledgesAlerts()
{
    ApiFixture api;
    QVERIFY(api.start());
    {
        AlertRows rows(*api.queries->database());
        QCOMPARE(rows.insert(alert(u"agentFailure@1"_s, AlertState::Firing, 2)),
                 AlertRows::Insertion::Inserted);
        QCOMPARE(rows.insert(alert(u"longRunningPipeline:exec_1@2"_s, AlertState::Firing, 5)),
                 AlertRows::Insertion::Inserted);
        QCOMPARE(rows.insert(alert(u"highErrorRate@3"_s, AlertState::Resolved, 60)),
                 AlertRows::Insertion::Inserted);
    }
    const QByteArray viewer = api.token(Role::Viewer, u"val"_s);
    const QByteArray ops = api.token(Role::Operator, u"ops-lead"_s);
    const QString list = u"/api/conductor/alerts"_s;
    const QString ack = u"/api/conductor/alerts/{alertId}/acknowledge"_s;

    HttpReply r = api.get("/api/conductor/alerts", viewer);
    QCOMPARE(r.status, 200);
    described("GET", list, r);
    QJsonArray alerts = r.json().value(u"alerts"_s).toArray();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(0)[u"id"_s].toString(), u"agentFailure@1"_s); // the newest first
    QCOMPARE(alerts.at(1)[u"state"_s].toString(), u"firing"_s);
    r = api.get("/api/conductor/alerts?all=true", viewer);
    QCOMPARE(r.json().value(u"alerts"_s).toArray().size(), 3);

    // A viewer may read, not acknowledge.
    r = api.post("/api/conductor/alerts/agentFailure@1/acknowledge", viewer);
    QCOMPARE(r.status, 403);
    described("POST", ack, r);

    QVERIFY(api.core.session->alerts());
    QSignalSpy changed(api.core.session.get(), &Session::alertChanged);
    r = api.post("/api/conductor/alerts/agentFailure@1/acknowledge", ops);
    QCOMPARE(r.status, 200);
    described("POST", ack, r);
    QCOMPARE(r.json().value(u"state"_s).toString(), u"acknowledged"_s);
    // The session's listeners (the notifiers, a window) heard of it.
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Alert>().state, Alert::State::Acknowledged);
    // Recorded, and in the audit trail under the token's subject.
    QCOMPARE(AlertRows(*api.queries->database()).find(u"agentFailure@1"_s)->state,
             AlertState::Acknowledged);
    AuditQuery query;
    query.actions = {QString(AuditAction::AlertAcknowledged)};
    const auto entries = AuditTrail(*api.queries->database()).read(query);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, u"ops-lead"_s);

    // Not twice, not a resolved one, not one that does not exist.
    r = api.post("/api/conductor/alerts/agentFailure@1/acknowledge", ops);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), u"conflict"_s);
    described("POST", ack, r);
    r = api.post("/api/conductor/alerts/highErrorRate@3/acknowledge", ops);
    QCOMPARE(r.status, 409);
    r = api.post("/api/conductor/alerts/nothing@9/acknowledge", ops);
    QCOMPARE(r.status, 404);
    described("POST", ack, r);
    r = api.post("/api/conductor/alerts/longRunningPipeline:exec_1@2/acknowledge", ops,
                 R"({"why": "no"})");
    QCOMPARE(r.status, 400);
    described("POST", ack, r);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AuditTrail(*api.queries->database()).read(query)->size(), 1);
}

void TestApiMonitoring::servesDecimatedSeries()
{
    ApiFixture api;
    QVERIFY(api.start());
    // Error rate samples every 30 s for an hour before kT: 0.0 in the first half hour,
    // 0.5 in the second; one execution's time too. Recent, so that the session's monitor
    // keeps them (it prunes what is older than monitoring.metricsRetentionDays).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime kT(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
    const QByteArray until = kT.toString(Qt::ISODate).toUtf8();
    QList<MetricPoint> points;
    for (int i = 0; i < 120; ++i) {
        const qint64 at = kT.addSecs(-3600 + 30 * i).toMSecsSinceEpoch();
        points.append({u"error_rate"_s, {}, at, i < 60 ? 0.0 : 0.5});
        points.append({u"execution_time"_s, u"exec_1"_s, at, 30.0 * i});
    }
    {
        MetricSeries series(*api.queries->database());
        QVERIFY2(series.append(points), qPrintable(series.error()));
    }
    const QByteArray viewer = api.token(Role::Viewer, u"val"_s);
    const QString tpl = u"/api/conductor/metrics/series"_s;
    HttpReply r = api.get(
        "/api/conductor/metrics/series?metric=error_rate&window=1h&until=" + until + "&width=2",
        viewer);
    QCOMPARE(r.status, 200);
    described("GET", tpl, r);
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"metric"_s).toString(), u"error_rate"_s);
    QCOMPARE(o.value(u"bucketSeconds"_s).toDouble(), 1800.0);
    QJsonArray buckets = o.value(u"points"_s).toArray();
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets.at(0)[u"samples"_s].toInt(), 60);
    QCOMPARE(buckets.at(0)[u"max"_s].toDouble(), 0.0);
    QCOMPARE(buckets.at(1)[u"min"_s].toDouble(), 0.5);
    QCOMPARE(buckets.at(1)[u"mean"_s].toDouble(), 0.5);
    QCOMPARE(buckets.at(1)[u"time"_s].toString(), kT.addSecs(-1800).toString(Qt::ISODateWithMs));

    // The default width (60): two samples a bucket; one execution's series by subject.
    r = api.get("/api/conductor/metrics/series?metric=execution_time&subject=exec_1&window=1h"
                "&until=" +
                    until,
                viewer);
    QCOMPARE(r.status, 200);
    described("GET", tpl, r);
    buckets = r.json().value(u"points"_s).toArray();
    QCOMPARE(buckets.size(), 60);
    QCOMPARE(buckets.last()[u"last"_s].toDouble(), 30.0 * 119);
    QCOMPARE(buckets.last()[u"samples"_s].toInt(), 2);
    // Another execution: nothing.
    r = api.get("/api/conductor/metrics/series?metric=execution_time&subject=exec_2&window=1h"
                "&until=" +
                    until,
                viewer);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"points"_s).toArray().isEmpty());
}

void TestApiMonitoring::refusesBadParameters_data()
{
    QTest::addColumn<QByteArray>("path");
    const QByteArray series = "/api/conductor/metrics/series?";
    QTest::newRow("no metric") << series;
    QTest::newRow("unknown metric") << series + "metric=happiness";
    QTest::newRow("bad window") << series + "metric=error_rate&window=soon";
    QTest::newRow("bare number window") << series + "metric=error_rate&window=24";
    QTest::newRow("zero window") << series + "metric=error_rate&window=0s";
    QTest::newRow("bad until") << series + "metric=error_rate&until=yesterday";
    QTest::newRow("zero width") << series + "metric=error_rate&width=0";
    QTest::newRow("huge width") << series + "metric=error_rate&width=10001";
    QTest::newRow("word width") << series + "metric=error_rate&width=wide";
    QTest::newRow("bad subject") << series + "metric=execution_time&subject=a%20b";
    QTest::newRow("bad all") << QByteArray("/api/conductor/alerts?all=yes");
}

void TestApiMonitoring::refusesBadParameters()
{
    QFETCH(QByteArray, path);
    if (!m_api) {
        m_api = std::make_unique<ApiFixture>();
        QVERIFY(m_api->start());
        m_viewer = m_api->token(Role::Viewer, u"val"_s);
    }
    const HttpReply r = m_api->get(path, m_viewer);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), u"bad_request"_s);
    described("GET",
              path.startsWith("/api/conductor/alerts") ? u"/api/conductor/alerts"_s
                                                       : u"/api/conductor/metrics/series"_s,
              r);
}

void TestApiMonitoring::cleanupTestCase()
{
    m_api.reset();
}

QTEST_GUILESS_MAIN(TestApiMonitoring)
#include "tst_apimonitoring.moc"
