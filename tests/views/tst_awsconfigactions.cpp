#include "admin/directoryadmin.h"
#include "awsconfigactions.h"
#include "common/democonsole.h"

#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// File → Import AWS config / Export roles as AWS config as console actions.
class TestAwsConfigActions : public QObject
{
    Q_OBJECT

private:
    static QString write(const QTemporaryDir& tmp, const QByteArray& text)
    {
        const QString path = tmp.filePath(QStringLiteral("config"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            QTest::qFail("cannot write the config file", __FILE__, __LINE__);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importSavesTheSignedInUsersRoles()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QMenu menu;
        QWidget parent;
        AwsConfigActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get());
        actions.setDirectoryAdmin(&admin);
        QCOMPARE(menu.actions().size(), 2);
        QVERIFY(actions.importAction()->isEnabled());
        QTemporaryDir tmp;
        const QString path = write(tmp, "[profile sec]\n"
                                        "role_arn = arn:aws:iam::111122223333:role/"
                                        "SecurityEngineer\n"
                                        "color = ff0000\n");
        const QString message = actions.importFile(path);
        QCOMPARE(message, QStringLiteral("Saved roles imported: 1."));
        const QList<RoleBookmark> saved = demo.session->roleBookmarks();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().color, QStringLiteral("red"));
        QVERIFY(demo.auditActions().contains(QStringLiteral("ImportAwsConfig:Success")));

        // A bad file: nothing imported, and the message says where.
        const QString bad = write(tmp, "[profile x]\nrole_arn = nope\n");
        QVERIFY(actions.importFile(bad).contains(QStringLiteral("config:2: role_arn \"nope\"")));
        QCOMPARE(demo.session->roleBookmarks().size(), 1);
    }

    void importNeedsASignedInUser()
    {
        OPEN_DEMO_CONSOLE(demo);
        QMenu menu;
        QWidget parent;
        AwsConfigActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        DirectoryAdmin admin(demo.session.get(), demo.dir.get());
        actions.setDirectoryAdmin(&admin);
        QVERIFY(!actions.importAction()->isEnabled());
        QVERIFY(!actions.exportAction()->isEnabled());
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QVERIFY(actions.importAction()->isEnabled());
        QVERIFY(actions.exportAction()->isEnabled());
    }

    // Saved roles are written through the session's administration, never
    // straight into the directory: without one the import is off.
    void importNeedsTheSessionsAdministration()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("John")));
        QMenu menu;
        QWidget parent;
        AwsConfigActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        QVERIFY(!actions.importAction()->isEnabled());
        QVERIFY(actions.exportAction()->isEnabled());
        QTemporaryDir tmp;
        const QString path = write(tmp, "[profile sec]\n"
                                        "role_arn = arn:aws:iam::111122223333:role/"
                                        "SecurityEngineer\n");
        QCOMPARE(actions.importFile(path), QStringLiteral("Sign in as an IAM user to save roles."));
        QVERIFY(demo.session->roleBookmarks().isEmpty());
        {
            DirectoryAdmin admin(demo.session.get(), demo.dir.get());
            actions.setDirectoryAdmin(&admin);
            QVERIFY(actions.importAction()->isEnabled());
        }
        // The administration ends with the session: the import is off again.
        QVERIFY(!actions.importAction()->isEnabled());
    }

    void exportWritesTheAccountsRoles()
    {
        // credential_process opens the directory by its file.
        QTemporaryDir tmp;
        OPEN_DEMO_CONSOLE(demo, tmp.filePath(QStringLiteral("directory.sqlite")));
        QVERIFY(demo.signIn(QStringLiteral("Maria")));
        QMenu menu;
        QWidget parent;
        AwsConfigActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        const QString path = tmp.filePath(QStringLiteral("roles.config"));
        const QString message = actions.exportRoles(path);
        QVERIFY2(message.startsWith(QStringLiteral("Exported the roles of account 111122223333")),
                 qPrintable(message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("[profile SecurityEngineer@catphoto-prod]")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("--user Maria --account 111122223333")));
        QVERIFY(text.contains(QStringLiteral("--directory %1").arg(demo.dir->filePath())));
    }

    void exportNeedsPermissionToListRoles()
    {
        OPEN_DEMO_CONSOLE(demo);
        QVERIFY(demo.signIn(QStringLiteral("Paulo")));
        QMenu menu;
        QWidget parent;
        AwsConfigActions actions(demo.session.get(), *demo.dir, &menu, &parent);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("roles.config"));
        const QString message = actions.exportRoles(path);
        QVERIFY2(message.contains(QStringLiteral("iam:ListRoles")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestAwsConfigActions)
#include "tst_awsconfigactions.moc"
