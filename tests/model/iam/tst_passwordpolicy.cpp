#include "iam/passwordpolicy.h"

#include <QTest>

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void awsDefaultAsksForEightCharactersOfThreeClasses()
    {
        const PasswordPolicy policy = PasswordPolicy::awsDefault();
        QCOMPARE(policy.minimumLength, 8);
        QVERIFY(policy.threeOfFourClasses);
        QVERIFY(!policy.requireUppercase && !policy.requireLowercase && !policy.requireNumbers &&
                !policy.requireSymbols);
        QVERIFY(policy.allowUsersToChangePassword);
        QCOMPARE(policy.maxPasswordAgeDays, 0);
        QCOMPARE(policy.passwordReusePrevention, 0);
        QVERIFY(!(policy == PasswordPolicy()));
    }

    void awsDefaultChecksThreeOfFour_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("violations");
        QTest::newRow("upper lower digit") << QStringLiteral("Abcdefg1") << 0;
        QTest::newRow("lower digit symbol") << QStringLiteral("abcdef1!") << 0;
        QTest::newRow("upper lower only") << QStringLiteral("Abcdefgh") << 1;
        QTest::newRow("short, three classes") << QStringLiteral("Ab1!") << 1;
        QTest::newRow("short, one class") << QStringLiteral("abc") << 2;
        // Non-Latin letters count for no class.
        QTest::newRow("umlauts") << QStringLiteral(u"Ääääää1ö") << 1;
    }

    void awsDefaultChecksThreeOfFour()
    {
        QFETCH(QString, password);
        QFETCH(int, violations);
        QCOMPARE(PasswordPolicy::awsDefault().violations(password).size(), violations);
    }

    void eachRequiredClassIsOneSentence()
    {
        PasswordPolicy policy;
        policy.minimumLength = 10;
        policy.requireUppercase = policy.requireLowercase = policy.requireNumbers =
            policy.requireSymbols = true;
        const QStringList unmet = policy.violations(QStringLiteral("abc"));
        QCOMPARE(unmet,
                 QStringList({QStringLiteral("Password must be at least 10 characters long."),
                              QStringLiteral("Password must contain at least one uppercase letter "
                                             "from the Latin alphabet (A-Z)."),
                              QStringLiteral("Password must contain at least one number."),
                              QStringLiteral("Password must contain at least one "
                                             "non-alphanumeric character (! @ # $ % ^ & * ( ) _ + "
                                             "- = [ ] { } | ').")}));
        QVERIFY(policy.violations(QStringLiteral("Abcdefgh1|")).isEmpty());
    }

    void symbolsAreExactlyAwsList_data()
    {
        QTest::addColumn<QChar>("character");
        QTest::addColumn<bool>("counts");
        for (QChar c : QStringLiteral("!@#$%^&*()_+-=[]{}|'"))
            QTest::newRow(qPrintable(QString(c))) << c << true;
        QTest::newRow("dot") << QChar(u'.') << false;
        QTest::newRow("tilde") << QChar(u'~') << false;
        QTest::newRow("quote") << QChar(u'"') << false;
        QTest::newRow("space") << QChar(u' ') << false;
    }

    void symbolsAreExactlyAwsList()
    {
        QFETCH(QChar, character);
        QFETCH(bool, counts);
        PasswordPolicy policy;
        policy.minimumLength = 6;
        policy.requireSymbols = true;
        QCOMPARE(policy.violations(QStringLiteral("abcdef") + character).isEmpty(), counts);
    }

    void checkFailsWithPasswordPolicyViolation()
    {
        PasswordPolicy policy;
        policy.requireNumbers = true;
        QVERIFY(policy.check(QStringLiteral("abcdefg1")).ok());
        const Result<void> r = policy.check(QStringLiteral("abcdefgh"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("PasswordPolicyViolation"));
        QCOMPARE(r.error().httpStatus(), 400);
        // IAM's own words, untranslated; the unmet rules are violations(), shown beside.
        QCOMPARE(r.error().message(),
                 QStringLiteral("Password does not conform to the account password policy."));
        QCOMPARE(policy.violations(QStringLiteral("abcdefgh")),
                 QStringList{QStringLiteral("Password must contain at least one number.")});
    }

    void settingsWithinRangesAreValid_data()
    {
        QTest::addColumn<int>("minimumLength");
        QTest::addColumn<int>("maxAge");
        QTest::addColumn<int>("reuse");
        QTest::newRow("defaults") << 8 << 0 << 0;
        QTest::newRow("lowest") << 6 << 1 << 1;
        QTest::newRow("highest") << 128 << 1095 << 24;
    }

    void settingsWithinRangesAreValid()
    {
        QFETCH(int, minimumLength);
        QFETCH(int, maxAge);
        QFETCH(int, reuse);
        PasswordPolicy policy;
        policy.minimumLength = minimumLength;
        policy.maxPasswordAgeDays = maxAge;
        policy.passwordReusePrevention = reuse;
        QVERIFY(policy.validateSettings().ok());
    }

    void settingsOutOfRangeNameEachParameter()
    {
        PasswordPolicy policy;
        policy.minimumLength = 5;
        Result<void> r = policy.validateSettings();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("ValidationError"));
        QCOMPARE(r.error().message(),
                 QStringLiteral("1 validation error detected: Value '5' at 'minimumPasswordLength' "
                                "failed to satisfy constraint: Member must have value greater "
                                "than or equal to 6"));
        policy.minimumLength = 129;
        policy.maxPasswordAgeDays = 1096;
        policy.passwordReusePrevention = 25;
        r = policy.validateSettings();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(),
                 QStringLiteral(
                     "3 validation errors detected: Value '129' at 'minimumPasswordLength' failed "
                     "to satisfy constraint: Member must have value less than or equal to 128; "
                     "Value '1096' at 'maxPasswordAge' failed to satisfy constraint: Member must "
                     "have value less than or equal to 1095; Value '25' at "
                     "'passwordReusePrevention' failed to satisfy constraint: Member must have "
                     "value less than or equal to 24"));
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
