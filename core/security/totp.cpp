// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "totp.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>
#include <QtNumeric>
#include <QUrl>

#include <array>
#include <cstring>
#include <vector>

namespace Conductor::Totp {

namespace {

constexpr int kMinDigits = 6;
constexpr int kMaxDigits = 8;
constexpr std::array<quint32, kMaxDigits + 1> kPowersOfTen{
    1, 10, 100, 1'000, 10'000, 100'000, 1'000'000, 10'000'000, 100'000'000};

constexpr char16_t kBase32Alphabet[] = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QCryptographicHash::Algorithm hashOf(Algorithm a)
{
    switch (a) {
    case Algorithm::Sha1:
        return QCryptographicHash::Sha1;
    case Algorithm::Sha256:
        return QCryptographicHash::Sha256;
    case Algorithm::Sha512:
        return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha1;
}

bool validDigits(int digits)
{
    return digits >= kMinDigits && digits <= kMaxDigits;
}

// The value of one base32 character, or -1 outside the alphabet.
int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return 26 + (c - u'2');
    }
    return -1;
}

// Equal strings of equal length, in a time that depends on the length only.
bool constantTimeEqual(QStringView a, QStringView b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    }
    return difference == 0;
}

} // namespace

qint64 counterAt(qint64 unixSeconds, const Parameters &p)
{
    Q_ASSERT(p.periodSeconds > 0);
    const qint64 period = p.periodSeconds > 0 ? p.periodSeconds : 1;
    qint64 counter = unixSeconds / period;
    if (unixSeconds % period != 0 && unixSeconds < 0) {
        --counter; // floor, not truncation toward zero
    }
    return counter;
}

QString code(const QByteArray &secret, qint64 counter, const Parameters &p)
{
    if (!validDigits(p.digits) || counter < 0) {
        return {};
    }
    std::array<char, sizeof(quint64)> message{};
    qToBigEndian(static_cast<quint64>(counter), message.data());
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(message.data(), qsizetype(message.size())), secret, hashOf(p.algorithm));
    const auto byteAt = [&mac](qsizetype i) { return static_cast<quint32>(quint8(mac.at(i))); };
    const qsizetype offset = byteAt(mac.size() - 1) & 0x0f;
    const quint32 binary = (byteAt(offset) & 0x7f) << 24 | byteAt(offset + 1) << 16 |
                           byteAt(offset + 2) << 8 | byteAt(offset + 3);
    const quint32 value = binary % kPowersOfTen.at(std::size_t(p.digits));
    return QString::number(value).rightJustified(p.digits, u'0');
}

std::optional<qint64> match(const QByteArray &secret, QStringView code, qint64 unixSeconds,
                            const Parameters &p, int window)
{
    if (!validDigits(p.digits) || code.size() != p.digits) {
        return std::nullopt;
    }
    for (const QChar c : code) {
        if (c.unicode() < u'0' || c.unicode() > u'9') {
            return std::nullopt;
        }
    }
    const qint64 current = counterAt(unixSeconds, p);
    const int steps = qMax(window, 0);
    // Every step of the window is computed and compared, matching or not, so that the time
    // taken tells nothing about the code; the step nearest the current one wins.
    std::optional<qint64> found;
    for (int i = 0; i <= 2 * steps; ++i) {
        const qint64 offset = i % 2 == 0 ? i / 2 : -(i + 1) / 2; // 0, -1, +1, -2, +2, ...
        qint64 counter = 0;
        if (qAddOverflow(current, offset, &counter) || counter < 0) {
            continue;
        }
        const bool equal = constantTimeEqual(Totp::code(secret, counter, p), code);
        if (equal && !found) {
            found = counter;
        }
    }
    return found;
}

QByteArray newSecret(Algorithm a)
{
    const qsizetype size = QCryptographicHash::hashLength(hashOf(a));
    std::vector<quint32> words(std::size_t(size + 3) / 4);
    QRandomGenerator::system()->generate(words.begin(), words.end());
    QByteArray secret(size, Qt::Uninitialized);
    std::memcpy(secret.data(), words.data(), std::size_t(size));
    std::fill(words.begin(), words.end(), 0U);
    return secret;
}

QString base32Encode(const QByteArray &data)
{
    QString text;
    text.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QChar(kBase32Alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0) {
        text.append(QChar(kBase32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    return text;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    QByteArray data;
    data.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    qsizetype characters = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'=') {
            continue;
        }
        const int value = base32Value(c.unicode());
        if (value < 0) {
            return std::nullopt;
        }
        ++characters;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            data.append(char((buffer >> bits) & 0xff));
        }
    }
    // 8 characters carry 5 bytes; 2, 4, 5 or 7 trailing ones carry 1 to 4 more.
    switch (characters % 8) {
    case 1:
    case 3:
    case 6:
        return std::nullopt;
    default:
        return data;
    }
}

QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret,
                   const Parameters &p)
{
    const QString encodedAccount = QString::fromLatin1(QUrl::toPercentEncoding(account));
    const QString encodedIssuer = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString label = issuer.isEmpty() ? encodedAccount : encodedIssuer % u':' % encodedAccount;
    QString uri = u"otpauth://totp/" % label % u"?secret=" % base32Encode(secret);
    if (!issuer.isEmpty()) {
        uri += u"&issuer=" % encodedIssuer;
    }
    uri += u"&algorithm=" % algorithmName(p.algorithm) % u"&digits=" % QString::number(p.digits) %
           u"&period=" % QString::number(p.periodSeconds);
    return uri;
}

QString algorithmName(Algorithm a)
{
    switch (a) {
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<Algorithm> algorithmFromName(QStringView name)
{
    for (const Algorithm a : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        if (name.compare(algorithmName(a), Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace Conductor::Totp
