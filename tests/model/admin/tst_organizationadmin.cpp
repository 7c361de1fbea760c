// DirectoryAdmin's organization operations: OUs, moves and SCP/RCP policies,
// each authorized as its organizations: action, audited and one undo step;
// and a member account's principals limited by the SCPs through the console.
#include "admintesting.h"

#include "admin/directoryadmin.h"
#include "crypto/passwordhasher.h"
#include "democonsole.h"
#include "directory/directory.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace AdminTest;

namespace {
const QString dev = QStringLiteral("444455556666");
const QString denyCloudTrail =
    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                   R"("Action":"cloudtrail:StopLogging","Resource":"*"}]})");
const QString denyListRoles =
    QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny",)"
                   R"("Action":"iam:ListRoles","Resource":"*"}]})");
constexpr auto Scp = OrganizationPolicy::Type::ServiceControl;

struct Operation
{
    const char* name;
    QString action; // the organizations: action it is authorized as
    std::function<Result<void>(DirectoryAdmin&, Directory&)> run;
};

// The demo's Workloads OU (holding catphoto-dev) and its SCP.
QString workloads(const Directory& dir)
{
    for (const OrganizationalUnit& unit :
         dir.organizationalUnitsForParent(dir.organizationRootId()))
        if (unit.name == QLatin1String("Workloads"))
            return unit.id;
    return {};
}

const QString protectAudit = QStringLiteral("p-protectaudit");

template <typename T>
Result<void> done(const Result<T>& r)
{
    if (!r)
        return r.error();
    return {};
}

QList<Operation> operations()
{
    return {
        {"CreateOrganizationalUnit", QStringLiteral("organizations:CreateOrganizationalUnit"),
         [](DirectoryAdmin& a, Directory& d) {
             return done(a.createOrganizationalUnit(d.organizationRootId(), QStringLiteral("New")));
         }},
        {"UpdateOrganizationalUnit", QStringLiteral("organizations:UpdateOrganizationalUnit"),
         [](DirectoryAdmin& a, Directory& d) {
             return done(a.updateOrganizationalUnit(workloads(d), QStringLiteral("Apps")));
         }},
        {"DeleteOrganizationalUnit", QStringLiteral("organizations:DeleteOrganizationalUnit"),
         [](DirectoryAdmin& a, Directory& d) {
             const auto unit =
                 d.createOrganizationalUnit(d.organizationRootId(), QStringLiteral("Spare"));
             if (!unit)
                 return Result<void>(unit.error());
             return a.deleteOrganizationalUnit(unit->id);
         }},
        {"MoveAccount", QStringLiteral("organizations:MoveAccount"),
         [](DirectoryAdmin& a, Directory& d) {
             return a.moveAccount(dev, workloads(d), d.organizationRootId());
         }},
        {"CreatePolicy", QStringLiteral("organizations:CreatePolicy"),
         [](DirectoryAdmin& a, Directory&) {
             return done(a.createOrganizationPolicy(QStringLiteral("NoTrailStop"), {}, Scp,
                                                    denyCloudTrail));
         }},
        {"UpdatePolicy", QStringLiteral("organizations:UpdatePolicy"),
         [](DirectoryAdmin& a, Directory&) {
             return done(a.updateOrganizationPolicy(protectAudit, {}, QStringLiteral("New"), {}));
         }},
        {"DeletePolicy", QStringLiteral("organizations:DeletePolicy"),
         [](DirectoryAdmin& a, Directory& d) {
             const auto policy =
                 d.createOrganizationPolicy(QStringLiteral("Spare"), {}, Scp, denyCloudTrail);
             if (!policy)
                 return Result<void>(policy.error());
             return a.deleteOrganizationPolicy(policy->id);
         }},
        {"AttachPolicy", QStringLiteral("organizations:AttachPolicy"),
         [](DirectoryAdmin& a, Directory&) {
             return a.attachOrganizationPolicy(protectAudit, dev);
         }},
        {"DetachPolicy", QStringLiteral("organizations:DetachPolicy"),
         [](DirectoryAdmin& a, Directory& d) {
             return a.detachOrganizationPolicy(protectAudit, workloads(d));
         }},
        {"ListRoots", QStringLiteral("organizations:ListRoots"),
         [](DirectoryAdmin& a, Directory&) { return done(a.listRoots()); }},
        {"ListOrganizationalUnitsForParent",
         QStringLiteral("organizations:ListOrganizationalUnitsForParent"),
         [](DirectoryAdmin& a, Directory& d) {
             return done(a.listOrganizationalUnitsForParent(d.organizationRootId()));
         }},
        {"ListAccountsForParent", QStringLiteral("organizations:ListAccountsForParent"),
         [](DirectoryAdmin& a, Directory& d) {
             return done(a.listAccountsForParent(workloads(d)));
         }},
        {"ListPolicies", QStringLiteral("organizations:ListPolicies"),
         [](DirectoryAdmin& a, Directory&) { return done(a.listOrganizationPolicies(Scp)); }},
        {"DescribePolicy", QStringLiteral("organizations:DescribePolicy"),
         [](DirectoryAdmin& a, Directory&) {
             return done(a.describeOrganizationPolicy(protectAudit));
         }},
        {"ListTargetsForPolicy", QStringLiteral("organizations:ListTargetsForPolicy"),
         [](DirectoryAdmin& a, Directory&) { return done(a.listTargetsForPolicy(protectAudit)); }},
        {"ListPoliciesForTarget", QStringLiteral("organizations:ListPoliciesForTarget"),
         [](DirectoryAdmin& a, Directory&) { return done(a.listPoliciesForTarget(dev, Scp)); }},
    };
}
} // namespace

