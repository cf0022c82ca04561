// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// What `GET /metrics` answers, read back by a strict parser of the text format 0.0.4: every
// line a HELP or TYPE comment or a sample, every family declared once before its samples,
// label syntax and escapes, values that parse as doubles and are never NaN. A made-up
// snapshot comes back with its figures; a stage named with a quote, a backslash and a line
// feed keeps its name; absent rates and unread metrics leave their samples out.

#include "api/prometheus.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QtTest/QTest>

#include <cmath>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Family
{
    QString name;
    QString type;
    QString help;
    QList<Sample> samples;
};

struct Exposition
{
    QList<Family> families;
    QString error; // the first line the parser refused, and why

    [[nodiscard]] const Family *family(const QString &name) const
    {
        for (const Family &f : families) {
            if (f.name == name) {
                return &f;
            }
        }
        return nullptr;
    }

    // The value of the family's sample with exactly these labels; NaN when there is none.
    [[nodiscard]] double value(const QString &name, const QMap<QString, QString> &labels = {}) const
    {
        if (const Family *f = family(name)) {
            for (const Sample &s : f->samples) {
                if (s.labels == labels) {
                    return s.value;
                }
            }
        }
        return std::nan("");
    }

    [[nodiscard]] qsizetype sampleCount(const QString &name) const
    {
        const Family *f = family(name);
        return f ? f->samples.size() : -1;
    }
};

const QRegularExpression kName(u"^[a-zA-Z_:][a-zA-Z0-9_:]*$"_s);
const QRegularExpression kLabelName(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);

// Label pairs `name="value",...` up to the closing brace; the position after it, or -1.
qsizetype parseLabels(const QString &line, qsizetype at, QMap<QString, QString> &labels,
                      QString &why)
{
    while (true) {
        const qsizetype equals = line.indexOf(u'=', at);
        if (equals < 0) {
            why = u"a label without ="_s;
            return -1;
        }
        const QString name = line.mid(at, equals - at);
        if (!kLabelName.match(name).hasMatch() || name.startsWith(u"__")) {
            why = u"a bad label name: "_s + name;
            return -1;
        }
        if (equals + 1 >= line.size() || line.at(equals + 1) != u'"') {
            why = u"a label value without quotes"_s;
            return -1;
        }
        QString value;
        qsizetype i = equals + 2;
        for (; i < line.size() && line.at(i) != u'"'; ++i) {
            if (line.at(i) == u'\\') {
                const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
                if (next == u'\\' || next == u'"') {
                    value += next;
                } else if (next == u'n') {
                    value += u'\n';
                } else {
                    why = u"an unknown escape in a label value"_s;
                    return -1;
                }
                ++i;
            } else {
                value += line.at(i);
            }
        }
        if (i >= line.size()) {
            why = u"an unterminated label value"_s;
            return -1;
        }
        if (labels.contains(name)) {
            why = u"a label given twice: "_s + name;
            return -1;
        }
        labels.insert(name, value);
        at = i + 1;
        if (at < line.size() && line.at(at) == u',') {
            ++at;
        } else if (at < line.size() && line.at(at) == u'}') {
            return at + 1;
        } else {
            why = u"a label not followed by , or }"_s;
            return -1;
        }
    }
}

bool parseValue(const QString &text, double &value)
{
    if (text == u"+Inf" || text == u"-Inf") {
        value = text.startsWith(u'+') ? INFINITY : -INFINITY;
        return true;
    }
    bool ok = false;
    value = text.toDouble(&ok);
    return ok && !std::isnan(value) && !text.contains(u"nan", Qt::CaseInsensitive);
}

// Whether a sample name belongs to the family (a summary's _sum and _count do too).
bool belongs(const QString &sample, const Family &family)
{
    if (sample == family.name) {
        return true;
    }
    return family.type == u"summary" &&
           (sample == family.name + u"_sum" || sample == family.name + u"_count");
}

