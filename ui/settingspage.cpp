// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingspage.h"

#include "api/apiserver.h"
#include "apiservice.h"
#include "appsettings.h"
#include "engine/reportbundle.h"
#include "secretspanel.h"
#include "uistyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Conductor {

namespace {

// A path field with its Browse… button beside it.
QWidget *pathRow(QWidget *parent, QLineEdit *field, QPushButton *browse)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

QLabel *noteLabel(QWidget *parent, const QString &text)
{
    // Set apart by its font, not a colour: it stays readable when the theme changes.
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

} // namespace

SettingsPage::SettingsPage(const QString &defaultDatabasePath, QWidget *parent)
    : SettingsPage(defaultDatabasePath, nullptr, parent)
{}

SettingsPage::SettingsPage(const QString &defaultDatabasePath, SecretStore *secrets,
                           QWidget *parent)
    : SettingsPage(defaultDatabasePath, secrets, static_cast<ApiService *>(nullptr), parent)
{}

SettingsPage::SettingsPage(const QString &defaultDatabasePath, SecretStore *secrets,
                           ApiService *api, QWidget *parent)
    : QWidget(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_database(new QLineEdit(this))
    , m_pipeline(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_databaseBrowse(new QPushButton(tr("Browse…"), this))
    , m_pipelineBrowse(new QPushButton(tr("Browse…"), this))
    , m_outputBrowse(new QPushButton(tr("Browse…"), this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_gateOpened(new QCheckBox(tr("When a &gate opens and waits for a decision"), this))
    , m_budgetAlert(new QCheckBox(tr("When the day's spending crosses the &alert threshold"), this))
    , m_alerts(new QCheckBox(tr("When an alert &rule fires"), this))
    , m_restart(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_api(api)
{
    setObjectName(QStringLiteral("SettingsPage"));
    m_startDatabase = m_settings->databasePath();
    m_startLanguage = m_settings->language();

    m_database->setPlaceholderText(
        tr("Default: %1").arg(QDir::toNativeSeparators(defaultDatabasePath)));
    m_database->setAccessibleName(tr("Database file"));
    m_database->setClearButtonEnabled(true);
    m_databaseBrowse->setAccessibleName(tr("Choose the database file"));
    m_pipeline->setPlaceholderText(tr("The pipeline shipped with Conductor"));
    m_pipeline->setAccessibleName(tr("Default pipeline file"));
    m_pipeline->setClearButtonEnabled(true);
    m_pipelineBrowse->setAccessibleName(tr("Choose the default pipeline file"));
    m_output->setPlaceholderText(
        tr("Default: %1").arg(QDir::toNativeSeparators(ReportBundle::defaultOutputDir())));
    m_output->setAccessibleName(tr("Output folder"));
    m_output->setClearButtonEnabled(true);
    m_outputBrowse->setAccessibleName(tr("Choose the output folder"));

    // Each language in its own words, untranslated, so that anyone can find theirs.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language"));
    m_theme->addItem(tr("Same as the system"), AppSettings::themeName(Theme::System));
    m_theme->addItem(tr("Light"), AppSettings::themeName(Theme::Light));
    m_theme->addItem(tr("Dark"), AppSettings::themeName(Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_gateOpened->setAccessibleName(tr("Notify when a gate opens"));
    m_budgetAlert->setAccessibleName(tr("Notify on a budget alert"));
    m_alerts->setAccessibleName(tr("Notify when an alert rule fires"));

    auto *files = new QGroupBox(tr("Files and folders"), this);
    auto *filesForm = new QFormLayout(files);
    filesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *databaseLabel = new QLabel(tr("&Database:"), files);
    databaseLabel->setBuddy(m_database);
    filesForm->addRow(databaseLabel, pathRow(files, m_database, m_databaseBrowse));
    filesForm->addRow(QString(), noteLabel(files, tr("Used from the next start of Conductor.")));
    auto *pipelineLabel = new QLabel(tr("Default &pipeline:"), files);
    pipelineLabel->setBuddy(m_pipeline);
    filesForm->addRow(pipelineLabel, pathRow(files, m_pipeline, m_pipelineBrowse));
    auto *outputLabel = new QLabel(tr("&Output folder:"), files);
    outputLabel->setBuddy(m_output);
    filesForm->addRow(outputLabel, pathRow(files, m_output, m_outputBrowse));
    filesForm->addRow(QString(), noteLabel(files, tr("Report bundles are written there, one "
                                                     "folder per execution.")));

    auto *look = new QGroupBox(tr("Language and appearance"), this);
    auto *lookForm = new QFormLayout(look);
    auto *languageLabel = new QLabel(tr("&Language:"), look);
    languageLabel->setBuddy(m_language);
    lookForm->addRow(languageLabel, m_language);
    lookForm->addRow(QString(), noteLabel(look, tr("Used from the next start of Conductor.")));
    auto *themeLabel = new QLabel(tr("&Theme:"), look);
    themeLabel->setBuddy(m_theme);
    lookForm->addRow(themeLabel, m_theme);

    // The forms' fields start at one line, as if they were one form.
    QList<QLabel *> labels{databaseLabel, pipelineLabel, outputLabel, languageLabel, themeLabel};
    QWidget *apiSection = m_api ? createApiSection(labels) : nullptr;
    int labelWidth = 0;
    for (QLabel *label : labels) {
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        label->setMinimumWidth(labelWidth);
    }

    auto *notify = new QGroupBox(tr("Notify me"), this);
    auto *notifyLayout = new QVBoxLayout(notify);
    notifyLayout->addWidget(m_gateOpened);
    notifyLayout->addWidget(m_budgetAlert);
    notifyLayout->addWidget(m_alerts);

    m_restart->setWordWrap(true);
    QFont bold = m_restart->font();
    bold.setBold(true);
    m_restart->setFont(bold);
    m_restart->setAccessibleName(tr("Restart needed"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with a setting"));
    UiStyle::showMessage(m_problem, QString(), false);

    // The sections scroll when the window is low; the messages below them stay in sight.
    auto *sections = new QWidget(this);
    auto *sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    sectionsLayout->addWidget(files);
    sectionsLayout->addWidget(look);
    sectionsLayout->addWidget(notify);
    if (apiSection) {
        sectionsLayout->addWidget(apiSection);
    }
    if (secrets != nullptr) {
        m_secrets = new SecretsPanel(secrets, sections);
        sectionsLayout->addWidget(m_secrets);
    }
    sectionsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("SettingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(sections);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_restart);

    reload();

    connect(m_database, &QLineEdit::editingFinished, this, &SettingsPage::commitDatabase);
    connect(m_pipeline, &QLineEdit::editingFinished, this, &SettingsPage::commitPipeline);
    connect(m_output, &QLineEdit::editingFinished, this, &SettingsPage::commitOutput);
    // The clear button empties a field without leaving it: back to the default at once.
    const auto clearCommits = [this](QLineEdit *field, void (SettingsPage::*commit)()) {
        connect(field, &QLineEdit::textChanged, this, [this, commit](const QString &text) {
            if (text.isEmpty()) {
                (this->*commit)();
            }
        });
    };
    clearCommits(m_database, &SettingsPage::commitDatabase);
    clearCommits(m_pipeline, &SettingsPage::commitPipeline);
    clearCommits(m_output, &SettingsPage::commitOutput);
    connect(m_databaseBrowse, &QPushButton::clicked, this, [this] {
        browse(m_database, &SettingsPage::commitDatabase, QFileDialog::AnyFile,
               tr("Choose the database"), tr("Conductor databases (*.db *.sqlite);;All files (*)"));
    });
    connect(m_pipelineBrowse, &QPushButton::clicked, this, [this] {
        browse(m_pipeline, &SettingsPage::commitPipeline, QFileDialog::ExistingFile,
               tr("Choose the default pipeline"), tr("Pipelines (*.yml *.yaml);;All files (*)"));
    });
    connect(m_outputBrowse, &QPushButton::clicked, this, [this] {
        browse(m_output, &SettingsPage::commitOutput, QFileDialog::Directory,
               tr("Choose the output folder"), QString());
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setLanguage(m_language->currentData().toString());
        changed();
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const Theme theme =
            AppSettings::themeFromName(m_theme->currentData().toString()).value_or(Theme::System);
        m_settings->setTheme(theme);
        applyTheme(theme);
        changed();
    });
    connect(m_gateOpened, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setNotifyGateOpened(on);
        changed();
    });
    connect(m_alerts, &QCheckBox::toggled, this,
            [this](bool on) { m_settings->setNotifyAlerts(on); });
    connect(m_budgetAlert, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setNotifyBudgetAlert(on);
        changed();
    });
}

SettingsPage::~SettingsPage()
{
    // A field losing its focus as the page goes would commit into settings already gone.
    for (QLineEdit *field : {m_database, m_pipeline, m_output, m_apiListen}) {
        if (field) {
            field->disconnect(this);
        }
    }
}

void SettingsPage::reload()
{
    const QSignalBlocker a(m_database), b(m_pipeline), c(m_output), d(m_language), e(m_theme),
        f(m_gateOpened), g(m_budgetAlert), k(m_alerts);
    m_database->setText(QDir::toNativeSeparators(m_settings->databasePath()));
    m_pipeline->setText(QDir::toNativeSeparators(m_settings->defaultPipelineFile()));
    m_output->setText(QDir::toNativeSeparators(m_settings->outputFolder()));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(AppSettings::themeName(m_settings->theme()))));
    m_gateOpened->setChecked(m_settings->notifyGateOpened());
    m_budgetAlert->setChecked(m_settings->notifyBudgetAlert());
    m_alerts->setChecked(m_settings->notifyAlerts());
    if (m_api) {
        const QSignalBlocker h(m_apiServe), i(m_apiListen);
        m_apiServe->setChecked(m_settings->apiServe());
        m_apiListen->setText(m_settings->apiListen());
        // The API serves what is stored.
        m_api->setListen(m_settings->apiListen());
        m_api->setEnabled(m_settings->apiServe());
    }
    updateRestartNote();
}

void SettingsPage::commitDatabase()
{
    const QString text = m_database->text().trimmed();
    QString path;
    if (!text.isEmpty()) {
        const QFileInfo info(QDir::fromNativeSeparators(text));
        if (info.isDir()) {
            UiStyle::showMessage(
                m_problem, tr("%1 is a folder; the database is a file in it.").arg(text), true);
            return;
        }
        path = info.absoluteFilePath();
    }
    UiStyle::showMessage(m_problem, QString(), false);
    if (path == m_settings->databasePath()) {
        return;
    }
    m_settings->setDatabasePath(path);
    const QSignalBlocker quiet(m_database);
    m_database->setText(QDir::toNativeSeparators(path));
    changed();
}

void SettingsPage::commitPipeline()
{
    const QString text = m_pipeline->text().trimmed();
    QString path;
    if (!text.isEmpty()) {
        const QFileInfo info(QDir::fromNativeSeparators(text));
        if (!info.isFile()) {
            // The setting keeps the pipeline it had; the field shows what was typed.
            UiStyle::showMessage(m_problem, tr("There is no pipeline file %1.").arg(text), true);
            return;
        }
        path = info.absoluteFilePath();
    }
    UiStyle::showMessage(m_problem, QString(), false);
    if (path == m_settings->defaultPipelineFile()) {
        return;
    }
    m_settings->setDefaultPipelineFile(path);
    const QSignalBlocker quiet(m_pipeline);
    m_pipeline->setText(QDir::toNativeSeparators(path));
    changed();
}

void SettingsPage::commitOutput()
{
    const QString text = m_output->text().trimmed();
    QString path;
    if (!text.isEmpty()) {
        const QFileInfo info(QDir::fromNativeSeparators(text));
        if (info.exists() && !info.isDir()) {
            UiStyle::showMessage(m_problem, tr("%1 is a file, not a folder.").arg(text), true);
            return;
        }
        // A folder that does not exist yet is made when the first bundle is written.
        path = info.absoluteFilePath();
    }
    UiStyle::showMessage(m_problem, QString(), false);
    if (path == m_settings->outputFolder()) {
        return;
    }
    m_settings->setOutputFolder(path);
    const QSignalBlocker quiet(m_output);
    m_output->setText(QDir::toNativeSeparators(path));
    changed();
}

QWidget *SettingsPage::createApiSection(QList<QLabel *> &labels)
{
    auto *group = new QGroupBox(tr("REST API"), this);
    m_apiServe = new QCheckBox(tr("Ser&ve the REST API"), group);
    m_apiServe->setAccessibleName(tr("Serve the REST API"));
    m_apiListen = new QLineEdit(group);
    m_apiListen->setPlaceholderText(QString(AppSettings::DefaultApiListen));
    m_apiListen->setAccessibleName(tr("Address to serve the REST API on"));
    m_apiListen->setToolTip(tr("HOST:PORT, such as 127.0.0.1:8080 or [::1]:8080; port 0 picks a "
                               "free one. Without TLS the desktop app serves loopback addresses "
                               "only."));
    m_apiListen->setClearButtonEnabled(true);
    m_apiStatus = new QLabel(group);
    m_apiStatus->setAccessibleName(tr("REST API status"));
    m_apiStatus->setWordWrap(true);
    m_apiStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(QString(), m_apiServe);
    auto *listenLabel = new QLabel(tr("Addre&ss:"), group);
    listenLabel->setBuddy(m_apiListen);
    form->addRow(listenLabel, m_apiListen);
    labels.append(listenLabel);
    // The status and the hint wrap: below the form, in its field column, so that their rows
    // are as high as their lines (a form row would take the height of a narrower wrap).
    QLabel *hint = noteLabel(group, tr("Clients send a token with each request. Make one with: "
                                       "conductor token create --role viewer --subject NAME"));
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *indent = new QLabel(group);
    labels.append(indent); // as wide as the labels
    auto *notes = new QVBoxLayout;
    notes->addWidget(m_apiStatus);
    notes->addWidget(hint);
    auto *below = new QHBoxLayout;
    below->addWidget(indent);
    below->addLayout(notes, 1);
    auto *column = new QVBoxLayout(group);
    column->addLayout(form);
    column->addLayout(below);

    connect(m_apiServe, &QCheckBox::toggled, this, [this](bool on) {
        m_settings->setApiServe(on);
        m_api->setEnabled(on);
        changed();
    });
    connect(m_apiListen, &QLineEdit::editingFinished, this, &SettingsPage::commitApiListen);
    connect(m_apiListen, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            commitApiListen();
        }
    });
    connect(m_api, &ApiService::stateChanged, this, &SettingsPage::showApiState);
    showApiState();
    return group;
}

void SettingsPage::commitApiListen()
{
    const QString text = m_apiListen->text().trimmed();
    const QString address = text.isEmpty() ? QString(AppSettings::DefaultApiListen) : text;
    if (!parseListenAddress(address)) {
        // The API keeps its address; the field shows what was typed.
        UiStyle::showMessage(m_problem,
                             tr("“%1” is not an address to serve the REST API on: give "
                                "HOST:PORT, such as 127.0.0.1:8080.")
                                 .arg(text),
                             true);
        return;
    }
    UiStyle::showMessage(m_problem, QString(), false);
    if (!text.isEmpty()) {
        const QSignalBlocker quiet(m_apiListen);
        m_apiListen->setText(address);
    }
    if (address == m_settings->apiListen() && m_api->listen() == address) {
        return;
    }
    m_settings->setApiListen(address);
    m_api->setListen(address);
    changed();
}

void SettingsPage::showApiState()
{
    const ApiService::State state = m_api->state();
    UiStyle::showMessage(m_apiStatus, m_api->statusText(), state == ApiService::State::Failed);
    m_apiStatus->setToolTip(state == ApiService::State::Serving ? m_api->url().toString()
                                                                : QString());
}

void SettingsPage::browse(QLineEdit *field, void (SettingsPage::*commit)(), int fileMode,
                          const QString &title, const QString &filter)
{
    const QString current = QDir::fromNativeSeparators(field->text().trimmed());
    auto *dialog =
        new QFileDialog(this, title, current.isEmpty() ? QDir::homePath() : current, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::FileMode(fileMode));
    if (fileMode == QFileDialog::Directory) {
        dialog->setOption(QFileDialog::ShowDirsOnly);
    }
    dialog->setAccessibleName(title);
    connect(dialog, &QFileDialog::fileSelected, this, [this, field, commit](const QString &path) {
        field->setText(QDir::toNativeSeparators(path));
        (this->*commit)();
    });
    dialog->open();
}

void SettingsPage::changed()
{
    m_settings->sync();
    updateRestartNote();
    Q_EMIT settingsChanged();
}

void SettingsPage::updateRestartNote()
{
    QStringList what;
    if (m_settings->databasePath() != m_startDatabase) {
        what.append(tr("the database"));
    }
    if (m_settings->language() != m_startLanguage) {
        what.append(tr("the language"));
    }
    m_restart->setText(what.isEmpty() ? QString()
                                      : tr("Restart Conductor to use the new settings of: %1.")
                                            .arg(what.join(QStringLiteral(", "))));
    m_restart->setVisible(!what.isEmpty());
}

} // namespace Conductor
