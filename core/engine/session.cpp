// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session.h"

#include "agents/providermonitor.h"
#include "config/configloader.h"
#include "engine/clock.h"
#include "engine/engine.h"
#include "engine/enginethread.h"
#include "engine/ids.h"
#include "logging/logging.h"
#include "monitor/alert.h"
#include "monitor/alertmonitor.h"
#include "monitor/alertnotifications.h"
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
    Q_DECLARE_TR_FUNCTIONS(Conductor::Session)
};

} // namespace

Session::Session(Options options, QObject *parent)
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
        m_config.sourcePath = m_options.configPath;
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
    m_secrets = chooseSecretStore(m_options.secretsDirectory);
    m_knownSecrets = std::make_unique<CachedSecrets>(m_secrets.get());
    engineOptions.secrets = m_knownSecrets.get();
    m_engine = std::make_unique<EngineThread>(m_store->store(), engineOptions);
    m_reader = std::make_unique<ReaderThread>(m_options.databasePath);
    m_providers = std::make_unique<ProviderMonitor>(m_knownSecrets.get());
    m_providers->setInterval(m_config.monitoring.healthCheckInterval);
    m_providers->setProviders(m_options.providers);
    m_providers->start();
    if (m_options.monitorAlerts) {
        m_clock = std::make_unique<SystemClock>();
        m_alerts = std::make_unique<AlertMonitor>(m_options.databasePath, m_clock.get());
        m_alerts->setConfiguration(m_config);
        m_alerts->setAgentDownCount([this] { return m_providers->downCount(); });
        // The worst of the last check interval: a stall between two checks is not missed.
        m_alerts->setEngineLoopLatency([this] {
            const std::chrono::milliseconds interval =
                std::max(std::chrono::milliseconds(1000),
                         std::chrono::milliseconds(m_config.monitoring.healthCheckInterval));
            return m_engine->loopProbe()->latency(interval).maxMs;
        });
        connect(m_alerts.get(), &AlertMonitor::alertChanged, this, &Session::alertChanged);
        m_notifications =
            std::make_unique<AlertNotifications>(m_alerts.get(), m_knownSecrets.get());
        m_notifications->setDefinitions(m_config.monitoring.notifiers);
        connect(m_notifications.get(), &AlertNotifications::failed, this,
                &Session::notificationFailed);
        connect(m_alerts.get(), &AlertMonitor::alertChanged, this, &Session::actOnAlert);
    }

    Engine *e = m_engine->engine();
    connect(m_store->store(), &EventStore::opened, this, &Session::onOpened);
    connect(e, &Engine::eventsCommitted, this, &Session::eventsCommitted);
    connect(e, &Engine::attemptRunning, this, &Session::attemptRunning);
    connect(e, &Engine::startChecked, this, &Session::startChecked);
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
    connect(e, &Engine::executionWaiting, this, &Session::executionWaiting);
    connect(e, &Engine::takeOverDone, this, &Session::onTakeOverDone);
    connect(e, &Engine::localCommandApplied, this, &Session::onCommandApplied);
    connect(e, &Engine::alertRaised, this, &Session::alertRaised);
    connect(e, &Engine::failoverPlanned, this, &Session::onFailoverPlanned);
    connect(e, &Engine::storageFailed, this, &Session::storageFailed);
    connect(m_reader->reader(), &StoreReader::commandAnswered, this, &Session::onCommandPosted);
    connect(m_reader->reader(), &StoreReader::reviewerChecked, this,
            [this](qint64 requestId, const ReviewerCheck &check) {
                if (const QString key = m_reviewerRequests.take(requestId); !key.isEmpty()) {
                    Q_EMIT reviewerChecked(key, check);
                }
            });

    m_takeOverTimer->setInterval(m_options.takeOverInterval);
    connect(m_takeOverTimer, &QTimer::timeout, this, &Session::takeOver);
}

Session::~Session()
{
    // The notifications and the alert rules first (they read the secrets and ask the
    // provider checks), the provider checks (they read the secrets), then the reader (it may
    // be polling an answer), then the engine, then the store.
    m_notifications.reset();
    m_alerts.reset();
    m_clock.reset();
    m_providers.reset();
    m_reader.reset();
    m_engine.reset();
    m_store.reset();
}

StoreReader *Session::reader() const
{
    return m_reader->reader();
}

Engine *Session::engine() const
{
    return m_engine->engine();
}

LoopLatency Session::engineLoopLatency(std::chrono::milliseconds window) const
{
    return m_engine->loopProbe()->latency(window);
}

void Session::own(const QString &executionId, bool owned)
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

void Session::forgetSecrets()
{
    m_knownSecrets->invalidate();
}