Exposition parseExposition(const QByteArray &bytes)
{
    Exposition out;
    const QString text = QString::fromUtf8(bytes);
    if (!text.endsWith(u'\n')) {
        out.error = u"the text does not end with a line feed"_s;
        return out;
    }
    QSet<QString> declared;
    QSet<QString> series;
    const QStringList lines = text.chopped(1).split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        auto refuse = [&](const QString &why) {
            out.error = u"line "_s + QString::number(n + 1) + u": "_s + why + u": "_s + line;
        };
        if (line.startsWith(u"# HELP ")) {
            const QString name = line.mid(7).section(u' ', 0, 0);
            if (!kName.match(name).hasMatch() || declared.contains(name)) {
                refuse(u"a bad or repeated family"_s);
                return out;
            }
            declared.insert(name);
            out.families.append(Family{name, QString(), line.mid(8 + name.size()), {}});
        } else if (line.startsWith(u"# TYPE ")) {
            const QStringList parts = line.mid(7).split(u' ');
            if (out.families.isEmpty() || parts.size() != 2 ||
                parts.at(0) != out.families.last().name || !out.families.last().type.isEmpty() ||
                !QStringList{u"gauge"_s, u"counter"_s, u"summary"_s}.contains(parts.at(1))) {
                refuse(u"a TYPE that does not follow its HELP"_s);
                return out;
            }
            out.families.last().type = parts.at(1);
        } else if (line.startsWith(u'#') || line.trimmed().isEmpty()) {
            refuse(u"a comment or blank line the renderer never writes"_s);
            return out;
        } else {
            Sample sample;
            qsizetype at = line.indexOf(u'{');
            const qsizetype space = line.indexOf(u' ');
            QString why;
            if (at >= 0 && (space < 0 || at < space)) {
                sample.name = line.left(at);
                at = parseLabels(line, at + 1, sample.labels, why);
            } else {
                sample.name = line.left(space);
                at = space;
            }
            if (at < 0) {
                refuse(why);
                return out;
            }
            if (at >= line.size() || line.at(at) != u' ' ||
                !parseValue(line.mid(at + 1), sample.value)) {
                refuse(u"no value, or one that is not a number"_s);
                return out;
            }
            if (!kName.match(sample.name).hasMatch() || out.families.isEmpty() ||
                out.families.last().type.isEmpty() || !belongs(sample.name, out.families.last())) {
                refuse(u"a sample outside its declared family"_s);
                return out;
            }
            QString key = sample.name;
            for (auto it = sample.labels.cbegin(); it != sample.labels.cend(); ++it) {
                key += u'\x1f' + it.key() + u'=' + it.value();
            }
            if (series.contains(key)) {
                refuse(u"a series given twice"_s);
                return out;
            }
            series.insert(key);
            out.families.last().samples.append(sample);
        }
    }
    return out;
}

KeyMetrics::Breakdown breakdown(const QString &name, std::optional<double> rate)
{
    KeyMetrics::Breakdown b;
    b.name = name;
    b.recoveryRate = rate;
    return b;
}

MetricsSnapshot fullSnapshot()
{
    MetricsSnapshot s;
    KeyMetrics &d = s.day;
    d.completed = 8;
    d.failed = 2;
    d.cancelled = 1;
    d.successRate = 0.8;
    d.meanSeconds = 240.5;
    d.p50Seconds = 200;
    d.p95Seconds = 610.25;
    d.tokensPerCompleted = 45000;
    d.costPerCompleted = Money::fromMicros(12'500'000);
    d.firstApprovalRate = 0.75;
    d.recoveryRate = 0.5;
    d.stages = {breakdown(u"feasibility"_s, 1.0), breakdown(u"scaffold"_s, std::nullopt)};
    d.agents = {breakdown(u"analyst"_s, 0.25)};
    s.active.running = 3;
    s.active.waitingAtGate = 2;
    s.active.paused = 1;
    s.active.queued = 4;
    s.pendingGates = 2;
    s.tokensToday = 123456;
    s.costToday = Money::fromMicros(37'250'000);
    s.tokensBudget = 1'000'000;
    s.costBudget = Money::fromMicros(500'000'000);
    s.providers = {{u"openai"_s, true, 180}, {u"local"_s, false, std::nullopt}};
    s.requests = {{u"/api/conductor/execution/<id>"_s, 200, 5},
                  {u"/api/conductor/gates"_s, 401, 1},
                  {u"/api/conductor/execution/<id>"_s, 404, 2},
                  {u"/api/conductor/execution/<id>"_s, 200, 3}};
    s.streamsOpen = 1;
    s.connectionsOpen = 4;
    s.uptimeSeconds = 3600.5;
    s.engineLoopLatencySeconds = 0.0125;
    return s;
}

