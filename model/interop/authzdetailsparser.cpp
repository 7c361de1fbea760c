#include "interop/authzdetailsparser.h"

#include "iam/arn.h"
#include "interop/authzdetailsformat.h"

#include <QJsonDocument>

#include <utility>

namespace {
QString member(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString element(const QString& path, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

QString arnAccount(const QString& arn)
{
    const auto parsed = Arn::parse(arn);
    return parsed ? parsed->account() : QString();
}

// The error of the first failed result, if any: a detail is read whole or not at all.
template <typename... Results>
const IamError* firstError(const Results&... results)
{
    const IamError* found = nullptr;
    ((found = found ? found : (results.ok() ? nullptr : &results.error())), ...);
    return found;
}

// 1-based line and column of a byte offset, for a JSON syntax error.
QString lineAndColumn(const QByteArray& json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QStringLiteral("%1:%2").arg(line).arg(column);
}
} // namespace

AuthzDetailsParser::AuthzDetailsParser(QString fileName)
    : m_file(std::move(fileName))
{}

QString AuthzDetailsParser::errorCode()
{
    return QStringLiteral("MalformedImportFile");
}

IamError AuthzDetailsParser::malformed(const QString& fileName, const QString& path,
                                       const QString& problem)
{
    return {errorCode(), tr("%1: %2: %3").arg(fileName, path, problem), 400};
}

IamError AuthzDetailsParser::error(const QString& path, const QString& problem) const
{
    return malformed(m_file, path, problem);
}

Result<AuthzDetails> AuthzDetailsParser::parse(const QByteArray& json, const QString& fileName)
{
    const AuthzDetailsParser parser(fileName);
    QJsonParseError syntax;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &syntax);
    if (syntax.error != QJsonParseError::NoError)
        return parser.error(lineAndColumn(json, syntax.offset),
                            tr("not valid JSON: %1").arg(syntax.errorString()));
    if (!doc.isObject())
        return parser.error(QStringLiteral("$"), tr("expected a JSON object at the top"));
    const QJsonObject top = doc.object();

    AuthzDetails details;
    const auto users = parser.list(top, QStringLiteral("UserDetailList"), {});
    if (!users)
        return users.error();
    for (qsizetype i = 0; i < users->size(); ++i) {
        auto entry = parser.user(users->at(i), element(QStringLiteral("UserDetailList"), i));
        if (!entry)
            return entry.error();
        details.users.append(std::move(entry).value());
    }
    const auto groups = parser.list(top, QStringLiteral("GroupDetailList"), {});
    if (!groups)
        return groups.error();
    for (qsizetype i = 0; i < groups->size(); ++i) {
        auto entry = parser.group(groups->at(i), element(QStringLiteral("GroupDetailList"), i));
        if (!entry)
            return entry.error();
        details.groups.append(std::move(entry).value());
    }
    const auto roles = parser.list(top, QStringLiteral("RoleDetailList"), {});
    if (!roles)
        return roles.error();
    for (qsizetype i = 0; i < roles->size(); ++i) {
        auto entry = parser.role(roles->at(i), element(QStringLiteral("RoleDetailList"), i));
        if (!entry)
            return entry.error();
        details.roles.append(std::move(entry).value());
    }
    const auto policies = parser.list(top, QStringLiteral("Policies"), {});
    if (!policies)
        return policies.error();
    for (qsizetype i = 0; i < policies->size(); ++i) {
        auto entry = parser.policy(policies->at(i), element(QStringLiteral("Policies"), i));
        if (!entry)
            return entry.error();
        details.policies.append(std::move(entry).value());
    }
    return details;
}

Result<AuthzDetails::UserEntry> AuthzDetailsParser::user(const QJsonValue& value,
                                                         const QString& path) const
{
    const auto o = object(value, path);
    if (!o)
        return o.error();
    AuthzDetails::UserEntry entry;
    entry.where = {m_file, path};
    const auto name = string(*o, QStringLiteral("UserName"), path, true);
    const auto userPath = string(*o, QStringLiteral("Path"), path, false);
    const auto id = string(*o, QStringLiteral("UserId"), path, false);
    const auto arn = string(*o, QStringLiteral("Arn"), path, false);
    const auto created = date(*o, QStringLiteral("CreateDate"), path);
    const auto tagList = tags(*o, path);
    const auto groupList = list(*o, QStringLiteral("GroupList"), path);
    auto policyLinks = links(*o, path, QStringLiteral("UserPolicyList"));
    if (const IamError* e =
            firstError(name, userPath, id, arn, created, tagList, groupList, policyLinks))
        return *e;
    entry.user.name = *name;
    entry.user.path = userPath->isEmpty() ? QStringLiteral("/") : *userPath;
    entry.user.userId = *id;
    entry.user.createDate = *created;
    entry.user.tags = *tagList;
    entry.arnAccount = arnAccount(*arn);
    for (qsizetype i = 0; i < groupList->size(); ++i) {
        if (!groupList->at(i).isString())
            return error(element(member(path, QStringLiteral("GroupList")), i),
                         tr("expected a group name"));
        entry.groups << groupList->at(i).toString();
    }
    entry.links = std::move(policyLinks).value();
    return entry;
}

Result<AuthzDetails::GroupEntry> AuthzDetailsParser::group(const QJsonValue& value,
                                                           const QString& path) const
{
    const auto o = object(value, path);
    if (!o)
        return o.error();
    AuthzDetails::GroupEntry entry;
    entry.where = {m_file, path};
    const auto name = string(*o, QStringLiteral("GroupName"), path, true);
    const auto groupPath = string(*o, QStringLiteral("Path"), path, false);
    const auto id = string(*o, QStringLiteral("GroupId"), path, false);
    const auto arn = string(*o, QStringLiteral("Arn"), path, false);
    const auto created = date(*o, QStringLiteral("CreateDate"), path);
    auto policyLinks = links(*o, path, QStringLiteral("GroupPolicyList"));
    if (const IamError* e = firstError(name, groupPath, id, arn, created, policyLinks))
        return *e;
    entry.group.name = *name;
    entry.group.path = groupPath->isEmpty() ? QStringLiteral("/") : *groupPath;
    entry.group.groupId = *id;
    entry.group.createDate = *created;
    entry.arnAccount = arnAccount(*arn);
    entry.links = std::move(policyLinks).value();
    return entry;
}

Result<AuthzDetails::RoleEntry> AuthzDetailsParser::role(const QJsonValue& value,
                                                         const QString& path) const
{
    const auto o = object(value, path);
    if (!o)
        return o.error();
    AuthzDetails::RoleEntry entry;
    entry.where = {m_file, path};
    const auto name = string(*o, QStringLiteral("RoleName"), path, true);
    const auto rolePath = string(*o, QStringLiteral("Path"), path, false);
    const auto id = string(*o, QStringLiteral("RoleId"), path, false);
    const auto arn = string(*o, QStringLiteral("Arn"), path, false);
    const auto description = string(*o, QStringLiteral("Description"), path, false);
    const auto created = date(*o, QStringLiteral("CreateDate"), path);
    const auto trust =
        document(*o, QStringLiteral("AssumeRolePolicyDocument"), path, PolicyKind::Trust);
    const auto tagList = tags(*o, path);
    auto policyLinks = links(*o, path, QStringLiteral("RolePolicyList"));
    if (const IamError* e =
            firstError(name, rolePath, id, arn, description, created, trust, tagList, policyLinks))
        return *e;
    entry.role.name = *name;
    entry.role.path = rolePath->isEmpty() ? QStringLiteral("/") : *rolePath;
    entry.role.roleId = *id;
    entry.role.description = *description;
    entry.role.createDate = *created;
    entry.role.trustPolicy = *trust;
    entry.role.tags = *tagList;
    // Not part of the detail list, but written by the export so that nothing is lost.
    const QJsonValue duration = o->value(QStringLiteral("MaxSessionDuration"));
    if (!duration.isUndefined() && !duration.isNull()) {
        if (!duration.isDouble())
            return error(member(path, QStringLiteral("MaxSessionDuration")),
                         tr("expected a number of seconds"));
        entry.role.maxSessionDuration = duration.toInt();
    }
    entry.arnAccount = arnAccount(*arn);
    entry.links = std::move(policyLinks).value();
    return entry;
}

Result<AuthzDetails::PolicyEntry> AuthzDetailsParser::policy(const QJsonValue& value,
                                                             const QString& path) const
{
    const auto o = object(value, path);
    if (!o)
        return o.error();
    AuthzDetails::PolicyEntry entry;
    entry.where = {m_file, path};
    const auto name = string(*o, QStringLiteral("PolicyName"), path, true);
    const auto policyPath = string(*o, QStringLiteral("Path"), path, false);
    const auto id = string(*o, QStringLiteral("PolicyId"), path, false);
    const auto arn = string(*o, QStringLiteral("Arn"), path, false);
    const auto description = string(*o, QStringLiteral("Description"), path, false);
    const auto created = date(*o, QStringLiteral("CreateDate"), path);
    const auto updated = date(*o, QStringLiteral("UpdateDate"), path);
    auto versionList = versions(*o, path);
    if (const IamError* e =
            firstError(name, policyPath, id, arn, description, created, updated, versionList))
        return *e;
    entry.policy.name = *name;
    entry.policy.path = policyPath->isEmpty() ? QStringLiteral("/") : *policyPath;
    entry.policy.policyId = *id;
    entry.policy.description = *description;
    entry.policy.createDate = *created;
    entry.policy.updateDate = *updated;
    entry.arn = *arn;
    entry.arnAccount = arnAccount(*arn);
    entry.versions = std::move(versionList).value();

    // The default is the version marked so; DefaultVersionId decides when none is.
    const auto defaultId = string(*o, QStringLiteral("DefaultVersionId"), path, false);
    if (!defaultId)
        return defaultId.error();
    int marked = 0;
    for (const PolicyVersion& version : std::as_const(entry.versions))
        marked += version.isDefault ? 1 : 0;
    if (marked == 0)
        for (PolicyVersion& version : entry.versions)
            if (version.versionId == *defaultId) {
                version.isDefault = true;
                marked = 1;
            }
    if (marked != 1)
        return error(
            member(path, QStringLiteral("PolicyVersionList")),
            tr("%n versions are marked as the default; exactly one must be", nullptr, marked));
    for (const PolicyVersion& version : std::as_const(entry.versions))
        if (version.isDefault)
            entry.policy.defaultVersionId = version.versionId;
    return entry;
}

Result<QList<PolicyVersion>> AuthzDetailsParser::versions(const QJsonObject& object,
                                                          const QString& path) const
{
    const QString listPath = member(path, QStringLiteral("PolicyVersionList"));
    const auto items = list(object, QStringLiteral("PolicyVersionList"), path);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return error(listPath, tr("a managed policy needs at least one version"));
    QList<PolicyVersion> out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString itemPath = element(listPath, i);
        const auto o = this->object(items->at(i), itemPath);
        if (!o)
            return o.error();
        const auto id = string(*o, QStringLiteral("VersionId"), itemPath, true);
        if (!id)
            return id.error();
        const auto text = document(*o, QStringLiteral("Document"), itemPath, PolicyKind::Identity);
        if (!text)
            return text.error();
        const auto created = date(*o, QStringLiteral("CreateDate"), itemPath);
        if (!created)
            return created.error();
        const QJsonValue isDefault = o->value(QStringLiteral("IsDefaultVersion"));
        if (!isDefault.isUndefined() && !isDefault.isBool())
            return error(member(itemPath, QStringLiteral("IsDefaultVersion")),
                         tr("expected true or false"));
        out.append({*id, *text, isDefault.toBool(), *created});
    }
    return out;
}

