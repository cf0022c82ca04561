// SPDX-FileCopyrightText: 2026 I2S Studio
// SPDX-License-Identifier: GPL-3.0-or-later

// One-time passwords: the RFC 6238 and RFC 4226 test vectors, the verification window,
// base32 (RFC 4648 vectors) and the otpauth URI.

#include "security/totp.h"

#include <QtTest/QTest>

using namespace Conductor;

Q_DECLARE_METATYPE(Conductor::Totp::Algorithm)

namespace {

// The RFC 6238 seeds: the ASCII digits repeated to the length of each hash.
QByteArray rfcSeed(Totp::Algorithm algorithm)
{
    const QByteArray digits = QByteArrayLiteral("1234567890");
    switch (algorithm) {
    case Totp::Algorithm::Sha1:
        return digits.repeated(2);
    case Totp::Algorithm::Sha256:
        return digits.repeated(3) + QByteArrayLiteral("12");
    case Totp::Algorithm::Sha512:
        return digits.repeated(6) + QByteArrayLiteral("1234");
    }
    return {};
}

const QByteArray kSecret = QByteArrayLiteral("12345678901234567890");

} // namespace

class TestTotp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcSeeds();
    void rfc6238_data();
    void rfc6238();
    void rfc4226_data();
    void rfc4226();
    void counterAt_data();
    void counterAt();
    void badDigits();
    void matchWindow_data();
    void matchWindow();
    void matchRefuses_data();
    void matchRefuses();
    void base32RoundTrip_data();
    void base32RoundTrip();
    void base32Lenient_data();
    void base32Lenient();
    void base32Invalid_data();
    void base32Invalid();
    void newSecret_data();
    void newSecret();
    void otpauthUri();
    void otpauthUriWithoutIssuer();
    void algorithmNames_data();
    void algorithmNames();
    void algorithmFromUnknownName();
};

void TestTotp::rfcSeeds()
{
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha1), QByteArrayLiteral("12345678901234567890"));
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha256),
             QByteArrayLiteral("12345678901234567890123456789012"));
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha512),
             QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234"));
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha1).size(), 20);
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha256).size(), 32);
    QCOMPARE(rfcSeed(Totp::Algorithm::Sha512).size(), 64);
}

void TestTotp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<Totp::Algorithm>("algorithm");
    QTest::addColumn<QString>("expected");
    struct Vector
    {
        qint64 time;
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    // RFC 6238, Appendix B.
    const Vector vectors[] = {
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    };
    for (const Vector &v : vectors) {
        QTest::addRow("%lld SHA1", v.time)
            << v.time << Totp::Algorithm::Sha1 << QString::fromLatin1(v.sha1);
        QTest::addRow("%lld SHA256", v.time)
            << v.time << Totp::Algorithm::Sha256 << QString::fromLatin1(v.sha256);
        QTest::addRow("%lld SHA512", v.time)
            << v.time << Totp::Algorithm::Sha512 << QString::fromLatin1(v.sha512);
    }
}

void TestTotp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(Totp::Algorithm, algorithm);
    QFETCH(QString, expected);
    const Totp::Parameters p{algorithm, 8, 30};
    const QByteArray seed = rfcSeed(algorithm);
    const qint64 counter = Totp::counterAt(time, p);
    QCOMPARE(counter, time / 30);
    QCOMPARE(Totp::code(seed, counter, p), expected);
    QCOMPARE(Totp::match(seed, expected, time, p, 0), std::optional<qint64>(counter));
}

void TestTotp::rfc4226_data()
{
    QTest::addColumn<qint64>("counter");
    QTest::addColumn<QString>("expected");
    // RFC 4226, Appendix D.
    const char *const expected[] = {"755224", "287082", "359152", "969429", "338314",
                                    "254676", "287922", "162583", "399871", "520489"};
    for (qint64 counter = 0; counter < 10; ++counter) {
        QTest::addRow("counter %lld", counter) << counter << QString::fromLatin1(expected[counter]);
    }
}

void TestTotp::rfc4226()
{
    QFETCH(qint64, counter);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code(kSecret, counter, Totp::Parameters{}), expected);
}

void TestTotp::counterAt_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("period");
    QTest::addColumn<qint64>("counter");
    QTest::newRow("epoch") << qint64(0) << 30 << qint64(0);
    QTest::newRow("last second of step 0") << qint64(29) << 30 << qint64(0);
    QTest::newRow("first second of step 1") << qint64(30) << 30 << qint64(1);
    QTest::newRow("period 60") << qint64(119) << 60 << qint64(1);
    QTest::newRow("before the epoch") << qint64(-1) << 30 << qint64(-1);
    QTest::newRow("one step before the epoch") << qint64(-30) << 30 << qint64(-1);
    QTest::newRow("just past one step before") << qint64(-31) << 30 << qint64(-2);
}

