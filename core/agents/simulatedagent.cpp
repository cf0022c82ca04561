// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedagent.h"

#include "agents/simulatedoutput_p.h"
#include "logging/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <cmath>

namespace Conductor {

namespace {

using std::chrono::milliseconds;

// splitmix64's finalizer: spreads every input bit over the whole word.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// FNV-1a over the UTF-16 code units. Not qHash: its algorithm may change with Qt (and
// with a seed it differs per process), and a seed must give the same run everywhere.
quint64 fnv1a(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

// Why a simulated attempt fails, per error class: what the real thing would say.
struct FailureReasons
{
    const char *errorClass;
    std::array<const char *, 3> reasons;
};

constexpr std::array kFailureReasons{
    FailureReasons{"TIMEOUT",
                   {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                                      "the model did not answer within its deadline"),
                    QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                                      "the stream stalled after the first tokens"),
                    QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the gateway timed out (504)")}},
    FailureReasons{
        "API_LIMIT",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                           "rate limit reached (429), retry after 20s"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the tokens-per-minute quota is used up"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "too many concurrent requests (429)")}},
    FailureReasons{
        "TEMPORARY_FAILURE",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "upstream returned 503"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "connection reset by peer"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the model server is overloaded (502)")}},
    FailureReasons{
        "INTERRUPTED",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the worker was restarted mid-answer"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                           "the connection closed before the answer ended"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the worker was stopped")}},
    FailureReasons{"INVALID_REQUEST",
                   {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                                      "the prompt exceeds the model's context window"),
                    QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                                      "the request was rejected as malformed (400)"),
                    QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                                      "the model name is unknown to the provider")}},
    FailureReasons{
        "INVALID_OUTPUT",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the answer lacks the required sections"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the answer ended without a verdict line"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the answer was cut off mid-sentence")}},
    FailureReasons{
        "AUTHENTICATION",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the API key was rejected (401)"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the API key has expired"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                           "the account may not use this model (403)")}},
    FailureReasons{
        "AGENT_ERROR",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent",
                           "the agent crashed while writing its output"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the agent exited with status 1"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the agent ran out of memory")}},
    FailureReasons{
        "BUDGET_EXCEEDED",
        {QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the provider's spending cap was reached"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the account has no credit left"),
         QT_TRANSLATE_NOOP("Conductor::SimulatedAgent", "the monthly budget of the key is spent")}},
};

// The engine keeps stage and agent verdicts consistent (the loader and --sim check it);
// this keeps a hand-made definition from giving a verdict its stage cannot give: a
// negative verdict is a flag on a pass/flag stage and a fail on a pass/fail one.
QString verdictFor(VerdictKind kind, const QString &profileVerdict)
{
    const bool negative = profileVerdict == u"flag" || profileVerdict == u"fail";
    switch (kind) {
    case VerdictKind::None:
        return {};
    case VerdictKind::PassFlag:
        return negative ? QStringLiteral("flag") : QStringLiteral("pass");
    case VerdictKind::PassFail:
        return negative ? QStringLiteral("fail") : QStringLiteral("pass");
    }
    return {};
}

