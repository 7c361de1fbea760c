#include "common/resultassertions.h"
#include "sts/stsvalidator.h"

#include <QTest>

// STS's parameter rules, each violation worded as the service words it, all
// of a request's violations in one ValidationError.
class TestStsValidator : public QObject
{
    Q_OBJECT

    // The one violation of a check, without the "1 validation error detected: " head.
    template <typename Check>
    static QString violation(Check check)
    {
        StsValidator validator;
        check(validator);
        const Result<void> result = validator.result();
        if (result.ok())
            return QStringLiteral("(no violation)");
        return QString(result.error().message())
            .remove(QStringLiteral("1 validation error detected: "));
    }

    template <typename Check>
    static bool passes(Check check)
    {
        StsValidator validator;
        check(validator);
        return validator.ok() && validator.result().ok();
    }

private slots:
    void nothingCheckedIsValid()
    {
        StsValidator validator;
        QVERIFY(validator.ok());
        REQUIRE_OK(validator.result());
    }

    void aMissingRequiredValueIsNull()
    {
        StsValidator validator;
        validator.required(QStringLiteral("roleArn"), QString());
        QVERIFY(!validator.ok());
        REQUIRE_ERROR(validator.result(), "ValidationError",
                      "1 validation error detected: Value null at 'roleArn' failed to satisfy "
                      "constraint: Member must not be null");
        QCOMPARE(validator.result().error().httpStatus(), 400);
        QVERIFY(passes(
            [](StsValidator& v) { v.required(QStringLiteral("roleArn"), QStringLiteral("x")); }));
    }

    void roleArnLength()
    {
        QCOMPARE(violation([](StsValidator& v) { v.roleArn(QStringLiteral("roleArn"), {}); }),
                 QStringLiteral("Value null at 'roleArn' failed to satisfy constraint: Member "
                                "must not be null"));
        const QString short19(19, QLatin1Char('a'));
        QCOMPARE(violation([&](StsValidator& v) { v.roleArn(QStringLiteral("roleArn"), short19); }),
                 QStringLiteral("Value '%1' at 'roleArn' failed to satisfy constraint: Member must "
                                "have length greater than or equal to 20")
                     .arg(short19));
        QVERIFY(passes([](StsValidator& v) {
            v.roleArn(QStringLiteral("roleArn"), QString(20, QLatin1Char('a')));
        }));
        QVERIFY(passes([](StsValidator& v) {
            v.roleArn(QStringLiteral("roleArn"), QString(2048, QLatin1Char('a')));
        }));
        QVERIFY(!passes([](StsValidator& v) {
            v.roleArn(QStringLiteral("roleArn"), QString(2049, QLatin1Char('a')));
        }));
    }

    void roleSessionNamesAreTwoToSixtyFourOfTheServiceCharacters()
    {
        const auto name = [](const QString& value) {
            return [value](StsValidator& v) {
                v.roleSessionName(QStringLiteral("roleSessionName"), value);
            };
        };
        QVERIFY(passes(name(QStringLiteral("ab"))));
        QVERIFY(passes(name(QStringLiteral("john.doe+ci=1,x@example-2_z"))));
        QVERIFY(passes(name(QString(64, QLatin1Char('n')))));
        QCOMPARE(violation(name(QStringLiteral("a"))),
                 QStringLiteral("Value 'a' at 'roleSessionName' failed to satisfy constraint: "
                                "Member must have length greater than or equal to 2"));
        QCOMPARE(violation(name(QString(65, QLatin1Char('n')))),
                 QStringLiteral("Value '%1' at 'roleSessionName' failed to satisfy constraint: "
                                "Member must have length less than or equal to 64")
                     .arg(QString(65, QLatin1Char('n'))));
        QCOMPARE(violation(name(QStringLiteral("john doe"))),
                 QStringLiteral("Value 'john doe' at 'roleSessionName' failed to satisfy "
                                "constraint: Member must satisfy regular expression pattern: "
                                "[\\w+=,.@-]*"));
        // \w is ASCII for the service.
        QVERIFY(!passes(name(QStringLiteral("jürgen"))));
    }

    void everyViolationIsInOneError()
    {
        StsValidator validator;
        validator.roleSessionName(QStringLiteral("roleSessionName"), QStringLiteral("!"));
        validator.duration(100, 900, 3600);
        const Result<void> result = validator.result();
        REQUIRE_CODE(result, "ValidationError");
        QCOMPARE(result.error().message(),
                 QStringLiteral(
                     "3 validation errors detected: Value '!' at 'roleSessionName' failed to "
                     "satisfy constraint: Member must satisfy regular expression pattern: "
                     "[\\w+=,.@-]*; Value '!' at 'roleSessionName' failed to satisfy "
                     "constraint: Member must have length greater than or equal to 2; Value "
                     "'100' at 'durationSeconds' failed to satisfy constraint: Member must have "
                     "value greater than or equal to 900"));
        // A form shows it beside the first parameter that failed.
        QCOMPARE(result.error().parameter(), QStringLiteral("roleSessionName"));
    }

