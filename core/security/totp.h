// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226) as authenticator apps
// generate them, with the base32 secrets and otpauth:// URIs those apps exchange.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace Conductor::Totp {

enum class Algorithm
{
    Sha1,
    Sha256,
    Sha512
};

struct Parameters
{
    Algorithm algorithm = Algorithm::Sha1;
    int digits = 6;         // 6 to 8
    int periodSeconds = 30; // greater than 0
};

// The time step of a moment: floor(unixSeconds / period), also for moments before 1970.
[[nodiscard]] qint64 counterAt(qint64 unixSeconds, const Parameters &p);
// The code of one counter, zero-padded to p.digits (RFC 4226 dynamic truncation). Empty when
// p.digits is outside 6..8 or the counter is negative.
[[nodiscard]] QString code(const QByteArray &secret, qint64 counter, const Parameters &p);
// The counter of the step whose code equals `code` within ±window steps of unixSeconds, or
// nullopt. Compares in constant time; refuses codes of the wrong length or with non-digits.
[[nodiscard]] std::optional<qint64> match(const QByteArray &secret, QStringView code,
                                          qint64 unixSeconds, const Parameters &p, int window = 1);

// A fresh secret as long as the algorithm's hash: 20, 32 or 64 bytes from the system's
// cryptographically secure generator.
[[nodiscard]] QByteArray newSecret(Algorithm a);

// RFC 4648 base32 without '=' padding, as authenticator apps expect.
[[nodiscard]] QString base32Encode(const QByteArray &data);
// Case-insensitive; ignores white space and '=' padding. Nullopt on characters outside the
// alphabet and on lengths no encoding produces (1, 3 or 6 characters past a multiple of 8).
[[nodiscard]] std::optional<QByteArray> base32Decode(QStringView text);

// otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30 with
// the label and the issuer percent-encoded; without an issuer the label is the account alone.
[[nodiscard]] QString otpauthUri(const QString &issuer, const QString &account,
                                 const QByteArray &secret, const Parameters &p);

// "SHA1", "SHA256" or "SHA512", as otpauth URIs write them.
[[nodiscard]] QString algorithmName(Algorithm a);
// The algorithm of such a name, case-insensitive.
[[nodiscard]] std::optional<Algorithm> algorithmFromName(QStringView name);

} // namespace Conductor::Totp
