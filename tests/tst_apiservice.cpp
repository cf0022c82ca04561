// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// The desktop app serving the REST API, on the offscreen platform with QSettings in a
// temporary folder and a session on a temporary database whose secrets come from an
// owner-only folder holding the API signing key. Turned on, the API answers over real HTTP
// on loopback at the address it shows — health without a token, the executions to a token
// signed with that folder's key and recorded as issued, and not to one signed with another
// key; turned off, its port refuses connections. Turned on before the session has opened,
// it serves once it is ready. A new address moves it there. A public address is refused
// with the server's TLS reason and nothing listens; an address that is not HOST:PORT is
// refused; a missing key is reported with how to make it. The Settings page's check box,
// address field and status line do the same when used with the mouse and the keyboard, the
// settings persist on disk, and the main window's status bar shows where the API is served.
//
// With CONDUCTOR_SCREENSHOTS=<folder> set, the Settings page serving the API is also saved
// there as settings-api.png, and refusing a public address as settings-api-refused.png.

#include "apiclient.h"
#include "apiservice.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "security/apikeys.h"
#include "settingspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Conductor;
using namespace Conductor::Test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWait = 15'000;

// Whether connecting to the port on loopback is refused (nothing listens there).
bool refuses(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    (void)QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::ConnectedState ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        kWait);
    return socket.state() == QAbstractSocket::UnconnectedState &&
           socket.error() == QAbstractSocket::ConnectionRefusedError;
}

// A session on a temporary database whose secrets are an owner-only folder (0700) holding
// the API signing key (64 hexadecimal digits, 0600), as --secrets-dir would give them.
class Fixture
{
public:
    QTemporaryDir dir;
    QByteArray key =
        QByteArray::fromHex("00112233445566778899aabbccddeeff0123456789abcdeffedcba9876543210");
    std::unique_ptr<Session> session;

    explicit Fixture(bool withKey = true)
    {
        QDir(dir.path()).mkdir(u"secrets"_s);
        QFile::setPermissions(secretsDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (withKey) {
            QFile file(QDir(secretsDir()).filePath(ApiSigningKey::secretName()));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(ApiSigningKey::encode(key) + '\n');
                file.close();
                file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            }
        }
        Session::Options options;
        options.databasePath = databasePath();
        options.operatorName = osAccountName();
        options.takeOverInterval = std::chrono::milliseconds(0);
        options.secretsDirectory = secretsDir();
        session = std::make_unique<Session>(options);
    }

    [[nodiscard]] QString secretsDir() const { return dir.filePath(u"secrets"_s); }
    [[nodiscard]] QString databasePath() const { return dir.filePath(u"conductor.db"_s); }

    [[nodiscard]] bool open() const
    {
        QSignalSpy state(session.get(), &Session::stateChanged);
        session->open();
        return state.wait(kWait) && session->state() == Session::State::Ready;
    }

    // A viewer's token signed with signingKey, recorded as issued.
    [[nodiscard]] QByteArray token(const QByteArray &signingKey) const
    {
        TokenClaims claims;
        claims.subject = u"dashboard"_s;
        claims.role = roleName(Role::Viewer);
        claims.audience = QString::fromLatin1(Jwt::kAudience);
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(3600);
        claims.id = newTokenId();
        StoreQueries queries(databasePath());
        TokenRows(*queries.database())
            .insert(TokenRecord{
                claims.id, claims.subject, claims.role, claims.issuedAt, claims.expiresAt, {}, {}});
        return signToken(claims, signingKey);
    }
};

// Waits until the service leaves Starting.
ApiService::State settled(const ApiService &api)
{
    (void)QTest::qWaitFor([&] { return api.state() != ApiService::State::Starting; }, kWait);
    return api.state();
}

quint16 portOf(const QUrl &url)
{
    return static_cast<quint16>(url.port());
}

} // namespace

class TestApiService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void servesWhileOn();
    void servesOnceTheSessionOpens();
    void movesToANewAddress();
    void refusesAPublicAddressWithoutTls();
    void refusesWhatIsNotAnAddress();
    void saysWhenTheKeyIsMissing();
    void settingsPageDrivesIt();
    void settingsPersist();
    void mainWindowShowsWhereItServes();
    void screenshot();

