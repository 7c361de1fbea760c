// Directory's organization: OUs, accounts' parents, SCPs/RCPs and their
// attachments, with the Organizations API's errors, and PolicySet's SCP levels.
#include "directorytesthelpers.h"

#include "common/testengine.h"

#include "directory/directory.h"
#include "directory/policyset.h"
#include "iam/organizationids.h"
#include "policy/policycache.h"

#include <QRegularExpression>

#include <QTest>

using namespace DirectoryTest;

namespace {
const QString denyCloudTrail =
    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                   R"("Action":"cloudtrail:StopLogging","Resource":"*"}]})");
constexpr auto Scp = OrganizationPolicy::Type::ServiceControl;
constexpr auto Rcp = OrganizationPolicy::Type::ResourceControl;

QStringList ids(const QList<OrganizationPolicy>& policies)
{
    QStringList out;
    for (const OrganizationPolicy& policy : policies)
        out << policy.id;
    return out;
}
} // namespace

class TestDirectoryOrganization : public QObject
{
    Q_OBJECT

    // An organization of two accounts, prod its management account; a failure here
    // fails the test function before it runs.
    std::unique_ptr<Directory> dir;

private Q_SLOTS:
    void init()
    {
        REQUIRE_TEST_ENGINE();
        REQUIRE_VALUE(dir, Directory::open(TestEngine::freshLocation()));
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createAccount(dev, QStringLiteral("catphoto-dev")));
    }
    void cleanup()
    {
        dir.reset();
        TestEngine::dropDatabases();
    }

    void withoutManagementAccountThereIsNoOrganization()
    {
        std::unique_ptr<Directory> alone;
        REQUIRE_VALUE(alone, Directory::open(TestEngine::freshLocation()));
        QVERIFY(alone->organizationRootId().isEmpty());
        REQUIRE_CODE(alone->createOrganizationalUnit(QStringLiteral("r-abcd"), QStringLiteral("X")),
                     "AWSOrganizationsNotInUseException");
        REQUIRE_CODE(alone->createOrganizationPolicy(QStringLiteral("X"), {}, Scp, denyCloudTrail),
                     "AWSOrganizationsNotInUseException");
    }

    void organizationalUnitsNestUnderTheRoot()
    {
        const QString root = dir->organizationRootId();
        QCOMPARE(root, OrganizationIds::rootId(prod));
        const auto workloads = dir->createOrganizationalUnit(root, QStringLiteral("Workloads"));
        REQUIRE_OK(workloads);
        // ou-<root suffix>-<8 lower-case letters or digits>, as AWS forms them.
        QVERIFY2(QRegularExpression(QStringLiteral("^ou-%1-[0-9a-z]{8}$").arg(root.mid(2)))
                     .match(workloads->id)
                     .hasMatch(),
                 qPrintable(workloads->id));
        QCOMPARE(workloads->arn,
                 QStringLiteral("arn:aws:organizations::%1:ou/%2/%3")
                     .arg(prod, OrganizationIds::organizationId(prod), workloads->id));
        QCOMPARE(workloads->parentId, root);
        const auto prodOu = dir->createOrganizationalUnit(workloads->id, QStringLiteral("Prod"));
        REQUIRE_OK(prodOu);
        QCOMPARE(dir->organizationalUnitsForParent(root), QList<OrganizationalUnit>{*workloads});
        QCOMPARE(dir->organizationalUnitsForParent(workloads->id),
                 QList<OrganizationalUnit>{*prodOu});
        // A new OU gets AWS's default policies.
        QCOMPARE(ids(dir->policiesForTarget(prodOu->id, Scp)),
                 QStringList{OrganizationPolicy::fullAwsAccessId()});
        QCOMPARE(ids(dir->policiesForTarget(prodOu->id, Rcp)),
                 QStringList{OrganizationPolicy::rcpFullAwsAccessId()});
    }

    void organizationalUnitErrorsAreTheApis()
    {
        const QString root = dir->organizationRootId();
        const auto unit = dir->createOrganizationalUnit(root, QStringLiteral("Workloads"));
        REQUIRE_OK(unit);
        REQUIRE_CODE(dir->createOrganizationalUnit(root, QStringLiteral("Workloads")),
                     "DuplicateOrganizationalUnitException");
        // Names are unique regardless of case, as the IAM entities' are.
        REQUIRE_ERROR(
            dir->createOrganizationalUnit(root, QStringLiteral("WORKLOADS")),
            "DuplicateOrganizationalUnitException",
            QStringLiteral("An OU with the same name already exists under %1.").arg(root));
        REQUIRE_CODE(
            dir->createOrganizationalUnit(QStringLiteral("ou-zzzz-zzzzzzzz"), QStringLiteral("X")),
            "ParentNotFoundException");
        REQUIRE_CODE(dir->createOrganizationalUnit(root, QString(129, QLatin1Char('x'))),
                     "InvalidInputException");
        // Five levels of OUs under the root, no more.
        QString parent = unit->id;
        for (int depth = 2; depth <= 5; ++depth) {
            const auto deeper =
                dir->createOrganizationalUnit(parent, QStringLiteral("L%1").arg(depth));
            REQUIRE_OK(deeper);
            parent = deeper->id;
        }
        REQUIRE_ERROR(dir->createOrganizationalUnit(parent, QStringLiteral("L6")),
                      "ConstraintViolationException",
                      "You can't create an OU deeper than 5 levels under the root "
                      "(OU_DEPTH_LIMIT_EXCEEDED).");
        QCOMPARE(dir->targetPath(parent).size(), 6); // the root and five OUs
        // Not empty: an OU under it.
        REQUIRE_CODE(dir->deleteOrganizationalUnit(unit->id),
                     "OrganizationalUnitNotEmptyException");
        REQUIRE_CODE(dir->deleteOrganizationalUnit(QStringLiteral("ou-zzzz-zzzzzzzz")),
                     "OrganizationalUnitNotFoundException");
        REQUIRE_OK(dir->deleteOrganizationalUnit(parent));
        QVERIFY(!dir->organizationalUnit(parent));
    }

    void renamingKeepsNamesUniqueUnderAParent()
    {
        const QString root = dir->organizationRootId();
        const auto a = dir->createOrganizationalUnit(root, QStringLiteral("A"));
        const auto b = dir->createOrganizationalUnit(root, QStringLiteral("B"));
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        REQUIRE_CODE(dir->renameOrganizationalUnit(b->id, QStringLiteral("A")),
                     "DuplicateOrganizationalUnitException");
        REQUIRE_CODE(dir->renameOrganizationalUnit(b->id, QStringLiteral("a")),
                     "DuplicateOrganizationalUnitException");
        // Its own name in another case is no clash.
        REQUIRE_OK(dir->renameOrganizationalUnit(b->id, QStringLiteral("b")));
        const auto renamed = dir->renameOrganizationalUnit(b->id, QStringLiteral("C"));
        REQUIRE_OK(renamed);
        QCOMPARE(renamed->name, QStringLiteral("C"));
        QCOMPARE(dir->organizationalUnit(b->id)->name, QStringLiteral("C"));
    }

    void accountsMoveBetweenParents()
    {
        const QString root = dir->organizationRootId();
        const auto unit = dir->createOrganizationalUnit(root, QStringLiteral("Workloads"));
        REQUIRE_OK(unit);
        QCOMPARE(dir->parentOf(dev), root);
        REQUIRE_CODE(dir->moveAccount(dev, unit->id, root), "AccountNotFoundException");
        REQUIRE_CODE(dir->moveAccount(dev, root, QStringLiteral("ou-zzzz-zzzzzzzz")),
                     "DestinationParentNotFoundException");
        REQUIRE_CODE(dir->moveAccount(dev, QStringLiteral("ou-zzzz-zzzzzzzz"), unit->id),
                     "SourceParentNotFoundException");
        REQUIRE_CODE(dir->moveAccount(QStringLiteral("999999999999"), root, unit->id),
                     "AccountNotFoundException");
        REQUIRE_CODE(dir->moveAccount(dev, root, root), "DuplicateAccountException");
        REQUIRE_OK(dir->moveAccount(dev, root, unit->id));
        QCOMPARE(dir->parentOf(dev), unit->id);
        QCOMPARE(dir->accountsForParent(unit->id), QStringList{dev});
        QCOMPARE(dir->accountsForParent(root), QStringList{prod});
        const auto path = dir->targetPath(dev);
        QCOMPARE(path.size(), 3);
        QCOMPARE(path.at(0).type, OrganizationTarget::Type::Root);
        QCOMPARE(path.at(1).id, unit->id);
        QCOMPARE(path.at(2).id, dev);
        REQUIRE_CODE(dir->deleteOrganizationalUnit(unit->id),
                     "OrganizationalUnitNotEmptyException");
        REQUIRE_OK(dir->moveAccount(dev, unit->id, root));
        QCOMPARE(dir->parentOf(dev), root);
    }

    void policiesAreCheckedAndUnique()
    {
        const auto created = dir->createOrganizationPolicy(QStringLiteral("ProtectTrail"),
                                                           QStringLiteral("Keeps CloudTrail on"),
                                                           Scp, denyCloudTrail);
        REQUIRE_OK(created);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^p-[0-9a-z]{8}$")).match(created->id).hasMatch(),
            qPrintable(created->id));
        QCOMPARE(created->arn,
                 QStringLiteral("arn:aws:organizations::%1:policy/%2/service_control_policy/%3")
                     .arg(prod, OrganizationIds::organizationId(prod), created->id));
        QVERIFY(!created->awsManaged);
        REQUIRE_CODE(
            dir->createOrganizationPolicy(QStringLiteral("ProtectTrail"), {}, Scp, denyCloudTrail),
            "DuplicatePolicyException");
        REQUIRE_ERROR(
            dir->createOrganizationPolicy(QStringLiteral("protecttrail"), {}, Scp, denyCloudTrail),
            "DuplicatePolicyException",
            "A policy with the same name already exists: protecttrail.");
        const auto other =
            dir->createOrganizationPolicy(QStringLiteral("Other"), {}, Scp, denyCloudTrail);
        REQUIRE_OK(other);
        REQUIRE_CODE(
            dir->updateOrganizationPolicy(other->id, QStringLiteral("PROTECTTRAIL"), {}, {}),
            "DuplicatePolicyException");
        REQUIRE_CODE(dir->createOrganizationPolicy(QStringLiteral("Broken"), {}, Scp,
                                                   QStringLiteral("{\"Statement\":")),
                     "MalformedPolicyDocumentException");
        // 5,120 characters at most.
        const QString big = policyOfSize(5121);
        QCOMPARE(big.size(), 5121);
        REQUIRE_CODE(dir->createOrganizationPolicy(QStringLiteral("Big"), {}, Scp, big),
                     "ConstraintViolationException");
        // Each field's error says which field it is about, for the console's form.
        const auto parameterOf = [](const Result<OrganizationPolicy>& result) {
            return result ? QStringLiteral("(no error)") : result.error().parameter();
        };
        QCOMPARE(parameterOf(dir->createOrganizationPolicy(QStringLiteral("Big"), {}, Scp, big)),
                 QStringLiteral("Content"));
        QCOMPARE(
            parameterOf(dir->createOrganizationPolicy(QString(129, u'n'), {}, Scp, denyCloudTrail)),
            QStringLiteral("Name"));
        QCOMPARE(parameterOf(dir->createOrganizationPolicy(
                     QStringLiteral("Described"), QString(513, u'd'), Scp, denyCloudTrail)),
                 QStringLiteral("Description"));
        REQUIRE_OK(
            dir->createOrganizationPolicy(QStringLiteral("Fits"), {}, Scp, policyOfSize(5120)));
        QCOMPARE(ids(dir->organizationPolicies(Scp)).first(),
                 OrganizationPolicy::fullAwsAccessId());
        QVERIFY(ids(dir->organizationPolicies(Scp)).contains(created->id));
        QVERIFY(!ids(dir->organizationPolicies(Rcp)).contains(created->id));
        // AWS's own cannot be changed or deleted.
        REQUIRE_CODE(dir->updateOrganizationPolicy(OrganizationPolicy::fullAwsAccessId(),
                                                   QStringLiteral("Mine"), {}, {}),
                     "ConstraintViolationException");
        REQUIRE_CODE(dir->deleteOrganizationPolicy(OrganizationPolicy::fullAwsAccessId()),
                     "ConstraintViolationException");
        REQUIRE_CODE(dir->deleteOrganizationPolicy(QStringLiteral("p-notthere")),
                     "PolicyNotFoundException");
        // Update changes only what is given.
        const auto updated =
            dir->updateOrganizationPolicy(created->id, {}, QStringLiteral("New"), {});
        REQUIRE_OK(updated);
        QCOMPARE(updated->name, QStringLiteral("ProtectTrail"));
        QCOMPARE(updated->description, QStringLiteral("New"));
        QCOMPARE(updated->content, denyCloudTrail);
    }

    void attachmentsFollowTheApisRules()
    {
        const QString root = dir->organizationRootId();
        const auto scp =
            dir->createOrganizationPolicy(QStringLiteral("ProtectTrail"), {}, Scp, denyCloudTrail);
        REQUIRE_OK(scp);
        REQUIRE_OK(dir->attachOrganizationPolicy(scp->id, dev));
        REQUIRE_CODE(dir->attachOrganizationPolicy(scp->id, dev),
                     "DuplicatePolicyAttachmentException");
        REQUIRE_CODE(dir->attachOrganizationPolicy(scp->id, QStringLiteral("999999999999")),
                     "TargetNotFoundException");
        REQUIRE_CODE(dir->attachOrganizationPolicy(QStringLiteral("p-notthere"), dev),
                     "PolicyNotFoundException");
        REQUIRE_CODE(dir->deleteOrganizationPolicy(scp->id), "PolicyInUseException");
        QCOMPARE(ids(dir->policiesForTarget(dev, Scp)),
                 (QStringList{OrganizationPolicy::fullAwsAccessId(), scp->id}));
        const auto targets = dir->targetsForPolicy(scp->id);
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().id, dev);
        QCOMPARE(targets.first().name, QStringLiteral("catphoto-dev"));
        QCOMPARE(targets.first().arn, OrganizationIds::accountArn(prod, dev));
        // Every target keeps at least one SCP.
        REQUIRE_OK(dir->detachOrganizationPolicy(OrganizationPolicy::fullAwsAccessId(), dev));
        REQUIRE_ERROR(dir->detachOrganizationPolicy(scp->id, dev), "ConstraintViolationException",
                      QStringLiteral("ProtectTrail is the last policy of type "
                                     "SERVICE_CONTROL_POLICY attached to %1; a target must keep at "
                                     "least one. Attach another first "
                                     "(MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).")
                          .arg(dev));
        REQUIRE_CODE(dir->detachOrganizationPolicy(OrganizationPolicy::fullAwsAccessId(), dev),
                     "PolicyNotAttachedException");
        REQUIRE_CODE(dir->detachOrganizationPolicy(OrganizationPolicy::rcpFullAwsAccessId(), root),
                     "ConstraintViolationException");
        // At most five SCPs on one target.
        for (int i = 0; i < 3; ++i) {
            const auto extra = dir->createOrganizationPolicy(QStringLiteral("Extra%1").arg(i), {},
                                                             Scp, denyCloudTrail);
            REQUIRE_OK(extra);
            REQUIRE_OK(dir->attachOrganizationPolicy(extra->id, root));
        }
        const auto sixth =
            dir->createOrganizationPolicy(QStringLiteral("Sixth"), {}, Scp, denyCloudTrail);
        REQUIRE_OK(sixth);
        REQUIRE_OK(dir->attachOrganizationPolicy(scp->id, root));
        REQUIRE_CODE(dir->attachOrganizationPolicy(sixth->id, root),
                     "ConstraintViolationException");
    }

    void scpLevelsLimitMemberAccountsOnly()
    {
        const QString root = dir->organizationRootId();
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Maria")));
        REQUIRE_OK(dir->createUser(dev, QStringLiteral("Rosa")));
        const auto unit = dir->createOrganizationalUnit(root, QStringLiteral("Workloads"));
        REQUIRE_OK(unit);
        REQUIRE_OK(dir->moveAccount(dev, root, unit->id));
        const auto scp =
            dir->createOrganizationPolicy(QStringLiteral("ProtectTrail"), {}, Scp, denyCloudTrail);
        REQUIRE_OK(scp);
        REQUIRE_OK(dir->attachOrganizationPolicy(scp->id, unit->id));

        // The management account is never limited.
        QVERIFY(PolicySet::forUser(*dir, prod, QStringLiteral("Maria"))
                    .serviceControlPolicies.isEmpty());
        const auto levels =
            PolicySet::forUser(*dir, dev, QStringLiteral("Rosa")).serviceControlPolicies;
        QCOMPARE(levels.size(), 3); // root, Workloads, the account
        QCOMPARE(levels.at(0).size(), 1);
        QCOMPARE(levels.at(0).first().policyName, QStringLiteral("FullAWSAccess"));
        QCOMPARE(levels.at(1).size(), 2);
        QCOMPARE(levels.at(1).at(1).policyName, QStringLiteral("ProtectTrail"));
        QCOMPARE(levels.at(1).at(1).name, QStringLiteral("SCP ProtectTrail (on Workloads)"));
        QCOMPARE(levels.at(1).at(1).document, denyCloudTrail);
        QCOMPARE(levels.at(2).size(), 1);

        // A role has them too, a service-linked role does not.
        Role role = DirectoryTest::role(dev, QStringLiteral("Worker"));
        REQUIRE_OK(dir->createRole(role));
        QCOMPARE(
            PolicySet::forRole(*dir, dev, QStringLiteral("Worker")).serviceControlPolicies.size(),
            3);
        Role linked = DirectoryTest::role(dev, QStringLiteral("AWSServiceRoleForSupport"));
        linked.path = QStringLiteral("/aws-service-role/support.amazonaws.com/");
        REQUIRE_OK(dir->createRole(linked));
        QVERIFY(PolicySet::forRole(*dir, dev, linked.name).serviceControlPolicies.isEmpty());

        // RCP levels of a resource's account, compiled.
        PolicyCache cache;
        QStringList errors;
        const auto rcps = PolicySet::resourceControlPolicies(*dir, cache, dev, errors);
        QCOMPARE(rcps.size(), 3);
        QCOMPARE(rcps.at(1).first().name, QStringLiteral("RCP RCPFullAWSAccess (on Workloads)"));
        QVERIFY(errors.isEmpty());
        QVERIFY(PolicySet::resourceControlPolicies(*dir, cache, prod, errors).isEmpty());
    }

    void undoRestoresTheStructure()
    {
        const QString root = dir->organizationRootId();
        QString ouId;
        const auto change = dir->recordChange([&]() -> Result<void> {
            const auto unit = dir->createOrganizationalUnit(root, QStringLiteral("Workloads"));
            if (!unit)
                return unit.error();
            ouId = unit->id;
            return dir->moveAccount(dev, root, unit->id);
        });
        REQUIRE_OK(change);
        QCOMPARE(dir->parentOf(dev), ouId);
        REQUIRE_OK(dir->revertChange(change.value()));
        QVERIFY(!dir->organizationalUnit(ouId));
        QCOMPARE(dir->parentOf(dev), root);
        REQUIRE_OK(dir->reapplyChange(change.value()));
        QCOMPARE(dir->parentOf(dev), ouId);
        QCOMPARE(ids(dir->policiesForTarget(ouId, Scp)),
                 QStringList{OrganizationPolicy::fullAwsAccessId()});
    }
};

QTEST_GUILESS_MAIN(TestDirectoryOrganization)
#include "tst_directoryorganization.moc"
