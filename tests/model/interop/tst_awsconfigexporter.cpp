#include "common/resultassertions.h"
#include "crypto/passwordhasher.h"
#include "iam/arn.h"
#include "interop/awsconfigexporter.h"
#include "interop/awsconfigimporter.h"
#include "interop/awsconfigparser.h"
#include "interoptesthelpers.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace DirectoryTest;
using namespace InteropTest;

class TestAwsConfigExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    const QString elsewhere = QStringLiteral("/srv/switch board/it's here.sqlite");

    AwsConfigExporter::Options options() const
    {
        AwsConfigExporter::Options o;
        o.userName = QStringLiteral("John");
        o.directoryPath = elsewhere;
        return o;
    }

    // POSIX word splitting of a command as botocore's shlex.split does it
    // (single quotes, double quotes, backslashes), to read the export back.
    static QStringList shellSplit(const QString& command)
    {
        QStringList words;
        QString word;
        bool inWord = false;
        QChar quote;
        for (qsizetype i = 0; i < command.size(); ++i) {
            const QChar c = command.at(i);
            if (quote == QLatin1Char('\'')) {
                if (c == quote)
                    quote = QChar();
                else
                    word += c;
            } else if (quote == QLatin1Char('"')) {
                if (c == quote)
                    quote = QChar();
                else if (c == QLatin1Char('\\') && i + 1 < command.size())
                    word += command.at(++i);
                else
                    word += c;
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                quote = c;
                inWord = true;
            } else if (c == QLatin1Char('\\') && i + 1 < command.size()) {
                word += command.at(++i);
                inWord = true;
            } else if (c.isSpace()) {
                if (inWord)
                    words << word;
                word.clear();
                inWord = false;
            } else {
                word += c;
                inWord = true;
            }
        }
        if (inWord)
            words << word;
        return words;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        REQUIRE_VALUE(dir, emptyDirectory());
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createAccount(dev));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(dir->setLoginProfile(prod, QStringLiteral("John"),
                                        PasswordHasher::hash(QStringLiteral("Hunter2-secret!"))));
        REQUIRE_OK(dir->addAccessKey(prod, QStringLiteral("John"),
                                     QStringLiteral("AKIAIOSFODNN7EXAMPLE")));
        Role admin = role(prod, QStringLiteral("Admin"));
        admin.path = QStringLiteral("/ops/");
        REQUIRE_OK(dir->createRole(admin));
        REQUIRE_OK(dir->createRole(role(prod, QStringLiteral("Auditor"))));
        REQUIRE_OK(dir->createRole(role(dev, QStringLiteral("Reader"))));
    }

    void writesOneProfilePerRole()
    {
        AwsConfigExporter::Options o = options();
        o.accountId = QStringLiteral("catphoto-prod");
        o.endpointUrl = QStringLiteral("http://127.0.0.1:4566");
        o.region = QStringLiteral("eu-west-1");
        const auto text = AwsConfigExporter(*dir).exportText(o);
        REQUIRE_OK(text);
        const auto file = AwsConfigParser::parse(text.value(), QStringLiteral("config"));
        REQUIRE_OK(file);
        const QList<AwsConfigFile::Section> profiles = file->profiles();
        QCOMPARE(profiles.size(), 2);
        const AwsConfigFile::Section* admin = file->profile(QStringLiteral("Admin@catphoto-prod"));
        QVERIFY2(admin, qPrintable(text.value()));
        QCOMPARE(admin->value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
        QCOMPARE(admin->value(QStringLiteral("endpoint_url")),
                 QStringLiteral("http://127.0.0.1:4566"));
        QCOMPARE(admin->value(QStringLiteral("aws_account_id")), prod);
        QCOMPARE(admin->value(QStringLiteral("role_name")), QStringLiteral("ops/Admin"));
        QCOMPARE(
            shellSplit(admin->value(QStringLiteral("credential_process"))),
            (QStringList{QStringLiteral("switchboard"), QStringLiteral("--directory"), elsewhere,
                         QStringLiteral("credential-process"), QStringLiteral("--role-arn"),
                         QStringLiteral("arn:aws:iam::111122223333:role/ops/Admin"),
                         QStringLiteral("--user"), QStringLiteral("John"),
                         QStringLiteral("--account"), prod}));
        QVERIFY(text->contains(QStringLiteral(
            "credential_process = switchboard --directory '/srv/switch board/it'\\''s "
            "here.sqlite' credential-process --role-arn")));
    }

    void everyAccountWithoutAnAccount()
    {
        const auto text = AwsConfigExporter(*dir).exportText(options());
        REQUIRE_OK(text);
        const auto file = AwsConfigParser::parse(text.value(), QStringLiteral("config"));
        REQUIRE_OK(file);
        QStringList names;
        for (const AwsConfigFile::Section& p : file->profiles())
            names << p.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Admin@catphoto-prod"),
                                     QStringLiteral("Auditor@catphoto-prod"),
                                     QStringLiteral("Reader@444455556666")}));
        // John signs in to his own account, also for the other account's role.
        QVERIFY(file->profile(QStringLiteral("Reader@444455556666"))
                    ->value(QStringLiteral("credential_process"))
                    .endsWith(QStringLiteral("--user John --account 111122223333")));
        QVERIFY(!text->contains(QStringLiteral("endpoint_url")));
        QVERIFY(text->contains(QStringLiteral("region = us-east-1")));
    }

    void exportThenImportGivesASavedRoleForEveryRole()
    {
        const auto text = AwsConfigExporter(*dir).exportText(options());
        REQUIRE_OK(text);
        const QString john =
            Arn::user(prod, QStringLiteral("/"), QStringLiteral("John")).toString();
        const auto summary =
            AwsConfigImporter(*dir).importText(text.value(), QStringLiteral("config"), john);
        REQUIRE_OK(summary);
        QVERIFY2(summary->warnings.isEmpty(), qPrintable(summary->warnings.join(u'\n')));
        QSet<QString> imported;
        for (const RoleBookmark& b : dir->roleBookmarks(john))
            imported.insert(b.accountId + QLatin1Char(':') + b.roleName);
        QSet<QString> roles;
        for (const Account& a : dir->accounts())
            for (const Role& r : dir->roles(a.id))
                roles.insert(a.id + QLatin1Char(':') + r.path.mid(1) + r.name);
        QCOMPARE(imported, roles);
        QCOMPARE(imported.size(), 3);
    }

    void nothingSecretIsWritten()
    {
        const auto text = AwsConfigExporter(*dir).exportText(options());
        REQUIRE_OK(text);
        QVERIFY(!text->contains(QStringLiteral("AKIA")));
        QVERIFY(!text->contains(QStringLiteral("$scrypt$")));
        QVERIFY(!text->contains(QStringLiteral("Hunter2")));
        QVERIFY(!text->contains(QStringLiteral("aws_secret_access_key")));
        QVERIFY(!text->contains(QStringLiteral("aws_session_token")));
        QVERIFY(!text->contains(QStringLiteral("password"), Qt::CaseInsensitive));
    }

    void theDefaultDirectoryIsNotNamed()
    {
        AwsConfigExporter::Options o = options();
        o.directoryPath = Directory::defaultFilePath();
        const auto text = AwsConfigExporter(*dir).exportText(o);
        REQUIRE_OK(text);
        QVERIFY(!text->contains(QStringLiteral("--directory")));
        QVERIFY(text->contains(QStringLiteral("credential_process = switchboard credential-process "
                                              "--role-arn arn:aws:iam::111122223333:role/ops/Admin "
                                              "--user John --account 111122223333\n")));
    }

    void refusesWhatCannotBeWritten()
    {
        AwsConfigExporter::Options o = options();
        o.endpointUrl = QStringLiteral("not a url");
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "ValidationError");
        o = options();
        o.region = QStringLiteral("us east\n1");
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "ValidationError");
        o = options();
        o.directoryPath = QStringLiteral("/tmp/line\nbreak.sqlite");
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "ValidationError");
        o = options();
        o.directoryPath.clear(); // the in-memory directory itself
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "ValidationError");
        o = options();
        o.accountId = QStringLiteral("999988887777");
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "NoSuchEntity");
        o = options();
        o.userName = QStringLiteral("Nobody");
        REQUIRE_CODE(AwsConfigExporter(*dir).exportText(o), "NoSuchEntity");
    }

    void quotesWordsForAShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("arn:aws:iam::1:role/a/B+=,.@_-")
                               << QStringLiteral("arn:aws:iam::1:role/a/B+=,.@_-");
        QTest::newRow("space") << QStringLiteral("/a b") << QStringLiteral("'/a b'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
    }

    void quotesWordsForAShell()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(AwsConfigExporter::shellQuote(word), quoted);
        QCOMPARE(shellSplit(quoted), QStringList{word});
    }
};

QTEST_GUILESS_MAIN(TestAwsConfigExporter)
#include "tst_awsconfigexporter.moc"
