#include "interop/authzdetailsimporter.h"

#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "iam/organizationids.h"
#include "interop/authzdetailsparser.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace {
IamError wrapped(const AuthzDetails::Location& where, const IamError& error)
{
    return AuthzDetailsParser::malformed(where.file, where.path, error.toString());
}
} // namespace

AuthzDetailsImporter::AuthzDetailsImporter(Directory& directory)
    : m_directory(directory)
{}

QString AuthzDetailsImporter::accountNotEmptyCode()
{
    return QStringLiteral("AccountNotEmpty");
}

Result<QList<AuthzDetailsImporter::Source>>
AuthzDetailsImporter::readFiles(const QStringList& paths)
{
    QList<Source> sources;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return AuthzDetailsParser::malformed(path, QStringLiteral("$"),
                                                 tr("cannot be read: %1").arg(file.errorString()));
        sources.append({path, file.readAll()});
    }
    return sources;
}

Result<ImportSummary> AuthzDetailsImporter::importFiles(const QStringList& paths,
                                                        const Options& options)
{
    const auto sources = readFiles(paths);
    if (!sources)
        return sources.error();
    return importSources(sources.value(), options);
}

Result<ImportSummary> AuthzDetailsImporter::importSources(const QList<Source>& sources,
                                                          const Options& options)
{
    const auto planned = plan(sources, options);
    if (!planned)
        return planned.error();
    return apply(planned.value());
}

namespace {
// In order, each once.
void appendOnce(QList<ConsoleAction>& actions, const ConsoleAction& action)
{
    if (!actions.contains(action))
        actions.append(action);
}
} // namespace

Result<ImportPlan> AuthzDetailsImporter::plan(const QList<Source>& sources, const Options& options)
{
    ImportPlan plan;
    for (const Source& source : sources) {
        const auto page = AuthzDetailsParser::parse(source.json, source.name);
        if (!page)
            return page.error();
        plan.details.append(page.value());
    }
    const auto accountId = chooseAccount(plan.details, options.accountId);
    if (!accountId)
        return accountId.error();
    m_accountId = accountId.value();
    plan.accountId = m_accountId;
    plan.replace = options.replace;
    plan.accessRole = options.accessRole;
    if (m_directory.isEmpty()) {
        plan.target = ImportPlan::Target::FirstAccount;
    } else if (!m_directory.findAccount(m_accountId)) {
        plan.target = ImportPlan::Target::NewAccount;
        plan.actions = {ConsoleAction::createAccount()};
    } else {
        plan.target = ImportPlan::Target::ExistingAccount;
        if (options.replace)
            plan.actions = replaceActions(plan.details);
        for (const ConsoleAction& action : createActions(plan.details))
            appendOnce(plan.actions, action);
    }
    if (plan.target == ImportPlan::Target::ExistingAccount) {
        for (auto it = plan.actions.crbegin(); it != plan.actions.crend(); ++it)
            appendOnce(plan.undoActions, it->inverse());
    } else {
        // The organization's management account is the first one (the directory's rule).
        const QString management = plan.target == ImportPlan::Target::FirstAccount
                                       ? m_accountId
                                       : m_directory.managementAccountId();
        plan.undoActions = {
            ConsoleAction::closeAccount(OrganizationIds::accountArn(management, m_accountId))};
    }
    return plan;
}

QStringList AuthzDetailsImporter::keptRoles(const AuthzDetails& details) const
{
    const auto role = m_directory.role(m_accountId, OrganizationAccessRole::roleName());
    if (!role || !OrganizationAccessRole::isAdded(*role))
        return {};
    for (const auto& entry : details.roles)
        if (belongs(entry.arnAccount) &&
            entry.role.name.compare(role->name, Qt::CaseInsensitive) == 0)
            return {}; // the files' own role replaces it
    return {role->name};
}

