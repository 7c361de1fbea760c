#include "asynctesting.h"
#include "democonsole.h"
#include "items/keychainmodel.h"
#include "keychainwindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestKeychainWindow : public QObject
{
    Q_OBJECT

private slots:
    void listsTheSessionAndPurgesItOnceExpired()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QVERIFY(demo.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red"), {}, 900));
        KeychainWindow window(demo.session.get(), demo.services(), demo.sts.get());
        window.show();
        // John's session; the directory's signing key is nobody's to see.
        QTRY_COMPARE(window.table()->model()->rowCount(), 1);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("KeychainBackend"))
                    ->text()
                    .contains(demo.secrets.backendName()));
        QVERIFY(!window.purgeButton()->isEnabled());
        QVERIFY(window.statusLabel()->text().contains(QLatin1String("1 secret")));

        // The session runs out while the console is away (no timer fired).
        demo.clock.advance(900);
        QSignalSpy refreshed(window.model(), &KeychainModel::refreshed);
        window.model()->refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(window.purgeButton()->isEnabled());
        QSignalSpy purged(window.model(), &KeychainModel::purged);
        window.purgeButton()->click();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.first().first().toInt(), 1);
        QTRY_COMPARE(window.table()->model()->rowCount(), 0);
        QVERIFY(window.statusLabel()->text().contains(QLatin1String("0 can be purged")));
    }

    void showsOnlyTheCallersOwnAndPurgesOthersOnlyForAnAdministrator()
    {
        OPEN_DEMO_CONSOLE(demo);
        const auto sessionTokenOf = [&](const QString& user) {
            GetSessionTokenRequest request;
            request.durationSeconds = 900;
            const auto issued = AsyncTesting::waitForResult<AssumeRoleResult>([&](auto done) {
                demo.sts->getSessionToken(StsCaller::user(QStringLiteral("111122223333"), user),
                                          request, nullptr, std::move(done));
            });
            return issued && issued->ok() ? issued->value().credentials.accessKeyId : QString();
        };
        const QString marias = sessionTokenOf(QStringLiteral("Maria"));
        const QString paulos = sessionTokenOf(QStringLiteral("Paulo"));
        QVERIFY(!marias.isEmpty() && !paulos.isEmpty());
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QVERIFY(demo.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red"), {}, 900));
        const QString johns = demo.session->identity().session.accessKeyId;
        demo.clock.advance(900); // every session has run out

        KeychainWindow window(demo.session.get(), demo.services(), demo.sts.get());
        window.show();
        QTRY_COMPARE(window.table()->model()->rowCount(), 1);
        QCOMPARE(window.model()->entries().first().key.id(), johns);
        QCOMPARE(window.model()->purgeableCount(), 1);
        QSignalSpy purged(window.model(), &KeychainModel::purged);
        window.purgeButton()->click();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.takeFirst().first().toInt(), 1);
        // John, no administrator, removed his own only.
        QString kept = demo.secretKeys().join(u' ');
        QVERIFY(!kept.contains(johns));
        QVERIFY(kept.contains(marias));
        QVERIFY(kept.contains(paulos));

        // Maria, an administrator, sees her own; her purge takes Paulo's too.
        QSignalSpy refreshed(window.model(), &KeychainModel::refreshed);
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        QTRY_VERIFY(!refreshed.isEmpty());
        QTRY_COMPARE(window.table()->model()->rowCount(), 1);
        QCOMPARE(window.model()->entries().first().key.id(), marias);
        QCOMPARE(window.model()->purgeableCount(), 2);
        QTRY_VERIFY(window.purgeButton()->isEnabled());
        window.purgeButton()->click();
        QVERIFY(purged.wait(5000));
        QCOMPARE(purged.takeFirst().first().toInt(), 2);
        kept = demo.secretKeys().join(u' ');
        QVERIFY(!kept.contains(marias));
        QVERIFY(!kept.contains(paulos));
    }
};

QTEST_MAIN(TestKeychainWindow)
#include "tst_keychainwindow.moc"