Result<AuthzDetails::Links> AuthzDetailsParser::links(const QJsonObject& object,
                                                      const QString& path,
                                                      const QString& inlineKey) const
{
    AuthzDetails::Links out;
    const auto inlines = list(object, inlineKey, path);
    if (!inlines)
        return inlines.error();
    for (qsizetype i = 0; i < inlines->size(); ++i) {
        const QString itemPath = element(member(path, inlineKey), i);
        const auto o = this->object(inlines->at(i), itemPath);
        if (!o)
            return o.error();
        const auto name = string(*o, QStringLiteral("PolicyName"), itemPath, true);
        if (!name)
            return name.error();
        const auto text =
            document(*o, QStringLiteral("PolicyDocument"), itemPath, PolicyKind::Identity);
        if (!text)
            return text.error();
        out.inlinePolicies.append({*name, *text});
        out.inlineLocations.append({m_file, itemPath});
    }
    const QString attachedKey = QStringLiteral("AttachedManagedPolicies");
    const auto attached = list(object, attachedKey, path);
    if (!attached)
        return attached.error();
    for (qsizetype i = 0; i < attached->size(); ++i) {
        const QString itemPath = element(member(path, attachedKey), i);
        const auto o = this->object(attached->at(i), itemPath);
        if (!o)
            return o.error();
        const auto arn = string(*o, QStringLiteral("PolicyArn"), itemPath, true);
        if (!arn)
            return arn.error();
        out.attached.append({*arn, {m_file, itemPath}});
    }
    const QString boundaryKey = QStringLiteral("PermissionsBoundary");
    const QJsonValue boundary = object.value(boundaryKey);
    if (!boundary.isUndefined() && !boundary.isNull()) {
        const QString boundaryPath = member(path, boundaryKey);
        const auto o = this->object(boundary, boundaryPath);
        if (!o)
            return o.error();
        const auto arn = string(*o, QStringLiteral("PermissionsBoundaryArn"), boundaryPath, true);
        if (!arn)
            return arn.error();
        out.boundary = AuthzDetails::PolicyRef{*arn, {m_file, boundaryPath}};
    }
    return out;
}

