#include "secrets/keychainsecretstore.h"

#include "common/keychaintesting.h"
#include "secretstorecontract.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

namespace {
const char ProbeArgument[] = "--probe-unavailable-backend";

// Child mode: one put and one get against a keychain that cannot exist,
// printed as "<operation> <error name>\t<errorString>" lines.
int probeUnavailableBackend()
{
    KeychainSecretStore store;
    const QString key =
        SecretKey(QUuid::createUuid(), SecretKey::Kind::Session, QStringLiteral("probe"))
            .toString();
    const QList<std::pair<const char*, SecretJob*>> jobs{
        {"put", store.put(key, SecureBytes::fromView("value"))},
        {"get", store.get(key)},
    };
    int pending = int(jobs.size());
    QEventLoop loop;
    for (const auto& [name, job] : jobs) {
        QObject::connect(job, &SecretJob::finished, &loop, [&, name = name](SecretJob* finished) {
            std::printf("%s %s\t%s\n", name,
                        qPrintable(SecretStoreContract::errorName(finished->error())),
                        qPrintable(finished->errorString()));
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(30000, &loop, [&loop] { loop.exit(2); });
    const int status = loop.exec();
    std::fflush(stdout);
    return status;
}
} // namespace

class TestKeychainSecretStore : public SecretStoreContract
{
    Q_OBJECT

protected:
    std::unique_ptr<SecretStore> createStore() override
    {
        return std::make_unique<KeychainSecretStore>();
    }

private slots:
    void initTestCase()
    {
        // The unavailable-backend test needs no bus; everything else does.
        if (!KeychainTesting::haveSessionBus())
            qWarning("%s", KeychainTesting::NoBusMessage);
    }

    void init()
    {
        const QString function = QString::fromLatin1(QTest::currentTestFunction());
        if (function != QLatin1String("unavailableBackendIsExplained"))
            SKIP_WITHOUT_KEYCHAIN();
        initContract();
    }

    void cleanup() { cleanupContract(); }

    void usesTheSwitchboardService()
    {
        QCOMPARE(KeychainSecretStore().service(), QStringLiteral("switchboard"));
        QVERIFY(m_store->backendName().contains(QStringLiteral("QtKeychain")));
    }

    void secretIsInTheKeychainThenGoneAfterRemove()
    {
        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (secretTool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        const QString key = keyFor(SecretKey::Kind::AccessKey, QStringLiteral("AKIAVISIBLE"));
        const QByteArray value("visible-secret-value-7f3a");
        CONTRACT_EXPECT(put(key, value), SecretStore::NoError);

        const QByteArray found = searchKeychain(secretTool);
        QVERIFY2(found.contains("attribute.user = " + key.toUtf8()), found.constData());
        // QtKeychain stores binary data base64-encoded.
        QVERIFY2(found.contains(value) || found.contains(value.toBase64()), found.constData());

        CONTRACT_EXPECT(remove(key), SecretStore::NoError);
        const QByteArray after = searchKeychain(secretTool);
        QVERIFY2(!after.contains(key.toUtf8()), after.constData());
        QVERIFY(!after.contains(value.toBase64()));
    }

    void indexSurvivesTheStoreInstance()
    {
        const QString key = keyFor(SecretKey::Kind::Session, QStringLiteral("ASIAPERSIST"));
        CONTRACT_EXPECT(put(key, "persistent"), SecretStore::NoError);
        KeychainSecretStore another;
        const JobOutcome listed = waitFor(another.list(m_directory));
        CONTRACT_EXPECT(listed, SecretStore::NoError);
        QCOMPARE(listed.keys, QStringList{key});
        QCOMPARE(waitFor(another.get(key)).value, QByteArray("persistent"));
    }

    void unavailableBackendIsExplained()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // A bus address that leads nowhere, and nothing to autolaunch one with.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/switchboard-test/bus"));
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
                                 "KDE_FULL_SESSION", "DESKTOP_SESSION"})
            environment.remove(QLatin1String(name));
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(ProbeArgument)});
        QVERIFY(child.waitForFinished(45000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString& line : lines) {
            QVERIFY2(line.section(QLatin1Char('\t'), 0, 0)
                         .endsWith(QLatin1String(" BackendUnavailable")),
                     qPrintable(line));
            const QString message = line.section(QLatin1Char('\t'), 1);
            QVERIFY2(message.contains(QLatin1String("Secret Service")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("gnome-keyring-daemon")), qPrintable(message));
            QVERIFY2(message.contains(QLatin1String("--secret-store=file")), qPrintable(message));
        }
    }

private:
    // Everything the Secret Service holds for the service, as secret-tool prints it.
    // QtKeychain's libsecret schema (org.qt.keychain) names the service
    // attribute "server" and the key "user".
    static QByteArray searchKeychain(const QString& secretTool)
    {
        QProcess process;
        process.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"),
                                   QStringLiteral("server"), QStringLiteral("switchboard")});
        if (!process.waitForFinished(15000))
            return {};
        return process.readAllStandardOutput() + process.readAllStandardError();
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], ProbeArgument) == 0)
        return probeUnavailableBackend();
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
