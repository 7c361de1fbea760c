#include "asynctesting.h"
#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "keychaintesting.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "sts/stsservice.h"

#include <QTest>
#include <QUuid>

// StsService end to end over the platform keychain: the secrets of a session
// reach the keychain, come back, and are gone when the session ends.
class TestStsServiceKeychain : public QObject
{
    Q_OBJECT

private:
    template <typename T, typename Call>
    static std::optional<Result<T>> wait(Call call)
    {
        return AsyncTesting::waitForResult<T>(call, 60000);
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        PasswordHasher::setCostLog2(10);
    }

    void assumeReadBackAndEnd()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
        auto opened = Directory::open(QStringLiteral(":memory:"), &clock);
        QVERIFY(opened);
        std::unique_ptr<Directory> dir = std::move(opened).value();
        QVERIFY(DemoDirectory::seed(*dir, QStringLiteral("pw")));
        // A service name of its own, so a developer's real keychain entries are never touched.
        KeychainSecretStore store(QStringLiteral("switchboard-test"));
        StsService sts(dir.get(), &store, &clock);

        AssumeRoleRequest request;
        request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        request.roleSessionName = QStringLiteral("keychain");
        const auto issued = wait<AssumeRoleResult>([&](auto done) {
            sts.assumeRole(StsCaller::user(QStringLiteral("111122223333"), QStringLiteral("John")),
                           request, this, done);
        });
        QVERIFY2(issued, "AssumeRole never finished");
        QVERIFY2(*issued, qPrintable(issued->ok() ? QString() : issued->error().toString()));
        const TemporaryCredentials& issuedCredentials = issued->value().credentials;
        const QString id = issuedCredentials.accessKeyId;

        const auto back =
            wait<TemporaryCredentials>([&](auto done) { sts.sessionCredentials(id, this, done); });
        QVERIFY(back);
        QVERIFY2(*back, qPrintable(back->ok() ? QString() : back->error().toString()));
        QVERIFY(back->value().secretAccessKey == issuedCredentials.secretAccessKey);
        QVERIFY(back->value().sessionToken == issuedCredentials.sessionToken);

        const auto resolved = wait<TemporarySession>(
            [&](auto done) { sts.resolveSession(id, issuedCredentials.sessionToken, this, done); });
        QVERIFY(resolved && *resolved);

        const auto ended = wait<void>(
            [&](auto done) { sts.endSession(id, QStringLiteral("SwitchBack"), this, done); });
        QVERIFY(ended);
        QVERIFY2(*ended, qPrintable(ended->ok() ? QString() : ended->error().toString()));

        SecretJob* job =
            store.get(SecretKey(QUuid::fromString(dir->directoryId()), SecretKey::Kind::Session, id)
                          .toString());
        std::optional<SecretStore::Error> error;
        connect(job, &SecretJob::finished, this, [&](SecretJob* j) { error = j->error(); });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 60000);
        QCOMPARE(*error, SecretStore::EntryNotFound);

        // Leave no signing key behind in the test keychain.
        SecretJob* cleanup =
            store.remove(SecretKey(QUuid::fromString(dir->directoryId()),
                                   SecretKey::Kind::TokenSigningKey, QStringLiteral("sts"))
                             .toString());
        bool removed = false;
        connect(cleanup, &SecretJob::finished, this, [&](SecretJob*) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 60000);
    }
};

QTEST_GUILESS_MAIN(TestStsServiceKeychain)
#include "tst_stsservicekeychain.moc"
