#include "common/testdata.h"
#include "crypto/sigv4verifier.h"

#include "sigv4testsuite.h"

#include <QTest>

namespace Suite = Sigv4TestSuite;

namespace {
// The suite's signed request; get-vanilla-with-session-token's .sreq carries a
// known bogus signature (PROVENANCE.md), so its .authz is used instead.
SigV4Request signedSuiteRequest(const Suite::Case& c)
{
    SigV4Request request =
        Suite::parseRequest(Suite::readFile(c.basePath + QStringLiteral(".sreq")));
    if (c.name == QLatin1String("get-vanilla-with-session-token"))
        request.setHeader("Authorization", Suite::readFile(c.basePath + QStringLiteral(".authz")));
    return request;
}

std::optional<Suite::Case> suiteCase(const QString& name)
{
    for (const auto& c : Suite::cases())
        if (c.name == name)
            return c;
    return std::nullopt;
}

QString codeOf(const Result<SigV4Authorization>& result)
{
    return result ? QString() : result.error().code();
}

QString codeOf(const Result<void>& result)
{
    return result ? QString() : result.error().code();
}

// A fresh POST to a local STS, signed by SigV4::sign.
SigV4Request stsRequest(const QDateTime& time, const QString& token = {})
{
    SigV4Request request;
    request.method = "POST";
    request.headers = {{"Host", "127.0.0.1:4566"},
                       {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    request.body = "Action=GetCallerIdentity&Version=2011-06-15";
    return SigV4::sign(request, {Suite::accessKeyId(), Suite::secretAccessKey(), token},
                       QStringLiteral("us-east-1"), QStringLiteral("sts"), time);
}
} // namespace

class TestSigV4Verifier : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheSuitesSignedRequests_data()
    {
        REQUIRE_TESTDATA(Suite::directory());
        const auto cases = Suite::cases();
        QVERIFY(!cases.isEmpty());
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("basePath");
        for (const auto& c : cases)
            QTest::newRow(qPrintable(c.name)) << c.name << c.basePath;
    }
    void acceptsTheSuitesSignedRequests()
    {
        QFETCH(QString, name);
        QFETCH(QString, basePath);
        const SigV4Request request = signedSuiteRequest({name, basePath});
        ManualClock clock(Suite::time());
        SigV4Verifier verifier(clock);
        verifier.setExpectedRegion(Suite::region());
        verifier.setExpectedService(Suite::service());

        const auto parsed = verifier.parse(request);
        QVERIFY2(parsed.ok(), qPrintable(codeOf(parsed)));
        QCOMPARE(parsed->accessKeyId, Suite::accessKeyId());
        QCOMPARE(parsed->scope,
                 (SigV4Scope{Suite::time().date(), Suite::region(), Suite::service()}));
        QCOMPARE(parsed->requestTime, Suite::time());
        QVERIFY(parsed->signedHeaders.contains("host"));
        const auto verified = verifier.verify(request, *parsed, Suite::secretAccessKey());
        QVERIFY2(verified.ok(), qPrintable(codeOf(verified)));

        // The same request under another secret does not verify.
        QCOMPARE(codeOf(verifier.verify(
                     request, *parsed,
                     SecureBytes::fromView("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ"))),
                 QStringLiteral("SignatureDoesNotMatch"));
    }

    void rejectsAnyChangedByte_data()
    {
        REQUIRE_TESTDATA(Suite::directory());
        QVERIFY(suiteCase(QStringLiteral("post-x-www-form-urlencoded-parameters")));
        QTest::addColumn<QString>("part");
        for (const char* part :
             {"method", "path", "query", "host", "signed header", "body", "signature", "date"})
            QTest::newRow(part) << QString::fromLatin1(part);
    }
    void rejectsAnyChangedByte()
    {
        QFETCH(QString, part);
        SigV4Request request =
            signedSuiteRequest(*suiteCase(QStringLiteral("post-x-www-form-urlencoded-parameters")));
        request.query = "Param1=value1"; // signed below together with the rest
        request = SigV4::sign(request, {Suite::accessKeyId(), Suite::secretAccessKey(), {}},
                              Suite::region(), Suite::service(), Suite::time());
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        QVERIFY(verifier
                    .authenticate(request,
                                  [](const QString&) {
                                      return std::optional<SecureBytes>(Suite::secretAccessKey());
                                  })
                    .ok());

        auto flipLast = [](QByteArray& bytes) { bytes.back() = char(bytes.back() ^ 0x01); };
        if (part == QLatin1String("method")) {
            request.method = "PUT";
        } else if (part == QLatin1String("path")) {
            request.path = "/x";
        } else if (part == QLatin1String("query")) {
            flipLast(request.query);
        } else if (part == QLatin1String("host")) {
            request.setHeader("Host", "example.amazonaws.con");
        } else if (part == QLatin1String("signed header")) {
            request.setHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf9");
        } else if (part == QLatin1String("body")) {
            flipLast(request.body);
        } else if (part == QLatin1String("signature")) {
            QByteArray authorization = request.headerValues("Authorization").first();
            authorization.back() = authorization.back() == '0' ? '1' : '0';
            request.setHeader("Authorization", authorization);
        } else if (part == QLatin1String("date")) {
            request.setHeader("X-Amz-Date", "20150830T123601Z");
        }
        const auto result = verifier.authenticate(request, [](const QString&) {
            return std::optional<SecureBytes>(Suite::secretAccessKey());
        });
        QCOMPARE(codeOf(result), QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(result.error().httpStatus(), 403);
    }

    // The whole signature must match: a shortened, empty or lengthened one is refused.
    void onlyTheWholeSignatureVerifies_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QByteArray>("append");
        QTest::newRow("last character cut") << 63 << QByteArray();
        QTest::newRow("first character only") << 1 << QByteArray();
        QTest::newRow("empty") << 0 << QByteArray();
        QTest::newRow("one character more") << 64 << QByteArray("0");
    }
    void onlyTheWholeSignatureVerifies()
    {
        QFETCH(int, keep);
        QFETCH(QByteArray, append);
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        const SigV4Request request = stsRequest(Suite::time());
        auto parsed = verifier.parse(request);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->signature.size(), 64);
        QVERIFY(verifier.verify(request, *parsed, Suite::secretAccessKey()).ok());
        parsed->signature = parsed->signature.left(keep) + append;
        const auto result = verifier.verify(request, *parsed, Suite::secretAccessKey());
        QCOMPARE(codeOf(result), QStringLiteral("SignatureDoesNotMatch"));
    }

