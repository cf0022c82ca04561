// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandagent.h"

#include "config/pipelineloader.h"
#include "logging/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>

#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::CommandAgent)
};

// How many lines of stderr an error message quotes.
constexpr int kQuotedStderrLines = 8;

QString verdictName(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::None:
        return QStringLiteral("none");
    case VerdictKind::PassFlag:
        return QStringLiteral("passFlag");
    case VerdictKind::PassFail:
        return QStringLiteral("passFail");
    }
    return QStringLiteral("none");
}

QString signalName(int signal)
{
    switch (signal) {
    case SIGKILL:
        return QStringLiteral("SIGKILL");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    case SIGSEGV:
        return QStringLiteral("SIGSEGV");
    case SIGABRT:
        return QStringLiteral("SIGABRT");
    case SIGBUS:
        return QStringLiteral("SIGBUS");
    case SIGILL:
        return QStringLiteral("SIGILL");
    case SIGFPE:
        return QStringLiteral("SIGFPE");
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGHUP:
        return QStringLiteral("SIGHUP");
    case SIGPIPE:
        return QStringLiteral("SIGPIPE");
    default:
        return Text::tr("signal %1").arg(signal);
    }
}

// The verdict a stage gets from what the program said: a stage that gives one always
// gets one, and never one it cannot give.
QString verdictFor(VerdictKind kind, const QString &said)
{
    switch (kind) {
    case VerdictKind::None:
        return {};
    case VerdictKind::PassFlag:
        return said == u"pass" ? said : QStringLiteral("flag");
    case VerdictKind::PassFail:
        return said == u"pass" ? said : QStringLiteral("fail");
    }
    return {};
}

class CommandRun final : public AgentRun
{
public:
    CommandRun(const AgentDefinition &definition, const AgentRequest &request, QObject *parent)
        : AgentRun(parent)
        , m_settings(definition.command)
        , m_request(request)
        , m_prefix(request.executionId + u'/' + request.stageId + u':')
    {
        m_killTimer.setSingleShot(true);
        m_killTimer.setInterval(CommandAgent::killGrace);
        m_killTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
        m_deadline.setSingleShot(true);
        m_deadline.setTimerType(Qt::PreciseTimer); // a coarse one may fire 5% early
        QObject::connect(&m_deadline, &QTimer::timeout, this, [this] {
            stop(Text::tr("no answer within %1 ms").arg(m_request.timeout.count()),
                 QStringLiteral("TIMEOUT"));
        });
        // Launched from the event loop, so that even a program that cannot start
        // finishes the run after start() has returned.
        QTimer::singleShot(0, this, [this] { launch(); });
    }

    ~CommandRun() override
    {
        if (m_process == nullptr) {
            return;
        }
        m_process->disconnect(this);
        if (m_process->state() == QProcess::NotRunning) {
            return; // a child of this run, deleted with it
        }
        // The run is gone, the process must go too; it is reaped when it has died (the
        // QProcess deletes itself then), without waiting here.
        signalGroup(SIGKILL);
        m_process->setParent(nullptr);
        QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    }

