#include "directory/directory.h"

#include "crypto/owneronlyfile.h"
#include "crypto/passwordhasher.h"
#include "crypto/random.h"
#include "directory/accountstore.h"
#include "directory/audittrail.h"
#include "directory/awsmanagedpolicies.h"
#include "directory/changerecorder.h"
#include "directory/credentialstore.h"
#include "directory/directorycontext.h"
#include "directory/directoryerrors.h"
#include "directory/directoryrows.h"
#include "directory/identityproviderstore.h"
#include "directory/organizationstore.h"
#include "directory/postgresaddress.h"
#include "directory/rolehistory.h"
#include "directory/schemamigrator.h"
#include "directory/signinthrottle.h"
#include "directory/sqlconnection.h"
#include "directory/temporarysessionstore.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/namerules.h"
#include "iam/quotas.h"
#include "policy/policydocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

using DirectoryErrors::quotaExceeded;
using DirectoryRows::fromMs;
using DirectoryRows::idArray;
using DirectoryRows::nameKey;
using DirectoryRows::toMs;

namespace {

const QString awsAccount = QStringLiteral("aws");

// A page of an account's users, groups, roles or policies, as the WHERE and
// ORDER BY of a select and its bind values. A page is picked on the covering
// (account_id, name_key) index first, so rows skipped by OFFSET are never read
// or joined; everything at once is one ordered scan of that index.
struct AccountPage
{
    QString tail;
    QVariantList binds;
};

AccountPage accountPage(const QString& table, const QString& alias, const QString& accountId,
                        int offset, int limit)
{
    if (offset <= 0 && limit < 0)
        return {QStringLiteral("WHERE %1.account_id = ? ORDER BY %1.name_key").arg(alias),
                {accountId}};
    return {QStringLiteral("WHERE %2.id IN (SELECT id FROM %1 WHERE account_id = ?"
                           " ORDER BY name_key LIMIT ? OFFSET ?) ORDER BY %2.name_key")
                .arg(table, alias),
            {accountId, limit < 0 ? DirectoryRows::noLimit : limit, qMax(0, offset)}};
}

QString versionId(qint64 number)
{
    return QStringLiteral("v%1").arg(number);
}

std::optional<qint64> versionNumber(const QString& versionId)
{
    static const QRegularExpression re(QStringLiteral("^v([1-9][0-9]{0,8})$"));
    const auto match = re.match(versionId);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// What differs between users, groups and roles in the store and in AWS's messages.
struct KindInfo
{
    EntityKind kind;
    QString label;           // "user", as in "The user with name X cannot be found."
    QString title;           // "User", as in "User with name X already exists."
    QString table;           // the entity rows
    QString inlineTable;     // inline policies
    QString attachmentTable; // managed policy attachments
    QString tagTable;        // empty: the kind has no tags here
    int inlineSizeLimit;
    bool hasBoundary;
};

const KindInfo* kindInfo(EntityKind kind)
{
    static const KindInfo user{EntityKind::User,
                               QStringLiteral("user"),
                               QStringLiteral("User"),
                               QStringLiteral("users"),
                               QStringLiteral("user_inline_policies"),
                               QStringLiteral("user_policy_attachments"),
                               QStringLiteral("user_tags"),
                               Quotas::InlinePolicySizePerUser,
                               true};
    static const KindInfo group{EntityKind::Group,
                                QStringLiteral("group"),
                                QStringLiteral("Group"),
                                QStringLiteral("groups"),
                                QStringLiteral("group_inline_policies"),
                                QStringLiteral("group_policy_attachments"),
                                QString(),
                                Quotas::InlinePolicySizePerGroup,
                                false};
    static const KindInfo role{EntityKind::Role,
                               QStringLiteral("role"),
                               QStringLiteral("Role"),
                               QStringLiteral("roles"),
                               QStringLiteral("role_inline_policies"),
                               QStringLiteral("role_policy_attachments"),
                               QStringLiteral("role_tags"),
                               Quotas::InlinePolicySizePerRole,
                               true};
    switch (kind) {
    case EntityKind::User:
        return &user;
    case EntityKind::Group:
        return &group;
    case EntityKind::Role:
        return &role;
    case EntityKind::Policy:
        break;
    }
    return nullptr;
}

IamError noSuchEntity(const KindInfo& info, const QString& name)
{
    return IamError::noSuchEntity(
        QStringLiteral("The %1 with name %2 cannot be found.").arg(info.label, name));
}

IamError noSuchPolicy(const QString& arn)
{
    return IamError::noSuchPolicy(arn);
}

IamError deleteConflict(const QString& what)
{
    return IamError::deleteConflict(
        QStringLiteral("Cannot delete entity, must %1 first.").arg(what));
}

IamError unsupportedKind(EntityKind kind, const QString& operation)
{
    return IamError::invalidInput(
        QStringLiteral("%1 does not apply to a %2.").arg(operation, entityKindName(kind)));
}

Result<void> validateTags(const TagList& tags)
{
    if (tags.size() > Quotas::TagsPerEntity)
        return IamError::constraintViolation(
            QStringLiteral("%1 tags").arg(tags.size()), QStringLiteral("tags"),
            QStringLiteral("have length less than or equal to %1").arg(Quotas::TagsPerEntity));
    QSet<QString> keys;
    for (const Tag& tag : tags) {
        if (auto r = NameRules::validateTagKey(tag.key); !r)
            return r;
        if (auto r = NameRules::validateTagValue(tag.value); !r)
            return r;
        if (keys.contains(tag.key.toLower()))
            return IamError::invalidInput(QStringLiteral(
                "Duplicate tag keys found. Please note that Tag keys are case insensitive."));
        keys.insert(tag.key.toLower());
    }
    return {};
}

bool isAllowedPolicyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0xFF);
}

// IAM does not count whitespace against policy size quotas.
int sizeWithoutWhitespace(const QString& text)
{
    int size = 0;
    for (QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r'))
            ++size;
    return size;
}

QString abbreviated(const QString& text)
{
    constexpr int shown = 80;
    return text.size() <= shown ? text : text.left(shown) + QStringLiteral("...");
}

// The limit a policy document is held to, and what AWS says when it is over.
struct PolicyDocumentUse
{
    enum class Kind
    {
        Managed,
        Trust,
        Inline
    };
    Kind kind;
    int sizeAvailable; // characters, whitespace not counted
    QString sizeError;

    static PolicyDocumentUse managed()
    {
        return {Kind::Managed, Quotas::ManagedPolicySize,
                QStringLiteral("Cannot exceed quota for PolicySize: %1")
                    .arg(Quotas::ManagedPolicySize)};
    }
    static PolicyDocumentUse trust()
    {
        return {Kind::Trust, Quotas::TrustPolicySize,
                QStringLiteral("Cannot exceed quota for ACLSizePerRole: %1")
                    .arg(Quotas::TrustPolicySize)};
    }
    // Inline policies share one quota per entity: usedByOthers is what the
    // entity's other inline policies already take.
    static PolicyDocumentUse inlineFor(const KindInfo& info, const QString& name, int usedByOthers)
    {
        return {Kind::Inline, info.inlineSizeLimit - usedByOthers,
                QStringLiteral("Maximum policy size of %1 bytes exceeded for %2 %3")
                    .arg(info.inlineSizeLimit)
                    .arg(info.label, name)};
    }
};

// The one place a policy document is checked on its way into the store.
// Every policy text passes here before it is stored: the service's character,
// JSON and size checks, then the policy grammar for its use, with the
// engine's located error.
Result<void> checkPolicyDocument(const QString& text, const PolicyDocumentUse& use)
{
    const QString field = QStringLiteral("policyDocument");
    if (text.isEmpty())
        return IamError::constraintViolation(
            text, field, QStringLiteral("have length greater than or equal to 1"));
    for (QChar c : text)
        if (!isAllowedPolicyCharacter(c))
            return IamError::constraintViolation(
                abbreviated(text), field,
                QStringLiteral("satisfy regular expression pattern: "
                               "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"));
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    // AWS's words only; the editor shows where the error is beside them.
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return IamError::malformedPolicyDocument(QStringLiteral("Syntax errors in policy."));
    if (sizeWithoutWhitespace(text) > use.sizeAvailable)
        return IamError::limitExceeded(use.sizeError);
    const PolicyKind kind =
        use.kind == PolicyDocumentUse::Kind::Trust ? PolicyKind::Trust : PolicyKind::Identity;
    if (auto parsed = PolicyDocument::parseIgnoringSize(text, kind); !parsed)
        return parsed.error();
    return {};
}

const QString userSelect =
    QStringLiteral("SELECT u.id, u.account_id, u.name, u.path, u.unique_id, u.create_date, b.arn,"
                   " lp.user_id IS NOT NULL, coalesce(lp.reset_required, 0)"
                   " FROM users u LEFT JOIN policies b ON b.id = u.boundary_policy_id"
                   " LEFT JOIN login_profiles lp ON lp.user_id = u.id ");

const QString groupSelect = QStringLiteral(
    "SELECT g.id, g.account_id, g.name, g.path, g.unique_id, g.create_date FROM groups g ");

const QString roleSelect = QStringLiteral(
    "SELECT r.id, r.account_id, r.name, r.path, r.unique_id, r.create_date, r.description,"
    " r.trust_policy, r.max_session_duration, b.arn"
    " FROM roles r LEFT JOIN policies b ON b.id = r.boundary_policy_id ");

const QString policySelect = QStringLiteral(
    "SELECT p.id, p.arn, p.account_id, p.name, p.path, p.unique_id, p.description,"
    " p.create_date, p.update_date,"
    " (SELECT v.version FROM policy_versions v WHERE v.policy_id = p.id AND v.is_default = 1),"
    " (SELECT count(*) FROM user_policy_attachments a WHERE a.policy_id = p.id)"
    " + (SELECT count(*) FROM group_policy_attachments a WHERE a.policy_id = p.id)"
    " + (SELECT count(*) FROM role_policy_attachments a WHERE a.policy_id = p.id)"
    " FROM policies p ");

User readUser(const QSqlQuery& q)
{
    User u;
    u.accountId = q.value(1).toString();
    u.name = q.value(2).toString();
    u.path = q.value(3).toString();
    u.userId = q.value(4).toString();
    u.createDate = fromMs(q.value(5));
    u.permissionsBoundaryArn = q.value(6).toString();
    u.hasConsolePassword = q.value(7).toBool();
    u.passwordResetRequired = q.value(8).toBool();
    return u;
}

Group readGroup(const QSqlQuery& q)
{
    Group g;
    g.accountId = q.value(1).toString();
    g.name = q.value(2).toString();
    g.path = q.value(3).toString();
    g.groupId = q.value(4).toString();
    g.createDate = fromMs(q.value(5));
    return g;
}

Role readRole(const QSqlQuery& q)
{
    Role r;
    r.accountId = q.value(1).toString();
    r.name = q.value(2).toString();
    r.path = q.value(3).toString();
    r.roleId = q.value(4).toString();
    r.createDate = fromMs(q.value(5));
    r.description = q.value(6).toString();
    r.trustPolicy = q.value(7).toString();
    r.maxSessionDuration = q.value(8).toInt();
    r.permissionsBoundaryArn = q.value(9).toString();
    return r;
}

ManagedPolicy readPolicy(const QSqlQuery& q)
{
    ManagedPolicy p;
    p.arn = q.value(1).toString();
    p.accountId = q.value(2).toString();
    p.name = q.value(3).toString();
    p.path = q.value(4).toString();
    p.policyId = q.value(5).toString();
    p.description = q.value(6).toString();
    p.createDate = fromMs(q.value(7));
    p.updateDate = fromMs(q.value(8));
    p.defaultVersionId = versionId(q.value(9).toLongLong());
    p.attachmentCount = q.value(10).toInt();
    return p;
}

} // namespace

class Directory::Private
{
public:
    explicit Private(Directory* owner)
        : q(owner)
    {}

    Directory* q;
    std::unique_ptr<DirectoryContext> context;
    // The context's connection and clock, for what is not in a store yet.
    SqlConnection* sql = nullptr;
    const Clock* clock = nullptr;
    QString directoryId;
    qint64 dataVersion = -1; // PRAGMA data_version when last checked

    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<OrganizationStore> organization;
    std::unique_ptr<IdentityProviderStore> identityProviders;
    std::unique_ptr<CredentialStore> credentials;
    std::unique_ptr<AuditTrail> auditTrail;
    std::unique_ptr<SignInThrottle> signInThrottle;
    std::unique_ptr<TemporarySessionStore> temporarySessions;
    std::unique_ptr<RoleHistory> roleHistory;

    // Builds the context and the stores over an open connection.
    void attach(std::unique_ptr<SqlConnection> connection, const Clock* clock);

    struct EntityRow
    {
        qint64 id = 0;
        QString accountId;
        QString name;
        QString path;
    };

