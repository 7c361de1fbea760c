#include "admin/directoryadmin.h"
#include "boundarycombobox.h"
#include "common/resultassertions.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "rolesettingsdialog.h"
#include "sessiondurationedit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

class TestRoleSettingsDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString roleName = QStringLiteral("SecurityEngineer");
    const QString boundary =
        QStringLiteral("arn:aws:iam::111122223333:policy/boundaries/ContractorBoundary");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<RoleSettingsDialog> dialog;

    void open(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<RoleSettingsDialog>(admin.get(), prod, roleName);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    Role role() const { return *c->dir->role(prod, roleName); }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void showsAndSavesDescriptionDurationAndBoundary()
    {
        const Role before = role();
        REQUIRE_HELPER(open(QStringLiteral("Maria")));
        QCOMPARE(dialog->descriptionEdit()->text(), before.description);
        QCOMPARE(dialog->durationEdit()->seconds(), before.maxSessionDuration);
        QCOMPARE(dialog->boundaryBox()->policyArn(), QString());

        dialog->descriptionEdit()->setText(QStringLiteral("Security engineers on call"));
        dialog->durationEdit()->setSeconds(4 * 3600);
        dialog->boundaryBox()->setPolicyArn(boundary);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(dialog->result() == QDialog::Accepted,
                 qPrintable(dialog->messageStrip()->error() + dialog->durationError() +
                            dialog->boundaryError()));
        QCOMPARE(role().description, QStringLiteral("Security engineers on call"));
        QCOMPARE(role().maxSessionDuration, 14400);
        QCOMPARE(role().permissionsBoundaryArn, boundary);
        // The settings and the boundary are one edit: one undo step takes both back.
        QCOMPARE(admin->undoStack()->count(), 1);
        REQUIRE_OK(admin->undo());
        QCOMPARE(role().description, before.description);
        QCOMPARE(role().permissionsBoundaryArn, QString());
        REQUIRE_OK(admin->redo());

        // And removes the boundary again.
        dialog = std::make_unique<RoleSettingsDialog>(admin.get(), prod, roleName);
        QCOMPARE(dialog->boundaryBox()->policyArn(), boundary);
        dialog->boundaryBox()->setPolicyArn({});
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(role().permissionsBoundaryArn, QString());
        QCOMPARE(role().maxSessionDuration, 14400);
    }

    void aDurationOutOfRangeShowsNextToItAndChangesNothing()
    {
        const Role before = role();
        REQUIRE_HELPER(open(QStringLiteral("Maria")));
        dialog->descriptionEdit()->setText(QStringLiteral("changed"));
        dialog->durationEdit()->setSeconds(50000);
        dialog->boundaryBox()->setPolicyArn(boundary);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("ValidationError"));
        QVERIFY2(dialog->durationError().contains(QStringLiteral("'maxSessionDuration'")),
                 qPrintable(dialog->durationError()));
        QVERIFY(dialog->descriptionError().isEmpty());
        QCOMPARE(role().description, before.description);
        QCOMPARE(role().maxSessionDuration, before.maxSessionDuration);
        QCOMPARE(role().permissionsBoundaryArn, QString());
        QCOMPARE(admin->undoStack()->count(), 0);
    }

    void johnIsRefusedWithAccessDenied()
    {
        const Role before = role();
        REQUIRE_HELPER(open(QStringLiteral("John")));
        dialog->descriptionEdit()->setText(QStringLiteral("mine now"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:UpdateRole")));
        QCOMPARE(role().description, before.description);
    }
};

QTEST_MAIN(TestRoleSettingsDialog)
#include "tst_rolesettingsdialog.moc"
