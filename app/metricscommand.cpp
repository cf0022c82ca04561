// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/alertcondition.h"
#include "config/duration.h"
#include "displayformat.h"
#include "store/keymetrics.h"
#include "store/metricseries.h"
#include "store/storequeries.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::MetricsCommand)
};

const QString kAbsent = QStringLiteral("—");

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject breakdownJson(const char *key, const KeyMetrics::Breakdown &b)
{
    return QJsonObject{{QLatin1String(key), b.name},
                       {QStringLiteral("attempts"), b.attempts},
                       {QStringLiteral("failed"), b.failed},
                       {QStringLiteral("recovered"), b.recovered},
                       {QStringLiteral("errorRecoveryRate"), number(b.recoveryRate)},
                       {QStringLiteral("meanSuccessSeconds"), number(b.meanSuccessSeconds)},
                       {QStringLiteral("tokens"), b.tokens},
                       {QStringLiteral("usd"), b.cost.toUsd()}};
}

// The names of the issue, never translated: scripts read them.
QJsonObject toJson(const KeyMetrics &m)
{
    QJsonArray stages;
    for (const KeyMetrics::Breakdown &b : m.stages) {
        stages.append(breakdownJson("stage", b));
    }
    QJsonArray agents;
    for (const KeyMetrics::Breakdown &b : m.agents) {
        agents.append(breakdownJson("agent", b));
    }
    return QJsonObject{
        {QStringLiteral("window"),
         QJsonObject{{QStringLiteral("from"), utcText(m.from)},
                     {QStringLiteral("to"), utcText(m.to)},
                     {QStringLiteral("seconds"), double(m.from.msecsTo(m.to)) / 1000.0}}},
        {QStringLiteral("executions"), QJsonObject{{QStringLiteral("completed"), m.completed},
                                                   {QStringLiteral("failed"), m.failed},
                                                   {QStringLiteral("cancelled"), m.cancelled}}},
        {QStringLiteral("pipelineSuccessRate"), number(m.successRate)},
        {QStringLiteral("averageExecutionSeconds"), number(m.meanSeconds)},
        {QStringLiteral("executionSecondsP50"), number(m.p50Seconds)},
        {QStringLiteral("executionSecondsP95"), number(m.p95Seconds)},
        {QStringLiteral("resourceEfficiency"),
         QJsonObject{
             {QStringLiteral("tokensPerCompletedExecution"), number(m.tokensPerCompleted)},
             {QStringLiteral("usdPerCompletedExecution"),
              m.costPerCompleted ? QJsonValue(m.costPerCompleted->toUsd()) : QJsonValue()}}},
        {QStringLiteral("gateFirstApprovalRate"), number(m.firstApprovalRate)},
        {QStringLiteral("errorRecoveryRate"), number(m.recoveryRate)},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("agents"), agents}};
}

QString percent(const std::optional<double> &rate)
{
    return rate ? Text::tr("%1%").arg(QLocale().toString(*rate * 100.0, 'f', 1)) : kAbsent;
}

