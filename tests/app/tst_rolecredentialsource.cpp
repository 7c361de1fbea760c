#include "console/accesskeymanager.h"
#include "democonsole.h"
#include "headlesssignin.h"
#include "resultassertions.h"
#include "rolecredentialsource.h"
#include "secrets/secretkey.h"

#include <QTest>

// A role's credentials for an application: as the user or as the service
// the user passes the role to, and renewed ahead of expiry (manual clock,
// in-memory secrets).
namespace {
const QString catPhoto = QStringLiteral("arn:aws:iam::111122223333:role/CatPhotoApp");
const QString securityEngineer = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
} // namespace

class TestRoleCredentialSource : public QObject
{
    Q_OBJECT

private:
    static Result<TemporaryCredentials> fetch(RoleCredentialSource& source)
    {
        std::optional<Result<TemporaryCredentials>> outcome;
        source.credentials([&](Result<TemporaryCredentials> r) { outcome.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            return IamError::serviceFailure(QStringLiteral("never answered"));
        return std::move(*outcome);
    }

private slots:
    void mariaPassesCatPhotoAppToEc2()
    {
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("Maria")));
        RoleCredentialSource source(console.session.get(), console.sts.get(), {catPhoto, {}, {}});
        const auto assumer = source.assumer();
        QVERIFY(assumer);
        QCOMPARE(assumer->kind, StsCaller::Kind::Service);
        QCOMPARE(assumer->servicePrincipal, QStringLiteral("ec2.amazonaws.com"));

        const auto credentials = fetch(source);
        QVERIFY2(credentials, credentials ? "" : qPrintable(credentials.error().toString()));
        QVERIFY(credentials->accessKeyId.startsWith(QStringLiteral("ASIA")));
        QCOMPARE(source.sessionArn(),
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/CatPhotoApp/Maria"));
        const auto session = console.dir->temporarySession(credentials->accessKeyId);
        QVERIFY(session);
        QCOMPARE(session->callerArn, QStringLiteral("ec2.amazonaws.com"));
    }

    void johnWithoutPassRoleIsRefused()
    {
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("John")));
        RoleCredentialSource source(console.session.get(), console.sts.get(), {catPhoto, {}, {}});
        const auto credentials = fetch(source);
        QVERIFY(!credentials);
        QCOMPARE(credentials.error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(credentials.error().message(),
                 QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                                "perform: iam:PassRole on resource: %1 because no identity-based "
                                "policy allows the iam:PassRole action")
                     .arg(catPhoto));
        QCOMPARE(source.issuedCount(), 0);
        QVERIFY(console.dir->temporarySessions().isEmpty());
    }

    void aRoleThatTrustsTheUserIsAssumedAsTheUser()
    {
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("John")));
        RoleCredentialSource source(console.session.get(), console.sts.get(),
                                    {securityEngineer, QStringLiteral("audit-run"), 900});
        const auto assumer = source.assumer();
        QVERIFY(assumer);
        QCOMPARE(assumer->kind, StsCaller::Kind::User);
        const auto credentials = fetch(source);
        QVERIFY(credentials);
        QCOMPARE(source.sessionArn(), QStringLiteral("arn:aws:sts::111122223333:assumed-role/"
                                                     "SecurityEngineer/audit-run"));
        QCOMPARE(console.dir->temporarySession(credentials->accessKeyId)->callerArn,
                 QStringLiteral("arn:aws:iam::111122223333:user/John"));
        // Neither trusted nor passed: the trust policy's refusal.
        RoleCredentialSource paulo(console.session.get(), console.sts.get(), {catPhoto, {}, {}});
        console.session->signOut();
        QVERIFY(console.signIn(QStringLiteral("Paulo")));
        const auto refused = fetch(paulo);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("iam:PassRole")),
                 qPrintable(refused.error().message()));
    }

    void renewsAheadOfExpiry_data()
    {
        QTest::addColumn<int>("duration");
        QTest::addColumn<int>("lead");
        // A quarter of the lifetime, no less than 5 minutes and no more than 15.
        QTest::newRow("15 minutes") << 900 << 300;
        QTest::newRow("40 minutes") << 2400 << 600;
        QTest::newRow("1 hour") << 3600 << 900;
    }

    void renewsAheadOfExpiry()
    {
        QFETCH(int, duration);
        QFETCH(int, lead);
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("Maria")));
        RoleCredentialSource source(console.session.get(), console.sts.get(),
                                    {catPhoto, QStringLiteral("app"), duration});
        const auto first = fetch(source);
        QVERIFY(first);
        QCOMPARE(first->expiration, console.clock.now().addSecs(duration));
        QCOMPARE(source.renewalTime(), first->expiration.addSecs(-lead));
        QCOMPARE(source.issuedCount(), 1);

        // Until the renewal time the same credentials, without asking STS.
        console.clock.setNow(source.renewalTime().addSecs(-1));
        const auto same = fetch(source);
        QVERIFY(same);
        QCOMPARE(same->accessKeyId, first->accessKeyId);
        QCOMPARE(same->sessionToken.view(), first->sessionToken.view());
        QCOMPARE(source.issuedCount(), 1);

        // From then on fresh ones, valid for the whole duration again.
        console.clock.setNow(source.renewalTime());
        const auto renewed = fetch(source);
        QVERIFY(renewed);
        QVERIFY(renewed->accessKeyId != first->accessKeyId);
        QCOMPARE(renewed->expiration, console.clock.now().addSecs(duration));
        QCOMPARE(source.issuedCount(), 2);
        QVERIFY(renewed->expiration > first->expiration);
    }

    void concurrentRequestsShareOneRenewal()
    {
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("Maria")));
        RoleCredentialSource source(console.session.get(), console.sts.get(), {catPhoto, {}, {}});
        QStringList keys;
        for (int i = 0; i < 3; ++i)
            source.credentials(
                [&](Result<TemporaryCredentials> r) { keys << (r ? r->accessKeyId : QString()); });
        QTRY_COMPARE(keys.size(), 3);
        QCOMPARE(source.issuedCount(), 1);
        QVERIFY(!keys.first().isEmpty());
        QCOMPARE(keys.count(keys.first()), 3);
    }

    void accessKeyStandsInForThePassword()
    {
        OPEN_DEMO_CONSOLE(console);
        QVERIFY(console.signIn(QStringLiteral("Maria")));
        std::optional<Result<NewAccessKey>> created;
        console.accessKeys->create(QStringLiteral("111122223333"), QStringLiteral("Maria"),
                                   [&](Result<NewAccessKey> r) { created.emplace(std::move(r)); });
        QTRY_VERIFY(created.has_value());
        QVERIFY(*created);
        const QString keyId = (*created)->info.accessKeyId;
        console.session->signOut();

        QCOMPARE(HeadlessSignIn::signInWithAccessKey(*console.session, *console.dir,
                                                     console.secrets,
                                                     QStringLiteral("AKIAUNKNOWNUNKNOWN00"))
                     .error()
                     .code(),
                 QStringLiteral("InvalidClientTokenId"));
        // Someone else's key is not John's.
        QVERIFY(!HeadlessSignIn::signInWithAccessKey(
            *console.session, *console.dir, console.secrets, keyId, QStringLiteral("John")));
        QVERIFY(HeadlessSignIn::signInWithAccessKey(*console.session, *console.dir, console.secrets,
                                                    keyId, QStringLiteral("Maria")));
        QCOMPARE(console.session->userIdentity().arn(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(console.session->userIdentity().credentials, Identity::Credentials::AccessKey);
        RoleCredentialSource source(console.session.get(), console.sts.get(), {catPhoto, {}, {}});
        QVERIFY(fetch(source));

        // Without its secret in the store the key is worth nothing.
        console.session->signOut();
        SecretJob* job =
            console.secrets.remove(SecretKey(QUuid::fromString(console.dir->directoryId()),
                                             SecretKey::Kind::AccessKey, keyId)
                                       .toString());
        bool done = false;
        connect(job, &SecretJob::finished, this, [&] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(HeadlessSignIn::signInWithAccessKey(*console.session, *console.dir,
                                                     console.secrets, keyId)
                     .error()
                     .code(),
                 QStringLiteral("InvalidClientTokenId"));
    }
};

QTEST_GUILESS_MAIN(TestRoleCredentialSource)
#include "tst_rolecredentialsource.moc"