QList<ConsoleAction> AuthzDetailsImporter::replaceActions(const AuthzDetails& details) const
{
    QList<ConsoleAction> actions;
    const auto linked = [&](EntityKind kind, const QString& name, const QString& arn) {
        if (!m_directory.attachedPolicies(kind, m_accountId, name).isEmpty())
            appendOnce(actions, ConsoleAction::detachPolicy(kind, arn));
        if (!m_directory.inlinePolicies(kind, m_accountId, name).isEmpty())
            appendOnce(actions, ConsoleAction::deleteInlinePolicy(kind, arn));
    };
    for (const User& user : m_directory.users(m_accountId)) {
        const QString arn = user.arn().toString();
        for (const Group& group : m_directory.groupsForUser(m_accountId, user.name))
            appendOnce(actions, ConsoleAction::removeUserFromGroup(group.arn().toString()));
        linked(EntityKind::User, user.name, arn);
        if (m_directory.loginProfile(m_accountId, user.name))
            appendOnce(actions, ConsoleAction::deleteLoginProfile(arn));
        appendOnce(actions, ConsoleAction::deleteUser(arn));
    }
    const QStringList kept = keptRoles(details);
    for (const Role& role : m_directory.roles(m_accountId)) {
        if (kept.contains(role.name))
            continue;
        const QString arn = role.arn().toString();
        linked(EntityKind::Role, role.name, arn);
        appendOnce(actions, ConsoleAction::deleteRole(arn));
    }
    for (const Group& group : m_directory.groups(m_accountId)) {
        const QString arn = group.arn().toString();
        linked(EntityKind::Group, group.name, arn);
        appendOnce(actions, ConsoleAction::deleteGroup(arn));
    }
    for (const ManagedPolicy& policy : m_directory.policies(m_accountId)) {
        if (m_directory.policyVersions(policy.arn).size() > 1)
            appendOnce(actions, ConsoleAction::deletePolicyVersion(policy.arn));
        appendOnce(actions, ConsoleAction::deletePolicy(policy.arn));
    }
    return actions;
}

QList<ConsoleAction> AuthzDetailsImporter::createActions(const AuthzDetails& details) const
{
    QList<ConsoleAction> actions;
    for (const auto& entry : details.policies) {
        const bool awsManaged = entry.arnAccount == QLatin1String("aws");
        if (!awsManaged && !belongs(entry.arnAccount))
            continue;
        const QString arn = storedPolicyArn(entry);
        if (awsManaged && m_directory.policy(arn))
            continue; // kept as it is
        appendOnce(actions, ConsoleAction::createPolicy(arn));
        if (entry.versions.size() > 1)
            appendOnce(actions, ConsoleAction::createPolicyVersion(arn));
    }
    QHash<QString, QString> groupArns; // lower-case name -> ARN
    for (const auto& entry : details.groups) {
        if (!belongs(entry.arnAccount))
            continue;
        const QString arn = Arn::group(m_accountId, entry.group.path, entry.group.name).toString();
        groupArns.insert(entry.group.name.toLower(), arn);
        appendOnce(actions, ConsoleAction::createGroup(arn));
        linkActions(EntityKind::Group, arn, entry.links, actions);
    }
    for (const auto& entry : details.users) {
        if (!belongs(entry.arnAccount))
            continue;
        const QString arn = Arn::user(m_accountId, entry.user.path, entry.user.name).toString();
        appendOnce(actions, ConsoleAction::createUser(arn));
        if (!entry.user.tags.isEmpty())
            appendOnce(actions, ConsoleAction::tag(EntityKind::User, arn));
        for (const QString& group : entry.groups)
            appendOnce(actions,
                       ConsoleAction::addUserToGroup(groupArns.value(
                           group.toLower(),
                           Arn::group(m_accountId, QStringLiteral("/"), group).toString())));
        linkActions(EntityKind::User, arn, entry.links, actions);
    }
    for (const auto& entry : details.roles) {
        if (!belongs(entry.arnAccount))
            continue;
        const QString arn = Arn::role(m_accountId, entry.role.path, entry.role.name).toString();
        appendOnce(actions, ConsoleAction::createRole(arn));
        if (!entry.role.tags.isEmpty())
            appendOnce(actions, ConsoleAction::tag(EntityKind::Role, arn));
        linkActions(EntityKind::Role, arn, entry.links, actions);
    }
    return actions;
}

void AuthzDetailsImporter::linkActions(EntityKind kind, const QString& arn,
                                       const AuthzDetails::Links& links,
                                       QList<ConsoleAction>& actions) const
{
    if (!links.inlinePolicies.isEmpty())
        appendOnce(actions, ConsoleAction::putInlinePolicy(kind, arn));
    if (!links.attached.isEmpty())
        appendOnce(actions, ConsoleAction::attachPolicy(kind, arn));
    if (links.boundary)
        appendOnce(actions, ConsoleAction::putPermissionsBoundary(kind, arn));
}

