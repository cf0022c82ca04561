// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runcommand.h"

#include "access.h"
#include "commandenvironment.h"
#include "commandline.h"
#include "config/configloader.h"
#include "config/pipelineendpoint.h"
#include "config/pipelineloader.h"
#include "engine/enginethread.h"
#include "engine/ids.h"
#include "engine/reportbundle.h"
#include "executionwatcher.h"
#include "gateprompt.h"
#include "security/cachedsecrets.h"
#include "security/secretstore.h"
#include "store/eventstore.h"
#include "store/storequeries.h"
#include "store/storethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::RunCommand)
};

constexpr int kRefused = ExitCode::Refused;

// Runs the event loop with a store and an engine until the watcher has seen every
// execution settle, then shuts down cleanly and returns the exit code.
class Session
{
public:
    Session(const CommandEnvironment &env, bool json, bool settleWhenWaiting,
            Engine::Options options)
        : m_databasePath(env.databasePath)
        , m_ownerId(Ids::newOwnerId())
        , m_store({env.databasePath, m_ownerId})
        , m_secrets(chooseSecretStore(env.secretsDir))
        , m_knownSecrets(m_secrets.get())
        , m_watcher(json, settleWhenWaiting)
    {
        options.ownerId = m_ownerId;
        options.operatorName = env.operatorName;
        options.secrets = &m_knownSecrets;
        m_engine = std::make_unique<EngineThread>(m_store.store(), options);
        Engine *engine = m_engine->engine();
        QObject::connect(engine, &Engine::eventsCommitted, &m_watcher, &ExecutionWatcher::onEvents);
        QObject::connect(engine, &Engine::executionEnded, &m_watcher, &ExecutionWatcher::onEnded);
        QObject::connect(engine, &Engine::executionWaiting, &m_watcher,
                         &ExecutionWatcher::onWaiting);
        QObject::connect(engine, &Engine::executionLost, &m_watcher, &ExecutionWatcher::onLost);
        QObject::connect(engine, &Engine::attemptRunning, &m_watcher,
                         &ExecutionWatcher::onAttemptRunning);
        QObject::connect(engine, &Engine::storageFailed, &m_watcher,
                         [this](const QString &message) {
                             printErr(Text::tr("storage failed: %1").arg(message));
                             finish(1);
                         });
        // The day's budget alert, once a day, whoever's spending crossed it.
        QObject::connect(engine, &Engine::alertRaised, &m_watcher,
                         [](const QString &, const QString &message) {
                             printErr(Text::tr("alert: %1").arg(message));
                         });
        QObject::connect(&m_watcher, &ExecutionWatcher::allSettled, &m_watcher,
                         [this] { finish(m_watcher.exitCode()); });
    }

    [[nodiscard]] Engine *engine() const { return m_engine->engine(); }
    [[nodiscard]] EventStore *store() const { return m_store.store(); }
    [[nodiscard]] ExecutionWatcher &watcher() { return m_watcher; }
    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }

    // Opens the store, then calls ready() on the main thread.
    int exec(const std::function<void()> &ready)
    {
        QObject::connect(
            store(), &EventStore::opened, &m_watcher,
            [this, ready](bool ok, const QString &error) {
                if (!ok) {
                    printErr(error);
                    finish(ExitCode::Usage);
                    return;
                }
                ready();
            },
            Qt::SingleShotConnection);
        QMetaObject::invokeMethod(store(), &EventStore::open, Qt::QueuedConnection);
        QCoreApplication::exec();
        m_engine.reset(); // shuts the engine down: waiting executions' leases are released
        return m_exitCode;
    }

    void finish(int code)
    {
        if (m_finishing) {
            return;
        }
        m_finishing = true;
        m_exitCode = code;
        // Commit what is queued before leaving.
        QObject::connect(
            engine(), &Engine::flushed, &m_watcher, [] { QCoreApplication::quit(); },
            Qt::SingleShotConnection);
        QMetaObject::invokeMethod(engine(), &Engine::flush, Qt::QueuedConnection);
    }

