#include "createrolewizard.h"

#include "admin/directoryadmin.h"
#include "boundarycombobox.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "iam/namerules.h"
#include "iam/quotas.h"
#include "messagestrip.h"
#include "policyeditor.h"
#include "policypicker.h"
#include "sessiondurationedit.h"
#include "sts/stsservice.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using BuilderField = TrustPolicyBuilder::Field;

CreateRoleWizard::Field wizardField(BuilderField field, bool saml)
{
    using Field = CreateRoleWizard::Field;
    switch (field) {
    case BuilderField::Services:
        return Field::Services;
    case BuilderField::Account:
        return Field::Account;
    case BuilderField::ExternalId:
        return Field::ExternalId;
    case BuilderField::Provider:
        return saml ? Field::SamlProvider : Field::WebProvider;
    case BuilderField::Audience:
        return saml ? Field::SamlAudience : Field::WebAudience;
    }
    return Field::TrustPolicy;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setProperty("role", QStringLiteral("key"));
    return label;
}

} // namespace

CreateRoleWizard::CreateRoleWizard(DirectoryAdmin* admin, const QString& accountId, QWidget* parent)
    : QWizard(parent)
    , m_admin(admin)
    , m_accountId(accountId)
{
    setObjectName(QStringLiteral("CreateRoleWizard"));
    setWindowTitle(tr("Create role"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Create role"));
    setPage(TrustPage, createTrustPage());
    setPage(PermissionsPage, createPermissionsPage());
    setPage(DetailsPage, createDetailsPage());
    setPage(ReviewPage, createReviewPage());
    setStartId(TrustPage);
    resize(760, 680);
    trustChanged();
}

FieldError* CreateRoleWizard::addFieldError(Field field, QWidget* parent)
{
    auto* error = new FieldError(parent);
    m_errors.insert(field, error);
    return error;
}

QString CreateRoleWizard::fieldError(Field field) const
{
    const FieldError* error = m_errors.value(field);
    return error ? error->error() : QString();
}

// --- Page 1: trusted entity -------------------------------------------------

QWizardPage* CreateRoleWizard::createTrustPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Select trusted entity"));
    page->setSubTitle(tr("Who may assume this role. The trust policy below is written from "
                         "your choices."));
    auto* strip = new MessageStrip(page);
    m_strips.insert(TrustPage, strip);

    m_trustChoices = new QButtonGroup(page);
    auto* choices = new QVBoxLayout;
    const std::pair<TrustChoice, QString> options[] = {
        {TrustChoice::AwsService, tr("AWS service: let a service such as EC2 or Lambda act in "
                                     "this account")},
        {TrustChoice::AwsAccount,
         tr("AWS account: let entities in this or another account act in this account")},
        {TrustChoice::WebIdentity,
         tr("Web identity: let users federated by a web identity provider assume this role")},
        {TrustChoice::Saml, tr("SAML 2.0 federation: let users federated with SAML 2.0 from a "
                               "corporate directory act in this account")},
        {TrustChoice::Custom, tr("Custom trust policy: write a trust policy yourself")}};
    for (const auto& [choice, text] : options) {
        auto* button = new QRadioButton(text, page);
        m_trustChoices->addButton(button, int(choice));
        choices->addWidget(button);
    }
    m_trustOptions = new QStackedWidget(page);
    m_trustOptions->addWidget(createServiceOptions());
    m_trustOptions->addWidget(createAccountOptions());
    m_trustOptions->addWidget(createWebIdentityOptions());
    m_trustOptions->addWidget(createSamlOptions());
    m_trustOptions->addWidget(new QWidget(page));

    m_trustEditor = new PolicyEditor(page);
    m_trustEditor->setObjectName(QStringLiteral("TrustPolicyEditor"));
    m_trustEditor->setDocumentKind(PolicyEditor::DocumentKind::Trust);
    FieldError* trustError = addFieldError(Field::TrustPolicy, page);
    strip->claim(QStringLiteral("MalformedPolicyDocument"), trustError);
    strip->claim(QStringLiteral("LimitExceeded"), trustError, QStringLiteral("ACLSizePerRole"));
    strip->claim(QStringLiteral("ValidationError"), trustError,
                 QStringLiteral("assumeRolePolicyDocument"));
    strip->claim(QStringLiteral("ValidationError"), trustError, QStringLiteral("policyDocument"));

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(strip);
    layout->addLayout(choices);
    // Indented: the options belong to the choice above them.
    auto* indented = new QHBoxLayout;
    indented->addSpacing(24);
    indented->addWidget(m_trustOptions, 1);
    layout->addLayout(indented);
    layout->addWidget(new QLabel(tr("Trust policy"), page));
    layout->addWidget(m_trustEditor, 1);
    layout->addWidget(trustError);

    connect(m_trustChoices, &QButtonGroup::idClicked, this, [this] { trustChanged(); });
    m_trustChoices->button(int(TrustChoice::AwsService))->setChecked(true);
    return page;
}

QWidget* CreateRoleWizard::createServiceOptions()
{
    auto* box = new QWidget(this);
    m_service = new QComboBox(box);
    m_service->setObjectName(QStringLiteral("ServicePrincipalBox"));
    m_service->setEditable(true);
    m_service->addItems(TrustPolicyBuilder::commonServicePrincipals());
    auto* form = new QFormLayout(box);
    form->addRow(tr("Service"), FieldError::stack(m_service, addFieldError(Field::Services, box)));
    connect(m_service, &QComboBox::currentTextChanged, this, &CreateRoleWizard::trustChanged);
    return box;
}

QWidget* CreateRoleWizard::createAccountOptions()
{
    auto* box = new QWidget(this);
    m_thisAccount = new QRadioButton(tr("This account (%1)").arg(m_accountId), box);
    m_otherAccount = new QRadioButton(tr("Another AWS account"), box);
    m_otherAccountId = new QLineEdit(box);
    m_otherAccountId->setObjectName(QStringLiteral("OtherAccountEdit"));
    m_otherAccountId->setPlaceholderText(tr("12-digit account ID"));
    m_otherAccountId->setMaxLength(12);
    m_requireExternalId = new QCheckBox(tr("Require external ID (best practice when a third "
                                           "party will assume this role)"),
                                        box);
    m_externalId = new QLineEdit(box);
    m_externalId->setObjectName(QStringLiteral("ExternalIdEdit"));
    m_requireMfa = new QCheckBox(tr("Require MFA"), box);
    m_thisAccount->setChecked(true);
    auto* accounts = new QButtonGroup(box);
    accounts->addButton(m_thisAccount);
    accounts->addButton(m_otherAccount);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thisAccount);
    layout->addWidget(m_otherAccount);
    layout->addWidget(FieldError::stack(m_otherAccountId, addFieldError(Field::Account, box)));
    layout->addWidget(m_requireExternalId);
    layout->addWidget(FieldError::stack(m_externalId, addFieldError(Field::ExternalId, box)));
    layout->addWidget(hint(tr("The console's Switch Role cannot give an external ID: such a role "
                              "is assumed through the API only."),
                           box));
    layout->addWidget(m_requireMfa);

    for (QAbstractButton* button : {static_cast<QAbstractButton*>(m_thisAccount),
                                    static_cast<QAbstractButton*>(m_otherAccount),
                                    static_cast<QAbstractButton*>(m_requireExternalId),
                                    static_cast<QAbstractButton*>(m_requireMfa)})
        connect(button, &QAbstractButton::toggled, this, &CreateRoleWizard::trustChanged);
    connect(m_otherAccountId, &QLineEdit::textChanged, this, &CreateRoleWizard::trustChanged);
    connect(m_externalId, &QLineEdit::textChanged, this, &CreateRoleWizard::trustChanged);
    return box;
}

