// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Settings view: a form over AppSettings — the database, the default pipeline and the
// output folder (each typed or chosen with Browse…, empty for the default), the language,
// the notifications and the theme. A change is stored as soon as it is made (a path when
// its field is left or Enter is pressed), the theme applies at once, and settingsChanged()
// tells the window. The database and the language are read at start-up: a note says so,
// and another appears when either differs from what this run started with. Given the
// session's secret store, the page also has a Secrets section (see SecretsPanel); given the
// app's ApiService, a REST API section turns serving on and off, sets the address (HOST:PORT,
// checked when the field is left) and shows whether and where the API is served.

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Conductor {

class ApiService;
class AppSettings;
class SecretStore;
class SecretsPanel;

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    // defaultDatabasePath is what an empty database setting means (the app's default).
    explicit SettingsPage(const QString &defaultDatabasePath, QWidget *parent = nullptr);
    // With a Secrets section over secrets (none when it is null); secrets must outlive the
    // page.
    SettingsPage(const QString &defaultDatabasePath, SecretStore *secrets,
                 QWidget *parent = nullptr);
    // With a REST API section too, driving api (none when it is null), which must outlive
    // the page.
    SettingsPage(const QString &defaultDatabasePath, SecretStore *secrets, ApiService *api,
                 QWidget *parent = nullptr);
    ~SettingsPage() override;

    [[nodiscard]] QLineEdit *databaseField() const { return m_database; }
    [[nodiscard]] QLineEdit *pipelineField() const { return m_pipeline; }
    [[nodiscard]] QLineEdit *outputField() const { return m_output; }
    [[nodiscard]] QPushButton *databaseBrowse() const { return m_databaseBrowse; }
    [[nodiscard]] QPushButton *pipelineBrowse() const { return m_pipelineBrowse; }
    [[nodiscard]] QPushButton *outputBrowse() const { return m_outputBrowse; }
    [[nodiscard]] QComboBox *languageChoice() const { return m_language; }
    [[nodiscard]] QComboBox *themeChoice() const { return m_theme; }
    [[nodiscard]] QCheckBox *gateOpenedBox() const { return m_gateOpened; }
    [[nodiscard]] QCheckBox *budgetAlertBox() const { return m_budgetAlert; }
    [[nodiscard]] QCheckBox *alertsBox() const { return m_alerts; }
    [[nodiscard]] QLabel *restartNote() const { return m_restart; }
    [[nodiscard]] QLabel *problemLabel() const { return m_problem; }
    // The Secrets section; null without a secret store.
    [[nodiscard]] SecretsPanel *secretsPanel() const { return m_secrets; }
    // The REST API section's widgets; null without an ApiService.
    [[nodiscard]] QCheckBox *apiServeBox() const { return m_apiServe; }
    [[nodiscard]] QLineEdit *apiListenField() const { return m_apiListen; }
    [[nodiscard]] QLabel *apiStatusLabel() const { return m_apiStatus; }

public Q_SLOTS:
    // Shows the stored settings again (another window may have changed them).
    void reload();

Q_SIGNALS:
    // A setting was stored.
    void settingsChanged();

private:
    void commitDatabase();
    void commitPipeline();
    void commitOutput();
    void commitApiListen();
    // The REST API section; its address label joins labels.
    QWidget *createApiSection(QList<QLabel *> &labels);
    void showApiState();
    // Asks for a path with a non-blocking dialog; then commits it.
    void browse(QLineEdit *field, void (SettingsPage::*commit)(), int fileMode,
                const QString &title, const QString &filter);
    void changed();
    void updateRestartNote();

    std::unique_ptr<AppSettings> m_settings;
    QString m_startDatabase; // as this run started
    QString m_startLanguage;
    QLineEdit *m_database;
    QLineEdit *m_pipeline;
    QLineEdit *m_output;
    QPushButton *m_databaseBrowse;
    QPushButton *m_pipelineBrowse;
    QPushButton *m_outputBrowse;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_gateOpened;
    QCheckBox *m_budgetAlert;
    QCheckBox *m_alerts;
    QLabel *m_restart;
    QLabel *m_problem;
    SecretsPanel *m_secrets = nullptr;
    ApiService *m_api = nullptr;
    QCheckBox *m_apiServe = nullptr;
    QLineEdit *m_apiListen = nullptr;
    QLabel *m_apiStatus = nullptr;
};

} // namespace Conductor
