#include "asynctesting.h"
#include "console/mfadevicemanager.h"
#include "crypto/base32.h"
#include "crypto/totp.h"
#include "democonsole.h"
#include "secrets/secretkey.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestMfaDeviceManager : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* prod = "111122223333";

    static QString serial(const char* name)
    {
        return QStringLiteral("arn:aws:iam::111122223333:mfa/") + QLatin1String(name);
    }

    static QString seedKey(DemoConsole& c, const QString& serialNumber)
    {
        return SecretKey(QUuid::fromString(c.dir->directoryId()), SecretKey::Kind::MfaSeed,
                         serialNumber)
            .toString();
    }

    static Result<PendingMfaDevice> startFor(DemoConsole& c, const QString& user,
                                             const QString& name)
    {
        return c.mfaDevices->start(QLatin1String(prod), user, name);
    }

    // The codes an app shows now and 30 seconds later (the pair the console asks for).
    static std::pair<QString, QString> twoCodes(DemoConsole& c, const SecureBytes& seed)
    {
        const QDateTime now = c.clock.now();
        return {Totp::code(seed, now.addSecs(-30)), Totp::code(seed, now)};
    }

    static std::optional<Result<MfaDeviceInfo>> enable(DemoConsole& c,
                                                       const PendingMfaDevice& device,
                                                       const QString& code1, const QString& code2)
    {
        return AsyncTesting::waitForResult<MfaDeviceInfo>(
            [&](auto done) { c.mfaDevices->enable(device, code1, code2, std::move(done)); });
    }