private:
    QString m_databasePath;
    QString m_ownerId;
    StoreThread m_store;
    std::unique_ptr<SecretStore> m_secrets; // agents' keys; outlives the engine
    CachedSecrets m_knownSecrets;           // each key fetched once, not at every attempt
    ExecutionWatcher m_watcher;
    std::unique_ptr<EngineThread> m_engine;
    int m_exitCode = 0;
    bool m_finishing = false;
};

bool parseKeyValues(const QStringList &items, const QString &option, QVariantMap *out)
{
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            usageError(Text::tr("%1 takes KEY=VALUE, got '%2'").arg(option, item));
            return false;
        }
        out->insert(item.left(eq), item.mid(eq + 1));
    }
    return true;
}

} // namespace

int runRunCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Runs one execution of a pipeline to its end."));
    parser.addHelpOption();
    const QCommandLineOption idea(QStringLiteral("idea"),
                                  Text::tr("The idea, in a sentence or more."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   Text::tr("A short title (default: the idea's start)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption meta(QStringLiteral("meta"),
                                  Text::tr("Idea metadata, such as domain=finance."),
                                  QStringLiteral("KEY=VALUE"));
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      Text::tr("low, normal, high or critical."),
                                      QStringLiteral("P"), QStringLiteral("normal"));
    const QCommandLineOption maxCost(QStringLiteral("max-cost"),
                                     Text::tr("The most it may spend, in USD."),
                                     QStringLiteral("USD"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Its time limit, such as 10m."),
                                     QStringLiteral("DURATION"));
    const QCommandLineOption pipeline = CommandEnvironment::pipelineOption();
    const QCommandLineOption config = CommandEnvironment::configOption();
    const QCommandLineOption output(
        QStringLiteral("output"), Text::tr("Where the report bundle goes."), QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("The simulated agents' seed."),
                                  QStringLiteral("N"));
    const QCommandLineOption sim(QStringLiteral("sim"),
                                 Text::tr("A simulation setting, such as risk.verdict=flag."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption approveGates(
        QStringLiteral("approve-gates"),
        Text::tr("Approve gates that are not critical as the local operator."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print each event as a JSON line."));
    const QCommandLineOption llmBaseUrl(
        QStringLiteral("llm-base-url"),
        Text::tr("Run every agent on this OpenAI-compatible endpoint, such as "
                 "http://localhost:11434/v1."),
        QStringLiteral("URL"));
    const QCommandLineOption llmModel(QStringLiteral("llm-model"),
                                      Text::tr("The model to ask there (with --llm-base-url)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption llmKey(
        QStringLiteral("llm-key"),
        Text::tr("The secret that holds the endpoint's key (see conductor secrets)."),
        QStringLiteral("NAME"));
    parser.addOptions({idea, title, meta, priority, maxCost, timeout, pipeline, config, output,
                       seed, sim, approveGates, json, llmBaseUrl, llmModel, llmKey,
                       CommandEnvironment::databaseOption(),
                       CommandEnvironment::secretsDirOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    if (!parser.isSet(idea) || parser.value(idea).trimmed().isEmpty()) {
        return usageError(Text::tr("run needs --idea TEXT"));
    }

    StartRequest request;
    request.idea.description = parser.value(idea).trimmed();
    request.idea.title = parser.isSet(title)
                             ? parser.value(title)
                             : request.idea.description.section(u'.', 0, 0).left(80);
    if (!parseKeyValues(parser.values(meta), QStringLiteral("--meta"), &request.idea.metadata)) {
        return ExitCode::Usage;
    }
    const std::optional<Priority> p = priorityFromName(parser.value(priority));
    if (!p) {
        return usageError(Text::tr("--priority is low, normal, high or critical, not '%1'")
                              .arg(parser.value(priority)));
    }
    request.priority = *p;
    if (parser.isSet(maxCost)) {
        request.options.maxCost = parseMoney(parser.value(maxCost));
        if (!request.options.maxCost) {
            return usageError(Text::tr("--max-cost takes an amount in USD such as 50 or 12.50"));
        }
    }
    if (parser.isSet(timeout)) {
        const DurationParse d = parseDuration(parser.value(timeout));
        if (!d.value || d.value->count() < 1000) {
            return usageError(
                Text::tr("--timeout: %1").arg(d.value ? Text::tr("at least 1s") : d.error));
        }
        request.options.timeoutSeconds = d.value->count() / 1000;
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        request.options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            return usageError(Text::tr("--seed takes a whole number"));
        }
    } else {
        request.options.seed = 0; // the pipeline's own
    }
    request.options.approveGates = parser.isSet(approveGates);
    request.options.outputDir = parser.isSet(output)
                                    ? QDir::current().absoluteFilePath(parser.value(output))
                                    : ReportBundle::defaultOutputDir();
    request.simOverrides = parser.values(sim);

    request.configText = ConfigLoader::builtInText();
    if (parser.isSet(config)) {
        const auto bytes = readCheckedFile(parser.value(config), false, Configuration());
        if (!bytes) {
            return ExitCode::Usage;
        }
        request.configText = *bytes;
    }
    const Configuration configuration =
        *ConfigLoader::loadBytes(request.configText, QStringLiteral("config")).value;
    if (parser.isSet(pipeline)) {
        const auto bytes = readCheckedFile(parser.value(pipeline), true, configuration);
        if (!bytes) {
            return ExitCode::Usage;
        }
        request.pipelineText = *bytes;
    } else {
        QFile builtIn(PipelineLoader::builtInPath());
        if (!builtIn.open(QIODevice::ReadOnly)) {
            printErr(Text::tr("the built-in pipeline is missing"));
            return ExitCode::Failure;
        }
        request.pipelineText = builtIn.readAll();
    }
    if (parser.isSet(llmBaseUrl) || parser.isSet(llmModel) || parser.isSet(llmKey)) {
        if (!parser.isSet(llmBaseUrl) || !parser.isSet(llmModel)) {
            return usageError(Text::tr("--llm-base-url and --llm-model go together"));
        }
        const PipelineEndpointRewrite::Result rewritten = PipelineEndpointRewrite::apply(
            request.pipelineText,
            {parser.value(llmBaseUrl), parser.value(llmModel), parser.value(llmKey)});
        if (!rewritten.text) {
            return usageError(rewritten.error);
        }
        // The endpoint is checked as a provider in a file would be.
        const auto loaded = PipelineLoader::loadBytes(
            *rewritten.text, QStringLiteral("--llm-base-url"), configuration);
        if (!loaded.ok()) {
            for (const Diagnostic &d : loaded.diagnostics) {
                printErr(d.message);
            }
            return ExitCode::Usage;
        }
        request.pipelineText = *rewritten.text;
        printErr(Text::tr("note: %1 has no price here, so its use counts $0 against the dollar "
                          "budgets; the token budgets still hold")
                     .arg(parser.value(llmModel)));
    }

    const CommandEnvironment env = CommandEnvironment::from(parser);
    const std::optional<Actor> actor =
        actorWithRole(env, Role::Operator, Text::tr("start executions"));
    if (!actor) {
        return ExitCode::Refused;
    }
    if (request.options.approveGates && !roleAtLeast(actor->role, u"approver")) {
        printErr(Text::tr("%1 may not approve gates (--approve-gates): that needs the role "
                          "approver, and %1 is %2")
                     .arg(actor->name, roleName(actor->role)));
        return ExitCode::Refused;
    }
    request.requestedBy = actor->name;
    request.requestedRole = roleName(actor->role);
    Engine::Options options;
    options.operatorRole = roleName(actor->role);
    options.maxConcurrentPipelines = configuration.orchestration.maxConcurrentPipelines;
    Session session(env, parser.isSet(json), false, options);
    int refusal = -1;
    QObject::connect(session.engine(), &Engine::startRefused, &session.watcher(),
                     [&refusal, &session](const QString &reason, bool invalidConfiguration) {
                         printErr(reason);
                         refusal = invalidConfiguration ? ExitCode::Usage : kRefused;
                         session.finish(refusal);
                     });
    QObject::connect(session.engine(), &Engine::executionCreated, &session.watcher(),
                     [&session](const QString &id) { session.watcher().watch(id); });
    // On a terminal, the operator is asked at each gate they may decide.
    std::unique_ptr<GatePrompt> prompt;
    if (!request.options.approveGates && !parser.isSet(json) && GatePrompt::canAsk()) {
        prompt = std::make_unique<GatePrompt>(session.engine(), session.watcher(), *actor);
        QObject::connect(session.engine(), &Engine::executionWaiting, prompt.get(),
                         &GatePrompt::onWaiting);
    }
    return session.exec([&session, request] {
        QMetaObject::invokeMethod(session.engine(), "start", Qt::QueuedConnection,
                                  Q_ARG(Conductor::StartRequest, request));
    });
}

int runResumeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Takes over every unfinished execution whose owner "
                                              "is gone and runs each until it ends or waits on "
                                              "a person."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringLiteral("output"),
                                    Text::tr("Where report bundles go (default: as started)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption approveGates(
        QStringLiteral("approve-gates"),
        Text::tr("Approve gates that are not critical as the local operator."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Text::tr("Print each event as a JSON line."));
    parser.addOptions({output, approveGates, json, CommandEnvironment::databaseOption(),
                       CommandEnvironment::secretsDirOption()});
    if (const int code = parseCommand(parser, arguments, false); code >= 0) {
        return code;
    }
    const CommandEnvironment env = CommandEnvironment::from(parser);
    const std::optional<Actor> actor =
        actorWithRole(env, parser.isSet(approveGates) ? Role::Approver : Role::Operator,
                      parser.isSet(approveGates) ? Text::tr("resume and approve gates")
                                                 : Text::tr("resume executions"));
    if (!actor) {
        return ExitCode::Refused;
    }
    {
        // Owners on this host that died leave leases behind: free them now rather than
        // waiting for them to run out.
        StoreQueries queries(env.databasePath);
        if (!queries.isOpen()) {
            printErr(queries.error());
            return ExitCode::Usage;
        }
        for (const ExecutionSummary &s : queries.executions()) {
            if (!isEnded(s.status) && !s.owner.isEmpty() && Ids::isDeadLocalOwner(s.owner)) {
                queries.expireLease(s.id, s.owner);
            }
        }
    }
    Engine::Options options;
    options.maxConcurrentPipelines = ConfigLoader::builtIn().orchestration.maxConcurrentPipelines;
    options.outputOverride =
        parser.isSet(output) ? QDir::current().absoluteFilePath(parser.value(output)) : QString();
    options.approveGatesOverride = parser.isSet(approveGates);
    options.operatorRole = roleName(actor->role);
    Session session(env, parser.isSet(json), true, options);
    QObject::connect(
        session.engine(), &Engine::takeOverDone, &session.watcher(),
        [&session](const QStringList &ids) {
            if (ids.isEmpty()) {
                printErr(Text::tr("nothing to resume"));
                session.finish(ExitCode::Success);
                return;
            }
            printErr(Text::tr("resuming %n execution(s)", nullptr, static_cast<int>(ids.size())));
            // The watcher starts from each execution's history, so its progress
            // and exit code know what came before the take-over.
            const StoreQueries history(session.databasePath());
            for (const QString &id : ids) {
                session.watcher().watch(id, history.events(id));
            }
        });
    return session.exec([&session] {
        QMetaObject::invokeMethod(session.engine(), &Engine::takeOverUnfinished,
                                  Qt::QueuedConnection);
    });
}

} // namespace Conductor