    void cancel() override
    {
        if (m_cancelled || m_emitted) {
            return;
        }
        m_cancelled = true; // also keeps a result already decided from being emitted
        m_deadline.stop();
        terminateGroup();
    }

private:
    void launch()
    {
        if (m_cancelled) {
            return;
        }
        m_clock.start();
        if (m_settings.command.isEmpty() || m_settings.command.first().isEmpty()) {
            finish(failure(QStringLiteral("AGENT_ERROR"), Text::tr("the agent has no command")));
            return;
        }
        m_process = new QProcess(this);
        m_process->setProgram(m_settings.command.first());
        m_process->setArguments(m_settings.command.mid(1));
        if (!m_settings.workingDirectory.isEmpty()) {
            m_process->setWorkingDirectory(m_settings.workingDirectory);
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = m_settings.environment.cbegin(); it != m_settings.environment.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        m_process->setProcessEnvironment(environment);
        const pid_t conductor = ::getpid();
        // Runs in the child between fork and exec: async-signal-safe calls only.
        m_process->setChildProcessModifier([conductor] {
            ::setpgid(0, 0);
#ifdef __linux__
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != conductor) {
                ::_exit(127); // Conductor died before the line above
            }
#else
            Q_UNUSED(conductor);
#endif
        });
        QObject::connect(m_process, &QProcess::readyReadStandardOutput, this,
                         [this] { readStdout(); });
        QObject::connect(m_process, &QProcess::readyReadStandardError, this,
                         [this] { readStderr(); });
        QObject::connect(
            m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart) {
                    m_pid = 0; // reaped already, if it was ever forked
                    finish(failure(QStringLiteral("AGENT_ERROR"),
                                   Text::tr("cannot start '%1': %2")
                                       .arg(m_process->program(), m_process->errorString())));
                }
            });
        QObject::connect(m_process, &QProcess::finished, this,
                         [this](int code, QProcess::ExitStatus status) { exited(code, status); });
        QObject::connect(m_process, &QProcess::started, this, [this] {
            m_pid = static_cast<pid_t>(m_process->processId());
            qCDebug(lcAgents).noquote()
                << m_prefix << "started" << m_process->program() << "as process" << m_pid;
            m_process->write(CommandAgent::requestJson(m_request));
            m_process->closeWriteChannel();
        });
        if (m_request.timeout.count() > 0) {
            m_deadline.start(m_request.timeout);
        }
        m_process->start(QIODevice::ReadWrite);
        if (m_process->state() != QProcess::NotRunning) {
            m_pid = static_cast<pid_t>(m_process->processId()); // forked; exec may follow
        }
    }

    void readStdout()
    {
        const QByteArray chunk = m_process->readAllStandardOutput();
        if (!m_stopReason.isEmpty() || m_cancelled) {
            return; // dropped: the answer no longer counts
        }
        if (m_settings.maxOutputBytes > 0 &&
            m_stdout.size() + chunk.size() > m_settings.maxOutputBytes) {
            stop(Text::tr("output larger than %1 bytes").arg(m_settings.maxOutputBytes),
                 QStringLiteral("INVALID_OUTPUT"));
            return;
        }
        m_stdout += chunk;
    }

    void readStderr()
    {
        m_partialLine += m_process->readAllStandardError();
        qsizetype start = 0;
        for (qsizetype end = m_partialLine.indexOf('\n'); end >= 0;
             end = m_partialLine.indexOf('\n', start)) {
            logLine(m_partialLine.mid(start, end - start));
            start = end + 1;
        }
        m_partialLine.remove(0, start);
        if (m_partialLine.size() > CommandAgent::stderrTailBytes) {
            logLine(m_partialLine); // a line that never ends is logged in pieces
            m_partialLine.clear();
        }
    }

    void logLine(const QByteArray &bytes)
    {
        const QString line = QString::fromUtf8(bytes).trimmed();
        if (line.isEmpty()) {
            return;
        }
        qCInfo(lcAgents).noquote() << m_prefix << line;
        m_stderrTail += line + u'\n';
        if (m_stderrTail.size() > CommandAgent::stderrTailBytes) {
            m_stderrTail.remove(0, m_stderrTail.size() - CommandAgent::stderrTailBytes);
        }
    }

    // The last lines of stderr, for a message.
    [[nodiscard]] QString stderrLines() const
    {
        QStringList lines = m_stderrTail.split(u'\n', Qt::SkipEmptyParts);
        if (lines.size() > kQuotedStderrLines) {
            lines = lines.mid(lines.size() - kQuotedStderrLines);
        }
        return lines.join(u'\n');
    }

    [[nodiscard]] QString withStderr(const QString &message) const
    {
        const QString lines = stderrLines();
        return lines.isEmpty() ? message : message + u'\n' + lines;
    }

    // Ends the attempt early: the result is decided now, the process group is told to go.
    void stop(const QString &message, const QString &errorClass)
    {
        if (!m_stopReason.isEmpty() || m_cancelled || m_finished) {
            return;
        }
        m_stopReason = errorClass;
        m_stopMessage = message;
        m_stdout.clear();
        m_stdout.squeeze();
        m_deadline.stop();
        qCInfo(lcAgents).noquote() << m_prefix << "stopping the program:" << message;
        terminateGroup();
    }

    void terminateGroup()
    {
        if (m_pid <= 0) {
            return;
        }
        signalGroup(SIGTERM);
        m_killTimer.start();
    }

    void signalGroup(int signal)
    {
        if (m_pid <= 0 || ::kill(-m_pid, signal) == 0) {
            return;
        }
        if (errno == ESRCH) {
            // Between fork and setpgid the child is not a group leader yet.
            ::kill(m_pid, signal);
            return;
        }
        qCWarning(lcAgents).noquote()
            << m_prefix << "cannot signal process group" << m_pid << ::strerror(errno);
    }

    void exited(int code, QProcess::ExitStatus status)
    {
        m_killTimer.stop();
        m_deadline.stop();
        readStderr();
        logLine(m_partialLine);
        m_partialLine.clear();
        // What the program left behind in its group goes with it (right away, while the
        // group id cannot name anyone else; the leader itself is gone, so no fallback).
        if (m_pid > 0) {
            ::kill(-m_pid, SIGKILL);
        }
        m_pid = 0;
        if (m_cancelled) {
            return;
        }
        if (!m_stopReason.isEmpty()) {
            finish(failure(m_stopReason, withStderr(m_stopMessage)));
            return;
        }
        if (status == QProcess::CrashExit) {
            // QProcess reports the signal as the exit code of a crashed process.
            finish(
                failure(QStringLiteral("TEMPORARY_FAILURE"),
                        withStderr(Text::tr("the agent was killed by %1").arg(signalName(code)))));
            return;
        }
        switch (code) {
        case 0:
            finish(parseAnswer());
            return;
        case 64:
        case 65:
            finish(failure(
                QStringLiteral("INVALID_REQUEST"),
                withStderr(Text::tr("the agent rejected the request (exit status %1)").arg(code))));
            return;
        case 69:
        case 75:
            finish(failure(QStringLiteral("TEMPORARY_FAILURE"),
                           withStderr(Text::tr("the agent is temporarily unavailable (exit "
                                               "status %1)")
                                          .arg(code))));
            return;
        case 124:
            finish(failure(QStringLiteral("TIMEOUT"),
                           withStderr(Text::tr("the agent timed out (exit status 124)"))));
            return;
        default:
            finish(failure(QStringLiteral("AGENT_ERROR"),
                           withStderr(Text::tr("the agent exited with status %1").arg(code))));
            return;
        }
    }

    [[nodiscard]] AgentResult failure(const QString &errorClass, const QString &message) const
    {
        AgentResult result;
        result.errorClass = errorClass;
        result.message = message;
        return result;
    }

    [[nodiscard]] AgentResult invalidOutput(const QString &why) const
    {
        return failure(QStringLiteral("INVALID_OUTPUT"), withStderr(why));
    }

    [[nodiscard]] AgentResult parseAnswer() const
    {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_stdout, &error);
        if (error.error != QJsonParseError::NoError) {
            return invalidOutput(Text::tr("the answer is not JSON: %1 at byte %2")
                                     .arg(error.errorString())
                                     .arg(error.offset));
        }
        if (!document.isObject()) {
            return invalidOutput(Text::tr("the answer is not a JSON object"));
        }
        const QJsonObject answer = document.object();
        AgentResult result;
        const QJsonValue usage = answer.value(u"usage");
        if (!usage.isUndefined() && !usage.isNull()) {
            const QJsonValue tokens = usage.toObject().value(u"tokens");
            const QJsonValue cost = usage.toObject().value(u"costUSD");
            const double t = tokens.toDouble(-1);
            const double c = cost.toDouble(-1);
            if (!usage.isObject() || (!tokens.isUndefined() && (t < 0 || std::floor(t) != t)) ||
                (!cost.isUndefined() && (c < 0 || !std::isfinite(c)))) {
                return invalidOutput(Text::tr("the answer's usage is not {\"tokens\": a whole "
                                              "number, \"costUSD\": a number}, both 0 or more"));
            }
            result.tokens = tokens.isUndefined() ? 0 : static_cast<qint64>(t);
            result.cost = cost.isUndefined() ? Money() : Money::fromUsd(c);
        }
        const QString status = answer.value(u"status").toString(QStringLiteral("ok"));
        if (status == u"error") {
            const QString errorClass = answer.value(u"errorClass").toString();
            result.errorClass = PipelineLoader::errorClasses().contains(errorClass)
                                    ? errorClass
                                    : QStringLiteral("AGENT_ERROR");
            result.message = answer.value(u"message").toString();
            if (result.message.isEmpty()) {
                result.message = Text::tr("the agent reported an error");
            }
            if (errorClass != result.errorClass) {
                result.message += u' ' + Text::tr("(unknown error class '%1')").arg(errorClass);
            }
            return result;
        }
        if (status != u"ok") {
            return invalidOutput(
                Text::tr("the answer's status is '%1', not 'ok' or 'error'").arg(status));
        }
        const QJsonValue output = answer.value(u"output");
        if (!output.isString()) {
            return invalidOutput(Text::tr("the answer has no \"output\" text"));
        }
        result.ok = true;
        result.output = output.toString();
        const QString said = answer.value(u"verdict").toString();
        result.verdict = verdictFor(m_request.verdict, said);
        if (m_request.verdict != VerdictKind::None && said != result.verdict) {
            qCWarning(lcAgents).noquote() << m_prefix << "the answer's verdict"
                                          << (said.isEmpty() ? QStringLiteral("(none)") : said)
                                          << "counts as" << result.verdict;
        }
        return result;
    }

    void finish(AgentResult result)
    {
        if (m_finished || m_cancelled) {
            return;
        }
        m_finished = true;
        m_deadline.stop();
        result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
        if (!result.ok) {
            qCWarning(lcAgents).noquote()
                << m_prefix << "failed:" << result.errorClass
                << result.message.section(u'\n', 0, 0); // stderr is logged already
        }
        // Emitted from the event loop, not from inside QProcess's own signal: whoever
        // receives it may delete the run, and with it the QProcess.
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (m_cancelled) {
                    return;
                }
                m_emitted = true;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    }

    CommandSettings m_settings;
    AgentRequest m_request;
    QString m_prefix;
    QProcess *m_process = nullptr;
    pid_t m_pid = 0; // the process group while the program runs
    QTimer m_deadline;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    QByteArray m_stdout;
    QByteArray m_partialLine;
    QString m_stderrTail;
    QString m_stopReason; // the error class of an attempt ended early
    QString m_stopMessage;
    bool m_cancelled = false;
    bool m_finished = false; // the result is decided
    bool m_emitted = false;
};

} // namespace

