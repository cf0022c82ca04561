// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jwt.h"

#include "roles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>

#include <sodium.h>

#include <array>
#include <cmath>

namespace Conductor {

namespace {

// The reasons below are for logs, which stay in English; a client only ever hears one
// generic refusal, so none of them is shown to a user.

constexpr QByteArrayView kCanonicalHeader = R"({"alg":"HS256","typ":"JWT"})";
constexpr QByteArrayView kHeaderWithoutType = R"({"alg":"HS256"})";
constexpr auto kBase64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
// The largest integer a JSON number (a double) holds exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray encode(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(kBase64Options);
}

// The bytes part encodes, when it is canonical unpadded base64url and nothing else.
std::optional<QByteArray> decodeCanonical(QByteArrayView part)
{
    if (part.isEmpty()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(), kBase64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    if (encode(*decoded) != part) {
        return std::nullopt;
    }
    return std::move(*decoded);
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> hmac(QByteArrayView signingInput,
                                                             const QByteArray &key)
{
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(signingInput.data()),
                                  static_cast<unsigned long long>(signingInput.size()));
    crypto_auth_hmacsha256_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return mac;
}

std::optional<qint64> integerClaim(const QJsonObject &payload, QLatin1StringView name)
{
    const QJsonValue value = payload.value(name);
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < 0 ||
        number > kMaxExactInteger) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

TokenCheck refuse(const QString &why)
{
    return TokenCheck{std::nullopt, why};
}

} // namespace

QByteArray signToken(const TokenClaims &claims, const QByteArray &key)
{
    if (key.size() < Jwt::kMinKeySize || !sodiumReady()) {
        return {};
    }
    if (claims.subject.isEmpty() || claims.id.isEmpty() || !roleFromName(claims.role) ||
        !claims.issuedAt.isValid() || !claims.expiresAt.isValid()) {
        return {};
    }
    QJsonObject payload;
    payload.insert(QStringLiteral("sub"), claims.subject);
    payload.insert(QStringLiteral("role"), claims.role);
    payload.insert(QStringLiteral("aud"), claims.audience.isEmpty()
                                              ? QString::fromLatin1(Jwt::kAudience)
                                              : claims.audience);
    payload.insert(QStringLiteral("iat"), claims.issuedAt.toSecsSinceEpoch());
    payload.insert(QStringLiteral("exp"), claims.expiresAt.toSecsSinceEpoch());
    payload.insert(QStringLiteral("jti"), claims.id);

    QByteArray token = encode(kCanonicalHeader);
    token += '.';
    token += encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const auto mac = hmac(token, key);
    token += '.';
    token += encode(QByteArrayView(mac.data(), qsizetype(mac.size())));
    return token;
}

TokenCheck verifyToken(QByteArrayView token, const QByteArray &key, const QDateTime &now)
{
    if (token.size() > Jwt::kMaxTokenSize) {
        return refuse(QStringLiteral("The token is larger than %1 bytes.").arg(Jwt::kMaxTokenSize));
    }
    if (key.size() < Jwt::kMinKeySize) {
        return refuse(
            QStringLiteral("The signing key is shorter than %1 bytes.").arg(Jwt::kMinKeySize));
    }
    if (!sodiumReady()) {
        return refuse(QStringLiteral("libsodium could not be initialised."));
    }
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0) {
        return refuse(QStringLiteral("The token does not have exactly three parts."));
    }
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const auto header = decodeCanonical(headerPart);
    if (!header) {
        return refuse(QStringLiteral("The header is not canonical base64url."));
    }
    if (*header != kCanonicalHeader && *header != kHeaderWithoutType) {
        return refuse(QStringLiteral("The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."));
    }
    const auto payloadBytes = decodeCanonical(payloadPart);
    if (!payloadBytes) {
        return refuse(QStringLiteral("The payload is not canonical base64url."));
    }
    const auto signature = decodeCanonical(signaturePart);
    if (!signature) {
        return refuse(QStringLiteral("The signature is not canonical base64url."));
    }
    if (signature->size() != crypto_auth_hmacsha256_BYTES) {
        return refuse(QStringLiteral("The signature has the wrong length."));
    }
    const auto expected = hmac(token.first(secondDot), key);
    if (sodium_memcmp(expected.data(), signature->constData(), expected.size()) != 0) {
        return refuse(QStringLiteral("The signature does not match."));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payloadBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return refuse(QStringLiteral("The payload is not a JSON object."));
    }
    const QJsonObject payload = document.object();

    TokenClaims claims;
    const QJsonValue subject = payload.value(QLatin1StringView("sub"));
    if (!subject.isString() || subject.toString().isEmpty()) {
        return refuse(QStringLiteral("The sub claim is missing or empty."));
    }
    claims.subject = subject.toString();
    const QJsonValue role = payload.value(QLatin1StringView("role"));
    if (!role.isString() || !roleFromName(role.toString())) {
        return refuse(QStringLiteral("The role claim is missing or not a known role."));
    }
    claims.role = role.toString();
    const QJsonValue audience = payload.value(QLatin1StringView("aud"));
    if (!audience.isString() || audience.toString() != QLatin1StringView(Jwt::kAudience)) {
        return refuse(QStringLiteral("The aud claim is not \"conductor\"."));
    }
    claims.audience = audience.toString();
    const QJsonValue id = payload.value(QLatin1StringView("jti"));
    if (!id.isString() || id.toString().isEmpty()) {
        return refuse(QStringLiteral("The jti claim is missing or empty."));
    }
    claims.id = id.toString();
    const auto issuedAt = integerClaim(payload, QLatin1StringView("iat"));
    if (!issuedAt) {
        return refuse(QStringLiteral("The iat claim is missing or not a whole number."));
    }
    const auto expiresAt = integerClaim(payload, QLatin1StringView("exp"));
    if (!expiresAt) {
        return refuse(QStringLiteral("The exp claim is missing or not a whole number."));
    }
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (*expiresAt <= nowSeconds) {
        return refuse(QStringLiteral("The token has expired."));
    }
    if (*issuedAt > nowSeconds + Jwt::kClockSkewSeconds) {
        return refuse(QStringLiteral("The token was issued in the future."));
    }
    if (*expiresAt <= *issuedAt || *expiresAt - *issuedAt > Jwt::kMaxLifetimeSeconds) {
        return refuse(QStringLiteral("The token's lifetime is not between 1 s and 366 days."));
    }
    claims.issuedAt = QDateTime::fromSecsSinceEpoch(*issuedAt, Qt::UTC);
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(*expiresAt, Qt::UTC);
    return TokenCheck{std::move(claims), {}};
}

QString newTokenId()
{
    if (!sodiumReady()) {
        return {};
    }
    std::array<unsigned char, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())).toHex());
}

} // namespace Conductor