    struct PolicyRow
    {
        qint64 id = 0;
        QString arn;
        QString accountId;
        QString name;
        bool isAwsManaged() const { return accountId == awsAccount; }
    };

    QDateTime now() const { return context->now(); }
    qint64 nowMs() const { return context->nowMs(); }

    // Transactions and signals (the context's)
    template <typename F>
    auto transact(F&& work) -> decltype(work())
    {
        return context->transact(std::forward<F>(work));
    }
    void notify(std::function<void()> signal) { context->notify(std::move(signal)); }

    // Lookups inside mutators
    // The row, none, or the SQL error: a failed lookup never reads as "free".
    Result<std::optional<EntityRow>> entityRow(const KindInfo& info, const QString& accountId,
                                               const QString& name) const;
    // The user behind a user ARN (InvalidInput for another ARN).
    Result<EntityRow> requireUserByArn(const QString& userArn) const;
    // The user a role history entry or a saved role belongs to (by ARN), with
    // a display color the console knows: their common checks.
    Result<EntityRow> requireSwitchingUser(const QString& userArn, const QString& color) const;
    Result<EntityRow> requireEntity(const KindInfo& info, const QString& accountId,
                                    const QString& name) const;
    Result<void> requireAccount(const QString& accountId) const;
    Result<void> requireNameFree(const KindInfo& info, const QString& accountId,
                                 const QString& name, qint64 exceptId = 0) const;
    // What a new user, group or role passes first: its account exists, its
    // name and path are valid, and the name is free in the account.
    Result<void> checkNewEntity(const KindInfo& info, const QString& accountId, const QString& name,
                                const QString& path) const;
    Result<std::optional<PolicyRow>> policyRow(const QString& arn) const;
    Result<PolicyRow> requirePolicy(const QString& arn) const;
    Result<PolicyRow> requireModifiablePolicy(const QString& arn) const;
    // A policy the entity's account may attach: its own or an AWS-managed one.
    Result<PolicyRow> requireAttachablePolicy(const QString& arn, const QString& accountId) const;
    Result<int> count(const QString& sqlText, const QVariantList& binds) const
    {
        return context->count(sqlText, binds);
    }
    int displayCount(const QString& sqlText, const QVariantList& binds) const
    {
        return context->displayCount(sqlText, binds);
    }

    // Readers that never run a query per row
    QList<User> selectUsers(const QString& tail, const QVariantList& binds) const;
    QList<Group> selectGroups(const QString& tail, const QVariantList& binds) const;
    QList<Role> selectRoles(const QString& tail, const QVariantList& binds) const;
    QList<ManagedPolicy> selectPolicies(const QString& tail, const QVariantList& binds) const;
    QHash<qint64, TagList> tagsOf(const QString& tagTable, const QList<qint64>& ownerIds) const;
    template <typename T>
    QList<T> selectRows(const QString& sqlText, const QVariantList& binds,
                        T (*read)(const QSqlQuery&), QList<qint64>* ids = nullptr) const
    {
        return context->selectRows<T>(sqlText, binds, read, ids);
    }

    // Writers shared by several mutators
    Result<qint64> insertEntity(const KindInfo& info, const QString& accountId, const QString& name,
                                const QString& path, const QString& uniqueId,
                                const QDateTime& created);
    Result<void> mergeTags(const KindInfo& info, qint64 ownerId, const TagList& tags);
    Result<void> setBoundary(const KindInfo& info, const EntityRow& entity, const QString& arn);
    Result<void> renameEntity(const KindInfo& info, const QString& accountId, const QString& name,
                              const QString& newName, const QString& newPath);
    Result<void> refuseDeleteWhileInUse(const KindInfo& info, const EntityRow& entity);
    Result<void> deleteEntity(const KindInfo& info, const QString& accountId, const QString& name);
    Result<PolicyRow> insertPolicy(const QString& accountId, const QString& name,
                                   const QString& path, const QString& description,
                                   const QString& document);
    Result<void> installAwsManagedPolicies();
    Result<void> checkPolicyVersionExists(const PolicyRow& policy, qint64 number) const;
    // Undo / redo
    Result<void> applyRecorded(const QByteArray& changeset);
    void replay(const QList<DirectoryChange::Notification>& notifications, bool inverse);
    QList<QMetaObject::Connection> collect(QList<DirectoryChange::Notification>* into);
};

// ---------------------------------------------------------------------------
// Changes by other connections

bool Directory::checkExternalChanges()
{
    const qint64 version = d->sql->scalar(d->sql->dialect().dataVersion(), {}, -1).toLongLong();
    const bool changed = d->dataVersion >= 0 && version != d->dataVersion;
    d->dataVersion = version;
    if (changed)
        Q_EMIT directoryReset();
    return changed;
}

// ---------------------------------------------------------------------------
// Lookups

Result<std::optional<Directory::Private::EntityRow>>
Directory::Private::entityRow(const KindInfo& info, const QString& accountId,
                              const QString& name) const
{
    std::optional<EntityRow> row;
    const auto r = sql->select(QStringLiteral("SELECT id, account_id, name, path FROM %1"
                                              " WHERE account_id = ? AND name_key = ?")
                                   .arg(info.table),
                               {accountId, nameKey(name)}, [&](const QSqlQuery& q) {
                                   row = EntityRow{q.value(0).toLongLong(), q.value(1).toString(),
                                                   q.value(2).toString(), q.value(3).toString()};
                               });
    if (!r)
        return r.error();
    return row;
}

Result<Directory::Private::EntityRow> Directory::Private::requireEntity(const KindInfo& info,
                                                                        const QString& accountId,
                                                                        const QString& name) const
{
    const auto row = entityRow(info, accountId, name);
    if (!row)
        return row.error();
    if (row->has_value())
        return **row;
    return noSuchEntity(info, name);
}

Result<void> Directory::Private::requireAccount(const QString& accountId) const
{
    return accounts->require(accountId);
}

Result<void> Directory::Private::checkNewEntity(const KindInfo& info, const QString& accountId,
                                                const QString& name, const QString& path) const
{
    if (auto r = requireAccount(accountId); !r)
        return r;
    const auto validName = info.kind == EntityKind::User    ? NameRules::validateUserName(name)
                           : info.kind == EntityKind::Group ? NameRules::validateGroupName(name)
                                                            : NameRules::validateRoleName(name);
    if (!validName)
        return validName;
    if (auto r = NameRules::validatePath(path); !r)
        return r;
    return requireNameFree(info, accountId, name);
}

Result<void> Directory::Private::requireNameFree(const KindInfo& info, const QString& accountId,
                                                 const QString& name, qint64 exceptId) const
{
    const auto existing = entityRow(info, accountId, name);
    if (!existing)
        return existing.error();
    if (existing->has_value() && (*existing)->id != exceptId)
        return IamError::entityAlreadyExists(
            QStringLiteral("%1 with name %2 already exists.").arg(info.title, name));
    return {};
}

Result<std::optional<Directory::Private::PolicyRow>>
Directory::Private::policyRow(const QString& arn) const
{
    std::optional<PolicyRow> row;
    const auto r =
        sql->select(QStringLiteral("SELECT id, arn, account_id, name FROM policies WHERE arn = ?"),
                    {arn}, [&](const QSqlQuery& q) {
                        row = PolicyRow{q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toString()};
                    });
    if (!r)
        return r.error();
    return row;
}

Result<Directory::Private::PolicyRow> Directory::Private::requirePolicy(const QString& arn) const
{
    const auto row = policyRow(arn);
    if (!row)
        return row.error();
    if (row->has_value())
        return **row;
    return noSuchPolicy(arn);
}

Result<Directory::Private::PolicyRow>
Directory::Private::requireModifiablePolicy(const QString& arn) const
{
    auto row = requirePolicy(arn);
    if (row && row->isAwsManaged())
        return IamError::unmodifiableEntity(
            QStringLiteral("Policy %1 is an AWS managed policy and cannot be modified.").arg(arn));
    return row;
}

Result<Directory::Private::PolicyRow>
Directory::Private::requireAttachablePolicy(const QString& arn, const QString& accountId) const
{
    auto row = requirePolicy(arn);
    if (row && !row->isAwsManaged() && row->accountId != accountId)
        return noSuchPolicy(arn);
    return row;
}

QHash<qint64, TagList> Directory::Private::tagsOf(const QString& tagTable,
                                                  const QList<qint64>& ownerIds) const
{
    QHash<qint64, TagList> tags;
    if (ownerIds.isEmpty())
        return tags;
    const auto r = sql->select(
        QStringLiteral("SELECT owner_id, key, value FROM %1"
                       " WHERE owner_id IN (SELECT value FROM json_each(?))"
                       " ORDER BY owner_id, position")
            .arg(tagTable),
        {idArray(ownerIds)}, [&](const QSqlQuery& q) {
            tags[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString()});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return tags;
}

QList<User> Directory::Private::selectUsers(const QString& tail, const QVariantList& binds) const
{
    QList<qint64> ids;
    QList<User> users = selectRows<User>(userSelect + tail, binds, &readUser, &ids);
    const QHash<qint64, TagList> tags = tagsOf(QStringLiteral("user_tags"), ids);
    for (qsizetype i = 0; i < users.size(); ++i)
        users[i].tags = tags.value(ids[i]);
    return users;
}

QList<Group> Directory::Private::selectGroups(const QString& tail, const QVariantList& binds) const
{
    return selectRows<Group>(groupSelect + tail, binds, &readGroup);
}

QList<Role> Directory::Private::selectRoles(const QString& tail, const QVariantList& binds) const
{
    QList<qint64> ids;
    QList<Role> roles = selectRows<Role>(roleSelect + tail, binds, &readRole, &ids);
    const QHash<qint64, TagList> tags = tagsOf(QStringLiteral("role_tags"), ids);
    for (qsizetype i = 0; i < roles.size(); ++i)
        roles[i].tags = tags.value(ids[i]);
    return roles;
}

QList<ManagedPolicy> Directory::Private::selectPolicies(const QString& tail,
                                                        const QVariantList& binds) const
{
    return selectRows<ManagedPolicy>(policySelect + tail, binds, &readPolicy);
}

// ---------------------------------------------------------------------------
// Shared writers

Result<qint64> Directory::Private::insertEntity(const KindInfo& info, const QString& accountId,
                                                const QString& name, const QString& path,
                                                const QString& uniqueId, const QDateTime& created)
{
    return sql->insert(QStringLiteral("INSERT INTO %1(account_id, name, name_key, path, unique_id,"
                                      " create_date) VALUES (?, ?, ?, ?, ?, ?)")
                           .arg(info.table),
                       {accountId, name, nameKey(name), path, uniqueId, toMs(created)});
}

Result<void> Directory::Private::mergeTags(const KindInfo& info, qint64 ownerId,
                                           const TagList& tags)
{
    if (auto r = validateTags(tags); !r)
        return r;
    if (tags.isEmpty())
        return {};
    for (const Tag& tag : tags) {
        // An existing key, in any case, takes the new spelling and value.
        const auto r = sql->exec(
            QStringLiteral("INSERT INTO %1(owner_id, key, key_lower, value, position)"
                           " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM %1"
                           " WHERE owner_id = ?))"
                           " ON CONFLICT (owner_id, key_lower)"
                           " DO UPDATE SET key = excluded.key, value = excluded.value")
                .arg(info.tagTable),
            {ownerId, tag.key, tag.key.toLower(), tag.value, ownerId});
        if (!r)
            return r.error();
    }
    const auto storedTags = count(
        QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.tagTable), {ownerId});
    if (!storedTags)
        return storedTags.error();
    if (*storedTags > Quotas::TagsPerEntity)
        return quotaExceeded(QStringLiteral("TagsPer") + info.title, Quotas::TagsPerEntity);
    return {};
}

Result<void> Directory::Private::setBoundary(const KindInfo& info, const EntityRow& entity,
                                             const QString& arn)
{
    QVariant policyId; // NULL removes the boundary
    if (!arn.isEmpty()) {
        const auto policy = requireAttachablePolicy(arn, entity.accountId);
        if (!policy)
            return policy.error();
        policyId = policy->id;
    }
    const auto r = sql->exec(
        QStringLiteral("UPDATE %1 SET boundary_policy_id = ? WHERE id = ?").arg(info.table),
        {policyId, entity.id});
    return r ? Result<void>() : Result<void>(r.error());
}

