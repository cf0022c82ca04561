// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// What the configuration editor does on the GUI thread after each pause in typing, timed
// on the shipped conductor-agent.yml (and a file 20 times its size): a full validation
// (ConfigLoader::loadBytes), reading the form's values back (YamlValueEdit: one parse,
// about twenty look-ups), one form edit (which parses the result again to check it) and
// the diff against the running text. The editor validates on the GUI thread because the
// first of these stays far below 5 ms.
//
//   bench_configeditor [--runs N]

#include "config/configloader.h"
#include "config/linediff.h"
#include "config/yamlvalueedit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Conductor;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures time(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

void print(const char *what, const Figures &f)
{
    std::printf("%-44s median %7.3f ms   p95 %7.3f ms   max %7.3f ms\n", what, f.median, f.p95,
                f.max);
}

const QStringList kFormPaths{
    QStringLiteral("budgets.tokens.daily"),
    QStringLiteral("budgets.tokens.perPipeline"),
    QStringLiteral("budgets.tokens.emergency"),
    QStringLiteral("budgets.time.maxPipelineMinutes"),
    QStringLiteral("budgets.time.maxAgentMinutes"),
    QStringLiteral("budgets.cost.dailyBudgetUSD"),
    QStringLiteral("budgets.cost.alertThresholdUSD"),
    QStringLiteral("budgets.timeZone"),
    QStringLiteral("gates.definitions.risk_review.timeout"),
    QStringLiteral("gates.definitions.security_check.timeout"),
    QStringLiteral("gates.definitions.human_approval.timeout"),
    QStringLiteral("gates.definitions.performance_review.timeout"),
    QStringLiteral("gates.definitions.compliance_check.timeout"),
    QStringLiteral("gates.definitions.budget_override.timeout"),
};

void measure(const char *name, const QByteArray &text, int runs)
{
    std::printf("%s (%lld bytes, %lld lines)\n", name, static_cast<long long>(text.size()),
                static_cast<long long>(text.count('\n')));
    print("  validate (ConfigLoader::loadBytes)", time(runs, [&] {
              const LoadResult<Configuration> r = ConfigLoader::loadBytes(text, QString());
              Q_UNUSED(r);
          }));
    print("  form values (parse + look-ups)", time(runs, [&] {
              const YamlValueEdit doc(text);
              for (const QString &path : kFormPaths) {
                  const YamlSpanResult r = doc.find(path);
                  Q_UNUSED(r);
              }
              const auto required = doc.items(u"gates.required");
              const auto optional = doc.items(u"gates.optional");
              Q_UNUSED(required);
              Q_UNUSED(optional);
          }));
    print("  one form edit (checked)", time(runs, [&] {
              const YamlEditResult r = YamlValueEdit(text).setValue(
                  u"budgets.cost.dailyBudgetUSD", QStringLiteral("650"),
                  YamlValueEdit::Quoting::Minimal);
              Q_UNUSED(r);
          }));
    QByteArray edited = text;
    edited.replace("dailyBudgetUSD: 500", "dailyBudgetUSD: 650");
    print("  diff against the running text", time(runs, [&] {
              const QList<DiffLine> diff =
                  LineDiff::compare(LineDiff::lines(QString::fromUtf8(text)),
                                    LineDiff::lines(QString::fromUtf8(edited)));
              Q_UNUSED(LineDiff::unified(diff, QString(), QString()));
          }));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("N"), QStringLiteral("500"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(10, parser.value(runsOption).toInt());

    const QByteArray shipped = ConfigLoader::builtInText();
    measure("shipped conductor-agent.yml", shipped, runs);
    // Twenty times the alert rules: a large hand-written file.
    QByteArray large = shipped;
    const qsizetype alerts = shipped.indexOf("\n  highErrorRate:");
    for (int i = 0; i < 20; ++i) {
        QByteArray rules = shipped.mid(alerts);
        for (const char *rule :
             {"highErrorRate", "budgetExceeded", "longRunningPipeline", "agentFailure"}) {
            const QByteArray name = QByteArray("  ") + rule;
            rules.replace(QByteArray(name + ':'), QByteArray(name + QByteArray::number(i) + ':'));
        }
        large += rules;
    }
    measure("the same with 80 more alert rules", large, std::max(10, runs / 5));
    return 0;
}
