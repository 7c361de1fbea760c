#include "interop/authzdetailsimporter.h"

#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/namerules.h"
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

Result<ImportSummary> AuthzDetailsImporter::importFiles(const QStringList& paths,
                                                        const Options& options)
{
    QList<Source> sources;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return AuthzDetailsParser::malformed(path, QStringLiteral("$"),
                                                 tr("cannot be read: %1").arg(file.errorString()));
        sources.append({path, file.readAll()});
    }
    return importSources(sources, options);
}

Result<ImportSummary> AuthzDetailsImporter::importSources(const QList<Source>& sources,
                                                          const Options& options)
{
    AuthzDetails details;
    for (const Source& source : sources) {
        const auto page = AuthzDetailsParser::parse(source.json, source.name);
        if (!page)
            return page.error();
        details.append(page.value());
    }
    const auto accountId = chooseAccount(details, options.accountId);
    if (!accountId)
        return accountId.error();
    m_accountId = accountId.value();
    m_policyArns.clear();

    ImportSummary summary;
    summary.accountId = m_accountId;
    const auto stored = m_directory.runBulkChange([&]() -> Result<void> {
        const auto created = prepareAccount(m_accountId, options);
        if (!created)
            return created.error();
        if (auto r = store(details, summary); !r)
            return r;
        return created.value() ? addAccessRole(options.accessRole, summary) : Result<void>();
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

Result<bool> AuthzDetailsImporter::prepareAccount(const QString& accountId, const Options& options)
{
    if (!m_directory.findAccount(accountId)) {
        if (options.authorizeNewAccount)
            if (auto r = options.authorizeNewAccount(accountId); !r)
                return r.error();
        const auto created = m_directory.createAccount(accountId);
        if (!created)
            return created.error();
        return true;
    }
    const int entities = m_directory.userCount(accountId) + m_directory.groupCount(accountId) +
                         m_directory.roleCount(accountId) + m_directory.policyCount(accountId);
    if (entities == 0)
        return false;
    if (!options.replace)
        return IamError(accountNotEmptyCode(),
                        tr("Account %1 already has %n users, groups, roles or policies; import "
                           "with --replace to replace them.",
                           nullptr, entities)
                            .arg(accountId),
                        409);
    if (auto r = m_directory.clearAccount(accountId); !r)
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
        policy.path = pathOfPolicy(entry, summary);
        const QString arn = Arn::policy(policy.accountId, policy.path, policy.name).toString();
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

QString AuthzDetailsImporter::pathOfPolicy(const AuthzDetails::PolicyEntry& entry,
                                           ImportSummary& summary) const
{
    // Attachments name the policy by ARN, so the ARN's path wins over a Path that disagrees.
    const auto arn = Arn::parse(entry.arn);
    if (!arn || arn->resourceType() != QLatin1String("policy"))
        return entry.policy.path;
    const QString resource = arn->resource();
    const qsizetype start = resource.indexOf(QLatin1Char('/'));
    const QString path = resource.mid(start, resource.lastIndexOf(QLatin1Char('/')) - start + 1);
    if (path != entry.policy.path)
        summary.warnings << tr("%1: %2.Path: %3 disagrees with the ARN %4; the ARN's path %5 is "
                               "kept.")
                                .arg(entry.where.file, entry.where.path, entry.policy.path,
                                     entry.arn, path);
    return path;
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
