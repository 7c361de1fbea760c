#include "asynctesting.h"
#include "common/resultassertions.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "democonsole.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// A store whose keychain is gone: every put fails as a missing backend does.
class UnavailableSecretStore : public SecretStore
{
public:
    QString backendName() const override { return QStringLiteral("test keychain"); }
    int removes = 0;

protected:
    void startPut(SecretJob* job, SecureBytes) override
    {
        fail(job, BackendUnavailable, QStringLiteral("No keychain service is running."));
    }
    void startGet(SecretJob* job) override { fail(job, EntryNotFound, QStringLiteral("none")); }
    void startRemove(SecretJob* job) override
    {
        ++removes;
        succeed(job);
    }
    void startList(SecretJob* job) override { succeed(job, QStringList()); }
};
} // namespace

class TestAccessKeyManager : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString john = QStringLiteral("John");
    const QString ana = QStringLiteral("Ana");

    static std::optional<Result<NewAccessKey>> create(AccessKeyManager& keys,
                                                      const QString& account, const QString& user)
    {
        return AsyncTesting::waitForResult<NewAccessKey>(
            [&](auto done) { keys.create(account, user, std::move(done)); }, 5000);
    }

    template <typename Call>
    static std::optional<Result<void>> wait(Call call)
    {
        return AsyncTesting::waitForResult<void>(call, 5000);
    }

    QString secretKeyOf(const DemoConsole& c, const QString& accessKeyId) const
    {
        return SecretKey(QUuid::fromString(c.dir->directoryId()), SecretKey::Kind::AccessKey,
                         accessKeyId)
            .toString();
    }