QWidget* CreateRoleWizard::createWebIdentityOptions()
{
    auto* box = new QWidget(this);
    m_webProvider = new QComboBox(box);
    m_webProvider->setObjectName(QStringLiteral("WebIdentityProviderBox"));
    m_webProvider->setEditable(true);
    m_webProvider->addItems(TrustPolicyBuilder::webIdentityProviders());
    m_webProvider->setToolTip(tr("A well-known provider, or the ARN of an OpenID Connect "
                                 "provider (arn:aws:iam::<account>:oidc-provider/<host>)"));
    m_webAudience = new QLineEdit(box);
    m_webAudience->setObjectName(QStringLiteral("WebIdentityAudienceEdit"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Identity provider"),
                 FieldError::stack(m_webProvider, addFieldError(Field::WebProvider, box)));
    form->addRow(tr("Audience"),
                 FieldError::stack(m_webAudience, addFieldError(Field::WebAudience, box)));
    connect(m_webProvider, &QComboBox::currentTextChanged, this, &CreateRoleWizard::trustChanged);
    connect(m_webAudience, &QLineEdit::textChanged, this, &CreateRoleWizard::trustChanged);
    return box;
}

QWidget* CreateRoleWizard::createSamlOptions()
{
    auto* box = new QWidget(this);
    m_samlProvider = new QLineEdit(box);
    m_samlProvider->setObjectName(QStringLiteral("SamlProviderEdit"));
    m_samlProvider->setPlaceholderText(
        QStringLiteral("arn:aws:iam::%1:saml-provider/").arg(m_accountId));
    m_samlAudience = new QLineEdit(TrustPolicyBuilder::SamlAudience, box);
    m_samlAudience->setObjectName(QStringLiteral("SamlAudienceEdit"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("SAML provider"),
                 FieldError::stack(m_samlProvider, addFieldError(Field::SamlProvider, box)));
    form->addRow(tr("Audience"),
                 FieldError::stack(m_samlAudience, addFieldError(Field::SamlAudience, box)));
    connect(m_samlProvider, &QLineEdit::textChanged, this, &CreateRoleWizard::trustChanged);
    connect(m_samlAudience, &QLineEdit::textChanged, this, &CreateRoleWizard::trustChanged);
    return box;
}

void CreateRoleWizard::chooseTrust(TrustChoice choice)
{
    m_trustChoices->button(int(choice))->setChecked(true);
    trustChanged();
}

CreateRoleWizard::TrustChoice CreateRoleWizard::trustChoice() const
{
    return TrustChoice(m_trustChoices->checkedId());
}

QAbstractButton* CreateRoleWizard::trustButton(TrustChoice choice) const
{
    return m_trustChoices->button(int(choice));
}

TrustPolicyBuilder CreateRoleWizard::builder() const
{
    switch (trustChoice()) {
    case TrustChoice::AwsService:
        return TrustPolicyBuilder::forServices({m_service->currentText()});
    case TrustChoice::AwsAccount:
        return TrustPolicyBuilder::forAccount(m_otherAccount->isChecked() ? m_otherAccountId->text()
                                                                          : m_accountId)
            .requireExternalId(m_requireExternalId->isChecked() ? m_externalId->text().trimmed()
                                                                : QString())
            .requireMfa(m_requireMfa->isChecked());
    case TrustChoice::WebIdentity:
        return TrustPolicyBuilder::forWebIdentity(m_webProvider->currentText(),
                                                  m_webAudience->text());
    case TrustChoice::Saml:
    case TrustChoice::Custom: // the typed policy is used as it is
        break;
    }
    return TrustPolicyBuilder::forSaml(m_samlProvider->text(), m_samlAudience->text());
}

void CreateRoleWizard::trustChanged()
{
    if (!m_trustEditor || !m_trustChoices->checkedButton())
        return;
    const TrustChoice choice = trustChoice();
    const bool custom = choice == TrustChoice::Custom;
    m_trustOptions->setCurrentIndex(int(choice));
    m_otherAccountId->setEnabled(m_otherAccount->isChecked());
    m_externalId->setEnabled(m_requireExternalId->isChecked());
    // A custom policy starts from the last one written, and is the user's from then on.
    m_trustEditor->setReadOnly(!custom);
    if (!custom)
        m_trustEditor->setText(builder().toText());
}

QString CreateRoleWizard::trustPolicy() const
{
    return m_trustEditor->text();
}

bool CreateRoleWizard::validateTrust()
{
    m_strips.value(TrustPage)->clearAll();
    for (Field field : {Field::Services, Field::Account, Field::ExternalId, Field::WebProvider,
                        Field::WebAudience, Field::SamlProvider, Field::SamlAudience})
        m_errors.value(field)->setError({});
    if (trustChoice() == TrustChoice::Custom) {
        m_trustEditor->validateNow();
        if (m_trustEditor->isValid())
            return true;
        m_errors.value(Field::TrustPolicy)->setError(m_trustEditor->problem());
        return false;
    }
    const bool saml = trustChoice() == TrustChoice::Saml;
    auto problems = builder().problems();
    // A ticked box with nothing typed is no requirement: say so rather than drop it.
    if (trustChoice() == TrustChoice::AwsAccount && m_requireExternalId->isChecked() &&
        m_externalId->text().trimmed().isEmpty())
        problems.append({BuilderField::ExternalId, StsService::checkExternalId({}).error()});
    for (const TrustPolicyBuilder::Problem& problem : problems)
        m_errors.value(wizardField(problem.field, saml))->setError(problem.error.message());
    return problems.isEmpty();
}

// --- Page 2: permissions ------------------------------------------------------

QWizardPage* CreateRoleWizard::createPermissionsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Add permissions"));
    // Shown only: validatePermissions() and the directory decide.
    const auto quota = m_admin->managedPoliciesQuota(m_accountId, EntityKind::Role);
    page->setSubTitle(tr("Choose up to %1 managed policies to attach, and optionally a "
                         "permissions boundary.")
                          .arg(quota ? *quota : Quotas::ManagedPoliciesPerEntity));
    auto* strip = new MessageStrip(page);
    m_strips.insert(PermissionsPage, strip);
    const Directory* directory = &m_admin->directory();
    m_picker = new PolicyPicker(page);
    m_picker->setPolicies(PolicyPicker::attachablePolicies(*directory, m_accountId));
    FieldError* policiesError = addFieldError(Field::Policies, page);
    m_boundary = new BoundaryComboBox(page);
    m_boundary->setPolicies(PolicyPicker::attachablePolicies(*directory, m_accountId));
    auto* boundaryError = new FieldError(page);
    strip->claim(QStringLiteral("LimitExceeded"), policiesError);
    strip->claim(QStringLiteral("NoSuchEntity"), boundaryError,
                 QStringLiteral("permissionsBoundary"));
    strip->claim(QStringLiteral("InvalidInput"), boundaryError,
                 QStringLiteral("permissionsBoundary"));
    strip->claim(QStringLiteral("NoSuchEntity"), policiesError);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(strip);
    layout->addWidget(m_picker, 1);
    layout->addWidget(policiesError);
    auto* form = new QFormLayout;
    form->addRow(tr("Permissions boundary"), FieldError::stack(m_boundary, boundaryError));
    layout->addLayout(form);
    connect(m_picker, &PolicyPicker::checkedChanged, policiesError,
            [policiesError] { policiesError->setError({}); });
    return page;
}

bool CreateRoleWizard::validatePermissions()
{
    m_strips.value(PermissionsPage)->clearAll();
    const auto limit = m_admin->managedPoliciesQuota(m_accountId, EntityKind::Role);
    if (limit && m_picker->checkedCount() <= *limit)
        return true;
    // AWS's own message: English in every language, as AWS's console shows it.
    m_strips.value(PermissionsPage)
        ->showError(
            limit ? IamError::limitExceeded(
                        QStringLiteral("Cannot exceed quota for PoliciesPerRole: %1").arg(*limit))
                  : limit.error());
    return false;
}

// --- Page 3: name, details and tags ---------------------------------------------

QWizardPage* CreateRoleWizard::createDetailsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Name and details"));
    page->setSubTitle(tr("Role details"));
    auto* strip = new MessageStrip(page);
    m_strips.insert(DetailsPage, strip);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("RoleNameEdit"));
    m_name->setMaxLength(Quotas::RoleNameMax + 1);
    m_path = new QLineEdit(QStringLiteral("/"), page);
    m_path->setObjectName(QStringLiteral("RolePathEdit"));
    m_description = new QLineEdit(page);
    m_description->setObjectName(QStringLiteral("RoleDescriptionEdit"));
    m_duration = new SessionDurationEdit(page);
    m_tags = new QTableWidget(0, 2, page);
    m_tags->setObjectName(QStringLiteral("RoleTagTable"));
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    auto* addTagButton = new QPushButton(tr("Add new tag"), page);
    connect(addTagButton, &QPushButton::clicked, this, [this] { addTag({}, {}); });

    FieldError* nameError = addFieldError(Field::Name, page);
    FieldError* pathError = addFieldError(Field::Path, page);
    FieldError* descriptionError = addFieldError(Field::Description, page);
    FieldError* durationError = addFieldError(Field::Duration, page);
    FieldError* tagsError = addFieldError(Field::Tags, page);
    strip->claim(QStringLiteral("EntityAlreadyExists"), nameError);
    strip->claim(QStringLiteral("ValidationError"), pathError, QStringLiteral("path"));
    strip->claim(QStringLiteral("ValidationError"), descriptionError,
                 QStringLiteral("description"));
    strip->claim(QStringLiteral("ValidationError"), durationError,
                 QStringLiteral("maxSessionDuration"));
    strip->claim(QStringLiteral("ValidationError"), tagsError, QStringLiteral("tags.member.key"));
    strip->claim(QStringLiteral("ValidationError"), tagsError, QStringLiteral("tags.member.value"));
    strip->claim(QStringLiteral("ValidationError"), tagsError, QStringLiteral("tags"));
    strip->claim(QStringLiteral("ValidationError"), nameError, QStringLiteral("roleName"));
    strip->claim(QStringLiteral("LimitExceeded"), tagsError, QStringLiteral("TagsPerRole"));
    strip->claim(QStringLiteral("InvalidInput"), tagsError, QStringLiteral("tags"));

    auto* form = new QFormLayout;
    form->addRow(tr("Role name"), FieldError::stack(m_name, nameError));
    form->addRow(tr("Path"), FieldError::stack(m_path, pathError));
    form->addRow(tr("Description"), FieldError::stack(m_description, descriptionError));
    form->addRow(tr("Maximum session duration"), FieldError::stack(m_duration, durationError));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(strip);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Tags"), page));
    layout->addWidget(m_tags, 1);
    layout->addWidget(tagsError);
    layout->addWidget(addTagButton, 0, Qt::AlignLeft);
    return page;
}

