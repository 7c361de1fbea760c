#include "admin/directoryadmin.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "policyeditor.h"
#include "policyversionsdialog.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

class TestPolicyVersionsDialog : public QObject
{
    Q_OBJECT

private:
    const QString policyArn = QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<PolicyVersionsDialog> dialog;

    void open(const QString& user, const QString& arn)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<PolicyVersionsDialog>(admin.get(), arn);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    static QString document(const QString& action)
    {
        return QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                              "\"Allow\", \"Action\": \"%1\", \"Resource\": \"*\"}]}")
            .arg(action);
    }

    void saveVersion(const QString& action, bool asDefault)
    {
        dialog->editor()->setText(document(action));
        dialog->setAsDefaultBox()->setChecked(asDefault);
        QTest::mouseClick(dialog->createVersionButton(), Qt::LeftButton);
    }

    QString defaultVersion() const { return c->dir->defaultPolicyVersion(policyArn)->versionId; }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void listsVersionsNewestFirstWithTheDefaultMarked()
    {
        QVERIFY(c->dir->createPolicyVersion(policyArn, document(QStringLiteral("s3:GetObject")),
                                            false));
        open(QStringLiteral("Maria"), policyArn);
        QCOMPARE(dialog->versionIds(), (QStringList{QStringLiteral("v2"), QStringLiteral("v1")}));
        QVERIFY(dialog->versionList()->item(1)->text().contains(QStringLiteral("(default)")));
        QVERIFY(!dialog->versionList()->item(0)->text().contains(QStringLiteral("(default)")));
        // The default is selected first, and cannot be deleted or set again.
        QCOMPARE(dialog->selectedVersionId(), QStringLiteral("v1"));
        QVERIFY(!dialog->deleteVersionButton()->isEnabled());
        QVERIFY(!dialog->setDefaultButton()->isEnabled());
        dialog->selectVersion(QStringLiteral("v2"));
        QVERIFY(dialog->editor()->text().contains(QStringLiteral("s3:GetObject")));
        QVERIFY(dialog->deleteVersionButton()->isEnabled());
    }

    void aSixthVersionIsRefusedWithLimitExceededAtTheList()
    {
        open(QStringLiteral("Maria"), policyArn);
        for (const QString& action :
             {QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject"),
              QStringLiteral("s3:ListBucket"), QStringLiteral("s3:DeleteObject")})
            saveVersion(action, false);
        QCOMPARE(dialog->versionIds(),
                 (QStringList{QStringLiteral("v5"), QStringLiteral("v4"), QStringLiteral("v3"),
                              QStringLiteral("v2"), QStringLiteral("v1")}));
        QVERIFY(dialog->listError().isEmpty());

        saveVersion(QStringLiteral("s3:PutObjectAcl"), true);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("LimitExceeded"));
        QVERIFY2(dialog->listError().contains(
                     QStringLiteral("A managed policy can have up to 5 versions. Before you "
                                    "create a new version, you must delete an existing version.")),
                 qPrintable(dialog->listError()));
        QVERIFY(dialog->listError().contains(QStringLiteral("Delete a version")));
        QVERIFY(dialog->editorError().isEmpty());
        QCOMPARE(c->dir->policyVersions(policyArn).size(), 5);
        QCOMPARE(defaultVersion(), QStringLiteral("v1"));

        // Deleting one makes room.
        dialog->selectVersion(QStringLiteral("v2"));
        QTest::mouseClick(dialog->deleteVersionButton(), Qt::LeftButton);
        QVERIFY(!dialog->versionIds().contains(QStringLiteral("v2")));
        QVERIFY(dialog->listError().isEmpty());
        saveVersion(QStringLiteral("s3:PutObjectAcl"), true);
        QCOMPARE(dialog->versionIds().first(), QStringLiteral("v6"));
        QCOMPARE(defaultVersion(), QStringLiteral("v6"));
    }

    void setDefaultChangesTheDefault()
    {
        open(QStringLiteral("Maria"), policyArn);
        saveVersion(QStringLiteral("s3:GetObject"), false);
        QCOMPARE(defaultVersion(), QStringLiteral("v1"));
        dialog->selectVersion(QStringLiteral("v2"));
        QVERIFY(dialog->setDefaultButton()->isEnabled());
        QTest::mouseClick(dialog->setDefaultButton(), Qt::LeftButton);
        QCOMPARE(defaultVersion(), QStringLiteral("v2"));
        QVERIFY(dialog->versionList()->item(0)->text().contains(QStringLiteral("(default)")));
        QCOMPARE(dialog->selectedVersionId(), QStringLiteral("v2"));
        QVERIFY(!dialog->deleteVersionButton()->isEnabled());
        // The old default can go now.
        dialog->selectVersion(QStringLiteral("v1"));
        QTest::mouseClick(dialog->deleteVersionButton(), Qt::LeftButton);
        QCOMPARE(dialog->versionIds(), QStringList{QStringLiteral("v2")});
    }

    void aMalformedVersionShowsUnderTheEditorAndIsNotStored()
    {
        open(QStringLiteral("Maria"), policyArn);
        dialog->editor()->setText(
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": "
                           "[{\"Effect\": \"Allow\", \"Resource\": \"*\"}]}"));
        QTest::mouseClick(dialog->createVersionButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("MalformedPolicyDocument"));
        QVERIFY(!dialog->editorError().isEmpty());
        QVERIFY(dialog->messageStrip()->error().isEmpty());
        QCOMPARE(c->dir->policyVersions(policyArn).size(), 1);
    }

    // The size quota is the document's, the version count the list's: both are LimitExceeded.
    void anOversizedVersionShowsUnderTheEditor()
    {
        open(QStringLiteral("Maria"), policyArn);
        dialog->editor()->setText(
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                           "\"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": "
                           "\"arn:aws:s3:::%1\"}]}")
                .arg(QString(6200, u'x')));
        QTest::mouseClick(dialog->createVersionButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("LimitExceeded"));
        QCOMPARE(dialog->editorError(), QStringLiteral("Cannot exceed quota for PolicySize: 6144"));
        QVERIFY(dialog->listError().isEmpty());
        QCOMPARE(c->dir->policyVersions(policyArn).size(), 1);
    }

    void awsManagedPoliciesAreReadOnly()
    {
        open(QStringLiteral("Maria"), QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        QCOMPARE(dialog->versionIds(), QStringList{QStringLiteral("v1")});
        QVERIFY(dialog->createVersionButton()->isHidden());
        QVERIFY(dialog->deleteVersionButton()->isHidden());
        QVERIFY(dialog->setDefaultButton()->isHidden());
    }

    void johnIsRefusedWithAccessDenied()
    {
        open(QStringLiteral("John"), policyArn);
        saveVersion(QStringLiteral("s3:GetObject"), true);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(
            dialog->messageStrip()->error().contains(QStringLiteral("iam:CreatePolicyVersion")));
        QCOMPARE(c->dir->policyVersions(policyArn).size(), 1);
    }
};

QTEST_MAIN(TestPolicyVersionsDialog)
#include "tst_policyversionsdialog.moc"