private slots:
    void mariaCreatesTwoKeysForJohnAndNoThird()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        QSignalSpy changed(&keys, &AccessKeyManager::keysChanged);

        QStringList secrets;
        for (int i = 0; i < 2; ++i) {
            auto created = create(keys, prod, john);
            REQUIRE_ASYNC_OK(created);
            const NewAccessKey& key = created->value();
            QVERIFY(key.info.accessKeyId.startsWith(QLatin1String("AKIA")));
            QCOMPARE(key.info.accessKeyId.size(), 20);
            QVERIFY(key.info.active);
            QCOMPARE(key.info.userName, john);
            QCOMPARE(key.secretAccessKey.size(), 40);
            // The store holds exactly this secret, the directory only the metadata.
            QCOMPARE(
                AsyncTesting::storeValue(c.secrets, secretKeyOf(c, key.info.accessKeyId), 5000),
                key.secretAccessKey.insecureCopy());
            QVERIFY(c.dir->accessKey(key.info.accessKeyId).has_value());
            secrets << key.secretAccessKey.insecureUtf8String();
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(keys.keys(prod, john).size(), 2);
        QVERIFY(secrets.at(0) != secrets.at(1));

        const QStringList before = c.secretKeys();
        auto third = create(keys, prod, john);
        QVERIFY(third.has_value());
        QVERIFY(!third->ok());
        QCOMPARE(third->error().code(), QStringLiteral("LimitExceeded"));
        QCOMPARE(third->error().message(),
                 QStringLiteral("Cannot exceed quota for AccessKeysPerUser: 2"));
        QCOMPARE(keys.keys(prod, john).size(), 2);
        QCOMPARE(c.secretKeys(), before);
        QCOMPARE(changed.size(), 2);

        // No secret reaches the audit trail.
        const QStringList audit = c.auditActions();
        QCOMPARE(audit.count(QStringLiteral("iam:CreateAccessKey:Success")), 2);
        QCOMPARE(audit.count(QStringLiteral("iam:CreateAccessKey:Failure")), 1);
        for (const AuditEvent& e : c.dir->auditEvents())
            for (const QString& secret : secrets) {
                QVERIFY(!e.detail.contains(secret));
                QVERIFY(!e.target.contains(secret));
            }
    }

    void johnMayNotManageAnotherUsersKeys()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        auto anas = create(keys, prod, ana);
        REQUIRE_ASYNC_OK(anas);
        const QString id = anas->value().info.accessKeyId;
        c.session->signOut();

        QVERIFY(c.signIn(john).ok());
        auto created = create(keys, prod, ana);
        QVERIFY(created.has_value());
        QCOMPARE(created->error().code(), QStringLiteral("AccessDenied"));
        QVERIFY(created->error().message().contains(QLatin1String("iam:CreateAccessKey")));
        auto updated = wait([&](auto done) { keys.setActive(id, false, std::move(done)); });
        QVERIFY(updated.has_value());
        QCOMPARE(updated->error().code(), QStringLiteral("AccessDenied"));
        auto deleted = wait([&](auto done) { keys.remove(id, std::move(done)); });
        QVERIFY(deleted.has_value());
        QCOMPARE(deleted->error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(keys.keys(prod, ana).size(), 1);
        QVERIFY(keys.keys(prod, ana).first().active);
        QVERIFY(c.secretKeys().contains(secretKeyOf(c, id)));
        QCOMPARE(c.auditActions().count(QStringLiteral("iam:DeleteAccessKey:Failure")), 1);

        // DeveloperAccess lets John manage his own keys (ManageOwnCredentials).
        REQUIRE_ASYNC_OK(create(keys, prod, john));
    }

    void deactivateActivateAndDelete()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        auto created = create(keys, prod, john);
        REQUIRE_ASYNC_OK(created);
        const QString id = created->value().info.accessKeyId;

        REQUIRE_ASYNC_OK(wait([&](auto done) { keys.setActive(id, false, std::move(done)); }));
        QVERIFY(!c.dir->accessKey(id)->active);
        REQUIRE_ASYNC_OK(wait([&](auto done) { keys.setActive(id, true, std::move(done)); }));
        QVERIFY(c.dir->accessKey(id)->active);

        REQUIRE_ASYNC_OK(wait([&](auto done) { keys.remove(id, std::move(done)); }));
        QVERIFY(!c.dir->accessKey(id));
        QVERIFY(!c.secretKeys().contains(secretKeyOf(c, id)));
        QCOMPARE(c.auditActions().count(QStringLiteral("iam:UpdateAccessKey:Success")), 2);
        QCOMPARE(c.auditActions().count(QStringLiteral("iam:DeleteAccessKey:Success")), 1);

        auto again = wait([&](auto done) { keys.remove(id, std::move(done)); });
        QVERIFY(again.has_value());
        QCOMPARE(again->error().code(), QStringLiteral("NoSuchEntity"));
        QCOMPARE(again->error().message(),
                 QStringLiteral("The Access Key with id %1 cannot be found.").arg(id));
    }

    void removeAllTakesEveryKeyAndSecret()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        REQUIRE_ASYNC_OK(create(keys, prod, john));
        REQUIRE_ASYNC_OK(create(keys, prod, john));
        REQUIRE_ASYNC_OK(create(keys, prod, ana));
        QCOMPARE(c.secretKeys().filter(QStringLiteral("/access-key/")).size(), 3);

        REQUIRE_ASYNC_OK(wait([&](auto done) { keys.removeAll(prod, john, std::move(done)); }));
        QVERIFY(keys.keys(prod, john).isEmpty());
        QCOMPARE(keys.keys(prod, ana).size(), 1);
        const QStringList left = c.secretKeys().filter(QStringLiteral("/access-key/"));
        QCOMPARE(left, QStringList{secretKeyOf(c, keys.keys(prod, ana).first().accessKeyId)});
    }

    void keysOlderThan90DaysAreStale()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        auto created = create(keys, prod, john);
        REQUIRE_ASYNC_OK(created);
        const QString id = created->value().info.accessKeyId;
        QVERIFY(!keys.isStale(*c.dir->accessKey(id)));
        c.clock.advance(90 * 24 * 3600);
        QVERIFY(!keys.isStale(*c.dir->accessKey(id)));
        c.clock.advance(24 * 3600);
        QVERIFY(keys.isStale(*c.dir->accessKey(id)));
    }

    void aFailingStoreLeavesNoKey()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        UnavailableSecretStore store;
        AccessKeyManager keys(c.session.get(), c.dir.get(), &c.training, &store);
        QSignalSpy changed(&keys, &AccessKeyManager::keysChanged);
        auto created = create(keys, prod, john);
        QVERIFY(created.has_value());
        QVERIFY(!created->ok());
        QCOMPARE(created->error().code(), QStringLiteral("ServiceFailure"));
        QVERIFY(created->error().message().contains(QLatin1String("No keychain service")));
        QVERIFY(c.dir->accessKeys(prod, john).isEmpty());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(c.auditActions().count(QStringLiteral("iam:CreateAccessKey:Failure")), 1);
    }

    void aKeyTheDirectoryRefusesLeavesNoSecret()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        QVERIFY(c.dir->createUser(prod, QStringLiteral("Temp")).ok());
        AccessKeyManager& keys = *c.accessKeys;
        std::optional<Result<NewAccessKey>> outcome;
        keys.create(prod, QStringLiteral("Temp"),
                    [&](Result<NewAccessKey> r) { outcome.emplace(std::move(r)); });
        // The user goes while the secret is being stored.
        QVERIFY(c.dir->deleteUser(prod, QStringLiteral("Temp")).ok());
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->error().code(), QStringLiteral("NoSuchEntity"));
        QTRY_VERIFY(c.secretKeys().filter(QStringLiteral("/access-key/")).isEmpty());
        QCOMPARE(c.auditActions().count(QStringLiteral("iam:CreateAccessKey:Failure")), 1);
    }

    void csvHasTheConsoleLayout()
    {
        NewAccessKey key;
        key.info.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        key.secretAccessKey = SecureBytes::fromView("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        QCOMPARE(AccessKeyManager::csv(key).insecureCopy(),
                 QByteArray("Access key ID,Secret access key\r\nAKIAIOSFODNN7EXAMPLE,"
                            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAccessKeyManager)
#include "tst_accesskeymanager.moc"