private:
    static void type(QLineEdit *field, const QString &text);
    QTemporaryDir m_settingsDir;
};

void TestApiService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"ConductorTest"_s);
    QCoreApplication::setApplicationName(u"tst_apiservice"_s);
}

void TestApiService::init()
{
    QSettings().clear();
    QSettings().sync();
}

void TestApiService::type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

void TestApiService::servesWhileOn()
{
    Fixture f;
    QVERIFY(f.open());
    ApiService api(f.session.get());
    QCOMPARE(api.state(), ApiService::State::Off);
    QCOMPARE(api.statusText(), u"Not serving"_s);
    QVERIFY(api.setListen(u"127.0.0.1:0"_s));
    QSignalSpy changes(&api, &ApiService::stateChanged);
    api.setEnabled(true);
    // The key is fetched by callback: the call returns before the server exists.
    QCOMPARE(api.state(), ApiService::State::Starting);
    QVERIFY(!api.server());
    QCOMPARE(settled(api), ApiService::State::Serving);
    QCOMPARE(changes.first().first().value<ApiService::State>(), ApiService::State::Starting);
    QCOMPARE(changes.last().first().value<ApiService::State>(), ApiService::State::Serving);

    const QUrl url = api.url();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    const quint16 port = portOf(url);
    QVERIFY(port != 0);
    QCOMPARE(api.statusText(), u"Serving on http://127.0.0.1:%1"_s.arg(port));

    const HttpReply health = request(port, "GET", "/api/conductor/health");
    QCOMPARE(health.status, 200);
    QVERIFY(health.json().value(u"database"_s).toObject().value(u"ok"_s).toBool());

    // The folder's key signs tokens the API takes; another key's are refused.
    const HttpReply executions = request(port, "GET", "/api/conductor/executions", f.token(f.key));
    QCOMPARE(executions.status, 200);
    QVERIFY(executions.json().value(u"items"_s).isArray());
    const HttpReply forged =
        request(port, "GET", "/api/conductor/executions", f.token(QByteArray(32, 'x')));
    QCOMPARE(forged.status, 401);
    QCOMPARE(request(port, "GET", "/api/conductor/executions").status, 401);
    QVERIFY(!refuses(port));

    api.setEnabled(false);
    QCOMPARE(api.state(), ApiService::State::Off);
    QVERIFY(!api.server());
    QVERIFY(api.url().isEmpty());
    QCOMPARE(api.statusText(), u"Not serving"_s);
    QVERIFY(refuses(port));

    // On again: served again, the same way.
    api.setEnabled(true);
    QCOMPARE(settled(api), ApiService::State::Serving);
    QCOMPARE(request(portOf(api.url()), "GET", "/api/conductor/health").status, 200);
}

void TestApiService::servesOnceTheSessionOpens()
{
    Fixture f;
    ApiService api(f.session.get());
    QVERIFY(api.setListen(u"127.0.0.1:0"_s));
    api.setEnabled(true);
    // The key arrives; the session has not been opened yet, so it waits.
    QTest::qWait(200);
    QCOMPARE(api.state(), ApiService::State::Starting);
    QCOMPARE(api.statusText(), u"Starting…"_s);
    QVERIFY(f.open());
    QCOMPARE(settled(api), ApiService::State::Serving);
    QCOMPARE(request(portOf(api.url()), "GET", "/api/conductor/health").status, 200);
}

