#include "admin/directoryadmin.h"
#include "democonsole.h"
#include "edittrustpolicydialog.h"
#include "messagestrip.h"
#include "policyeditor.h"
#include "sts/trustconditions.h"

#include <QPushButton>
#include <QTest>

class TestEditTrustPolicyDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString roleName = QStringLiteral("SecurityEngineer");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<EditTrustPolicyDialog> dialog;

    void open(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<EditTrustPolicyDialog>(admin.get(), prod, roleName);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QString trustPolicy() const { return c->dir->role(prod, roleName)->trustPolicy; }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void updatesTheTrustPolicy()
    {
        open(QStringLiteral("Maria"));
        QCOMPARE(dialog->editor()->text(), trustPolicy());
        const QString mfaOnly = QStringLiteral(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
            "{\"AWS\": \"arn:aws:iam::111122223333:root\"}, \"Action\": \"sts:AssumeRole\", "
            "\"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}}]}");
        dialog->editor()->setText(mfaOnly);
        QTest::mouseClick(dialog->updateButton(), Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(TrustConditions::of(trustPolicy()).requiresMfa);
    }

    void aPolicyWithoutPrincipalIsMalformedAndNotStored()
    {
        const QString before = trustPolicy();
        open(QStringLiteral("Maria"));
        dialog->editor()->setText(
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                           "\"Action\": \"sts:AssumeRole\"}]}"));
        QTest::mouseClick(dialog->updateButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("MalformedPolicyDocument"));
        QVERIFY(!dialog->editorError().isEmpty());
        QCOMPARE(trustPolicy(), before);
    }

    void johnIsRefusedWithAccessDenied()
    {
        const QString before = trustPolicy();
        open(QStringLiteral("John"));
        dialog->editor()->setText(QStringLiteral(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": "
            "{\"AWS\": \"*\"}, \"Action\": \"sts:AssumeRole\"}]}"));
        QTest::mouseClick(dialog->updateButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(
            dialog->messageStrip()->error().contains(QStringLiteral("iam:UpdateAssumeRolePolicy")));
        QCOMPARE(trustPolicy(), before);
    }
};

QTEST_MAIN(TestEditTrustPolicyDialog)
#include "tst_edittrustpolicydialog.moc"