class TestOrganizationAdmin : public QObject
{
    Q_OBJECT

    static AuditEvent lastEvent(const DemoConsole& c)
    {
        const QList<AuditEvent> events = c.dir->auditEvents();
        return events.isEmpty() ? AuditEvent() : events.last();
    }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::setCostLog2(10); }

    void theDemoHasAWorkloadsUnitWithADenyListScp()
    {
        OPEN_DEMO_CONSOLE(c);
        const QString unit = workloads(*c.dir);
        QVERIFY(!unit.isEmpty());
        QCOMPARE(c.dir->organizationalUnit(unit)->name, QStringLiteral("Workloads"));
        QCOMPARE(c.dir->parentOf(dev), unit);
        QCOMPARE(c.dir->parentOf(prod), c.dir->organizationRootId());
        const auto targets = c.dir->targetsForPolicy(protectAudit);
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().id, unit);
        QVERIFY(c.dir->organizationPolicy(protectAudit)
                    ->content.contains(QStringLiteral("cloudtrail:StopLogging")));
    }

    void paulosIsDeniedAndMariaAllowedEachOperation_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < operations().size(); ++i)
            QTest::newRow(operations().at(i).name) << i;
    }

    // Paulo has no policy at all; Maria administers the management account.
    void paulosIsDeniedAndMariaAllowedEachOperation()
    {
        QFETCH(int, index);
        const QList<Operation> all = operations();
        const Operation& operation = all.at(index);
        {
            OPEN_DEMO_CONSOLE(c);
            REQUIRE_OK(c.signIn(QStringLiteral("Paulo")));
            DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(),
                                 c.mfaDevices.get());
            const auto r = operation.run(admin, *c.dir);
            REQUIRE_CODE(r, "AccessDenied");
            // Actions on "*" leave out "on resource", the others name theirs.
            const QString head = QStringLiteral("user/Paulo is not authorized to perform: %1 ")
                                     .arg(operation.action);
            QVERIFY2(r.error().message().contains(head + QStringLiteral("on resource: arn:")) ||
                         r.error().message().contains(head + QStringLiteral("because no")),
                     qPrintable(r.error().message()));
            QCOMPARE(admin.undoStack()->count(), 0);
        }
        {
            OPEN_DEMO_CONSOLE(c);
            REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
            DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(),
                                 c.mfaDevices.get());
            REQUIRE_OK(operation.run(admin, *c.dir));
        }
    }

    void aMemberAccountsCallerIsDeniedWhateverItsPolicies()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.dir->attachPolicy(EntityKind::Role, dev, QStringLiteral("CrossAccountAuditor"),
                                       awsPolicyArn(QStringLiteral("AdministratorAccess"))));
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        REQUIRE_OK(c.switchTo(dev, QStringLiteral("CrossAccountAuditor")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto r =
            admin.createOrganizationalUnit(c.dir->organizationRootId(), QStringLiteral("New"));
        REQUIRE_CODE(r, "AccessDenied");
        QVERIFY2(r.error().message().contains(QStringLiteral("management account")),
                 qPrintable(r.error().message()));
    }

    void mariasEditsAreAuditedAndUndoneOneByOne()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const QString root = c.dir->organizationRootId();
        const auto unit = admin.createOrganizationalUnit(root, QStringLiteral("Sandbox"));
        REQUIRE_OK(unit);
        QCOMPARE(lastEvent(c).action, QStringLiteral("organizations:CreateOrganizationalUnit"));
        QCOMPARE(lastEvent(c).outcome, QStringLiteral("Success"));
        REQUIRE_OK(admin.moveAccount(dev, workloads(*c.dir), unit->id));
        QCOMPARE(lastEvent(c).action, QStringLiteral("organizations:MoveAccount"));
        const auto policy =
            admin.createOrganizationPolicy(QStringLiteral("NoRoles"), {}, Scp, denyListRoles);
        REQUIRE_OK(policy);
        REQUIRE_OK(admin.attachOrganizationPolicy(policy->id, unit->id));
        QCOMPARE(lastEvent(c).action, QStringLiteral("organizations:AttachPolicy"));
        QCOMPARE(lastEvent(c).target, unit->arn);
        QCOMPARE(admin.undoStack()->count(), 4);
        // A refused edit is audited as a failure and changes nothing.
        REQUIRE_CODE(admin.deleteOrganizationalUnit(unit->id),
                     "OrganizationalUnitNotEmptyException");
        QCOMPARE(lastEvent(c).outcome, QStringLiteral("Failure"));
        QCOMPARE(admin.undoStack()->count(), 4);

        REQUIRE_OK(admin.undo()); // the attachment
        QCOMPARE(c.dir->targetsForPolicy(policy->id).size(), 0);
        REQUIRE_OK(admin.undo()); // the policy
        QVERIFY(!c.dir->organizationPolicy(policy->id));
        REQUIRE_OK(admin.undo()); // the move
        QCOMPARE(c.dir->parentOf(dev), workloads(*c.dir));
        REQUIRE_OK(admin.undo()); // the OU
        QVERIFY(!c.dir->organizationalUnit(unit->id));
        REQUIRE_OK(admin.redo());
        QVERIFY(c.dir->organizationalUnit(unit->id));
    }

    void readsAnswerWhatTheOrganizationHolds()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        DirectoryAdmin admin(c.session.get(), c.dir.get(), c.accessKeys.get(), c.mfaDevices.get());
        const auto roots = admin.listRoots();
        REQUIRE_OK(roots);
        QCOMPARE(roots->size(), 1);
        QCOMPARE(roots->first().id, c.dir->organizationRootId());
        const auto accounts = admin.listAccountsForParent(workloads(*c.dir));
        REQUIRE_OK(accounts);
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().accountId, dev);
        REQUIRE_CODE(admin.listAccountsForParent(QStringLiteral("ou-zzzz-zzzzzzzz")),
                     "ParentNotFoundException");
        REQUIRE_CODE(admin.describeOrganizationPolicy(QStringLiteral("p-notthere")),
                     "PolicyNotFoundException");
        REQUIRE_CODE(admin.listPoliciesForTarget(QStringLiteral("999999999999"), Scp),
                     "TargetNotFoundException");
    }

    // Needs the policy engine's SCP evaluation: a member account's user is
    // denied through the console what an SCP of its account denies.
    void anScpLimitsAMemberAccountsUserInTheConsole()
    {
        OPEN_DEMO_CONSOLE(c);
        REQUIRE_OK(c.session->signIn(QStringLiteral("catphoto-dev"), QStringLiteral("Rosa"),
                                     QStringLiteral("pw")));
        const QString roles = QStringLiteral("arn:aws:iam::%1:role/").arg(dev);
        QVERIFY(c.allowed(QStringLiteral("iam:ListRoles"), roles)); // PowerUserAccess allows it
        // The demo's ProtectAuditTrail takes cloudtrail:StopLogging away.
        QVERIFY(!c.allowed(QStringLiteral("cloudtrail:StopLogging")));
        QVERIFY(c.allowed(QStringLiteral("cloudtrail:LookupEvents")));
        // Maria attaches a deny-list SCP to Rosa's account: the console denies at once.
        const auto policy =
            c.dir->createOrganizationPolicy(QStringLiteral("NoRoles"), {}, Scp, denyListRoles);
        REQUIRE_OK(policy);
        REQUIRE_OK(c.dir->attachOrganizationPolicy(policy->id, dev));
        const Authorization answer = c.session->authorize(QStringLiteral("iam:ListRoles"), roles);
        QVERIFY(!answer.allowed());
        QVERIFY2(answer.message.contains(QStringLiteral("service control policy")),
                 qPrintable(answer.message));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationAdmin)
#include "tst_organizationadmin.moc"