bool Session::applyConfiguration(const QByteArray &text, const QString &sourcePath)
{
    const LoadResult<Configuration> loaded = ConfigLoader::loadBytes(
        text, sourcePath.isEmpty() ? QStringLiteral("configuration") : sourcePath);
    if (!loaded.ok()) {
        return false;
    }
    m_configText = text;
    m_config = *loaded.value;
    m_config.sourcePath = sourcePath;
    QMetaObject::invokeMethod(engine(), "setMaxConcurrentPipelines", Qt::QueuedConnection,
                              Q_ARG(int, m_config.orchestration.maxConcurrentPipelines));
    m_providers->setInterval(m_config.monitoring.healthCheckInterval);
    if (m_alerts) {
        m_alerts->setConfiguration(m_config);
        m_notifications->setDefinitions(m_config.monitoring.notifiers);
    }
    qCInfo(lcApp) << "applied a new configuration";
    Q_EMIT configurationChanged(m_config);
    return true;
}

bool Session::runsHere(const QString &executionId) const
{
    return m_owned.contains(executionId);
}

void Session::open()
{
    QMetaObject::invokeMethod(m_store->store(), &EventStore::open, Qt::QueuedConnection);
}

void Session::onOpened(bool ok, const QString &error)
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
    if (m_alerts) {
        m_alerts->start();
    }
    takeOver();
    if (m_options.takeOverInterval.count() > 0) {
        m_takeOverTimer->start();
    }
}

QString Session::nextKey()
{
    return QStringLiteral("session-") + QString::number(++m_nextRequest);
}

QString Session::start(StartRequest request)
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

QString Session::check(StartRequest request)
{
    request.requestKey = nextKey();
    request.checkOnly = true;
    QMetaObject::invokeMethod(engine(), "start", Qt::QueuedConnection,
                              Q_ARG(Conductor::StartRequest, request));
    return request.requestKey;
}

QString Session::checkReviewer(const QString &code)
{
    const QString key = nextKey();
    const qint64 requestId = StoreReader::newRequestId();
    m_reviewerRequests.insert(requestId, key);
    QMetaObject::invokeMethod(reader(), "checkReviewer", Qt::QueuedConnection,
                              Q_ARG(qint64, requestId), Q_ARG(QString, m_options.operatorName),
                              Q_ARG(QString, code));
    return key;
}

QString Session::submit(StoredCommand command)
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

void Session::submitHere(const PendingCommand &pending)
{
    m_local[pending.command.executionId].enqueue(pending.key);
    QMetaObject::invokeMethod(engine(), "submit", Qt::QueuedConnection,
                              Q_ARG(Conductor::StoredCommand, pending.command));
}

void Session::onCommandApplied(const QString &executionId, const QString &outcome)
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

void Session::onCommandPosted(qint64 requestId, const QString &outcome, bool ownerGone)
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

void Session::takeOver()
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

void Session::onTakeOverDone(const QStringList &executionIds)
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

void Session::actOnAlert(const Alert &alert, const QString &action)
{
    if (alert.state != Alert::State::Firing) {
        return; // acknowledging or resolving an alert undoes nothing: a person decides
    }
    QString ruleAction = action;
    for (const AlertRule &rule : std::as_const(m_config.alerts)) {
        if (rule.name == alert.rule) {
            ruleAction = rule.action;
        }
    }
    // Recorded with the execution, so in English like the alert itself.
    const QString reason = QStringLiteral("alert %1: %2").arg(alert.id, alert.summary);
    if (ruleAction == u"human_review_required") {
        const QString executionId = alert.details.value(QStringLiteral("subject")).toString();
        if (executionId.isEmpty()) {
            return; // a rule on a metric of the whole installation names no execution
        }
        StoredCommand review;
        review.executionId = executionId;
        review.kind = QStringLiteral("review");
        review.args = QJsonObject{{QStringLiteral("alertId"), alert.id},
                                  {QStringLiteral("reason"), alert.summary}};
        review.requestedBy = alert.rule;
        review.reason = reason;
        qCInfo(lcApp).noquote() << "alert" << alert.id << "asks for a review of" << executionId;
        submit(review);
    } else if (ruleAction == u"emergency_failover") {
        // Once per firing, for the executions running now: one started while the alert
        // still fires is not moved (it meets the provider's failures and its retries).
        QStringList down;
        for (const ProviderStatus &status : m_providers->statuses()) {
            if (status.isDown()) {
                down.append(status.id);
            }
        }
        if (down.isEmpty()) {
            return;
        }
        QMetaObject::invokeMethod(engine(), "planFailover", Qt::QueuedConnection,
                                  Q_ARG(QString, alert.id), Q_ARG(QStringList, down),
                                  Q_ARG(QString, alert.rule), Q_ARG(QString, reason));
    }
}

void Session::onFailoverPlanned(const QString &alertId, const QList<StoredCommand> &commands)
{
    for (const StoredCommand &c : commands) {
        if (runsHere(c.executionId)) {
            qCInfo(lcApp).noquote()
                << "alert" << alertId << "asks for" << c.kind << "of" << c.executionId;
            submit(c);
        }
    }
}

} // namespace Conductor
