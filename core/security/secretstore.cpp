// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include "logging/logging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Conductor {

namespace {

QString modeText(mode_t mode)
{
    return QString::number(mode & 07777, 8).rightJustified(4, u'0');
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// ---------------------------------------------------------------------------------------

bool SecretStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return pattern.match(name).hasMatch();
}

QString SecretStore::invalidNameMessage(const QString &name)
{
    return tr("'%1' is not a valid secret name: use 1 to 128 letters, digits, '_', '.' or '-', "
              "not starting with a dot")
        .arg(name);
}

QByteArray SecretStore::trimmedValue(QByteArray value)
{
    while (!value.isEmpty() && (value.endsWith('\n') || value.endsWith('\r'))) {
        value.chop(1);
    }
    return value;
}

void SecretStore::deliver(const QPointer<QObject> &context, std::function<void()> call)
{
    if (context) {
        QMetaObject::invokeMethod(context.data(), std::move(call), Qt::QueuedConnection);
    }
}

// ---------------------------------------------------------------------------------------

void MemorySecrets::fetch(const QString &name, QObject *context,
                          std::function<void(const SecretLookup &)> done)
{
    SecretLookup lookup;
    if (m_unavailable) {
        lookup.status = SecretLookup::Status::Unavailable;
        lookup.message = m_unavailableMessage;
    } else if (!isValidName(name)) {
        lookup.message = invalidNameMessage(name);
    } else if (const auto it = m_values.constFind(name); it != m_values.cend()) {
        lookup.status = SecretLookup::Status::Found;
        lookup.value = *it;
    } else {
        lookup.message = tr("there is no secret named %1").arg(name);
    }
    deliver(context, [done = std::move(done), lookup] { done(lookup); });
}

void MemorySecrets::store(const QString &name, const QByteArray &value, QObject *context,
                          DoneCallback done)
{
    QString error;
    if (m_unavailable) {
        error = m_unavailableMessage;
    } else if (!isValidName(name)) {
        error = invalidNameMessage(name);
    } else if (value.isEmpty()) {
        error = tr("a secret cannot be empty");
    } else {
        m_values.insert(name, value);
    }
    deliver(context, [done = std::move(done), error] { done(error.isEmpty(), error); });
}

void MemorySecrets::remove(const QString &name, QObject *context, DoneCallback done)
{
    QString error;
    if (m_unavailable) {
        error = m_unavailableMessage;
    } else if (m_values.remove(name) == 0) {
        error = tr("there is no secret named %1").arg(name);
    }
    deliver(context, [done = std::move(done), error] { done(error.isEmpty(), error); });
}

void MemorySecrets::list(QObject *context, ListCallback done)
{
    QStringList names = m_unavailable ? QStringList() : m_values.keys();
    names.sort();
    const QString error = m_unavailable ? m_unavailableMessage : QString();
    deliver(context,
            [done = std::move(done), names, error] { done(error.isEmpty(), names, error); });
}

QString MemorySecrets::where() const
{
    return tr("memory");
}

void MemorySecrets::setUnavailable(bool unavailable, const QString &message)
{
    m_unavailable = unavailable;
    m_unavailableMessage =
        message.isEmpty() ? tr("the system keychain is unavailable: simulated") : message;
}

// ---------------------------------------------------------------------------------------

FolderSecrets::FolderSecrets(const QString &folder, Kind kind)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
    , m_kind(kind)
{}

QString FolderSecrets::where() const
{
    return m_kind == Kind::SystemdCredentials ? tr("the systemd credentials in %1").arg(m_folder)
                                              : tr("the folder %1").arg(m_folder);
}

QString FolderSecrets::checkFolder() const
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(m_folder).constData(), &st) != 0) {
        return tr("the secrets folder %1 cannot be read: %2").arg(m_folder, systemError(errno));
    }
    if (!S_ISDIR(st.st_mode)) {
        return tr("the secrets folder %1 is not a folder").arg(m_folder);
    }
    if (m_kind == Kind::SystemdCredentials) {
        if ((st.st_mode & 007) != 0) {
            return tr("the credentials folder %1 may be read by any user (mode %2); refusing "
                      "to use it")
                .arg(m_folder, modeText(st.st_mode));
        }
        return {};
    }
    if (st.st_uid != ::geteuid()) {
        return tr("the secrets folder %1 belongs to another user; only a folder of your own "
                  "is used")
            .arg(m_folder);
    }
    if ((st.st_mode & 077) != 0) {
        return tr("the secrets folder %1 may be used by other users (mode %2); only its owner "
                  "may have access (chmod 700 %1)")
            .arg(m_folder, modeText(st.st_mode));
    }
    return {};
}

