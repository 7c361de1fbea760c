#include "detailpane.h"

#include "iam/organizationids.h"

#include "accessdeniedpanel.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "directory/policydocumentformatter.h"
#include "directory/policyset.h"
#include "effectivepermissionspanel.h"
#include "items/trustedprincipals.h"
#include "policyeditor.h"
#include "saml/samlmetadata.h"
#include "securitycredentialspanel.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

QString formatDate(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toUTC(), QLocale::LongFormat) : QString();
}

QString prettyJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// As the console writes a policy: Version before Statement, Effect before Action.
QString consoleJson(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? PolicyDocumentFormatter::format(doc.object()) : text;
}

QString tagsText(const TagList& tags)
{
    QStringList parts;
    for (const Tag& tag : tags)
        parts << tag.key + QLatin1Char('=') + tag.value;
    return parts.join(QStringLiteral(", "));
}

QTableWidget* makeTable(const QStringList& headers, const QList<QStringList>& rows, QWidget* parent)
{
    auto* table = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->resizeColumnsToContents();
    return table;
}

// A read-only policy document; its name is what a screen reader calls it.
QPlainTextEdit* makeJsonView(const QString& json, const QString& name, QWidget* parent)
{
    auto* view = new QPlainTextEdit(prettyJson(json), parent);
    view->setAccessibleName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

QWidget* column(QWidget* parent, std::initializer_list<QWidget*> children)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    for (QWidget* child : children)
        layout->addWidget(child);
    return page;
}

QString hours(int seconds)
{
    if (seconds % 3600 == 0)
        return DetailPane::tr("%n hour(s)", nullptr, seconds / 3600);
    return DetailPane::tr("%n minute(s)", nullptr, seconds / 60);
}

} // namespace

DetailPane::DetailPane(ConsoleSession* session, const ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_services(services)
    , m_directory(&services.directory)
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("DetailPane"));
    setAttribute(Qt::WA_StyledBackground);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    // Another identity may read other things: show the page again as it sees it.
    connect(session, &ConsoleSession::activeIdentityChanged, this, [this] {
        if (!m_current.name.isEmpty() || !m_current.accountId.isEmpty() ||
            m_current.type == NavigatorModel::NodeType::OrganizationPolicies)
            showNode(m_current);
    });
    const auto changed = [this](EntityKind kind, const QString& accountId, const QString& name) {
        if (isShowing(kind, accountId, name))
            scheduleUpdate(false);
    };
    connect(m_directory, &Directory::entityChanged, this, changed);
    connect(m_directory, &Directory::entityRemoved, this,
            [this](EntityKind kind, const QString& accountId, const QString& name) {
                if (isShowing(kind, accountId, name))
                    scheduleUpdate(true);
            });
    connect(m_directory, &Directory::entityRenamed, this,
            [this](EntityKind kind, const QString& accountId, const QString& oldName,
                   const QString& newName) {
                if (!isShowing(kind, accountId, oldName))
                    return;
                m_current.name = newName;
                scheduleUpdate(false);
            });
    const auto membership = [changed](const QString& accountId, const QString& group,
                                      const QString& user) {
        changed(EntityKind::Group, accountId, group);
        changed(EntityKind::User, accountId, user);
    };
    connect(m_directory, &Directory::membershipAdded, this, membership);
    connect(m_directory, &Directory::membershipRemoved, this, membership);
    connect(m_directory, &Directory::attachmentsChanged, this,
            [this, changed](const QString& policyArn, EntityKind kind, const QString& accountId,
                            const QString& name) {
                changed(kind, accountId, name);
                if (m_current.kind == EntityKind::Policy && m_current.arn == policyArn)
                    scheduleUpdate(false);
            });
    showNothing();
}

bool DetailPane::isShowing(EntityKind kind, const QString& accountId, const QString& name) const
{
    using Type = NavigatorModel::NodeType;
    if ((m_current.type != Type::Entry && m_current.type != Type::Relation) ||
        m_current.kind != kind)
        return false;
    // A policy's page is known by its ARN: arn:aws:iam::<account or aws>:policy/<path><name>.
    if (kind == EntityKind::Policy)
        return m_current.arn.section(u':', 4, 4) == accountId &&
               m_current.arn.section(u'/', -1) == name;
    return m_current.accountId == accountId &&
           m_current.name.compare(name, Qt::CaseInsensitive) == 0;
}