    void theErrorIsAboutTheParameterThatFailed()
    {
        StsValidator external;
        external.externalId(QStringLiteral("a b"));
        QCOMPARE(external.result().error().parameter(), QStringLiteral("externalId"));
        StsValidator missing;
        missing.required(QStringLiteral("roleArn"), QString());
        missing.duration(1, 900, 3600);
        QCOMPARE(missing.result().error().parameter(), QStringLiteral("roleArn"));
        StsValidator duration;
        duration.duration(1, 900, 3600);
        QCOMPARE(duration.result().error().parameter(), QStringLiteral("durationSeconds"));
    }

    void durationWithinItsBounds()
    {
        QVERIFY(passes([](StsValidator& v) { v.duration(900, 900, 43200); }));
        QVERIFY(passes([](StsValidator& v) { v.duration(43200, 900, 43200); }));
        QCOMPARE(violation([](StsValidator& v) { v.duration(899, 900, 43200); }),
                 QStringLiteral("Value '899' at 'durationSeconds' failed to satisfy constraint: "
                                "Member must have value greater than or equal to 900"));
        QCOMPARE(violation([](StsValidator& v) { v.duration(43201, 900, 43200); }),
                 QStringLiteral("Value '43201' at 'durationSeconds' failed to satisfy "
                                "constraint: Member must have value less than or equal to "
                                "43200"));
    }

    void tokenCodesAreSixDigits()
    {
        QVERIFY(passes([](StsValidator& v) { v.tokenCode(QStringLiteral("012345")); }));
        QCOMPARE(violation([](StsValidator& v) { v.tokenCode(QStringLiteral("12345")); }),
                 QStringLiteral("Value '12345' at 'tokenCode' failed to satisfy constraint: "
                                "Member must have length greater than or equal to 6"));
        QCOMPARE(violation([](StsValidator& v) { v.tokenCode(QStringLiteral("12a456")); }),
                 QStringLiteral("Value '12a456' at 'tokenCode' failed to satisfy constraint: "
                                "Member must satisfy regular expression pattern: [\\d]*"));
        QVERIFY(!passes([](StsValidator& v) { v.tokenCode(QStringLiteral("1234567")); }));
    }

    void externalIdsAndSerialNumbers()
    {
        QVERIFY(passes([](StsValidator& v) { v.externalId(QStringLiteral("ab:/=")); }));
        QVERIFY(!passes([](StsValidator& v) { v.externalId(QStringLiteral("a")); }));
        QVERIFY(!passes([](StsValidator& v) { v.externalId(QStringLiteral("a b")); }));
        QVERIFY(!passes([](StsValidator& v) { v.externalId(QString(1225, QLatin1Char('x'))); }));
        QVERIFY(passes([](StsValidator& v) {
            v.serialNumber(QStringLiteral("arn:aws:iam::111122223333:mfa/John"));
        }));
        QVERIFY(passes([](StsValidator& v) { v.serialNumber(QStringLiteral("GAHT12345")); }));
        QVERIFY(!passes([](StsValidator& v) { v.serialNumber(QStringLiteral("GAHT1234")); }));
        QVERIFY(!passes([](StsValidator& v) { v.serialNumber(QStringLiteral("mfa device 1")); }));
    }

    void sourceIdentityIsOptionalButShapedLikeASessionName()
    {
        QVERIFY(passes([](StsValidator& v) { v.sourceIdentity({}); }));
        QVERIFY(passes([](StsValidator& v) { v.sourceIdentity(QStringLiteral("john@corp")); }));
        QCOMPARE(violation([](StsValidator& v) { v.sourceIdentity(QStringLiteral("x")); }),
                 QStringLiteral("Value 'x' at 'sourceIdentity' failed to satisfy constraint: "
                                "Member must have length greater than or equal to 2"));
    }

    void servicePrincipalsAreAmazonawsHosts()
    {
        QVERIFY(passes(
            [](StsValidator& v) { v.servicePrincipal(QStringLiteral("ec2.amazonaws.com")); }));
        QVERIFY(passes(
            [](StsValidator& v) { v.servicePrincipal(QStringLiteral("ec2.amazonaws.com.cn")); }));
        QVERIFY(!passes(
            [](StsValidator& v) { v.servicePrincipal(QStringLiteral("ec2.example.com")); }));
        QVERIFY(!passes([](StsValidator& v) { v.servicePrincipal({}); }));
    }

    void atMostTenSessionPolicyArns()
    {
        QVERIFY(passes([](StsValidator& v) { v.policyArnCount(10); }));
        QCOMPARE(violation([](StsValidator& v) { v.policyArnCount(11); }),
                 QStringLiteral("Value '11 policy ARNs' at 'policyArns' failed to satisfy "
                                "constraint: Member must have length less than or equal to 10"));
    }
};

QTEST_GUILESS_MAIN(TestStsValidator)
#include "tst_stsvalidator.moc"
