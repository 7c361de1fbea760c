#include "admin/directoryadmin.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "passwordpolicydialog.h"

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestPasswordPolicyDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    QTemporaryDir dir;
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<PasswordPolicyDialog> dialog;

    void open(const QString& as)
    {
        if (!admin) {
            QVERIFY(c->signIn(as));
            admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                     c->accessKeys.get(), c->mfaDevices.get());
        }
        dialog = std::make_unique<PasswordPolicyDialog>(admin.get(), prod);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    static PasswordPolicy strict()
    {
        PasswordPolicy policy;
        policy.minimumLength = 12;
        policy.requireSymbols = true;
        policy.requireNumbers = true;
        policy.maxPasswordAgeDays = 90;
        policy.passwordReusePrevention = 5;
        policy.allowUsersToChangePassword = false;
        return policy;
    }

private slots:
    void initTestCase() { QVERIFY(dir.isValid()); }
    void init() { REQUIRE_VALUE(c, DemoConsole::open(dir.filePath(QStringLiteral("demo.db")))); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
        QFile::remove(dir.filePath(QStringLiteral("demo.db")));
    }

    void showsAwsDefaultWhenTheAccountHasNone()
    {
        QVERIFY(!c->dir->passwordPolicy(prod).has_value());
        open(QStringLiteral("Maria"));
        QVERIFY(dialog->showsAwsDefault());
        QCOMPARE(dialog->minimumLengthBox()->value(), 8);
        QVERIFY(!dialog->expireBox()->isChecked());
        QVERIFY(!dialog->maxAgeBox()->isEnabled());
        QVERIFY(!dialog->useDefaultButton()->isEnabled());
    }

    void savesThePolicyAndShowsItAgain()
    {
        open(QStringLiteral("Maria"));
        QSignalSpy changed(dialog.get(), &PasswordPolicyDialog::policyChanged);
        dialog->minimumLengthBox()->setValue(12);
        dialog->symbolsBox()->setChecked(true);
        dialog->numbersBox()->setChecked(true);
        dialog->expireBox()->setChecked(true);
        QVERIFY(dialog->maxAgeBox()->isEnabled());
        dialog->maxAgeBox()->setValue(90);
        dialog->reuseBox()->setChecked(true);
        dialog->reuseCountBox()->setValue(5);
        dialog->allowChangeBox()->setChecked(false);
        QCOMPARE(dialog->policy(), strict());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(c->dir->passwordPolicy(prod), std::optional<PasswordPolicy>(strict()));
        QCOMPARE(admin->effectivePasswordPolicy(prod), strict());

        open(QStringLiteral("Maria"));
        QVERIFY(!dialog->showsAwsDefault());
        QCOMPARE(dialog->policy(), strict());
        QVERIFY(dialog->useDefaultButton()->isEnabled());
        QTest::mouseClick(dialog->useDefaultButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!c->dir->passwordPolicy(prod).has_value());
        QCOMPARE(admin->effectivePasswordPolicy(prod), PasswordPolicy::awsDefault());
    }

    void johnAsHimselfIsRefused()
    {
        open(QStringLiteral("John"));
        dialog->minimumLengthBox()->setValue(20);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().contains(
            QStringLiteral("iam:UpdateAccountPasswordPolicy")));
        QVERIFY(!c->dir->passwordPolicy(prod).has_value());
    }
};

QTEST_MAIN(TestPasswordPolicyDialog)
#include "tst_passwordpolicydialog.moc"
