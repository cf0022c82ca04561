// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretname_p.h"

#include "security/secretstore.h"

#include <QRegularExpression>

namespace Conductor {

namespace {

constexpr qsizetype kLongRun = 32;
constexpr qsizetype kRandomRun = 20;
constexpr int kRandomDigits = 3;
constexpr qsizetype kPrefixTail = 16;

bool hasCredentialPrefix(const QString &text)
{
    static const QStringList prefixes{
        QStringLiteral("sk-"),         QStringLiteral("xoxb-"), QStringLiteral("xoxp-"),
        QStringLiteral("xoxa-"),       QStringLiteral("xoxe-"), QStringLiteral("xapp-"),
        QStringLiteral("ghp_"),        QStringLiteral("gho_"),  QStringLiteral("ghs_"),
        QStringLiteral("github_pat_"), QStringLiteral("glpat-")};
    for (const QString &prefix : prefixes) {
        if (text.startsWith(prefix) && text.size() >= prefix.size() + kPrefixTail) {
            return true;
        }
    }
    return false;
}

bool randomLookingRun(QStringView run)
{
    int lower = 0;
    int upper = 0;
    int digits = 0;
    for (const QChar c : run) {
        if (c.isDigit()) {
            ++digits;
        } else if (c.isLower()) {
            ++lower;
        } else {
            ++upper;
        }
    }
    const bool letters = lower + upper > 0;
    if (run.size() >= kLongRun && letters && digits > 0) {
        return true;
    }
    return run.size() >= kRandomRun && lower > 0 && upper > 0 && digits >= kRandomDigits;
}

} // namespace

bool SecretNameField::isSecretName(const QString &name)
{
    return SecretStore::isValidName(name);
}

bool SecretNameField::looksLikeCredential(const QString &text)
{
    if (text.contains(QStringLiteral("://")) || hasCredentialPrefix(text)) {
        return true;
    }
    static const QRegularExpression runs(QStringLiteral("[A-Za-z0-9]+"));
    for (auto it = runs.globalMatch(text); it.hasNext();) {
        if (randomLookingRun(it.next().capturedView())) {
            return true;
        }
    }
    return false;
}

std::optional<QString> SecretNameField::read(YamlReader &r, const YamlField &field)
{
    const std::optional<QString> name = r.string(field);
    if (!name) {
        return std::nullopt;
    }
    if (looksLikeCredential(*name)) {
        r.error(field, tr("%1 looks like the credential itself, which never goes in this file: "
                          "store it with 'conductor secrets set NAME' and write that NAME here")
                           .arg(field.path));
        return std::nullopt;
    }
    if (!isSecretName(*name)) {
        r.error(field, tr("%1 names a secret (letters, digits, '_', '.' and '-', starting with "
                          "a letter, a digit or '_'); the credential itself never goes in this "
                          "file: store it with 'conductor secrets set NAME' and write that NAME "
                          "here")
                           .arg(field.path));
        return std::nullopt;
    }
    return name;
}

} // namespace Conductor
