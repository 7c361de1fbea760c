#include "directory/demodirectory.h"

#include "crypto/passwordhasher.h"
#include "crypto/random.h"
#include "directory/directory.h"
#include "directory/policydocumentformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString resourcePath = QStringLiteral(":/switchboard/demo/demo-directory.json");

QString text(const QJsonObject& object, const char* key, const QString& fallback = {})
{
    return object.value(QLatin1String(key)).toString(fallback);
}

QJsonArray list(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

QString document(const QJsonObject& object, const char* key)
{
    return PolicyDocumentFormatter::format(object.value(QLatin1String(key)).toObject());
}

TagList tags(const QJsonObject& object)
{
    TagList out;
    for (const QJsonValue& tag : list(object, "tags"))
        out.append({text(tag.toObject(), "Key"), text(tag.toObject(), "Value")});
    return out;
}

// Errors name the demo element, so a broken definition says where.
IamError inDefinition(const QString& where, const IamError& error)
{
    return IamError(error.code(),
                    QStringLiteral("Demo directory, %1: %2").arg(where, error.message()),
                    error.httpStatus());
}

// Attached and inline policies of one user, group or role.
Result<void> addPolicies(Directory& directory, EntityKind kind, const QString& accountId,
                         const QJsonObject& entity)
{
    const QString name = text(entity, "name");
    for (const QJsonValue& arn : list(entity, "managedPolicies"))
        if (auto r = directory.attachPolicy(kind, accountId, name, arn.toString()); !r)
            return r;
    for (const QJsonValue& value : list(entity, "inlinePolicies")) {
        const QJsonObject policy = value.toObject();
        if (auto r = directory.putInlinePolicy(
                kind, accountId, name, {text(policy, "name"), document(policy, "document")});
            !r)
            return r;
    }
    const QString boundary = text(entity, "permissionsBoundary");
    if (!boundary.isEmpty())
        return directory.setPermissionsBoundary(kind, accountId, name, boundary);
    return {};
}

Result<void> seedPolicies(Directory& directory, const QString& accountId,
                          const QJsonObject& account)
{
    for (const QJsonValue& value : list(account, "policies")) {
        const QJsonObject policy = value.toObject();
        const auto created = directory.createPolicy(
            accountId, text(policy, "name"), document(policy, "document"),
            text(policy, "path", QStringLiteral("/")), text(policy, "description"));
        if (!created)
            return inDefinition(QStringLiteral("policy ") + text(policy, "name"), created.error());
    }
    return {};
}

Result<void> seedGroups(Directory& directory, const QString& accountId, const QJsonObject& account)
{
    for (const QJsonValue& value : list(account, "groups")) {
        const QJsonObject group = value.toObject();
        const QString where = QStringLiteral("group ") + text(group, "name");
        if (auto r = directory.createGroup(accountId, text(group, "name"),
                                           text(group, "path", QStringLiteral("/")));
            !r)
            return inDefinition(where, r.error());
        if (auto r = addPolicies(directory, EntityKind::Group, accountId, group); !r)
            return inDefinition(where, r.error());
    }
    return {};
}

Result<void> seedRoles(Directory& directory, const QString& accountId, const QJsonObject& account)
{
    for (const QJsonValue& value : list(account, "roles")) {
        const QJsonObject definition = value.toObject();
        Role role;
        role.accountId = accountId;
        role.name = text(definition, "name");
        role.path = text(definition, "path", QStringLiteral("/"));
        role.description = text(definition, "description");
        role.trustPolicy = document(definition, "trustPolicy");
        role.maxSessionDuration = definition.value(QLatin1String("maxSessionDuration"))
                                      .toInt(Quotas::RoleMaxSessionDurationDefault);
        role.tags = tags(definition);
        const QString where = QStringLiteral("role ") + role.name;
        if (auto r = directory.createRole(role); !r)
            return inDefinition(where, r.error());
        if (auto r = addPolicies(directory, EntityKind::Role, accountId, definition); !r)
            return inDefinition(where, r.error());
    }
    return {};
}

Result<void> seedUsers(Directory& directory, const QJsonObject& account, const QString& password,
                       QList<DemoDirectory::Credential>& credentials)
{
    const QString accountId = text(account, "id");
    for (const QJsonValue& value : list(account, "users")) {
        const QJsonObject definition = value.toObject();
        const QString name = text(definition, "name");
        const QString where = QStringLiteral("user ") + name;
        const auto user = directory.createUser(
            accountId, name, text(definition, "path", QStringLiteral("/")), tags(definition));
        if (!user)
            return inDefinition(where, user.error());
        for (const QJsonValue& group : list(definition, "groups"))
            if (auto r = directory.addUserToGroup(accountId, group.toString(), name); !r)
                return inDefinition(where, r.error());
        if (auto r = addPolicies(directory, EntityKind::User, accountId, definition); !r)
            return inDefinition(where, r.error());
        const QString secret = password.isEmpty() ? Random::password() : password;
        if (auto r = directory.setLoginProfile(accountId, name, PasswordHasher::hash(secret)); !r)
            return inDefinition(where, r.error());
        credentials.append({text(account, "alias", accountId), accountId, name,
                            user->arn().toString(), secret, QString()});
    }
    return {};
}

Result<void> seedRootUser(Directory& directory, const QJsonObject& account, const QString& password,
                          QList<DemoDirectory::Credential>& credentials)
{
    const QString accountId = text(account, "id");
    const QString alias = text(account, "alias", accountId);
    const QString email = DemoDirectory::rootEmail(alias);
    const QString secret = password.isEmpty() ? Random::password() : password;
    const auto root = directory.setRootUser(accountId, email, PasswordHasher::hash(secret));
    if (!root)
        return inDefinition(QStringLiteral("root user of ") + accountId, root.error());
    credentials.append({alias, accountId, QString(), root->arn(), secret, email});
    return {};
}

// The organization's units and policies: each policy created, each OU under
// the root with its accounts moved in and its policies attached.
Result<void> seedOrganization(Directory& directory, const QJsonObject& organization)
{
    for (const QJsonValue& value : list(organization, "policies")) {
        const QJsonObject policy = value.toObject();
        const auto type = OrganizationPolicy::typeFromName(text(policy, "type"));
        if (!type)
            return inDefinition(QStringLiteral("organization policy ") + text(policy, "name"),
                                IamError::invalidInput(QStringLiteral("Unknown policy type.")));
        if (auto r = directory.createOrganizationPolicy(
                text(policy, "name"), text(policy, "description"), *type,
                document(policy, "content"), text(policy, "id"));
            !r)
            return inDefinition(QStringLiteral("organization policy ") + text(policy, "name"),
                                r.error());
    }
    const QString rootId = directory.organizationRootId();
    for (const QJsonValue& value : list(organization, "organizationalUnits")) {
        const QJsonObject unit = value.toObject();
        const QString where = QStringLiteral("organizational unit ") + text(unit, "name");
        const QString id = text(unit, "id").replace(QLatin1String("{root}"), rootId.mid(2));
        if (auto r = directory.createOrganizationalUnit(rootId, text(unit, "name"), id); !r)
            return inDefinition(where, r.error());
        for (const QJsonValue& account : list(unit, "accounts"))
            if (auto r = directory.moveAccount(account.toString(), rootId, id); !r)
                return inDefinition(where, r.error());
        for (const QJsonValue& policy : list(unit, "policies"))
            if (auto r = directory.attachOrganizationPolicy(policy.toString(), id); !r)
                return inDefinition(where, r.error());
    }
    return {};
}

} // namespace

