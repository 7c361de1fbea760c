#include "accesskeycreateddialog.h"
#include "console/accesskeymanager.h"
#include "crypto/owneronlyfile.h"
#include "democonsole.h"
#include "secrets/secretkey.h"
#include "securitycredentialspanel.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestSecurityCredentialsPanel : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString john = QStringLiteral("John");

    static QString cell(const SecurityCredentialsPanel& panel, int row, int column)
    {
        return panel.accessKeyTable()->item(row, column)->text();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsTheKeysWithStatusAgeAndStaleFlag()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        const auto old = c.dir->addAccessKey(prod, john, QStringLiteral("AKIAOLDOLDOLDOLDOLD1"));
        QVERIFY(old.ok());
        c.clock.advance(100 * 24 * 3600);
        QVERIFY(c.dir->addAccessKey(prod, john, QStringLiteral("AKIANEWNEWNEWNEWNEW2")).ok());
        QVERIFY(c.dir->setAccessKeyActive(QStringLiteral("AKIANEWNEWNEWNEWNEW2"), false).ok());

        SecurityCredentialsPanel panel(c.session.get(), c.services());
        panel.showUser(prod, john);
        QCOMPARE(panel.accessKeyTable()->rowCount(), 2);
        QCOMPARE(cell(panel, 0, 0), QStringLiteral("AKIAOLDOLDOLDOLDOLD1"));
        QCOMPARE(cell(panel, 0, 1), QStringLiteral("Active"));
        QCOMPARE(cell(panel, 0, 2), QStringLiteral("100 day(s)"));
        QCOMPARE(cell(panel, 0, 3), QStringLiteral("Never"));
        QCOMPARE(cell(panel, 0, 4), QStringLiteral("Older than 90 days: rotate it"));
        QCOMPARE(cell(panel, 1, 1), QStringLiteral("Inactive"));
        QCOMPARE(cell(panel, 1, 4), QString());
        // At the quota: no third key.
        QVERIFY(!panel.createAction()->isEnabled());
        QCOMPARE(panel.createAction()->toolTip(),
                 QStringLiteral("Cannot exceed quota for AccessKeysPerUser: 2"));
        panel.accessKeyTable()->selectRow(1);
        QCOMPARE(panel.toggleAction()->text(), QStringLiteral("Activate"));
        QVERIFY(panel.deleteAction()->isEnabled());

        // The table follows the directory.
        QVERIFY(c.dir->deleteAccessKey(QStringLiteral("AKIANEWNEWNEWNEWNEW2")).ok());
        QTRY_COMPARE(panel.accessKeyTable()->rowCount(), 1);
        QVERIFY(panel.createAction()->isEnabled());
    }

    void createShowsTheSecretOnce()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        SecurityCredentialsPanel panel(c.session.get(), c.services());
        panel.showUser(prod, john);
        QCOMPARE(panel.accessKeyTable()->rowCount(), 0);
        QVERIFY(panel.createAction()->isEnabled());

        QSignalSpy opened(&panel, &SecurityCredentialsPanel::createdDialogOpened);
        panel.createAction()->trigger();
        QVERIFY(opened.wait(5000));
        QPointer<AccessKeyCreatedDialog> dialog =
            opened.first().first().value<AccessKeyCreatedDialog*>();
        QVERIFY(dialog);
        QCOMPARE(panel.accessKeyTable()->rowCount(), 1);
        QCOMPARE(cell(panel, 0, 0), dialog->accessKeyId());

        QLineEdit* secret = dialog->secretField();
        QCOMPARE(secret->text().size(), 40);
        QVERIFY(!dialog->isSecretShown());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog->findChild<QPushButton*>(QStringLiteral("ShowSecret"))->click();
        QVERIFY(dialog->isSecretShown());
        const QString shown = secret->text();

        const QString key = SecretKey(QUuid::fromString(c.dir->directoryId()),
                                      SecretKey::Kind::AccessKey, dialog->accessKeyId())
                                .toString();
        QCOMPARE(AsyncTesting::storeValue(c.secrets, key, 5000), shown.toUtf8());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        // Under the usual umask the file holding the secret is still the owner's only.
        const mode_t previousUmask = ::umask(022);
        const bool saved = dialog->saveCsv(path);
        ::umask(previousUmask);
        QVERIFY(saved);
        QCOMPARE(OwnerOnlyFile::mode(path), 0600);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), "Access key ID,Secret access key\r\n" +
                                    dialog->accessKeyId().toLatin1() + ',' + shown.toUtf8() +
                                    "\r\n");

        dialog->reject();
        QVERIFY(secret->text().isEmpty());
        QTRY_VERIFY(!dialog);
    }

    void rotateCreatesThenDeactivatesTheOldKey()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        QVERIFY(c.dir->addAccessKey(prod, john, QStringLiteral("AKIAOLDOLDOLDOLDOLD1")).ok());
        SecurityCredentialsPanel panel(c.session.get(), c.services());
        panel.showUser(prod, john);
        panel.accessKeyTable()->selectRow(0);
        QVERIFY(panel.rotateAction()->isEnabled());

        QSignalSpy opened(&panel, &SecurityCredentialsPanel::createdDialogOpened);
        panel.rotateKey(QStringLiteral("AKIAOLDOLDOLDOLDOLD1"));
        QVERIFY(opened.wait(5000));
        auto* dialog = opened.first().first().value<AccessKeyCreatedDialog*>();
        QCOMPARE(panel.accessKeyTable()->rowCount(), 2);
        // The old key stays active until the new secret has been seen.
        QVERIFY(c.dir->accessKey(QStringLiteral("AKIAOLDOLDOLDOLDOLD1"))->active);
        dialog->accept();
        QTRY_VERIFY(!c.dir->accessKey(QStringLiteral("AKIAOLDOLDOLDOLDOLD1"))->active);
        QTRY_VERIFY(panel.messageText().contains(QLatin1String("AKIAOLDOLDOLDOLDOLD1")));
    }

    void johnCannotManageAnotherUsersKeys()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(
            c.dir->addAccessKey(prod, QStringLiteral("Ana"), QStringLiteral("AKIAANAANAANAANAANA1"))
                .ok());
        QVERIFY(c.signIn(john).ok());
        SecurityCredentialsPanel panel(c.session.get(), c.services());
        panel.showUser(prod, QStringLiteral("Ana"));
        QCOMPARE(panel.accessKeyTable()->rowCount(), 0); // not even listed
        QVERIFY(panel.messageText().contains(QLatin1String("iam:ListAccessKeys")));
        QVERIFY(!panel.createAction()->isEnabled());
        QVERIFY(panel.createAction()->toolTip().contains(QLatin1String("iam:CreateAccessKey")));
        QVERIFY(!panel.toggleAction()->isEnabled());
        QVERIFY(!panel.deleteAction()->isEnabled());
        QVERIFY(!panel.rotateAction()->isEnabled());
    }
};

QTEST_MAIN(TestSecurityCredentialsPanel)
#include "tst_securitycredentialspanel.moc"