Result<void> Directory::Private::renameEntity(const KindInfo& info, const QString& accountId,
                                              const QString& name, const QString& newName,
                                              const QString& newPath)
{
    const auto entity = requireEntity(info, accountId, name);
    if (!entity)
        return entity.error();
    const QString targetName = newName.isEmpty() ? entity->name : newName;
    const QString targetPath = newPath.isEmpty() ? entity->path : newPath;
    const bool isUser = info.kind == EntityKind::User;
    if (auto r = isUser ? NameRules::validateUserName(targetName)
                        : NameRules::validateGroupName(targetName);
        !r)
        return r;
    if (auto r = NameRules::validatePath(targetPath); !r)
        return r;
    if (auto r = requireNameFree(info, accountId, targetName, entity->id); !r)
        return r;
    const auto updated =
        sql->exec(QStringLiteral("UPDATE %1 SET name = ?, name_key = ?, path = ? WHERE id = ?")
                      .arg(info.table),
                  {targetName, nameKey(targetName), targetPath, entity->id});
    if (!updated)
        return updated.error();
    const EntityKind kind = info.kind;
    const QString oldName = entity->name;
    if (targetName != oldName)
        notify([=, this] { Q_EMIT q->entityRenamed(kind, accountId, oldName, targetName); });
    if (targetPath != entity->path)
        notify([=, this] { Q_EMIT q->entityChanged(kind, accountId, targetName); });
    return {};
}

Result<void> Directory::Private::refuseDeleteWhileInUse(const KindInfo& info,
                                                        const EntityRow& entity)
{
    struct Dependent
    {
        QString sql;
        QString what;
    };
    QList<Dependent> dependents;
    if (info.kind == EntityKind::User)
        dependents = {
            {QStringLiteral("SELECT count(*) FROM login_profiles WHERE user_id = ?"),
             QStringLiteral("delete login profile")},
            {QStringLiteral("SELECT count(*) FROM access_keys WHERE user_id = ?"),
             QStringLiteral("delete access keys")},
            {QStringLiteral("SELECT count(*) FROM mfa_devices WHERE user_id = ?"),
             QStringLiteral("delete MFA device")},
        };
    if (info.kind == EntityKind::Group)
        dependents.append({QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = ?"),
                           QStringLiteral("remove users from group")});
    dependents.append(
        {QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.inlineTable),
         QStringLiteral("delete policies")});
    dependents.append(
        {QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info.attachmentTable),
         QStringLiteral("detach all policies")});
    if (info.kind == EntityKind::User)
        dependents.append({QStringLiteral("SELECT count(*) FROM memberships WHERE user_id = ?"),
                           QStringLiteral("remove user from all groups")});
    for (const Dependent& dependent : dependents) {
        const auto uses = count(dependent.sql, {entity.id});
        if (!uses)
            return uses.error();
        if (*uses > 0)
            return deleteConflict(dependent.what);
    }
    return {};
}

Result<void> Directory::Private::deleteEntity(const KindInfo& info, const QString& accountId,
                                              const QString& name)
{
    const auto entity = requireEntity(info, accountId, name);
    if (!entity)
        return entity.error();
    if (auto r = refuseDeleteWhileInUse(info, *entity); !r)
        return r;
    if (auto r =
            sql->exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(info.table), {entity->id});
        !r)
        return r.error();
    const EntityKind kind = info.kind;
    const QString removed = entity->name;
    notify([=, this] { Q_EMIT q->entityRemoved(kind, accountId, removed); });
    return {};
}

Result<Directory::Private::PolicyRow>
Directory::Private::insertPolicy(const QString& accountId, const QString& name, const QString& path,
                                 const QString& description, const QString& document)
{
    if (auto r = NameRules::validatePolicyName(name); !r)
        return r.error();
    if (auto r = NameRules::validatePath(path); !r)
        return r.error();
    if (auto r = NameRules::validateDescription(description); !r)
        return r.error();
    if (auto r = checkPolicyDocument(document, PolicyDocumentUse::managed()); !r)
        return r.error();
    const auto sameName =
        count(QStringLiteral("SELECT count(*) FROM policies WHERE account_id = ? AND name_key = ?"),
              {accountId, nameKey(name)});
    if (!sameName)
        return sameName.error();
    if (*sameName > 0)
        return IamError::entityAlreadyExists(
            QStringLiteral("A policy called %1 already exists. Duplicate names are not allowed.")
                .arg(name));
    const QString arn = Arn::policy(accountId, path, name).toString();
    const qint64 now = nowMs();
    const auto id = sql->insert(
        QStringLiteral("INSERT INTO policies(account_id, name, name_key, path, unique_id, arn,"
                       " description, create_date, update_date, last_version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        {accountId, name, nameKey(name), path, Random::uniqueId(u"ANPA"), arn, description, now,
         now});
    if (!id)
        return id.error();
    const auto version = sql->exec(
        QStringLiteral("INSERT INTO policy_versions(policy_id, version, document, is_default,"
                       " create_date) VALUES (?, 1, ?, 1, ?)"),
        {id.value(), document, now});
    if (!version)
        return version.error();
    return PolicyRow{id.value(), arn, accountId, name};
}

Result<void> Directory::Private::installAwsManagedPolicies()
{
    const auto definitions = AwsManagedPolicies::builtIn();
    if (!definitions)
        return definitions.error();
    return context->transaction(
        [&]() -> Result<void> {
            for (const auto& definition : definitions.value()) {
                const auto installed = policyRow(definition.arn());
                if (!installed)
                    return installed.error();
                if (installed->has_value())
                    continue;
                const auto inserted = insertPolicy(awsAccount, definition.name, definition.path,
                                                   definition.description, definition.document);
                if (!inserted)
                    return IamError::serviceFailure(
                        QStringLiteral("Cannot install the AWS managed policy %1: %2")
                            .arg(definition.name, inserted.error().message()));
            }
            return {};
        },
        false);
}

Result<void> Directory::Private::checkPolicyVersionExists(const PolicyRow& policy,
                                                          qint64 number) const
{
    const auto versions =
        count(QStringLiteral("SELECT count(*) FROM policy_versions WHERE policy_id = ? AND "
                             "version = ?"),
              {policy.id, number});
    if (!versions)
        return versions.error();
    if (*versions == 0)
        return IamError::noSuchEntity(
            QStringLiteral("Policy %1 version %2 does not exist or is not attachable.")
                .arg(policy.arn, versionId(number)));
    return {};
}

// ---------------------------------------------------------------------------
// Opening

Directory::Directory(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Directory::~Directory() = default;

void Directory::Private::attach(std::unique_ptr<SqlConnection> connection, const Clock* clockToUse)
{
    context = std::make_unique<DirectoryContext>(*q, std::move(connection), clockToUse);
    sql = &context->sql();
    clock = clockToUse;
    accounts = std::make_unique<AccountStore>(*context);
    organization = std::make_unique<OrganizationStore>(*context, *accounts);
    identityProviders = std::make_unique<IdentityProviderStore>(*context, *accounts);
    credentials = std::make_unique<CredentialStore>(*context, *accounts);
    auditTrail = std::make_unique<AuditTrail>(*context);
    signInThrottle = std::make_unique<SignInThrottle>(*context);
    temporarySessions = std::make_unique<TemporarySessionStore>(*context);
    roleHistory = std::make_unique<RoleHistory>(*context);
}

Result<std::unique_ptr<Directory>> Directory::open(const QString& filePath, const Clock* clock)
{
    // In memory or on a PostgreSQL server, there is no file to check or protect.
    const bool inMemory = filePath == QLatin1String(":memory:") || PostgresAddress::names(filePath);
    // Checked on the raw bytes first: a refused file is never opened for writing.
    if (!inMemory && QFileInfo::exists(filePath))
        if (auto r = SchemaMigrator::inspectFile(filePath); !r)
            return r.error();
    // Created 0600 before SQLite sees it: SQLite gives its -wal and -shm the same mode.
    if (!inMemory)
        if (auto r = OwnerOnlyFile::prepare(filePath); !r)
            return r.error();
    auto connection = SqlConnection::open(filePath);
    if (!connection)
        return connection.error();
    SqlConnection& sql = *connection.value();
    SchemaMigrator migrator(sql);
    if (auto r = migrator.checkCompatible(); !r)
        return r.error();
    if (auto r = sql.execOnce(QStringLiteral("PRAGMA foreign_keys = ON")); !r)
        return r.error();
    // 16 MiB of page cache (default 2 MiB), so a bulk change does not spill to disk midway.
    if (auto r = sql.execOnce(QStringLiteral("PRAGMA cache_size = -16384")); !r)
        return r.error();
    if (!inMemory) {
        if (auto r = sql.execOnce(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return r.error();
        // With WAL, NORMAL cannot corrupt the file; a power cut may only lose the last commits.
        if (auto r = sql.execOnce(QStringLiteral("PRAGMA synchronous = NORMAL")); !r)
            return r.error();
    }
    if (auto r = migrator.migrate(); !r)
        return r.error();

    std::unique_ptr<Directory> directory(new Directory);
    Private& d = *directory->d;
    d.attach(std::move(connection).value(), clock ? clock : Clock::system());
    // Secrets are keyed by the directory id: without it nothing can be found safely.
    const auto directoryId = d.sql->value(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                                          {QStringLiteral("directory_id")});
    if (!directoryId)
        return directoryId.error();
    d.directoryId = directoryId->toString();
    if (auto r = d.installAwsManagedPolicies(); !r)
        return r.error();
    return directory;
}

QString Directory::defaultFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/directory.sqlite");
}

int Directory::currentSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

int Directory::schemaVersion() const
{
    return SchemaMigrator(*d->sql).currentVersion();
}

QString Directory::filePath() const
{
    return d->sql->filePath();
}

QString Directory::directoryId() const
{
    return d->directoryId;
}

const Clock* Directory::clock() const
{
    return d->clock;
}

Result<void> Directory::selectEach(const QString& sql,
                                   const std::function<void(const QSqlQuery&)>& row) const
{
    return d->sql->select(sql, {}, row);
}

bool Directory::isEmpty() const
{
    return d->accounts->isEmpty();
}

Result<void> Directory::runInTransaction(const std::function<Result<void>()>& work)
{
    return d->context->transaction(work, false);
}

Result<void> Directory::runBulkChange(const std::function<Result<void>()>& work)
{
    return d->context->transaction(work, true);
}

// ---------------------------------------------------------------------------
// Undo / redo

namespace {

// What an undoable edit may change: the entities and what ties them together.
// Not the audit trail, sign-in failures, temporary sessions, role history or
// saved roles, which record what happened or are a user's own, and are never undone.
const QStringList& recordedTables()
{
    static const QStringList tables{
        QStringLiteral("accounts"),
        QStringLiteral("users"),
        QStringLiteral("groups"),
        QStringLiteral("roles"),
        QStringLiteral("memberships"),
        QStringLiteral("policies"),
        QStringLiteral("policy_versions"),
        QStringLiteral("user_inline_policies"),
        QStringLiteral("group_inline_policies"),
        QStringLiteral("role_inline_policies"),
        QStringLiteral("user_tags"),
        QStringLiteral("role_tags"),
        QStringLiteral("login_profiles"),
        QStringLiteral("access_keys"),
        QStringLiteral("mfa_devices"),
        QStringLiteral("user_policy_attachments"),
        QStringLiteral("group_policy_attachments"),
        QStringLiteral("role_policy_attachments"),
        QStringLiteral("password_policies"),
        QStringLiteral("password_history"),
        QStringLiteral("organization"),
        QStringLiteral("organization_accounts"),
        QStringLiteral("root_users"),
        QStringLiteral("root_mfa_devices"),
        QStringLiteral("saml_providers"),
        QStringLiteral("organizational_units"),
        QStringLiteral("account_parents"),
        QStringLiteral("organization_policies"),
        QStringLiteral("organization_policy_attachments"),
        QStringLiteral("account_quotas"),
    };
    return tables;
}

using Notification = DirectoryChange::Notification;

Notification inverted(Notification n)
{
    switch (n.type) {
    case Notification::Type::EntityAdded:
        n.type = Notification::Type::EntityRemoved;
        break;
    case Notification::Type::EntityRemoved:
        n.type = Notification::Type::EntityAdded;
        break;
    case Notification::Type::MembershipAdded:
        n.type = Notification::Type::MembershipRemoved;
        break;
    case Notification::Type::MembershipRemoved:
        n.type = Notification::Type::MembershipAdded;
        break;
    case Notification::Type::EntityRenamed:
        std::swap(n.name, n.other);
        break;
    default:
        break;
    }
    return n;
}

} // namespace

QList<QMetaObject::Connection>
Directory::Private::collect(QList<DirectoryChange::Notification>* into)
{
    using Type = Notification::Type;
    auto add = [into](Type type, EntityKind kind, const QString& account, const QString& name,
                      const QString& other) {
        into->append(Notification{type, kind, account, name, other});
    };
    return {
        QObject::connect(q, &Directory::entityAdded, q,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityAdded, k, a, n, {});
                         }),
        QObject::connect(q, &Directory::entityRemoved, q,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityRemoved, k, a, n, {});
                         }),
        QObject::connect(q, &Directory::entityChanged, q,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityChanged, k, a, n, {});
                         }),
        QObject::connect(q, &Directory::entityRenamed, q,
                         [add](EntityKind k, const QString& a, const QString& o, const QString& n) {
                             add(Type::EntityRenamed, k, a, o, n);
                         }),
        QObject::connect(q, &Directory::membershipAdded, q,
                         [add](const QString& a, const QString& g, const QString& u) {
                             add(Type::MembershipAdded, EntityKind::Group, a, g, u);
                         }),
        QObject::connect(q, &Directory::membershipRemoved, q,
                         [add](const QString& a, const QString& g, const QString& u) {
                             add(Type::MembershipRemoved, EntityKind::Group, a, g, u);
                         }),
        QObject::connect(q, &Directory::attachmentsChanged, q,
                         [add](const QString& p, EntityKind k, const QString& a, const QString& n) {
                             add(Type::AttachmentsChanged, k, a, n, p);
                         }),
        QObject::connect(q, &Directory::accountsChanged, q,
                         [add] { add(Type::AccountsChanged, EntityKind::User, {}, {}, {}); }),
        QObject::connect(q, &Directory::passwordPolicyChanged, q,
                         [add](const QString& a) {
                             add(Type::PasswordPolicyChanged, EntityKind::User, a, {}, {});
                         }),
        QObject::connect(q, &Directory::samlProvidersChanged, q,
                         [add](const QString& a) {
                             add(Type::SamlProvidersChanged, EntityKind::User, a, {}, {});
                         }),
        QObject::connect(q, &Directory::directoryReset, q,
                         [add] { add(Type::DirectoryReset, EntityKind::User, {}, {}, {}); }),
    };
}

