#include "admin/directoryadmin.h"
#include "createrolewizard.h"
#include "democonsole.h"
#include "messagestrip.h"
#include "policy/policydocument.h"
#include "policyeditor.h"
#include "policypicker.h"
#include "sessiondurationedit.h"
#include "sts/trustconditions.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestCreateRoleWizard : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    const QString dev = QStringLiteral("444455556666");
    const QString developerAccess =
        QStringLiteral("arn:aws:iam::111122223333:policy/DeveloperAccess");
    const QString readOnlyAccess = QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess");
    std::unique_ptr<DemoConsole> c;
    std::unique_ptr<DirectoryAdmin> admin;
    std::unique_ptr<CreateRoleWizard> wizard;

    void open(const QString& user)
    {
        QVERIFY(c->signIn(user));
        admin = std::make_unique<DirectoryAdmin>(c->session.get(), c->dir.get(),
                                                 c->accessKeys.get(), c->mfaDevices.get());
        wizard = std::make_unique<CreateRoleWizard>(admin.get(), prod);
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
    }

    // Another account, with an ExternalId and MFA required.
    void fillPartnerTrust()
    {
        wizard->chooseTrust(CreateRoleWizard::TrustChoice::AwsAccount);
        wizard->otherAccountButton()->setChecked(true);
        wizard->otherAccountEdit()->setText(dev);
        wizard->requireExternalIdBox()->setChecked(true);
        wizard->externalIdEdit()->setText(QStringLiteral("vendor-42"));
        wizard->requireMfaBox()->setChecked(true);
    }

    void goTo(CreateRoleWizard::PageId page)
    {
        while (wizard->currentId() < page) {
            const int before = wizard->currentId();
            wizard->next();
            QVERIFY2(wizard->currentId() != before, "the wizard refused to go on");
        }
    }

    void finish() { wizard->button(QWizard::FinishButton)->click(); }