Result<ImportSummary> AuthzDetailsImporter::apply(const ImportPlan& plan)
{
    m_accountId = plan.accountId;
    m_policyArns.clear();
    ImportSummary summary;
    summary.accountId = m_accountId;
    const auto stored = m_directory.runBulkChange([&]() -> Result<void> {
        const auto created = prepareAccount(plan);
        if (!created)
            return created.error();
        if (auto r = store(plan.details, summary); !r)
            return r;
        return created.value() ? addAccessRole(plan.accessRole, summary) : Result<void>();
    });
    if (!stored)
        return stored.error();
    return summary;
}

bool AuthzDetailsImporter::belongs(const QString& arnAccount) const
{
    return arnAccount == m_accountId || !NameRules::isAccountId(arnAccount);
}

Result<QString> AuthzDetailsImporter::chooseAccount(const AuthzDetails& details,
                                                    const QString& requested) const
{
    QMap<QString, int> named; // account id -> entities whose ARN names it
    const auto count = [&named](const QString& account) {
        if (NameRules::isAccountId(account))
            ++named[account];
    };
    for (const auto& e : details.users)
        count(e.arnAccount);
    for (const auto& e : details.groups)
        count(e.arnAccount);
    for (const auto& e : details.roles)
        count(e.arnAccount);
    for (const auto& e : details.policies)
        count(e.arnAccount);
    QStringList described;
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        described << tr("%1 (%n entities)", nullptr, it.value()).arg(it.key());

    if (requested.isEmpty()) {
        if (named.size() == 1)
            return named.firstKey();
        if (named.isEmpty())
            return IamError::invalidInput(
                tr("The files name no account id in their ARNs; choose the account with "
                   "--account."));
        return IamError::invalidInput(
            tr("The files hold entities of several accounts: %1. Choose one with --account.")
                .arg(described.join(QStringLiteral(", "))));
    }
    QString accountId = requested.trimmed();
    if (!NameRules::isAccountId(accountId)) {
        const auto existing = m_directory.findAccount(accountId);
        if (!existing)
            return IamError::invalidInput(
                tr("%1 is neither a 12-digit account id nor an alias of the directory.")
                    .arg(accountId));
        accountId = existing->id;
    }
    if (!named.isEmpty() && !named.contains(accountId))
        return IamError::invalidInput(tr("The files are of %1, not of account %2.")
                                          .arg(described.join(QStringLiteral(", ")), accountId));
    return accountId;
}

Result<bool> AuthzDetailsImporter::prepareAccount(const ImportPlan& plan)
{
    const bool exists = m_directory.findAccount(m_accountId).has_value();
    // The plan was authorized for what the directory was then: it must still be so.
    if (exists != (plan.target == ImportPlan::Target::ExistingAccount) ||
        (plan.target == ImportPlan::Target::FirstAccount && !m_directory.isEmpty()))
        return IamError::undoConflict(
            tr("The directory changed since the import was planned; import again."));
    if (!exists) {
        const auto created = m_directory.createAccount(m_accountId);
        if (!created)
            return created.error();
        return true;
    }
    // The role the organization added is the way in, not the account's own: it stays.
    const QStringList kept = keptRoles(plan.details);
    const int entities = m_directory.userCount(m_accountId) + m_directory.groupCount(m_accountId) +
                         m_directory.roleCount(m_accountId) + m_directory.policyCount(m_accountId) -
                         int(kept.size());
    if (entities == 0)
        return false;
    if (!plan.replace)
        return IamError(accountNotEmptyCode(),
                        tr("Account %1 already has %n users, groups, roles or policies; import "
                           "with --replace to replace them.",
                           nullptr, entities)
                            .arg(m_accountId),
                        409);
    if (auto r = m_directory.clearAccount(m_accountId, kept); !r)
        return r.error();
    return false;
}