const QStringList kFamilies{
    u"conductor_pipeline_success_rate"_s,
    u"conductor_execution_seconds"_s,
    u"conductor_execution_mean_seconds"_s,
    u"conductor_executions_ended_24h"_s,
    u"conductor_tokens_per_completed_execution"_s,
    u"conductor_cost_per_completed_execution_usd"_s,
    u"conductor_gate_first_approval_rate"_s,
    u"conductor_error_recovery_rate"_s,
    u"conductor_stage_recovery_rate"_s,
    u"conductor_agent_recovery_rate"_s,
    u"conductor_executions_active"_s,
    u"conductor_gates_pending"_s,
    u"conductor_tokens_today"_s,
    u"conductor_cost_today_usd"_s,
    u"conductor_tokens_budget_daily"_s,
    u"conductor_cost_budget_daily_usd"_s,
    u"conductor_provider_up"_s,
    u"conductor_provider_latency_seconds"_s,
    u"conductor_api_requests_total"_s,
    u"conductor_api_streams_open"_s,
    u"conductor_api_connections_open"_s,
    u"conductor_uptime_seconds"_s,
    u"conductor_engine_loop_latency_seconds"_s,
};

} // namespace

class TestPrometheus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserRefuses_data();
    void parserRefuses();
    void familiesInOrder();
    void values();
    void labelValuesAreEscaped();
    void absentFiguresAreLeftOut();
    void contentType();
};

void TestPrometheus::parserRefuses_data()
{
    // The parser the other tests rely on refuses what the format does not allow.
    QTest::addColumn<QByteArray>("text");
    const QByteArray head = "# HELP conductor_x An x.\n# TYPE conductor_x gauge\n";
    QTest::newRow("sample before its family") << QByteArray("conductor_x 1\n") + head;
    QTest::newRow("NaN") << head + "conductor_x NaN\n";
    QTest::newRow("not a number") << head + "conductor_x one\n";
    QTest::newRow("no value") << head + "conductor_x\n";
    QTest::newRow("unquoted label") << head + "conductor_x{a=b} 1\n";
    QTest::newRow("unterminated label") << head + "conductor_x{a=\"b} 1\n";
    QTest::newRow("unknown escape") << head + "conductor_x{a=\"\\t\"} 1\n";
    QTest::newRow("family twice") << head + head;
    QTest::newRow("TYPE without HELP") << QByteArray("# TYPE conductor_x gauge\nconductor_x 1\n");
    QTest::newRow("unknown type") << QByteArray(
        "# HELP conductor_x An x.\n# TYPE conductor_x histogram\n");
    QTest::newRow("another family's sample") << head + "conductor_y 1\n";
    QTest::newRow("series twice") << head + "conductor_x{a=\"1\"} 1\nconductor_x{a=\"1\"} 2\n";
    QTest::newRow("blank line") << head + "\nconductor_x 1\n";
    QTest::newRow("no final line feed") << head + "conductor_x 1";
}

void TestPrometheus::parserRefuses()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseExposition(text).error.isEmpty());
    // ... and takes the same family done right.
    const Exposition good = parseExposition("# HELP conductor_x An x.\n# TYPE conductor_x gauge\n"
                                            "conductor_x{a=\"1\",b=\"\\\"\"} 1.5e3\n");
    QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
    QCOMPARE(good.value(u"conductor_x"_s, {{u"a"_s, u"1"_s}, {u"b"_s, u"\""_s}}), 1500.0);
}