private slots:
    void init() { REQUIRE_VALUE(c, DemoConsole::open()); }
    void cleanup()
    {
        wizard.reset();
        admin.reset();
        c.reset();
    }

    void createsARoleTrustingAnotherAccountWithExternalIdAndMfa()
    {
        open(QStringLiteral("Maria"));
        fillPartnerTrust();
        // What is shown for review is what the role gets.
        const QString shown = wizard->trustPolicy();
        QVERIFY(shown.contains(QStringLiteral("arn:aws:iam::444455556666:root")));
        goTo(CreateRoleWizard::PermissionsPage);
        wizard->policyPicker()->setChecked(developerAccess, true);
        wizard->policyPicker()->setChecked(readOnlyAccess, true);
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("PartnerAuditor"));
        wizard->descriptionEdit()->setText(QStringLiteral("For the partner's auditors"));
        wizard->durationEdit()->setSeconds(2 * 3600);
        wizard->addTag(QStringLiteral("team"), QStringLiteral("audit"));
        goTo(CreateRoleWizard::ReviewPage);
        QSignalSpy created(wizard.get(), &CreateRoleWizard::roleCreated);
        finish();
        QCOMPARE(created.size(), 1);
        QCOMPARE(wizard->result(), int(QDialog::Accepted));

        const auto role = c->dir->role(prod, QStringLiteral("PartnerAuditor"));
        QVERIFY(role.has_value());
        QCOMPARE(role->trustPolicy, shown);
        QCOMPARE(role->maxSessionDuration, 7200);
        QCOMPARE(role->description, QStringLiteral("For the partner's auditors"));
        QCOMPARE(role->tags, (TagList{{QStringLiteral("team"), QStringLiteral("audit")}}));
        const auto parsed = PolicyDocument::parse(role->trustPolicy, PolicyKind::Trust);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->statements().first().principal->aws,
                 QStringList{QStringLiteral("arn:aws:iam::444455556666:root")});
        const TrustConditions conditions = TrustConditions::of(role->trustPolicy);
        QVERIFY(conditions.requiresExternalId);
        QVERIFY(conditions.requiresMfa);
        QStringList attached;
        for (const ManagedPolicy& p :
             c->dir->attachedPolicies(EntityKind::Role, prod, QStringLiteral("PartnerAuditor")))
            attached << p.arn;
        attached.sort();
        QCOMPARE(attached, (QStringList{developerAccess, readOnlyAccess}));

        // STS honours both conditions: Rosa of the other account needs MFA and the ExternalId.
        const StsCaller rosa = StsCaller::user(dev, QStringLiteral("Rosa"));
        const QString arn = role->arn().toString();
        QCOMPARE(c->sts->authorizeAssumeRole(rosa, arn, false, QStringLiteral("vendor-42"))
                     .error()
                     .code(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(c->sts->authorizeAssumeRole(rosa, arn, true).error().code(),
                 QStringLiteral("AccessDenied"));
        QCOMPARE(c->sts->authorizeAssumeRole(rosa, arn, true, QStringLiteral("vendor-43"))
                     .error()
                     .code(),
                 QStringLiteral("AccessDenied"));
        QVERIFY(c->sts->authorizeAssumeRole(rosa, arn, true, QStringLiteral("vendor-42")).ok());
    }

    void aServiceRoleTrustsTheChosenService()
    {
        open(QStringLiteral("Maria"));
        wizard->chooseTrust(CreateRoleWizard::TrustChoice::AwsService);
        wizard->serviceBox()->setCurrentText(QStringLiteral("lambda.amazonaws.com"));
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("ThumbnailFunction"));
        goTo(CreateRoleWizard::ReviewPage);
        finish();
        const auto role = c->dir->role(prod, QStringLiteral("ThumbnailFunction"));
        QVERIFY(role.has_value());
        const auto parsed = PolicyDocument::parse(role->trustPolicy, PolicyKind::Trust);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->statements().first().principal->service,
                 QStringList{QStringLiteral("lambda.amazonaws.com")});
        QCOMPARE(role->maxSessionDuration, 3600);
        QVERIFY(c->dir->attachedPolicies(EntityKind::Role, prod, role->name).isEmpty());
    }

    void aBadAccountIdKeepsTheWizardOnTheTrustPage()
    {
        open(QStringLiteral("Maria"));
        fillPartnerTrust();
        wizard->otherAccountEdit()->setText(QStringLiteral("4444"));
        wizard->externalIdEdit()->setText(QStringLiteral("x"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::TrustPage));
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::Account)
                    .contains(QStringLiteral("Value '4444' at 'accountId'")));
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::ExternalId)
                    .contains(QStringLiteral("'externalId'")));
        // Ticked but empty is refused too, rather than dropped.
        wizard->otherAccountEdit()->setText(dev);
        wizard->externalIdEdit()->clear();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::TrustPage));
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::Account).isEmpty());
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::ExternalId)
                    .contains(QStringLiteral("'externalId'")));
        wizard->externalIdEdit()->setText(QStringLiteral("xy"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::PermissionsPage));
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::Account).isEmpty());
    }

    void maximumSessionDurationOutOfRangeIsRefused_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("constraint");
        QTest::newRow("under an hour") << 1800 << QStringLiteral("greater than or equal to 3600");
        QTest::newRow("over 12 hours") << 43201 << QStringLiteral("less than or equal to 43200");
    }
    void maximumSessionDurationOutOfRangeIsRefused()
    {
        QFETCH(int, seconds);
        QFETCH(QString, constraint);
        open(QStringLiteral("Maria"));
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("TooLong"));
        wizard->durationEdit()->setSeconds(seconds);
        QCOMPARE(wizard->durationEdit()->customSecondsBox()->value(), seconds);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::DetailsPage));
        const QString error = wizard->fieldError(CreateRoleWizard::Field::Duration);
        QVERIFY2(error.contains(QStringLiteral("'maxSessionDuration'")), qPrintable(error));
        QVERIFY2(error.contains(constraint), qPrintable(error));
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::Name).isEmpty());
        QVERIFY(!c->dir->role(prod, QStringLiteral("TooLong")));

        wizard->durationEdit()->setSeconds(43200);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::ReviewPage));
        finish();
        QCOMPARE(c->dir->role(prod, QStringLiteral("TooLong"))->maxSessionDuration, 43200);
    }

    void moreThanTenPoliciesAreRefusedOnTheirPage()
    {
        // The demo has 9 policies to attach; two more make 11.
        for (const QString& name : {QStringLiteral("Extra1"), QStringLiteral("Extra2")})
            QVERIFY(c->dir->createPolicy(
                prod, name,
                QStringLiteral(
                    "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                    "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}")));
        open(QStringLiteral("Maria"));
        goTo(CreateRoleWizard::PermissionsPage);
        const QList<ManagedPolicy> all = PolicyPicker::attachablePolicies(*c->dir, prod);
        QVERIFY(all.size() > 10);
        for (int i = 0; i < 11; ++i)
            wizard->policyPicker()->setChecked(all[i].arn, true);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::PermissionsPage));
        QCOMPARE(wizard->fieldError(CreateRoleWizard::Field::Policies),
                 QStringLiteral("Cannot exceed quota for PoliciesPerRole: 10"));
        wizard->policyPicker()->setChecked(all[10].arn, false);
        QVERIFY(wizard->fieldError(CreateRoleWizard::Field::Policies).isEmpty());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::DetailsPage));
    }

    void aDuplicateNameInAnotherCaseTakesTheWizardBackToTheName()
    {
        open(QStringLiteral("Maria"));
        const int roles = c->dir->roleCount(prod);
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("securityengineer"));
        goTo(CreateRoleWizard::ReviewPage);
        finish();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::DetailsPage));
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->fieldError(CreateRoleWizard::Field::Name).isEmpty());
        QCOMPARE(c->dir->roleCount(prod), roles);
    }

    // Duplicate keys are refused by the service at creation; the error is
    // placed by its parameter (tags), not on the permissions boundary, which
    // shares its code (InvalidInput).
    void duplicateTagKeysTakeTheWizardBackToTheTags()
    {
        open(QStringLiteral("Maria"));
        const int roles = c->dir->roleCount(prod);
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("Tagged"));
        wizard->addTag(QStringLiteral("Team"), QStringLiteral("a"));
        wizard->addTag(QStringLiteral("team"), QStringLiteral("b"));
        goTo(CreateRoleWizard::ReviewPage);
        finish();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::DetailsPage));
        QVERIFY2(wizard->fieldError(CreateRoleWizard::Field::Tags)
                     .contains(QStringLiteral("Duplicate tag keys found")),
                 qPrintable(wizard->fieldError(CreateRoleWizard::Field::Tags)));
        QCOMPARE(c->dir->roleCount(prod), roles);
    }

    void aMalformedCustomTrustPolicyStaysOnTheTrustPage()
    {
        open(QStringLiteral("Maria"));
        wizard->chooseTrust(CreateRoleWizard::TrustChoice::Custom);
        // Without a Principal a trust policy is malformed.
        wizard->trustEditor()->setText(
            QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                           "\"Action\": \"sts:AssumeRole\"}]}"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::TrustPage));
        QVERIFY(!wizard->fieldError(CreateRoleWizard::Field::TrustPolicy).isEmpty());
    }

    void johnIsRefusedWithAccessDeniedAndNothingIsCreated()
    {
        open(QStringLiteral("John"));
        const int roles = c->dir->roleCount(prod);
        goTo(CreateRoleWizard::DetailsPage);
        wizard->nameEdit()->setText(QStringLiteral("JohnsRole"));
        goTo(CreateRoleWizard::ReviewPage);
        finish();
        QCOMPARE(wizard->currentId(), int(CreateRoleWizard::ReviewPage));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->messageStrip()->lastCode(), QStringLiteral("AccessDenied"));
        QVERIFY(wizard->messageStrip()->error().startsWith(QStringLiteral("AccessDenied: ")));
        QVERIFY(wizard->messageStrip()->error().contains(QStringLiteral("iam:CreateRole")));
        QCOMPARE(c->dir->roleCount(prod), roles);
    }
};

QTEST_MAIN(TestCreateRoleWizard)
#include "tst_createrolewizard.moc"