void Directory::Private::replay(const QList<DirectoryChange::Notification>& notifications,
                                bool inverse)
{
    using Type = Notification::Type;
    QList<Notification> order = notifications;
    if (inverse) {
        std::reverse(order.begin(), order.end());
        for (Notification& n : order)
            n = inverted(n);
    }
    for (const Notification& n : std::as_const(order)) {
        switch (n.type) {
        case Type::EntityAdded:
            Q_EMIT q->entityAdded(n.kind, n.accountId, n.name);
            break;
        case Type::EntityRemoved:
            Q_EMIT q->entityRemoved(n.kind, n.accountId, n.name);
            break;
        case Type::EntityChanged:
            Q_EMIT q->entityChanged(n.kind, n.accountId, n.name);
            break;
        case Type::EntityRenamed:
            Q_EMIT q->entityRenamed(n.kind, n.accountId, n.name, n.other);
            break;
        case Type::MembershipAdded:
            Q_EMIT q->membershipAdded(n.accountId, n.name, n.other);
            break;
        case Type::MembershipRemoved:
            Q_EMIT q->membershipRemoved(n.accountId, n.name, n.other);
            break;
        case Type::AttachmentsChanged:
            Q_EMIT q->attachmentsChanged(n.other, n.kind, n.accountId, n.name);
            break;
        case Type::AccountsChanged:
            Q_EMIT q->accountsChanged();
            break;
        case Type::PasswordPolicyChanged:
            Q_EMIT q->passwordPolicyChanged(n.accountId);
            break;
        case Type::SamlProvidersChanged:
            Q_EMIT q->samlProvidersChanged(n.accountId);
            break;
        case Type::DirectoryReset:
            Q_EMIT q->directoryReset();
            break;
        }
    }
}

Result<void> Directory::Private::applyRecorded(const QByteArray& changeset)
{
    if (context->inTransaction())
        return IamError::serviceFailure(
            QStringLiteral("An undo or redo cannot run inside another directory transaction."));
    // The changeset holds every row a cascade touched, so cascades must not run
    // again; the foreign keys are checked once, at the end, instead.
    if (auto r = sql->execOnce(QStringLiteral("PRAGMA foreign_keys = OFF")); !r)
        return r;
    Result<void> result = sql->execOnce(QStringLiteral("BEGIN IMMEDIATE"));
    if (result)
        result = ChangeRecorder::apply(sql->connectionName(), changeset);
    if (result) {
        bool orphans = false;
        for (const QString& table : recordedTables()) {
            const auto checked = sql->select(sql->dialect().foreignKeyCheck(table), {},
                                             [&](const QSqlQuery&) { orphans = true; });
            if (!checked) {
                result = checked.error();
                break;
            }
            if (orphans) {
                result = IamError::undoConflict(
                    QCoreApplication::translate("Directory",
                                                "The directory changed since: entries in %1 "
                                                "refer to ones that no longer exist.")
                        .arg(table));
                break;
            }
        }
    }
    if (result)
        result = sql->execOnce(QStringLiteral("COMMIT"));
    if (!result)
        (void)sql->execOnce(QStringLiteral("ROLLBACK")); // result already says why
    // Without foreign keys the directory would accept dangling references: an error.
    if (auto enforced = sql->execOnce(QStringLiteral("PRAGMA foreign_keys = ON"));
        !enforced && result)
        result = enforced.error();
    return result;
}

Result<DirectoryChange> Directory::recordChange(const std::function<Result<void>()>& work)
{
    if (d->context->inTransaction())
        return IamError::serviceFailure(
            QStringLiteral("A recorded change cannot run inside another directory transaction."));
    auto recorder = ChangeRecorder::start(d->sql->connectionName(), recordedTables());
    if (!recorder)
        return recorder.error();
    QByteArray changeset;
    QList<DirectoryChange::Notification> notifications;
    const QList<QMetaObject::Connection> listening = d->collect(&notifications);
    const Result<void> done = d->context->transaction(
        [&]() -> Result<void> {
            if (auto r = work(); !r)
                return r;
            auto recorded = recorder.value()->changeset();
            if (!recorded)
                return recorded.error();
            changeset = std::move(recorded).value();
            return {};
        },
        false);
    for (const auto& connection : listening)
        disconnect(connection);
    if (!done)
        return done.error();
    return DirectoryChange(std::move(changeset), std::move(notifications));
}

Result<void> Directory::revertChange(const DirectoryChange& change)
{
    if (change.isEmpty())
        return {};
    const auto inverse = ChangeRecorder::invert(change.changeset());
    if (!inverse)
        return inverse.error();
    if (auto r = d->applyRecorded(inverse.value()); !r)
        return r;
    d->replay(change.notifications(), true);
    return {};
}

Result<void> Directory::reapplyChange(const DirectoryChange& change)
{
    if (change.isEmpty())
        return {};
    if (auto r = d->applyRecorded(change.changeset()); !r)
        return r;
    d->replay(change.notifications(), false);
    return {};
}

// ---------------------------------------------------------------------------
// Accounts

Result<Account> Directory::createAccount(const QString& accountId, const QString& alias)
{
    return d->transact([&]() -> Result<Account> {
        auto created = d->accounts->create(accountId, alias);
        if (!created)
            return created.error();
        if (auto r = d->organization->attachDefaultPolicies({{}, accountId}); !r)
            return r.error();
        return created;
    });
}

QString Directory::managementAccountId() const
{
    return d->accounts->managementAccountId();
}

Result<void> Directory::setManagementAccount(const QString& accountId)
{
    return d->accounts->setManagementAccount(accountId);
}

Result<void> Directory::setMemberAccountName(const QString& accountId, const QString& name)
{
    return d->accounts->setMemberAccountName(accountId, name);
}

QString Directory::organizationIdOf(const QString& accountId) const
{
    return d->accounts->organizationIdOf(accountId);
}

std::optional<MemberAccount> Directory::memberAccount(const QString& accountId) const
{
    return d->accounts->memberAccount(accountId);
}

QList<Account> Directory::accounts() const
{
    return d->accounts->accounts();
}

std::optional<Account> Directory::findAccount(const QString& idOrAlias) const
{
    return d->accounts->find(idOrAlias);
}

Result<RootUser> Directory::setRootUser(const QString& accountId, const QString& email,
                                        const QString& passwordHash)
{
    return d->accounts->setRootUser(accountId, email, passwordHash);
}

Result<void> Directory::setRootPassword(const QString& accountId, const QString& passwordHash)
{
    return d->accounts->setRootPassword(accountId, passwordHash);
}

std::optional<RootUser> Directory::rootUser(const QString& accountId) const
{
    return d->accounts->rootUser(accountId);
}

std::optional<RootUser> Directory::rootUserByEmail(const QString& email) const
{
    return d->accounts->rootUserByEmail(email);
}

// ---------------------------------------------------------------------------
// Root users' MFA devices

Result<MfaDeviceInfo> Directory::addRootMfaDevice(const QString& accountId,
                                                  const QString& deviceName)
{
    return d->credentials->addRootMfaDevice(accountId, deviceName);
}

QList<MfaDeviceInfo> Directory::rootMfaDevices(const QString& accountId) const
{
    return d->credentials->rootMfaDevices(accountId);
}

// ---------------------------------------------------------------------------
// Users

Result<User> Directory::createUser(const QString& accountId, const QString& name,
                                   const QString& path, const TagList& tags)
{
    const KindInfo& info = *kindInfo(EntityKind::User);
    return d->transact([&]() -> Result<User> {
        if (auto r = d->requireAccount(accountId); !r)
            return r.error();
        if (auto r = NameRules::validateUserName(name); !r)
            return r.error();
        if (auto r = NameRules::validatePath(path); !r)
            return r.error();
        if (auto r = validateTags(tags); !r)
            return r.error();
        if (auto r = d->requireNameFree(info, accountId, name); !r)
            return r.error();
        User user;
        user.accountId = accountId;
        user.name = name;
        user.path = path;
        user.userId = Random::uniqueId(u"AIDA");
        user.createDate = d->now();
        user.tags = tags; // new, and free of duplicate keys: stored as given
        const auto id = d->insertEntity(info, accountId, name, path, user.userId, user.createDate);
        if (!id)
            return id.error();
        if (auto r = d->mergeTags(info, id.value(), tags); !r)
            return r.error();
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::User, accountId, name); });
        return user;
    });
}

std::optional<User> Directory::user(const QString& accountId, const QString& name) const
{
    const QList<User> found = d->selectUsers(
        QStringLiteral("WHERE u.account_id = ? AND u.name_key = ?"), {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<User>(found.first());
}

std::optional<User> Directory::userById(const QString& userId) const
{
    const QList<User> found = d->selectUsers(QStringLiteral("WHERE u.unique_id = ?"), {userId});
    return found.isEmpty() ? std::nullopt : std::optional<User>(found.first());
}

QList<User> Directory::users(const QString& accountId, int offset, int limit) const
{
    const AccountPage page =
        accountPage(QStringLiteral("users"), QStringLiteral("u"), accountId, offset, limit);
    return d->selectUsers(page.tail, page.binds);
}

int Directory::userCount(const QString& accountId) const
{
    return d->displayCount(QStringLiteral("SELECT count(*) FROM users WHERE account_id = ?"),
                           {accountId});
}

Result<User> Directory::renameUser(const QString& accountId, const QString& name,
                                   const QString& newName, const QString& newPath)
{
    const auto renamed = d->transact([&] {
        return d->renameEntity(*kindInfo(EntityKind::User), accountId, name, newName, newPath);
    });
    if (!renamed)
        return renamed.error();
    return *user(accountId, newName.isEmpty() ? name : newName);
}

Result<void> Directory::deleteUser(const QString& accountId, const QString& name)
{
    return d->transact([&]() -> Result<void> {
        const auto doomed = user(accountId, name);
        if (auto r = d->deleteEntity(*kindInfo(EntityKind::User), accountId, name); !r)
            return r;
        if (!doomed) // read failed though the row was there: fail closed
            return IamError::serviceFailure(
                QStringLiteral("Cannot read %1 before deleting it.").arg(name));
        // Its sessions die with it, so a user re-created under the name starts afresh.
        return d->temporarySessions->endSessionsOfPrincipal(EntityKind::User, doomed->userId,
                                                            doomed->arn().toString());
    });
}

// ---------------------------------------------------------------------------
// Login profiles and sign-in failures

Result<void> Directory::setLoginProfile(const QString& accountId, const QString& userName,
                                        const QString& passwordHash, bool resetRequired)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        return d->credentials->setLoginProfile(user->id, accountId, user->name, passwordHash,
                                               resetRequired);
    });
}

Result<void> Directory::deleteLoginProfile(const QString& accountId, const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        return d->credentials->deleteLoginProfile(user->id, accountId, user->name);
    });
}

std::optional<LoginProfile> Directory::loginProfile(const QString& accountId,
                                                    const QString& userName) const
{
    return d->credentials->loginProfile(accountId, userName);
}

QStringList Directory::passwordHistory(const QString& accountId, const QString& userName,
                                       int count) const
{
    return d->credentials->passwordHistory(accountId, userName, count);
}

Result<void> Directory::setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy)
{
    return d->accounts->setPasswordPolicy(accountId, policy);
}

// ---------------------------------------------------------------------------
// SAML providers

Result<SamlProvider> Directory::createSamlProvider(const QString& accountId, const QString& name,
                                                   const QString& metadataDocument,
                                                   const QDateTime& validUntil)
{
    return d->identityProviders->createSamlProvider(accountId, name, metadataDocument, validUntil);
}

