#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "crypto/passwordhasher.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "policysimulatorwindow.h"
#include "testdirectory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

class TestPolicySimulatorWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<PolicySimulatorWindow> window;

    void choosePrincipal(const QString& arn)
    {
        const int index = window->principalBox()->findData(arn);
        QVERIFY2(index >= 0, qPrintable(arn));
        window->principalBox()->setCurrentIndex(index);
    }

    // Sam may list users and roles and simulate only himself.
    void signInSamWhoMaySimulateHimselfOnly()
    {
        window.reset();
        QVERIFY(dir->putInlinePolicy(
                       EntityKind::User, TestDirectory::prod, QStringLiteral("Sam"),
                       {QStringLiteral("SimulateSelf"),
                        QStringLiteral(
                            R"({"Version":"2012-10-17","Statement":[)"
                            R"({"Effect":"Allow","Action":["iam:ListUsers","iam:ListRoles"],)"
                            R"("Resource":"*"},)"
                            R"({"Effect":"Allow","Action":"iam:SimulatePrincipalPolicy",)"
                            R"("Resource":"arn:aws:iam::111122223333:user/Sam"}]})")})
                    .ok());
        QVERIFY(session->signIn(TestDirectory::prod, QStringLiteral("Sam"), TestDirectory::password)
                    .ok());
        window = std::make_unique<PolicySimulatorWindow>(session.get(),
                                                         ConsoleServices{*dir, *Clock::system()});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

private slots:
    void init()
    {
        REQUIRE_VALUE(dir, TestDirectory::small());
        // Sam may use S3 only from the office network.
        QVERIFY(dir->putInlinePolicy(
                       EntityKind::User, TestDirectory::prod, QStringLiteral("Sam"),
                       {QStringLiteral("OfficeOnly"),
                        QStringLiteral(
                            R"({"Version":"2012-10-17","Statement":[{"Sid":"FromOffice",)"
                            R"("Effect":"Allow","Action":"s3:*","Resource":"*",)"
                            R"("Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}]})")})
                    .ok());
        session = std::make_unique<ConsoleSession>(dir.get());
        QVERIFY(
            session->signIn(TestDirectory::prod, QStringLiteral("Maria"), TestDirectory::password)
                .ok());
        window = std::make_unique<PolicySimulatorWindow>(session.get(),
                                                         ConsoleServices{*dir, *Clock::system()});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    void cleanup()
    {
        window.reset();
        session.reset();
        dir.reset();
    }

    void offersTheSignedInUserFirstThenEveryUserAndRole()
    {
        QCOMPARE(window->principalBox()->itemData(0).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QVERIFY(window->principalBox()->findData(
                    QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")) >= 0);
        QVERIFY(window->principalBox()->findData(
                    QStringLiteral("arn:aws:iam::111122223333:user/John")) > 0);
    }

    void decisionPerActionWithTheDecidingStatementMarked()
    {
        choosePrincipal(QStringLiteral("arn:aws:iam::111122223333:user/John"));
        window->actionsEdit()->setText(QStringLiteral("iam:ListUsers, s3:GetObject"));
        window->run();
        QTableWidget* results = window->resultsTable();
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("iam:ListUsers"));
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("denied (implicit deny)"));
        QVERIFY(results->item(0, 1)->toolTip().contains(
            QStringLiteral("no identity-based policy allows")));
        QCOMPARE(results->item(1, 1)->text(), QStringLiteral("allowed"));
        QVERIFY(results->item(1, 2)->text().contains(QStringLiteral("DeveloperAccess")));

        window->showResult(1);
        const QString marked = window->highlightedText();
        QVERIFY2(marked.contains(QStringLiteral("NotAction")), qPrintable(marked));
        QVERIFY(marked.contains(QStringLiteral("AllButIam")));
        QVERIFY(window->policyView()->toPlainText().contains(QStringLiteral("\"Version\"")));
    }

    // A member account's administrator is denied what an SCP of the account
    // denies: the result names the service control policy and marks its statement.
    void aServiceControlPolicyThatDecidedIsNamed()
    {
        QVERIFY(dir->createUser(TestDirectory::dev, QStringLiteral("Dana")).ok());
        QVERIFY(dir->setLoginProfile(TestDirectory::dev, QStringLiteral("Dana"),
                                     PasswordHasher::hash(TestDirectory::password))
                    .ok());
        QVERIFY(dir->putInlinePolicy(EntityKind::User, TestDirectory::dev, QStringLiteral("Dana"),
                                     {QStringLiteral("Everything"),
                                      QStringLiteral(R"({"Version":"2012-10-17","Statement":[)"
                                                     R"({"Effect":"Allow","Action":"*",)"
                                                     R"("Resource":"*"}]})")})
                    .ok());
        const auto scp = dir->createOrganizationPolicy(
            QStringLiteral("KeepBuckets"), QString(), OrganizationPolicy::Type::ServiceControl,
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Sid":"NoBucketDeletes",)"
                           R"("Effect":"Deny","Action":"s3:DeleteBucket","Resource":"*"}]})"));
        QVERIFY(scp.ok());
        QVERIFY(dir->attachOrganizationPolicy(scp->id, TestDirectory::dev).ok());
        window.reset();
        QVERIFY(session->signIn(TestDirectory::dev, QStringLiteral("Dana"), TestDirectory::password)
                    .ok());
        window = std::make_unique<PolicySimulatorWindow>(session.get(),
                                                         ConsoleServices{*dir, *Clock::system()});
        choosePrincipal(QStringLiteral("arn:aws:iam::444455556666:user/Dana"));
        window->actionsEdit()->setText(QStringLiteral("s3:DeleteBucket, s3:GetObject"));
        window->run();
        QTableWidget* results = window->resultsTable();
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("denied (explicit deny)"));
        const QString decidedBy = results->item(0, 2)->text();
        QVERIFY2(decidedBy.startsWith(QStringLiteral("service control policy ")) &&
                     decidedBy.contains(QStringLiteral("KeepBuckets")) &&
                     decidedBy.contains(QStringLiteral("NoBucketDeletes")),
                 qPrintable(decidedBy));
        QCOMPARE(results->item(1, 1)->text(), QStringLiteral("allowed"));
        window->showResult(0);
        QVERIFY2(window->policyTitle().startsWith(QStringLiteral("Service control policy: ")),
                 qPrintable(window->policyTitle()));
        QVERIFY(window->highlightedText().contains(QStringLiteral("s3:DeleteBucket")));
    }

    void contextKeysChangeTheAnswer()
    {
        choosePrincipal(QStringLiteral("arn:aws:iam::111122223333:user/Sam"));
        window->actionsEdit()->setText(QStringLiteral("s3:PutObject"));
        window->run();
        QCOMPARE(window->resultsTable()->item(0, 1)->text(),
                 QStringLiteral("denied (implicit deny)"));

        window->contextTable()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("aws:SourceIp")));
        window->contextTable()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("10.1.2.3")));
        window->run();
        QCOMPARE(window->resultsTable()->item(0, 1)->text(), QStringLiteral("allowed"));
        QVERIFY(window->highlightedText().contains(QStringLiteral("FromOffice")));
    }

    void refusesAPrincipalTheCallerMayNotSimulate()
    {
        signInSamWhoMaySimulateHimselfOnly();
        const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
        choosePrincipal(john);
        window->actionsEdit()->setText(QStringLiteral("s3:GetObject"));
        window->run();
        QCOMPARE(window->resultsTable()->rowCount(), 0);
        const QString denied = window->errorText();
        QVERIFY2(denied.contains(QStringLiteral("User: arn:aws:iam::111122223333:user/Sam is not "
                                                "authorized to perform: "
                                                "iam:SimulatePrincipalPolicy on resource: ") +
                                 john),
                 qPrintable(denied));

        // Himself he may simulate, but not read his policies (no ListAttachedUserPolicies).
        choosePrincipal(QStringLiteral("arn:aws:iam::111122223333:user/Sam"));
        window->actionsEdit()->setText(QStringLiteral("iam:ListUsers"));
        window->run();
        QVERIFY(window->errorText().isEmpty());
        QCOMPARE(window->resultsTable()->rowCount(), 1);
        QCOMPARE(window->resultsTable()->item(0, 1)->text(), QStringLiteral("allowed"));
        window->showResult(0);
        QVERIFY(window->policyView()->toPlainText().isEmpty());
        QVERIFY2(window->policyTitle().contains(QStringLiteral("iam:ListAttachedUserPolicies")),
                 qPrintable(window->policyTitle()));
    }

    void listsOnlyPrincipalsTheCallerMayList()
    {
        // Sam alone may list nothing: only he himself is offered.
        window.reset();
        QVERIFY(session->signIn(TestDirectory::prod, QStringLiteral("Sam"), TestDirectory::password)
                    .ok());
        window = std::make_unique<PolicySimulatorWindow>(session.get(),
                                                         ConsoleServices{*dir, *Clock::system()});
        QCOMPARE(window->principalBox()->count(), 1);
        QCOMPARE(window->principalBox()->itemData(0).toString(),
                 QStringLiteral("arn:aws:iam::111122223333:user/Sam"));
        // The window follows who is signed in.
        QVERIFY(
            session->signIn(TestDirectory::prod, QStringLiteral("Maria"), TestDirectory::password)
                .ok());
        QVERIFY(window->principalBox()->findData(
                    QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer")) >= 0);
        QVERIFY(window->principalBox()->findData(
                    QStringLiteral("arn:aws:iam::111122223333:user/John")) > 0);
    }

    void noActionIsAnError()
    {
        window->actionsEdit()->clear();
        window->run();
        QVERIFY(!window->errorText().isEmpty());
        QCOMPARE(window->resultsTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestPolicySimulatorWindow)
#include "tst_policysimulatorwindow.moc"
