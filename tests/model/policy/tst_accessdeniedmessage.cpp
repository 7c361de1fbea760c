#include "policy/accessdeniedmessage.h"

#include <QTest>

// AWS's access-denied wording for each way a request can be refused.
class TestAccessDeniedMessage : public QObject
{
    Q_OBJECT

    static inline const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
    static inline const QString users = QStringLiteral("arn:aws:iam::111122223333:user/");

    static EvaluationResult denied(Decision decision, PolicyType by) { return {decision, by, {}}; }

private slots:
    void implicitDenies_data()
    {
        QTest::addColumn<PolicyType>("by");
        QTest::addColumn<QString>("reason");
        QTest::newRow("identity")
            << PolicyType::Identity
            << QStringLiteral("because no identity-based policy allows the iam:ListUsers action");
        QTest::newRow("boundary")
            << PolicyType::Boundary
            << QStringLiteral("because no permissions boundary allows the iam:ListUsers action");
        QTest::newRow("session")
            << PolicyType::Session
            << QStringLiteral("because no session policy allows the iam:ListUsers action");
        QTest::newRow("resource")
            << PolicyType::Resource
            << QStringLiteral("because no resource-based policy allows the iam:ListUsers action");
        QTest::newRow("service control")
            << PolicyType::ServiceControl
            << QStringLiteral("because no service control policy allows the iam:ListUsers action");
    }
    void implicitDenies()
    {
        QFETCH(PolicyType, by);
        QFETCH(QString, reason);
        QCOMPARE(AccessDeniedMessage::forRequest(john, QStringLiteral("iam:ListUsers"), users,
                                                 denied(Decision::ImplicitDeny, by)),
                 QStringLiteral(
                     "User: arn:aws:iam::111122223333:user/John is not authorized to perform: "
                     "iam:ListUsers on resource: arn:aws:iam::111122223333:user/ ") +
                     reason);
    }

    void explicitDenies_data()
    {
        QTest::addColumn<PolicyType>("by");
        QTest::addColumn<QString>("where");
        QTest::newRow("identity") << PolicyType::Identity
                                  << QStringLiteral("an identity-based policy");
        QTest::newRow("boundary") << PolicyType::Boundary
                                  << QStringLiteral("a permissions boundary");
        QTest::newRow("session") << PolicyType::Session << QStringLiteral("a session policy");
        QTest::newRow("resource") << PolicyType::Resource
                                  << QStringLiteral("a resource-based policy");
        QTest::newRow("service control")
            << PolicyType::ServiceControl << QStringLiteral("a service control policy");
        QTest::newRow("resource control")
            << PolicyType::ResourceControl << QStringLiteral("a resource control policy");
    }
    void explicitDenies()
    {
        QFETCH(PolicyType, by);
        QFETCH(QString, where);
        QCOMPARE(AccessDeniedMessage::forRequest(john, QStringLiteral("s3:GetObject"),
                                                 QStringLiteral("arn:aws:s3:::b/k"),
                                                 denied(Decision::ExplicitDeny, by)),
                 QStringLiteral(
                     "User: arn:aws:iam::111122223333:user/John is not authorized to perform: "
                     "s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in ") +
                     where);
    }