// Under a minute with tenths of a second, else hours, minutes and seconds.
QString seconds(const std::optional<double> &value)
{
    if (!value) {
        return kAbsent;
    }
    if (*value < 60.0) {
        return Text::tr("%1 s").arg(QLocale().toString(*value, 'f', 1));
    }
    const qint64 s = std::llround(*value);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString tokens(const std::optional<double> &value)
{
    return value ? QLocale().toString(std::llround(*value)) : kAbsent;
}

QString usd(Money value)
{
    return DisplayFormat::money(value);
}

QString localTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::systemTimeZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString breakdownTable(const QString &heading, const QList<KeyMetrics::Breakdown> &list)
{
    TextTable table({heading, Text::tr("ATTEMPTS"), Text::tr("FAILED"), Text::tr("RECOVERED"),
                     Text::tr("RECOVERY"), Text::tr("MEAN SUCCESS"), Text::tr("TOKENS"),
                     Text::tr("COST")},
                    1);
    for (const KeyMetrics::Breakdown &b : list) {
        table.add({b.name.isEmpty() ? Text::tr("(unknown)") : b.name,
                   QLocale().toString(b.attempts), QLocale().toString(b.failed),
                   QLocale().toString(b.recovered), percent(b.recoveryRate),
                   seconds(b.meanSuccessSeconds), QLocale().toString(b.tokens), usd(b.cost)});
    }
    return table.toString();
}

void printText(const KeyMetrics &m, const QString &window)
{
    QStringList lines;
    lines.append(
        Text::tr("Key metrics from %1 to %2 (%3)").arg(localTime(m.from), localTime(m.to), window));
    lines.append(Text::tr("Executions that ended: %1 completed, %2 failed, %3 cancelled")
                     .arg(QLocale().toString(m.completed), QLocale().toString(m.failed),
                          QLocale().toString(m.cancelled)));
    lines.append(QString());
    TextTable table({Text::tr("METRIC"), Text::tr("VALUE"), Text::tr("DETAILS")}, 3);
    table.add(
        {Text::tr("Pipeline success rate"), percent(m.successRate),
         Text::tr("%1 completed of %2 that completed or failed")
             .arg(QLocale().toString(m.completed), QLocale().toString(m.completed + m.failed))});
    table.add({Text::tr("Average execution time"), seconds(m.meanSeconds),
               Text::tr("p50 %1, p95 %2").arg(seconds(m.p50Seconds), seconds(m.p95Seconds))});
    table.add({Text::tr("Tokens per completed execution"), tokens(m.tokensPerCompleted),
               Text::tr("%1 tokens in all").arg(QLocale().toString(m.completedTokens))});
    table.add({Text::tr("Dollars per completed execution"),
               m.costPerCompleted ? usd(*m.costPerCompleted) : kAbsent,
               Text::tr("%1 in all").arg(usd(m.completedCost))});
    table.add({Text::tr("Gate first-approval rate"), percent(m.firstApprovalRate),
               Text::tr("%1 approved at the first decision of %2 decided")
                   .arg(QLocale().toString(m.gateGroupsFirstApproved),
                        QLocale().toString(m.gateGroupsDecided))});
    table.add(
        {Text::tr("Error recovery rate"), percent(m.recoveryRate),
         Text::tr("%1 recovered by a retry of %2 failed attempts")
             .arg(QLocale().toString(m.recoveredAttempts), QLocale().toString(m.failedAttempts))});
    lines.append(table.toString());
    lines.append(QString());
    if (m.stages.isEmpty() && m.agents.isEmpty()) {
        lines.append(Text::tr("No stage ran in the window."));
    } else {
        lines.append(breakdownTable(Text::tr("STAGE"), m.stages));
        lines.append(QString());
        lines.append(breakdownTable(Text::tr("AGENT"), m.agents));
    }
    printOut(lines.join(u'\n'));
}

QString figure(double value)
{
    return QLocale().toString(value, 'g', 6);
}

void printSeries(const MetricSeriesData &s, const QString &window)
{
    const QString name = s.subject.isEmpty() ? s.metric : s.metric + u'/' + s.subject;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(s.fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(s.toMs, Qt::UTC);
    QStringList lines;
    lines.append(Text::tr("%1 from %2 to %3 (%4), in buckets of %5")
                     .arg(name, localTime(from), localTime(to), window,
                          formatDuration(Duration(s.bucketMs))));
    if (s.buckets.isEmpty()) {
        lines.append(Text::tr("No samples in the window."));
        printOut(lines.join(u'\n'));
        return;
    }
    TextTable table({Text::tr("FROM"), Text::tr("SAMPLES"), Text::tr("MIN"), Text::tr("MEAN"),
                     Text::tr("MAX"), Text::tr("LAST")},
                    1);
    for (const MetricBucket &b : s.buckets) {
        table.add({localTime(QDateTime::fromMSecsSinceEpoch(b.startMs, Qt::UTC)),
                   QLocale().toString(b.count), figure(b.min), figure(b.mean), figure(b.max),
                   figure(b.last)});
    }
    lines.append(table.toString());
    printOut(lines.join(u'\n'));
}

} // namespace

int runMetricsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Shows the key metrics of the executions that ended in a window of time: "
                 "pipeline success rate, execution time, tokens and dollars per completed "
                 "execution, gate first-approval rate and error recovery rate, per stage and "
                 "per agent."));
    parser.addHelpOption();
    const QCommandLineOption window(
        QStringLiteral("window"),
        Text::tr("How far back the window reaches, such as 1h, 24h, 7d or 30d (default: 24h)."),
        QStringLiteral("DURATION"), QStringLiteral("24h"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        Text::tr("The end of the window, in ISO 8601 such as 2026-03-10T12:00:00Z (default: "
                 "now)."),
        QStringLiteral("TIME"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption series(
        QStringLiteral("series"),
        Text::tr("Instead of the key metrics, the samples the alert monitor stored of one "
                 "metric (one an alert rule may name, such as engine_loop_latency_ms), "
                 "decimated: each line the minimum, mean, maximum and last value of a bucket."),
        QStringLiteral("METRIC"));
    const QCommandLineOption subject(
        QStringLiteral("subject"),
        Text::tr("With --series: the execution whose series it is, for the per-execution "
                 "metrics (default: the whole installation's)."),
        QStringLiteral("ID"));
    const QCommandLineOption width(
        QStringLiteral("width"),
        Text::tr("With --series: at most this many buckets, 1 to 10000 (default: 60)."),
        QStringLiteral("N"), QStringLiteral("60"));
    parser.addOptions(
        {window, until, json, series, subject, width, CommandEnvironment::databaseOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    if (!parser.isSet(series) && (parser.isSet(subject) || parser.isSet(width))) {
        return usageError(Text::tr("--subject and --width go with --series"));
    }
    const QString metric = parser.value(series).trimmed();
    if (parser.isSet(series) && !AlertCondition::metrics().contains(metric)) {
        return usageError(Text::tr("--series: unknown metric '%1'; known metrics: %2")
                              .arg(metric, AlertCondition::metrics().join(QStringLiteral(", "))));
    }
    bool widthOk = false;
    const int buckets = parser.value(width).toInt(&widthOk);
    if (!widthOk || buckets < 1 || buckets > 10'000) {
        return usageError(
            Text::tr("--width takes a number from 1 to 10000, not '%1'").arg(parser.value(width)));
    }
    const DurationParse length = parseDuration(parser.value(window));
    if (!length.value) {
        return usageError(Text::tr("--window: %1").arg(length.error));
    }
    if (length.value->count() <= 0) {
        return usageError(
            Text::tr("--window must be longer than nothing, not '%1'").arg(parser.value(window)));
    }
    QDateTime to = QDateTime::currentDateTimeUtc();
    if (parser.isSet(until)) {
        to = QDateTime::fromString(parser.value(until), Qt::ISODateWithMs);
        if (!to.isValid()) {
            return usageError(
                Text::tr("--until takes a time such as 2026-03-10T12:00:00Z, not '%1'")
                    .arg(parser.value(until)));
        }
        to = to.toUTC();
    }
    const QDateTime from = to.addMSecs(-length.value->count());

    const CommandEnvironment env = CommandEnvironment::from(parser);
    if (!actorWithRole(env, Role::Viewer, Text::tr("read the metrics"))) {
        return ExitCode::Refused;
    }
    const StoreQueries queries(env.databasePath);
    if (!queries.isOpen()) {
        printErr(queries.error());
        return ExitCode::Failure;
    }
    if (parser.isSet(series)) {
        MetricSeries store(*queries.database());
        const MetricSeriesData data = store.query(metric, parser.value(subject), from, to, buckets);
        if (!data.ok) {
            printErr(Text::tr("cannot read the series: %1").arg(store.error()));
            return ExitCode::Failure;
        }
        if (parser.isSet(json)) {
            printOut(QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented))
                         .trimmed());
        } else {
            printSeries(data, parser.value(window).trimmed());
        }
        return ExitCode::Success;
    }
    const KeyMetrics metrics = queries.keyMetrics(from, to);
    if (!metrics.ok) {
        printErr(Text::tr("cannot read the metrics: %1").arg(metrics.error));
        return ExitCode::Failure;
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(toJson(metrics)).toJson(QJsonDocument::Indented))
                     .trimmed());
    } else {
        printText(metrics, parser.value(window).trimmed());
    }
    return ExitCode::Success;
}

} // namespace Conductor