void TestPrometheus::familiesInOrder()
{
    const QByteArray text = renderPrometheus(fullSnapshot());
    const Exposition e = parseExposition(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QStringList names;
    for (const Family &f : e.families) {
        names.append(f.name);
        QVERIFY2(!f.help.isEmpty(), qPrintable(f.name));
        QCOMPARE(f.type, f.name.endsWith(u"_total") ? u"counter"_s : u"gauge"_s);
    }
    QCOMPARE(names, kFamilies);
    QCOMPARE(renderPrometheus(fullSnapshot()), text); // the same snapshot, the same bytes
}

void TestPrometheus::values()
{
    const Exposition e = parseExposition(renderPrometheus(fullSnapshot()));
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.value(u"conductor_pipeline_success_rate"_s), 0.8);
    QCOMPARE(e.value(u"conductor_execution_seconds"_s, {{u"quantile"_s, u"0.5"_s}}), 200.0);
    QCOMPARE(e.value(u"conductor_execution_seconds"_s, {{u"quantile"_s, u"0.95"_s}}), 610.25);
    QCOMPARE(e.value(u"conductor_execution_mean_seconds"_s), 240.5);
    QCOMPARE(e.value(u"conductor_executions_ended_24h"_s, {{u"status"_s, u"completed"_s}}), 8.0);
    QCOMPARE(e.value(u"conductor_executions_ended_24h"_s, {{u"status"_s, u"failed"_s}}), 2.0);
    QCOMPARE(e.value(u"conductor_executions_ended_24h"_s, {{u"status"_s, u"cancelled"_s}}), 1.0);
    QCOMPARE(e.value(u"conductor_tokens_per_completed_execution"_s), 45000.0);
    QCOMPARE(e.value(u"conductor_cost_per_completed_execution_usd"_s), 12.5);
    QCOMPARE(e.value(u"conductor_gate_first_approval_rate"_s), 0.75);
    QCOMPARE(e.value(u"conductor_error_recovery_rate"_s), 0.5);
    QCOMPARE(e.value(u"conductor_stage_recovery_rate"_s, {{u"stage"_s, u"feasibility"_s}}), 1.0);
    QCOMPARE(e.sampleCount(u"conductor_stage_recovery_rate"_s), 1); // scaffold: none to count
    QCOMPARE(e.value(u"conductor_agent_recovery_rate"_s, {{u"agent"_s, u"analyst"_s}}), 0.25);
    QCOMPARE(e.value(u"conductor_executions_active"_s, {{u"state"_s, u"running"_s}}), 3.0);
    QCOMPARE(e.value(u"conductor_executions_active"_s, {{u"state"_s, u"waiting_at_gate"_s}}), 2.0);
    QCOMPARE(e.value(u"conductor_executions_active"_s, {{u"state"_s, u"paused"_s}}), 1.0);
    QCOMPARE(e.value(u"conductor_executions_active"_s, {{u"state"_s, u"queued"_s}}), 4.0);
    QCOMPARE(e.value(u"conductor_gates_pending"_s), 2.0);
    QCOMPARE(e.value(u"conductor_tokens_today"_s), 123456.0);
    QCOMPARE(e.value(u"conductor_cost_today_usd"_s), 37.25);
    QCOMPARE(e.value(u"conductor_tokens_budget_daily"_s), 1e6);
    QCOMPARE(e.value(u"conductor_cost_budget_daily_usd"_s), 500.0);
    QCOMPARE(e.value(u"conductor_provider_up"_s, {{u"provider"_s, u"openai"_s}}), 1.0);
    QCOMPARE(e.value(u"conductor_provider_up"_s, {{u"provider"_s, u"local"_s}}), 0.0);
    QCOMPARE(e.value(u"conductor_provider_latency_seconds"_s, {{u"provider"_s, u"openai"_s}}),
             0.18);
    QCOMPARE(e.sampleCount(u"conductor_provider_latency_seconds"_s), 1); // local: never answered
    // One series per route and status, the counts of one given twice added.
    QCOMPARE(e.sampleCount(u"conductor_api_requests_total"_s), 3);
    const QString execution = u"/api/conductor/execution/<id>"_s;
    QCOMPARE(e.value(u"conductor_api_requests_total"_s,
                     {{u"route"_s, execution}, {u"status"_s, u"200"_s}}),
             8.0);
    QCOMPARE(e.value(u"conductor_api_requests_total"_s,
                     {{u"route"_s, execution}, {u"status"_s, u"404"_s}}),
             2.0);
    QCOMPARE(e.value(u"conductor_api_requests_total"_s,
                     {{u"route"_s, u"/api/conductor/gates"_s}, {u"status"_s, u"401"_s}}),
             1.0);
    QCOMPARE(e.value(u"conductor_api_streams_open"_s), 1.0);
    QCOMPARE(e.value(u"conductor_api_connections_open"_s), 4.0);
    QCOMPARE(e.value(u"conductor_uptime_seconds"_s), 3600.5);
    QCOMPARE(e.value(u"conductor_engine_loop_latency_seconds"_s), 0.0125);
}

