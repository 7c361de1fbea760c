#include "common/resultassertions.h"
#include "iam/arn.h"
#include "interop/awsconfigimporter.h"
#include "interoptesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryTest;
using namespace InteropTest;

class TestAwsConfigImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    const QString userArn = Arn::user(prod, QStringLiteral("/"), QStringLiteral("John")).toString();

    Result<AwsConfigImporter::Summary> import(const QString& text)
    {
        return AwsConfigImporter(*dir).importText(text, QStringLiteral("config"), userArn);
    }

    QStringList profileNames() const
    {
        QStringList names;
        for (const RoleBookmark& b : dir->roleBookmarks(userArn))
            names << b.profileName;
        return names;
    }

    static QString externalIdTrust(const QString& account)
    {
        return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                              "\"Principal\":{\"AWS\":\"arn:aws:iam::%1:root\"},"
                              "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                              "{\"sts:ExternalId\":\"partner-7\"}}}]}")
            .arg(account);
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(dir, emptyDirectory());
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createAccount(dev));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        Role admin = role(prod, QStringLiteral("Admin"));
        admin.path = QStringLiteral("/ops/");
        REQUIRE_OK(dir->createRole(admin));
        REQUIRE_OK(dir->createRole(role(dev, QStringLiteral("Reader"))));
        Role partner = role(dev, QStringLiteral("Partner"));
        partner.trustPolicy = externalIdTrust(dev);
        REQUIRE_OK(dir->createRole(partner));
    }

    void roleProfilesBecomeSavedRoles()
    {
        const auto summary =
            import(QStringLiteral("[default]\n"
                                  "region = eu-central-1\n"
                                  "[profile admin]\n"
                                  "role_arn = arn:aws:iam::111122223333:role/ops/Admin\n"
                                  "source_profile = default\n"
                                  "display_name = Production admin\n"
                                  "color = ff0000\n"
                                  "duration_seconds = 7200\n"
                                  "role_session_name = john-admin\n"
                                  "mfa_serial = arn:aws:iam::111122223333:mfa/JohnPhone\n"
                                  "region = us-west-2\n"
                                  "[profile dev-reader]\n"
                                  "aws_account_id = 444455556666\n"
                                  "role_name = Reader\n"
                                  "color = 83d4e8\n"
                                  "[profile by-alias]\n"
                                  "aws_account_id = catphoto-prod\n"
                                  "role_name = ops/Admin\n"));
        REQUIRE_OK(summary);
        QVERIFY2(summary->warnings.isEmpty(), qPrintable(summary->warnings.join(u'\n')));
        const QList<RoleBookmark> saved = dir->roleBookmarks(userArn);
        QCOMPARE(saved, summary->bookmarks);
        QCOMPARE(profileNames(), (QStringList{QStringLiteral("admin"), QStringLiteral("dev-reader"),
                                              QStringLiteral("by-alias")}));
        const RoleBookmark& admin = saved[0];
        QCOMPARE(admin.userArn, userArn);
        QCOMPARE(admin.accountId, prod);
        QCOMPARE(admin.accountInput, prod);
        QCOMPARE(admin.roleName, QStringLiteral("ops/Admin"));
        QCOMPARE(admin.displayName, QStringLiteral("Production admin"));
        QCOMPARE(admin.color, QStringLiteral("red"));
        QCOMPARE(admin.durationSeconds, std::optional<int>(7200));
        QCOMPARE(admin.sessionName, QStringLiteral("john-admin"));
        QCOMPARE(admin.mfaSerial, QStringLiteral("arn:aws:iam::111122223333:mfa/JohnPhone"));
        QCOMPARE(admin.region, QStringLiteral("us-west-2"));
        QCOMPARE(admin.sourceProfile, QStringLiteral("default"));

        const RoleBookmark& reader = saved[1];
        QCOMPARE(reader.accountId, dev);
        QCOMPARE(reader.roleName, QStringLiteral("Reader"));
        QCOMPARE(reader.displayName, QStringLiteral("dev-reader")); // the profile's name
        QCOMPARE(reader.color, QStringLiteral("blue"));
        QVERIFY(!reader.durationSeconds);

        const RoleBookmark& byAlias = saved[2];
        QCOMPARE(byAlias.accountInput, QStringLiteral("catphoto-prod"));
        QCOMPARE(byAlias.accountId, prod);
        QCOMPARE(byAlias.color, QStringLiteral("blue")); // the Switch Role form's default
    }

    void colorsMapToTheNearestOfTheFive_data()
    {
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pure red") << QStringLiteral("ff0000") << QStringLiteral("red");
        QTest::newRow("pure green") << QStringLiteral("#00ff00") << QStringLiteral("green");
        QTest::newRow("pure blue") << QStringLiteral("0000FF") << QStringLiteral("blue");
        QTest::newRow("near orange") << QStringLiteral("f9c3a0") << QStringLiteral("orange");
        QTest::newRow("near yellow") << QStringLiteral("#f0e090") << QStringLiteral("yellow");
        QTest::newRow("short form") << QStringLiteral("#8de") << QStringLiteral("blue");
        QTest::newRow("by name") << QStringLiteral("Orange") << QStringLiteral("orange");
    }

    void colorsMapToTheNearestOfTheFive()
    {
        QFETCH(QString, color);
        QFETCH(QString, expected);
        const auto summary = import(QStringLiteral("[profile p]\n"
                                                   "role_arn = arn:aws:iam::444455556666:role/"
                                                   "Reader\n"
                                                   "color = %1\n")
                                        .arg(color));
        REQUIRE_OK(summary);
        QCOMPARE(dir->roleBookmarks(userArn).value(0).color, expected);
    }

    void reimportingReplacesProfilesOfTheSameName()
    {
        REQUIRE_OK(import(QStringLiteral("[profile a]\n"
                                         "role_arn = arn:aws:iam::444455556666:role/Reader\n"
                                         "color = red\n"
                                         "[profile b]\n"
                                         "aws_account_id = 444455556666\nrole_name = Reader\n")));
        REQUIRE_OK(import(QStringLiteral("[profile a]\n"
                                         "role_arn = arn:aws:iam::111122223333:role/ops/Admin\n"
                                         "color = green\n")));
        const QList<RoleBookmark> saved = dir->roleBookmarks(userArn);
        QCOMPARE(saved.size(), 2);
        const auto a = std::find_if(saved.begin(), saved.end(), [](const RoleBookmark& b) {
            return b.profileName == QLatin1String("a");
        });
        QVERIFY(a != saved.end());
        QCOMPARE(a->roleName, QStringLiteral("ops/Admin"));
        QCOMPARE(a->color, QStringLiteral("green"));
    }

    void aBadFileImportsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString good =
            QStringLiteral("[profile good]\nrole_arn = arn:aws:iam::444455556666:role/Reader\n");
        QTest::newRow("not a role ARN")
            << good + QStringLiteral("[profile bad]\nrole_arn = arn:aws:iam::12:role/x\n")
            << QStringLiteral("config:4: role_arn \"arn:aws:iam::12:role/x\" is not a role ARN "
                              "(arn:aws:iam::<12-digit account id>:role/<path><name>)");
        QTest::newRow("a user ARN")
            << good + QStringLiteral("[profile bad]\nrole_arn = arn:aws:iam::444455556666:user/x\n")
            << QStringLiteral("config:4: role_arn \"arn:aws:iam::444455556666:user/x\" is not a "
                              "role ARN (arn:aws:iam::<12-digit account id>:role/<path><name>)");
        QTest::newRow("no role name")
            << good + QStringLiteral("[profile bad]\n\naws_account_id = 444455556666\n")
            << QStringLiteral("config:5: profile bad needs both aws_account_id and role_name");
        QTest::newRow("bad account")
            << good + QStringLiteral("[profile bad]\naws_account_id = 12 34\nrole_name = R\n")
            << QStringLiteral("config:4: aws_account_id \"12 34\" is neither a 12-digit account "
                              "id nor an account alias");
        QTest::newRow("bad color")
            << good + QStringLiteral("[profile bad]\nrole_arn = arn:aws:iam::444455556666:role/"
                                     "Reader\ncolor = purple-ish\n")
            << QStringLiteral("config:5: color \"purple-ish\" is not a color; write a hex value "
                              "such as ffaa22, or red, orange, yellow, green or blue");
        QTest::newRow("bad duration")
            << good + QStringLiteral("[profile bad]\nrole_arn = arn:aws:iam::444455556666:role/"
                                     "Reader\nduration_seconds = an hour\n")
            << QStringLiteral("config:5: duration_seconds \"an hour\" is not a whole number of "
                              "seconds");
        QTest::newRow("syntax") << good + QStringLiteral("oops\n")
                                << QStringLiteral(
                                       "config:3: \"oops\" is not a setting (key = value)");
    }

    void aBadFileImportsNothing()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        REQUIRE_OK(import(QStringLiteral("[profile kept]\n"
                                         "role_arn = arn:aws:iam::444455556666:role/Reader\n")));
        REQUIRE_ERROR(import(text), "ValidationError", message);
        QCOMPARE(profileNames(), QStringList{QStringLiteral("kept")});
    }

    void aDurationOutOfRangeIsRefused()
    {
        const auto r = import(QStringLiteral("[profile p]\n"
                                             "role_arn = arn:aws:iam::444455556666:role/Reader\n"
                                             "duration_seconds = 60\n"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().startsWith(QStringLiteral("config:3: ")),
                 qPrintable(r.error().message()));
        QVERIFY(dir->roleBookmarks(userArn).isEmpty());
    }

    void warnsForWhatTheConsoleCannotSwitchTo()
    {
        const auto summary =
            import(QStringLiteral("[profile partner]\n"                                   // 1
                                  "role_arn = arn:aws:iam::444455556666:role/Partner\n"   // 2
                                  "[profile with-external-id]\n"                          // 3
                                  "role_arn = arn:aws:iam::444455556666:role/Reader\n"    // 4
                                  "external_id = partner-7\n"                             // 5
                                  "[profile elsewhere]\n"                                 // 6
                                  "role_arn = arn:aws:iam::999988887777:role/Admin\n"     // 7
                                  "[profile missing-role]\n"                              // 8
                                  "aws_account_id = 444455556666\nrole_name = Nobody\n"   // 9, 10
                                  "[profile chained]\n"                                   // 11
                                  "role_arn = arn:aws:iam::444455556666:role/Reader\n"    // 12
                                  "source_profile = ghost\n"                              // 13
                                  "[marketing]\n"                                         // 14
                                  "role_arn = arn:aws:iam::444455556666:role/Reader\n")); // 15
        REQUIRE_OK(summary);
        QCOMPARE(summary->bookmarks.size(), 5);
        const QStringList expected{
            QStringLiteral("config:1: profile partner: the trust policy of role Partner requires "
                           "an ExternalId, which the console cannot send; switch to it with the "
                           "CLI"),
            QStringLiteral("config:5: profile with-external-id sets external_id, which the "
                           "console cannot send when it switches; use the CLI for it"),
            QStringLiteral("config:6: profile elsewhere: this directory has no account "
                           "999988887777, so the console cannot switch to it yet"),
            QStringLiteral("config:8: profile missing-role: account 444455556666 has no role "
                           "Nobody, so the console cannot switch to it yet"),
            QStringLiteral("config:13: profile chained has source_profile ghost, which the file "
                           "does not define"),
            QStringLiteral("config:14: [marketing] is not a profile for the AWS CLI and was "
                           "skipped; write [profile marketing]"),
        };
        QCOMPARE(summary->warnings, expected);
        QCOMPARE(dir->roleBookmarks(userArn).value(1).externalId, QStringLiteral("partner-7"));
    }

    void aLoopingSourceChainIsAWarning()
    {
        const auto summary = import(QStringLiteral("[profile a]\nsource_profile = b\n"
                                                   "role_arn = arn:aws:iam::444455556666:role/"
                                                   "Reader\n"
                                                   "[profile b]\nsource_profile = a\n"));
        REQUIRE_OK(summary);
        QCOMPARE(summary->warnings,
                 QStringList{QStringLiteral(
                     "config:5: the source_profile chain of profile a loops back to a")});
    }

    void aFileWithoutRolesImportsNothingAndSaysSo()
    {
        const auto summary = import(QStringLiteral("[default]\nregion = us-east-1\n"));
        REQUIRE_OK(summary);
        QVERIFY(summary->bookmarks.isEmpty());
        QCOMPARE(summary->warnings,
                 QStringList{QStringLiteral("config: no profile names a role (role_arn, or "
                                            "aws_account_id and role_name)")});
    }

    void onlyAnExistingUserGetsSavedRoles()
    {
        const QString stranger =
            Arn::user(prod, QStringLiteral("/"), QStringLiteral("Nobody")).toString();
        const auto r = AwsConfigImporter(*dir).importText(
            QStringLiteral("[profile p]\nrole_arn = arn:aws:iam::444455556666:role/Reader\n"),
            QStringLiteral("config"), stranger);
        REQUIRE_CODE(r, "NoSuchEntity");
        QVERIFY(dir->roleBookmarks(stranger).isEmpty());
    }

    void readsAFileByItsPath()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("config"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profile p]\nrole_arn = arn:aws:iam::444455556666:role/Reader\nbroken\n");
        file.close();
        REQUIRE_ERROR(AwsConfigImporter(*dir).importFile(path, userArn), "ValidationError",
                      "config:3: \"broken\" is not a setting (key = value)");
        REQUIRE_CODE(
            AwsConfigImporter(*dir).importFile(tmp.filePath(QStringLiteral("none")), userArn),
            "ValidationError");
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigImporter)
#include "tst_awsconfigimporter.moc"