void TestApiService::movesToANewAddress()
{
    Fixture f;
    QVERIFY(f.open());
    ApiService api(f.session.get());
    QVERIFY(api.setListen(u"127.0.0.1:0"_s));
    api.setEnabled(true);
    QCOMPARE(settled(api), ApiService::State::Serving);
    const quint16 first = portOf(api.url());

    // A free port found here, then given as the new address.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 chosen = probe.serverPort();
    probe.close();
    QVERIFY(api.setListen(u"localhost:%1"_s.arg(chosen)));
    QCOMPARE(api.listen(), u"localhost:%1"_s.arg(chosen));
    QCOMPARE(settled(api), ApiService::State::Serving);
    QCOMPARE(portOf(api.url()), chosen);
    QCOMPARE(request(chosen, "GET", "/api/conductor/health").status, 200);
    QVERIFY(refuses(first));

    // Taken by someone else: the reason is the server's, and nothing is served.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QVERIFY(api.setListen(u"127.0.0.1:%1"_s.arg(squatter.serverPort())));
    QCOMPARE(settled(api), ApiService::State::Failed);
    QVERIFY2(
        api.error().contains(u"Cannot listen on 127.0.0.1 port %1"_s.arg(squatter.serverPort())),
        qPrintable(api.error()));
    QVERIFY(!api.server());
    QVERIFY(refuses(chosen));
}

void TestApiService::refusesAPublicAddressWithoutTls()
{
    Fixture f;
    QVERIFY(f.open());
    ApiService api(f.session.get());
    QVERIFY(api.setListen(u"0.0.0.0:0"_s));
    QSignalSpy changes(&api, &ApiService::stateChanged);
    api.setEnabled(true);
    QCOMPARE(api.state(), ApiService::State::Failed);
    QVERIFY(!api.server());
    QVERIFY(api.url().isEmpty());
    // The server's own reason, then what the desktop app can do instead.
    const QString reason = ApiServer::refusalWithoutTls(QHostAddress(u"0.0.0.0"_s));
    QVERIFY(reason.contains(u"without TLS"_s));
    QVERIFY2(api.error().startsWith(reason), qPrintable(api.error()));
    QVERIFY(api.error().contains(u"conductor --headless"_s));
    QCOMPARE(api.statusText(), u"Not serving: "_s + api.error());
    QCOMPARE(changes.count(), 1);
    // Nothing comes later either.
    QTest::qWait(300);
    QCOMPARE(api.state(), ApiService::State::Failed);
    QVERIFY(!api.server());

    // Back on loopback, it serves.
    QVERIFY(api.setListen(u"127.0.0.1:0"_s));
    QCOMPARE(settled(api), ApiService::State::Serving);
}

void TestApiService::refusesWhatIsNotAnAddress()
{
    Fixture f;
    ApiService api(f.session.get());
    QCOMPARE(api.listen(), u"127.0.0.1:8080"_s);
    for (const QString &bad : {u"garbage"_s, u"127.0.0.1:"_s, u":8080"_s, u"127.0.0.1:65536"_s,
                               u"127.0.0.1:http"_s, u"300.1.2.3:80"_s, QString()}) {
        QVERIFY2(!api.setListen(bad), qPrintable(bad));
        QVERIFY(!parseListenAddress(bad));
    }
    QCOMPARE(api.listen(), u"127.0.0.1:8080"_s);
    // What the command line's --listen takes, the same function reads.
    for (const auto &[text, host, port] : {std::tuple{u"8081"_s, u"127.0.0.1"_s, 8081},
                                           {u"localhost:0"_s, u"127.0.0.1"_s, 0},
                                           {u"[::1]:9000"_s, u"::1"_s, 9000},
                                           {u" 127.0.0.2:7 "_s, u"127.0.0.2"_s, 7}}) {
        const std::optional<ListenAddress> parsed = parseListenAddress(text.trimmed());
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->address, QHostAddress(host));
        QCOMPARE(parsed->port, quint16(port));
        QVERIFY(api.setListen(text));
        QCOMPARE(api.listen(), text.trimmed());
    }
    QCOMPARE(api.state(), ApiService::State::Off); // an address alone starts nothing
}