Result<void> AuthzDetailsImporter::addAccessRole(OrganizationAccessRole::Access access,
                                                 ImportSummary& summary)
{
    const QString management = m_directory.managementAccountId();
    if (management.isEmpty() || management == m_accountId ||
        m_directory.role(m_accountId, OrganizationAccessRole::roleName()))
        return {}; // the management account itself, or the files' own role is kept
    if (auto r = OrganizationAccessRole::create(m_directory, m_accountId, management, access); !r)
        return r;
    if (access == OrganizationAccessRole::Access::None)
        return {};
    const auto role = m_directory.role(m_accountId, OrganizationAccessRole::roleName());
    if (!role)
        return IamError::serviceFailure(
            QStringLiteral("The role %1 was created but cannot be read back.")
                .arg(OrganizationAccessRole::roleName()));
    summary.accessRoleArn = role->arn().toString();
    return {};
}

Result<void> AuthzDetailsImporter::store(const AuthzDetails& details, ImportSummary& summary)
{
    if (auto r = storePolicies(details, summary); !r)
        return r;
    QMap<QString, int> leftOut; // other accounts' entities, per account
    for (const auto& entry : details.groups) {
        if (!belongs(entry.arnAccount)) {
            ++leftOut[entry.arnAccount];
            continue;
        }
        Group group = entry.group;
        group.accountId = m_accountId;
        const auto stored = m_directory.importGroup(group);
        if (!stored)
            return wrapped(entry.where, stored.error());
        noteIdChange(entry.where, group.groupId, stored->groupId, summary);
        if (auto r = storeLinks(EntityKind::Group, group.name, entry.links, summary); !r)
            return r;
        ++summary.groups;
    }
    for (const auto& entry : details.users) {
        if (!belongs(entry.arnAccount)) {
            ++leftOut[entry.arnAccount];
            continue;
        }
        User user = entry.user;
        user.accountId = m_accountId;
        user.permissionsBoundaryArn = resolveBoundary(entry.links, summary);
        const auto stored = m_directory.importUser(user);
        if (!stored)
            return wrapped(entry.where, stored.error());
        noteIdChange(entry.where, user.userId, stored->userId, summary);
        for (const QString& groupName : entry.groups) {
            if (!m_directory.group(m_accountId, groupName)) {
                summary.warnings << tr("%1: %2.GroupList: the group %3 is not in the files; the "
                                       "membership is left out.")
                                        .arg(entry.where.file, entry.where.path, groupName);
                continue;
            }
            if (auto r = m_directory.importMembership(m_accountId, groupName, user.name); !r)
                return wrapped(entry.where, r.error());
        }
        if (auto r = storeLinks(EntityKind::User, user.name, entry.links, summary); !r)
            return r;
        ++summary.users;
    }
    for (const auto& entry : details.roles) {
        if (!belongs(entry.arnAccount)) {
            ++leftOut[entry.arnAccount];
            continue;
        }
        Role role = entry.role;
        role.accountId = m_accountId;
        role.permissionsBoundaryArn = resolveBoundary(entry.links, summary);
        const auto stored = m_directory.importRole(role);
        if (!stored)
            return wrapped(entry.where, stored.error());
        noteIdChange(entry.where, role.roleId, stored->roleId, summary);
        if (auto r = storeLinks(EntityKind::Role, role.name, entry.links, summary); !r)
            return r;
        ++summary.roles;
    }
    for (const auto& entry : details.policies)
        if (entry.arnAccount != QLatin1String("aws") && !belongs(entry.arnAccount))
            ++leftOut[entry.arnAccount];
    for (auto it = leftOut.cbegin(); it != leftOut.cend(); ++it)
        summary.warnings << tr("%n entities of account %1 are left out: the import is of account "
                               "%2.",
                               nullptr, it.value())
                                .arg(it.key(), m_accountId);
    return {};
}

Result<void> AuthzDetailsImporter::storePolicies(const AuthzDetails& details,
                                                 ImportSummary& summary)
{
    for (const auto& entry : details.policies) {
        const bool awsManaged = entry.arnAccount == QLatin1String("aws");
        if (!awsManaged && !belongs(entry.arnAccount))
            continue;
        ManagedPolicy policy = entry.policy;
        policy.accountId = awsManaged ? QStringLiteral("aws") : m_accountId;
        policy.path = pathOfPolicy(entry);
        notePathChange(entry, summary);
        const QString arn = storedPolicyArn(entry);
        if (awsManaged && m_directory.policy(arn)) {
            m_policyArns.insert(entry.arn, arn); // shared by every account: kept as it is
            continue;
        }
        const auto stored = m_directory.importPolicy(policy, entry.versions);
        if (!stored)
            return wrapped(entry.where, stored.error());
        noteIdChange(entry.where, policy.policyId, stored->policyId, summary);
        m_policyArns.insert(entry.arn.isEmpty() ? arn : entry.arn, stored->arn);
        ++(awsManaged ? summary.awsManagedPolicies : summary.policies);
    }
    return {};
}