Result<TagList> AuthzDetailsParser::tags(const QJsonObject& object, const QString& path) const
{
    const auto items = list(object, QStringLiteral("Tags"), path);
    if (!items)
        return items.error();
    TagList out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QString itemPath = element(member(path, QStringLiteral("Tags")), i);
        const auto o = this->object(items->at(i), itemPath);
        if (!o)
            return o.error();
        const auto key = string(*o, QStringLiteral("Key"), itemPath, true);
        if (!key)
            return key.error();
        const auto value = string(*o, QStringLiteral("Value"), itemPath, false);
        if (!value)
            return value.error();
        out.append({*key, *value});
    }
    return out;
}

Result<QJsonObject> AuthzDetailsParser::object(const QJsonValue& value, const QString& path) const
{
    if (!value.isObject())
        return error(path, tr("expected a JSON object"));
    return value.toObject();
}

Result<QJsonArray> AuthzDetailsParser::list(const QJsonObject& parent, const QString& key,
                                            const QString& path) const
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (value.isArray())
        return value.toArray();
    // AWS's own documented example has AttachedManagedPolicies as one object.
    if (value.isObject())
        return QJsonArray{value};
    return error(member(path, key), tr("expected a list"));
}

Result<QString> AuthzDetailsParser::string(const QJsonObject& parent, const QString& key,
                                           const QString& path, bool required) const
{
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return error(member(path, key), tr("missing"));
        return QString();
    }
    if (!value.isString())
        return error(member(path, key), tr("expected a string"));
    if (required && value.toString().isEmpty())
        return error(member(path, key), tr("empty"));
    return value.toString();
}

Result<QDateTime> AuthzDetailsParser::date(const QJsonObject& parent, const QString& key,
                                           const QString& path) const
{
    const auto text = string(parent, key, path, false);
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QDateTime();
    const QDateTime time = AuthzDetailsFormat::parseDate(*text);
    if (!time.isValid())
        return error(member(path, key),
                     tr("'%1' is not a date such as 2013-10-14T18:32:24Z").arg(*text));
    return time;
}

Result<QString> AuthzDetailsParser::document(const QJsonObject& parent, const QString& key,
                                             const QString& path, PolicyKind kind) const
{
    const QString documentPath = member(path, key);
    const QJsonValue value = parent.value(key);
    if (value.isUndefined() || value.isNull())
        return error(documentPath, tr("missing"));
    const auto json = AuthzDetailsFormat::documentObject(value);
    if (!json)
        return error(documentPath,
                     tr("expected a policy document, as a JSON object or a URL-encoded string"));
    const QString text = AuthzDetailsFormat::documentText(*json);
    // The grammar only: the file holds what AWS accepted under the account's quotas.
    if (auto parsed = PolicyDocument::parseIgnoringSize(text, kind); !parsed)
        return error(documentPath, parsed.error().toString());
    return text;
}
