// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The providers' states in the desktop app, on the offscreen platform, with the servers on
// loopback: the session watches the providers of the app's pipeline at the configured
// interval (a new configuration changes it), and the Dashboard's Providers group lists one
// up (the word Up, in green, its latency, when it was checked and its models) and one down
// (the word Down, in red, the reason); "Check now" asks again; a provider that goes down is
// shown down, with the checks in a row; a pipeline without providers says that its agents
// are all simulated.

#include "agents/providermonitor.h"
#include "config/configloader.h"
#include "config/pipelineloader.h"
#include "dashboardpage.h"
#include "engine/session.h"
#include "fakeopenai.h"
#include "mainwindow.h"
#include "providerspanel.h"
#include "security/roles.h"
#include "uistyle.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Conductor::Test;
using namespace std::chrono_literals;

namespace {

ProviderDefinition provider(const QString &id, const QString &baseUrl)
{
    ProviderDefinition p;
    p.id = id;
    p.baseUrl = baseUrl; // no key: the keychain is never asked
    p.timeout = 5s;
    return p;
}

// The session and its window, as the app builds them.
struct App
{
    explicit App(const QList<ProviderDefinition> &providers)
    {
        Session::Options options;
        options.databasePath = dir.filePath(QStringLiteral("conductor.db"));
        options.operatorName = osAccountName();
        options.takeOverInterval = 0ms;
        options.providers = providers;
        session = std::make_unique<Session>(options);
        window = std::make_unique<MainWindow>(
            PipelineLoader::loadFile(PipelineLoader::builtInPath(), ConfigLoader::builtIn()).value,
            session.get());
        window->resize(1400, 900);
        window->show();
        session->open();
    }

    [[nodiscard]] ProvidersPanel *panel() const { return window->dashboard()->providersPanel(); }

