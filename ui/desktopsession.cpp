// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "desktopsession.h"

#include "agents/providermonitor.h"
#include "config/configloader.h"
#include "engine/engine.h"
#include "engine/enginethread.h"
#include "engine/ids.h"
#include "logging/logging.h"
#include "security/cachedsecrets.h"
#include "security/secretstore.h"
#include "store/eventstore.h"
#include "store/storereader.h"
#include "store/storethread.h"

#include <QCoreApplication>
#include <QTimer>

namespace Conductor {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Conductor::DesktopSession)
};

} // namespace

DesktopSession::DesktopSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ownerId(Ids::newOwnerId())
    , m_takeOverTimer(new QTimer(this))
{
    m_configText =
        m_options.configText.isEmpty() ? ConfigLoader::builtInText() : m_options.configText;
    const LoadResult<Configuration> loaded = ConfigLoader::loadBytes(
        m_configText,
        m_options.configPath.isEmpty() ? QStringLiteral("configuration") : m_options.configPath);
    if (loaded.ok()) {
        m_config = *loaded.value;
    } else {
        qCWarning(lcApp) << "the configuration given to the session is not valid; the built-in"
                            " one is used";
        m_configText = ConfigLoader::builtInText();
        m_config = ConfigLoader::builtIn();
    }
    registerStoreMetaTypes();
    registerEngineMetaTypes();
    qRegisterMetaType<ReviewerCheck>();
    m_store = std::make_unique<StoreThread>(EventStore::Options{m_options.databasePath, m_ownerId});
    Engine::Options engineOptions;
    engineOptions.ownerId = m_ownerId;
    engineOptions.operatorName = m_options.operatorName;
    engineOptions.maxConcurrentPipelines = m_options.maxConcurrentPipelines;
    m_secrets = chooseSecretStore({});
    m_knownSecrets = std::make_unique<CachedSecrets>(m_secrets.get());
    engineOptions.secrets = m_knownSecrets.get();
    m_engine = std::make_unique<EngineThread>(m_store->store(), engineOptions);
    m_reader = std::make_unique<ReaderThread>(m_options.databasePath);
    m_providers = std::make_unique<ProviderMonitor>(m_knownSecrets.get());
    m_providers->setInterval(m_config.monitoring.healthCheckInterval);
    m_providers->setProviders(m_options.providers);
    m_providers->start();

    Engine *e = m_engine->engine();
    connect(m_store->store(), &EventStore::opened, this, &DesktopSession::onOpened);
    connect(e, &Engine::eventsCommitted, this, &DesktopSession::eventsCommitted);
    connect(e, &Engine::attemptRunning, this, &DesktopSession::attemptRunning);
    connect(e, &Engine::startChecked, this, &DesktopSession::startChecked);
    connect(e, &Engine::startAnswered, this,
            [this](const QString &key, const QString &executionId, const QString &refusal) {
                if (!executionId.isEmpty()) {
                    own(executionId, true);
                }
                Q_EMIT startAnswered(key, executionId, refusal);
            });
    connect(e, &Engine::executionCreated, this,
            [this](const QString &executionId) { own(executionId, true); });
    connect(e, &Engine::executionEnded, this,
            [this](const QString &executionId, int status, const QString &) {
                own(executionId, false);
                Q_EMIT executionEnded(executionId, status);
            });
    connect(e, &Engine::executionLost, this,
            [this](const QString &executionId, const QString &) { own(executionId, false); });
    connect(e, &Engine::executionWaiting, this, &DesktopSession::executionWaiting);
    connect(e, &Engine::takeOverDone, this, &DesktopSession::onTakeOverDone);
    connect(e, &Engine::localCommandApplied, this, &DesktopSession::onCommandApplied);
    connect(e, &Engine::alertRaised, this, &DesktopSession::alertRaised);
    connect(e, &Engine::storageFailed, this, &DesktopSession::storageFailed);
    connect(m_reader->reader(), &StoreReader::commandAnswered, this,
            &DesktopSession::onCommandPosted);
    connect(m_reader->reader(), &StoreReader::reviewerChecked, this,
            [this](qint64 requestId, const ReviewerCheck &check) {
                if (const QString key = m_reviewerRequests.take(requestId); !key.isEmpty()) {
                    Q_EMIT reviewerChecked(key, check);
                }
            });

    m_takeOverTimer->setInterval(m_options.takeOverInterval);
    connect(m_takeOverTimer, &QTimer::timeout, this, &DesktopSession::takeOver);
}

DesktopSession::~DesktopSession()
{
    // The provider checks first (they read the secrets), then the reader (it may be polling
    // an answer), then the engine, then the store.
    m_providers.reset();
    m_reader.reset();
    m_engine.reset();
    m_store.reset();
}

StoreReader *DesktopSession::reader() const
{
    return m_reader->reader();
}

Engine *DesktopSession::engine() const
{
    return m_engine->engine();
}

void DesktopSession::own(const QString &executionId, bool owned)
{
    const qsizetype before = m_owned.size();
    if (owned) {
        m_owned.insert(executionId);
    } else {
        m_owned.remove(executionId);
    }
    if (m_owned.size() != before) {
        Q_EMIT executionsHereChanged(static_cast<int>(m_owned.size()));
    }
}

void DesktopSession::forgetSecrets()
{
    m_knownSecrets->invalidate();
}

bool DesktopSession::applyConfiguration(const QByteArray &text, const QString &sourcePath)
{
    const LoadResult<Configuration> loaded = ConfigLoader::loadBytes(
        text, sourcePath.isEmpty() ? QStringLiteral("configuration") : sourcePath);
    if (!loaded.ok()) {
        return false;
    }
    m_configText = text;
    m_config = *loaded.value;
    QMetaObject::invokeMethod(engine(), "setMaxConcurrentPipelines", Qt::QueuedConnection,
                              Q_ARG(int, m_config.orchestration.maxConcurrentPipelines));
    m_providers->setInterval(m_config.monitoring.healthCheckInterval);
    qCInfo(lcApp) << "applied a new configuration";
    Q_EMIT configurationChanged(m_config);
    return true;
}

