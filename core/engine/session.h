// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The core of a running app, the desktop one or the headless server, wired as
// architecture.md draws it: the store on its thread, the engine on its thread, and a
// reader on a third for what the windows and the API show. The thread that owns the
// session (the GUI thread, or the server's) only asks and receives answers; it never runs
// SQL or waits.
//
// The session runs every execution it starts and takes over those no live process runs
// (at open, then every half minute): the app is where unattended executions go on. Commands
// (interventions, gate decisions) go to the engine when it runs the execution, else to the process
// that does, through the store; an execution nobody runs is taken over first. Each request is
// answered by a signal naming its key.
//
// The alert rules' actions that act on executions start here, in the process that records
// the alert: human_review_required asks the execution it names for a review (a `review`
// command, wherever it runs), emergency_failover moves the stages of the executions this
// session runs away from providers that are down, or pauses them.

#include "config/configuration.h"
#include "config/pipeline.h"
#include "engine/event.h"
#include "engine/loopprobe.h"
#include "engine/startrequest.h"
#include "store/storetypes.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <chrono>
#include <memory>

class QTimer;

namespace Conductor {

class AlertMonitor;
class AlertNotifications;
class CachedSecrets;
class Clock;
struct Alert;
class ProviderMonitor;
class SecretStore;

class Engine;
class EngineThread;
class ReaderThread;
class StoreReader;
class StoreThread;
struct ReviewerCheck;

class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State
    {
        Opening,
        Ready,
        Failed
    };
    Q_ENUM(State)

    struct Options
    {
        QString databasePath;
        QString operatorName;
        int maxConcurrentPipelines = 10;
        std::chrono::milliseconds takeOverInterval{30'000}; // 0: only at open
        QByteArray configText;                              // empty: the built-in configuration
        QString configPath;                                 // the file it came from, if any
        // The providers of the pipeline the app uses, watched every
        // monitoring.healthCheckInterval.
        QList<ProviderDefinition> providers;
        // --secrets-dir: agents' keys from an owner-only folder instead of the keychain.
        QString secretsDirectory;
        // The alert rules checked every monitoring.healthCheckInterval (AlertMonitor).
        bool monitorAlerts = true;
    };

    explicit Session(Options options, QObject *parent = nullptr);
    // Stops the engine (waiting executions are released, queued events committed), then
    // the store and the reader.
    ~Session() override;

    // Opens the store -> stateChanged(Ready or Failed)
    void open();
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] StoreReader *reader() const;
    [[nodiscard]] Engine *engine() const;
    // Whether the providers answer, checked from the start on this thread.
    [[nodiscard]] ProviderMonitor *providers() const { return m_providers.get(); }
    // How late the engine thread's loop ran over the last window (EngineLoopProbe).
    [[nodiscard]] LoopLatency engineLoopLatency(std::chrono::milliseconds window) const;
    // The alert rules at work (none when Options::monitorAlerts is off).
    [[nodiscard]] AlertMonitor *alerts() const { return m_alerts.get(); }
    // Where the alerts go besides this session's listeners: monitoring.notifiers (none when
    // Options::monitorAlerts is off).
    [[nodiscard]] AlertNotifications *notifications() const { return m_notifications.get(); }
    [[nodiscard]] const QString &operatorName() const { return m_options.operatorName; }
    // Whether this session's engine runs the execution now.
    [[nodiscard]] bool runsHere(const QString &executionId) const;
    [[nodiscard]] int runningHere() const { return static_cast<int>(m_owned.size()); }

    // Each returns the key its answer will carry.
    // -> startAnswered()
    QString start(StartRequest request);
    // The Budget Check alone -> startChecked()
    QString check(StartRequest request);
    // -> commandAnswered()
    QString submit(StoredCommand command);
    // Who the operator is to the database, and whether a TOTP code is right ->
    // reviewerChecked()
    QString checkReviewer(const QString &code = {});

