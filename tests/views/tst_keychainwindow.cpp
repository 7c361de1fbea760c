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
        DemoConsole demo;
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QVERIFY(demo.switchTo(QStringLiteral("catphoto-prod"), QStringLiteral("SecurityEngineer"),
                              QStringLiteral("red"), {}, 900));
        KeychainWindow window(demo.session.get());
        window.show();
        QTRY_COMPARE(window.table()->model()->rowCount(), 2); // the session and the signing key
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("KeychainBackend"))
                    ->text()
                    .contains(demo.secrets.backendName()));
        QVERIFY(!window.purgeButton()->isEnabled());
        QVERIFY(window.statusLabel()->text().contains(QLatin1String("2")));

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
        QTRY_COMPARE(window.table()->model()->rowCount(), 1);
        QVERIFY(window.statusLabel()->text().contains(QLatin1String("0 can be purged")));
    }
};

QTEST_MAIN(TestKeychainWindow)
#include "tst_keychainwindow.moc"