void TestTotp::counterAt()
{
    QFETCH(qint64, time);
    QFETCH(int, period);
    QFETCH(qint64, counter);
    QCOMPARE(Totp::counterAt(time, Totp::Parameters{Totp::Algorithm::Sha1, 6, period}), counter);
}

void TestTotp::badDigits()
{
    QVERIFY(Totp::code(kSecret, 1, Totp::Parameters{Totp::Algorithm::Sha1, 5, 30}).isEmpty());
    QVERIFY(Totp::code(kSecret, 1, Totp::Parameters{Totp::Algorithm::Sha1, 9, 30}).isEmpty());
    QVERIFY(Totp::code(kSecret, -1, Totp::Parameters{}).isEmpty());
    QCOMPARE(Totp::code(kSecret, 1, Totp::Parameters{Totp::Algorithm::Sha1, 7, 30}).size(), 7);
}

void TestTotp::matchWindow_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("two steps back") << -2 << false;
    QTest::newRow("previous step") << -1 << true;
    QTest::newRow("current step") << 0 << true;
    QTest::newRow("next step") << 1 << true;
    QTest::newRow("two steps ahead") << 2 << false;
}

void TestTotp::matchWindow()
{
    QFETCH(int, offset);
    QFETCH(bool, accepted);
    const Totp::Parameters p;
    const QByteArray secret = Totp::newSecret(p.algorithm);
    const qint64 now = 1'700'000'015;
    const qint64 counter = Totp::counterAt(now, p) + offset;
    const QString code = Totp::code(secret, counter, p);
    const std::optional<qint64> matched = Totp::match(secret, code, now, p);
    if (accepted) {
        QCOMPARE(matched, std::optional<qint64>(counter));
    } else {
        QCOMPARE(matched, std::nullopt);
        QCOMPARE(Totp::match(secret, code, now, p, 2), std::optional<qint64>(counter));
    }
}

void TestTotp::matchRefuses_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("94287");
    QTest::newRow("too long") << QStringLiteral("2870820");
    QTest::newRow("letters") << QStringLiteral("28708a");
    QTest::newRow("space") << QStringLiteral("287 82");
    QTest::newRow("sign") << QStringLiteral("-87082");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0662\u0668\u0667\u0660\u0668\u0662");
    QTest::newRow("wrong code") << QStringLiteral("000000");
}

void TestTotp::matchRefuses()
{
    QFETCH(QString, code);
    // At t = 59 the current step is 1, whose RFC 4226 code is 287082.
    QCOMPARE(Totp::match(kSecret, u"287082", 59, Totp::Parameters{}), std::optional<qint64>(1));
    QCOMPARE(Totp::match(kSecret, code, 59, Totp::Parameters{}), std::nullopt);
}

void TestTotp::base32RoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("text");
    // RFC 4648, section 10, without the padding.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
    QTest::newRow("RFC 6238 SHA1 seed")
        << kSecret << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QTest::newRow("all bytes") << QByteArray::fromHex("00ff7f80fe01")
                               << QStringLiteral("AD7X7AH6AE");
}

void TestTotp::base32RoundTrip()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, text);
    QCOMPARE(Totp::base32Encode(data), text);
    QCOMPARE(Totp::base32Decode(text), std::optional<QByteArray>(data));
}

void TestTotp::base32Lenient_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("lower case") << QStringLiteral("mzxw6ytboi") << QByteArrayLiteral("foobar");
    QTest::newRow("mixed case") << QStringLiteral("MzXw6YtBoI") << QByteArrayLiteral("foobar");
    QTest::newRow("padding") << QStringLiteral("MZXW6YTBOI======") << QByteArrayLiteral("foobar");
    QTest::newRow("padding f") << QStringLiteral("MY======") << QByteArrayLiteral("f");
    QTest::newRow("groups of four")
        << QStringLiteral("mzxw 6ytb oi") << QByteArrayLiteral("foobar");
    QTest::newRow("surrounding space") << QStringLiteral("  MZXW6  ") << QByteArrayLiteral("foo");
    QTest::newRow("only padding") << QStringLiteral("====") << QByteArray();
}

void TestTotp::base32Lenient()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, data);
    QCOMPARE(Totp::base32Decode(text), std::optional<QByteArray>(data));
}