void DetailPane::scheduleUpdate(bool deleted)
{
    m_currentDeleted = m_currentDeleted || deleted;
    if (std::exchange(m_updatePending, true))
        return;
    QTimer::singleShot(0, this, &DetailPane::updatePage);
}

void DetailPane::updatePage()
{
    if (!std::exchange(m_updatePending, false))
        return; // another page was chosen since
    if (m_currentDeleted) {
        showDeleted();
        return;
    }
    const int tab = m_tabs ? m_tabs->currentIndex() : -1;
    showNode(m_current);
    if (m_tabs && tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void DetailPane::showDeleted()
{
    QString kind;
    QString notice;
    switch (m_current.kind) {
    case EntityKind::User:
        kind = tr("IAM user");
        notice = tr("This user no longer exists: it was deleted, in this console or in another "
                    "one on the same directory.");
        break;
    case EntityKind::Group:
        kind = tr("IAM user group");
        notice = tr("This user group no longer exists: it was deleted, in this console or in "
                    "another one on the same directory.");
        break;
    case EntityKind::Role:
        kind = tr("IAM role");
        notice = tr("This role no longer exists: it was deleted, in this console or in another "
                    "one on the same directory.");
        break;
    case EntityKind::Policy:
        kind = tr("Customer managed policy"); // AWS managed ones cannot be deleted
        notice = tr("This policy no longer exists: it was deleted, in this console or in "
                    "another one on the same directory.");
        break;
    }
    clear();
    addHeading(m_current.name, kind); // no actions: there is nothing left to act on
    auto* label = new QLabel(notice, m_page);
    label->setObjectName(QStringLiteral("DeletedNotice"));
    label->setWordWrap(true);
    m_layout->addWidget(label);
    m_layout->addStretch(1);
}

void DetailPane::clear()
{
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("DetailPage"));
    m_layout = new QVBoxLayout(m_page);
    m_layout->setContentsMargins(24, 16, 24, 16);
    m_layout->setSpacing(12);
    m_tabs = nullptr;
    m_scroll->setWidget(m_page); // deletes the previous page
}

bool DetailPane::permitted(const ConsoleAction& action)
{
    const Authorization answer = m_session->authorize(action);
    if (answer.allowed())
        return true;
    m_layout->addWidget(new AccessDeniedPanel(answer.message, m_page));
    m_layout->addStretch(1);
    return false;
}

QWidget* DetailPane::guarded(const ConsoleAction& action, const std::function<QWidget*()>& build)
{
    const Authorization answer = m_session->authorize(action);
    if (answer.allowed())
        return build();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new AccessDeniedPanel(answer.message, page));
    layout->addStretch(1);
    return page;
}

void DetailPane::showNothing()
{
    clear();
    m_current = {};
    auto* hint = new QLabel(tr("Select a user, group, role or policy in the navigator to see its "
                               "details."),
                            m_page);
    hint->setWordWrap(true);
    m_layout->addWidget(hint);
    m_layout->addStretch(1);
}

void DetailPane::addTitle(const QString& title, const QString& kind)
{
    addHeading(title, kind);
    addActionRow();
}

void DetailPane::addHeading(const QString& title, const QString& kind)
{
    auto* kindLabel = new QLabel(kind, m_page);
    kindLabel->setObjectName(QStringLiteral("PageKind"));
    auto* titleLabel = new QLabel(title, m_page);
    titleLabel->setObjectName(QStringLiteral("PageTitle"));
    titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(kindLabel);
    m_layout->addWidget(titleLabel);
}

void DetailPane::setActionProvider(ActionProvider provider)
{
    m_actionProvider = std::move(provider);
    showNode(m_current);
}