    // The examples of IAM User Guide, "Troubleshoot access denied error messages"
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html),
    // "Access denied due to a service control policy" and "... a resource control policy".
    void organizationPolicyExamplesFromTheDocumentation()
    {
        const QString doc = QStringLiteral("arn:aws:iam::777788889999:user/John");
        QCOMPARE(AccessDeniedMessage::forRequest(
                     doc, QStringLiteral("codecommit:ListRepositories"),
                     QStringLiteral("arn:aws:codecommit:us-east-1:777788889999:*"),
                     denied(Decision::ExplicitDeny, PolicyType::ServiceControl)),
                 QStringLiteral("User: arn:aws:iam::777788889999:user/John is not authorized to "
                                "perform: codecommit:ListRepositories on resource: "
                                "arn:aws:codecommit:us-east-1:777788889999:* with an explicit "
                                "deny in a service control policy"));
        QVERIFY(AccessDeniedMessage::forRequest(
                    doc, QStringLiteral("codecommit:ListRepositories"),
                    QStringLiteral("arn:aws:codecommit:us-east-1:777788889999:*"),
                    denied(Decision::ImplicitDeny, PolicyType::ServiceControl))
                    .endsWith(QLatin1String("because no service control policy allows the "
                                            "codecommit:ListRepositories action")));
        // Quoted whole from the page.
        QCOMPARE(AccessDeniedMessage::forRequest(
                     QStringLiteral("arn:aws:iam::123456789012:user/John"),
                     QStringLiteral("secretsmanager:GetSecretValue"),
                     QStringLiteral("arn:aws:secretsmanager:us-east-1:123456789012:secret:*"),
                     denied(Decision::ExplicitDeny, PolicyType::ResourceControl)),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/John is not authorized to "
                                "perform: secretsmanager:GetSecretValue on resource: "
                                "arn:aws:secretsmanager:us-east-1:123456789012:secret:* with an "
                                "explicit deny in a resource control policy"));
    }

    // STS answers an AssumeRole the trust or identity side does not allow in
    // the bare form ending at the role's ARN, and names an explicit deny
    // (IAM User Guide, "Troubleshoot access denied error messages").
    void assumeRoleIsWordedPlainlyUnlessExplicitlyDenied()
    {
        const QString expected =
            QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                           "perform: sts:AssumeRole "
                           "on resource: arn:aws:iam::444455556666:role/Auditor");
        const QString role = QStringLiteral("arn:aws:iam::444455556666:role/Auditor");
        QCOMPARE(AccessDeniedMessage::forAssumeRole(john, role), expected);
        QCOMPARE(
            AccessDeniedMessage::forRequest(john, QStringLiteral("sts:AssumeRole"), role,
                                            denied(Decision::ImplicitDeny, PolicyType::Identity)),
            expected);
        QCOMPARE(AccessDeniedMessage::forRequest(john, QStringLiteral("sts:AssumeRole"), role,
                                                 denied(Decision::ImplicitDeny, PolicyType::Trust)),
                 expected);
        QCOMPARE(AccessDeniedMessage::forRequest(john, QStringLiteral("sts:AssumeRole"), role,
                                                 denied(Decision::ExplicitDeny, PolicyType::Trust)),
                 expected + QStringLiteral(" with an explicit deny in a resource-based policy"));
        QCOMPARE(
            AccessDeniedMessage::forRequest(john, QStringLiteral("sts:AssumeRole"), role,
                                            denied(Decision::ExplicitDeny, PolicyType::Identity)),
            expected + QStringLiteral(" with an explicit deny in an identity-based policy"));
        // sts:TagSession, refused by the trust policy, reads the same way
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html).
        QCOMPARE(AccessDeniedMessage::forRequest(john, QStringLiteral("sts:TagSession"), role,
                                                 denied(Decision::ImplicitDeny, PolicyType::Trust)),
                 QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                                "perform: sts:TagSession on resource: ") +
                     role);
    }

    // An action without resource-level permissions leaves out "on resource",
    // as the documented format "User: user is not authorized to perform:
    // action because context" shows.
    void actionWithoutResourceHasNoResourcePart()
    {
        QCOMPARE(AccessDeniedMessage::forRequest(
                     john, QStringLiteral("iam:GetAccountSummary"), QStringLiteral("*"),
                     denied(Decision::ImplicitDeny, PolicyType::Identity)),
                 QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                                "perform: iam:GetAccountSummary because no identity-based policy "
                                "allows the iam:GetAccountSummary action"));
        QCOMPARE(AccessDeniedMessage::forRequest(
                     john, QStringLiteral("iam:GetAccountPasswordPolicy"), QString(),
                     denied(Decision::ExplicitDeny, PolicyType::ServiceControl)),
                 QStringLiteral("User: arn:aws:iam::111122223333:user/John is not authorized to "
                                "perform: iam:GetAccountPasswordPolicy with an explicit deny in a "
                                "service control policy"));
    }

    void allowedHasNoMessage()
    {
        QVERIFY(AccessDeniedMessage::forRequest(john, QStringLiteral("s3:GetObject"),
                                                QStringLiteral("*"),
                                                {Decision::Allow, PolicyType::Identity, {}})
                    .isEmpty());
    }

    void wrapsAsAccessDenied()
    {
        const IamError error =
            AccessDeniedMessage::error(john, QStringLiteral("iam:ListUsers"), users,
                                       denied(Decision::ImplicitDeny, PolicyType::Identity));
        QCOMPARE(error.code(), QStringLiteral("AccessDenied"));
        QCOMPARE(error.httpStatus(), 403);
        QVERIFY(error.message().endsWith(QLatin1String("allows the iam:ListUsers action")));
    }
};

QTEST_GUILESS_MAIN(TestAccessDeniedMessage)
#include "tst_accessdeniedmessage.moc"
