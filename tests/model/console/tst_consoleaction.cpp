#include "console/consoleaction.h"
#include "policy/actioncatalog.h"

#include <QList>
#include <QTest>

// The IAM action and resource behind each console screen and edit, as AWS's
// console asks them, and the action that takes an edit back.
class TestConsoleAction : public QObject
{
    Q_OBJECT

    static QString s(const char* text) { return QString::fromUtf8(text); }

    const QString acct = s("111122223333");
    const QString userArn = s("arn:aws:iam::111122223333:user/John");
    const QString groupArn = s("arn:aws:iam::111122223333:group/Admins");
    const QString roleArn = s("arn:aws:iam::111122223333:role/Admin");
    const QString policyArn = s("arn:aws:iam::111122223333:policy/Read");
    const QString providerArn = s("arn:aws:iam::111122223333:saml-provider/Okta");
    const QString orgAccountArn = s("arn:aws:organizations::111122223333:account/o-x/444455556666");

    // Every action the console asks, once.
    QList<ConsoleAction> everyAction() const
    {
        QList<ConsoleAction> all{ConsoleAction::listUsers(acct),
                                 ConsoleAction::listGroups(acct),
                                 ConsoleAction::listRoles(acct),
                                 ConsoleAction::listPolicies(acct),
                                 ConsoleAction::getAccountSummary(acct),
                                 ConsoleAction::getUser(userArn),
                                 ConsoleAction::listGroupsForUser(userArn),
                                 ConsoleAction::listAttachedUserPolicies(userArn),
                                 ConsoleAction::listAccessKeys(userArn),
                                 ConsoleAction::listMfaDevices(userArn),
                                 ConsoleAction::createAccessKey(userArn),
                                 ConsoleAction::updateAccessKey(userArn),
                                 ConsoleAction::deleteAccessKey(userArn),
                                 ConsoleAction::createVirtualMfaDevice(userArn),
                                 ConsoleAction::enableMfaDevice(userArn),
                                 ConsoleAction::deactivateMfaDevice(userArn),
                                 ConsoleAction::getGroup(groupArn),
                                 ConsoleAction::listAttachedGroupPolicies(groupArn),
                                 ConsoleAction::getRole(roleArn),
                                 ConsoleAction::passRole(roleArn),
                                 ConsoleAction::listAttachedRolePolicies(roleArn),
                                 ConsoleAction::getPolicy(policyArn),
                                 ConsoleAction::getPolicyVersion(policyArn),
                                 ConsoleAction::listPolicyVersions(policyArn),
                                 ConsoleAction::listEntitiesForPolicy(policyArn),
                                 ConsoleAction::simulatePrincipalPolicy(userArn),
                                 ConsoleAction::createUser(userArn),
                                 ConsoleAction::updateUser(userArn),
                                 ConsoleAction::deleteUser(userArn),
                                 ConsoleAction::createLoginProfile(userArn),
                                 ConsoleAction::updateLoginProfile(userArn),
                                 ConsoleAction::deleteLoginProfile(userArn),
                                 ConsoleAction::getLoginProfile(userArn),
                                 ConsoleAction::getAccessKeyLastUsed(userArn),
                                 ConsoleAction::createGroup(groupArn),
                                 ConsoleAction::updateGroup(groupArn),
                                 ConsoleAction::deleteGroup(groupArn),
                                 ConsoleAction::addUserToGroup(groupArn),
                                 ConsoleAction::removeUserFromGroup(groupArn),
                                 ConsoleAction::createRole(roleArn),
                                 ConsoleAction::updateRole(roleArn),
                                 ConsoleAction::updateAssumeRolePolicy(roleArn),
                                 ConsoleAction::deleteRole(roleArn),
                                 ConsoleAction::createPolicy(policyArn),
                                 ConsoleAction::deletePolicy(policyArn),
                                 ConsoleAction::createPolicyVersion(policyArn),
                                 ConsoleAction::setDefaultPolicyVersion(policyArn),
                                 ConsoleAction::deletePolicyVersion(policyArn),
                                 ConsoleAction::createSamlProvider(providerArn),
                                 ConsoleAction::updateSamlProvider(providerArn),
                                 ConsoleAction::deleteSamlProvider(providerArn),
                                 ConsoleAction::getSamlProvider(providerArn),
                                 ConsoleAction::listSamlProviders(acct),
                                 ConsoleAction::updateAccountPasswordPolicy(),
                                 ConsoleAction::deleteAccountPasswordPolicy(),
                                 ConsoleAction::getAccountPasswordPolicy(),
                                 ConsoleAction::listAccountAliases(),
                                 ConsoleAction::getAccountAuthorizationDetails(),
                                 ConsoleAction::simulateCustomPolicy(),
                                 ConsoleAction::createAccount(),
                                 ConsoleAction::closeAccount(orgAccountArn),
                                 ConsoleAction::listAccounts(),
                                 ConsoleAction::describeAccount(orgAccountArn),
                                 ConsoleAction::describeOrganization()};
        for (const EntityKind kind : {EntityKind::User, EntityKind::Group, EntityKind::Role}) {
            all << ConsoleAction::putInlinePolicy(kind, userArn)
                << ConsoleAction::deleteInlinePolicy(kind, userArn)
                << ConsoleAction::attachPolicy(kind, userArn)
                << ConsoleAction::detachPolicy(kind, userArn)
                << ConsoleAction::getInlinePolicy(kind, userArn)
                << ConsoleAction::listInlinePolicies(kind, userArn)
                << ConsoleAction::listAttachedPolicies(kind, userArn);
            if (kind != EntityKind::Group)
                all << ConsoleAction::putPermissionsBoundary(kind, userArn)
                    << ConsoleAction::deletePermissionsBoundary(kind, userArn)
                    << ConsoleAction::tag(kind, userArn) << ConsoleAction::untag(kind, userArn)
                    << ConsoleAction::listTags(kind, userArn);
        }
        return all;
    }

private slots:
    void everyActionIsOneAwsHas()
    {
        const ActionCatalog& catalog = ActionCatalog::instance();
        QVERIFY(!catalog.isEmpty());
        const QList<ConsoleAction> all = everyAction();
        QVERIFY(all.size() > 90);
        for (const ConsoleAction& action : all) {
            QVERIFY2(catalog.knowsAction(action.action), qPrintable(action.action));
            QVERIFY2(!action.resource.isEmpty(), qPrintable(action.action));
        }
    }