    // The row's text in a column, by provider id.
    [[nodiscard]] QString text(const QString &id, int column) const
    {
        const QTreeWidget *list = panel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(ProvidersPanel::ProviderColumn) == id) {
                return list->topLevelItem(i)->text(column);
            }
        }
        return {};
    }

    [[nodiscard]] QColor stateColour(const QString &id) const
    {
        const QTreeWidget *list = panel()->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(ProvidersPanel::ProviderColumn) == id) {
                return list->topLevelItem(i)->foreground(ProvidersPanel::StateColumn).color();
            }
        }
        return {};
    }

    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestProvidersPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("ConductorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_providerspanel"));
    }

    void dashboardListsUpAndDown()
    {
        FakeOpenAi live;
        QVERIFY(live.listen());
        live.setModels({QStringLiteral("gpt-a"), QStringLiteral("gpt-b"), QStringLiteral("c")});
        FakeOpenAi gone;
        QVERIFY(gone.listen());
        const QString goneUrl = gone.baseUrl();
        gone.close();

        App app({provider(QStringLiteral("live"), live.baseUrl()),
                 provider(QStringLiteral("gone"), goneUrl)});
        ProviderMonitor *monitor = app.session->providers();
        QVERIFY(monitor != nullptr);
        QVERIFY(monitor->isActive());
        QCOMPARE(monitor->interval(), ConfigLoader::builtIn().monitoring.healthCheckInterval);
        QCOMPARE(app.panel()->monitor(), monitor);
        QVERIFY(app.panel()->isVisibleTo(app.window->dashboard()));
        QVERIFY(!app.panel()->noProvidersLabel()->isVisibleTo(app.panel()));
        QCOMPARE(app.panel()->title(), QStringLiteral("Providers"));
        // The user looks at the Dashboard.
        app.window->navigation()->setCurrentRow(
            app.window->pages()->indexOf(app.window->dashboard()));
        QVERIFY(app.panel()->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(monitor->allChecked(), 10'000);
        QCOMPARE(app.panel()->list()->topLevelItemCount(), 2);
        QCOMPARE(app.panel()->list()->topLevelItem(0)->text(ProvidersPanel::ProviderColumn),
                 QStringLiteral("live"));
        QCOMPARE(app.text(QStringLiteral("live"), ProvidersPanel::StateColumn),
                 QStringLiteral("Up"));
        QCOMPARE(app.text(QStringLiteral("live"), ProvidersPanel::DetailsColumn),
                 QStringLiteral("3 models"));
        static const QRegularExpression ms(QStringLiteral("^\\d+ ms$"));
        QVERIFY2(
            ms.match(app.text(QStringLiteral("live"), ProvidersPanel::LatencyColumn)).hasMatch(),
            qPrintable(app.text(QStringLiteral("live"), ProvidersPanel::LatencyColumn)));
        static const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"));
        QVERIFY(
            time.match(app.text(QStringLiteral("live"), ProvidersPanel::CheckedColumn)).hasMatch());

        QCOMPARE(app.text(QStringLiteral("gone"), ProvidersPanel::StateColumn),
                 QStringLiteral("Down"));
        QVERIFY2(app.text(QStringLiteral("gone"), ProvidersPanel::DetailsColumn)
                     .contains(u"could not reach gone"),
                 qPrintable(app.text(QStringLiteral("gone"), ProvidersPanel::DetailsColumn)));
        QVERIFY(
            ms.match(app.text(QStringLiteral("gone"), ProvidersPanel::LatencyColumn)).hasMatch());
        QCOMPARE(monitor->downCount(), 1);

        // Colour helps the words: red for down, and another colour for up.
        const QPalette palette = app.panel()->list()->palette();
        QCOMPARE(app.stateColour(QStringLiteral("gone")), UiStyle::errorColor(palette));
        QVERIFY(app.stateColour(QStringLiteral("live")) != UiStyle::errorColor(palette));
        QVERIFY(app.stateColour(QStringLiteral("live")) != palette.color(QPalette::Text));

        // Check now asks again, and the second failure in a row is told.
        QVERIFY(app.panel()->checkNowButton()->isVisibleTo(app.panel()));
        const qsizetype asked = live.requestCount();
        QTest::mouseClick(app.panel()->checkNowButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(live.requestCount(), asked + 1, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->allChecked() &&
                                     monitor->status(QStringLiteral("gone"))->consecutiveFailures ==
                                         2,
                                 10'000);
        QVERIFY2(app.text(QStringLiteral("gone"), ProvidersPanel::DetailsColumn)
                     .contains(u"down at the last 2 checks"),
                 qPrintable(app.text(QStringLiteral("gone"), ProvidersPanel::DetailsColumn)));

        // With CONDUCTOR_RENDER_DIR set, the Dashboard is rendered there for a person to see.
        if (const QString dir = qEnvironmentVariable("CONDUCTOR_RENDER_DIR"); !dir.isEmpty()) {
            QVERIFY(app.window->dashboard()->grab().save(dir + QStringLiteral("/providers.png")));
        }

        // The configuration's interval, applied, is the monitor's.
        QByteArray config = ConfigLoader::builtInText();
        QVERIFY(config.contains("healthCheckInterval: 30s"));
        config.replace("healthCheckInterval: 30s", "healthCheckInterval: 5s");
        QVERIFY(app.session->applyConfiguration(config));
        QCOMPARE(monitor->interval(), 5s);
    }

    void showsAProviderGoingDown()
    {
        auto server = std::make_unique<FakeOpenAi>();
        QVERIFY(server->listen());
        App app({provider(QStringLiteral("local"), server->baseUrl())});
        ProviderMonitor *monitor = app.session->providers();
        QTRY_COMPARE_WITH_TIMEOUT(app.text(QStringLiteral("local"), ProvidersPanel::StateColumn),
                                  QStringLiteral("Up"), 10'000);
        server.reset(); // the port closes
        monitor->checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(app.text(QStringLiteral("local"), ProvidersPanel::StateColumn),
                                  QStringLiteral("Down"), 10'000);
        QVERIFY(app.text(QStringLiteral("local"), ProvidersPanel::DetailsColumn)
                    .contains(u"could not reach local"));
    }

    void saysWhenThereAreNoProviders()
    {
        App app({});
        QVERIFY(app.session->providers()->statuses().isEmpty());
        QVERIFY(app.panel()->isVisibleTo(app.window->dashboard()));
        QVERIFY(app.panel()->noProvidersLabel()->isVisibleTo(app.panel()));
        QCOMPARE(app.panel()->noProvidersLabel()->text(),
                 QStringLiteral("No providers: every agent in this pipeline is simulated."));
        QVERIFY(!app.panel()->list()->isVisibleTo(app.panel()));
        QVERIFY(!app.panel()->checkNowButton()->isVisibleTo(app.panel()));
    }

    void followsItsMonitor()
    {
        ProvidersPanel panel;
        QVERIFY(panel.noProvidersLabel()->isVisibleTo(&panel));
        ProviderMonitor monitor(nullptr);
        monitor.setProviders(
            {provider(QStringLiteral("p"), QStringLiteral("http://127.0.0.1:9/v1"))});
        panel.setMonitor(&monitor);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QCOMPARE(panel.list()->topLevelItem(0)->text(ProvidersPanel::StateColumn),
                 QStringLiteral("Checking…"));
        panel.setMonitor(nullptr);
        QCOMPARE(panel.list()->topLevelItemCount(), 0);
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestProvidersPanel)
#include "tst_providerspanel.moc"
