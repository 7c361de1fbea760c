#include "audit/effectivepermissions.h"
#include "auditprogress.h"
#include "common/audithold.h"
#include "common/resultassertions.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "effectivepermissionspanel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString fromGroupInline =
    QStringLiteral("group Developers: inline policy ProtectProductionDatabase");
const QString fromGroupAttached =
    QStringLiteral("group Developers: attached policy DeveloperAccess");

// The demo directory, or the error that prevented it.
Result<std::unique_ptr<Directory>> demo(const QString& path = QStringLiteral(":memory:"))
{
    auto opened = Directory::open(path);
    if (!opened)
        return opened;
    if (auto seeded = DemoDirectory::seed(*opened.value(), QStringLiteral("pw")); !seeded)
        return seeded.error();
    return opened;
}

QString cell(const EffectivePermissionsPanel& panel, int row, int column)
{
    return panel.table()->item(row, column)->text();
}

// Row texts of one column, visible rows only.
QStringList visibleColumn(const EffectivePermissionsPanel& panel, int column)
{
    QStringList out;
    for (int row = 0; row < panel.table()->rowCount(); ++row)
        if (!panel.table()->isRowHidden(row))
            out << cell(panel, row, column);
    return out;
}
} // namespace

class TestEffectivePermissionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsDeniesFirstWithTheirSource()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, demo());
        EffectivePermissionsPanel panel(dir.get());
        panel.showPrincipal(EntityKind::User, prod, QStringLiteral("John"));
        // DeveloperAccess: NotAction, 7 own-credential actions, 2 roles; the group's inline
        // denies 2.
        QCOMPARE(panel.table()->rowCount(), 12);
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::EffectColumn), QStringLiteral("Deny"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::ActionColumn),
                 QStringLiteral("rds:DeleteDBInstance"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::ResourceColumn), QStringLiteral("*"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::SourceColumn), fromGroupInline);
        QCOMPARE(cell(panel, 1, EffectivePermissionsPanel::ActionColumn),
                 QStringLiteral("rds:DeleteDBCluster"));
        for (int row = 2; row < 12; ++row) {
            QCOMPARE(cell(panel, row, EffectivePermissionsPanel::EffectColumn),
                     QStringLiteral("Allow"));
            QCOMPARE(cell(panel, row, EffectivePermissionsPanel::SourceColumn), fromGroupAttached);
            QCOMPARE(cell(panel, row, EffectivePermissionsPanel::BoundaryColumn), QString());
        }
        QVERIFY(visibleColumn(panel, EffectivePermissionsPanel::ActionColumn)
                    .contains(QStringLiteral("NotAction: iam:*, organizations:*, account:*")));
        QCOMPARE(panel.summaryText(), QStringLiteral("12 permission(s). Explicit denies: 2."));
    }

    void aSlowReadCanBeCancelled()
    {
        QTemporaryDir tmp;
        AuditHold hold;
        std::unique_ptr<Directory> dir; // a file, so the panel reads it in the background
        REQUIRE_VALUE(dir, demo(tmp.filePath(QStringLiteral("permissions.sqlite"))));
        EffectivePermissionsPanel panel(dir.get());
        panel.show();
        panel.showPrincipal(EntityKind::User, prod, QStringLiteral("John"));
        QVERIFY(panel.isReading());
        QTRY_VERIFY(panel.progress()->isVisible());

        QTest::mouseClick(panel.progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!panel.isReading());
        QVERIFY(panel.progress()->isHidden());
        QCOMPARE(panel.summaryText(),
                 QStringLiteral("Reading the permissions of John was cancelled."));
        QCOMPARE(panel.table()->rowCount(), 0);
        QTRY_COMPARE(hold.sawCancelled(), 1);

        hold.release();
        panel.showPrincipal(EntityKind::User, prod, QStringLiteral("John"));
        QTRY_VERIFY(!panel.isReading());
        const auto expected =
            EffectivePermissions::of(*dir, EntityKind::User, prod, QStringLiteral("John"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(panel.table()->rowCount(), int(expected.size()));
        QVERIFY(visibleColumn(panel, EffectivePermissionsPanel::SourceColumn)
                    .contains(fromGroupAttached));
    }

    void boundaryLimitsAreShown()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, demo());
        EffectivePermissionsPanel panel(dir.get());
        // Kiri is a Developer under ContractorBoundary (the uploads bucket and CloudWatch only).
        panel.showPrincipal(EntityKind::User, prod, QStringLiteral("Kiri"));
        QCOMPARE(panel.table()->rowCount(), 12);
        for (int row = 2; row < 12; ++row)
            QCOMPARE(cell(panel, row, EffectivePermissionsPanel::BoundaryColumn),
                     QStringLiteral("Limited by the boundary"));
        // A deny is never "limited".
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::BoundaryColumn), QString());
    }

    void filterFindsThePatternsThatCoverAnAction()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, demo());
        EffectivePermissionsPanel panel(dir.get());
        panel.showPrincipal(EntityKind::Group, prod, QStringLiteral("Developers"));
        QCOMPARE(panel.table()->rowCount(), 12);
        const QString notAction = QStringLiteral("NotAction: iam:*, organizations:*, account:*");

        panel.filterEdit()->setText(QStringLiteral("IAM:getuser"));
        QCOMPARE(visibleColumn(panel, EffectivePermissionsPanel::ActionColumn),
                 QStringList{QStringLiteral("iam:GetUser")});
        QCOMPARE(panel.summaryText(), QStringLiteral("1 of 12 permission(s) match the filter."));

        // The deny and the NotAction grant both concern it; the deny comes first.
        panel.filterEdit()->setText(QStringLiteral("rds:DeleteDBInstance"));
        QCOMPARE(visibleColumn(panel, EffectivePermissionsPanel::ActionColumn),
                 (QStringList{QStringLiteral("rds:DeleteDBInstance"), notAction}));

        panel.filterEdit()->setText(QStringLiteral("sts:AssumeRole"));
        QCOMPARE(visibleColumn(panel, EffectivePermissionsPanel::ActionColumn),
                 (QStringList{notAction, QStringLiteral("sts:AssumeRole"),
                              QStringLiteral("sts:AssumeRole")}));
        QCOMPARE(
            visibleColumn(panel, EffectivePermissionsPanel::ResourceColumn).mid(1),
            (QStringList{QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer"),
                         QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor")}));

        panel.filterEdit()->setText(QStringLiteral("organizations:ListAccounts"));
        QCOMPARE(panel.visibleRowCount(), 0);

        panel.filterEdit()->clear();
        QCOMPARE(panel.visibleRowCount(), 12);
    }

    void followsTheDirectory()
    {
        std::unique_ptr<Directory> dir;
        REQUIRE_VALUE(dir, demo());
        EffectivePermissionsPanel panel(dir.get());
        panel.showPrincipal(EntityKind::User, prod, QStringLiteral("Paulo"));
        QCOMPARE(panel.table()->rowCount(), 0);
        QCOMPARE(panel.summaryText(),
                 QStringLiteral("No policy allows or denies anything to Paulo."));

        QVERIFY(
            dir->addUserToGroup(prod, QStringLiteral("Auditors"), QStringLiteral("Paulo")).ok());
        QTRY_VERIFY(panel.table()->rowCount() > 0);
        const int readOnly = panel.table()->rowCount();
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::SourceColumn),
                 QStringLiteral("group Auditors: attached policy ReadOnlyAccess"));

        InlinePolicy deny;
        deny.name = QStringLiteral("NoSecrets");
        deny.document = QStringLiteral(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"secretsmanager:GetSecretValue","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]})");
        QVERIFY(dir->putInlinePolicy(EntityKind::User, prod, QStringLiteral("Paulo"), deny).ok());
        QTRY_COMPARE(panel.table()->rowCount(), readOnly + 1);
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::EffectColumn), QStringLiteral("Deny"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::ActionColumn),
                 QStringLiteral("secretsmanager:GetSecretValue"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::SourceColumn),
                 QStringLiteral("inline policy NoSecrets"));
        QCOMPARE(cell(panel, 0, EffectivePermissionsPanel::ConditionColumn),
                 QStringLiteral("Only under conditions"));

        // Leaving the group takes its grants away.
        QVERIFY(dir->removeUserFromGroup(prod, QStringLiteral("Auditors"), QStringLiteral("Paulo"))
                    .ok());
        QTRY_COMPARE(panel.table()->rowCount(), 1);
    }
};

QTEST_MAIN(TestEffectivePermissionsPanel)
#include "tst_effectivepermissionspanel.moc"