Money scaled(Money money, double share)
{
    return Money::fromMicros(std::llround(static_cast<double>(money.micros) * share));
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

class SimulatedRun final : public AgentRun
{
public:
    SimulatedRun(Clock &clock, QObject *parent)
        : AgentRun(parent)
        , m_clock(clock)
    {}

    void schedule(milliseconds delay, std::function<AgentResult()> finish)
    {
        // The clock calls back only while this run exists (it is the context), so a run
        // deleted early never finishes.
        m_handle = m_clock.callAfter(delay, this, [this, finish = std::move(finish)] {
            m_handle = 0;
            if (m_cancelled) {
                return;
            }
            m_finished = true;
            Q_EMIT finished(finish());
        });
    }

    void cancel() override
    {
        if (m_cancelled || m_finished) {
            return;
        }
        m_cancelled = true;
        if (m_handle != 0) {
            m_clock.cancel(m_handle);
            m_handle = 0;
        }
    }

private:
    Clock &m_clock;
    quint64 m_handle = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace

SimulatedAgent::SimulatedAgent(const AgentDefinition &definition,
                               const SimulationSettings &settings, Clock &clock)
    : m_definition(definition)
    , m_settings(settings)
    , m_clock(clock)
{}

quint64 SimulatedAgent::attemptSeed(quint64 seed, QStringView stageId, int attempt)
{
    return mix(mix(mix(seed) ^ fnv1a(stageId)) ^
               static_cast<quint64>(static_cast<quint32>(attempt)));
}

milliseconds SimulatedAgent::scaledDuration() const
{
    const double scale = std::max(0.0, m_settings.timeScale);
    return milliseconds(
        std::llround(static_cast<double>(m_definition.simulation.duration.count()) * scale));
}

AgentRun *SimulatedAgent::start(const AgentRequest &request, QObject *parent)
{
    auto *run = new SimulatedRun(m_clock, parent);
    const milliseconds full = scaledDuration();
    const bool timesOut = request.timeout > milliseconds(0) && full > request.timeout;
    const milliseconds delay = timesOut ? request.timeout : full;
    // The failure roll is always the first draw, so the rest of the stream (the wording)
    // does not depend on the failure rate.
    SimulationRng rng(attemptSeed(m_settings.seed, request.stageId, request.attempt));
    const bool fails = rng.uniform() < m_definition.simulation.failureRate;

    run->schedule(
        delay, [definition = m_definition, request, rng, fails, timesOut, full, delay]() mutable {
            const SimulationProfile &profile = definition.simulation;
            AgentResult result;
            result.durationMs = delay.count();
            if (timesOut) {
                // It worked until the deadline and is charged for the share it got through.
                const double share =
                    static_cast<double>(delay.count()) / static_cast<double>(full.count());
                result.errorClass = QStringLiteral("TIMEOUT");
                result.message = tr("simulated TIMEOUT: no answer within %1 (the run needs %2)")
                                     .arg(formatDuration(delay), formatDuration(full));
                result.tokens = std::llround(static_cast<double>(profile.tokens) * share);
                result.cost = scaled(profile.cost, share);
                return result;
            }
            if (fails) {
                // A failed call still spent what it sent and part of what it streamed back.
                result.errorClass = profile.failureClass;
                QString reason = tr("the call failed");
                for (const FailureReasons &f : kFailureReasons) {
                    if (profile.failureClass == QLatin1String(f.errorClass)) {
                        reason = tr(f.reasons.at(rng.next() % f.reasons.size()));
                    }
                }
                result.message = tr("simulated %1: %2").arg(profile.failureClass, reason);
                result.tokens = profile.tokens / 3;
                result.cost = Money::fromMicros(profile.cost.micros / 3);
                return result;
            }
            SimulatedOutputFacts facts;
            facts.verdict = verdictFor(request.verdict, profile.verdict);
            facts.publishes = definition.publishes;
            if (definition.publishes) {
                QString error;
                const int files =
                    request.bundleDir.isEmpty() ? -1 : publishBundle(request.bundleDir, &error);
                if (files < 0) {
                    result.errorClass = QStringLiteral("AGENT_ERROR");
                    result.message =
                        request.bundleDir.isEmpty()
                            ? tr("simulated publishing: the request names no bundle folder")
                            : tr("simulated publishing failed: %1").arg(error);
                    result.tokens = profile.tokens;
                    result.cost = profile.cost;
                    return result;
                }
                facts.publishedTo = QDir(request.bundleDir).filePath(QStringLiteral("deployed"));
                facts.publishedFiles = files;
                qCInfo(lcAgents) << "published" << files << "files to" << facts.publishedTo;
            }
            result.ok = true;
            result.tokens = profile.tokens;
            result.cost = profile.cost;
            if (request.maxTokens > 0 && profile.tokens > 0) {
                // A tenth of the figure is the prompt, counted whatever max_tokens says; the
                // rest is what it generates, which stops at max_tokens. So a reply can
                // exceed its hold by the prompt, and by no more.
                const qint64 prompt = profile.tokens / 10;
                const qint64 generated = std::min(profile.tokens - prompt, request.maxTokens);
                result.tokens = prompt + generated;
                result.cost = scaled(profile.cost, static_cast<double>(result.tokens) /
                                                       static_cast<double>(profile.tokens));
            }
            result.verdict = facts.verdict;
            result.output = writeSimulatedOutput(request, facts, rng);
            return result;
        });
    return run;
}

int SimulatedAgent::publishBundle(const QString &bundleDir, QString *error)
{
    QString ignored;
    error = error ? error : &ignored;
    const QDir bundle(bundleDir);
    if (!bundle.exists()) {
        *error = tr("the bundle folder %1 does not exist").arg(QDir::toNativeSeparators(bundleDir));
        return -1;
    }
    const QString deployed = bundle.filePath(QStringLiteral("deployed"));
    const QString deployedStages = QDir(deployed).filePath(QStringLiteral("stages"));
    if (!QDir().mkpath(deployed)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(deployed));
        return -1;
    }
    QList<std::pair<QString, QString>> copies; // from, to
    for (const QString &name : {QStringLiteral("report.md"), QStringLiteral("execution.json")}) {
        if (QFileInfo::exists(bundle.filePath(name))) {
            copies.append({bundle.filePath(name), QDir(deployed).filePath(name)});
        }
    }
    const QDir stages(bundle.filePath(QStringLiteral("stages")));
    const QStringList stageFiles =
        stages.exists() ? stages.entryList(QDir::Files, QDir::Name) : QStringList();
    if (!stageFiles.isEmpty() && !QDir().mkpath(deployedStages)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(deployedStages));
        return -1;
    }
    for (const QString &name : stageFiles) {
        copies.append({stages.filePath(name), QDir(deployedStages).filePath(name)});
    }
    // A stage file left from an earlier publish whose stage has since been reset would
    // contradict the report; the deployed copy mirrors the bundle.
    const QDir oldStages(deployedStages);
    const QStringList previous =
        oldStages.exists() ? oldStages.entryList(QDir::Files) : QStringList();
    for (const QString &name : previous) {
        if (!stageFiles.contains(name)) {
            QFile::remove(oldStages.filePath(name));
        }
    }
    for (const auto &[from, to] : std::as_const(copies)) {
        QString why;
        if (!copyFile(from, to, &why)) {
            *error = tr("cannot copy %1 to %2: %3")
                         .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), why);
            return -1;
        }
    }
    return static_cast<int>(copies.size());
}

} // namespace Conductor