void TestPrometheus::labelValuesAreEscaped()
{
    MetricsSnapshot s = fullSnapshot();
    const QString odd = u"a\"b\\c\nd"_s;
    s.day.stages = {breakdown(odd, 0.5)};
    s.providers = {{u"é\""_s, true, 5}};
    const QByteArray text = renderPrometheus(s);
    QVERIFY(text.contains(R"(conductor_stage_recovery_rate{stage="a\"b\\c\nd"} 0.5)"));
    const Exposition e = parseExposition(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.value(u"conductor_stage_recovery_rate"_s, {{u"stage"_s, odd}}), 0.5);
    QCOMPARE(e.value(u"conductor_provider_latency_seconds"_s, {{u"provider"_s, u"é\""_s}}), 0.005);
}

void TestPrometheus::absentFiguresAreLeftOut()
{
    MetricsSnapshot s; // nothing ended, nothing failed, no gate decided
    s.day.completed = 0;
    s.providers = {{u"local"_s, false, std::nullopt}};
    QByteArray text = renderPrometheus(s);
    Exposition e = parseExposition(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QVERIFY(!text.contains("NaN") && !text.contains("nan"));
    for (const char *name :
         {"conductor_pipeline_success_rate", "conductor_execution_seconds",
          "conductor_execution_mean_seconds", "conductor_tokens_per_completed_execution",
          "conductor_cost_per_completed_execution_usd", "conductor_gate_first_approval_rate",
          "conductor_error_recovery_rate", "conductor_stage_recovery_rate",
          "conductor_agent_recovery_rate", "conductor_provider_latency_seconds",
          "conductor_api_requests_total", "conductor_engine_loop_latency_seconds"}) {
        QVERIFY2(e.sampleCount(QLatin1String(name)) == 0, name);
    }
    // Counts are known even when zero.
    QCOMPARE(e.value(u"conductor_executions_ended_24h"_s, {{u"status"_s, u"completed"_s}}), 0.0);
    QCOMPARE(e.value(u"conductor_provider_up"_s, {{u"provider"_s, u"local"_s}}), 0.0);

    // Metrics that could not be read say nothing rather than zero.
    s = fullSnapshot();
    s.day.ok = false;
    s.active.ok = false;
    text = renderPrometheus(s);
    e = parseExposition(text);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.families.size(), kFamilies.size());
    for (const QString &name : kFamilies.mid(0, 11)) {
        QVERIFY2(e.sampleCount(name) == 0, qPrintable(name));
    }
    QCOMPARE(e.value(u"conductor_gates_pending"_s), 2.0);
}

void TestPrometheus::contentType()
{
    QCOMPARE(prometheusContentType(), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