    void listsAreAskedOnTheAccountsArnPrefix()
    {
        QCOMPARE(ConsoleAction::listUsers(acct),
                 (ConsoleAction{s("iam:ListUsers"), s("arn:aws:iam::111122223333:user/")}));
        QCOMPARE(ConsoleAction::listPolicies(acct).resource,
                 s("arn:aws:iam::111122223333:policy/"));
        QCOMPARE(ConsoleAction::listSamlProviders(acct),
                 (ConsoleAction{s("iam:ListSAMLProviders"),
                                s("arn:aws:iam::111122223333:saml-provider/")}));
        QCOMPARE(ConsoleAction::list(EntityKind::Role, acct), ConsoleAction::listRoles(acct));
        QCOMPARE(ConsoleAction::list(EntityKind::Group, acct), ConsoleAction::listGroups(acct));
        // No resource-level permissions: "*".
        QCOMPARE(ConsoleAction::getAccountSummary(acct).resource, s("*"));
        QCOMPARE(ConsoleAction::createAccount(),
                 (ConsoleAction{s("organizations:CreateAccount"), s("*")}));
    }

    void entityActionsAreOnTheEntitysArn()
    {
        QCOMPARE(ConsoleAction::getUser(userArn), (ConsoleAction{s("iam:GetUser"), userArn}));
        QCOMPARE(ConsoleAction::addUserToGroup(groupArn),
                 (ConsoleAction{s("iam:AddUserToGroup"), groupArn}));
        QCOMPARE(ConsoleAction::listMfaDevices(userArn).action, s("iam:ListMFADevices"));
        QCOMPARE(ConsoleAction::createSamlProvider(providerArn).action,
                 s("iam:CreateSAMLProvider"));
        QCOMPARE(ConsoleAction::readRelations(EntityKind::User, userArn),
                 ConsoleAction::listGroupsForUser(userArn));
        QCOMPARE(ConsoleAction::readRelations(EntityKind::Group, groupArn),
                 ConsoleAction::getGroup(groupArn));
        QCOMPARE(ConsoleAction::readRelations(EntityKind::Role, roleArn),
                 ConsoleAction::getRole(roleArn));
        QCOMPARE(ConsoleAction::readRelations(EntityKind::Policy, policyArn),
                 ConsoleAction::listEntitiesForPolicy(policyArn));
    }