std::optional<SamlProvider> Directory::samlProvider(const QString& arn) const
{
    return d->identityProviders->samlProvider(arn);
}

QList<SamlProvider> Directory::samlProviders(const QString& accountId) const
{
    return d->identityProviders->samlProviders(accountId);
}

Result<int> Directory::samlProviderCount(const QString& accountId) const
{
    return d->identityProviders->samlProviderCount(accountId);
}

Result<SamlProvider> Directory::updateSamlProvider(const QString& arn,
                                                   const QString& metadataDocument,
                                                   const QDateTime& validUntil)
{
    return d->identityProviders->updateSamlProvider(arn, metadataDocument, validUntil);
}

Result<void> Directory::deleteSamlProvider(const QString& arn)
{
    return d->identityProviders->deleteSamlProvider(arn);
}

Result<void> Directory::useSamlAssertion(const QString& providerArn, const QString& assertionId,
                                         const QDateTime& notOnOrAfter)
{
    return d->identityProviders->useSamlAssertion(providerArn, assertionId, notOnOrAfter);
}

// ---------------------------------------------------------------------------
// Password policies

std::optional<PasswordPolicy> Directory::passwordPolicy(const QString& accountId) const
{
    return d->accounts->passwordPolicy(accountId);
}

PasswordPolicy Directory::effectivePasswordPolicy(const QString& accountId) const
{
    return d->accounts->effectivePasswordPolicy(accountId);
}

Result<void> Directory::checkNewPassword(const QString& accountId, const QString& userName,
                                         const QString& password) const
{
    const PasswordPolicy policy = effectivePasswordPolicy(accountId);
    if (auto r = policy.check(password); !r)
        return r;
    for (const QString& hash : passwordHistory(accountId, userName, policy.passwordReusePrevention))
        if (PasswordHasher::verify(password, hash))
            return IamError::passwordPolicyViolation(
                QStringLiteral("Policy constraint violation with password reuse prevention during "
                               "password change."));
    return {};
}

Result<void> Directory::deletePasswordPolicy(const QString& accountId)
{
    return d->accounts->deletePasswordPolicy(accountId);
}

Result<void> Directory::recordSignInFailure(const QString& account, const QString& userName)
{
    return d->signInThrottle->recordFailure(account, userName);
}

Result<int> Directory::signInFailuresSince(const QString& account, const QString& userName,
                                           const QDateTime& since) const
{
    return d->signInThrottle->failuresSince(account, userName, since);
}

Result<QDateTime> Directory::lastSignInFailure(const QString& account,
                                               const QString& userName) const
{
    return d->signInThrottle->lastFailure(account, userName);
}

Result<void> Directory::clearSignInFailures(const QString& account, const QString& userName)
{
    return d->signInThrottle->clearFailures(account, userName);
}

// ---------------------------------------------------------------------------
// Groups and memberships

Result<Group> Directory::createGroup(const QString& accountId, const QString& name,
                                     const QString& path)
{
    const KindInfo& info = *kindInfo(EntityKind::Group);
    return d->transact([&]() -> Result<Group> {
        if (auto r = d->checkNewEntity(info, accountId, name, path); !r)
            return r.error();
        Group group;
        group.accountId = accountId;
        group.name = name;
        group.path = path;
        group.groupId = Random::uniqueId(u"AGPA");
        group.createDate = d->now();
        if (auto id = d->insertEntity(info, accountId, name, path, group.groupId, group.createDate);
            !id)
            return id.error();
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Group, accountId, name); });
        return group;
    });
}

std::optional<Group> Directory::group(const QString& accountId, const QString& name) const
{
    const QList<Group> found = d->selectGroups(
        QStringLiteral("WHERE g.account_id = ? AND g.name_key = ?"), {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<Group>(found.first());
}

QList<Group> Directory::groups(const QString& accountId, int offset, int limit) const
{
    const AccountPage page =
        accountPage(QStringLiteral("groups"), QStringLiteral("g"), accountId, offset, limit);
    return d->selectGroups(page.tail, page.binds);
}

int Directory::groupCount(const QString& accountId) const
{
    return d->displayCount(QStringLiteral("SELECT count(*) FROM groups WHERE account_id = ?"),
                           {accountId});
}

Result<Group> Directory::renameGroup(const QString& accountId, const QString& name,
                                     const QString& newName, const QString& newPath)
{
    const auto renamed = d->transact([&] {
        return d->renameEntity(*kindInfo(EntityKind::Group), accountId, name, newName, newPath);
    });
    if (!renamed)
        return renamed.error();
    return *group(accountId, newName.isEmpty() ? name : newName);
}

Result<void> Directory::deleteGroup(const QString& accountId, const QString& name)
{
    return d->transact(
        [&] { return d->deleteEntity(*kindInfo(EntityKind::Group), accountId, name); });
}

Result<void> Directory::addUserToGroup(const QString& accountId, const QString& groupName,
                                       const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto group = d->requireEntity(*kindInfo(EntityKind::Group), accountId, groupName);
        if (!group)
            return group.error();
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        const QVariantList pair{group->id, user->id};
        // One statement: whether the user is already a member, and in how many groups.
        bool member = false;
        int groups = 0;
        const auto found = d->sql->select(
            QStringLiteral(
                "SELECT coalesce(sum(CASE WHEN group_id = ? THEN 1 ELSE 0 END), 0), count(*)"
                " FROM memberships"
                " WHERE user_id = ?"),
            pair, [&](const QSqlQuery& q) {
                member = q.value(0).toInt() > 0;
                groups = q.value(1).toInt();
            });
        if (!found)
            return found.error();
        if (member)
            return {}; // nothing changes, as with AWS
        if (groups >= Quotas::GroupsPerUser)
            return quotaExceeded(QStringLiteral("GroupsPerUser"), Quotas::GroupsPerUser);
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO memberships(group_id, user_id) VALUES (?, ?)"), pair);
            !r)
            return r.error();
        const QString g = group->name;
        const QString u = user->name;
        d->notify([=, this] { Q_EMIT membershipAdded(accountId, g, u); });
        return {};
    });
}

Result<void> Directory::removeUserFromGroup(const QString& accountId, const QString& groupName,
                                            const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto group = d->requireEntity(*kindInfo(EntityKind::Group), accountId, groupName);
        if (!group)
            return group.error();
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        const auto r = d->sql->exec(
            QStringLiteral("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"),
            {group->id, user->id});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(QStringLiteral("The user with name %1 is not a member "
                                                         "of the group with name %2.")
                                              .arg(user->name, group->name));
        const QString g = group->name;
        const QString u = user->name;
        d->notify([=, this] { Q_EMIT membershipRemoved(accountId, g, u); });
        return {};
    });
}

QList<Group> Directory::groupsForUser(const QString& accountId, const QString& userName) const
{
    return d->selectGroups(
        QStringLiteral("JOIN memberships m ON m.group_id = g.id JOIN users u ON u.id = m.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY g.name_key"),
        {accountId, nameKey(userName)});
}

QList<User> Directory::usersInGroup(const QString& accountId, const QString& groupName) const
{
    return d->selectUsers(
        QStringLiteral("JOIN memberships m ON m.user_id = u.id JOIN groups g ON g.id = m.group_id"
                       " WHERE g.account_id = ? AND g.name_key = ? ORDER BY u.name_key"),
        {accountId, nameKey(groupName)});
}

// ---------------------------------------------------------------------------
// Roles

Result<Role> Directory::createRole(const Role& role)
{
    const KindInfo& info = *kindInfo(EntityKind::Role);
    return d->transact([&]() -> Result<Role> {
        Role created = role;
        if (created.path.isEmpty())
            created.path = QStringLiteral("/");
        if (auto r = d->requireAccount(role.accountId); !r)
            return r.error();
        if (auto r = NameRules::validateRoleName(role.name); !r)
            return r.error();
        if (auto r = NameRules::validatePath(created.path); !r)
            return r.error();
        if (auto r = NameRules::validateDescription(role.description); !r)
            return r.error();
        if (auto r = NameRules::validateMaxSessionDuration(role.maxSessionDuration); !r)
            return r.error();
        if (auto r = validateTags(role.tags); !r)
            return r.error();
        if (auto r = checkPolicyDocument(role.trustPolicy, PolicyDocumentUse::trust()); !r)
            return r.error();
        if (auto r = d->requireNameFree(info, role.accountId, role.name); !r)
            return r.error();
        created.roleId = Random::uniqueId(u"AROA");
        created.createDate = d->now();
        const auto id = d->sql->insert(
            QStringLiteral("INSERT INTO roles(account_id, name, name_key, path, unique_id,"
                           " create_date, description, trust_policy, max_session_duration)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {role.accountId, role.name, nameKey(role.name), created.path, created.roleId,
             toMs(created.createDate), role.description, role.trustPolicy,
             role.maxSessionDuration});
        if (!id)
            return id.error();
        if (auto r = d->mergeTags(info, id.value(), role.tags); !r)
            return r.error();
        if (!role.permissionsBoundaryArn.isEmpty())
            if (auto r = d->setBoundary(info, {id.value(), role.accountId, role.name, created.path},
                                        role.permissionsBoundaryArn);
                !r)
                return r.error();
        const QString accountId = role.accountId;
        const QString name = role.name;
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Role, accountId, name); });
        return created;
    });
}

std::optional<Role> Directory::role(const QString& accountId, const QString& name) const
{
    const QList<Role> found = d->selectRoles(
        QStringLiteral("WHERE r.account_id = ? AND r.name_key = ?"), {accountId, nameKey(name)});
    return found.isEmpty() ? std::nullopt : std::optional<Role>(found.first());
}

std::optional<Role> Directory::roleByArn(const QString& arn) const
{
    const auto parsed = Arn::parse(arn);
    if (!parsed || parsed->service() != QLatin1String("iam") ||
        parsed->resourceType() != QLatin1String("role"))
        return std::nullopt;
    auto found = role(parsed->account(), parsed->resourceName());
    // The ARN names the path too: role/path/Name must be this role's.
    if (found && found->arn().resource().compare(parsed->resource(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return found;
}

QList<Role> Directory::roles(const QString& accountId, int offset, int limit) const
{
    const AccountPage page =
        accountPage(QStringLiteral("roles"), QStringLiteral("r"), accountId, offset, limit);
    return d->selectRoles(page.tail, page.binds);
}

int Directory::roleCount(const QString& accountId) const
{
    return d->displayCount(QStringLiteral("SELECT count(*) FROM roles WHERE account_id = ?"),
                           {accountId});
}

Result<Role> Directory::updateRole(const QString& accountId, const QString& name,
                                   const QString& description, int maxSessionDuration)
{
    const auto updated = d->transact([&]() -> Result<void> {
        const auto role = d->requireEntity(*kindInfo(EntityKind::Role), accountId, name);
        if (!role)
            return role.error();
        if (auto r = NameRules::validateDescription(description); !r)
            return r;
        if (auto r = NameRules::validateMaxSessionDuration(maxSessionDuration); !r)
            return r;
        if (auto r = d->sql->exec(QStringLiteral("UPDATE roles SET description = ?,"
                                                 " max_session_duration = ? WHERE id = ?"),
                                  {description, maxSessionDuration, role->id});
            !r)
            return r.error();
        const QString roleName = role->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::Role, accountId, roleName); });
        return {};
    });
    if (!updated)
        return updated.error();
    return *role(accountId, name);
}

Result<Role> Directory::updateAssumeRolePolicy(const QString& accountId, const QString& name,
                                               const QString& trustPolicy)
{
    const auto updated = d->transact([&]() -> Result<void> {
        const auto role = d->requireEntity(*kindInfo(EntityKind::Role), accountId, name);
        if (!role)
            return role.error();
        if (auto r = checkPolicyDocument(trustPolicy, PolicyDocumentUse::trust()); !r)
            return r;
        if (auto r = d->sql->exec(QStringLiteral("UPDATE roles SET trust_policy = ? WHERE id = ?"),
                                  {trustPolicy, role->id});
            !r)
            return r.error();
        const QString roleName = role->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::Role, accountId, roleName); });
        return {};
    });
    if (!updated)
        return updated.error();
    return *role(accountId, name);
}

Result<void> Directory::deleteRole(const QString& accountId, const QString& name)
{
    return d->transact([&]() -> Result<void> {
        const auto doomed = role(accountId, name);
        if (auto r = d->deleteEntity(*kindInfo(EntityKind::Role), accountId, name); !r)
            return r;
        if (!doomed) // read failed though the row was there: fail closed
            return IamError::serviceFailure(
                QStringLiteral("Cannot read %1 before deleting it.").arg(name));
        return d->temporarySessions->endSessionsOfPrincipal(EntityKind::Role, doomed->roleId,
                                                            doomed->arn().toString());
    });
}

// ---------------------------------------------------------------------------
// Managed policies and their versions

