#include "secrets/secretjob.h"
#include "secretstoresetup.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSecretStoreSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    const QUuid directoryId = QUuid::createUuid();

    static SecretStore::Error put(SecretStore& store, const QString& key, const QByteArray& value)
    {
        SecretJob* job = store.put(key, SecureBytes::fromView(value));
        SecretStore::Error error = SecretStore::OtherError;
        QObject::connect(job, &SecretJob::finished, job, [&error, job] { error = job->error(); });
        QSignalSpy finished(job, &SecretJob::finished);
        if (!finished.wait(10000))
            return SecretStore::OtherError;
        return error;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void theKeychainIsTheDefaultAndAChoiceIsRemembered()
    {
        QCOMPARE(SecretStoreSetup::chosenKind(QString()).value(), SecretStoreSetup::Kind::Keychain);
        QCOMPARE(SecretStoreSetup::chosenKind(QStringLiteral("file")).value(),
                 SecretStoreSetup::Kind::File);
        const auto wrong = SecretStoreSetup::chosenKind(QStringLiteral("plaintext"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message().contains(QLatin1String("keychain or file")));
        SecretStoreSetup::rememberKind(SecretStoreSetup::Kind::File);
        QCOMPARE(SecretStoreSetup::chosenKind(QString()).value(), SecretStoreSetup::Kind::File);
        QCOMPARE(SecretStoreSetup::chosenKind(QStringLiteral("keychain")).value(),
                 SecretStoreSetup::Kind::Keychain);
        SecretStoreSetup::rememberKind(SecretStoreSetup::Kind::Keychain);
        QCOMPARE(SecretStoreSetup::encryptedFilePath(QStringLiteral("/d/dir.sqlite")),
                 QStringLiteral("/d/dir.sqlite.secrets"));
    }

    void theEncryptedFileAsksAgainAfterAWrongPassphrase()
    {
        const QString directory = tmp.filePath(QStringLiteral("dir.sqlite"));
        QStringList asked;
        auto prompt = [&asked](const QString& passphrase) {
            return [&asked, passphrase](bool creating,
                                        const QString& error) -> std::optional<SecureBytes> {
                asked << (creating ? QStringLiteral("create") : QStringLiteral("open")) + u':' +
                             error;
                if (asked.size() > 3)
                    return std::nullopt; // the person gives up
                return SecureBytes::fromUtf8(asked.size() == 2 && passphrase == u"right-passphrase"
                                                 ? QStringLiteral("wrong passphrase")
                                                 : passphrase);
            };
        };
        {
            auto created =
                SecretStoreSetup::open(SecretStoreSetup::Kind::File, directory, directoryId,
                                       prompt(QStringLiteral("right-passphrase")));
            QVERIFY(created.ok());
            QVERIFY(created.value().problem.isEmpty());
            QCOMPARE(put(*created.value().store,
                         directoryId.toString(QUuid::WithoutBraces) +
                             QStringLiteral("/access-key/AKIAEXAMPLE"),
                         "secret"),
                     SecretStore::NoError);
        }
        QCOMPARE(asked, QStringList{QStringLiteral("create:")});

        // The file exists now: a wrong passphrase is refused and asked again.
        asked.clear();
        asked << QStringLiteral("(first start)");
        auto reopened = SecretStoreSetup::open(SecretStoreSetup::Kind::File, directory, directoryId,
                                               prompt(QStringLiteral("right-passphrase")));
        QVERIFY(reopened.ok());
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(1), QStringLiteral("open:"));
        QVERIFY(asked.at(2).startsWith(QLatin1String("open:")));
        QVERIFY(asked.at(2).size() > 5); // says why it asks again

        // Giving up opens nothing.
        asked = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const auto abandoned = SecretStoreSetup::open(SecretStoreSetup::Kind::File, directory,
                                                      directoryId, prompt(QStringLiteral("x")));
        QVERIFY(!abandoned.ok());
        QVERIFY(abandoned.error().message().contains(QLatin1String("passphrase")));
    }

    // The passphrase window's rule holds for scripts too: a new file needs a
    // passphrase of at least 8 characters, however it is given.
    void aNewEncryptedFileRefusesAShortPassphrase()
    {
        const QString directory = tmp.filePath(QStringLiteral("short.sqlite"));
        QStringList refusals;
        const auto opened = SecretStoreSetup::open(
            SecretStoreSetup::Kind::File, directory, directoryId,
            [&refusals](bool creating, const QString& error) -> std::optional<SecureBytes> {
                refusals << (creating ? error : QStringLiteral("(not creating)"));
                // Seven characters, one of them two bytes long in UTF-8: still too short.
                if (refusals.size() == 1)
                    return SecureBytes::fromUtf8(u"sh\u00f6rt12");
                return std::nullopt; // a script has nothing more to give
            });
        QVERIFY(!opened.ok());
        QCOMPARE(refusals.size(), 2);
        QVERIFY2(refusals.at(1).contains(QLatin1String("at least 8 characters")),
                 qPrintable(refusals.at(1)));
        QVERIFY2(opened.error().message().contains(QLatin1String("at least 8 characters")),
                 qPrintable(opened.error().message()));
        QVERIFY(!QFile::exists(SecretStoreSetup::encryptedFilePath(directory)));
    }

    void anUnreachableKeychainOpensWithTheReason()
    {
        // Only this test touches D-Bus, so the bus address is read here first.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/switchboard-test/bus");
        const auto opened = SecretStoreSetup::open(
            SecretStoreSetup::Kind::Keychain, tmp.filePath(QStringLiteral("k.sqlite")), directoryId,
            [](bool, const QString&) -> std::optional<SecureBytes> { return std::nullopt; });
        QVERIFY(opened.ok());
        QVERIFY2(opened.value().problem.contains(QLatin1String("--secret-store=file")),
                 qPrintable(opened.value().problem));
        QVERIFY(opened.value().problem.contains(QLatin1String("Secret Service")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreSetup)
#include "tst_secretstoresetup.moc"
