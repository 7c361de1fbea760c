#include "audittestdirectory.h"

#include "audit/cancellationtoken.h"
#include "audit/effectivepermissions.h"
#include "directory/policyset.h"

#include <QTest>

#include <algorithm>

using namespace AuditTest;

namespace {

QString describe(const PermissionLine& line)
{
    return QStringList{line.effect,
                       line.action,
                       line.resource,
                       line.source,
                       line.limitedByBoundary ? QStringLiteral("limited") : QStringLiteral("-"),
                       line.conditional ? QStringLiteral("conditional") : QStringLiteral("-")}
        .join(QStringLiteral(" | "));
}

} // namespace

class TestEffectivePermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Kiri inherits Developers' policies; the contractor boundary cuts all but the deny.
    // Rosa (catphoto-dev, in the Workloads OU) has PowerUserAccess; the OU's
    // ProtectAuditTrail SCP denies cloudtrail:StopLogging and more, so her
    // NotAction grant is cut down. The management account's people are never
    // limited by SCPs (Organizations User Guide, "Service control policies").
    void anScpCutsDownRosasGrantButNotJohns()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, demo());
        const auto rosa =
            EffectivePermissions::of(*directory, EntityKind::User, dev, QStringLiteral("Rosa"));
        const auto powerUser = std::find_if(rosa.begin(), rosa.end(), [](const PermissionLine& l) {
            return l.effect == QLatin1String("Allow") &&
                   l.action.startsWith(QLatin1String("NotAction"));
        });
        QVERIFY(powerUser != rosa.end());
        QVERIFY(powerUser->limitedByScp);
        QVERIFY(!powerUser->limitedByBoundary);
        for (const PermissionLine& line : rosa)
            if (line.effect == QLatin1String("Deny"))
                QVERIFY(!line.limitedByScp);

        for (const PermissionLine& line :
             EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("John")))
            QVERIFY2(!line.limitedByScp, qPrintable(describe(line)));
    }

    void kiriThroughDevelopersUnderTheBoundary()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, demo());
        const QList<PermissionLine> lines =
            EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("Kiri"));
        QCOMPARE(lines.size(), 12);
        const QString developerAccess =
            QStringLiteral("group Developers: attached policy DeveloperAccess");
        QCOMPARE(describe(lines.at(0)),
                 QStringLiteral("Allow | NotAction: iam:*, organizations:*, account:* | * | ") +
                     developerAccess + QStringLiteral(" | limited | -"));
        QCOMPARE(describe(lines.at(1)),
                 QStringLiteral("Allow | iam:ChangePassword | "
                                "arn:aws:iam::111122223333:user/${aws:username} | ") +
                     developerAccess + QStringLiteral(" | limited | -"));
        QCOMPARE(describe(lines.at(9)),
                 QStringLiteral("Allow | sts:AssumeRole | "
                                "arn:aws:iam::444455556666:role/CrossAccountAuditor | ") +
                     developerAccess + QStringLiteral(" | limited | -"));
        QCOMPARE(describe(lines.at(10)),
                 QStringLiteral("Deny | rds:DeleteDBInstance | * | group Developers: inline policy "
                                "ProtectProductionDatabase | - | -"));
        // John has no boundary: nothing is limited.
        for (const PermissionLine& line :
             EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("John")))
            QVERIFY(!line.limitedByBoundary);
    }

    void groupAndRole()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, demo());
        const QList<PermissionLine> admins =
            EffectivePermissions::of(*directory, EntityKind::Group, prod, QStringLiteral("Admins"));
        QCOMPARE(admins.size(), 1);
        QCOMPARE(describe(admins.at(0)),
                 QStringLiteral("Allow | * | * | attached policy AdministratorAccess | - | -"));
        const QList<PermissionLine> app = EffectivePermissions::of(
            *directory, EntityKind::Role, prod, QStringLiteral("CatPhotoApp"));
        QCOMPARE(app.size(), 4);
        QCOMPARE(describe(app.at(3)),
                 QStringLiteral("Allow | s3:DeleteObject | arn:aws:s3:::catphoto-uploads/* | "
                                "attached policy CatPhotoUploadsAccess | - | -"));
        QVERIFY(
            EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("Nobody"))
                .isEmpty());
    }

    void conditionsAndBoundaryPatterns()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const auto boundary = directory->createPolicy(
            prod, QStringLiteral("BucketB"),
            document({statement(QStringLiteral("Allow"), QStringLiteral("s3:*"),
                                QStringLiteral("arn:aws:s3:::b/*"))}));
        QVERIFY(boundary);
        QVERIFY(directory->setPermissionsBoundary(EntityKind::User, prod, QStringLiteral("Eve"),
                                                  boundary->arn));
        REQUIRE_OK(putPolicy(
            *directory, EntityKind::User, QStringLiteral("Eve"), QStringLiteral("Mixed"),
            {statement(QStringLiteral("Allow"), QStringLiteral("s3:GetObject"),
                       QStringLiteral("arn:aws:s3:::b/*")),
             statement(QStringLiteral("Allow"), QStringLiteral("ec2:*"), QStringLiteral("*"),
                       QJsonObject{{QStringLiteral("Bool"),
                                    QJsonObject{{QStringLiteral("aws:MultiFactorAuthPresent"),
                                                 QStringLiteral("true")}}}})}));
        const QList<PermissionLine> lines =
            EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("Eve"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(describe(lines.at(0)),
                 QStringLiteral("Allow | s3:GetObject | arn:aws:s3:::b/* | inline policy Mixed | "
                                "- | -"));
        QCOMPARE(describe(lines.at(1)),
                 QStringLiteral("Allow | ec2:* | * | inline policy Mixed | limited | conditional"));
    }

    // The policy set's overload checks the token only between policies: a
    // token already cancelled stops it before the first one, so Cancel is
    // honoured within one principal's computation, not after it.
    void cancelStopsBetweenPolicies()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, demo());
        const PolicySet kiri = PolicySet::forUser(*directory, prod, QStringLiteral("Kiri"));
        QVERIFY(kiri.identityPolicies.size() > 1);
        QCOMPARE(EffectivePermissions::of(kiri).size(), 12);
        const CancellationToken running;
        QCOMPARE(EffectivePermissions::of(kiri, &running).size(), 12);
        const CancellationToken cancelled;
        cancelled.cancel();
        QVERIFY(EffectivePermissions::of(kiri, &cancelled).isEmpty());
        QVERIFY(EffectivePermissions::of(*directory, EntityKind::User, prod, QStringLiteral("Kiri"),
                                         &cancelled)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEffectivePermissions)
#include "tst_effectivepermissions.moc"