Result<ManagedPolicy> Directory::createPolicy(const QString& accountId, const QString& name,
                                              const QString& document, const QString& path,
                                              const QString& description)
{
    const auto created = d->transact([&]() -> Result<Private::PolicyRow> {
        if (accountId == awsAccount)
            return IamError::unmodifiableEntity(
                QStringLiteral("AWS managed policies cannot be created in this directory."));
        if (auto r = d->requireAccount(accountId); !r)
            return r.error();
        auto row = d->insertPolicy(accountId, name, path, description, document);
        if (row)
            d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Policy, accountId, name); });
        return row;
    });
    if (!created)
        return created.error();
    return *policy(created->arn);
}

std::optional<ManagedPolicy> Directory::policy(const QString& policyArn) const
{
    const QList<ManagedPolicy> found =
        d->selectPolicies(QStringLiteral("WHERE p.arn = ?"), {policyArn});
    return found.isEmpty() ? std::nullopt : std::optional<ManagedPolicy>(found.first());
}

QList<ManagedPolicy> Directory::policies(const QString& accountId, int offset, int limit) const
{
    const AccountPage page =
        accountPage(QStringLiteral("policies"), QStringLiteral("p"), accountId, offset, limit);
    return d->selectPolicies(page.tail, page.binds);
}

int Directory::policyCount(const QString& accountId) const
{
    return d->displayCount(QStringLiteral("SELECT count(*) FROM policies WHERE account_id = ?"),
                           {accountId});
}

QList<ManagedPolicy> Directory::awsManagedPolicies() const
{
    return policies(awsAccount);
}

Result<void> Directory::deletePolicy(const QString& policyArn)
{
    return d->transact([&]() -> Result<void> {
        const auto policy = d->requireModifiablePolicy(policyArn);
        if (!policy)
            return policy.error();
        const auto uses =
            d->count(QStringLiteral(
                         "SELECT (SELECT count(*) FROM user_policy_attachments WHERE policy_id = ?)"
                         " + (SELECT count(*) FROM group_policy_attachments WHERE policy_id = ?)"
                         " + (SELECT count(*) FROM role_policy_attachments WHERE policy_id = ?)"
                         " + (SELECT count(*) FROM users WHERE boundary_policy_id = ?)"
                         " + (SELECT count(*) FROM roles WHERE boundary_policy_id = ?)"),
                     {policy->id, policy->id, policy->id, policy->id, policy->id});
        if (!uses)
            return uses.error();
        if (*uses > 0)
            return IamError::deleteConflict(
                QStringLiteral("Cannot delete a policy attached to entities."));
        if (auto r =
                d->sql->exec(QStringLiteral("DELETE FROM policies WHERE id = ?"), {policy->id});
            !r)
            return r.error();
        const QString accountId = policy->accountId;
        const QString name = policy->name;
        d->notify([=, this] { Q_EMIT entityRemoved(EntityKind::Policy, accountId, name); });
        return {};
    });
}

QList<PolicyVersion> Directory::policyVersions(const QString& policyArn) const
{
    QList<PolicyVersion> versions;
    const auto r = d->sql->select(
        QStringLiteral("SELECT v.version, v.document, v.is_default, v.create_date"
                       " FROM policy_versions v JOIN policies p ON p.id = v.policy_id"
                       " WHERE p.arn = ? ORDER BY v.version DESC"),
        {policyArn}, [&](const QSqlQuery& q) {
            versions.append({versionId(q.value(0).toLongLong()), q.value(1).toString(),
                             q.value(2).toBool(), fromMs(q.value(3))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return versions;
}

std::optional<PolicyVersion> Directory::defaultPolicyVersion(const QString& policyArn) const
{
    for (const PolicyVersion& version : policyVersions(policyArn))
        if (version.isDefault)
            return version;
    return std::nullopt;
}

Result<PolicyVersion> Directory::createPolicyVersion(const QString& policyArn,
                                                     const QString& document, bool setAsDefault)
{
    const auto created = d->transact([&]() -> Result<qint64> {
        const auto policy = d->requireModifiablePolicy(policyArn);
        if (!policy)
            return policy.error();
        const auto versions =
            d->count(QStringLiteral("SELECT count(*) FROM policy_versions WHERE policy_id = ?"),
                     {policy->id});
        if (!versions)
            return versions.error();
        if (*versions >= Quotas::VersionsPerManagedPolicy)
            return IamError::limitExceeded(
                QStringLiteral("A managed policy can have up to %1 versions. Before you create a "
                               "new version, you must delete an existing version.")
                    .arg(Quotas::VersionsPerManagedPolicy));
        if (auto r = checkPolicyDocument(document, PolicyDocumentUse::managed()); !r)
            return r.error();
        const auto next = d->sql->value(
            QStringLiteral("SELECT last_version + 1 FROM policies WHERE id = ?"), {policy->id});
        if (!next)
            return next.error();
        const qint64 number = next->toLongLong();
        const qint64 now = d->nowMs();
        if (setAsDefault)
            if (auto r = d->sql->exec(QStringLiteral("UPDATE policy_versions SET is_default = 0"
                                                     " WHERE policy_id = ? AND is_default = 1"),
                                      {policy->id});
                !r)
                return r.error();
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO policy_versions(policy_id, version, document,"
                               " is_default, create_date) VALUES (?, ?, ?, ?, ?)"),
                {policy->id, number, document, setAsDefault, now});
            !r)
            return r.error();
        if (auto r = d->sql->exec(QStringLiteral("UPDATE policies SET last_version = ?,"
                                                 " update_date = ? WHERE id = ?"),
                                  {number, now, policy->id});
            !r)
            return r.error();
        const QString accountId = policy->accountId;
        const QString name = policy->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::Policy, accountId, name); });
        return number;
    });
    if (!created)
        return created.error();
    for (const PolicyVersion& version : policyVersions(policyArn))
        if (version.versionId == versionId(created.value()))
            return version;
    return IamError::serviceFailure(QStringLiteral("The new policy version vanished."));
}

Result<void> Directory::setDefaultPolicyVersion(const QString& policyArn, const QString& versionId)
{
    return d->transact([&]() -> Result<void> {
        const auto policy = d->requireModifiablePolicy(policyArn);
        if (!policy)
            return policy.error();
        const auto number = versionNumber(versionId);
        if (!number)
            return IamError::constraintViolation(
                versionId, QStringLiteral("versionId"),
                QStringLiteral(
                    "satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"));
        if (auto r = d->checkPolicyVersionExists(*policy, *number); !r)
            return r;
        if (auto r = d->sql->exec(QStringLiteral("UPDATE policy_versions SET is_default = 0"
                                                 " WHERE policy_id = ? AND is_default = 1"),
                                  {policy->id});
            !r)
            return r.error();
        if (auto r = d->sql->exec(QStringLiteral("UPDATE policy_versions SET is_default = 1"
                                                 " WHERE policy_id = ? AND version = ?"),
                                  {policy->id, *number});
            !r)
            return r.error();
        if (auto r =
                d->sql->exec(QStringLiteral("UPDATE policies SET update_date = ? WHERE id = ?"),
                             {d->nowMs(), policy->id});
            !r)
            return r.error();
        const QString accountId = policy->accountId;
        const QString name = policy->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::Policy, accountId, name); });
        return {};
    });
}

Result<void> Directory::deletePolicyVersion(const QString& policyArn, const QString& versionId)
{
    return d->transact([&]() -> Result<void> {
        const auto policy = d->requireModifiablePolicy(policyArn);
        if (!policy)
            return policy.error();
        const auto number = versionNumber(versionId);
        if (!number)
            return IamError::noSuchEntity(
                QStringLiteral("Policy %1 version %2 does not exist or is not attachable.")
                    .arg(policyArn, versionId));
        if (auto r = d->checkPolicyVersionExists(*policy, *number); !r)
            return r;
        const auto defaults =
            d->count(QStringLiteral("SELECT count(*) FROM policy_versions"
                                    " WHERE policy_id = ? AND version = ? AND is_default = 1"),
                     {policy->id, *number});
        if (!defaults)
            return defaults.error();
        if (*defaults > 0)
            return IamError::deleteConflict(
                QStringLiteral("Cannot delete the default version of a policy."));
        if (auto r = d->sql->exec(
                QStringLiteral("DELETE FROM policy_versions WHERE policy_id = ? AND version = ?"),
                {policy->id, *number});
            !r)
            return r.error();
        const QString accountId = policy->accountId;
        const QString name = policy->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::Policy, accountId, name); });
        return {};
    });
}

// ---------------------------------------------------------------------------
// Account quotas

Result<int> Directory::entityCount(EntityKind kind, const QString& accountId) const
{
    QString table;
    switch (kind) {
    case EntityKind::User:
        table = QStringLiteral("users");
        break;
    case EntityKind::Group:
        table = QStringLiteral("groups");
        break;
    case EntityKind::Role:
        table = QStringLiteral("roles");
        break;
    case EntityKind::Policy:
        table = QStringLiteral("policies");
        break;
    }
    return d->count(QStringLiteral("SELECT count(*) FROM %1 WHERE account_id = ?").arg(table),
                    {accountId});
}

Result<int> Directory::accountQuota(const QString& accountId, const QString& quota) const
{
    return d->accounts->accountQuota(accountId, quota);
}

Result<void> Directory::setAccountQuota(const QString& accountId, const QString& quota, int value)
{
    return d->accounts->setAccountQuota(accountId, quota, value);
}

// ---------------------------------------------------------------------------
// Attachments

Result<void> Directory::attachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                                     const QString& policyArn)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("Attaching a policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        const auto policy = d->requireAttachablePolicy(policyArn, accountId);
        if (!policy)
            return policy.error();
        const QVariantList pair{entity->id, policy->id};
        const auto attached =
            d->count(QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ? AND policy_id = ?")
                         .arg(info->attachmentTable),
                     pair);
        if (!attached)
            return attached.error();
        if (*attached > 0)
            return {}; // already attached: nothing changes, as with AWS
        const auto attachments = d->count(
            QStringLiteral("SELECT count(*) FROM %1 WHERE owner_id = ?").arg(info->attachmentTable),
            {entity->id});
        if (!attachments)
            return attachments.error();
        const QString quota = QStringLiteral("PoliciesPer") + info->title;
        const auto limit = kind == EntityKind::Group ? Result<int>(Quotas::ManagedPoliciesPerEntity)
                                                     : accountQuota(accountId, quota);
        if (!limit)
            return limit.error();
        if (*attachments >= *limit)
            return quotaExceeded(quota, *limit);
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO %1(owner_id, policy_id, attach_date) VALUES (?, ?, ?)")
                    .arg(info->attachmentTable),
                pair + QVariantList{d->nowMs()});
            !r)
            return r.error();
        const QString entityName = entity->name;
        const QString arn = policy->arn;
        d->notify([=, this] { Q_EMIT attachmentsChanged(arn, kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::detachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                                     const QString& policyArn)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("Detaching a policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        const auto policy = d->requirePolicy(policyArn);
        if (!policy)
            return policy.error();
        const auto r =
            d->sql->exec(QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND policy_id = ?")
                             .arg(info->attachmentTable),
                         {entity->id, policy->id});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("Policy %1 was not found.").arg(policyArn));
        const QString entityName = entity->name;
        const QString arn = policy->arn;
        d->notify([=, this] { Q_EMIT attachmentsChanged(arn, kind, accountId, entityName); });
        return {};
    });
}

QList<ManagedPolicy> Directory::attachedPolicies(EntityKind kind, const QString& accountId,
                                                 const QString& name) const
{
    const KindInfo* info = kindInfo(kind);
    if (!info)
        return {};
    return d->selectPolicies(QStringLiteral("JOIN %1 x ON x.policy_id = p.id"
                                            " JOIN %2 e ON e.id = x.owner_id"
                                            " WHERE e.account_id = ? AND e.name_key = ?"
                                            " ORDER BY p.name_key, p.account_id")
                                 .arg(info->attachmentTable, info->table),
                             {accountId, nameKey(name)});
}

QList<Directory::EntityRef> Directory::policyAttachments(const QString& policyArn) const
{
    QList<EntityRef> refs;
    for (EntityKind kind : {EntityKind::User, EntityKind::Group, EntityKind::Role}) {
        const KindInfo& info = *kindInfo(kind);
        const auto r =
            d->sql->select(QStringLiteral("SELECT e.account_id, e.name FROM %1 x"
                                          " JOIN %2 e ON e.id = x.owner_id"
                                          " JOIN policies p ON p.id = x.policy_id"
                                          " WHERE p.arn = ?"
                                          " ORDER BY e.account_id, e.name_key")
                               .arg(info.attachmentTable, info.table),
                           {policyArn}, [&](const QSqlQuery& q) {
                               refs.append({kind, q.value(0).toString(), q.value(1).toString()});
                           });
        if (!r)
            qWarning("%s", qPrintable(r.error().message()));
    }
    return refs;
}

// ---------------------------------------------------------------------------
// Inline policies, boundaries, tags