Result<void> AuthzDetailsImporter::storeLinks(EntityKind kind, const QString& name,
                                              const AuthzDetails::Links& links,
                                              ImportSummary& summary)
{
    for (qsizetype i = 0; i < links.inlinePolicies.size(); ++i)
        if (auto r =
                m_directory.importInlinePolicy(kind, m_accountId, name, links.inlinePolicies.at(i));
            !r)
            return wrapped(links.inlineLocations.at(i), r.error());
    for (const AuthzDetails::PolicyRef& ref : links.attached) {
        const QString arn = resolvePolicy(ref.arn);
        if (arn.isEmpty()) {
            summary.warnings << tr("%1: %2: the policy %3 is defined neither in the files nor in "
                                   "the directory; the attachment is left out.")
                                    .arg(ref.where.file, ref.where.path, ref.arn);
            continue;
        }
        if (auto r = m_directory.importAttachment(kind, m_accountId, name, arn); !r)
            return wrapped(ref.where, r.error());
    }
    return {};
}

QString AuthzDetailsImporter::pathOfPolicy(const AuthzDetails::PolicyEntry& entry)
{
    const auto arn = Arn::parse(entry.arn);
    if (!arn || arn->resourceType() != QLatin1String("policy"))
        return entry.policy.path;
    const QString resource = arn->resource();
    const qsizetype start = resource.indexOf(QLatin1Char('/'));
    return resource.mid(start, resource.lastIndexOf(QLatin1Char('/')) - start + 1);
}

QString AuthzDetailsImporter::storedPolicyArn(const AuthzDetails::PolicyEntry& entry) const
{
    const bool awsManaged = entry.arnAccount == QLatin1String("aws");
    return Arn::policy(awsManaged ? QStringLiteral("aws") : m_accountId, pathOfPolicy(entry),
                       entry.policy.name)
        .toString();
}

void AuthzDetailsImporter::notePathChange(const AuthzDetails::PolicyEntry& entry,
                                          ImportSummary& summary) const
{
    // Attachments name the policy by ARN, so the ARN's path wins over a Path that disagrees.
    const QString path = pathOfPolicy(entry);
    if (path != entry.policy.path)
        summary.warnings << tr("%1: %2.Path: %3 disagrees with the ARN %4; the ARN's path %5 is "
                               "kept.")
                                .arg(entry.where.file, entry.where.path, entry.policy.path,
                                     entry.arn, path);
}

QString AuthzDetailsImporter::resolveBoundary(const AuthzDetails::Links& links,
                                              ImportSummary& summary) const
{
    if (!links.boundary)
        return {};
    const QString arn = resolvePolicy(links.boundary->arn);
    if (arn.isEmpty())
        summary.warnings << tr("%1: %2: the boundary %3 is defined neither in the files nor in "
                               "the directory; left out.")
                                .arg(links.boundary->where.file, links.boundary->where.path,
                                     links.boundary->arn);
    return arn;
}

QString AuthzDetailsImporter::resolvePolicy(const QString& arn) const
{
    if (const auto it = m_policyArns.constFind(arn); it != m_policyArns.cend())
        return it.value();
    const auto existing = m_directory.policy(arn);
    if (existing && (existing->isAwsManaged() || existing->accountId == m_accountId))
        return existing->arn;
    return {};
}

void AuthzDetailsImporter::noteIdChange(const AuthzDetails::Location& where,
                                        const QString& recorded, const QString& stored,
                                        ImportSummary& summary) const
{
    if (recorded.isEmpty() || recorded == stored)
        return;
    summary.warnings << tr("%1: %2: the id %3 is already taken; the entity gets %4.")
                            .arg(where.file, where.path, recorded, stored);
}
