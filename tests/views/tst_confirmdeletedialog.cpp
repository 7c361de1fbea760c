#include "admin/directoryadmin.h"
#include "confirmdeletedialog.h"
#include "democonsole.h"
#include "messagestrip.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestConfirmDeleteDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<ConfirmDeleteDialog> dialog;

    void signIn(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
    }

    void show(ConfirmDeleteDialog* created)
    {
        dialog.reset(created);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void deleteIsEnabledOnlyByTheExactName()
    {
        int calls = 0;
        show(new ConfirmDeleteDialog(QStringLiteral("Delete thing"), QStringLiteral("Thing"),
                                     {QStringLiteral("a part")}, [&]() -> Result<void> {
                                         ++calls;
                                         return {};
                                     }));
        QVERIFY(!dialog->deleteButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("thing"));
        QVERIFY(!dialog->deleteButton()->isEnabled());
        dialog->confirmEdit()->setText(QStringLiteral("Thing"));
        QVERIFY(dialog->deleteButton()->isEnabled());
        QSignalSpy deleted(dialog.get(), &ConfirmDeleteDialog::deleted);
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(calls, 1);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

    void anErrorKeepsTheDialogOpen()
    {
        show(new ConfirmDeleteDialog(
            QStringLiteral("Delete thing"), QStringLiteral("Thing"), {}, []() -> Result<void> {
                return IamError::deleteConflict(QStringLiteral("Cannot delete entity."));
            }));
        dialog->confirmEdit()->setText(QStringLiteral("Thing"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->error(),
                 QStringLiteral("DeleteConflict: Cannot delete entity."));
    }

    void deletesARoleWithItsPolicies()
    {
        signIn(QStringLiteral("Maria"));
        QVERIFY(c->dir->putInlinePolicy(
            EntityKind::Role, prod, QStringLiteral("CatPhotoApp"),
            {QStringLiteral("Queue"),
             QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": "
                            "\"Allow\", \"Action\": \"sqs:*\", \"Resource\": \"*\"}]}")}));
        show(ConfirmDeleteDialog::forRole(admin.get(), prod, QStringLiteral("CatPhotoApp")));
        QCOMPARE(dialog->alsoRemoved(),
                 (QStringList{QStringLiteral("Attached policy CatPhotoUploadsAccess (detached)"),
                              QStringLiteral("Inline policy Queue")}));
        dialog->confirmEdit()->setText(QStringLiteral("CatPhotoApp"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(!c->dir->role(prod, QStringLiteral("CatPhotoApp")));
        QCOMPARE(
            c->dir->policy(QStringLiteral("arn:aws:iam::111122223333:policy/CatPhotoUploadsAccess"))
                ->attachmentCount,
            0);
    }

    void deletesAPolicyAfterDetachingIt()
    {
        signIn(QStringLiteral("Maria"));
        const QString arn =
            QStringLiteral("arn:aws:iam::111122223333:policy/CatPhotoUploadsAccess");
        show(ConfirmDeleteDialog::forPolicy(admin.get(), arn));
        QCOMPARE(dialog->alsoRemoved(),
                 QStringList{QStringLiteral("Attachment to role CatPhotoApp (detached)")});
        dialog->confirmEdit()->setText(QStringLiteral("CatPhotoUploadsAccess"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(!c->dir->policy(arn));
        QVERIFY(c->dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("CatPhotoApp"))
                    .isEmpty());
    }

    void johnIsRefusedWithAccessDeniedAndTheRoleStays()
    {
        signIn(QStringLiteral("John"));
        show(ConfirmDeleteDialog::forRole(admin.get(), prod, QStringLiteral("VendorAccess")));
        dialog->confirmEdit()->setText(QStringLiteral("VendorAccess"));
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(c->dir->role(prod, QStringLiteral("VendorAccess")).has_value());
        QCOMPARE(
            c->dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("VendorAccess")).size(),
            1);
    }
};

QTEST_MAIN(TestConfirmDeleteDialog)
#include "tst_confirmdeletedialog.moc"