Result<void> Directory::putInlinePolicy(EntityKind kind, const QString& accountId,
                                        const QString& name, const InlinePolicy& policy)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("An inline policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = NameRules::validatePolicyName(policy.name); !r)
            return r;
        // The entity's inline policies share one quota; the one replaced does not count.
        int usedByOthers = 0;
        const auto others = d->sql->select(
            QStringLiteral("SELECT document FROM %1 WHERE owner_id = ? AND name_key <> ?")
                .arg(info->inlineTable),
            {entity->id, nameKey(policy.name)}, [&](const QSqlQuery& q) {
                usedByOthers += sizeWithoutWhitespace(q.value(0).toString());
            });
        if (!others)
            return others.error();
        if (auto r = checkPolicyDocument(
                policy.document, PolicyDocumentUse::inlineFor(*info, entity->name, usedByOthers));
            !r)
            return r;
        if (auto r = d->sql->exec(
                QStringLiteral(
                    "INSERT INTO %1(owner_id, name, name_key, document) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (owner_id, name_key) DO UPDATE SET"
                    " name = excluded.name, document = excluded.document")
                    .arg(info->inlineTable),
                {entity->id, policy.name, nameKey(policy.name), policy.document});
            !r)
            return r.error();
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::deleteInlinePolicy(EntityKind kind, const QString& accountId,
                                           const QString& name, const QString& policyName)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("An inline policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        const auto r =
            d->sql->exec(QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND name_key = ?")
                             .arg(info->inlineTable),
                         {entity->id, nameKey(policyName)});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The %1 policy with name %2 cannot be found.")
                    .arg(info->label, policyName));
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

QList<InlinePolicy> Directory::inlinePolicies(EntityKind kind, const QString& accountId,
                                              const QString& name) const
{
    const KindInfo* info = kindInfo(kind);
    if (!info)
        return {};
    QList<InlinePolicy> out;
    const auto r = d->sql->select(QStringLiteral("SELECT i.name, i.document FROM %1 i"
                                                 " JOIN %2 e ON e.id = i.owner_id"
                                                 " WHERE e.account_id = ? AND e.name_key = ?"
                                                 " ORDER BY i.name_key")
                                      .arg(info->inlineTable, info->table),
                                  {accountId, nameKey(name)}, [&](const QSqlQuery& q) {
                                      out.append({q.value(0).toString(), q.value(1).toString()});
                                  });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> Directory::setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                               const QString& name, const QString& policyArn)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info || !info->hasBoundary)
            return unsupportedKind(kind, QStringLiteral("A permissions boundary"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = d->setBoundary(*info, *entity, policyArn); !r)
            return r;
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::tagEntity(EntityKind kind, const QString& accountId, const QString& name,
                                  const TagList& tags)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info || info->tagTable.isEmpty())
            return unsupportedKind(kind, QStringLiteral("Tagging"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = d->mergeTags(*info, entity->id, tags); !r)
            return r;
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::untagEntity(EntityKind kind, const QString& accountId, const QString& name,
                                    const QStringList& keys)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info || info->tagTable.isEmpty())
            return unsupportedKind(kind, QStringLiteral("Tagging"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        for (const QString& key : keys)
            if (auto r = d->sql->exec(QStringLiteral("DELETE FROM %1 WHERE owner_id = ? AND "
                                                     "key_lower = ?")
                                          .arg(info->tagTable),
                                      {entity->id, key.toLower()});
                !r)
                return r.error();
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

// ---------------------------------------------------------------------------
// Access keys and MFA devices

Result<AccessKeyInfo> Directory::addAccessKey(const QString& accountId, const QString& userName,
                                              const QString& accessKeyId)
{
    const auto added = d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        return d->credentials->addAccessKey(user->id, accountId, user->name, accessKeyId);
    });
    if (!added)
        return added.error();
    return *accessKey(accessKeyId);
}

QList<AccessKeyInfo> Directory::accessKeys(const QString& accountId, const QString& userName) const
{
    return d->credentials->accessKeys(accountId, userName);
}

std::optional<AccessKeyInfo> Directory::accessKey(const QString& accessKeyId) const
{
    return d->credentials->accessKey(accessKeyId);
}

Result<void> Directory::setAccessKeyActive(const QString& accessKeyId, bool active)
{
    return d->credentials->setAccessKeyActive(accessKeyId, active);
}

Result<void> Directory::recordAccessKeyUse(const QString& accessKeyId, const QString& service)
{
    return d->credentials->recordAccessKeyUse(accessKeyId, service);
}

Result<void> Directory::deleteAccessKey(const QString& accessKeyId)
{
    return d->credentials->deleteAccessKey(accessKeyId);
}

Result<MfaDeviceInfo> Directory::addMfaDevice(const QString& accountId, const QString& userName,
                                              const QString& deviceName)
{
    const auto added = d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        return d->credentials->addMfaDevice(user->id, accountId, user->name, deviceName);
    });
    if (!added)
        return added.error();
    const QString serial = Arn::mfa(accountId, deviceName).toString();
    for (const MfaDeviceInfo& device : mfaDevices(accountId, userName))
        if (device.serialNumber == serial)
            return device;
    return IamError::serviceFailure(QStringLiteral("The new MFA device vanished."));
}

QList<MfaDeviceInfo> Directory::mfaDevices(const QString& accountId, const QString& userName) const
{
    return d->credentials->mfaDevices(accountId, userName);
}

Result<void> Directory::removeMfaDevice(const QString& serialNumber)
{
    return d->credentials->removeMfaDevice(serialNumber);
}

Result<void> Directory::acceptMfaCodeStep(const QString& serialNumber, quint64 step)
{
    return d->credentials->acceptMfaCodeStep(serialNumber, step);
}

std::optional<MfaDeviceInfo> Directory::mfaDevice(const QString& serialNumber) const
{
    return d->credentials->mfaDevice(serialNumber);
}

// ---------------------------------------------------------------------------
// Temporary sessions

Result<void> Directory::addTemporarySession(const TemporarySession& session)
{
    return d->temporarySessions->add(session);
}

std::optional<TemporarySession> Directory::temporarySession(const QString& accessKeyId) const
{
    return d->temporarySessions->session(accessKeyId);
}

QList<TemporarySession> Directory::temporarySessions(const QDateTime& openAt) const
{
    return d->temporarySessions->sessions(openAt);
}

std::optional<TemporarySession> Directory::openConsoleSession(const QString& userArn,
                                                              const QDateTime& now) const
{
    return d->temporarySessions->openConsoleSession(userArn, now);
}

Result<void> Directory::markConsoleSession(const QString& accessKeyId, const QString& userArn,
                                           const QString& displayName, const QString& color)
{
    return d->temporarySessions->markConsoleSession(accessKeyId, userArn, displayName, color);
}

Result<void> Directory::endTemporarySession(const QString& accessKeyId, const QString& reason,
                                            const QDateTime& endedAt)
{
    return d->temporarySessions->end(accessKeyId, reason, endedAt);
}

// ---------------------------------------------------------------------------
// Role history

Result<Directory::Private::EntityRow>
Directory::Private::requireUserByArn(const QString& userArn) const
{
    const auto owner = RoleHistory::userOf(userArn);
    if (!owner)
        return IamError::invalidInput(
            QStringLiteral("%1 is not the ARN of an IAM user.").arg(userArn));
    return requireEntity(*kindInfo(EntityKind::User), owner->first, owner->second);
}

Result<Directory::Private::EntityRow>
Directory::Private::requireSwitchingUser(const QString& userArn, const QString& color) const
{
    auto user = requireUserByArn(userArn);
    if (!user)
        return user.error();
    if (auto r = RoleHistory::checkDisplayColor(color); !r)
        return r.error();
    return user;
}

Result<void> Directory::recordRoleHistory(const RoleHistoryEntry& entry)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireSwitchingUser(entry.userArn, entry.color);
        if (!user)
            return user.error();
        return d->roleHistory->record(user->id, entry);
    });
}

QList<RoleHistoryEntry> Directory::roleHistory(const QString& userArn) const
{
    return d->roleHistory->entries(userArn);
}

// ---------------------------------------------------------------------------
// Saved roles

Result<void> Directory::saveRoleBookmark(const RoleBookmark& bookmark)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireSwitchingUser(bookmark.userArn, bookmark.color);
        if (!user)
            return user.error();
        return d->roleHistory->saveBookmark(user->id, bookmark);
    });
}

QList<RoleBookmark> Directory::roleBookmarks(const QString& userArn) const
{
    return d->roleHistory->bookmarks(userArn);
}

Result<void> Directory::removeRoleBookmark(const QString& userArn, const QString& profileName)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireUserByArn(userArn);
        if (!user)
            return user.error();
        return d->roleHistory->removeBookmark(user->id, userArn, profileName);
    });
}

// ---------------------------------------------------------------------------
// Audit trail

Result<AuditEvent> Directory::appendAuditEvent(const AuditEvent& event)
{
    return d->auditTrail->append(event);
}

QList<AuditEvent> Directory::auditEvents(int offset, int limit) const
{
    return d->auditTrail->events(offset, limit);
}

int Directory::auditEventCount() const
{
    return d->auditTrail->count();
}

QList<AuditEvent> Directory::auditEventsOf(const QString& action) const
{
    return d->auditTrail->eventsOf(action);
}

std::optional<qint64> Directory::verifyAuditChain() const
{
    return d->auditTrail->verify();
}

// ---------------------------------------------------------------------------
// Import

namespace {
// An import holds documents to the grammar only: the file is what AWS
// accepted, under whatever quotas the account had.
PolicyDocumentUse withoutSizeQuota(PolicyDocumentUse::Kind kind)
{
    return {kind, std::numeric_limits<int>::max(), QString()};
}

// The recorded id when it is free in table, else a new one.
QString keptOrNewId(SqlConnection& sql, const QString& table, const QString& recorded,
                    QStringView prefix)
{
    if (!recorded.isEmpty() &&
        sql.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE unique_id = ?").arg(table),
                   {recorded}, 1)
                .toInt() == 0)
        return recorded;
    return Random::uniqueId(prefix);
}

QDateTime recordedOr(const QDateTime& recorded, const QDateTime& fallback)
{
    return recorded.isValid() ? recorded.toUTC() : fallback;
}
} // namespace

Result<User> Directory::importUser(const User& user)
{
    const KindInfo& info = *kindInfo(EntityKind::User);
    return d->transact([&]() -> Result<User> {
        if (auto r = d->checkNewEntity(info, user.accountId, user.name, user.path); !r)
            return r.error();
        User stored = user;
        stored.userId = keptOrNewId(*d->sql, info.table, user.userId, u"AIDA");
        stored.createDate = recordedOr(user.createDate, d->now());
        stored.hasConsolePassword = false;
        stored.passwordResetRequired = false;
        const auto id = d->insertEntity(info, user.accountId, user.name, user.path, stored.userId,
                                        stored.createDate);
        if (!id)
            return id.error();
        if (auto r = d->mergeTags(info, id.value(), user.tags); !r)
            return r.error();
        if (!user.permissionsBoundaryArn.isEmpty())
            if (auto r = d->setBoundary(info, {id.value(), user.accountId, user.name, user.path},
                                        user.permissionsBoundaryArn);
                !r)
                return r.error();
        const QString accountId = user.accountId;
        const QString name = user.name;
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::User, accountId, name); });
        return stored;
    });
}

Result<Group> Directory::importGroup(const Group& group)
{
    const KindInfo& info = *kindInfo(EntityKind::Group);
    return d->transact([&]() -> Result<Group> {
        if (auto r = d->checkNewEntity(info, group.accountId, group.name, group.path); !r)
            return r.error();
        Group stored = group;
        stored.groupId = keptOrNewId(*d->sql, info.table, group.groupId, u"AGPA");
        stored.createDate = recordedOr(group.createDate, d->now());
        if (auto id = d->insertEntity(info, group.accountId, group.name, group.path, stored.groupId,
                                      stored.createDate);
            !id)
            return id.error();
        const QString accountId = group.accountId;
        const QString name = group.name;
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Group, accountId, name); });
        return stored;
    });
}

