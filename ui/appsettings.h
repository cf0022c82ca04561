// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's settings, typed, over QSettings (the organization and application
// names QCoreApplication has). Each key, its type and its default:
//
//   storage/databasePath       string  ""        the database; "" = the platform default
//   pipelines/defaultFile      string  ""        the pipeline New offers; "" = the shipped one
//   output/folder              string  ""        report bundles; "" = ReportBundle's default
//   ui/language                string  ""        "" = the system's, "en", "de"
//   notifications/gateOpened   bool    true      tell when a gate opens
//   notifications/budgetAlert  bool    true      tell when the day's alert threshold is crossed
//   notifications/alerts       bool    true      tell when an alert rule's alert fires
//   ui/theme                   string  "system"  "system", "light", "dark"
//   api/serve                  bool    false     serve the REST API while the app runs
//   api/listen                 string  "127.0.0.1:8080"  where: HOST:PORT (parseListenAddress)
//
// A value that is not one of the allowed ones reads as the default. The database and the
// language are read at start-up, so changing them takes effect after a restart; the theme
// applies at once through applyTheme(), and the API starts and stops at once (ApiService).

#include <QSettings>
#include <QString>

#include <optional>

class QApplication;

namespace Conductor {

enum class Theme
{
    System,
    Light,
    Dark
};

class AppSettings final
{
public:
    static constexpr QLatin1String DatabasePathKey = QLatin1String("storage/databasePath");
    static constexpr QLatin1String DefaultPipelineKey = QLatin1String("pipelines/defaultFile");
    static constexpr QLatin1String OutputFolderKey = QLatin1String("output/folder");
    static constexpr QLatin1String LanguageKey = QLatin1String("ui/language");
    static constexpr QLatin1String NotifyGateOpenedKey = QLatin1String("notifications/gateOpened");
    static constexpr QLatin1String NotifyBudgetAlertKey =
        QLatin1String("notifications/budgetAlert");
    static constexpr QLatin1String NotifyAlertsKey = QLatin1String("notifications/alerts");
    static constexpr QLatin1String ThemeKey = QLatin1String("ui/theme");
    static constexpr QLatin1String ApiServeKey = QLatin1String("api/serve");
    static constexpr QLatin1String ApiListenKey = QLatin1String("api/listen");
    static constexpr QLatin1String DefaultApiListen = QLatin1String("127.0.0.1:8080");

    AppSettings() = default;
    Q_DISABLE_COPY_MOVE(AppSettings)

    // As set: empty for the default.
    [[nodiscard]] QString databasePath() const;
    // The database to open: the one set, or nothing (open the default).
    [[nodiscard]] std::optional<QString> chosenDatabasePath() const;
    void setDatabasePath(const QString &path);

    [[nodiscard]] QString defaultPipelineFile() const; // empty: the shipped pipeline
    void setDefaultPipelineFile(const QString &path);

    [[nodiscard]] QString outputFolder() const; // as set: empty for the default
    // The folder report bundles go to: the one set, or ReportBundle::defaultOutputDir().
    [[nodiscard]] QString effectiveOutputFolder() const;
    void setOutputFolder(const QString &path);

    // "", "en" or "de".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] static QStringList languages(); // the codes offered, "" first

    [[nodiscard]] bool notifyGateOpened() const;
    void setNotifyGateOpened(bool on);
    [[nodiscard]] bool notifyBudgetAlert() const;
    void setNotifyBudgetAlert(bool on);
    [[nodiscard]] bool notifyAlerts() const;
    void setNotifyAlerts(bool on);

    [[nodiscard]] Theme theme() const;
    void setTheme(Theme theme);
    [[nodiscard]] static QString themeName(Theme theme); // "system", "light", "dark"
    [[nodiscard]] static std::optional<Theme> themeFromName(const QString &name);

    [[nodiscard]] bool apiServe() const;
    void setApiServe(bool on);
    // HOST:PORT; the default when unset, empty or not an address.
    [[nodiscard]] QString apiListen() const;
    void setApiListen(const QString &address); // empty: the default

    // The configuration file the desktop app runs on and its editor writes:
    // conductor-agent.yml in the app's configuration folder. (When it does not exist, the
    // app runs on the built-in configuration.)
    [[nodiscard]] static QString configurationFile();

    // Writes what is pending to disk.
    void sync() { m_settings.sync(); }

private:
    QString text(QLatin1String key) const;

    QSettings m_settings;
};

// Applies a theme to the running application: Fusion with a dark palette, Fusion with its
// standard (light) palette, or the platform's own style and palette as they were before
// the first call. Widgets repaint at once.
void applyTheme(Theme theme);

// The dark palette applyTheme() uses.
[[nodiscard]] QPalette darkPalette();

} // namespace Conductor
