#include "directorytesthelpers.h"

#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryTest;

class TestDemoDirectory : public QObject
{
    Q_OBJECT

private:
    static Result<std::unique_ptr<Directory>>
    seeded(const QString& path = QStringLiteral(":memory:"),
           const QString& password = QStringLiteral("Demo-pass-1"))
    {
        auto opened = Directory::open(path);
        if (!opened)
            return opened.error();
        if (const auto result = DemoDirectory::seed(*opened.value(), password); !result)
            return result.error();
        return opened;
    }

    static QStringList names(const QList<Group>& groups)
    {
        QStringList out;
        for (const Group& g : groups)
            out << g.name;
        return out;
    }

    static QStringList names(const QList<ManagedPolicy>& policies)
    {
        QStringList out;
        for (const ManagedPolicy& p : policies)
            out << p.name;
        return out;
    }

    // The scrypt hash the directory keeps for a demo credential: the user's
    // login profile, or the account's root user.
    static QString storedHash(const Directory& dir, const DemoDirectory::Credential& c)
    {
        if (c.isRoot()) {
            const auto root = dir.rootUserByEmail(c.email);
            return root && root->accountId == c.accountId ? root->passwordHash : QString();
        }
        const auto profile = dir.loginProfile(c.accountId, c.userName);
        return profile ? profile->passwordHash : QString();
    }

