// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// API tokens: a signed token verifies with its key and no other, a token made by hand with
// an independent HMAC verifies too, and a corpus of hostile or malformed tokens (other
// algorithms, other headers, non-canonical base64url, bad signatures, bad claims, bad
// shapes and sizes) is refused every time.

#include "security/apikeys.h"
#include "security/jwt.h"

#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace Conductor;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef-key");
const QByteArray kOtherKey = QByteArrayLiteral("fedcba9876543210fedcba9876543210-key");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(kB64);
}

QByteArray mac(const QByteArray &input, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
}

QJsonObject goodPayload()
{
    return QJsonObject{{u"sub"_s, u"alice"_s},
                       {u"role"_s, u"operator"_s},
                       {u"aud"_s, u"conductor"_s},
                       {u"iat"_s, kNow.toSecsSinceEpoch() - 10},
                       {u"exp"_s, kNow.toSecsSinceEpoch() + 3600},
                       {u"jti"_s, u"abc123"_s}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A token from raw header and payload bytes, signed with key by Qt's HMAC.
QByteArray handMade(const QByteArray &header, const QByteArray &payload,
                    const QByteArray &key = kKey)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    return input + '.' + b64(mac(input, key));
}

const QByteArray kHeader = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

TokenClaims goodClaims()
{
    return TokenClaims{QStringLiteral("alice"),     QStringLiteral("approver"),
                       QStringLiteral("conductor"), kNow.addSecs(-5),
                       kNow.addSecs(8 * 3600),      QStringLiteral("0f0e0d0c")};
}

QByteArray withoutClaim(const char *name)
{
    QJsonObject payload = goodPayload();
    payload.remove(QLatin1StringView(name));
    return handMade(kHeader, compact(payload));
}

QByteArray withClaim(const char *name, const QJsonValue &value)
{
    QJsonObject payload = goodPayload();
    payload.insert(QLatin1StringView(name), value);
    return handMade(kHeader, compact(payload));
}

// Why each token of the hostile corpus is refused: each is refused for the flaw it was
// made with, not by accident of an earlier one.
const QHash<QString, QString> &expectedReasons()
{
    static const QHash<QString, QString> reasons{
        {u"alg none, no signature"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"alg none, signed"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"alg none, old signature"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"HS384"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"HS512"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"RS256"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"lowercase alg"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"kid"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"jku"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"crit"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"other typ"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"header with spaces"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"reordered header"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"duplicate alg"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"header array"_s, u"The header is not {\"alg\":\"HS256\",\"typ\":\"JWT\"}."_s},
        {u"padding"_s, u"The header is not canonical base64url."_s},
        {u"padding on signature"_s, u"The signature is not canonical base64url."_s},
        {u"plus and slash"_s, u"The signature is not canonical base64url."_s},
        {u"standard base64 signature"_s, u"The signature is not canonical base64url."_s},
        {u"leading space"_s, u"The header is not canonical base64url."_s},
        {u"trailing newline"_s, u"The signature is not canonical base64url."_s},
        {u"space inside"_s, u"The payload is not canonical base64url."_s},
        {u"flipped signature bit"_s, u"The signature does not match."_s},
        {u"non-canonical trailing bits"_s, u"The signature is not canonical base64url."_s},
        {u"other key"_s, u"The signature does not match."_s},
        {u"wrong aud"_s, u"The aud claim is not \"conductor\"."_s},
        {u"aud array"_s, u"The aud claim is not \"conductor\"."_s},
        {u"no sub"_s, u"The sub claim is missing or empty."_s},
        {u"empty sub"_s, u"The sub claim is missing or empty."_s},
        {u"no role"_s, u"The role claim is missing or not a known role."_s},
        {u"no aud"_s, u"The aud claim is not \"conductor\"."_s},
        {u"no iat"_s, u"The iat claim is missing or not a whole number."_s},
        {u"no exp"_s, u"The exp claim is missing or not a whole number."_s},
        {u"no jti"_s, u"The jti claim is missing or empty."_s},
        {u"empty jti"_s, u"The jti claim is missing or empty."_s},
        {u"unknown role"_s, u"The role claim is missing or not a known role."_s},
        {u"role as number"_s, u"The role claim is missing or not a known role."_s},
        {u"exp as string"_s, u"The exp claim is missing or not a whole number."_s},
        {u"exp fractional"_s, u"The exp claim is missing or not a whole number."_s},
        {u"expired"_s, u"The token has expired."_s},
        {u"expires now"_s, u"The token has expired."_s},
        {u"iat in the future"_s, u"The token was issued in the future."_s},
        {u"lifetime too long"_s, u"The token's lifetime is not between 1 s and 366 days."_s},
        {u"four parts"_s, u"The token does not have exactly three parts."_s},
        {u"two parts"_s, u"The token does not have exactly three parts."_s},
        {u"one part"_s, u"The token does not have exactly three parts."_s},
        {u"empty"_s, u"The token does not have exactly three parts."_s},
        {u"dots only"_s, u"The header is not canonical base64url."_s},
        {u"empty header"_s, u"The header is not canonical base64url."_s},
        {u"empty payload"_s, u"The payload is not canonical base64url."_s},
        {u"empty signature"_s, u"The signature is not canonical base64url."_s},
        {u"oversized"_s, u"The token is larger than 4096 bytes."_s},
        {u"non-JSON payload"_s, u"The payload is not a JSON object."_s},
        {u"JSON array payload"_s, u"The payload is not a JSON object."_s},
        {u"JSON string payload"_s, u"The payload is not a JSON object."_s},
        {u"truncated signature"_s, u"The signature is not canonical base64url."_s},
        {u"signature of 16 bytes"_s, u"The signature has the wrong length."_s},
    };
    return reasons;
}

struct KeyAnswer
{
    std::optional<QByteArray> key;
    QString message;
};

KeyAnswer loadKey(SecretStore &store, bool create)
{
    KeyAnswer answer;
    QEventLoop loop;
    QObject context;
    bool answered = false;
    ApiSigningKey::load(store, create, &context,
                        [&](const std::optional<QByteArray> &key, const QString &message) {
                            answer = KeyAnswer{key, message};
                            answered = true;
                            loop.quit();
                        });
    if (!answered) {
        loop.exec();
    }
    return answer;
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray token = signToken(goodClaims(), kKey);
        QVERIFY(!token.isEmpty());
        QCOMPARE(token.count('.'), 2);
        QVERIFY(token.startsWith(QByteArray(b64(kHeader) + '.')));
        const TokenCheck check = verifyToken(token, kKey, kNow);
        QVERIFY2(check.claims, qPrintable(check.error));
        QCOMPARE(check.claims->subject, QStringLiteral("alice"));
        QCOMPARE(check.claims->role, QStringLiteral("approver"));
        QCOMPARE(check.claims->audience, QStringLiteral("conductor"));
        QCOMPARE(check.claims->id, QStringLiteral("0f0e0d0c"));
        QCOMPARE(check.claims->issuedAt, kNow.addSecs(-5));
        QCOMPARE(check.claims->expiresAt, kNow.addSecs(8 * 3600));
        QVERIFY(check.error.isEmpty());

        // The signature is HMAC-SHA256 over the first two parts, as any JWT library has it.
        const qsizetype lastDot = token.lastIndexOf('.');
        QCOMPARE(token.mid(lastDot + 1), b64(mac(token.left(lastDot), kKey)));
    }

    void handMadeTokenVerifies()
    {
        const TokenCheck check = verifyToken(handMade(kHeader, compact(goodPayload())), kKey, kNow);
        QVERIFY2(check.claims, qPrintable(check.error));
        QCOMPARE(check.claims->role, QStringLiteral("operator"));
        // typ may be left out; unknown claims are ignored.
        QJsonObject payload = goodPayload();
        payload.insert(u"nbf"_s, 5);
        payload.insert(u"scope"_s, u"anything"_s);
        QVERIFY(verifyToken(handMade("{\"alg\":\"HS256\"}", compact(payload)), kKey, kNow).claims);
    }

    void keyTooShort()
    {
        const QByteArray shortKey(31, 'k');
        QVERIFY(signToken(goodClaims(), shortKey).isEmpty());
        const QByteArray token = handMade(kHeader, compact(goodPayload()), shortKey);
        QVERIFY(!verifyToken(token, shortKey, kNow).claims);
    }

    void refusesBadClaimsToSign()
    {
        TokenClaims claims = goodClaims();
        claims.role = QStringLiteral("root");
        QVERIFY(signToken(claims, kKey).isEmpty());
        claims = goodClaims();
        claims.subject.clear();
        QVERIFY(signToken(claims, kKey).isEmpty());
        claims = goodClaims();
        claims.id.clear();
        QVERIFY(signToken(claims, kKey).isEmpty());
    }

    void newTokenIdsDiffer()
    {
        const QString a = newTokenId();
        const QString b = newTokenId();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray good = handMade(kHeader, compact(goodPayload()));
        const QList<QByteArray> parts = good.split('.');
        const QByteArray payload = compact(goodPayload());

        QTest::newRow("alg none, no signature")
            << b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + b64(payload) + '.';
        QTest::newRow("alg none, signed")
            << handMade("{\"alg\":\"none\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("alg none, old signature")
            << b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + '.' + parts[1] + '.' + parts[2];
        QTest::newRow("HS384") << handMade("{\"alg\":\"HS384\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("HS512") << handMade("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("RS256") << handMade("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("lowercase alg") << handMade("{\"alg\":\"hs256\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("kid") << handMade("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"1\"}",
                                         payload);
        QTest::newRow("jku") << handMade(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"jku\":\"http://x/k\"}", payload);
        QTest::newRow("crit") << handMade("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"crit\":[\"exp\"]}",
                                          payload);
        QTest::newRow("other typ") << handMade("{\"alg\":\"HS256\",\"typ\":\"JWS\"}", payload);
        QTest::newRow("header with spaces")
            << handMade("{\"alg\": \"HS256\", \"typ\": \"JWT\"}", payload);
        QTest::newRow("reordered header")
            << handMade("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", payload);
        QTest::newRow("duplicate alg")
            << handMade("{\"alg\":\"none\",\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload);
        QTest::newRow("header array") << handMade("[\"HS256\"]", payload);
        QTest::newRow("padding") << parts[0] + "=." + parts[1] + '.' + parts[2] + "=";
        QTest::newRow("padding on signature") << good + "=";
        QTest::newRow("plus and slash")
            << QByteArray(good).replace('-', '+').replace('_', '/') + "+/";
        QTest::newRow("standard base64 signature")
            << parts[0] + '.' + parts[1] + '.' + mac(parts[0] + '.' + parts[1], kKey).toBase64();
        QTest::newRow("leading space") << " " + good;
        QTest::newRow("trailing newline") << good + "\n";
        QTest::newRow("space inside") << parts[0] + ". " + parts[1] + '.' + parts[2];
        {
            QByteArray flipped = QByteArray::fromBase64(parts[2], kB64);
            flipped[5] = char(flipped[5] ^ 0x01);
            QTest::newRow("flipped signature bit")
                << parts[0] + '.' + parts[1] + '.' + b64(flipped);
        }
        {
            // A non-canonical last character: same bytes, different trailing bits.
            QByteArray sig = parts[2];
            const char last = sig.back();
            const QByteArray alphabet =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            sig.back() = alphabet.at((alphabet.indexOf(last) + 1) % 64);
            QTest::newRow("non-canonical trailing bits") << parts[0] + '.' + parts[1] + '.' + sig;
        }
        QTest::newRow("other key") << handMade(kHeader, payload, kOtherKey);
        QTest::newRow("wrong aud") << withClaim("aud", u"someone-else"_s);
        QTest::newRow("aud array") << withClaim("aud", QJsonArray{u"conductor"_s});
        QTest::newRow("no sub") << withoutClaim("sub");
        QTest::newRow("empty sub") << withClaim("sub", u""_s);
        QTest::newRow("no role") << withoutClaim("role");
        QTest::newRow("no aud") << withoutClaim("aud");
        QTest::newRow("no iat") << withoutClaim("iat");
        QTest::newRow("no exp") << withoutClaim("exp");
        QTest::newRow("no jti") << withoutClaim("jti");
        QTest::newRow("empty jti") << withClaim("jti", u""_s);
        QTest::newRow("unknown role") << withClaim("role", u"root"_s);
        QTest::newRow("role as number") << withClaim("role", 3);
        QTest::newRow("exp as string")
            << withClaim("exp", QString::number(kNow.toSecsSinceEpoch() + 60));
        QTest::newRow("exp fractional") << withClaim("exp", kNow.toSecsSinceEpoch() + 60.5);
        QTest::newRow("expired") << withClaim("exp", kNow.toSecsSinceEpoch() - 1);
        QTest::newRow("expires now") << withClaim("exp", kNow.toSecsSinceEpoch());
        QTest::newRow("iat in the future") << withClaim("iat", kNow.toSecsSinceEpoch() + 120);
        {
            QJsonObject p = goodPayload();
            p.insert(u"iat"_s, kNow.toSecsSinceEpoch() - 10);
            p.insert(u"exp"_s, kNow.toSecsSinceEpoch() - 10 + 367LL * 24 * 3600);
            QTest::newRow("lifetime too long") << handMade(kHeader, compact(p));
        }
        QTest::newRow("four parts") << good + '.' + parts[2];
        QTest::newRow("two parts") << parts[0] + '.' + parts[1];
        QTest::newRow("one part") << parts[0];
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dots only") << QByteArray("..");
        QTest::newRow("empty header") << '.' + parts[1] + '.' + parts[2];
        QTest::newRow("empty payload") << parts[0] + ".." + b64(mac(parts[0] + '.', kKey));
        QTest::newRow("empty signature") << parts[0] + '.' + parts[1] + '.';
        {
            QJsonObject p = goodPayload();
            p.insert(u"pad"_s, QString(5000, QLatin1Char('x')));
            QTest::newRow("oversized") << handMade(kHeader, compact(p));
        }
        QTest::newRow("non-JSON payload") << handMade(kHeader, "sub=alice;role=admin");
        QTest::newRow("JSON array payload") << handMade(kHeader, "[" + payload + "]");
        QTest::newRow("JSON string payload") << handMade(kHeader, "\"conductor\"");
        QTest::newRow("truncated signature") << good.chopped(2);
        QTest::newRow("signature of 16 bytes")
            << parts[0] + '.' + parts[1] + '.' + b64(mac(parts[0] + '.' + parts[1], kKey).left(16));
    }

    void hostile()
    {
        QFETCH(QByteArray, token);
        const TokenCheck check = verifyToken(token, kKey, kNow);
        QVERIFY2(!check.claims, token.constData());
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        QVERIFY2(expectedReasons().contains(tag), QTest::currentDataTag());
        QCOMPARE(check.error, expectedReasons().value(tag));
    }

    // The corpus above is refused for the reason it was built for, not by accident: the
    // same token, made correctly, is accepted.
    void controlIsAccepted()
    {
        QVERIFY(verifyToken(withClaim("role", u"admin"_s), kKey, kNow).claims);
        QVERIFY(verifyToken(withClaim("iat", kNow.toSecsSinceEpoch() + 59), kKey, kNow).claims);
        QJsonObject p = goodPayload();
        p.insert(u"exp"_s, p.value(u"iat"_s).toInteger() + 366LL * 24 * 3600);
        QVERIFY(verifyToken(handMade(kHeader, compact(p)), kKey, kNow).claims);
        QVERIFY(!verifyToken(handMade(kHeader, compact(goodPayload())), kKey, kNow.addSecs(3600))
                     .claims);
    }
    void signingKeyIsMadeOnceInAWritableStore()
    {
        MemorySecrets store;
        QVERIFY(!loadKey(store, false).key);
        const KeyAnswer made = loadKey(store, true);
        QVERIFY2(made.key, qPrintable(made.message));
        QCOMPARE(made.key->size(), 32);
        QVERIFY(*made.key != QByteArray(32, '\0'));
        const KeyAnswer again = loadKey(store, true);
        QVERIFY(again.key);
        QCOMPARE(*again.key, *made.key);
        // Kept as hex under its name.
        QEventLoop loop;
        QObject context;
        QByteArray stored;
        store.fetch(ApiSigningKey::secretName(), &context, [&](const SecretLookup &lookup) {
            stored = lookup.value;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(stored, made.key->toHex());
        QVERIFY(SecretStore::isValidName(ApiSigningKey::secretName()));

        store.setUnavailable(true, u"locked"_s);
        const KeyAnswer locked = loadKey(store, true);
        QVERIFY(!locked.key);
        QCOMPARE(locked.message, u"locked"_s);
    }

    void signingKeyInAReadOnlyFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        FolderSecrets folder(dir.path());
        const KeyAnswer missing = loadKey(folder, true);
        QVERIFY(!missing.key);
        QVERIFY2(missing.message.contains(u"openssl rand -hex 32"_s), qPrintable(missing.message));
        QVERIFY(!QFile::exists(dir.filePath(ApiSigningKey::secretName())));

        QFile file(dir.filePath(ApiSigningKey::secretName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(31, 'k').toHex() + "\n"); // too short
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!loadKey(folder, true).key);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kKey.left(32).toHex() + "\n");
        file.close();
        const KeyAnswer found = loadKey(folder, false);
        QVERIFY2(found.key, qPrintable(found.message));
        QCOMPARE(*found.key, kKey.left(32));
    }

    void signingKeyDecoding()
    {
        QVERIFY(!ApiSigningKey::decode(QByteArray(62, 'a')));
        QVERIFY(!ApiSigningKey::decode(QByteArray(63, 'a') + 'g'));
        QVERIFY(!ApiSigningKey::decode(QByteArray(65, 'a')));
        QCOMPARE(ApiSigningKey::decode(QByteArray(64, 'A') + "\r\n")->size(), 32);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