QString DemoDirectory::rootEmail(const QString& accountAlias)
{
    return QStringLiteral("root@%1.example").arg(accountAlias);
}

QByteArray DemoDirectory::builtInDefinition()
{
    QFile file(resourcePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<QList<DemoDirectory::Credential>> DemoDirectory::seed(Directory& directory,
                                                             const QString& password)
{
    return seed(directory, password, builtInDefinition());
}

namespace {

Result<QJsonObject> parseDefinition(const QByteArray& definition)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(definition, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return IamError::serviceFailure(
            QStringLiteral("The demo directory definition is not valid JSON: %1")
                .arg(error.errorString()));
    return json.object();
}

// Every part of the definition, inside the caller's transaction.
Result<void> seedDefinition(Directory& directory, const QJsonObject& definition,
                            const QString& password, QList<DemoDirectory::Credential>& credentials)
{
    const QJsonArray accounts = definition.value(QLatin1String("accounts")).toArray();
    // Accounts first: a policy or trust may name another demo account.
    for (const QJsonValue& value : accounts) {
        const QJsonObject account = value.toObject();
        if (auto r = directory.createAccount(text(account, "id"), text(account, "alias")); !r)
            return inDefinition(QStringLiteral("account ") + text(account, "id"), r.error());
    }
    for (const QJsonValue& value : accounts) {
        const QJsonObject account = value.toObject();
        const QString accountId = text(account, "id");
        if (auto r = seedPolicies(directory, accountId, account); !r)
            return r;
        if (auto r = seedGroups(directory, accountId, account); !r)
            return r;
        if (auto r = seedUsers(directory, account, password, credentials); !r)
            return r;
        if (auto r = seedRootUser(directory, account, password, credentials); !r)
            return r;
        if (auto r = seedRoles(directory, accountId, account); !r)
            return r;
    }
    return seedOrganization(directory, definition.value(QLatin1String("organization")).toObject());
}

} // namespace

Result<QList<DemoDirectory::Credential>>
DemoDirectory::seed(Directory& directory, const QString& password, const QByteArray& definition)
{
    const auto parsed = parseDefinition(definition);
    if (!parsed)
        return parsed.error();
    QList<Credential> credentials;
    const auto seeded = directory.runBulkChange(
        [&]() { return seedDefinition(directory, parsed.value(), password, credentials); });
    if (!seeded)
        return seeded.error();
    return credentials;
}

Result<std::optional<QList<DemoDirectory::Credential>>>
DemoDirectory::seedNew(Directory& directory, const QString& password, const QByteArray& definition)
{
    const auto parsed = parseDefinition(definition);
    if (!parsed)
        return parsed.error();
    QList<Credential> credentials;
    bool claimed = false;
    const auto seeded = directory.runBulkChange([&]() -> Result<void> {
        const auto claim = directory.claimFirstContents();
        if (!claim)
            return claim.error();
        // A directory that already holds accounts got them some other way: left as it is.
        claimed = claim.value() && directory.isEmpty();
        if (!claimed)
            return {};
        return seedDefinition(directory, parsed.value(), password, credentials);
    });
    if (!seeded)
        return seeded.error();
    if (!claimed)
        return std::optional<QList<Credential>>();
    return std::optional<QList<Credential>>(std::move(credentials));
}
