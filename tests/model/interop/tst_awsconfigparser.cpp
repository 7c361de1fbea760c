#include "common/resultassertions.h"
#include "interop/awsconfigparser.h"

#include <QTest>

class TestAwsConfigParser : public QObject
{
    Q_OBJECT

private:
    static Result<AwsConfigFile> parsed(const QString& text)
    {
        return AwsConfigParser::parse(text, QStringLiteral("config"));
    }

private slots:
    void readsARealisticFile()
    {
        const QString text = QStringLiteral("# ~/.aws/config\n"
                                            "[default]\n"
                                            "region = eu-central-1\n"
                                            "output = json\n"
                                            "\n"
                                            "; the SSO login\n"
                                            "[sso-session corp]\n"
                                            "sso_start_url = https://corp.awsapps.com/start\n"
                                            "sso_region = eu-west-1\n"
                                            "\n"
                                            "[profile dev]\n"
                                            "sso_session = corp\n"
                                            "sso_account_id = 111122223333\n"
                                            "s3 =\n"
                                            "  max_concurrent_requests = 20\n"
                                            "  addressing_style = path\n"
                                            "region = us-west-2\n"
                                            "\n"
                                            "[profile   Admin]\r\n"
                                            "  # indented comment\n"
                                            "role_arn = arn:aws:iam::444455556666:role/ops/Admin\n"
                                            "Source_Profile: dev\n"
                                            "[profile \"with space\"]\n"
                                            "aws_account_id = 777788889999\n"
                                            "role_name=Reader\n"
                                            "color = #ffaa22\n"
                                            "[services local]\n"
                                            "sts =\n"
                                            "  endpoint_url = http://127.0.0.1:4566\n");
        AwsConfigFile file;
        REQUIRE_VALUE(file, parsed(text));
        QCOMPARE(file.fileName, QStringLiteral("config"));
        QCOMPARE(file.sections.size(), 6);
        const QList<AwsConfigFile::Section> profiles = file.profiles();
        QCOMPARE(profiles.size(), 4);
        QCOMPARE(profiles[0].name, QStringLiteral("default"));
        QCOMPARE(profiles[0].value(QStringLiteral("region")), QStringLiteral("eu-central-1"));
        QCOMPARE(profiles[0].line, 2);

        QCOMPARE(file.sections[1].kind, AwsConfigFile::Section::SsoSession);
        QCOMPARE(file.sections[1].name, QStringLiteral("corp"));
        QVERIFY(!file.profile(QStringLiteral("corp")));

        const AwsConfigFile::Section* dev = file.profile(QStringLiteral("dev"));
        QVERIFY(dev);
        // The sub-section is skipped; the setting after it is the profile's.
        QVERIFY(!dev->has(QStringLiteral("s3")));
        QVERIFY(!dev->has(QStringLiteral("max_concurrent_requests")));
        QCOMPARE(dev->value(QStringLiteral("region")), QStringLiteral("us-west-2"));
        QCOMPARE(dev->lineOf(QStringLiteral("region")), 17);

        const AwsConfigFile::Section* admin = file.profile(QStringLiteral("Admin"));
        QVERIFY(admin);
        QCOMPARE(admin->value(QStringLiteral("role_arn")),
                 QStringLiteral("arn:aws:iam::444455556666:role/ops/Admin"));
        QCOMPARE(admin->lineOf(QStringLiteral("role_arn")), 21);
        // Keys ignore case; ':' separates like '='.
        QCOMPARE(admin->value(QStringLiteral("source_profile")), QStringLiteral("dev"));

        const AwsConfigFile::Section* spaced = file.profile(QStringLiteral("with space"));
        QVERIFY(spaced);
        QCOMPARE(spaced->value(QStringLiteral("role_name")), QStringLiteral("Reader"));
        QCOMPARE(spaced->value(QStringLiteral("color")), QStringLiteral("#ffaa22"));
        QCOMPARE(file.sections.last().kind, AwsConfigFile::Section::Services);
    }

    void continuationLinesExtendAValue()
    {
        AwsConfigFile file;
        REQUIRE_VALUE(file, parsed(QStringLiteral("[profile p]\n"
                                                  "description = first\n"
                                                  "   second\n"
                                                  "region = x\n")));
        QCOMPARE(file.profile(QStringLiteral("p"))->value(QStringLiteral("description")),
                 QStringLiteral("first\nsecond"));
        QCOMPARE(file.profile(QStringLiteral("p"))->value(QStringLiteral("region")),
                 QStringLiteral("x"));
    }

    void otherHeadersAreNotProfiles()
    {
        AwsConfigFile file;
        REQUIRE_VALUE(file, parsed(QStringLiteral("[marketing]\nrole_arn = x\n"
                                                  "[profile a b]\nregion = x\n"
                                                  "[profile default]\nregion = y\n")));
        QCOMPARE(file.sections.size(), 3);
        QCOMPARE(file.sections[0].kind, AwsConfigFile::Section::Other);
        QCOMPARE(file.sections[1].kind, AwsConfigFile::Section::Other);
        QCOMPARE(file.profiles().size(), 1);
        QCOMPARE(file.profiles().first().name, QStringLiteral("default"));
    }

    void valuesKeepWhatFollowsAsTheAwsCliDoes()
    {
        // No inline comments: botocore keeps "# note" in the value.
        AwsConfigFile file;
        REQUIRE_VALUE(file, parsed(QStringLiteral("[default]\nregion = us-east-1 # note\n")));
        QCOMPARE(file.profiles().first().value(QStringLiteral("region")),
                 QStringLiteral("us-east-1 # note"));
    }

    void anEmptyFileHasNoSections()
    {
        for (const QString& text : {QString(), QStringLiteral("# only a comment\n\n")}) {
            AwsConfigFile file;
            REQUIRE_VALUE(file, parsed(text));
            QVERIFY(file.sections.isEmpty());
        }
    }

    void malformedLinesAreNamedByLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("before any section")
            << QStringLiteral("# top\nregion = x\n")
            << QStringLiteral("config:2: \"region = x\" comes before any section; put it under "
                              "[default] or [profile NAME]");
        QTest::newRow("no delimiter") << QStringLiteral("[default]\nregion = x\njust words\n")
                                      << QStringLiteral("config:3: \"just words\" is not a "
                                                        "setting (key = value)");
        QTest::newRow("unclosed header")
            << QStringLiteral("[default]\n[profile x\n")
            << QStringLiteral("config:2: the section header [profile x has no closing ']'");
        QTest::newRow("empty header")
            << QStringLiteral("[ ]\n") << QStringLiteral("config:1: the section header is empty");
        QTest::newRow("no key") << QStringLiteral("[default]\n= x\n")
                                << QStringLiteral("config:2: \"= x\" has no key before the '='");
        QTest::newRow("key twice")
            << QStringLiteral("[profile a]\nregion = x\nREGION = y\n")
            << QStringLiteral("config:3: region is set again; it was set on line 2 of [profile a]");
        QTest::newRow("profile twice")
            << QStringLiteral("[default]\n\n[profile default]\n")
            << QStringLiteral("config:3: [profile default] repeats the section of line 1; merge "
                              "the two");
    }

    void malformedLinesAreNamedByLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        REQUIRE_ERROR(AwsConfigParser::parse(text, QStringLiteral("config")), "ValidationError",
                      message);
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigParser)
#include "tst_awsconfigparser.moc"