    void perKindActionsNameTheKind()
    {
        QCOMPARE(ConsoleAction::attachPolicy(EntityKind::Role, roleArn).action,
                 s("iam:AttachRolePolicy"));
        QCOMPARE(ConsoleAction::putInlinePolicy(EntityKind::Group, groupArn).action,
                 s("iam:PutGroupPolicy"));
        QCOMPARE(ConsoleAction::putPermissionsBoundary(EntityKind::User, userArn).action,
                 s("iam:PutUserPermissionsBoundary"));
        QCOMPARE(ConsoleAction::deletePermissionsBoundary(EntityKind::Role, roleArn).action,
                 s("iam:DeleteRolePermissionsBoundary"));
        QCOMPARE(ConsoleAction::tag(EntityKind::User, userArn).action, s("iam:TagUser"));
        QCOMPARE(ConsoleAction::untag(EntityKind::Role, roleArn).action, s("iam:UntagRole"));
        QCOMPARE(ConsoleAction::listTags(EntityKind::Role, roleArn).action, s("iam:ListRoleTags"));
        QCOMPARE(ConsoleAction::getInlinePolicy(EntityKind::User, userArn).action,
                 s("iam:GetUserPolicy"));
        QCOMPARE(ConsoleAction::listInlinePolicies(EntityKind::Group, groupArn).action,
                 s("iam:ListGroupPolicies"));
        QCOMPARE(ConsoleAction::listAttachedPolicies(EntityKind::Role, roleArn),
                 ConsoleAction::listAttachedRolePolicies(roleArn));
    }

    void theInverseTakesTheEditBack_data()
    {
        QTest::addColumn<QString>("forward");
        QTest::addColumn<QString>("backward");
        const auto row = [](const char* forward, const char* backward) {
            QTest::newRow(forward) << s(forward) << s(backward);
        };
        row("iam:CreateUser", "iam:DeleteUser");
        row("iam:CreateLoginProfile", "iam:DeleteLoginProfile");
        row("iam:AddUserToGroup", "iam:RemoveUserFromGroup");
        row("iam:AttachRolePolicy", "iam:DetachRolePolicy");
        row("iam:PutGroupPolicy", "iam:DeleteGroupPolicy");
        row("iam:PutUserPermissionsBoundary", "iam:DeleteUserPermissionsBoundary");
        row("iam:TagRole", "iam:UntagRole");
        row("iam:CreatePolicyVersion", "iam:DeletePolicyVersion");
        row("iam:CreateSAMLProvider", "iam:DeleteSAMLProvider");
        row("organizations:CreateAccount", "organizations:CloseAccount");
    }

    void theInverseTakesTheEditBack()
    {
        QFETCH(QString, forward);
        QFETCH(QString, backward);
        const ConsoleAction action{forward, roleArn};
        QCOMPARE(action.inverse(), (ConsoleAction{backward, roleArn}));
        QCOMPARE(action.inverse().inverse(), action);
    }

    void anEditThatIsItsOwnInverseStays()
    {
        for (const char* name : {"iam:UpdateRole", "iam:UpdateAssumeRolePolicy",
                                 "iam:SetDefaultPolicyVersion", "iam:UpdateUser"}) {
            const ConsoleAction action{s(name), roleArn};
            QCOMPARE(action.inverse(), action);
        }
    }
};

QTEST_GUILESS_MAIN(TestConsoleAction)
#include "tst_consoleaction.moc"