void CreateRoleWizard::addTag(const QString& key, const QString& value)
{
    const int row = m_tags->rowCount();
    m_tags->insertRow(row);
    m_tags->setItem(row, 0, new QTableWidgetItem(key));
    m_tags->setItem(row, 1, new QTableWidgetItem(value));
}

TagList CreateRoleWizard::tags() const
{
    TagList out;
    for (int row = 0; row < m_tags->rowCount(); ++row) {
        const QTableWidgetItem* key = m_tags->item(row, 0);
        const QTableWidgetItem* value = m_tags->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            out.append({key->text().trimmed(), value ? value->text() : QString()});
    }
    return out;
}

Role CreateRoleWizard::role() const
{
    Role role;
    role.accountId = m_accountId;
    role.name = m_name->text().trimmed();
    role.path = m_path->text().trimmed();
    role.description = m_description->text();
    role.trustPolicy = trustPolicy();
    role.maxSessionDuration = m_duration->seconds();
    role.permissionsBoundaryArn = m_boundary->policyArn();
    role.tags = tags();
    return role;
}

bool CreateRoleWizard::validateDetails()
{
    MessageStrip* strip = m_strips.value(DetailsPage);
    strip->clearAll();
    const Role r = role();
    // The service's own rules, in its order, so the first problem shows where it is.
    QList<Result<void>> checks{NameRules::validateRoleName(r.name), NameRules::validatePath(r.path),
                               NameRules::validateDescription(r.description),
                               NameRules::validateMaxSessionDuration(r.maxSessionDuration)};
    for (const Tag& tag : r.tags)
        checks << NameRules::validateTagKey(tag.key) << NameRules::validateTagValue(tag.value);
    for (const Result<void>& check : checks)
        if (!check) {
            strip->showError(check.error());
            return false;
        }
    return true;
}

