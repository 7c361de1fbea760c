#include "assignmfadialog.h"
#include "democonsole.h"
#include "mfadevicesection.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

class TestMfaDeviceSection : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");

private slots:
    void listsTheUsersDevices()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceSection section(c.session.get(), c.services());
        section.showUser(prod, QStringLiteral("John"));
        QCOMPARE(section.deviceList()->topLevelItemCount(), 0);
        QVERIFY(!section.messageText().isEmpty());
        QVERIFY(section.assignAction()->isEnabled());
        QVERIFY(!section.removeAction()->isEnabled()); // nothing selected

        QVERIFY(c.dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("john-phone")));
        section.showUser(prod, QStringLiteral("John"));
        QCOMPARE(section.deviceList()->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = section.deviceList()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("arn:aws:iam::111122223333:mfa/john-phone"));
        QCOMPARE(item->text(1), QStringLiteral("Virtual MFA device"));
        QVERIFY(!item->text(2).isEmpty());
        QVERIFY(section.messageText().isEmpty());
        section.deviceList()->setCurrentItem(section.deviceList()->topLevelItem(0));
        QVERIFY(section.removeAction()->isEnabled());

        section.removeDevice(item->text(0));
        QTRY_COMPARE(section.deviceList()->topLevelItemCount(), 0);
        QVERIFY(c.dir->mfaDevices(prod, QStringLiteral("John")).isEmpty());
    }

    void johnCannotAssignOrRemove()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("John")).ok());
        QVERIFY(c.dir->addMfaDevice(prod, QStringLiteral("John"), QStringLiteral("john-phone")));
        MfaDeviceSection section(c.session.get(), c.services());
        section.showUser(prod, QStringLiteral("John"));
        QVERIFY(!section.assignAction()->isEnabled());
        QVERIFY(section.assignAction()->toolTip().contains(
            QLatin1String("iam:CreateVirtualMFADevice")));
        QCOMPARE(section.deviceList()->topLevelItemCount(), 1); // John may list his own
        section.deviceList()->setCurrentItem(section.deviceList()->topLevelItem(0));
        QVERIFY(!section.removeAction()->isEnabled());
    }

    void assignOpensTheWizard()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        MfaDeviceSection section(c.session.get(), c.services());
        section.showUser(prod, QStringLiteral("Maria"));
        QSignalSpy opened(&section, &MfaDeviceSection::assignDialogOpened);
        section.assignAction()->trigger();
        QCOMPARE(opened.size(), 1);
        auto* dialog = qobject_cast<AssignMfaDialog*>(opened.first().first().value<QDialog*>());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(TestMfaDeviceSection)
#include "tst_mfadevicesection.moc"
