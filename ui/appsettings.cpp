// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include "api/apiserver.h"
#include "engine/reportbundle.h"

#include <QApplication>
#include <QPalette>
#include <QPointer>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace Conductor {

QString AppSettings::text(QLatin1String key) const
{
    return m_settings.value(key).toString().trimmed();
}

QString AppSettings::databasePath() const
{
    return text(DatabasePathKey);
}

std::optional<QString> AppSettings::chosenDatabasePath() const
{
    const QString path = databasePath();
    return path.isEmpty() ? std::nullopt : std::optional<QString>(path);
}

void AppSettings::setDatabasePath(const QString &path)
{
    m_settings.setValue(DatabasePathKey, path.trimmed());
}

QString AppSettings::defaultPipelineFile() const
{
    return text(DefaultPipelineKey);
}

void AppSettings::setDefaultPipelineFile(const QString &path)
{
    m_settings.setValue(DefaultPipelineKey, path.trimmed());
}

QString AppSettings::outputFolder() const
{
    return text(OutputFolderKey);
}

QString AppSettings::configurationFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/conductor-agent.yml");
}

QString AppSettings::effectiveOutputFolder() const
{
    const QString folder = outputFolder();
    return folder.isEmpty() ? ReportBundle::defaultOutputDir() : folder;
}

void AppSettings::setOutputFolder(const QString &path)
{
    m_settings.setValue(OutputFolderKey, path.trimmed());
}

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString AppSettings::language() const
{
    const QString code = text(LanguageKey);
    return languages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, languages().contains(language) ? language : QString());
}

bool AppSettings::notifyGateOpened() const
{
    return m_settings.value(NotifyGateOpenedKey, true).toBool();
}

void AppSettings::setNotifyGateOpened(bool on)
{
    m_settings.setValue(NotifyGateOpenedKey, on);
}

bool AppSettings::notifyBudgetAlert() const
{
    return m_settings.value(NotifyBudgetAlertKey, true).toBool();
}

void AppSettings::setNotifyBudgetAlert(bool on)
{
    m_settings.setValue(NotifyBudgetAlertKey, on);
}

bool AppSettings::notifyAlerts() const
{
    return m_settings.value(NotifyAlertsKey, true).toBool();
}

void AppSettings::setNotifyAlerts(bool on)
{
    m_settings.setValue(NotifyAlertsKey, on);
}

Theme AppSettings::theme() const
{
    return themeFromName(text(ThemeKey)).value_or(Theme::System);
}

void AppSettings::setTheme(Theme theme)
{
    m_settings.setValue(ThemeKey, themeName(theme));
}

bool AppSettings::apiServe() const
{
    return m_settings.value(ApiServeKey, false).toBool();
}

void AppSettings::setApiServe(bool on)
{
    m_settings.setValue(ApiServeKey, on);
}

QString AppSettings::apiListen() const
{
    const QString address = text(ApiListenKey);
    return parseListenAddress(address) ? address : QString(DefaultApiListen);
}

void AppSettings::setApiListen(const QString &address)
{
    const QString trimmed = address.trimmed();
    m_settings.setValue(ApiListenKey, parseListenAddress(trimmed) ? trimmed : QString());
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> AppSettings::themeFromName(const QString &name)
{
    for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name == themeName(theme)) {
            return theme;
        }
    }
    return std::nullopt;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x7d, 0xd1);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    // The 3-D shades Fusion draws frames and handles with, lighter to darker.
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void applyTheme(Theme theme)
{
    // The platform's style, as the application started with it (before any theme).
    static const QString platformStyle = QApplication::style()->name();
    switch (theme) {
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        // A palette that sets no role: every role comes from the platform's theme.
        QApplication::setPalette(QPalette());
        break;
    }
}

} // namespace Conductor
