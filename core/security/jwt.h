// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// API tokens: JSON Web Tokens signed with HMAC-SHA256 and nothing else. A token names who
// holds it (sub), the role it grants (role), that it is for this application (aud is
// "conductor"), when it was issued (iat) and when it expires (exp), and an id (jti) that
// lets an administrator revoke it. Checking is strict: a size cap first, then exactly the
// header {"alg":"HS256","typ":"JWT"}, canonical base64url only, a constant-time signature
// comparison and then the claims. The reasons a token is refused are short English
// sentences for logs; whoever answers the client gives one generic refusal.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Conductor {

struct TokenClaims
{
    QString subject;
    QString role;
    QString audience;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString id; // jti
};

struct TokenCheck
{
    std::optional<TokenClaims> claims; // set when the token is good
    QString error;                     // else why not, for logs
};

namespace Jwt {
inline constexpr qsizetype kMaxTokenSize = 4096;
inline constexpr qsizetype kMinKeySize = 32;
inline constexpr qint64 kClockSkewSeconds = 60;
inline constexpr qint64 kMaxLifetimeSeconds = 366LL * 24 * 60 * 60;
inline constexpr auto kAudience = "conductor";
} // namespace Jwt

// The signed token, or an empty array when the key is shorter than 32 bytes or the claims
// could never be verified (an empty subject, id or role that is not a known one).
[[nodiscard]] QByteArray signToken(const TokenClaims &claims, const QByteArray &key);
[[nodiscard]] TokenCheck verifyToken(QByteArrayView token, const QByteArray &key,
                                     const QDateTime &now);

// A fresh token id: 16 random bytes as 32 lowercase hex digits.
[[nodiscard]] QString newTokenId();

} // namespace Conductor