    void unsignedHeadersMayChange()
    {
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        SigV4Request request = stsRequest(Suite::time());
        request.headers.emplaceBack("User-Agent", "added by a proxy");
        const auto parsed = verifier.parse(request);
        QVERIFY(parsed.ok());
        QVERIFY(verifier.verify(request, *parsed, Suite::secretAccessKey()).ok());
    }

    void requiresHostToBeSigned()
    {
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        // Signed without a Host header: correctly signed, but host is not among SignedHeaders.
        SigV4Request request;
        request.method = "GET";
        request.headers = {{"My-Header1", "value1"}};
        request = SigV4::sign(request, {Suite::accessKeyId(), Suite::secretAccessKey(), {}},
                              Suite::region(), Suite::service(), Suite::time());
        request.headers.emplaceBack("Host", "example.amazonaws.com");
        const auto result = verifier.parse(request);
        QCOMPARE(codeOf(result), QStringLiteral("IncompleteSignature"));
        QCOMPARE(result.error().httpStatus(), 400);
        QVERIFY(result.error().message().contains(QStringLiteral("'Host'")));
    }

    void requiresTheHostHeaderItself()
    {
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        SigV4Request request = stsRequest(Suite::time());
        request.removeHeader("Host");
        QCOMPARE(codeOf(verifier.parse(request)), QStringLiteral("IncompleteSignature"));
    }

