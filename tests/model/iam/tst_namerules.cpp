#include "iam/namerules.h"

#include <QTest>

class TestNameRules : public QObject
{
    Q_OBJECT

private slots:
    void userNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("John") << true;
        QTest::newRow("all allowed symbols") << QStringLiteral("a+b=c,d.e@f_g-h") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("John Doe") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("non-ascii") << QStringLiteral("J\u00f6hn") << false;
    }
    void userNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto r = NameRules::validateUserName(name);
        QCOMPARE(r.ok(), valid);
        if (!valid) {
            QCOMPARE(r.error().code(), QStringLiteral("ValidationError"));
            QCOMPARE(r.error().httpStatus(), 400);
            QVERIFY2(r.error().message().contains(QStringLiteral("at 'userName'")),
                     qPrintable(r.error().message()));
        }
    }

    void messagesFollowAwsWording()
    {
        QCOMPARE(
            NameRules::validateUserName(QStringLiteral("bad name")).error().message(),
            QStringLiteral("1 validation error detected: Value 'bad name' at 'userName' failed "
                           "to satisfy constraint: Member must satisfy regular expression "
                           "pattern: [\\w+=,.@-]+"));
        QCOMPARE(NameRules::validateUserName(QString(65, QLatin1Char('x'))).error().message(),
                 QStringLiteral("1 validation error detected: Value '%1' at 'userName' failed to "
                                "satisfy constraint: Member must have length less than or equal "
                                "to 64")
                     .arg(QString(65, QLatin1Char('x'))));
    }

    void lengthLimitsDifferByKind()
    {
        const QString n128(128, QLatin1Char('g'));
        QVERIFY(NameRules::validateGroupName(n128).ok());
        QVERIFY(NameRules::validatePolicyName(n128).ok());
        QVERIFY(!NameRules::validateRoleName(n128).ok());
        QVERIFY(!NameRules::validateGroupName(n128 + QLatin1Char('g')).ok());
    }

    void paths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("root") << QStringLiteral("/") << true;
        QTest::newRow("nested") << QStringLiteral("/division_abc/subdivision_xyz/") << true;
        QTest::newRow("no trailing slash") << QStringLiteral("/dev") << false;
        QTest::newRow("no leading slash") << QStringLiteral("dev/") << false;
        QTest::newRow("space") << QStringLiteral("/a b/") << false;
        QTest::newRow("512") << (QLatin1Char('/') + QString(510, QLatin1Char('p')) +
                                 QLatin1Char('/'))
                             << true;
        QTest::newRow("513") << (QLatin1Char('/') + QString(511, QLatin1Char('p')) +
                                 QLatin1Char('/'))
                             << false;
    }
    void paths()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(NameRules::validatePath(path).ok(), valid);
    }

    void mfaSerialNumbers()
    {
        QVERIFY(
            NameRules::validateSerialNumber(QStringLiteral("arn:aws:iam::111122223333:mfa/Maria"))
                .ok());
        QVERIFY(!NameRules::validateSerialNumber(QStringLiteral("short")).ok());
    }

    void mfaDeviceNames()
    {
        QVERIFY(NameRules::validateMfaDeviceName(QStringLiteral("Maria.phone@home")).ok());
        QVERIFY(NameRules::validateMfaDeviceName(QString(226, QLatin1Char('a'))).ok());
        const auto tooLong = NameRules::validateMfaDeviceName(QString(227, QLatin1Char('a')));
        QCOMPARE(tooLong.error().code(), QStringLiteral("ValidationError"));
        QVERIFY(tooLong.error().message().contains(
            QLatin1String("'virtualMFADeviceName' failed to satisfy constraint: Member must have "
                          "length less than or equal to 226")));
        QVERIFY(!NameRules::validateMfaDeviceName(QString()).ok());
        QVERIFY(!NameRules::validateMfaDeviceName(QStringLiteral("my phone")).ok());
    }

    void accounts()
    {
        QVERIFY(NameRules::validateAccountId(QStringLiteral("111122223333")).ok());
        QVERIFY(!NameRules::validateAccountId(QStringLiteral("11112222333")).ok());
        QVERIFY(!NameRules::validateAccountId(QStringLiteral("11112222333a")).ok());
        QVERIFY(NameRules::validateAccountAlias(QStringLiteral("catphoto-prod")).ok());
        QVERIFY(!NameRules::validateAccountAlias(QStringLiteral("CatPhoto")).ok());
        QVERIFY(!NameRules::validateAccountAlias(QStringLiteral("-prod")).ok());
        QVERIFY(!NameRules::validateAccountAlias(QStringLiteral("ab")).ok());
    }

    // A form puts the error beside the field the parameter names, not the one its text quotes.
    void errorsNameTheirParameter_data()
    {
        QTest::addColumn<IamError>("error");
        QTest::addColumn<QString>("parameter");
        // Each value quotes another parameter's name, as a user's input may.
        QTest::newRow("user name") << NameRules::validateUserName(QStringLiteral("'path'")).error()
                                   << QStringLiteral("userName");
        QTest::newRow("role name")
            << NameRules::validateRoleName(QString()).error() << QStringLiteral("roleName");
        QTest::newRow("group name") << NameRules::validateGroupName(QStringLiteral("a b")).error()
                                    << QStringLiteral("groupName");
        QTest::newRow("policy name") << NameRules::validatePolicyName(QString(129, u'p')).error()
                                     << QStringLiteral("policyName");
        QTest::newRow("path") << NameRules::validatePath(QStringLiteral("'userName'")).error()
                              << QStringLiteral("path");
        QTest::newRow("description") << NameRules::validateDescription(QString(1001, u'd')).error()
                                     << QStringLiteral("description");
        QTest::newRow("duration") << NameRules::validateMaxSessionDuration(60).error()
                                  << QStringLiteral("maxSessionDuration");
        QTest::newRow("tag key") << NameRules::validateTagKey(QString()).error()
                                 << QStringLiteral("tags.member.key");
        QTest::newRow("tag value") << NameRules::validateTagValue(QStringLiteral("a\\b")).error()
                                   << QStringLiteral("tags.member.value");
        QTest::newRow("mfa device")
            << NameRules::validateMfaDeviceName(QStringLiteral("a b")).error()
            << QStringLiteral("virtualMFADeviceName");
    }
    void errorsNameTheirParameter()
    {
        QFETCH(IamError, error);
        QFETCH(QString, parameter);
        QCOMPARE(error.code(), QStringLiteral("ValidationError"));
        QCOMPARE(error.parameter(), parameter);
    }

    void theParameterLeavesTheWordingAlone()
    {
        const IamError error = NameRules::validatePath(QStringLiteral("x")).error();
        QCOMPARE(error.message(),
                 QStringLiteral("1 validation error detected: Value 'x' at 'path' failed to "
                                "satisfy constraint: Member must satisfy regular expression "
                                "pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"));
        QCOMPARE(error.toString(), QStringLiteral("ValidationError: ") + error.message());
        // Errors about different parameters differ, whatever their words.
        QVERIFY(error != error.withParameter(QStringLiteral("userName")));
        QCOMPARE(error.withParameter(QStringLiteral("userName")).message(), error.message());
    }

    void maxSessionDurationEdges()
    {
        QVERIFY(!NameRules::validateMaxSessionDuration(3599).ok());
        QVERIFY(NameRules::validateMaxSessionDuration(3600).ok());
        QVERIFY(NameRules::validateMaxSessionDuration(43200).ok());
        QVERIFY(!NameRules::validateMaxSessionDuration(43201).ok());
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
