#include "common/testdata.h"
#include "crypto/sigv4.h"

#include "sigv4testsuite.h"

#include <QTest>

namespace Suite = Sigv4TestSuite;

class TestSigV4 : public QObject
{
    Q_OBJECT

private:
    // The request as the signer sees it, with the token header the case needs.
    static SigV4Request preparedRequest(const QString& caseName, SigV4Request request)
    {
        const QString token = Suite::sessionTokenFor(caseName);
        if (!token.isEmpty())
            request.setHeader("X-Amz-Security-Token", token.toUtf8());
        return request;
    }

    static SigV4Credentials credentialsFor(const QString& caseName)
    {
        return {Suite::accessKeyId(), Suite::secretAccessKey(), Suite::sessionTokenFor(caseName)};
    }

    static SigV4Scope suiteScope()
    {
        return {Suite::time().date(), Suite::region(), Suite::service()};
    }

private slots:
    void testSuite_data()
    {
        REQUIRE_TESTDATA(Suite::directory());
        const auto cases = Suite::cases();
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("basePath");
        for (const auto& c : cases)
            QTest::newRow(qPrintable(c.name)) << c.name << c.basePath;
        // PROVENANCE.md: 34 cases. A lost folder must not pass silently.
        QCOMPARE(cases.size(), 34);
    }
    void testSuite()
    {
        QFETCH(QString, name);
        QFETCH(QString, basePath);
        const SigV4Request request =
            Suite::parseRequest(Suite::readFile(basePath + QStringLiteral(".req")));
        const QByteArray expectedCreq = Suite::readFile(basePath + QStringLiteral(".creq"));
        const QByteArray expectedSts = Suite::readFile(basePath + QStringLiteral(".sts"));
        const QByteArray expectedAuthz = Suite::readFile(basePath + QStringLiteral(".authz"));
        QVERIFY(!expectedCreq.isEmpty() && !expectedSts.isEmpty() && !expectedAuthz.isEmpty());

        const SigV4Request prepared = preparedRequest(name, request);
        const QByteArray creq = SigV4::canonicalRequest(prepared, SigV4::signableHeaders(prepared));
        QCOMPARE(creq, expectedCreq);
        const QByteArray sts = SigV4::stringToSign(creq, Suite::time(), suiteScope());
        QCOMPARE(sts, expectedSts);

        const SigV4Request signedRequest = SigV4::sign(
            request, credentialsFor(name), Suite::region(), Suite::service(), Suite::time());
        const QByteArrayList authorization = signedRequest.headerValues("Authorization");
        QCOMPARE(authorization.size(), 1);
        QCOMPARE(authorization.first(), expectedAuthz);
    }

    void getVanillaKnownSignature()
    {
        // spec §7: get-vanilla signs to 5fa00fa3...
        SigV4Request request;
        request.method = "GET";
        request.headers = {{"Host", "example.amazonaws.com"}};
        const SigV4Request signedRequest =
            SigV4::sign(request, {Suite::accessKeyId(), Suite::secretAccessKey(), {}},
                        Suite::region(), Suite::service(), Suite::time());
        QVERIFY(
            signedRequest.headerValues("Authorization")
                .value(0)
                .endsWith(
                    "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
        QCOMPARE(signedRequest.headerValues("X-Amz-Date"), QByteArrayList{"20150830T123600Z"});
        QVERIFY(!signedRequest.hasHeader("X-Amz-Security-Token"));
    }

    void signingKeyMatchesAwsDocumentationExample()
    {
        // AWS General Reference, "Examples of how to derive a signing key for Signature
        // Version 4": secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215/us-east-1/iam.
        const SigV4Scope scope{QDate(2012, 2, 15), QStringLiteral("us-east-1"),
                               QStringLiteral("iam")};
        QCOMPARE(SigV4::signingKey(Suite::secretAccessKey(), scope).toHex().insecureCopy(),
                 QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
    }

    void resigningReplacesDateAndAuthorization()
    {
        SigV4Request request;
        request.method = "POST";
        request.headers = {{"Host", "sts.local"}, {"X-Amz-Date", "19990101T000000Z"}};
        request.body = "Action=GetCallerIdentity&Version=2011-06-15";
        const SigV4Credentials credentials{Suite::accessKeyId(), Suite::secretAccessKey(),
                                           QStringLiteral("token")};
        const SigV4Request once = SigV4::sign(request, credentials, Suite::region(),
                                              QStringLiteral("sts"), Suite::time());
        const SigV4Request twice =
            SigV4::sign(once, credentials, Suite::region(), QStringLiteral("sts"), Suite::time());
        QCOMPARE(twice.headerValues("X-Amz-Date"), QByteArrayList{"20150830T123600Z"});
        QCOMPARE(twice.headerValues("Authorization"), once.headerValues("Authorization"));
        QCOMPARE(twice.headerValues("Authorization").size(), 1);
        QVERIFY(twice.headerValues("Authorization")
                    .first()
                    .contains("SignedHeaders=host;x-amz-date;x-amz-security-token,"));
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray("/");
        QTest::newRow("dot dot keeps the directory")
            << QByteArray("/foo/bar/..") << QByteArray("/foo/");
        QTest::newRow("dot dot above root") << QByteArray("/../a") << QByteArray("/a");
        QTest::newRow("trailing dot") << QByteArray("/a/.") << QByteArray("/a/");
        QTest::newRow("percent is encoded again") << QByteArray("/a%20b") << QByteArray("/a%2520b");
        QTest::newRow("reserved characters")
            << QByteArray("/a+b=c:d") << QByteArray("/a%2Bb%3Dc%3Ad");
    }
    void canonicalUri()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::canonicalUri(path), expected);
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("key without value") << QByteArray("b&a=1") << QByteArray("a=1&b=");
        QTest::newRow("empty parts dropped") << QByteArray("&a=1&&") << QByteArray("a=1");
        QTest::newRow("space and plus") << QByteArray("k=a%20b+c") << QByteArray("k=a%20b%2Bc");
        QTest::newRow("lower-case escapes normalised")
            << QByteArray("k=%2f") << QByteArray("k=%2F");
        QTest::newRow("sorted by key then value")
            << QByteArray("b=2&a=2&a=1&B=0") << QByteArray("B=0&a=1&a=2&b=2");
    }
    void canonicalQuery()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(SigV4::canonicalQuery(query), expected);
    }

    void canonicalHeaderValue()
    {
        QCOMPARE(SigV4::canonicalHeaderValue({"  a \t b  ", "c\n  d", ""}), QByteArray("a b,c d,"));
    }

    void dateTimeRoundTrips()
    {
        QCOMPARE(SigV4::formatDateTime(Suite::time()), QByteArray("20150830T123600Z"));
        QCOMPARE(SigV4::parseDateTime("20150830T123600Z"), Suite::time());
        QVERIFY(!SigV4::parseDateTime("2015-08-30T12:36:00Z").isValid());
        QVERIFY(!SigV4::parseDateTime("20150830T256000Z").isValid());
        QVERIFY(!SigV4::parseDateTime("20150830 123600Z").isValid());
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