    static QJsonObject json(const QString& text)
    {
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    // The only statement of a trust policy.
    static QJsonObject trustStatement(const Directory& dir, const QString& account,
                                      const QString& role)
    {
        const auto r = dir.role(account, role);
        if (!r)
            return {};
        const QJsonArray statements =
            json(r->trustPolicy).value(QStringLiteral("Statement")).toArray();
        return statements.size() == 1 ? statements.first().toObject() : QJsonObject();
    }

private slots:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void theTwoCatPhotoAccounts()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, seeded());
        const QList<Account> accounts = dir->accounts();
        QCOMPARE(accounts, (QList<Account>{{prod, QStringLiteral("catphoto-prod")},
                                           {dev, QStringLiteral("catphoto-dev")}}));
    }

    void usersAndTheirGroups()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, seeded());
        const QList<QPair<QString, QStringList>> expected{
            {QStringLiteral("John"), {QStringLiteral("Developers")}},
            {QStringLiteral("Ana"), {QStringLiteral("Developers")}},
            {QStringLiteral("Maria"), {QStringLiteral("Admins")}},
            {QStringLiteral("Sam"), {QStringLiteral("SecurityEngineers")}},
            {QStringLiteral("Li"), {QStringLiteral("Auditors")}},
            {QStringLiteral("Paulo"), {}},
            {QStringLiteral("Kiri"), {QStringLiteral("Developers")}},
            {QStringLiteral("Noor"), {}}};
        for (const auto& [user, groups] : expected)
            QCOMPARE(names(dir->groupsForUser(prod, user)), groups);
        QCOMPARE(dir->userCount(prod), int(expected.size()));
        QVERIFY(dir->usersInGroup(prod, QStringLiteral("Interns")).isEmpty());
        QVERIFY(
            dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("Interns")).isEmpty());
        QCOMPARE(dir->user(prod, QStringLiteral("Kiri"))->path, QStringLiteral("/contractors/"));
        QCOMPARE(dir->user(prod, QStringLiteral("Kiri"))->permissionsBoundaryArn,
                 QStringLiteral("arn:aws:iam::111122223333:policy/boundaries/ContractorBoundary"));
        QVERIFY(dir->user(prod, QStringLiteral("John"))
                    ->tags.contains(Tag{QStringLiteral("team"), QStringLiteral("photo-app")}));
        QVERIFY(dir->userCount(dev) >= 1);
        QCOMPARE(names(dir->groupsForUser(dev, QStringLiteral("Rosa"))),
                 QStringList{QStringLiteral("Developers")});
    }

    void groupsCarryTheirPolicies()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, seeded());
        QCOMPARE(names(dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("Admins"))),
                 QStringList{QStringLiteral("AdministratorAccess")});
        QCOMPARE(
            names(dir->attachedPolicies(EntityKind::Group, prod,
                                        QStringLiteral("SecurityEngineers"))),
            (QStringList{QStringLiteral("IAMReadOnlyAccess"), QStringLiteral("SecurityAudit")}));
        QCOMPARE(names(dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("Auditors"))),
                 QStringList{QStringLiteral("ReadOnlyAccess")});
        QCOMPARE(
            names(dir->attachedPolicies(EntityKind::Group, prod, QStringLiteral("Developers"))),
            QStringList{QStringLiteral("DeveloperAccess")});
        QCOMPARE(dir->inlinePolicies(EntityKind::Group, prod, QStringLiteral("Developers")).size(),
                 1);

        // Developers: everything but IAM, and the two cover roles.
        const auto developer = dir->defaultPolicyVersion(
            QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess"));
        QVERIFY(developer);
        bool deniesIam = false;
        QStringList assumable;
        for (const QJsonValue& s :
             json(developer->document).value(QStringLiteral("Statement")).toArray()) {
            const QJsonObject statement = s.toObject();
            if (statement.value(QStringLiteral("NotAction"))
                    .toArray()
                    .contains(QStringLiteral("iam:*")))
                deniesIam = true;
            if (statement.value(QStringLiteral("Action")).toString() ==
                QLatin1String("sts:AssumeRole"))
                for (const QJsonValue& r : statement.value(QStringLiteral("Resource")).toArray())
                    assumable << r.toString();
        }
        QVERIFY(deniesIam);
        QCOMPARE(
            assumable,
            (QStringList{QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer"),
                         QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor")}));
    }

    void rolesShowOneIdeaEach()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, seeded());
        const QString prodRoot = QStringLiteral("arn:aws:iam::111122223333:root");

        QJsonObject s = trustStatement(*dir, prod, QStringLiteral("SecurityEngineer"));
        QCOMPARE(
            s.value(QStringLiteral("Principal")).toObject().value(QStringLiteral("AWS")).toString(),
            prodRoot);
        QCOMPARE(
            names(
                dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("SecurityEngineer"))),
            (QStringList{QStringLiteral("IAMReadOnlyAccess"), QStringLiteral("SecurityAudit")}));

        s = trustStatement(*dir, prod, QStringLiteral("CatPhotoApp"));
        QCOMPARE(s.value(QStringLiteral("Principal"))
                     .toObject()
                     .value(QStringLiteral("Service"))
                     .toString(),
                 QStringLiteral("ec2.amazonaws.com"));
        const auto uploads =
            dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("CatPhotoApp"));
        QCOMPARE(uploads.size(), 1);
        QVERIFY(dir->defaultPolicyVersion(uploads.first().arn)
                    ->document.contains(QStringLiteral("catphoto-uploads")));

        s = trustStatement(*dir, prod, QStringLiteral("FederatedReadOnly"));
        QCOMPARE(s.value(QStringLiteral("Principal"))
                     .toObject()
                     .value(QStringLiteral("Federated"))
                     .toString(),
                 QStringLiteral("arn:aws:iam::111122223333:saml-provider/CatPhotoIdP"));
        QCOMPARE(s.value(QStringLiteral("Action")).toString(),
                 QStringLiteral("sts:AssumeRoleWithSAML"));
        QVERIFY(s.value(QStringLiteral("Condition"))
                    .toObject()
                    .value(QStringLiteral("StringEquals"))
                    .toObject()
                    .contains(QStringLiteral("SAML:aud")));

        s = trustStatement(*dir, prod, QStringLiteral("BreakGlassAdmin"));
        QCOMPARE(s.value(QStringLiteral("Condition"))
                     .toObject()
                     .value(QStringLiteral("Bool"))
                     .toObject()
                     .value(QStringLiteral("aws:MultiFactorAuthPresent")),
                 QJsonValue(QStringLiteral("true")));
        QCOMPARE(dir->role(prod, QStringLiteral("BreakGlassAdmin"))->maxSessionDuration, 3600);
        QCOMPARE(
            names(dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("BreakGlassAdmin"))),
            QStringList{QStringLiteral("AdministratorAccess")});

        s = trustStatement(*dir, prod, QStringLiteral("VendorAccess"));
        QCOMPARE(
            s.value(QStringLiteral("Principal")).toObject().value(QStringLiteral("AWS")).toString(),
            QStringLiteral("arn:aws:iam::999988887777:root"));
        QVERIFY(s.value(QStringLiteral("Condition"))
                    .toObject()
                    .value(QStringLiteral("StringEquals"))
                    .toObject()
                    .contains(QStringLiteral("sts:ExternalId")));

        s = trustStatement(*dir, dev, QStringLiteral("CrossAccountAuditor"));
        QCOMPARE(
            s.value(QStringLiteral("Principal")).toObject().value(QStringLiteral("AWS")).toString(),
            prodRoot);
        QCOMPARE(names(dir->attachedPolicies(EntityKind::Role, dev,
                                             QStringLiteral("CrossAccountAuditor"))),
                 QStringList{QStringLiteral("ReadOnlyAccess")});

        // Attribute-based access: the session's project tag must match the resource's
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
        const auto editor = dir->role(prod, QStringLiteral("ProjectEditor"));
        QVERIFY(editor);
        QVERIFY(editor->trustPolicy.contains(QStringLiteral("sts:TagSession")));
        const auto sameProject =
            dir->inlinePolicies(EntityKind::Role, prod, QStringLiteral("ProjectEditor"));
        QCOMPARE(sameProject.size(), 1);
        QVERIFY(sameProject.first().document.contains(
            QStringLiteral("\"aws:ResourceTag/project\": \"${aws:PrincipalTag/project}\"")));
        QVERIFY(dir->user(prod, QStringLiteral("Noor"))
                    ->tags.contains(Tag{QStringLiteral("project"), QStringLiteral("catalog")}));

        for (const Role& role : dir->roles(prod) + dir->roles(dev))
            QVERIFY2(role.description.size() > 40,
                     qPrintable(role.name)); // each one teaches something
        QVERIFY(!dir->role(prod, QStringLiteral("CatPhotoApp"))->tags.isEmpty());
        // The trust policies read as the console shows them: Version first, indented.
        QVERIFY(dir->role(prod, QStringLiteral("CatPhotoApp"))
                    ->trustPolicy.startsWith(
                        QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\"")));
    }

    void givenPasswordIsStoredOnlyAsHashes()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("demo.sqlite"));
        const QString password = QStringLiteral("Purring-Kitten-42");
        QList<DemoDirectory::Credential> credentials;
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            const auto seeded = DemoDirectory::seed(*dir, password);
            REQUIRE_OK(seeded);
            credentials = seeded.value();
            for (const auto& c : credentials) {
                QCOMPARE(c.password, password);
                const QString hash = storedHash(*dir, c);
                QVERIFY2(hash.startsWith(QStringLiteral("$scrypt$")), qPrintable(c.userArn));
                QVERIFY(PasswordHasher::verify(password, hash));
            }
            // Every user, and each account's root user.
            QCOMPARE(credentials.size(), dir->userCount(prod) + dir->userCount(dev) + 2);
        }
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(bytes.contains("catphoto-prod"));    // the file is readable as such...
        QVERIFY(!bytes.contains(password.toUtf8())); // ...but holds no password
    }

    void generatedPasswordsDifferAndAreReturnedOnce()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("demo.sqlite"));
        QList<DemoDirectory::Credential> credentials;
        {
            std::unique_ptr<Directory> dir;
            REQUIRE_VALUE(dir, Directory::open(path));
            const auto seeded = DemoDirectory::seed(*dir);
            REQUIRE_OK(seeded);
            credentials = seeded.value();
            for (const auto& c : credentials)
                QVERIFY(PasswordHasher::verify(c.password, storedHash(*dir, c)));
        }
        QSet<QString> distinct;
        const QByteArray bytes = fileBytes(path);
        for (const auto& c : credentials) {
            QVERIFY(c.password.size() >= 12);
            distinct.insert(c.password);
            QVERIFY2(!bytes.contains(c.password.toUtf8()), qPrintable(c.userArn));
        }
        QCOMPARE(distinct.size(), credentials.size());
        const auto john = std::find_if(credentials.begin(), credentials.end(), [](const auto& c) {
            return c.userName == QLatin1String("John");
        });
        QVERIFY(john != credentials.end());
        QCOMPARE(john->account, QStringLiteral("catphoto-prod"));
        QCOMPARE(john->accountId, prod);
        QCOMPARE(john->userArn, QStringLiteral("arn:aws:iam::111122223333:user/John"));
    }

    void everyDemoAccountHasARootUserSigningInByEmail()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(QStringLiteral(":memory:")));
        const auto seeded = DemoDirectory::seed(*dir, QStringLiteral("Root-pass-1"));
        REQUIRE_OK(seeded);
        for (const QString& account : {prod, dev}) {
            const auto root = dir->rootUser(account);
            QVERIFY2(root, qPrintable(account));
            QCOMPARE(root->arn(), QStringLiteral("arn:aws:iam::%1:root").arg(account));
            QCOMPARE(root->email, DemoDirectory::rootEmail(dir->findAccount(account)->alias));
            QVERIFY(PasswordHasher::verify(QStringLiteral("Root-pass-1"), root->passwordHash));
            const auto shown =
                std::find_if(seeded.value().begin(), seeded.value().end(),
                             [&](const auto& c) { return c.isRoot() && c.accountId == account; });
            QVERIFY(shown != seeded.value().end());
            QCOMPARE(shown->email, root->email);
            QCOMPARE(shown->userArn, root->arn());
        }
        QCOMPARE(dir->rootUserByEmail(QStringLiteral(" ROOT@catphoto-prod.example "))->accountId,
                 prod);
    }

    void seedingIsOneChange()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(QStringLiteral(":memory:")));
        QSignalSpy reset(dir.get(), &Directory::directoryReset);
        QSignalSpy added(dir.get(), &Directory::entityAdded);
        QSignalSpy accounts(dir.get(), &Directory::accountsChanged);
        REQUIRE_OK(DemoDirectory::seed(*dir, QStringLiteral("pw")));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(accounts.count(), 0);
    }

    void aFailedSeedLeavesNothing()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, Directory::open(QStringLiteral(":memory:")));
        QSignalSpy reset(dir.get(), &Directory::directoryReset);
        QJsonObject definition =
            QJsonDocument::fromJson(DemoDirectory::builtInDefinition()).object();
        QJsonArray accounts = definition.value(QStringLiteral("accounts")).toArray();
        QJsonObject second = accounts[1].toObject();
        QJsonArray users = second.value(QStringLiteral("users")).toArray();
        users.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("has space")}});
        second.insert(QStringLiteral("users"), users);
        accounts[1] = second;
        definition.insert(QStringLiteral("accounts"), accounts);
        const auto seeded =
            DemoDirectory::seed(*dir, QStringLiteral("pw"), QJsonDocument(definition).toJson());
        QVERIFY(!seeded.ok());
        QCOMPARE(seeded.error().code(), QStringLiteral("ValidationError"));
        QVERIFY2(
            seeded.error().message().startsWith(QStringLiteral("Demo directory, user has space: ")),
            qPrintable(seeded.error().message()));
        QVERIFY(dir->isEmpty());
        QCOMPARE(dir->userCount(prod), 0);
        QCOMPARE(reset.count(), 0);
        // Seeding twice is refused as a whole too.
        REQUIRE_OK(DemoDirectory::seed(*dir, QStringLiteral("pw")));
        const int userCount = dir->userCount(prod);
        REQUIRE_CODE(DemoDirectory::seed(*dir, QStringLiteral("pw")), "EntityAlreadyExists");
        QCOMPARE(dir->userCount(prod), userCount);
        QCOMPARE(DemoDirectory::seed(*dir, QString(), QByteArray("{not json")).error().code(),
                 QStringLiteral("ServiceFailure"));
    }
};

QTEST_GUILESS_MAIN(TestDemoDirectory)
#include "tst_demodirectory.moc"
