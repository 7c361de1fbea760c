// A headless command on a directory that still awaits its demo (its first
// console's seed failed, or stopped): never seeded with passwords nobody
// sees, on either engine, through the executable.
#include "common/resultassertions.h"
#include "common/switchboardrun.h"
#include "common/testengine.h"
#include "directory/directory.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = SwitchboardRun;

// A read is a caller's: Maria signs in with the demo's password, and her
// sign-in is sealed in the encrypted file store. The passwords travel in the
// environment, never in argv.
const QString callerPassword = QStringLiteral("Chosen-Demo-Pass-7");

Run run(const QStringList& command, const QString& home, const QString& demoPassword)
{
    return runSwitchboard(QStringList{QStringLiteral("--secret-store"), QStringLiteral("file")} +
                              command +
                              QStringList{QStringLiteral("--user"), QStringLiteral("Maria")},
                          home, demoPassword,
                          {{QStringLiteral("SWITCHBOARD_PASSWORD"), callerPassword},
                           {QStringLiteral("SWITCHBOARD_SECRETS_PASSPHRASE"),
                            QStringLiteral("headless-demo-passphrase")}});
}
} // namespace

class TestHeadlessDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    void aDirectoryAwaitingItsDemoIsSeededOnlyWithAChosenPassword()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        {
            // Made and migrated, its demo never seeded: what a failed first seed leaves.
            auto opened = Directory::open(location);
            REQUIRE_OK(opened);
            bool awaits = false;
            REQUIRE_VALUE(awaits, opened.value()->awaitsFirstContents());
            QVERIFY(awaits);
        }
        const QStringList args{QStringLiteral("--directory"), location, QStringLiteral("list"),
                               QStringLiteral("users")};

        const Run refused = run(args, tmp.path(), QString());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("SWITCHBOARD_DEMO_PASSWORD"), refused.err.constData());
        {
            auto reopened = Directory::open(location);
            REQUIRE_OK(reopened);
            QVERIFY2(reopened.value()->isEmpty(), "seeded with passwords nobody saw");
            bool awaits = false;
            REQUIRE_VALUE(awaits, reopened.value()->awaitsFirstContents());
            QVERIFY(awaits);
        }

        const Run seeded = run(args, tmp.path(), callerPassword);
        QCOMPARE(seeded.exitCode, 0);
        QVERIFY2(seeded.out.contains("arn:aws:iam::111122223333:user/John"),
                 seeded.err.constData());
        // Seeded now: no password needed any more.
        const Run again = run(args, tmp.path(), QString());
        QCOMPARE(again.exitCode, 0);
    }

    // --empty claims it empty: nothing awaits a password afterwards.
    void emptyClaimsItWithoutAPassword()
    {
        QTemporaryDir tmp;
        const QString location = TestEngine::sharedLocation(tmp);
        REQUIRE_OK(Directory::open(location));
        const Run empty = run({QStringLiteral("--directory"), location, QStringLiteral("--empty"),
                               QStringLiteral("list"), QStringLiteral("users")},
                              tmp.path(), QString());
        // Nobody to sign in as in an empty directory: the read is refused at
        // sign-in, after the directory was claimed, and not for a password.
        QVERIFY(empty.exitCode != 0);
        QVERIFY2(!empty.err.contains("SWITCHBOARD_DEMO_PASSWORD"), empty.err.constData());
        auto reopened = Directory::open(location);
        REQUIRE_OK(reopened);
        bool awaits = true;
        REQUIRE_VALUE(awaits, reopened.value()->awaitsFirstContents());
        QVERIFY(!awaits);
        QVERIFY(reopened.value()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessDemo)
#include "tst_headlessdemo.moc"