void TestTotp::base32Invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1");
    QTest::newRow("digit 0") << QStringLiteral("MZXW0");
    QTest::newRow("digit 8") << QStringLiteral("MZXW8");
    QTest::newRow("punctuation") << QStringLiteral("MZ-XW6");
    QTest::newRow("non-ASCII letter") << QStringLiteral("MZXW\u00c46");
    QTest::newRow("base64 character") << QStringLiteral("MZXW+");
    QTest::newRow("one character") << QStringLiteral("M");
    QTest::newRow("three characters") << QStringLiteral("MZX");
    QTest::newRow("six characters") << QStringLiteral("MZXW6Y");
}

void TestTotp::base32Invalid()
{
    QFETCH(QString, text);
    QCOMPARE(Totp::base32Decode(text), std::nullopt);
}

void TestTotp::newSecret_data()
{
    QTest::addColumn<Totp::Algorithm>("algorithm");
    QTest::addColumn<int>("size");
    QTest::newRow("SHA1") << Totp::Algorithm::Sha1 << 20;
    QTest::newRow("SHA256") << Totp::Algorithm::Sha256 << 32;
    QTest::newRow("SHA512") << Totp::Algorithm::Sha512 << 64;
}

void TestTotp::newSecret()
{
    QFETCH(Totp::Algorithm, algorithm);
    QFETCH(int, size);
    const QByteArray first = Totp::newSecret(algorithm);
    const QByteArray second = Totp::newSecret(algorithm);
    QCOMPARE(first.size(), size);
    QCOMPARE(second.size(), size);
    QVERIFY(first != second);
    QCOMPARE(Totp::base32Decode(Totp::base32Encode(first)), std::optional<QByteArray>(first));
}

void TestTotp::otpauthUri()
{
    const Totp::Parameters p{Totp::Algorithm::Sha256, 8, 60};
    const QString uri = Totp::otpauthUri(QStringLiteral("I2S Studio"),
                                         QStringLiteral("anna@example.com"), kSecret, p);
    QVERIFY2(uri.startsWith(u"otpauth://totp/I2S%20Studio:anna%40example.com?"), qPrintable(uri));
    QVERIFY2(uri.contains(u"secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), qPrintable(uri));
    QVERIFY2(uri.contains(u"&issuer=I2S%20Studio"), qPrintable(uri));
    QVERIFY2(uri.contains(u"&algorithm=SHA256"), qPrintable(uri));
    QVERIFY2(uri.contains(u"&digits=8"), qPrintable(uri));
    QVERIFY2(uri.contains(u"&period=60"), qPrintable(uri));
    QVERIFY2(!uri.contains(u' '), qPrintable(uri));
}

void TestTotp::otpauthUriWithoutIssuer()
{
    const QString uri = Totp::otpauthUri(QString(), QStringLiteral("a:b & c"),
                                         QByteArrayLiteral("f"), Totp::Parameters{});
    QCOMPARE(uri, QStringLiteral("otpauth://totp/a%3Ab%20%26%20c?secret=MY&algorithm=SHA1&digits=6"
                                 "&period=30"));
}

void TestTotp::algorithmNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Totp::Algorithm>("algorithm");
    QTest::newRow("SHA1") << QStringLiteral("SHA1") << Totp::Algorithm::Sha1;
    QTest::newRow("SHA256") << QStringLiteral("SHA256") << Totp::Algorithm::Sha256;
    QTest::newRow("SHA512") << QStringLiteral("SHA512") << Totp::Algorithm::Sha512;
    QTest::newRow("lower case") << QStringLiteral("sha1") << Totp::Algorithm::Sha1;
    QTest::newRow("mixed case") << QStringLiteral("Sha512") << Totp::Algorithm::Sha512;
}

void TestTotp::algorithmNames()
{
    QFETCH(QString, name);
    QFETCH(Totp::Algorithm, algorithm);
    QCOMPARE(Totp::algorithmFromName(name), std::optional<Totp::Algorithm>(algorithm));
    QCOMPARE(Totp::algorithmFromName(Totp::algorithmName(algorithm)),
             std::optional<Totp::Algorithm>(algorithm));
    QCOMPARE(Totp::algorithmName(algorithm).compare(name, Qt::CaseInsensitive), 0);
}

void TestTotp::algorithmFromUnknownName()
{
    QCOMPARE(Totp::algorithmFromName(u"MD5"), std::nullopt);
    QCOMPARE(Totp::algorithmFromName(u"SHA-1"), std::nullopt);
    QCOMPARE(Totp::algorithmFromName(u""), std::nullopt);
    QCOMPARE(Totp::algorithmFromName(u" SHA1"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestTotp)

#include "tst_totp.moc"