SecretLookup FolderSecrets::read(const QString &name) const
{
    SecretLookup lookup;
    if (!isValidName(name)) {
        lookup.message = invalidNameMessage(name);
        return lookup;
    }
    if (const QString error = checkFolder(); !error.isEmpty()) {
        lookup.status = SecretLookup::Status::Unavailable;
        lookup.message = error;
        return lookup;
    }
    const QString path = m_folder + u'/' + name;
    // No symbolic links, nothing that could block (a FIFO); checked on the open file.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT) {
            lookup.message = tr("there is no secret named %1 in %2").arg(name, m_folder);
        } else {
            lookup.status = SecretLookup::Status::Unavailable;
            lookup.message =
                error == ELOOP
                    ? tr("the secret file %1 is a symbolic link; refusing to "
                         "follow it")
                          .arg(path)
                    : tr("the secret file %1 cannot be read: %2").arg(path, systemError(error));
        }
        return lookup;
    }
    QString refusal;
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        refusal = tr("the secret file %1 cannot be read: %2").arg(path, systemError(errno));
    } else if (!S_ISREG(st.st_mode)) {
        refusal = tr("the secret file %1 is not a regular file").arg(path);
    } else if (m_kind == Kind::OwnerOnly && st.st_uid != ::geteuid()) {
        refusal = tr("the secret file %1 belongs to another user; refusing to use it").arg(path);
    } else if (m_kind == Kind::OwnerOnly && (st.st_mode & 077) != 0) {
        refusal = tr("the secret file %1 may be read by other users (mode %2); only its owner "
                     "may read it (chmod 600 %1)")
                      .arg(path, modeText(st.st_mode));
    } else if (m_kind == Kind::SystemdCredentials && (st.st_mode & 007) != 0) {
        refusal = tr("the credential %1 may be read by any user (mode %2); refusing to use it")
                      .arg(path, modeText(st.st_mode));
    } else if (st.st_size > kMaxValueSize) {
        refusal = tr("the secret file %1 is larger than %2 bytes").arg(path).arg(kMaxValueSize);
    }
    QByteArray value;
    if (refusal.isEmpty()) {
        value.resize(static_cast<qsizetype>(st.st_size));
        qsizetype got = 0;
        while (got < value.size()) {
            const ssize_t n =
                ::read(fd, value.data() + got, static_cast<size_t>(value.size() - got));
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                if (n < 0) {
                    refusal =
                        tr("the secret file %1 cannot be read: %2").arg(path, systemError(errno));
                }
                break;
            }
            got += n;
        }
        value.truncate(got);
    }
    ::close(fd);
    if (!refusal.isEmpty()) {
        qCInfo(lcSecurity).noquote() << "secret" << name << "refused:" << refusal;
        lookup.status = SecretLookup::Status::Unavailable;
        lookup.message = refusal;
        return lookup;
    }
    value = trimmedValue(value);
    if (value.isEmpty()) {
        lookup.message = tr("the secret file %1 is empty").arg(path);
        return lookup;
    }
    lookup.status = SecretLookup::Status::Found;
    lookup.value = value;
    return lookup;
}

void FolderSecrets::fetch(const QString &name, QObject *context,
                          std::function<void(const SecretLookup &)> done)
{
    const SecretLookup lookup = read(name);
    deliver(context, [done = std::move(done), lookup] { done(lookup); });
}

QString FolderSecrets::refusedWrite() const
{
    return m_kind == Kind::SystemdCredentials
               ? tr("systemd credentials are read-only; set them in the service's unit "
                    "(LoadCredential= or SetCredentialEncrypted=)")
               : tr("the secrets folder %1 is read-only for Conductor; write or delete the file "
                    "named after the secret yourself (mode 600)")
                     .arg(m_folder);
}

void FolderSecrets::store(const QString &, const QByteArray &, QObject *context, DoneCallback done)
{
    deliver(context, [done = std::move(done), error = refusedWrite()] { done(false, error); });
}

void FolderSecrets::remove(const QString &, QObject *context, DoneCallback done)
{
    deliver(context, [done = std::move(done), error = refusedWrite()] { done(false, error); });
}

void FolderSecrets::list(QObject *context, ListCallback done)
{
    QStringList names;
    const QString error = checkFolder();
    if (error.isEmpty()) {
        const QStringList files =
            QDir(m_folder).entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
        std::copy_if(files.cbegin(), files.cend(), std::back_inserter(names), isValidName);
    }
    deliver(context,
            [done = std::move(done), names, error] { done(error.isEmpty(), names, error); });
}

// ---------------------------------------------------------------------------------------

std::unique_ptr<SecretStore> chooseSecretStore(const QString &secretsDir,
                                               const QProcessEnvironment &environment)
{
    if (!secretsDir.isEmpty()) {
        return std::make_unique<FolderSecrets>(secretsDir, FolderSecrets::Kind::OwnerOnly);
    }
    if (const QString credentials = environment.value(QStringLiteral("CREDENTIALS_DIRECTORY"));
        !credentials.isEmpty()) {
        return std::make_unique<FolderSecrets>(credentials,
                                               FolderSecrets::Kind::SystemdCredentials);
    }
    return std::make_unique<KeychainSecrets>();
}

} // namespace Conductor