    // The configuration new executions start with (its YAML text, as the execution keeps
    // it) and what the engine itself takes from it (how many run at once).
    [[nodiscard]] const QByteArray &configurationText() const { return m_configText; }
    [[nodiscard]] const Configuration &configuration() const { return m_config; }
    // Hot reload: applied at once, for what starts next; false (nothing changes) when the
    // text is not a valid configuration.
    bool applyConfiguration(const QByteArray &text, const QString &sourcePath = {});
    [[nodiscard]] const QString &databasePath() const { return m_options.databasePath; }
    // Where the agents' keys are kept (the system keychain unless CREDENTIALS_DIRECTORY is
    // set); the Settings view manages them through it. Lives as long as the session.
    [[nodiscard]] SecretStore *secrets() const { return m_secrets.get(); }
    // A secret was set, replaced or deleted: the engine and the provider checks ask the
    // keychain again instead of what they remember.
    void forgetSecrets();

Q_SIGNALS:
    void stateChanged(Conductor::Session::State state);
    // runningHere() changed.
    void executionsHereChanged(int count);
    void eventsCommitted(const Conductor::ExecutionEvents &events);
    // A running attempt's tokens and dollars so far (Engine::attemptRunning).
    void attemptRunning(const QString &executionId, const QString &stageId, qint64 tokens,
                        qint64 costMicros);
    void startAnswered(const QString &key, const QString &executionId, const QString &refusal);
    void startChecked(const QString &key, const Conductor::StartCheck &check);
    void commandAnswered(const QString &key, const QString &executionId, const QString &outcome);
    void reviewerChecked(const QString &key, const Conductor::ReviewerCheck &check);
    // An execution this session runs waits for a person (a gate, a budget decision).
    void executionWaiting(const QString &executionId, const QString &why);
    void executionEnded(const QString &executionId, int status);
    void alertRaised(const QString &alertId, const QString &message);
    // An alert rule's alert fired, was acknowledged or resolved (AlertMonitor::alertChanged).
    void alertChanged(const Conductor::Alert &alert, const QString &action);
    // A notifier could not be told of an alert, after its retries (AlertNotifications).
    void notificationFailed(const QString &alertId, const QString &notifier, const QString &reason);
    void storageFailed(const QString &message);
    // applyConfiguration() took a new configuration.
    void configurationChanged(const Conductor::Configuration &config);

private:
    struct PendingCommand
    {
        QString key;
        StoredCommand command;
    };
    void onOpened(bool ok, const QString &error);
    void takeOver();
    void onTakeOverDone(const QStringList &executionIds);
    void onCommandApplied(const QString &executionId, const QString &outcome);
    void onCommandPosted(qint64 requestId, const QString &outcome, bool ownerGone);
    // An alert this process recorded fired: the actions of its rule that act on executions
    // (human_review_required, emergency_failover) are asked for as commands.
    void actOnAlert(const Conductor::Alert &alert, const QString &action);
    void onFailoverPlanned(const QString &alertId, const QList<Conductor::StoredCommand> &commands);
    void submitHere(const PendingCommand &pending);
    void own(const QString &executionId, bool owned);
    [[nodiscard]] QString nextKey();

    Options m_options;
    QByteArray m_configText;
    Configuration m_config;
    QString m_ownerId;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<SecretStore> m_secrets; // agents' keys (the keychain); outlives the engine
    std::unique_ptr<CachedSecrets> m_knownSecrets;       // what m_secrets answered, as agents ask
    std::unique_ptr<ProviderMonitor> m_providers;        // reads m_secrets, so goes before it
    std::unique_ptr<Clock> m_clock;                      // the alert monitor's
    std::unique_ptr<AlertMonitor> m_alerts;              // reads m_providers, so goes before it
    std::unique_ptr<AlertNotifications> m_notifications; // listens to m_alerts, reads secrets
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<ReaderThread> m_reader;
    State m_state = State::Opening;
    QString m_error;
    QSet<QString> m_owned;
    // Commands submitted to the engine, per execution, answered in order.
    QHash<QString, QQueue<QString>> m_local;
    // Commands posted for another process, by reader request.
    QHash<qint64, PendingCommand> m_posted;
    // Commands for executions nobody ran, waiting for the take-over under way.
    QList<PendingCommand> m_afterTakeOver;
    QHash<qint64, QString> m_reviewerRequests;
    bool m_takingOver = false;
    bool m_takeOverAgain = false;
    QTimer *m_takeOverTimer;
    qint64 m_nextRequest = 0;
};

} // namespace Conductor