// --- Page 4: review -------------------------------------------------------------

QWizardPage* CreateRoleWizard::createReviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("Check the role, then create it."));
    m_reviewStrip = new MessageStrip(page);
    m_strips.insert(ReviewPage, m_reviewStrip);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("RoleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reviewTrust = new PolicyEditor(page);
    m_reviewTrust->setDocumentKind(PolicyEditor::DocumentKind::Trust);
    m_reviewTrust->setReadOnly(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_reviewStrip);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Trust policy"), page));
    layout->addWidget(m_reviewTrust, 1);
    return page;
}

QString CreateRoleWizard::trustedEntity() const
{
    switch (trustChoice()) {
    case TrustChoice::AwsService:
        return tr("AWS service %1").arg(m_service->currentText().toHtmlEscaped());
    case TrustChoice::AwsAccount: {
        const auto b = builder();
        QString text = tr("AWS account %1").arg(b.principals().value(0).toHtmlEscaped());
        if (!b.externalId().isEmpty())
            text += tr(", external ID required");
        if (b.mfaRequired())
            text += tr(", MFA required");
        return text;
    }
    case TrustChoice::WebIdentity:
        return tr("Web identity %1").arg(m_webProvider->currentText().toHtmlEscaped());
    case TrustChoice::Saml:
        return tr("SAML provider %1").arg(m_samlProvider->text().toHtmlEscaped());
    case TrustChoice::Custom:
        break;
    }
    return tr("Custom trust policy");
}