bool DesktopSession::runsHere(const QString &executionId) const
{
    return m_owned.contains(executionId);
}

void DesktopSession::open()
{
    QMetaObject::invokeMethod(m_store->store(), &EventStore::open, Qt::QueuedConnection);
}

void DesktopSession::onOpened(bool ok, const QString &error)
{
    if (!ok) {
        m_state = State::Failed;
        m_error = error;
        qCWarning(lcApp).noquote() << "the store did not open:" << error;
        Q_EMIT stateChanged(m_state);
        return;
    }
    m_state = State::Ready;
    Q_EMIT stateChanged(m_state);
    takeOver();
    if (m_options.takeOverInterval.count() > 0) {
        m_takeOverTimer->start();
    }
}

QString DesktopSession::nextKey()
{
    return QStringLiteral("desktop-") + QString::number(++m_nextRequest);
}

QString DesktopSession::start(StartRequest request)
{
    request.requestKey = nextKey();
    request.checkOnly = false;
    if (request.requestedBy.isEmpty()) {
        request.requestedBy = m_options.operatorName;
    }
    QMetaObject::invokeMethod(engine(), "start", Qt::QueuedConnection,
                              Q_ARG(Conductor::StartRequest, request));
    return request.requestKey;
}

QString DesktopSession::check(StartRequest request)
{
    request.requestKey = nextKey();
    request.checkOnly = true;
    QMetaObject::invokeMethod(engine(), "start", Qt::QueuedConnection,
                              Q_ARG(Conductor::StartRequest, request));
    return request.requestKey;
}

QString DesktopSession::checkReviewer(const QString &code)
{
    const QString key = nextKey();
    const qint64 requestId = StoreReader::newRequestId();
    m_reviewerRequests.insert(requestId, key);
    QMetaObject::invokeMethod(reader(), "checkReviewer", Qt::QueuedConnection,
                              Q_ARG(qint64, requestId), Q_ARG(QString, m_options.operatorName),
                              Q_ARG(QString, code));
    return key;
}

QString DesktopSession::submit(StoredCommand command)
{
    const PendingCommand pending{nextKey(), [&] {
                                     command.id = 0; // from this process, not the store
                                     if (command.requestedBy.isEmpty()) {
                                         command.requestedBy = m_options.operatorName;
                                     }
                                     if (!command.createdAt.isValid()) {
                                         command.createdAt = QDateTime::currentDateTimeUtc();
                                     }
                                     return command;
                                 }()};
    if (runsHere(command.executionId)) {
        submitHere(pending);
    } else {
        const qint64 requestId = StoreReader::newRequestId();
        m_posted.insert(requestId, pending);
        QMetaObject::invokeMethod(reader(), "postCommand", Qt::QueuedConnection,
                                  Q_ARG(qint64, requestId),
                                  Q_ARG(Conductor::StoredCommand, pending.command));
    }
    return pending.key;
}

void DesktopSession::submitHere(const PendingCommand &pending)
{
    m_local[pending.command.executionId].enqueue(pending.key);
    QMetaObject::invokeMethod(engine(), "submit", Qt::QueuedConnection,
                              Q_ARG(Conductor::StoredCommand, pending.command));
}

void DesktopSession::onCommandApplied(const QString &executionId, const QString &outcome)
{
    auto it = m_local.find(executionId);
    if (it == m_local.end() || it->isEmpty()) {
        return;
    }
    const QString key = it->dequeue();
    if (it->isEmpty()) {
        m_local.erase(it);
    }
    Q_EMIT commandAnswered(key, executionId, outcome);
}

void DesktopSession::onCommandPosted(qint64 requestId, const QString &outcome, bool ownerGone)
{
    const auto it = m_posted.find(requestId);
    if (it == m_posted.end()) {
        return;
    }
    const PendingCommand pending = *it;
    m_posted.erase(it);
    if (!ownerGone) {
        Q_EMIT commandAnswered(pending.key, pending.command.executionId, outcome);
        return;
    }
    // Nobody runs it: take it over, then carry the command out here.
    m_afterTakeOver.append(pending);
    takeOver();
}

void DesktopSession::takeOver()
{
    if (m_state != State::Ready) {
        return;
    }
    if (m_takingOver) {
        m_takeOverAgain = true;
        return;
    }
    m_takingOver = true;
    QMetaObject::invokeMethod(engine(), &Engine::takeOverUnfinished, Qt::QueuedConnection);
}

void DesktopSession::onTakeOverDone(const QStringList &executionIds)
{
    m_takingOver = false;
    for (const QString &id : executionIds) {
        own(id, true);
    }
    if (!executionIds.isEmpty()) {
        qCInfo(lcApp) << "took over" << executionIds.size() << "unfinished executions";
    }
    // A command that came during this take-over waits for the next one.
    const bool again = std::exchange(m_takeOverAgain, false);
    const QList<PendingCommand> waiting = std::exchange(m_afterTakeOver, {});
    for (const PendingCommand &pending : waiting) {
        if (runsHere(pending.command.executionId)) {
            submitHere(pending);
        } else if (again) {
            m_afterTakeOver.append(pending);
        } else {
            Q_EMIT commandAnswered(pending.key, pending.command.executionId,
                                   Text::tr("refused: execution %1 has ended, or another "
                                            "process runs it now; try again")
                                       .arg(pending.command.executionId));
        }
    }
    if (again) {
        takeOver();
    }
}

} // namespace Conductor