CommandAgent::CommandAgent(AgentDefinition definition)
    : m_definition(std::move(definition))
{}

QByteArray CommandAgent::requestJson(const AgentRequest &request)
{
    QJsonArray inputs;
    for (const AgentInput &input : request.inputs) {
        inputs.append(QJsonObject{{QStringLiteral("stage"), input.stageId},
                                  {QStringLiteral("name"), input.stageName},
                                  {QStringLiteral("output"), input.output}});
    }
    const QJsonObject idea{
        {QStringLiteral("id"), request.idea.id},
        {QStringLiteral("title"), request.idea.title},
        {QStringLiteral("description"), request.idea.description},
        {QStringLiteral("domain"),
         request.idea.metadata.value(QStringLiteral("domain")).toString()},
        {QStringLiteral("metadata"), QJsonObject::fromVariantMap(request.idea.metadata)},
    };
    const QJsonObject object{
        {QStringLiteral("executionId"), request.executionId},
        {QStringLiteral("stage"), QJsonObject{{QStringLiteral("id"), request.stageId},
                                              {QStringLiteral("name"), request.stageName}}},
        {QStringLiteral("attempt"), request.attempt},
        {QStringLiteral("idempotencyKey"), request.idempotencyKey},
        {QStringLiteral("idea"), idea},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("maxTokens"), request.maxTokens},
        {QStringLiteral("verdict"), verdictName(request.verdict)},
        {QStringLiteral("timeoutMs"), static_cast<qint64>(request.timeout.count())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

AgentRun *CommandAgent::start(const AgentRequest &request, QObject *parent)
{
    return new CommandRun(m_definition, request, parent);
}

} // namespace Conductor