Result<Role> Directory::importRole(const Role& role)
{
    const KindInfo& info = *kindInfo(EntityKind::Role);
    return d->transact([&]() -> Result<Role> {
        if (auto r = d->requireAccount(role.accountId); !r)
            return r.error();
        if (auto r = NameRules::validateRoleName(role.name); !r)
            return r.error();
        if (auto r = NameRules::validatePath(role.path); !r)
            return r.error();
        if (auto r = NameRules::validateDescription(role.description); !r)
            return r.error();
        if (auto r = NameRules::validateMaxSessionDuration(role.maxSessionDuration); !r)
            return r.error();
        if (auto r = checkPolicyDocument(role.trustPolicy,
                                         withoutSizeQuota(PolicyDocumentUse::Kind::Trust));
            !r)
            return r.error();
        if (auto r = d->requireNameFree(info, role.accountId, role.name); !r)
            return r.error();
        Role stored = role;
        stored.roleId = keptOrNewId(*d->sql, info.table, role.roleId, u"AROA");
        stored.createDate = recordedOr(role.createDate, d->now());
        const auto id = d->sql->insert(
            QStringLiteral("INSERT INTO roles(account_id, name, name_key, path, unique_id,"
                           " create_date, description, trust_policy, max_session_duration)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {role.accountId, role.name, nameKey(role.name), role.path, stored.roleId,
             toMs(stored.createDate), role.description, role.trustPolicy, role.maxSessionDuration});
        if (!id)
            return id.error();
        if (auto r = d->mergeTags(info, id.value(), role.tags); !r)
            return r.error();
        if (!role.permissionsBoundaryArn.isEmpty())
            if (auto r = d->setBoundary(info, {id.value(), role.accountId, role.name, role.path},
                                        role.permissionsBoundaryArn);
                !r)
                return r.error();
        const QString accountId = role.accountId;
        const QString name = role.name;
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Role, accountId, name); });
        return stored;
    });
}

Result<ManagedPolicy> Directory::importPolicy(const ManagedPolicy& managed,
                                              const QList<PolicyVersion>& versions)
{
    const auto imported = d->transact([&]() -> Result<QString> {
        if (managed.accountId != awsAccount)
            if (auto r = d->requireAccount(managed.accountId); !r)
                return r.error();
        if (auto r = NameRules::validatePolicyName(managed.name); !r)
            return r.error();
        if (auto r = NameRules::validatePath(managed.path); !r)
            return r.error();
        if (auto r = NameRules::validateDescription(managed.description); !r)
            return r.error();
        QSet<qint64> numbers;
        qint64 last = 0;
        int defaults = 0;
        for (const PolicyVersion& version : versions) {
            const auto number = versionNumber(version.versionId);
            if (!number)
                return IamError::constraintViolation(
                    version.versionId, QStringLiteral("versionId"),
                    QStringLiteral("satisfy regular expression pattern: v[1-9][0-9]*"));
            if (numbers.contains(*number))
                return IamError::invalidInput(
                    QStringLiteral("Policy version %1 appears twice.").arg(version.versionId));
            numbers.insert(*number);
            last = qMax(last, *number);
            defaults += version.isDefault ? 1 : 0;
            if (auto r = checkPolicyDocument(version.document,
                                             withoutSizeQuota(PolicyDocumentUse::Kind::Managed));
                !r)
                return r.error();
        }
        if (defaults != 1)
            return IamError::invalidInput(
                QStringLiteral("A managed policy needs exactly one default version, not %1.")
                    .arg(defaults));
        const auto sameName = d->count(
            QStringLiteral("SELECT count(*) FROM policies WHERE account_id = ? AND name_key = ?"),
            {managed.accountId, nameKey(managed.name)});
        if (!sameName)
            return sameName.error();
        if (*sameName > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("A policy called %1 already exists. Duplicate names are not "
                               "allowed.")
                    .arg(managed.name));
        const QString arn = Arn::policy(managed.accountId, managed.path, managed.name).toString();
        const QDateTime created = recordedOr(managed.createDate, d->now());
        const QDateTime updated = recordedOr(managed.updateDate, created);
        const auto id = d->sql->insert(
            QStringLiteral("INSERT INTO policies(account_id, name, name_key, path, unique_id, arn,"
                           " description, create_date, update_date, last_version)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {managed.accountId, managed.name, nameKey(managed.name), managed.path,
             keptOrNewId(*d->sql, QStringLiteral("policies"), managed.policyId, u"ANPA"), arn,
             managed.description, toMs(created), toMs(updated), last});
        if (!id)
            return id.error();
        for (const PolicyVersion& version : versions)
            if (auto r = d->sql->exec(
                    QStringLiteral("INSERT INTO policy_versions(policy_id, version, document,"
                                   " is_default, create_date) VALUES (?, ?, ?, ?, ?)"),
                    {id.value(), *versionNumber(version.versionId), version.document,
                     version.isDefault, toMs(recordedOr(version.createDate, created))});
                !r)
                return r.error();
        const QString accountId = managed.accountId;
        const QString name = managed.name;
        d->notify([=, this] { Q_EMIT entityAdded(EntityKind::Policy, accountId, name); });
        return arn;
    });
    if (!imported)
        return imported.error();
    return *policy(imported.value());
}

Result<void> Directory::importMembership(const QString& accountId, const QString& groupName,
                                         const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto group = d->requireEntity(*kindInfo(EntityKind::Group), accountId, groupName);
        if (!group)
            return group.error();
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        if (auto r = d->sql->exec(QStringLiteral("INSERT OR IGNORE INTO memberships(group_id,"
                                                 " user_id) VALUES (?, ?)"),
                                  {group->id, user->id});
            !r)
            return r.error();
        const QString g = group->name;
        const QString u = user->name;
        d->notify([=, this] { Q_EMIT membershipAdded(accountId, g, u); });
        return {};
    });
}

Result<void> Directory::importAttachment(EntityKind kind, const QString& accountId,
                                         const QString& name, const QString& policyArn)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("Attaching a policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        const auto policy = d->requireAttachablePolicy(policyArn, accountId);
        if (!policy)
            return policy.error();
        if (auto r = d->sql->exec(QStringLiteral("INSERT OR IGNORE INTO %1(owner_id, policy_id,"
                                                 " attach_date) VALUES (?, ?, ?)")
                                      .arg(info->attachmentTable),
                                  {entity->id, policy->id, d->nowMs()});
            !r)
            return r.error();
        const QString entityName = entity->name;
        const QString arn = policy->arn;
        d->notify([=, this] { Q_EMIT attachmentsChanged(arn, kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::importInlinePolicy(EntityKind kind, const QString& accountId,
                                           const QString& name, const InlinePolicy& policy)
{
    return d->transact([&]() -> Result<void> {
        const KindInfo* info = kindInfo(kind);
        if (!info)
            return unsupportedKind(kind, QStringLiteral("An inline policy"));
        const auto entity = d->requireEntity(*info, accountId, name);
        if (!entity)
            return entity.error();
        if (auto r = NameRules::validatePolicyName(policy.name); !r)
            return r;
        if (auto r = checkPolicyDocument(policy.document,
                                         withoutSizeQuota(PolicyDocumentUse::Kind::Inline));
            !r)
            return r;
        if (auto r = d->sql->exec(
                QStringLiteral(
                    "INSERT INTO %1(owner_id, name, name_key, document) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (owner_id, name_key) DO UPDATE SET"
                    " name = excluded.name, document = excluded.document")
                    .arg(info->inlineTable),
                {entity->id, policy.name, nameKey(policy.name), policy.document});
            !r)
            return r.error();
        const QString entityName = entity->name;
        d->notify([=, this] { Q_EMIT entityChanged(kind, accountId, entityName); });
        return {};
    });
}

Result<void> Directory::clearAccount(const QString& accountId, const QStringList& keptRoles)
{
    return d->transact([&]() -> Result<void> {
        if (auto r = d->requireAccount(accountId); !r)
            return r;
        const auto holderName = d->sql->value(
            QStringLiteral("SELECT u.name FROM users u WHERE u.account_id = ? AND"
                           " (EXISTS (SELECT 1 FROM access_keys k WHERE k.user_id = u.id)"
                           " OR EXISTS (SELECT 1 FROM mfa_devices m WHERE m.user_id = u.id))"
                           " ORDER BY u.name_key LIMIT 1"),
            {accountId});
        if (!holderName)
            return holderName.error();
        const QString holder = holderName->toString();
        if (!holder.isEmpty())
            return IamError::deleteConflict(
                QStringLiteral("Cannot replace account %1: user %2 has access keys or MFA "
                               "devices; delete them first.")
                    .arg(accountId, holder));
        // Entities before policies: attachments and boundaries hold on to policies.
        QVariantList kept{accountId};
        QStringList placeholders;
        for (const QString& name : keptRoles) {
            kept << name.toLower();
            placeholders << QStringLiteral("?");
        }
        const QString keptClause =
            keptRoles.isEmpty()
                ? QString()
                : QStringLiteral(" AND name_key NOT IN (%1)").arg(placeholders.join(u','));
        for (const QString& table : {QStringLiteral("users"), QStringLiteral("roles"),
                                     QStringLiteral("groups"), QStringLiteral("policies")}) {
            const bool roles = table == QLatin1String("roles");
            if (auto r = d->sql->exec(QStringLiteral("DELETE FROM %1 WHERE account_id = ?%2")
                                          .arg(table, roles ? keptClause : QString()),
                                      roles ? kept : QVariantList{accountId});
                !r)
                return r.error();
        }
        d->notify([this] { Q_EMIT directoryReset(); });
        return {};
    });
}

// ---------------------------------------------------------------------------
// The organization's structure and policies

QString Directory::organizationRootId() const
{
    return d->organization->organizationRootId();
}

QString Directory::freshOrganizationalUnitId() const
{
    return d->organization->freshOrganizationalUnitId();
}

Result<OrganizationalUnit> Directory::createOrganizationalUnit(const QString& parentId,
                                                               const QString& name,
                                                               const QString& ouId)
{
    return d->organization->createOrganizationalUnit(parentId, name, ouId);
}

Result<OrganizationalUnit> Directory::importOrganizationalUnit(const OrganizationalUnit& unit)
{
    return d->organization->importOrganizationalUnit(unit);
}

Result<OrganizationalUnit> Directory::renameOrganizationalUnit(const QString& ouId,
                                                               const QString& name)
{
    return d->organization->renameOrganizationalUnit(ouId, name);
}

Result<void> Directory::deleteOrganizationalUnit(const QString& ouId)
{
    return d->organization->deleteOrganizationalUnit(ouId);
}

std::optional<OrganizationalUnit> Directory::organizationalUnit(const QString& ouId) const
{
    return d->organization->organizationalUnit(ouId);
}

QList<OrganizationalUnit> Directory::organizationalUnitsForParent(const QString& parentId) const
{
    return d->organization->organizationalUnitsForParent(parentId);
}

QList<OrganizationalUnit> Directory::organizationalUnits() const
{
    return d->organization->organizationalUnits();
}

QStringList Directory::accountsForParent(const QString& parentId) const
{
    return d->organization->accountsForParent(parentId);
}

QString Directory::parentOf(const QString& accountId) const
{
    return d->organization->parentOf(accountId);
}

Result<void> Directory::moveAccount(const QString& accountId, const QString& sourceParentId,
                                    const QString& destinationParentId)
{
    return d->organization->moveAccount(accountId, sourceParentId, destinationParentId);
}

std::optional<OrganizationTarget> Directory::organizationTarget(const QString& targetId) const
{
    return d->organization->organizationTarget(targetId);
}

QList<OrganizationTarget> Directory::targetPath(const QString& targetId) const
{
    return d->organization->targetPath(targetId);
}

QString Directory::freshOrganizationPolicyId() const
{
    return d->organization->freshOrganizationPolicyId();
}

Result<OrganizationPolicy> Directory::createOrganizationPolicy(const QString& name,
                                                               const QString& description,
                                                               OrganizationPolicy::Type type,
                                                               const QString& content,
                                                               const QString& policyId)
{
    return d->organization->createOrganizationPolicy(name, description, type, content, policyId);
}

Result<OrganizationPolicy> Directory::importOrganizationPolicy(const OrganizationPolicy& policy)
{
    return d->organization->importOrganizationPolicy(policy);
}

Result<OrganizationPolicy> Directory::updateOrganizationPolicy(const QString& policyId,
                                                               const QString& name,
                                                               const QString& description,
                                                               const QString& content)
{
    return d->organization->updateOrganizationPolicy(policyId, name, description, content);
}

Result<void> Directory::deleteOrganizationPolicy(const QString& policyId)
{
    return d->organization->deleteOrganizationPolicy(policyId);
}

std::optional<OrganizationPolicy> Directory::organizationPolicy(const QString& policyId) const
{
    return d->organization->organizationPolicy(policyId);
}

QList<OrganizationPolicy> Directory::organizationPolicies(OrganizationPolicy::Type type) const
{
    return d->organization->organizationPolicies(type);
}

Result<void> Directory::attachOrganizationPolicy(const QString& policyId, const QString& targetId)
{
    return d->organization->attachOrganizationPolicy(policyId, targetId);
}

Result<void> Directory::detachOrganizationPolicy(const QString& policyId, const QString& targetId)
{
    return d->organization->detachOrganizationPolicy(policyId, targetId);
}

QList<OrganizationPolicy> Directory::policiesForTarget(const QString& targetId,
                                                       OrganizationPolicy::Type type) const
{
    return d->organization->policiesForTarget(targetId, type);
}

QList<OrganizationTarget> Directory::targetsForPolicy(const QString& policyId) const
{
    return d->organization->targetsForPolicy(policyId);
}
