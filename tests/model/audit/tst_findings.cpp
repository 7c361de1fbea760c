#include "audittestdirectory.h"
#include "common/resultassertions.h"

#include "audit/findings.h"
#include "iam/clock.h"

#include <QTest>

using namespace AuditTest;

namespace {

QStringList describe(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << QStringLiteral("%1 %2 %3").arg(int(f.kind)).arg(f.severity).arg(f.subjectArn);
    return out;
}

QString finding(Finding::Kind kind, int severity, const QString& arn)
{
    return QStringLiteral("%1 %2 %3").arg(int(kind)).arg(severity).arg(arn);
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every demo user has a console password and no MFA device; Interns is empty.
    // Nobody but Maria and BreakGlassAdmin is an administrator, and nobody can make itself one.
    void demo()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, AuditTest::demo());
        const QList<Finding> findings =
            Findings::scan(*directory, prod, QDateTime::currentDateTimeUtc());
        QStringList expected;
        for (const QString& user :
             {QStringLiteral("Ana"), QStringLiteral("John"), QStringLiteral("Li"),
              QStringLiteral("Maria"), QStringLiteral("Noor"), QStringLiteral("Paulo"),
              QStringLiteral("Sam"), QStringLiteral("contractors/Kiri")})
            expected << finding(Finding::Kind::UserWithoutMfa, 2,
                                prodArn(QStringLiteral("user/") + user));
        expected << finding(Finding::Kind::EmptyGroup, 1, prodArn(QStringLiteral("group/Interns")));
        QCOMPARE(describe(findings), expected);
        QCOMPARE(findings.at(0).title, QStringLiteral("Ana signs in without MFA"));
    }

    // catphoto-dev sits in the demo's Workloads OU, whose SCP ProtectAuditTrail
    // denies stopping, changing or deleting the trail: Rosa's PowerUserAccess
    // allows those three (not organizations:LeaveOrganization), in vain.
    void anScpThatTakesPermissionsAwayIsAFinding()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, AuditTest::demo());
        const QString dev = QStringLiteral("444455556666");
        const QString rosa = QStringLiteral("arn:aws:iam::444455556666:user/Rosa");
        QStringList removed;
        for (const Finding& f : Findings::scan(*directory, dev, QDateTime::currentDateTimeUtc())) {
            if (f.kind != Finding::Kind::PermissionRemovedByScp)
                continue;
            QCOMPARE(f.subjectArn, rosa);
            QCOMPARE(f.severity, 2);
            QVERIFY2(f.detail.contains(QStringLiteral("service control policy ProtectAuditTrail "
                                                      "(attached to Workloads)")),
                     qPrintable(f.detail));
            removed << f.title;
        }
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("An SCP takes cloudtrail:DeleteTrail away "
                                                      "from Rosa"),
                                       QStringLiteral("An SCP takes cloudtrail:StopLogging away "
                                                      "from Rosa"),
                                       QStringLiteral("An SCP takes cloudtrail:UpdateTrail away "
                                                      "from Rosa")}));
        // An allow-list: catphoto-dev keeps only what an SCP allowing EC2 lets
        // through, so Rosa's grants of other services are removed without a deny.
        const auto ec2Only = directory->createOrganizationPolicy(
            QStringLiteral("OnlyEc2"), QString(), OrganizationPolicy::Type::ServiceControl,
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                           R"("Action":"ec2:*","Resource":"*"}]})"));
        REQUIRE_OK(ec2Only);
        REQUIRE_OK(directory->attachOrganizationPolicy(ec2Only->id, dev));
        REQUIRE_OK(directory->detachOrganizationPolicy(OrganizationPolicy::fullAwsAccessId(), dev));
        QStringList notAllowed;
        for (const Finding& f : Findings::scan(*directory, dev, QDateTime::currentDateTimeUtc()))
            if (f.kind == Finding::Kind::PermissionRemovedByScp &&
                f.title.startsWith(QLatin1String("No SCP allows")))
                notAllowed << f.title;
        // Developers' own grants: everything else than EC2 is gone.
        QVERIFY2(!notAllowed.isEmpty(), qPrintable(notAllowed.join(QLatin1Char('\n'))));
        for (const QString& title : std::as_const(notAllowed))
            QVERIFY2(!title.contains(QLatin1String(" ec2:")), qPrintable(title));

        // The management account is never limited by SCPs: no such finding there.
        for (const Finding& f : Findings::scan(*directory, prod, QDateTime::currentDateTimeUtc()))
            QVERIFY(f.kind != Finding::Kind::PermissionRemovedByScp);
    }

    void keysTrustEscalationAndOrphans()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        auto directory = std::move(Directory::open(QStringLiteral(":memory:"), &clock)).value();
        QVERIFY(directory->createAccount(prod, QStringLiteral("audit")));
        QVERIFY(directory->createUser(prod, QStringLiteral("Eve")));
        QVERIFY(directory->createUser(prod, QStringLiteral("Mallory")));
        QVERIFY(directory->addAccessKey(prod, QStringLiteral("Eve"),
                                        QStringLiteral("AKIAIOSFODNN7EXAMPLE")));
        QVERIFY(directory->addAccessKey(prod, QStringLiteral("Eve"),
                                        QStringLiteral("AKIAI44QH8DHBEXAMPLE")));
        QVERIFY(directory->recordAccessKeyUse(QStringLiteral("AKIAI44QH8DHBEXAMPLE"),
                                              QStringLiteral("s3")));
        REQUIRE_OK(putPolicy(
            *directory, EntityKind::User, QStringLiteral("Mallory"), QStringLiteral("Self"),
            {statement(QStringLiteral("Allow"), QStringLiteral("iam:AttachUserPolicy"),
                       prodArn(QStringLiteral("user/Mallory")))}));
        REQUIRE_OK(createRole(
            *directory, QStringLiteral("Open"),
            document({QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                  {QStringLiteral("Principal"), QStringLiteral("*")},
                                  {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}})));
        REQUIRE_OK(createRole(
            *directory, QStringLiteral("AnyAccount"),
            trust(QStringLiteral("*"), QJsonObject{{QStringLiteral("StringEquals"),
                                                    QJsonObject{{QStringLiteral("sts:ExternalId"),
                                                                 QStringLiteral("x")}}}})));
        REQUIRE_OK(createRole(*directory, QStringLiteral("Orphan"),
                              trust(prodArn(QStringLiteral("root")))));

        // 91 days later the first key is due for rotation.
        const QDateTime now = clock.now().addDays(Findings::KeyRotationDays + 1);
        const QList<Finding> findings = Findings::scan(*directory, prod, now);
        const QString eve = prodArn(QStringLiteral("user/Eve"));
        QCOMPARE(describe(findings),
                 (QStringList{finding(Finding::Kind::RoleTrustsAnyone, 3,
                                      prodArn(QStringLiteral("role/Open"))),
                              finding(Finding::Kind::CanEscalateToAdmin, 3,
                                      prodArn(QStringLiteral("user/Mallory"))),
                              finding(Finding::Kind::AccessKeyOld, 2, eve),
                              finding(Finding::Kind::AccessKeyOld, 2, eve),
                              finding(Finding::Kind::RoleTrustsAnyAccount, 2,
                                      prodArn(QStringLiteral("role/AnyAccount"))),
                              finding(Finding::Kind::AccessKeyNeverUsed, 1, eve),
                              finding(Finding::Kind::RoleNobodyCanAssume, 1,
                                      prodArn(QStringLiteral("role/Orphan")))}));
        QVERIFY(findings.at(2).title.contains(QStringLiteral("91 days")));
        QVERIFY(findings.at(1).detail.contains(QStringLiteral("iam:AttachUserPolicy")));
        QVERIFY(findings.at(5).title.contains(QStringLiteral("AKIAIOSFODNN7EXAMPLE")));

        // The same day the keys were made, neither is old.
        for (const Finding& f : Findings::scan(*directory, prod, clock.now()))
            QVERIFY(f.kind != Finding::Kind::AccessKeyOld);
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