private slots:
    void startMakesATwentyByteSeedAndAnOtpauthUri()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        PendingMfaDevice a;
        REQUIRE_VALUE(a, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        PendingMfaDevice b;
        REQUIRE_VALUE(b, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        QCOMPARE(a.seed.size(), 20);
        QVERIFY(!(a.seed == b.seed)); // from the CSPRNG, not a constant
        QCOMPARE(a.serialNumber, serial("phone"));
        const QString uri = a.otpauthUri().insecureUtf8String();
        QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/")), qPrintable(uri));
        const QString base32 = a.base32Seed().insecureUtf8String();
        QCOMPARE(base32.size(), 32); // 20 bytes, unpadded
        QVERIFY(uri.contains(QStringLiteral("secret=") + base32));
        QCOMPARE(Base32::decode(base32)->size(), 20);
        // Nothing is stored before the codes prove the app has the seed.
        QVERIFY(c.dir->mfaDevices(QLatin1String(prod), QStringLiteral("Maria")).isEmpty());
        QVERIFY(c.secretKeys().filter(QStringLiteral("mfa-seed")).isEmpty());
    }

    void startChecksTheNameAndTheQuota()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceManager* m = c.mfaDevices.get();
        QCOMPARE(m->start(QLatin1String(prod), QStringLiteral("Maria"), QStringLiteral("a b"))
                     .error()
                     .code(),
                 QStringLiteral("ValidationError"));
        for (int i = 0; i < 8; ++i)
            QVERIFY(c.dir->addMfaDevice(QLatin1String(prod), QStringLiteral("Maria"),
                                        QStringLiteral("d%1").arg(i)));
        QCOMPARE(m->start(QLatin1String(prod), QStringLiteral("John"), QStringLiteral("d0"))
                     .error()
                     .code(),
                 QStringLiteral("EntityAlreadyExists"));
        QCOMPARE(m->start(QLatin1String(prod), QStringLiteral("Maria"), QStringLiteral("d9"))
                     .error()
                     .code(),
                 QStringLiteral("LimitExceeded"));
    }

    void twoConsecutiveCodesEnableTheDevice()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceManager* m = c.mfaDevices.get();
        QSignalSpy changed(m, &MfaDeviceManager::devicesChanged);
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        const auto [code1, code2] = twoCodes(c, device.seed);
        const auto enabled = enable(c, device, code1, code2);
        QVERIFY(enabled.has_value());
        QVERIFY2(enabled->ok(),
                 qPrintable(enabled->ok() ? QString() : enabled->error().toString()));
        QCOMPARE(enabled->value().serialNumber, serial("phone"));
        QCOMPARE(changed.size(), 1);
        const auto devices = m->devices(QLatin1String(prod), QStringLiteral("Maria"));
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().enableDate, c.clock.now());
        // The seed is in the store, raw, as STS reads it.
        QCOMPARE(AsyncTesting::storeValue(c.secrets, seedKey(c, serial("phone"))),
                 device.seed.insecureCopy());
        // The second code is used up.
        QVERIFY(!c.dir->acceptMfaCodeStep(serial("phone"), *Totp::timeStep(c.clock.now())));
        QVERIFY(c.auditActions().contains(QStringLiteral("EnableMFADevice:Success")));
        for (const AuditEvent& e : c.dir->auditEvents())
            QVERIFY(!e.detail.contains(device.base32Seed().insecureUtf8String()));
    }

    void theSecondCodeMayBeOneStepAhead()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        const QDateTime now = c.clock.now();
        const auto enabled = enable(c, device, Totp::code(device.seed, now),
                                    Totp::code(device.seed, now.addSecs(30)));
        QVERIFY(enabled && enabled->ok());
    }

    void wrongOrNonConsecutiveCodesStoreNothing_data()
    {
        QTest::addColumn<int>("first");  // seconds from now
        QTest::addColumn<int>("second"); // seconds from now; 1 = a wrong code
        QTest::newRow("same code twice") << 0 << 0;
        QTest::newRow("reversed") << 0 << -30;
        QTest::newRow("a step apart") << -60 << 0;
        QTest::newRow("too old") << -90 << -60;
        QTest::newRow("wrong code") << -30 << 1;
    }

    void wrongOrNonConsecutiveCodesStoreNothing()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        const QDateTime now = c.clock.now();
        QString code2 = Totp::code(device.seed, now.addSecs(second));
        if (second == 1)
            code2 = code2 == QLatin1String("000000") ? QStringLiteral("000001")
                                                     : QStringLiteral("000000");
        const auto refused = enable(c, device, Totp::code(device.seed, now.addSecs(first)), code2);
        QVERIFY(refused.has_value());
        QVERIFY(!refused->ok());
        QCOMPARE(refused->error().code(), QStringLiteral("InvalidAuthenticationCode"));
        QCOMPARE(refused->error().message(),
                 QStringLiteral("Authentication code for device is not valid."));
        QVERIFY(c.dir->mfaDevices(QLatin1String(prod), QStringLiteral("Maria")).isEmpty());
        QVERIFY(c.secretKeys().filter(QStringLiteral("mfa-seed")).isEmpty());
        QVERIFY(c.auditActions().contains(QStringLiteral("EnableMFADevice:Failure")));
    }

    void aNameTakenMeanwhileLeavesNoSeedBehind()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        QVERIFY(c.dir->addMfaDevice(QLatin1String(prod), QStringLiteral("John"),
                                    QStringLiteral("phone")));
        const auto [code1, code2] = twoCodes(c, device.seed);
        const auto refused = enable(c, device, code1, code2);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code(), QStringLiteral("EntityAlreadyExists"));
        QTRY_VERIFY(c.secretKeys().filter(QStringLiteral("mfa-seed")).isEmpty());
    }

    void twoEnrolmentsOfOneNameAtOnceKeepTheFirstSeed()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceManager* m = c.mfaDevices.get();
        // Maria enrols "phone" for herself and, in a second window, for John.
        PendingMfaDevice mine;
        REQUIRE_VALUE(mine, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        PendingMfaDevice johns;
        REQUIRE_VALUE(johns, startFor(c, QStringLiteral("John"), QStringLiteral("phone")));
        const auto [a1, a2] = twoCodes(c, mine.seed);
        const auto [b1, b2] = twoCodes(c, johns.seed);
        std::optional<Result<MfaDeviceInfo>> first;
        std::optional<Result<MfaDeviceInfo>> second;
        // Both start before either store job has finished.
        m->enable(mine, a1, a2, [&](Result<MfaDeviceInfo> r) { first.emplace(std::move(r)); });
        m->enable(johns, b1, b2, [&](Result<MfaDeviceInfo> r) { second.emplace(std::move(r)); });
        QTRY_VERIFY(first.has_value() && second.has_value());
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().toString()));
        QVERIFY(!second->ok());
        QCOMPARE(second->error().code(), QStringLiteral("EntityAlreadyExists"));
        // The device is Maria's, and the store holds her seed, untouched.
        QCOMPARE(c.dir->mfaDevice(serial("phone"))->userName, QStringLiteral("Maria"));
        QCOMPARE(AsyncTesting::storeValue(c.secrets, seedKey(c, serial("phone"))),
                 mine.seed.insecureCopy());
        QCOMPARE(c.secretKeys().filter(QStringLiteral("mfa-seed")).size(), 1);
    }

    void removeDeletesTheSeed()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceManager* m = c.mfaDevices.get();
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
        const auto [code1, code2] = twoCodes(c, device.seed);
        QVERIFY(enable(c, device, code1, code2)->ok());
        QCOMPARE(c.secretKeys().filter(QStringLiteral("mfa-seed")).size(), 1);
        const auto removed = AsyncTesting::waitForResult<void>(
            [&](auto done) { m->remove(serial("phone"), std::move(done)); });
        QVERIFY(removed && removed->ok());
        QVERIFY(m->devices(QLatin1String(prod), QStringLiteral("Maria")).isEmpty());
        QVERIFY(c.secretKeys().filter(QStringLiteral("mfa-seed")).isEmpty());
        QVERIFY(c.auditActions().contains(QStringLiteral("DeactivateMFADevice:Success")));
    }

    void johnMayNotAssignOrRemove()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("John")).ok());
        MfaDeviceManager* m = c.mfaDevices.get();
        const auto started =
            m->start(QLatin1String(prod), QStringLiteral("John"), QStringLiteral("phone"));
        QVERIFY(!started);
        QCOMPARE(started.error().code(), QStringLiteral("AccessDenied"));
        QVERIFY(started.error().message().contains(QLatin1String("iam:CreateVirtualMFADevice")));
        QVERIFY(c.dir->addMfaDevice(QLatin1String(prod), QStringLiteral("John"),
                                    QStringLiteral("phone")));
        const auto removed = AsyncTesting::waitForResult<void>(
            [&](auto done) { m->remove(serial("phone"), std::move(done)); });
        QVERIFY(removed && !removed->ok());
        QCOMPARE(removed->error().code(), QStringLiteral("AccessDenied"));
        QCOMPARE(m->devices(QLatin1String(prod), QStringLiteral("John")).size(), 1);
        QVERIFY(c.auditActions().contains(QStringLiteral("DeactivateMFADevice:Failure")));
    }

    void theRootUserAssignsItsOwnDeviceAndThenSignsInWithIt()
    {
        OPEN_DEMO_CONSOLE(c);
        // An administrator of the account cannot assign root's device.
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        const auto refused =
            c.mfaDevices->start(QLatin1String(prod), QString(), RootUser::defaultMfaDeviceName());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), QStringLiteral("AccessDenied"));
        c.session->signOut();

        QVERIFY(c.session
                    ->signInRoot(QStringLiteral("root@catphoto-prod.example"), QStringLiteral("pw"))
                    .ok());
        PendingMfaDevice device;
        REQUIRE_VALUE(device, startFor(c, QString(), RootUser::defaultMfaDeviceName()));
        const auto [code1, code2] = twoCodes(c, device.seed);
        const auto enabled = enable(c, device, code1, code2);
        QVERIFY(enabled && enabled->ok());
        QCOMPARE(enabled->value().serialNumber, serial("root-account-mfa-device"));
        QCOMPARE(c.dir->rootMfaDevices(QLatin1String(prod)).size(), 1);
        QVERIFY(c.dir->mfaDevices(QLatin1String(prod), QStringLiteral("Maria")).isEmpty());
        c.session->signOut();

        // From now on the root user's sign-in asks for a code from it.
        QCOMPARE(
            c.session
                ->signInRoot(QStringLiteral("root@catphoto-prod.example"), QStringLiteral("pw"))
                .error()
                .code(),
            ConsoleSession::mfaRequiredCode());
        c.clock.advance(30);
        const auto signedIn = AsyncTesting::waitForResult<void>([&](auto done) {
            c.session->signInRootWithMfa(QStringLiteral("root@catphoto-prod.example"),
                                         QStringLiteral("pw"),
                                         Totp::code(device.seed, c.clock.now()), std::move(done));
        });
        QVERIFY(signedIn && signedIn->ok());
        QVERIFY(c.session->identity().mfaAuthenticated);

        const auto removed = AsyncTesting::waitForResult<void>([&](auto done) {
            c.mfaDevices->remove(serial("root-account-mfa-device"), std::move(done));
        });
        QVERIFY(removed && removed->ok());
        QVERIFY(c.dir->rootMfaDevices(QLatin1String(prod)).isEmpty());
        QVERIFY(c.secretKeys().filter(QStringLiteral("mfa-seed")).isEmpty());
    }

    void theSeedNeverReachesTheDirectoryFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("dir.sqlite"));
        QByteArray seed;
        QByteArray base32;
        {
            OPEN_DEMO_CONSOLE(c, path);
            QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
            PendingMfaDevice device;
            REQUIRE_VALUE(device, startFor(c, QStringLiteral("Maria"), QStringLiteral("phone")));
            seed = device.seed.insecureCopy();
            base32 = device.base32Seed().insecureCopy();
            const auto [code1, code2] = twoCodes(c, device.seed);
            QVERIFY(enable(c, device, code1, code2)->ok());
        }
        for (const QString& file : QDir(tmp.path()).entryList(QDir::Files)) {
            QFile f(tmp.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(seed));
            QVERIFY(!bytes.contains(base32));
        }
    }
};

QTEST_GUILESS_MAIN(TestMfaDeviceManager)
#include "tst_mfadevicemanager.moc"