void DetailPane::addActionRow()
{
    const QList<QAction*> actions = m_actionProvider && m_current.denied.isEmpty()
                                        ? m_actionProvider(m_current)
                                        : QList<QAction*>();
    if (actions.isEmpty())
        return;
    auto* row = new QWidget(m_page);
    row->setObjectName(QStringLiteral("PageActions"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : actions) {
        auto* button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_layout->addWidget(row);
}

void DetailPane::addSummary(const QList<QPair<QString, QString>>& fields)
{
    auto* box = new QGroupBox(tr("Summary"), m_page);
    box->setObjectName(QStringLiteral("Summary"));
    auto* form = new QFormLayout(box);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(24);
    for (const auto& [key, value] : fields) {
        auto* keyLabel = new QLabel(key, box);
        keyLabel->setProperty("role", QStringLiteral("key"));
        auto* valueLabel = new QLabel(value.isEmpty() ? tr("-") : value, box);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setWordWrap(true);
        form->addRow(keyLabel, valueLabel);
    }
    m_layout->addWidget(box);
}

QWidget* DetailPane::effectivePermissionsTab(EntityKind kind, const QString& accountId,
                                             const QString& name)
{
    auto* panel = new EffectivePermissionsPanel(m_directory, m_page);
    panel->showPrincipal(kind, accountId, name);
    return panel;
}

QTabWidget* DetailPane::addTabs()
{
    m_tabs = new QTabWidget(m_page);
    m_tabs->setObjectName(QStringLiteral("DetailTabs"));
    m_tabs->setDocumentMode(true);
    m_layout->addWidget(m_tabs, 1);
    return m_tabs;
}

void DetailPane::showNode(const NavigatorModel::NodeRef& node)
{
    using Type = NavigatorModel::NodeType;
    m_current = node;
    m_currentDeleted = false;
    m_updatePending = false;
    if (!node.denied.isEmpty()) {
        clear();
        addTitle(tr("Access denied"), QString());
        m_layout->addWidget(new AccessDeniedPanel(node.denied, m_page));
        m_layout->addStretch(1);
        return;
    }
    switch (node.type) {
    case Type::Organization:
        showOrganization();
        return;
    case Type::Account:
        showAccount(node.accountId);
        showMemberAccount(node.accountId);
        return;
    case Type::Category:
    case Type::ProviderCategory:
        showAccount(node.accountId);
        return;
    case Type::Provider:
        showSamlProvider(node.arn);
        return;
    case Type::OrganizationalUnit:
        showOrganizationalUnit(node.name);
        return;
    case Type::OrganizationPolicies:
        showOrganizationPolicies();
        return;
    case Type::OrganizationPolicyType:
        showOrganizationPolicyList(node.name);
        return;
    case Type::OrganizationPolicy:
        showOrganizationPolicy(node.name);
        return;
    case Type::Principal:
    case Type::Denied:
        showNothing();
        return;
    case Type::Entry:
    case Type::Relation:
        break;
    }
    switch (node.kind) {
    case EntityKind::User:
        showUser(node.accountId, node.name);
        break;
    case EntityKind::Group:
        showGroup(node.accountId, node.name);
        break;
    case EntityKind::Role:
        showRole(node.accountId, node.name);
        break;
    case EntityKind::Policy:
        showPolicy(node.arn);
        break;
    }
}

void DetailPane::showAccount(const QString& accountId)
{
    clear();
    const auto account = m_directory->findAccount(accountId);
    if (!account) {
        showNothing();
        return;
    }
    addTitle(account->displayName(), tr("AWS account"));
    if (!permitted(ConsoleAction::getAccountSummary(account->id)))
        return;
    addSummary({{tr("Account ID"), account->id},
                {tr("Account alias"), account->alias},
                {tr("Users"), QString::number(m_directory->userCount(account->id))},
                {tr("User groups"), QString::number(m_directory->groupCount(account->id))},
                {tr("Roles"), QString::number(m_directory->roleCount(account->id))},
                {tr("Customer managed policies"),
                 QString::number(m_directory->policyCount(account->id))}});
    m_layout->addStretch(1);
}

void DetailPane::showOrganization()
{
    clear();
    const QString management = m_directory->managementAccountId();
    addTitle(tr("Root"), tr("AWS Organization"));
    if (!permitted(ConsoleAction::describeOrganization()))
        return;
    const QString rootId = OrganizationIds::rootId(management);
    const QString rootArn = OrganizationIds::rootArn(management);
    addSummary({{tr("Organization ID"), OrganizationIds::organizationId(management)},
                {tr("Root ID"), rootId},
                {tr("ARN"), rootArn},
                {tr("Management account"), management},
                {tr("Accounts"), QString::number(m_directory->accounts().size())}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(organizationChildrenTab(rootId, rootArn), tr("Children"));
    tabs->addTab(attachedPoliciesTab(rootId, rootArn), tr("Policies"));
}

ConsoleAction DetailPane::organizationsAction(const char* action, const QString& resource)
{
    return ConsoleAction::organizationsAction(QLatin1String(action), resource);
}

namespace {
QString targetTypeText(OrganizationTarget::Type type)
{
    switch (type) {
    case OrganizationTarget::Type::Root:
        return DetailPane::tr("Root");
    case OrganizationTarget::Type::OrganizationalUnit:
        return DetailPane::tr("Organizational unit");
    case OrganizationTarget::Type::Account:
        break;
    }
    return DetailPane::tr("AWS account");
}

QString policyTypeText(OrganizationPolicy::Type type)
{
    return type == OrganizationPolicy::Type::ServiceControl
               ? DetailPane::tr("Service control policy")
               : DetailPane::tr("Resource control policy");
}

QString managedText(bool awsManaged)
{
    return awsManaged ? DetailPane::tr("AWS managed") : DetailPane::tr("Customer managed");
}

constexpr OrganizationPolicy::Type policyTypes[] = {OrganizationPolicy::Type::ServiceControl,
                                                    OrganizationPolicy::Type::ResourceControl};
} // namespace

QWidget* DetailPane::organizationChildrenTab(const QString& parentId, const QString& parentArn)
{
    return guarded(organizationsAction("ListOrganizationalUnitsForParent", parentArn), [&] {
        return guarded(organizationsAction("ListAccountsForParent", parentArn), [&]() -> QWidget* {
            QList<QStringList> rows;
            for (const OrganizationalUnit& unit :
                 m_directory->organizationalUnitsForParent(parentId))
                rows << QStringList{unit.name, tr("Organizational unit"), unit.id};
            for (const QString& accountId : m_directory->accountsForParent(parentId)) {
                const auto member = m_directory->memberAccount(accountId);
                rows << QStringList{member ? member->name : accountId, tr("AWS account"),
                                    accountId};
            }
            auto* table = makeTable({tr("Name"), tr("Type"), tr("ID")}, rows, nullptr);
            table->setObjectName(QStringLiteral("OrganizationChildrenTable"));
            return table;
        });
    });
}

QWidget* DetailPane::attachedPoliciesTab(const QString& targetId, const QString& targetArn)
{
    return guarded(organizationsAction("ListPoliciesForTarget", targetArn), [&]() -> QWidget* {
        QList<QStringList> rows;
        for (const auto type : policyTypes)
            for (const OrganizationPolicy& policy : m_directory->policiesForTarget(targetId, type))
                rows << QStringList{policy.name, policyTypeText(type),
                                    managedText(policy.awsManaged), policy.id};
        auto* table =
            makeTable({tr("Policy name"), tr("Type"), tr("Managed by"), tr("ID")}, rows, nullptr);
        table->setObjectName(QStringLiteral("AttachedOrganizationPolicies"));
        return table;
    });
}

void DetailPane::showOrganizationalUnit(const QString& ouId)
{
    clear();
    const auto unit = m_directory->organizationalUnit(ouId);
    if (!unit) {
        showNothing();
        return;
    }
    addTitle(unit->name, tr("Organizational unit"));
    if (!permitted(organizationsAction("DescribeOrganizationalUnit", unit->arn)))
        return;
    const auto parent = m_directory->organizationTarget(unit->parentId);
    addSummary(
        {{tr("Name"), unit->name},
         {tr("ID"), unit->id},
         {tr("ARN"), unit->arn},
         {tr("Parent"), parent ? tr("%1 (%2)").arg(parent->name, parent->id) : unit->parentId}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(organizationChildrenTab(unit->id, unit->arn), tr("Children"));
    tabs->addTab(attachedPoliciesTab(unit->id, unit->arn), tr("Policies"));
}

void DetailPane::showOrganizationPolicies()
{
    clear();
    addTitle(tr("Policies"), tr("AWS Organization"));
    if (!permitted(organizationsAction("ListPolicies", QStringLiteral("*"))))
        return;
    addSummary(
        {{tr("Service control policies"),
          QString::number(
              m_directory->organizationPolicies(OrganizationPolicy::Type::ServiceControl).size())},
         {tr("Resource control policies"),
          QString::number(
              m_directory->organizationPolicies(OrganizationPolicy::Type::ResourceControl)
                  .size())}});
    auto* about = new QLabel(
        tr("Service control policies limit what the principals of member accounts may do; "
           "resource control policies limit what may be done to their resources. Neither "
           "grants anything, and neither applies to the management account."),
        m_page);
    about->setWordWrap(true);
    m_layout->addWidget(about);
    m_layout->addStretch(1);
}

void DetailPane::showOrganizationPolicyList(const QString& typeName)
{
    clear();
    const auto type = OrganizationPolicy::typeFromName(typeName);
    if (!type) {
        showNothing();
        return;
    }
    addTitle(*type == OrganizationPolicy::Type::ServiceControl ? tr("Service control policies")
                                                               : tr("Resource control policies"),
             tr("AWS Organization"));
    if (!permitted(organizationsAction("ListPolicies", QStringLiteral("*"))))
        return;
    QList<QStringList> rows;
    for (const OrganizationPolicy& policy : m_directory->organizationPolicies(*type))
        rows << QStringList{policy.name, managedText(policy.awsManaged), policy.description,
                            policy.id};
    auto* table =
        makeTable({tr("Policy name"), tr("Managed by"), tr("Description"), tr("ID")}, rows, m_page);
    table->setObjectName(QStringLiteral("OrganizationPolicyList"));
    m_layout->addWidget(table, 1);
}

void DetailPane::showOrganizationPolicy(const QString& policyId)
{
    clear();
    const auto policy = m_directory->organizationPolicy(policyId);
    if (!policy) {
        showNothing();
        return;
    }
    addTitle(policy->name, policyTypeText(policy->type));
    if (!permitted(organizationsAction("DescribePolicy", policy->arn)))
        return;
    addSummary({{tr("Policy name"), policy->name},
                {tr("Policy ID"), policy->id},
                {tr("ARN"), policy->arn},
                {tr("Type"), OrganizationPolicy::typeName(policy->type)},
                {tr("Description"), policy->description},
                {tr("Managed by"), managedText(policy->awsManaged)}});
    QTabWidget* tabs = addTabs();
    // Read here; a customer's own policy is changed with Edit policy.
    auto* editor = new PolicyEditor(tabs);
    editor->setObjectName(QStringLiteral("OrganizationPolicyContent"));
    editor->setDocumentKind(policy->type == OrganizationPolicy::Type::ServiceControl
                                ? PolicyEditor::DocumentKind::ServiceControl
                                : PolicyEditor::DocumentKind::ResourceControl);
    editor->setText(consoleJson(policy->content));
    editor->setReadOnly(true);
    tabs->addTab(editor, tr("Content"));
    tabs->addTab(
        guarded(
            organizationsAction("ListTargetsForPolicy", policy->arn),
            [&]() -> QWidget* {
                QList<QStringList> rows;
                for (const OrganizationTarget& target : m_directory->targetsForPolicy(policy->id))
                    rows << QStringList{target.name, targetTypeText(target.type), target.id};
                auto* table = makeTable({tr("Target name"), tr("Type"), tr("ID")}, rows, nullptr);
                table->setObjectName(QStringLiteral("OrganizationPolicyTargets"));
                return table;
            }),
        tr("Targets"));
}

void DetailPane::showMemberAccount(const QString& accountId)
{
    const auto member = m_directory->memberAccount(accountId);
    const QString management = m_directory->managementAccountId();
    if (!member || management.isEmpty())
        return;
    // The summary above is IAM's; this part is the organization's (DescribeAccount).
    const Authorization answer = m_session->authorize(
        ConsoleAction::describeAccount(OrganizationIds::accountArn(management, accountId)));
    if (!answer.allowed())
        return;
    auto* box = new QGroupBox(tr("Organization"), m_page);
    box->setObjectName(QStringLiteral("OrganizationSummary"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("Account name"), new QLabel(member->name, box));
    form->addRow(tr("Email"), new QLabel(member->email, box));
    form->addRow(tr("Joined"), new QLabel(formatDate(member->joinedAt), box));
    form->addRow(
        tr("Role in the organization"),
        new QLabel(accountId == management ? tr("Management account") : tr("Member account"), box));
    const auto parent = m_directory->organizationTarget(m_directory->parentOf(accountId));
    auto* parentLabel =
        new QLabel(parent ? tr("%1 (%2)").arg(parent->name, parent->id) : QString(), box);
    parentLabel->setObjectName(QStringLiteral("AccountParent"));
    form->addRow(tr("Parent"), parentLabel);
    m_layout->insertWidget(m_layout->count() - 1, box); // above the stretch
    auto* policies = new QGroupBox(tr("Service and resource control policies"), m_page);
    policies->setObjectName(QStringLiteral("AccountOrganizationPolicies"));
    auto* layout = new QVBoxLayout(policies);
    layout->addWidget(
        attachedPoliciesTab(accountId, OrganizationIds::accountArn(management, accountId)));
    m_layout->insertWidget(m_layout->count() - 1, policies);
}

void DetailPane::showSamlProvider(const QString& arn)
{
    clear();
    const auto provider = m_directory->samlProvider(arn);
    if (!provider) {
        showNothing();
        return;
    }
    addTitle(provider->name, tr("SAML identity provider"));
    if (!permitted(ConsoleAction::getSamlProvider(arn)))
        return;
    const auto date = [](const QDateTime& time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    };
    QList<QPair<QString, QString>> fields{{tr("ARN"), arn},
                                          {tr("Created"), date(provider->createDate)},
                                          {tr("Valid until"), date(provider->validUntil)}};
    const auto metadata = SamlMetadata::parse(provider->metadataDocument.toUtf8());
    if (metadata) {
        fields.append({tr("Entity ID (issuer)"), metadata->entityId()});
        for (const SamlCertificate& certificate : metadata->signingCertificates())
            fields.append(
                {tr("Signing certificate"),
                 tr("%1, expires %2").arg(certificate.subject(), date(certificate.notAfter()))});
    } else {
        fields.append({tr("Metadata"), metadata.error().message()});
    }
    addSummary(fields);
    auto* document = new QPlainTextEdit(provider->metadataDocument, m_page);
    document->setObjectName(QStringLiteral("SamlMetadataDocument"));
    document->setAccessibleName(tr("Metadata document"));
    document->setReadOnly(true);
    document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_layout->addWidget(document, 1);
}

void DetailPane::showUser(const QString& accountId, const QString& name)
{
    clear();
    const auto user = m_directory->user(accountId, name);
    if (!user) {
        showNothing();
        return;
    }
    addTitle(user->name, tr("IAM user"));
    const QString arn = user->arn().toString();
    if (!permitted(ConsoleAction::getUser(arn)))
        return;
    const auto profile = m_directory->loginProfile(accountId, user->name);
    addSummary({{tr("ARN"), user->arn().toString()},
                {tr("User ID"), user->userId},
                {tr("Path"), user->path},
                {tr("Created"), formatDate(user->createDate)},
                {tr("Console access"), profile ? tr("Enabled") : tr("Disabled")},
                {tr("Permissions boundary"), user->permissionsBoundaryArn},
                {tr("Tags"), tagsText(user->tags)}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(guarded(ConsoleAction::listAttachedUserPolicies(arn),
                         [&] { return permissionsTab(EntityKind::User, accountId, user->name); }),
                 tr("Permissions"));
    tabs->addTab(
        guarded(ConsoleAction::listAttachedUserPolicies(arn),
                [&] { return effectivePermissionsTab(EntityKind::User, accountId, user->name); }),
        tr("Effective permissions"));
    tabs->addTab(guarded(ConsoleAction::listGroupsForUser(arn),
                         [&] { return userGroupsTab(accountId, user->name); }),
                 tr("Groups"));
    tabs->addTab(guarded(ConsoleAction::listAccessKeys(arn),
                         [&] { return securityCredentialsTab(accountId, user->name); }),
                 tr("Security credentials"));
}

void DetailPane::showGroup(const QString& accountId, const QString& name)
{
    clear();
    const auto group = m_directory->group(accountId, name);
    if (!group) {
        showNothing();
        return;
    }
    addTitle(group->name, tr("IAM user group"));
    const QString arn = group->arn().toString();
    if (!permitted(ConsoleAction::getGroup(arn)))
        return;
    addSummary({{tr("ARN"), group->arn().toString()},
                {tr("Group ID"), group->groupId},
                {tr("Path"), group->path},
                {tr("Created"), formatDate(group->createDate)}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(groupUsersTab(accountId, group->name), tr("Users"));
    tabs->addTab(guarded(ConsoleAction::listAttachedGroupPolicies(arn),
                         [&] { return permissionsTab(EntityKind::Group, accountId, group->name); }),
                 tr("Permissions"));
    tabs->addTab(
        guarded(ConsoleAction::listAttachedGroupPolicies(arn),
                [&] { return effectivePermissionsTab(EntityKind::Group, accountId, group->name); }),
        tr("Effective permissions"));
}

void DetailPane::showRole(const QString& accountId, const QString& name)
{
    clear();
    const auto role = m_directory->role(accountId, name);
    if (!role) {
        showNothing();
        return;
    }
    addTitle(role->name, tr("IAM role"));
    const QString arn = role->arn().toString();
    if (!permitted(ConsoleAction::getRole(arn)))
        return;
    addSummary({{tr("ARN"), role->arn().toString()},
                {tr("Role ID"), role->roleId},
                {tr("Path"), role->path},
                {tr("Description"), role->description},
                {tr("Created"), formatDate(role->createDate)},
                {tr("Maximum session duration"), hours(role->maxSessionDuration)},
                {tr("Permissions boundary"), role->permissionsBoundaryArn},
                {tr("Tags"), tagsText(role->tags)}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(guarded(ConsoleAction::listAttachedRolePolicies(arn),
                         [&] { return permissionsTab(EntityKind::Role, accountId, role->name); }),
                 tr("Permissions"));
    tabs->addTab(
        guarded(ConsoleAction::listAttachedRolePolicies(arn),
                [&] { return effectivePermissionsTab(EntityKind::Role, accountId, role->name); }),
        tr("Effective permissions"));

    QList<QStringList> principals;
    for (const TrustedPrincipal& p : TrustedPrincipals::fromTrustPolicy(role->trustPolicy))
        principals << QStringList{p.type, p.value};
    auto* trustedLabel = new QLabel(tr("Trusted entities"), m_page);
    tabs->addTab(
        column(tabs, {trustedLabel, makeTable({tr("Type"), tr("Principal")}, principals, tabs),
                      makeJsonView(role->trustPolicy, tr("Trust policy"), tabs)}),
        tr("Trust relationships"));

    auto* duration = new QLabel(
        tr("Users and applications that switch to this role get temporary credentials for at "
           "most %1. It can be set from 1 to 12 hours; a switch from the console lasts no longer "
           "than what is left of the user's own session.")
            .arg(hours(role->maxSessionDuration)),
        tabs);
    duration->setWordWrap(true);
    duration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    tabs->addTab(column(tabs, {duration}), tr("Maximum session duration"));
}

void DetailPane::showPolicy(const QString& arn)
{
    clear();
    const auto policy = m_directory->policy(arn);
    if (!policy) {
        showNothing();
        return;
    }
    addTitle(policy->name,
             policy->isAwsManaged() ? tr("AWS managed policy") : tr("Customer managed policy"));
    if (!permitted(ConsoleAction::getPolicy(arn)))
        return;
    addSummary({{tr("ARN"), policy->arn},
                {tr("Policy ID"), policy->policyId},
                {tr("Path"), policy->path},
                {tr("Description"), policy->description},
                {tr("Default version"), policy->defaultVersionId},
                {tr("Created"), formatDate(policy->createDate)},
                {tr("Edited"), formatDate(policy->updateDate)}});
    QTabWidget* tabs = addTabs();
    tabs->addTab(guarded(ConsoleAction::getPolicyVersion(arn),
                         [&]() -> QWidget* {
                             const auto version = m_directory->defaultPolicyVersion(arn);
                             return makeJsonView(version ? version->document : QString(),
                                                 tr("Policy document"), tabs);
                         }),
                 tr("Policy document"));
    tabs->addTab(
        guarded(ConsoleAction::listPolicyVersions(arn),
                [&]() -> QWidget* {
                    QList<QStringList> versions;
                    for (const PolicyVersion& v : m_directory->policyVersions(arn))
                        versions << QStringList{v.versionId,
                                                v.isDefault ? tr("Default") : QString(),
                                                formatDate(v.createDate)};
                    return makeTable({tr("Version"), tr("Default"), tr("Created")}, versions, tabs);
                }),
        tr("Policy versions"));
    tabs->addTab(
        guarded(
            ConsoleAction::listEntitiesForPolicy(arn),
            [&]() -> QWidget* {
                QList<QStringList> attached;
                for (const Directory::EntityRef& ref : m_directory->policyAttachments(arn))
                    attached << QStringList{ref.name, entityKindName(ref.kind), ref.accountId};
                return makeTable({tr("Entity name"), tr("Type"), tr("Account")}, attached, tabs);
            }),
        tr("Entities attached"));
}

QWidget* DetailPane::permissionsTab(EntityKind kind, const QString& accountId, const QString& name)
{
    const PolicySet set =
        kind == EntityKind::User   ? PolicySet::forUser(*m_directory, accountId, name)
        : kind == EntityKind::Role ? PolicySet::forRole(*m_directory, accountId, name)
                                   : PolicySet::forGroup(*m_directory, accountId, name);
    QList<QStringList> rows;
    auto typeOf = [](const PolicySet::Named& p) {
        return p.isInline       ? tr("Customer inline")
               : p.isAwsManaged ? tr("AWS managed")
                                : tr("Customer managed");
    };
    for (const PolicySet::Named& p : set.identityPolicies)
        rows << QStringList{p.policyName, typeOf(p),
                            !p.viaGroup.isEmpty() ? tr("Group %1").arg(p.viaGroup)
                            : p.isInline          ? tr("Inline")
                                                  : tr("Attached directly")};
    auto* table = makeTable({tr("Policy name"), tr("Type"), tr("Attached via")}, rows, nullptr);
    table->setObjectName(QStringLiteral("PermissionsTable"));
    return table;
}

QWidget* DetailPane::userGroupsTab(const QString& accountId, const QString& name)
{
    QList<QStringList> rows;
    for (const Group& g : m_directory->groupsForUser(accountId, name))
        rows << QStringList{g.name, g.arn().toString()};
    auto* table = makeTable({tr("Group name"), tr("ARN")}, rows, nullptr);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table, accountId](int row, int) {
        Q_EMIT entityActivated(EntityKind::Group, accountId, table->item(row, 0)->text());
    });
    return table;
}

QWidget* DetailPane::groupUsersTab(const QString& accountId, const QString& name)
{
    QList<QStringList> rows;
    for (const User& u : m_directory->usersInGroup(accountId, name))
        rows << QStringList{u.name, u.arn().toString(), formatDate(u.createDate)};
    auto* table = makeTable({tr("User name"), tr("ARN"), tr("Created")}, rows, nullptr);
    table->setObjectName(QStringLiteral("GroupUsersTable"));
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table, accountId](int row, int) {
        Q_EMIT entityActivated(EntityKind::User, accountId, table->item(row, 0)->text());
    });
    return table;
}

QWidget* DetailPane::securityCredentialsTab(const QString& accountId, const QString& name)
{
    auto* panel = new SecurityCredentialsPanel(m_session, m_services);
    panel->showUser(accountId, name);
    return panel;
}