void CreateRoleWizard::fillReview()
{
    const Role r = role();
    QStringList policies = m_picker->checkedArns();
    for (QString& arn : policies)
        arn = arn.toHtmlEscaped();
    const QString none = tr("None");
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>");
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    html += row.arg(tr("Role name"), r.name.toHtmlEscaped());
    html += row.arg(tr("Path"), r.path.toHtmlEscaped());
    html +=
        row.arg(tr("Description"), r.description.isEmpty() ? none : r.description.toHtmlEscaped());
    html += row.arg(tr("Trusted entity"), trustedEntity());
    html += row.arg(tr("Maximum session duration"),
                    r.maxSessionDuration % 3600 == 0
                        ? tr("%n hour(s)", nullptr, r.maxSessionDuration / 3600)
                        : tr("%n second(s)", nullptr, r.maxSessionDuration));
    html +=
        row.arg(tr("Policies"), policies.isEmpty() ? none : policies.join(QStringLiteral("<br>")));
    html += row.arg(tr("Permissions boundary"), r.permissionsBoundaryArn.isEmpty()
                                                    ? none
                                                    : r.permissionsBoundaryArn.toHtmlEscaped());
    html += row.arg(tr("Tags"), QString::number(r.tags.size()));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_reviewTrust->setText(r.trustPolicy);
}

void CreateRoleWizard::initializePage(int id)
{
    if (id == ReviewPage) {
        m_reviewStrip->clearAll();
        fillReview();
    }
    QWizard::initializePage(id);
}

bool CreateRoleWizard::showOnPage(int page, const IamError& error)
{
    MessageStrip* strip = m_strips.value(page);
    if (!strip->claims(error))
        return false;
    while (currentId() != page && currentId() != startId())
        back();
    strip->showError(error);
    return true;
}

bool CreateRoleWizard::create()
{
    const auto created = m_admin->createRole(role(), m_picker->checkedArns());
    if (created) {
        Q_EMIT roleCreated(created.value());
        return true;
    }
    for (int page : {TrustPage, PermissionsPage, DetailsPage})
        if (showOnPage(page, created.error()))
            return false;
    m_reviewStrip->showError(created.error());
    return false;
}

bool CreateRoleWizard::validateCurrentPage()
{
    switch (currentId()) {
    case TrustPage:
        return validateTrust();
    case PermissionsPage:
        return validatePermissions();
    case DetailsPage:
        return validateDetails();
    case ReviewPage:
        return create();
    }
    return QWizard::validateCurrentPage();
}