void TestApiService::saysWhenTheKeyIsMissing()
{
    Fixture f(false);
    QVERIFY(f.open());
    ApiService api(f.session.get());
    QVERIFY(api.setListen(u"127.0.0.1:0"_s));
    api.setEnabled(true);
    QCOMPARE(settled(api), ApiService::State::Failed);
    QVERIFY(!api.server());
    // The folder cannot be written: the message says how to make the key there.
    QVERIFY2(api.error().contains(u"openssl rand -hex 32"_s), qPrintable(api.error()));
    QVERIFY(api.error().contains(f.secretsDir()));

    // Once the file is there, turning it on again serves.
    QFile file(QDir(f.secretsDir()).filePath(ApiSigningKey::secretName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ApiSigningKey::encode(f.key));
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    api.setEnabled(true);
    QCOMPARE(settled(api), ApiService::State::Serving);
}

void TestApiService::settingsPageDrivesIt()
{
    Fixture f;
    QVERIFY(f.open());
    AppSettings().setApiListen(u"127.0.0.1:0"_s);
    ApiService api(f.session.get());
    SettingsPage page(f.databasePath(), nullptr, &api);
    page.resize(760, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCheckBox *serve = page.apiServeBox();
    QLineEdit *address = page.apiListenField();
    QLabel *status = page.apiStatusLabel();
    QVERIFY(serve && address && status);
    QVERIFY(!serve->isChecked());
    QCOMPARE(address->text(), u"127.0.0.1:0"_s);
    QCOMPARE(api.listen(), u"127.0.0.1:0"_s); // the page gave the stored address
    QCOMPARE(status->text(), u"Not serving"_s);

    QSignalSpy changed(&page, &SettingsPage::settingsChanged);
    QTest::mouseClick(serve, Qt::LeftButton, {}, QPoint(8, serve->height() / 2));
    QVERIFY(serve->isChecked());
    QCOMPARE(changed.count(), 1);
    QVERIFY(AppSettings().apiServe());
    QCOMPARE(settled(api), ApiService::State::Serving);
    const quint16 port = portOf(api.url());
    QTRY_COMPARE(status->text(), u"Serving on http://127.0.0.1:%1"_s.arg(port));
    QVERIFY(status->isVisible());
    QCOMPARE(request(port, "GET", "/api/conductor/health").status, 200);

    // Not an address: refused where it was typed; the API stays where it is.
    type(address, u"not an address"_s);
    QVERIFY(page.problemLabel()->isVisible());
    QVERIFY2(page.problemLabel()->text().contains(u"“not an address”"_s),
             qPrintable(page.problemLabel()->text()));
    QCOMPARE(AppSettings().apiListen(), u"127.0.0.1:0"_s);
    QCOMPARE(api.state(), ApiService::State::Serving);
    QCOMPARE(portOf(api.url()), port);

    // A public address: the status line says why nothing is served.
    type(address, u"0.0.0.0:0"_s);
    QVERIFY(!page.problemLabel()->isVisible());
    QCOMPARE(AppSettings().apiListen(), u"0.0.0.0:0"_s);
    QCOMPARE(api.state(), ApiService::State::Failed);
    QVERIFY(status->text().startsWith(u"✗ Not serving: Refusing to serve the API on 0.0.0.0 "
                                      "without TLS"_s));
    QVERIFY(refuses(port));

    // Back to loopback, then off with the mouse.
    type(address, u"127.0.0.1:0"_s);
    QCOMPARE(settled(api), ApiService::State::Serving);
    QTRY_VERIFY(status->text().startsWith(u"Serving on http://127.0.0.1:"_s));
    const quint16 again = portOf(api.url());
    QTest::mouseClick(serve, Qt::LeftButton, {}, QPoint(8, serve->height() / 2));
    QVERIFY(!serve->isChecked());
    QVERIFY(!AppSettings().apiServe());
    QCOMPARE(api.state(), ApiService::State::Off);
    QCOMPARE(status->text(), u"Not serving"_s);
    QVERIFY(refuses(again));

    // Emptied with the clear button's effect: the default address, served when on.
    address->clear();
    QCOMPARE(AppSettings().apiListen(), u"127.0.0.1:8080"_s);
    QCOMPARE(api.listen(), u"127.0.0.1:8080"_s);
    QCOMPARE(address->placeholderText(), u"127.0.0.1:8080"_s);
}

void TestApiService::settingsPersist()
{
    {
        const AppSettings settings;
        QVERIFY(!settings.apiServe());
        QCOMPARE(settings.apiListen(), u"127.0.0.1:8080"_s);
    }
    QSettings().setValue(AppSettings::ApiListenKey, u"nonsense"_s);
    QCOMPARE(AppSettings().apiListen(), u"127.0.0.1:8080"_s); // reads as the default
    QSettings().clear();

    Fixture f;
    QVERIFY(f.open());
    {
        ApiService api(f.session.get());
        SettingsPage page(f.databasePath(), nullptr, &api);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        type(page.apiListenField(), u"127.0.0.1:0"_s);
        page.apiServeBox()->click();
        QCOMPARE(settled(api), ApiService::State::Serving);
    }
    // On disk, in the settings file.
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("[api]"), text.constData());
    QVERIFY2(text.contains("serve=true"), text.constData());
    QVERIFY2(text.contains("listen=127.0.0.1:0"), text.constData());

    // A new page (as at the next start) serves as stored.
    ApiService api(f.session.get());
    SettingsPage page(f.databasePath(), nullptr, &api);
    QVERIFY(page.apiServeBox()->isChecked());
    QCOMPARE(page.apiListenField()->text(), u"127.0.0.1:0"_s);
    QCOMPARE(settled(api), ApiService::State::Serving);
}

void TestApiService::mainWindowShowsWhereItServes()
{
    AppSettings settings;
    settings.setApiServe(true);
    settings.setApiListen(u"127.0.0.1:0"_s);
    settings.sync();
    Fixture f;
    // As the app starts: the window first, then the session opens.
    MainWindow window(std::nullopt, f.session.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ApiService *api = window.apiService();
    QVERIFY(api);
    QVERIFY(api->isEnabled());
    QVERIFY(!window.apiLabel()->isVisible());
    QVERIFY(f.open());
    QCOMPARE(settled(*api), ApiService::State::Serving);
    const QString url = api->url().toString();
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QTRY_VERIFY(window.apiLabel()->isVisible());
    QCOMPARE(window.apiLabel()->text(), u"API: "_s + url);
    QVERIFY(window.apiLabel()->toolTip().contains(url));
    QCOMPARE(request(portOf(api->url()), "GET", "/api/conductor/health").status, 200);

    // Off from the Settings page: the label goes.
    SettingsPage *page = window.settingsPage();
    QVERIFY(page);
    window.pages()->setCurrentWidget(page);
    QVERIFY(page->apiServeBox()->isChecked());
    QVERIFY(page->apiStatusLabel()->text().contains(url));
    page->apiServeBox()->click();
    QCOMPARE(api->state(), ApiService::State::Off);
    QVERIFY(!window.apiLabel()->isVisible());
    QVERIFY(!AppSettings().apiServe());
}

void TestApiService::screenshot()
{
    const QString folder = qEnvironmentVariable("CONDUCTOR_SCREENSHOTS");
    if (folder.isEmpty()) {
        return; // only on request
    }
    AppSettings settings;
    settings.setApiServe(true);
    settings.setApiListen(u"127.0.0.1:0"_s);
    Fixture f;
    QVERIFY(f.open());
    MainWindow window(std::nullopt, f.session.get());
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setCurrentRow(window.pages()->indexOf(window.settingsPage()));
    QCOMPARE(window.pages()->currentWidget(), window.settingsPage());
    QCOMPARE(settled(*window.apiService()), ApiService::State::Serving);
    QTest::qWait(300); // the layouts settle, the secrets are listed
    QDir().mkpath(folder);
    QVERIFY(window.grab().save(QDir(folder).filePath(u"settings-api.png"_s)));
    // And refusing a public address.
    type(window.settingsPage()->apiListenField(), u"0.0.0.0:8080"_s);
    QCOMPARE(window.apiService()->state(), ApiService::State::Failed);
    QTest::qWait(100);
    QVERIFY(window.grab().save(QDir(folder).filePath(u"settings-api-refused.png"_s)));
}

QTEST_MAIN(TestApiService)
#include "tst_apiservice.moc"
