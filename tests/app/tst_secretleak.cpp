// The leak test: a whole session of secrets (access keys, an MFA seed, a role
// session's credentials, the token-signing key) on the real keychain, after
// which the directory file, its WAL, the settings file and everything logged
// are searched for each secret in every spelling it could take.
#include "asynctesting.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "crypto/base32.h"
#include "crypto/passwordhasher.h"
#include "crypto/totp.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "keychaintesting.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"
#include "sts/stsservice.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedLog << message;
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    // Every secret issued, in the spellings it could leak in.
    QList<QByteArray> issued;

    void remember(const QByteArray& secret)
    {
        issued << secret << secret.toHex() << secret.toBase64();
        if (secret.size() >= 10)
            issued << Base32::encode(secret, Base32::Padding::Omit).toLatin1();
    }

private slots:
    void initTestCase()
    {
        SKIP_WITHOUT_KEYCHAIN();
        QStandardPaths::setTestModeEnabled(true);
        PasswordHasher::setCostLog2(10);
    }

    void noSecretLandsWhereItDoesNotBelong()
    {
        qInstallMessageHandler(captureMessage);
        const QString path = tmp.filePath(QStringLiteral("leak.sqlite"));
        ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        auto opened = Directory::open(path, &clock);
        QVERIFY(opened.ok());
        std::unique_ptr<Directory> dir = std::move(opened).value();
        QVERIFY(DemoDirectory::seed(*dir, QStringLiteral("pw")).ok());
        const QUuid directoryId = QUuid::fromString(dir->directoryId());
        KeychainSecretStore store;
        StsService sts(dir.get(), &store, &clock);
        ConsoleSession session(dir.get(), &clock, nullptr, &sts);
        AccessKeyManager accessKeys(&session, dir.get(), &clock, &store);
        MfaDeviceManager mfaDevices(&session, dir.get(), &clock, &store);
        QSettings().setValue(QStringLiteral("signIn/user"), QStringLiteral("Maria"));
        const QString prod = QStringLiteral("111122223333");

        // Maria signs in and gives John two access keys.
        QVERIFY(session
                    .signIn(QStringLiteral("catphoto-prod"), QStringLiteral("Maria"),
                            QStringLiteral("pw"))
                    .ok());
        QStringList keyIds;
        for (int i = 0; i < 2; ++i) {
            const auto key = AsyncTesting::waitForResult<NewAccessKey>(
                [&](auto done) { accessKeys.create(prod, QStringLiteral("John"), done); });
            QVERIFY(key && key->ok());
            remember(key->value().secretAccessKey.insecureCopy());
            keyIds << key->value().info.accessKeyId;
        }

        // ... and assigns herself a virtual MFA device.
        auto pending =
            mfaDevices.start(prod, QStringLiteral("Maria"), QStringLiteral("MariaPhone"));
        QVERIFY(pending.ok());
        remember(pending.value().seed.insecureCopy());
        const QString code1 = Totp::code(pending.value().seed, clock.now().addSecs(-30));
        const QString code2 = Totp::code(pending.value().seed, clock.now());
        const auto enabled = AsyncTesting::waitForResult<MfaDeviceInfo>(
            [&](auto done) { mfaDevices.enable(pending.value(), code1, code2, done); });
        QVERIFY(enabled && enabled->ok());
        const QString serial = enabled->value().serialNumber;

        // She switches to a role and looks at its credentials.
        SwitchRoleRequest request;
        request.account = QStringLiteral("catphoto-prod");
        request.roleName = QStringLiteral("SecurityEngineer");
        QVERIFY(AsyncTesting::waitForResult<void>([&](auto done) {
                    session.switchRole(request, done);
                })->ok());
        const auto revealed = AsyncTesting::waitForResult<TemporaryCredentials>(
            [&](auto done) { session.revealSessionCredentials(done); });
        QVERIFY(revealed && revealed->ok());
        remember(revealed->value().secretAccessKey.insecureCopy());
        remember(revealed->value().sessionToken.insecureCopy());
        const QString sessionKeyId = revealed->value().accessKeyId;
        const QString signingKey =
            SecretKey(directoryId, SecretKey::Kind::TokenSigningKey, QStringLiteral("sts"))
                .toString();
        remember(AsyncTesting::storeValue(store, signingKey));

        // While the scenario runs, the keychain holds each secret.
        const QStringList during = AsyncTesting::storeKeys(store, directoryId);
        for (const QString& id : keyIds)
            QVERIFY(
                during.contains(SecretKey(directoryId, SecretKey::Kind::AccessKey, id).toString()));
        QVERIFY(
            during.contains(SecretKey(directoryId, SecretKey::Kind::MfaSeed, serial).toString()));
        QVERIFY(during.contains(
            SecretKey(directoryId, SecretKey::Kind::Session, sessionKeyId).toString()));
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            QProcess search;
            search.start(QStringLiteral("secret-tool"),
                         {QStringLiteral("search"), QStringLiteral("--all"),
                          QStringLiteral("server"), QStringLiteral("switchboard")});
            QVERIFY(search.waitForFinished(30000));
            const QByteArray listed =
                search.readAllStandardOutput() + search.readAllStandardError();
            QVERIFY2(listed.contains(keyIds.first().toLatin1()), listed.constData());
        }

        session.switchBack();
        // Deleting the keys and the device removes their secrets too.
        for (const QString& id : keyIds)
            QVERIFY(AsyncTesting::waitForResult<void>([&](auto done) {
                        accessKeys.remove(id, done);
                    })->ok());
        QVERIFY(AsyncTesting::waitForResult<void>([&](auto done) {
                    mfaDevices.remove(serial, done);
                })->ok());
        session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(AsyncTesting::storeKeys(store, directoryId),
                                  QStringList{signingKey}, 30000);

        qInstallMessageHandler(nullptr);
        QSettings().sync();
        QByteArray everything;
        for (const QString& file : {path, path + QStringLiteral("-wal"),
                                    path + QStringLiteral("-journal"), QSettings().fileName()}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                everything += f.readAll();
        }
        QVERIFY(everything.contains("Maria")); // the files were read
        everything += capturedLog.join(u'\n').toUtf8();
        for (const QByteArray& secret : std::as_const(issued))
            QVERIFY2(!everything.contains(secret),
                     qPrintable(QStringLiteral("a secret (%1 bytes) leaked").arg(secret.size())));
        QVERIFY(issued.size() >= 6 * 3);
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