    void rejectsADateMoreThanFifteenMinutesAway_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("15 min old") << qint64(15 * 60) << true;
        QTest::newRow("15 min ahead") << qint64(-15 * 60) << true;
        QTest::newRow("16 min old") << qint64(16 * 60) << false;
        QTest::newRow("16 min ahead") << qint64(-16 * 60) << false;
        QTest::newRow("a day old") << qint64(86400) << false;
    }
    void rejectsADateMoreThanFifteenMinutesAway()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        ManualClock clock(Suite::time().addSecs(offset));
        const SigV4Verifier verifier(clock);
        const SigV4Request request = stsRequest(Suite::time());
        const auto parsed = verifier.parse(request);
        if (accepted) {
            QVERIFY2(parsed.ok(), qPrintable(codeOf(parsed)));
            QVERIFY(verifier.verify(request, *parsed, Suite::secretAccessKey()).ok());
        } else {
            QCOMPARE(codeOf(parsed), QStringLiteral("RequestExpired"));
            QCOMPARE(parsed.error().httpStatus(), 400);
            QVERIFY(parsed.error().message().contains(QStringLiteral("20150830T123600Z")));
        }
    }

    void missingAuthorizationIsMissingAuthenticationToken()
    {
        ManualClock clock(Suite::time());
        SigV4Request request = stsRequest(Suite::time());
        request.removeHeader("Authorization");
        const auto result = SigV4Verifier(clock).parse(request);
        QCOMPARE(codeOf(result), QStringLiteral("MissingAuthenticationToken"));
        QCOMPARE(result.error().httpStatus(), 403);
    }

    void malformedAuthorizationIsIncompleteSignature_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("mentions");
        const QByteArray credential = "Credential=AKIDEXAMPLE/20150830/us-east-1/sts/aws4_request";
        QTest::newRow("no signature")
            << QByteArray("AWS4-HMAC-SHA256 " + credential + ", SignedHeaders=host;x-amz-date")
            << QStringLiteral("'Signature'");
        QTest::newRow("no credential")
            << QByteArray("AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00")
            << QStringLiteral("'Credential'");
        QTest::newRow("no signed headers")
            << QByteArray("AWS4-HMAC-SHA256 " + credential + ", Signature=00")
            << QStringLiteral("'SignedHeaders'");
        QTest::newRow("other algorithm")
            << QByteArray("AWS4-HMAC-SHA512 " + credential + ", SignedHeaders=host, Signature=00")
            << QStringLiteral("algorithm");
        QTest::newRow("short credential")
            << QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1, "
                          "SignedHeaders=host, Signature=00")
            << QStringLiteral("5 slash-delimited");
        QTest::newRow("bad scope date")
            << QByteArray(
                   "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/2015083/us-east-1/sts/aws4_request, "
                   "SignedHeaders=host, Signature=00")
            << QStringLiteral("2015083");
    }
    void malformedAuthorizationIsIncompleteSignature()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, mentions);
        ManualClock clock(Suite::time());
        SigV4Request request = stsRequest(Suite::time());
        request.setHeader("Authorization", authorization);
        const auto result = SigV4Verifier(clock).parse(request);
        QCOMPARE(codeOf(result), QStringLiteral("IncompleteSignature"));
        QVERIFY2(result.error().message().contains(mentions), qPrintable(result.error().message()));
    }

    void missingDateIsIncompleteSignature()
    {
        ManualClock clock(Suite::time());
        SigV4Request request = stsRequest(Suite::time());
        request.removeHeader("X-Amz-Date");
        const auto result = SigV4Verifier(clock).parse(request);
        QCOMPARE(codeOf(result), QStringLiteral("IncompleteSignature"));
        QVERIFY(result.error().message().contains(QStringLiteral("'X-Amz-Date'")));
    }

    void scopeMustMatchDateRegionAndService()
    {
        ManualClock clock(Suite::time());
        SigV4Verifier verifier(clock);
        const SigV4Request request = stsRequest(Suite::time());
        QVERIFY(verifier.parse(request).ok());

        verifier.setExpectedService(QStringLiteral("iam"));
        auto result = verifier.parse(request);
        QCOMPARE(codeOf(result), QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(result.error().message().contains(QStringLiteral("'iam'")));

        verifier.setExpectedService(QStringLiteral("sts"));
        verifier.setExpectedRegion(QStringLiteral("eu-west-1"));
        QCOMPARE(codeOf(verifier.parse(request)), QStringLiteral("SignatureDoesNotMatch"));

        verifier.setExpectedRegion(QStringLiteral("us-east-1"));
        SigV4Request otherDay = request;
        QByteArray authorization = otherDay.headerValues("Authorization").first();
        authorization.replace("/20150830/", "/20150831/");
        otherDay.setHeader("Authorization", authorization);
        result = verifier.parse(otherDay);
        QCOMPARE(codeOf(result), QStringLiteral("SignatureDoesNotMatch"));
        QVERIFY(result.error().message().contains(QStringLiteral("'20150831' != '20150830'")));
    }

    void reportsTheSessionTokenSignedOrNot()
    {
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        const auto signedToken = verifier.parse(stsRequest(Suite::time(), QStringLiteral("tok-1")));
        QVERIFY(signedToken.ok());
        QCOMPARE(signedToken->sessionToken, QStringLiteral("tok-1"));
        QVERIFY(signedToken->signedHeaders.contains("x-amz-security-token"));

        // post-sts-header-after: the token is added after signing and still verifies.
        REQUIRE_TESTDATA(Suite::directory());
        const auto after = suiteCase(QStringLiteral("post-sts-header-after"));
        QVERIFY(after);
        const SigV4Request request = signedSuiteRequest(*after);
        const auto parsed = verifier.parse(request);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->sessionToken.startsWith(QStringLiteral("AQoDYXdzEPT")));
        QVERIFY(!parsed->signedHeaders.contains("x-amz-security-token"));
        QVERIFY(verifier.verify(request, *parsed, Suite::secretAccessKey()).ok());
    }

    void authenticateLooksTheSecretUpByAccessKeyId()
    {
        ManualClock clock(Suite::time());
        const SigV4Verifier verifier(clock);
        QString askedFor;
        const auto known = verifier.authenticate(stsRequest(Suite::time()), [&](const QString& id) {
            askedFor = id;
            return std::optional<SecureBytes>(Suite::secretAccessKey());
        });
        QVERIFY(known.ok());
        QCOMPARE(askedFor, Suite::accessKeyId());

        const auto unknown = verifier.authenticate(
            stsRequest(Suite::time()), [](const QString&) { return std::optional<SecureBytes>(); });
        QCOMPARE(codeOf(unknown), QStringLiteral("InvalidClientTokenId"));
        QCOMPARE(unknown.error().httpStatus(), 403);
    }
};

QTEST_GUILESS_MAIN(TestSigV4Verifier)
#include "tst_sigv4verifier.moc"
