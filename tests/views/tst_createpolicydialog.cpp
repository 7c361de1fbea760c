#include "admin/directoryadmin.h"
#include "createpolicydialog.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "policyeditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestCreatePolicyDialog : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString document = QStringLiteral(
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
        "\"s3:GetObject\", \"Resource\": \"arn:aws:s3:::catphoto-uploads/*\"}]}");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<CreatePolicyDialog> dialog;

    void open(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        dialog = std::make_unique<CreatePolicyDialog>(admin.get(), prod);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void fill(const QString& name, const QString& text)
    {
        dialog->nameEdit()->setText(name);
        dialog->editor()->setText(text);
    }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        dialog.reset();
        admin.reset();
        c.reset();
    }

    void createsACustomerManagedPolicy()
    {
        open(QStringLiteral("Maria"));
        fill(QStringLiteral("UploadsReader"), document);
        dialog->pathEdit()->setText(QStringLiteral("/app/"));
        dialog->descriptionEdit()->setText(QStringLiteral("Reads uploads"));
        QSignalSpy created(dialog.get(), &CreatePolicyDialog::policyCreated);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        const QString arn = QStringLiteral("arn:aws:iam::111122223333:policy/app/UploadsReader");
        const auto policy = c->dir->policy(arn);
        QVERIFY(policy.has_value());
        QCOMPARE(policy->description, QStringLiteral("Reads uploads"));
        QCOMPARE(policy->defaultVersionId, QStringLiteral("v1"));
        QCOMPARE(c->dir->defaultPolicyVersion(arn)->document, document);
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }

    void aDuplicateInAnotherCaseShowsNextToTheName()
    {
        open(QStringLiteral("Maria"));
        const int before = c->dir->policyCount(prod);
        fill(QStringLiteral("developeraccess"), document);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("EntityAlreadyExists"));
        QVERIFY(!dialog->nameError().isEmpty());
        QVERIFY(dialog->messageStrip()->error().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(c->dir->policyCount(prod), before);
    }

    void aBadPathShowsNextToThePathAndAMalformedDocumentUnderTheEditor()
    {
        open(QStringLiteral("Maria"));
        const int before = c->dir->policyCount(prod);
        fill(QStringLiteral("Reader"), document);
        dialog->pathEdit()->setText(QStringLiteral("no-slashes"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("ValidationError"));
        QVERIFY(dialog->nameError().isEmpty());

        dialog->pathEdit()->setText(QStringLiteral("/"));
        dialog->editor()->setText(QStringLiteral("{\"Version\": \"2012-10-17\"}"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("MalformedPolicyDocument"));
        QVERIFY(!dialog->editorError().isEmpty());
        QCOMPARE(c->dir->policyCount(prod), before);
    }

    void johnIsRefusedWithAccessDenied()
    {
        open(QStringLiteral("John"));
        const int before = c->dir->policyCount(prod);
        fill(QStringLiteral("JohnsPolicy"), document);
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(dialog->messageStrip()->error().startsWith(QStringLiteral("AccessDenied: ")));
        QVERIFY(dialog->messageStrip()->error().contains(QStringLiteral("iam:CreatePolicy")));
        QVERIFY(dialog->nameError().isEmpty());
        QCOMPARE(c->dir->policyCount(prod), before);
    }
};

QTEST_MAIN(TestCreatePolicyDialog)
#include "tst_createpolicydialog.moc"
