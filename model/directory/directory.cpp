#include "directory/directory.h"

#include "crypto/owneronlyfile.h"
#include "crypto/passwordhasher.h"
#include "crypto/random.h"
#include "directory/auditchain.h"
#include "directory/awsmanagedpolicies.h"
#include "directory/changerecorder.h"
#include "directory/organizationpolicyfields.h"
#include "directory/schemamigrator.h"
#include "directory/sqlconnection.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/namerules.h"
#include "iam/organizationids.h"
#include "iam/quotas.h"
#include "policy/policydocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace {

const QString awsAccount = QStringLiteral("aws");

qint64 toMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString nameKey(const QString& name)
{
    return name.toLower();
}

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
    // SQLite reads LIMIT -1 as "no limit".
    return {QStringLiteral("WHERE %2.id IN (SELECT id FROM %1 WHERE account_id = ?"
                           " ORDER BY name_key LIMIT ? OFFSET ?) ORDER BY %2.name_key")
                .arg(table, alias),
            {accountId, limit < 0 ? -1 : limit, qMax(0, offset)}};
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

IamError noSuchAccount(const QString& accountId)
{
    return IamError::noSuchEntity(
        QStringLiteral("The account with id %1 cannot be found.").arg(accountId));
}

IamError quotaExceeded(const QString& quota, int limit)
{
    return IamError::limitExceeded(
        QStringLiteral("Cannot exceed quota for %1: %2").arg(quota).arg(limit));
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

const QString auditSelect = QStringLiteral(
    "SELECT sequence, time, actor_arn, session_name, action, target, outcome, detail,"
    " previous_hash, hash, source_address, user_agent FROM audit_events ");

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

AuditEvent readAuditEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.sequence = q.value(0).toLongLong();
    e.time = fromMs(q.value(1));
    e.actorArn = q.value(2).toString();
    e.sessionName = q.value(3).toString();
    e.action = q.value(4).toString();
    e.target = q.value(5).toString();
    e.outcome = q.value(6).toString();
    e.detail = q.value(7).toString();
    e.previousHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    e.sourceAddress = q.value(10).toString();
    e.userAgent = q.value(11).toString();
    return e;
}

AccessKeyInfo readAccessKey(const QSqlQuery& q)
{
    AccessKeyInfo k;
    k.accessKeyId = q.value(0).toString();
    k.accountId = q.value(1).toString();
    k.userName = q.value(2).toString();
    k.active = q.value(3).toBool();
    k.createDate = fromMs(q.value(4));
    k.lastUsed = fromMs(q.value(5));
    k.lastUsedService = q.value(6).toString();
    return k;
}

const QString accessKeySelect = QStringLiteral(
    "SELECT k.access_key_id, u.account_id, u.name, k.active, k.create_date, k.last_used,"
    " k.last_used_service FROM access_keys k JOIN users u ON u.id = k.user_id ");

// A JSON array of row ids, bound as one value and read with json_each(), so a
// page of any size loads its tags with one prepared statement.
QString idArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(double(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

// Where a parent or target lives in the tables: the root (both empty), an OU or an account.
struct OrganizationNode
{
    QString ouId;
    QString accountId;
    bool isRoot() const { return ouId.isEmpty() && accountId.isEmpty(); }
};

class Directory::Private
{
public:
    explicit Private(Directory* owner)
        : q(owner)
    {}

    Directory* q;
    std::unique_ptr<SqlConnection> sql;
    const Clock* clock = nullptr;
    QString directoryId;
    int depth = 0;
    bool resetRequested = false;
    qint64 dataVersion = -1; // PRAGMA data_version when last checked
    QList<std::function<void()>> pending;

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

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    qint64 nowMs() const { return toMs(clock->now()); }

    // Transactions and signals
    Result<void> transaction(const std::function<Result<void>()>& work, bool bulk);
    Result<void> outermost(const std::function<Result<void>()>& work, bool bulk);
    Result<void> nested(const std::function<Result<void>()>& work, bool bulk);
    void emitQueued();
    // Runs work in a transaction and hands back its value.
    template <typename F>
    auto transact(F&& work) -> decltype(work());
    // Queues a change signal for after the commit.
    void notify(std::function<void()> signal);

    // Lookups inside mutators
    // The row, none, or the SQL error: a failed lookup never reads as "free".
    Result<std::optional<EntityRow>> entityRow(const KindInfo& info, const QString& accountId,
                                               const QString& name) const;
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
    // The organization's OUs and policies matching a WHERE clause (p. for policies).
    QList<OrganizationalUnit> organizationalUnits(const QString& where, const QVariantList& binds,
                                                  const QString& management) const;
    QList<OrganizationPolicy> organizationPolicies(const QString& where, const QVariantList& binds,
                                                   const QString& management) const;
    // PolicyNotFoundException; ConstraintViolationException for an AWS-managed one when modifiable.
    Result<OrganizationPolicy> requireOrganizationPolicy(const QString& policyId,
                                                         bool modifiable) const;
    // TargetNotFoundException unless the root, an OU or an account of the organization.
    Result<OrganizationNode> requireTarget(const QString& targetId) const;
    Result<PolicyRow> requireModifiablePolicy(const QString& arn) const;
    // A policy the entity's account may attach: its own or an AWS-managed one.
    Result<PolicyRow> requireAttachablePolicy(const QString& arn, const QString& accountId) const;
    // A failed count is an error, never zero: quotas and conflict checks fail closed.
    Result<int> count(const QString& sql, const QVariantList& binds) const;
    // Only for what is shown (totals in lists), never for a decision.
    int displayCount(const QString& sql, const QVariantList& binds) const;
    // Ends the open sessions of a deleted user (its session tokens and the
    // console's role sessions it opened) or role (its role sessions), by the
    // principal's unique id; reason principalDeletedReason.
    Result<void> endSessionsOfPrincipal(EntityKind kind, const QString& uniqueId,
                                        const QString& arn);

    // Readers that never run a query per row
    QList<User> selectUsers(const QString& tail, const QVariantList& binds) const;
    QList<Group> selectGroups(const QString& tail, const QVariantList& binds) const;
    QList<Role> selectRoles(const QString& tail, const QVariantList& binds) const;
    QList<ManagedPolicy> selectPolicies(const QString& tail, const QVariantList& binds) const;
    QHash<qint64, TagList> tagsOf(const QString& tagTable, const QList<qint64>& ownerIds) const;
    template <typename T>
    QList<T> selectRows(const QString& sql, const QVariantList& binds, T (*read)(const QSqlQuery&),
                        QList<qint64>* ids = nullptr) const;

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
    // Keeps the newest hashes reuse prevention may ask for, and no more.
    Result<void> appendPasswordHistory(qint64 userId, const QString& passwordHash);
    // Whether a user's or a root user's MFA device has the serial: one namespace per account.
    Result<bool> mfaSerialTaken(const QString& serial) const;
    // Undo / redo
    Result<void> applyRecorded(const QByteArray& changeset);
    void replay(const QList<DirectoryChange::Notification>& notifications, bool inverse);
    QList<QMetaObject::Connection> collect(QList<DirectoryChange::Notification>* into);
    // Runs one statement on an access key and tells views its user changed.
    Result<void> changeAccessKey(const QString& accessKeyId, const QString& sqlText,
                                 const QVariantList& binds);
};

// ---------------------------------------------------------------------------
// Transactions and signals

Result<void> Directory::Private::transaction(const std::function<Result<void>()>& work, bool bulk)
{
    return depth == 0 ? outermost(work, bulk) : nested(work, bulk);
}

Result<void> Directory::Private::outermost(const std::function<Result<void>()>& work, bool bulk)
{
    if (auto r = sql->exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r.error();
    depth = 1;
    resetRequested = bulk;
    Result<void> result = work();
    depth = 0;
    if (result)
        if (auto committed = sql->exec(QStringLiteral("COMMIT")); !committed)
            result = committed.error();
    if (!result) {
        // The error that made us roll back is the answer; a failed ROLLBACK
        // leaves SQLite rolling back itself when the statement ends.
        (void)sql->exec(QStringLiteral("ROLLBACK"));
        pending.clear();
        resetRequested = false;
        return result;
    }
    emitQueued();
    return {};
}

Result<void> Directory::Private::nested(const std::function<Result<void>()>& work, bool bulk)
{
    const QString savepoint = QStringLiteral("nested_%1").arg(depth);
    if (auto r = sql->exec(QStringLiteral("SAVEPOINT ") + savepoint); !r)
        return r.error();
    const qsizetype queued = pending.size();
    const bool outerReset = resetRequested;
    resetRequested = resetRequested || bulk;
    ++depth;
    const Result<void> result = work();
    --depth;
    if (!result) {
        // Undo this call only; the caller decides whether the whole fails (and
        // gets this call's error either way, so a failed undo changes nothing).
        (void)sql->exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)sql->exec(QStringLiteral("RELEASE ") + savepoint);
        pending.resize(queued);
        resetRequested = outerReset;
        return result;
    }
    if (auto r = sql->exec(QStringLiteral("RELEASE ") + savepoint); !r)
        return r.error();
    return {};
}

bool Directory::checkExternalChanges()
{
    const qint64 version =
        d->sql->scalar(QStringLiteral("PRAGMA data_version"), {}, -1).toLongLong();
    const bool changed = d->dataVersion >= 0 && version != d->dataVersion;
    d->dataVersion = version;
    if (changed)
        Q_EMIT directoryReset();
    return changed;
}

void Directory::Private::emitQueued()
{
    const QList<std::function<void()>> signalsToEmit = std::exchange(pending, {});
    if (std::exchange(resetRequested, false)) {
        Q_EMIT q->directoryReset();
        return;
    }
    for (const auto& signal : signalsToEmit)
        signal();
}

void Directory::Private::notify(std::function<void()> signal)
{
    if (!resetRequested)
        pending.append(std::move(signal));
}

template <typename F>
auto Directory::Private::transact(F&& work) -> decltype(work())
{
    using R = decltype(work());
    std::optional<R> out;
    const Result<void> done = transaction(
        [&]() -> Result<void> {
            out.emplace(work());
            if (!out->ok())
                return out->error();
            return {};
        },
        false);
    if (!done)
        return done.error();
    return std::move(*out);
}

// ---------------------------------------------------------------------------
// Lookups

Result<int> Directory::Private::count(const QString& sqlText, const QVariantList& binds) const
{
    const auto value = sql->value(sqlText, binds, 0);
    if (!value)
        return value.error();
    return value->toInt();
}

int Directory::Private::displayCount(const QString& sqlText, const QVariantList& binds) const
{
    return sql->scalar(sqlText, binds, 0).toInt();
}

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
    if (accountId == awsAccount)
        return noSuchAccount(accountId);
    const auto accounts =
        count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
    if (!accounts)
        return accounts.error();
    if (*accounts == 0)
        return noSuchAccount(accountId);
    return {};
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

template <typename T>
QList<T> Directory::Private::selectRows(const QString& sqlText, const QVariantList& binds,
                                        T (*read)(const QSqlQuery&), QList<qint64>* ids) const
{
    QList<T> rows;
    const auto r = sql->select(sqlText, binds, [&](const QSqlQuery& q) {
        rows.append(read(q));
        if (ids)
            ids->append(q.value(0).toLongLong());
    });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return rows;
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
    return transaction(
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

Result<std::unique_ptr<Directory>> Directory::open(const QString& filePath, const Clock* clock)
{
    const bool inMemory = filePath == QLatin1String(":memory:");
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
    d.sql = std::move(connection).value();
    d.clock = clock ? clock : Clock::system();
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
    // Unreadable is not empty: nothing gets seeded over a directory we cannot read.
    const auto accounts =
        d->count(QStringLiteral("SELECT count(*) FROM accounts WHERE id <> 'aws'"), {});
    return accounts && *accounts == 0;
}

Result<void> Directory::runInTransaction(const std::function<Result<void>()>& work)
{
    return d->transaction(work, false);
}

Result<void> Directory::runBulkChange(const std::function<Result<void>()>& work)
{
    return d->transaction(work, true);
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
    if (depth > 0)
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
            const auto checked =
                sql->select(QStringLiteral("PRAGMA foreign_key_check(%1)").arg(table), {},
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
    if (d->depth > 0)
        return IamError::serviceFailure(
            QStringLiteral("A recorded change cannot run inside another directory transaction."));
    auto recorder = ChangeRecorder::start(d->sql->connectionName(), recordedTables());
    if (!recorder)
        return recorder.error();
    QByteArray changeset;
    QList<DirectoryChange::Notification> notifications;
    const QList<QMetaObject::Connection> listening = d->collect(&notifications);
    const Result<void> done = d->transaction(
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
        if (auto r = NameRules::validateAccountId(accountId); !r)
            return r.error();
        if (!alias.isEmpty())
            if (auto r = NameRules::validateAccountAlias(alias); !r)
                return r.error();
        const auto sameId =
            d->count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {accountId});
        if (!sameId)
            return sameId.error();
        if (*sameId > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("Account %1 already exists.").arg(accountId));
        if (!alias.isEmpty()) {
            const auto sameAlias =
                d->count(QStringLiteral("SELECT count(*) FROM accounts WHERE alias = ?"), {alias});
            if (!sameAlias)
                return sameAlias.error();
            if (*sameAlias > 0)
                return IamError::entityAlreadyExists(
                    QStringLiteral("The account alias %1 already exists.").arg(alias));
        }
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO accounts(id, alias, create_date) VALUES (?, ?, ?)"),
            {accountId, alias.isEmpty() ? QVariant() : QVariant(alias), d->nowMs()});
        if (!r)
            return r.error();
        // The first account is the organization's management account, as in AWS.
        if (const auto m = d->sql->exec(
                QStringLiteral("INSERT OR IGNORE INTO organization(id, management_account_id)"
                               " VALUES (1, ?)"),
                {accountId});
            !m)
            return m.error();
        // AWS's default policies are attached to every account of the organization.
        if (const auto p = d->sql->exec(
                QStringLiteral("INSERT INTO organization_policy_attachments(policy_id,"
                               " target_account_id) SELECT id, ? FROM organization_policies"
                               " WHERE id IN ('p-FullAWSAccess', 'p-RCPFullAWSAccess')"),
                {accountId});
            !p)
            return p.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return Account{accountId, alias};
    });
}

QString Directory::managementAccountId() const
{
    return d->sql
        ->scalar(QStringLiteral("SELECT management_account_id FROM organization WHERE id = 1"))
        .toString();
}

Result<void> Directory::setManagementAccount(const QString& accountId)
{
    return d->transact([&]() -> Result<void> {
        const auto accounts =
            d->count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND id <> 'aws'"),
                     {accountId});
        if (!accounts)
            return accounts.error();
        if (*accounts == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The account with id %1 cannot be found.").arg(accountId));
        const auto r = d->sql->exec(
            QStringLiteral("INSERT OR REPLACE INTO organization(id, management_account_id)"
                           " VALUES (1, ?)"),
            {accountId});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

Result<void> Directory::setMemberAccountName(const QString& accountId, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 50)
        return IamError::invalidInput(QCoreApplication::translate(
            "Directory", "The account name must be 1 to 50 characters long."));
    return d->transact([&]() -> Result<void> {
        if (auto r = d->requireAccount(accountId); !r)
            return r;
        const auto r = d->sql->exec(
            QStringLiteral("INSERT OR REPLACE INTO organization_accounts(account_id, name,"
                           " joined_at) VALUES (?, ?, ?)"),
            {accountId, trimmed, d->nowMs()});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

QString Directory::organizationIdOf(const QString& accountId) const
{
    const QString management = managementAccountId();
    if (management.isEmpty() || !memberAccount(accountId))
        return {};
    return OrganizationIds::organizationId(management);
}

std::optional<MemberAccount> Directory::memberAccount(const QString& accountId) const
{
    std::optional<MemberAccount> found;
    const auto r = d->sql->select(
        QStringLiteral("SELECT a.id, coalesce(o.name, nullif(a.alias, ''), a.id),"
                       " coalesce(r.email, ''), coalesce(o.joined_at, a.create_date)"
                       " FROM accounts a LEFT JOIN organization_accounts o ON o.account_id = a.id"
                       " LEFT JOIN root_users r ON r.account_id = a.id"
                       " WHERE a.id = ? AND a.id <> 'aws'"),
        {accountId}, [&](const QSqlQuery& q) {
            found = MemberAccount{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toString(), fromMs(q.value(3))};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return found;
}

QList<Account> Directory::accounts() const
{
    QList<Account> out;
    const auto r = d->sql->select(
        QStringLiteral("SELECT id, alias FROM accounts WHERE id <> 'aws' ORDER BY id"), {},
        [&](const QSqlQuery& q) {
            out.append({q.value(0).toString(), q.value(1).toString()});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

std::optional<Account> Directory::findAccount(const QString& idOrAlias) const
{
    const QString key = idOrAlias.trimmed();
    std::optional<Account> found;
    const auto r = d->sql->select(
        QStringLiteral(
            "SELECT id, alias FROM accounts WHERE id <> 'aws' AND (id = ? OR alias = ?)"),
        {key, key.toLower()}, [&](const QSqlQuery& q) {
            found = Account{q.value(0).toString(), q.value(1).toString()};
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return found;
}

// ---------------------------------------------------------------------------
// Root users

namespace {
const QString rootUserSelect = QStringLiteral(
    "SELECT account_id, email, password_hash, create_date, password_last_set FROM root_users");

RootUser readRootUser(const QSqlQuery& q)
{
    return RootUser{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    fromMs(q.value(3)), fromMs(q.value(4))};
}

Result<void> checkPasswordHash(const QString& passwordHash)
{
    if (passwordHash.startsWith(QLatin1String("$scrypt$")))
        return {};
    return IamError::invalidInput(
        QStringLiteral("A console password is kept as a scrypt hash, never as the password."));
}

IamError noSuchRootUser(const QString& accountId)
{
    return IamError::noSuchEntity(
        QStringLiteral("The account %1 has no root user.").arg(accountId));
}
} // namespace

Result<RootUser> Directory::setRootUser(const QString& accountId, const QString& email,
                                        const QString& passwordHash)
{
    const QString address = email.trimmed();
    const auto written = d->transact([&]() -> Result<void> {
        if (auto r = d->requireAccount(accountId); !r)
            return r;
        if (auto r = NameRules::validateEmail(address); !r)
            return r;
        if (auto r = checkPasswordHash(passwordHash); !r)
            return r;
        const auto sameEmail = d->count(QStringLiteral("SELECT count(*) FROM root_users"
                                                       " WHERE email_key = ? AND account_id <> ?"),
                                        {address.toLower(), accountId});
        if (!sameEmail)
            return sameEmail.error();
        if (*sameEmail > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("The email address %1 is already the root user of another account.")
                    .arg(address));
        const qint64 now = d->nowMs();
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO root_users(account_id, email, email_key, password_hash,"
                           " create_date, password_last_set) VALUES (?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (account_id) DO UPDATE SET email = excluded.email,"
                           " email_key = excluded.email_key,"
                           " password_hash = excluded.password_hash,"
                           " password_last_set = excluded.password_last_set"),
            {accountId, address, address.toLower(), passwordHash, now, now});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
    if (!written)
        return written.error();
    if (auto root = rootUser(accountId))
        return *root;
    return IamError::serviceFailure(QStringLiteral("The new root user vanished."));
}

Result<void> Directory::setRootPassword(const QString& accountId, const QString& passwordHash)
{
    return d->transact([&]() -> Result<void> {
        if (auto r = checkPasswordHash(passwordHash); !r)
            return r;
        const auto r = d->sql->exec(QStringLiteral("UPDATE root_users SET password_hash = ?,"
                                                   " password_last_set = ? WHERE account_id = ?"),
                                    {passwordHash, d->nowMs(), accountId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return noSuchRootUser(accountId);
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

std::optional<RootUser> Directory::rootUser(const QString& accountId) const
{
    const auto rows = d->selectRows(rootUserSelect + QStringLiteral(" WHERE account_id = ?"),
                                    {accountId}, &readRootUser);
    return rows.isEmpty() ? std::nullopt : std::optional<RootUser>(rows.first());
}

std::optional<RootUser> Directory::rootUserByEmail(const QString& email) const
{
    const auto rows = d->selectRows(rootUserSelect + QStringLiteral(" WHERE email_key = ?"),
                                    {email.trimmed().toLower()}, &readRootUser);
    return rows.isEmpty() ? std::nullopt : std::optional<RootUser>(rows.first());
}

Result<MfaDeviceInfo> Directory::addRootMfaDevice(const QString& accountId,
                                                  const QString& deviceName)
{
    const QString serial = Arn::mfa(accountId, deviceName).toString();
    const auto added = d->transact([&]() -> Result<void> {
        const auto roots = d->count(
            QStringLiteral("SELECT count(*) FROM root_users WHERE account_id = ?"), {accountId});
        if (!roots)
            return roots.error();
        if (*roots == 0)
            return noSuchRootUser(accountId);
        if (auto r = NameRules::validateMfaDeviceName(deviceName); !r)
            return r;
        if (auto r = NameRules::validateSerialNumber(serial); !r)
            return r;
        // One namespace of serials per account, users' devices and root's alike.
        const auto taken = d->mfaSerialTaken(serial);
        if (!taken)
            return taken.error();
        if (*taken)
            return IamError::entityAlreadyExists(
                QStringLiteral("MFADevice entity at the same path and name already exists."));
        const auto devices =
            d->count(QStringLiteral("SELECT count(*) FROM root_mfa_devices WHERE account_id = ?"),
                     {accountId});
        if (!devices)
            return devices.error();
        if (*devices >= Quotas::MfaDevicesPerUser)
            return quotaExceeded(QStringLiteral("MFADevicesPerUser"), Quotas::MfaDevicesPerUser);
        if (auto r = d->sql->exec(QStringLiteral("INSERT INTO root_mfa_devices(serial_number,"
                                                 " account_id, enable_date) VALUES (?, ?, ?)"),
                                  {serial, accountId, d->nowMs()});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
    if (!added)
        return added.error();
    if (auto device = mfaDevice(serial))
        return *device;
    return IamError::serviceFailure(QStringLiteral("The new MFA device vanished."));
}

QList<MfaDeviceInfo> Directory::rootMfaDevices(const QString& accountId) const
{
    QList<MfaDeviceInfo> out;
    const auto r = d->sql->select(
        QStringLiteral("SELECT serial_number, account_id, enable_date FROM root_mfa_devices"
                       " WHERE account_id = ? ORDER BY enable_date, serial_number"),
        {accountId}, [&](const QSqlQuery& q) {
            out.append(
                {q.value(0).toString(), q.value(1).toString(), QString(), fromMs(q.value(2))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
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
        return d->endSessionsOfPrincipal(EntityKind::User, doomed->userId,
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
        if (!passwordHash.startsWith(QLatin1String("$scrypt$")))
            return IamError::invalidInput(QStringLiteral(
                "A login profile keeps a scrypt hash of the password, never the password."));
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO login_profiles(user_id, password_hash, reset_required,"
                           " create_date) VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                           " password_hash = excluded.password_hash,"
                           " reset_required = excluded.reset_required"),
            {user->id, passwordHash, resetRequired, d->nowMs()});
        if (!r)
            return r.error();
        if (auto h = d->appendPasswordHistory(user->id, passwordHash); !h)
            return h;
        const QString name = user->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::User, accountId, name); });
        return {};
    });
}

Result<void> Directory::deleteLoginProfile(const QString& accountId, const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        const auto r = d->sql->exec(QStringLiteral("DELETE FROM login_profiles WHERE user_id = ?"),
                                    {user->id});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("Login Profile for User %1 cannot be found.").arg(user->name));
        const QString name = user->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::User, accountId, name); });
        return {};
    });
}

std::optional<LoginProfile> Directory::loginProfile(const QString& accountId,
                                                    const QString& userName) const
{
    std::optional<LoginProfile> profile;
    const auto r =
        d->sql->select(QStringLiteral("SELECT lp.password_hash, lp.reset_required, lp.create_date,"
                                      " coalesce((SELECT max(h.set_at) FROM password_history h"
                                      "  WHERE h.user_id = lp.user_id), lp.create_date)"
                                      " FROM login_profiles lp JOIN users u ON u.id = lp.user_id"
                                      " WHERE u.account_id = ? AND u.name_key = ?"),
                       {accountId, nameKey(userName)}, [&](const QSqlQuery& q) {
                           profile = LoginProfile{q.value(0).toString(), q.value(1).toBool(),
                                                  fromMs(q.value(2)), fromMs(q.value(3))};
                       });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return profile;
}

Result<void> Directory::Private::appendPasswordHistory(qint64 userId, const QString& passwordHash)
{
    if (auto r = sql->exec(QStringLiteral("INSERT INTO password_history(user_id, password_hash,"
                                          " set_at) VALUES (?, ?, ?)"),
                           {userId, passwordHash, nowMs()});
        !r)
        return r.error();
    const auto pruned =
        sql->exec(QStringLiteral("DELETE FROM password_history WHERE user_id = ? AND id NOT IN"
                                 " (SELECT id FROM password_history WHERE user_id = ?"
                                 " ORDER BY id DESC LIMIT ?)"),
                  {userId, userId, PasswordPolicy::PasswordReusePreventionMax});
    return pruned ? Result<void>() : Result<void>(pruned.error());
}

QStringList Directory::passwordHistory(const QString& accountId, const QString& userName,
                                       int count) const
{
    QStringList hashes;
    if (count <= 0)
        return hashes;
    const auto r = d->sql->select(
        QStringLiteral("SELECT h.password_hash FROM password_history h"
                       " JOIN users u ON u.id = h.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY h.id DESC LIMIT ?"),
        {accountId, nameKey(userName), count},
        [&](const QSqlQuery& q) { hashes << q.value(0).toString(); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return hashes;
}

Result<void> Directory::setPasswordPolicy(const QString& accountId, const PasswordPolicy& policy)
{
    return d->transact([&]() -> Result<void> {
        if (auto r = d->requireAccount(accountId); !r)
            return r;
        if (auto r = policy.validateSettings(); !r)
            return r;
        const auto r = d->sql->exec(
            QStringLiteral(
                "INSERT OR REPLACE INTO password_policies(account_id, minimum_length,"
                " require_uppercase, require_lowercase, require_numbers, require_symbols,"
                " allow_users_to_change_password, max_password_age, password_reuse_prevention,"
                " hard_expiry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {accountId, policy.minimumLength, policy.requireUppercase, policy.requireLowercase,
             policy.requireNumbers, policy.requireSymbols, policy.allowUsersToChangePassword,
             policy.maxPasswordAgeDays, policy.passwordReusePrevention, policy.hardExpiry});
        if (!r)
            return r.error();
        d->notify([=, this] { Q_EMIT passwordPolicyChanged(accountId); });
        return {};
    });
}

// ---------------------------------------------------------------------------
// SAML providers

namespace {

IamError noSuchSamlProvider(const QString& arn)
{
    return IamError::noSuchEntity(QStringLiteral("Manifest not found for arn %1").arg(arn));
}

SamlProvider readSamlProvider(const QSqlQuery& q)
{
    SamlProvider provider;
    provider.accountId = q.value(0).toString();
    provider.name = q.value(1).toString();
    provider.metadataDocument = q.value(2).toString();
    provider.createDate = fromMs(q.value(3));
    provider.validUntil = fromMs(q.value(4));
    return provider;
}

const QString samlProviderColumns = QStringLiteral(
    "SELECT account_id, name, metadata, create_date, valid_until FROM saml_providers ");

// The account and name of a saml-provider ARN; nullopt for any other ARN.
std::optional<std::pair<QString, QString>> samlProviderKey(const QString& arnText)
{
    const auto arn = Arn::parse(arnText);
    const QString prefix = QStringLiteral("saml-provider/");
    if (!arn || arn->service() != QLatin1String("iam") || !arn->resource().startsWith(prefix))
        return std::nullopt;
    return std::make_pair(arn->account(), arn->resource().mid(prefix.size()));
}

} // namespace

Result<SamlProvider> Directory::createSamlProvider(const QString& accountId, const QString& name,
                                                   const QString& metadataDocument,
                                                   const QDateTime& validUntil)
{
    return d->transact([&]() -> Result<SamlProvider> {
        if (auto r = d->requireAccount(accountId); !r)
            return r.error();
        if (auto r = NameRules::validateSamlProviderName(name); !r)
            return r.error();
        const auto providers = samlProviderCount(accountId);
        if (!providers)
            return providers.error();
        if (*providers >= Quotas::SamlProvidersPerAccount)
            return quotaExceeded(QStringLiteral("SAMLProvidersPerAccount"),
                                 Quotas::SamlProvidersPerAccount);
        const auto sameName = d->count(QStringLiteral("SELECT count(*) FROM saml_providers"
                                                      " WHERE account_id = ? AND name_key = ?"),
                                       {accountId, nameKey(name)});
        if (!sameName)
            return sameName.error();
        if (*sameName > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("SAMLProvider with name %1 already exists.").arg(name));
        const QDateTime created = d->now();
        const auto r = d->sql->insert(
            QStringLiteral("INSERT INTO saml_providers(account_id, name, name_key, metadata,"
                           " create_date, valid_until) VALUES (?, ?, ?, ?, ?, ?)"),
            {accountId, name, nameKey(name), metadataDocument, toMs(created),
             validUntil.isValid() ? QVariant(toMs(validUntil)) : QVariant()});
        if (!r)
            return r.error();
        d->notify([=, this] { Q_EMIT samlProvidersChanged(accountId); });
        return SamlProvider{accountId, name, metadataDocument, created, validUntil};
    });
}

std::optional<SamlProvider> Directory::samlProvider(const QString& arn) const
{
    const auto key = samlProviderKey(arn);
    if (!key)
        return std::nullopt;
    std::optional<SamlProvider> found;
    const auto r = d->sql->select(samlProviderColumns +
                                      QStringLiteral("WHERE account_id = ? AND name_key = ?"),
                                  {key->first, nameKey(key->second)},
                                  [&](const QSqlQuery& q) { found = readSamlProvider(q); });
    if (!r)
        return std::nullopt;
    return found;
}

QList<SamlProvider> Directory::samlProviders(const QString& accountId) const
{
    QList<SamlProvider> providers;
    const auto r = d->sql->select(
        samlProviderColumns + QStringLiteral("WHERE account_id = ? ORDER BY name_key"), {accountId},
        [&](const QSqlQuery& q) { providers.append(readSamlProvider(q)); });
    if (!r)
        return {};
    return providers;
}

Result<int> Directory::samlProviderCount(const QString& accountId) const
{
    return d->count(QStringLiteral("SELECT count(*) FROM saml_providers WHERE account_id = ?"),
                    {accountId});
}

Result<SamlProvider> Directory::updateSamlProvider(const QString& arn,
                                                   const QString& metadataDocument,
                                                   const QDateTime& validUntil)
{
    return d->transact([&]() -> Result<SamlProvider> {
        const auto current = samlProvider(arn);
        if (!current)
            return noSuchSamlProvider(arn);
        const auto r = d->sql->exec(
            QStringLiteral("UPDATE saml_providers SET metadata = ?, valid_until = ?"
                           " WHERE account_id = ? AND name_key = ?"),
            {metadataDocument, validUntil.isValid() ? QVariant(toMs(validUntil)) : QVariant(),
             current->accountId, nameKey(current->name)});
        if (!r)
            return r.error();
        SamlProvider updated = *current;
        updated.metadataDocument = metadataDocument;
        updated.validUntil = validUntil;
        d->notify([=, this] { Q_EMIT samlProvidersChanged(updated.accountId); });
        return updated;
    });
}

Result<void> Directory::deleteSamlProvider(const QString& arn)
{
    return d->transact([&]() -> Result<void> {
        const auto current = samlProvider(arn);
        if (!current)
            return noSuchSamlProvider(arn);
        const auto r = d->sql->exec(
            QStringLiteral("DELETE FROM saml_providers WHERE account_id = ? AND name_key = ?"),
            {current->accountId, nameKey(current->name)});
        if (!r)
            return r.error();
        d->notify([=, this] { Q_EMIT samlProvidersChanged(current->accountId); });
        return {};
    });
}

Result<void> Directory::useSamlAssertion(const QString& providerArn, const QString& assertionId,
                                         const QDateTime& notOnOrAfter)
{
    return d->transact([&]() -> Result<void> {
        const qint64 now = d->nowMs();
        if (auto r = d->sql->exec(
                QStringLiteral("DELETE FROM used_saml_assertions WHERE expires_at <= ?"), {now});
            !r)
            return r.error();
        const auto used = d->count(QStringLiteral("SELECT count(*) FROM used_saml_assertions"
                                                  " WHERE provider_arn = ? AND assertion_id = ?"),
                                   {providerArn, assertionId});
        if (!used)
            return used.error();
        if (*used > 0)
            return IamError(QStringLiteral("InvalidIdentityToken"),
                            QStringLiteral("SAML Assertion ID already used"), 400);
        // Kept at least a day when no end is given.
        const qint64 expires =
            notOnOrAfter.isValid() ? qMax(toMs(notOnOrAfter), now) : now + 24 * 3600 * 1000LL;
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO used_saml_assertions(provider_arn, assertion_id,"
                           " expires_at) VALUES (?, ?, ?)"),
            {providerArn, assertionId, expires});
        if (!r)
            return r.error();
        return {};
    });
}

std::optional<PasswordPolicy> Directory::passwordPolicy(const QString& accountId) const
{
    std::optional<PasswordPolicy> policy;
    const auto r = d->sql->select(
        QStringLiteral("SELECT minimum_length, require_uppercase, require_lowercase,"
                       " require_numbers, require_symbols, allow_users_to_change_password,"
                       " max_password_age, password_reuse_prevention, hard_expiry"
                       " FROM password_policies WHERE account_id = ?"),
        {accountId}, [&](const QSqlQuery& q) {
            PasswordPolicy p;
            p.minimumLength = q.value(0).toInt();
            p.requireUppercase = q.value(1).toBool();
            p.requireLowercase = q.value(2).toBool();
            p.requireNumbers = q.value(3).toBool();
            p.requireSymbols = q.value(4).toBool();
            p.allowUsersToChangePassword = q.value(5).toBool();
            p.maxPasswordAgeDays = q.value(6).toInt();
            p.passwordReusePrevention = q.value(7).toInt();
            p.hardExpiry = q.value(8).toBool();
            policy = p;
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return policy;
}

PasswordPolicy Directory::effectivePasswordPolicy(const QString& accountId) const
{
    return passwordPolicy(accountId).value_or(PasswordPolicy::awsDefault());
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
    return d->transact([&]() -> Result<void> {
        const auto r = d->sql->exec(
            QStringLiteral("DELETE FROM password_policies WHERE account_id = ?"), {accountId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The Password Policy with domain name %1 cannot be found.")
                    .arg(accountId));
        d->notify([=, this] { Q_EMIT passwordPolicyChanged(accountId); });
        return {};
    });
}

Result<void> Directory::recordSignInFailure(const QString& account, const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const qint64 now = d->nowMs();
        const QVariantList key{account.toLower(), userName.toLower()};
        // Only the recent past matters for throttling; keep the table small.
        constexpr qint64 keptMs = 24LL * 3600 * 1000;
        if (auto r =
                d->sql->exec(QStringLiteral("DELETE FROM sign_in_failures"
                                            " WHERE account_key = ? AND user_key = ? AND time < ?"),
                             key + QVariantList{now - keptMs});
            !r)
            return r.error();
        const auto r = d->sql->exec(
            QStringLiteral(
                "INSERT INTO sign_in_failures(account_key, user_key, time) VALUES (?, ?, ?)"),
            key + QVariantList{now});
        return r ? Result<void>() : Result<void>(r.error());
    });
}

Result<int> Directory::signInFailuresSince(const QString& account, const QString& userName,
                                           const QDateTime& since) const
{
    return d->count(QStringLiteral("SELECT count(*) FROM sign_in_failures"
                                   " WHERE account_key = ? AND user_key = ? AND time >= ?"),
                    {account.toLower(), userName.toLower(), toMs(since)});
}

Result<QDateTime> Directory::lastSignInFailure(const QString& account,
                                               const QString& userName) const
{
    const auto last = d->sql->value(QStringLiteral("SELECT max(time) FROM sign_in_failures"
                                                   " WHERE account_key = ? AND user_key = ?"),
                                    {account.toLower(), userName.toLower()});
    if (!last)
        return last.error();
    return fromMs(last.value());
}

Result<void> Directory::clearSignInFailures(const QString& account, const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto r = d->sql->exec(
            QStringLiteral("DELETE FROM sign_in_failures WHERE account_key = ? AND user_key = ?"),
            {account.toLower(), userName.toLower()});
        return r ? Result<void>() : Result<void>(r.error());
    });
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
            QStringLiteral("SELECT coalesce(sum(group_id = ?), 0), count(*) FROM memberships"
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
        return d->endSessionsOfPrincipal(EntityKind::Role, doomed->roleId,
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

namespace {
bool isRaisableQuota(const QString& quota)
{
    return quota == QLatin1String("PoliciesPerUser") || quota == QLatin1String("PoliciesPerRole");
}

IamError notRaisable(const QString& quota)
{
    return IamError::invalidInput(
        QStringLiteral("The quota %1 cannot be changed; only PoliciesPerUser and PoliciesPerRole "
                       "can.")
            .arg(quota));
}
} // namespace

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
    if (!isRaisableQuota(quota))
        return notRaisable(quota);
    const auto value = d->sql->value(
        QStringLiteral("SELECT coalesce((SELECT value FROM account_quotas"
                       " WHERE account_id = ? AND quota = ?), ?)"),
        {accountId, quota, Quotas::ManagedPoliciesPerEntity}, Quotas::ManagedPoliciesPerEntity);
    if (!value)
        return value.error();
    return value->toInt();
}

Result<void> Directory::setAccountQuota(const QString& accountId, const QString& quota, int value)
{
    if (!isRaisableQuota(quota))
        return notRaisable(quota);
    if (value < Quotas::ManagedPoliciesPerEntity ||
        value > Quotas::ManagedPoliciesPerPrincipalRaisedMax)
        return IamError::invalidInput(QStringLiteral("The quota %1 can be %2 to %3, not %4.")
                                          .arg(quota)
                                          .arg(Quotas::ManagedPoliciesPerEntity)
                                          .arg(Quotas::ManagedPoliciesPerPrincipalRaisedMax)
                                          .arg(value));
    return d->transact([&]() -> Result<void> {
        if (auto r = d->requireAccount(accountId); !r)
            return r;
        const auto r = d->sql->exec(QStringLiteral("INSERT OR REPLACE INTO account_quotas"
                                                   "(account_id, quota, value) VALUES (?, ?, ?)"),
                                    {accountId, quota, value});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
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
        static const QRegularExpression format(QStringLiteral("^AKIA[A-Z0-9]{16}$"));
        if (!format.match(accessKeyId).hasMatch())
            return IamError::constraintViolation(
                accessKeyId, QStringLiteral("accessKeyId"),
                QStringLiteral("satisfy regular expression pattern: AKIA[A-Z0-9]{16}"));
        const auto keys = d->count(
            QStringLiteral("SELECT count(*) FROM access_keys WHERE user_id = ?"), {user->id});
        if (!keys)
            return keys.error();
        if (*keys >= Quotas::AccessKeysPerUser)
            return quotaExceeded(QStringLiteral("AccessKeysPerUser"), Quotas::AccessKeysPerUser);
        const auto sameKey =
            d->count(QStringLiteral("SELECT count(*) FROM access_keys WHERE access_key_id = ?"),
                     {accessKeyId});
        if (!sameKey)
            return sameKey.error();
        if (*sameKey > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("The Access Key with id %1 already exists.").arg(accessKeyId));
        if (auto r = d->sql->exec(QStringLiteral("INSERT INTO access_keys(access_key_id, user_id,"
                                                 " active, create_date) VALUES (?, ?, 1, ?)"),
                                  {accessKeyId, user->id, d->nowMs()});
            !r)
            return r.error();
        const QString name = user->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::User, accountId, name); });
        return {};
    });
    if (!added)
        return added.error();
    return *accessKey(accessKeyId);
}

QList<AccessKeyInfo> Directory::accessKeys(const QString& accountId, const QString& userName) const
{
    return d->selectRows<AccessKeyInfo>(
        accessKeySelect +
            QStringLiteral("WHERE u.account_id = ? AND u.name_key = ? ORDER BY k.create_date,"
                           " k.access_key_id"),
        {accountId, nameKey(userName)}, &readAccessKey);
}

std::optional<AccessKeyInfo> Directory::accessKey(const QString& accessKeyId) const
{
    const QList<AccessKeyInfo> found =
        d->selectRows<AccessKeyInfo>(accessKeySelect + QStringLiteral("WHERE k.access_key_id = ?"),
                                     {accessKeyId}, &readAccessKey);
    return found.isEmpty() ? std::nullopt : std::optional<AccessKeyInfo>(found.first());
}

Result<void> Directory::Private::changeAccessKey(const QString& accessKeyId, const QString& sqlText,
                                                 const QVariantList& binds)
{
    const auto key = q->accessKey(accessKeyId);
    if (!key)
        return IamError::noSuchEntity(
            QStringLiteral("The Access Key with id %1 cannot be found.").arg(accessKeyId));
    if (auto r = sql->exec(sqlText, binds); !r)
        return r.error();
    const QString accountId = key->accountId;
    const QString userName = key->userName;
    notify([=, this] { Q_EMIT q->entityChanged(EntityKind::User, accountId, userName); });
    return {};
}

Result<void> Directory::setAccessKeyActive(const QString& accessKeyId, bool active)
{
    return d->transact([&] {
        return d->changeAccessKey(
            accessKeyId,
            QStringLiteral("UPDATE access_keys SET active = ? WHERE access_key_id = ?"),
            {active, accessKeyId});
    });
}

Result<void> Directory::recordAccessKeyUse(const QString& accessKeyId, const QString& service)
{
    return d->transact([&] {
        return d->changeAccessKey(accessKeyId,
                                  QStringLiteral("UPDATE access_keys SET last_used = ?,"
                                                 " last_used_service = ? WHERE access_key_id = ?"),
                                  {d->nowMs(), service, accessKeyId});
    });
}

Result<void> Directory::deleteAccessKey(const QString& accessKeyId)
{
    return d->transact([&] {
        return d->changeAccessKey(accessKeyId,
                                  QStringLiteral("DELETE FROM access_keys WHERE access_key_id = ?"),
                                  {accessKeyId});
    });
}

Result<bool> Directory::Private::mfaSerialTaken(const QString& serial) const
{
    const auto taken =
        count(QStringLiteral("SELECT (SELECT count(*) FROM mfa_devices WHERE serial_number = ?)"
                             " + (SELECT count(*) FROM root_mfa_devices WHERE serial_number = ?)"),
              {serial, serial});
    if (!taken)
        return taken.error();
    return *taken > 0;
}

Result<MfaDeviceInfo> Directory::addMfaDevice(const QString& accountId, const QString& userName,
                                              const QString& deviceName)
{
    const QString serial = Arn::mfa(accountId, deviceName).toString();
    const auto added = d->transact([&]() -> Result<void> {
        const auto user = d->requireEntity(*kindInfo(EntityKind::User), accountId, userName);
        if (!user)
            return user.error();
        if (auto r = NameRules::validateMfaDeviceName(deviceName); !r)
            return r;
        if (auto r = NameRules::validateSerialNumber(serial); !r)
            return r;
        const auto taken = d->mfaSerialTaken(serial);
        if (!taken)
            return taken.error();
        if (*taken)
            return IamError::entityAlreadyExists(
                QStringLiteral("MFADevice entity at the same path and name already exists."));
        const auto devices = d->count(
            QStringLiteral("SELECT count(*) FROM mfa_devices WHERE user_id = ?"), {user->id});
        if (!devices)
            return devices.error();
        if (*devices >= Quotas::MfaDevicesPerUser)
            return quotaExceeded(QStringLiteral("MFADevicesPerUser"), Quotas::MfaDevicesPerUser);
        if (auto r = d->sql->exec(QStringLiteral("INSERT INTO mfa_devices(serial_number, user_id,"
                                                 " enable_date) VALUES (?, ?, ?)"),
                                  {serial, user->id, d->nowMs()});
            !r)
            return r.error();
        const QString name = user->name;
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::User, accountId, name); });
        return {};
    });
    if (!added)
        return added.error();
    for (const MfaDeviceInfo& device : mfaDevices(accountId, userName))
        if (device.serialNumber == serial)
            return device;
    return IamError::serviceFailure(QStringLiteral("The new MFA device vanished."));
}

QList<MfaDeviceInfo> Directory::mfaDevices(const QString& accountId, const QString& userName) const
{
    QList<MfaDeviceInfo> out;
    const auto r =
        d->sql->select(QStringLiteral("SELECT m.serial_number, u.account_id, u.name, m.enable_date"
                                      " FROM mfa_devices m JOIN users u ON u.id = m.user_id"
                                      " WHERE u.account_id = ? AND u.name_key = ?"
                                      " ORDER BY m.enable_date, m.serial_number"),
                       {accountId, nameKey(userName)}, [&](const QSqlQuery& q) {
                           out.append({q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), fromMs(q.value(3))});
                       });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> Directory::removeMfaDevice(const QString& serialNumber)
{
    return d->transact([&]() -> Result<void> {
        QString accountId;
        QString userName;
        const auto found = d->sql->select(
            QStringLiteral("SELECT u.account_id, u.name FROM mfa_devices m"
                           " JOIN users u ON u.id = m.user_id WHERE m.serial_number = ?"),
            {serialNumber}, [&](const QSqlQuery& q) {
                accountId = q.value(0).toString();
                userName = q.value(1).toString();
            });
        if (!found)
            return found.error();
        if (accountId.isEmpty()) {
            const auto root =
                d->sql->exec(QStringLiteral("DELETE FROM root_mfa_devices WHERE serial_number = ?"),
                             {serialNumber});
            if (!root)
                return root.error();
            if (root.value() == 0)
                return IamError::noSuchEntity(
                    QStringLiteral("MFA device with serial number %1 cannot be found.")
                        .arg(serialNumber));
            d->notify([this] { Q_EMIT accountsChanged(); });
            return {};
        }
        if (auto r = d->sql->exec(QStringLiteral("DELETE FROM mfa_devices WHERE serial_number = ?"),
                                  {serialNumber});
            !r)
            return r.error();
        d->notify([=, this] { Q_EMIT entityChanged(EntityKind::User, accountId, userName); });
        return {};
    });
}

Result<void> Directory::acceptMfaCodeStep(const QString& serialNumber, quint64 step)
{
    return d->transact([&]() -> Result<void> {
        bool found = false;
        QVariant last;
        QString table = QStringLiteral("mfa_devices");
        const auto rootDevices = d->count(
            QStringLiteral("SELECT count(*) FROM root_mfa_devices WHERE serial_number = ?"),
            {serialNumber});
        if (!rootDevices)
            return rootDevices.error();
        if (*rootDevices > 0)
            table = QStringLiteral("root_mfa_devices");
        const auto read = d->sql->select(
            QStringLiteral("SELECT last_code_step FROM %1 WHERE serial_number = ?").arg(table),
            {serialNumber}, [&](const QSqlQuery& q) {
                found = true;
                last = q.value(0);
            });
        if (!read)
            return read.error();
        if (!found)
            return IamError::noSuchEntity(
                QStringLiteral("MFA device with serial number %1 cannot be found.")
                    .arg(serialNumber));
        if (!last.isNull() && step <= last.toULongLong())
            return IamError::accessDenied(
                QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time pass "
                               "code."));
        const auto written = d->sql->exec(
            QStringLiteral("UPDATE %1 SET last_code_step = ? WHERE serial_number = ?").arg(table),
            {qint64(step), serialNumber});
        return written ? Result<void>() : Result<void>(written.error());
    });
}

std::optional<MfaDeviceInfo> Directory::mfaDevice(const QString& serialNumber) const
{
    std::optional<MfaDeviceInfo> out;
    const auto r =
        d->sql->select(QStringLiteral("SELECT m.serial_number, u.account_id, u.name, m.enable_date"
                                      " FROM mfa_devices m JOIN users u ON u.id = m.user_id"
                                      " WHERE m.serial_number = ?"
                                      " UNION ALL SELECT serial_number, account_id, '',"
                                      " enable_date FROM root_mfa_devices"
                                      " WHERE serial_number = ?"),
                       {serialNumber, serialNumber}, [&](const QSqlQuery& q) {
                           out = MfaDeviceInfo{q.value(0).toString(), q.value(1).toString(),
                                               q.value(2).toString(), fromMs(q.value(3))};
                       });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

// ---------------------------------------------------------------------------
// Temporary sessions

namespace {
const QString sessionColumns = QStringLiteral(
    "access_key_id, type, account_id, caller_arn, arn, role_arn, assumed_role_id, session_name,"
    " session_policy, session_policy_arns, source_identity, mfa_authenticated, chained,"
    " issued_at, expires_at, ended_at, end_reason, console_user_arn, display_name, color");

QString sessionTypeName(TemporarySession::Type type)
{
    return type == TemporarySession::Type::SessionToken ? QStringLiteral("SessionToken")
                                                        : QStringLiteral("AssumedRole");
}

TemporarySession sessionFromRow(const QSqlQuery& q)
{
    TemporarySession s;
    s.accessKeyId = q.value(0).toString();
    s.type = q.value(1).toString() == QLatin1String("SessionToken")
                 ? TemporarySession::Type::SessionToken
                 : TemporarySession::Type::AssumedRole;
    s.accountId = q.value(2).toString();
    s.callerArn = q.value(3).toString();
    s.arn = q.value(4).toString();
    s.roleArn = q.value(5).toString();
    s.assumedRoleId = q.value(6).toString();
    s.sessionName = q.value(7).toString();
    s.sessionPolicy = q.value(8).toString();
    s.sessionPolicyArns = q.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
    s.sourceIdentity = q.value(10).toString();
    s.mfaAuthenticated = q.value(11).toBool();
    s.chained = q.value(12).toBool();
    s.issuedAt = fromMs(q.value(13));
    s.expiresAt = fromMs(q.value(14));
    s.endedAt = fromMs(q.value(15));
    s.endReason = q.value(16).toString();
    s.consoleUserArn = q.value(17).toString();
    s.displayName = q.value(18).toString();
    s.color = q.value(19).toString();
    return s;
}
} // namespace

Result<void> Directory::addTemporarySession(const TemporarySession& session)
{
    if (!session.issuedAt.isValid() || !session.expiresAt.isValid() ||
        session.expiresAt <= session.issuedAt)
        return IamError::invalidInput(
            QStringLiteral("A temporary session needs an issue time before its expiry."));
    return d->transact([&]() -> Result<void> {
        const auto sameSession = d->count(QStringLiteral("SELECT count(*) FROM temporary_sessions"
                                                         " WHERE access_key_id = ?"),
                                          {session.accessKeyId});
        if (!sameSession)
            return sameSession.error();
        if (*sameSession > 0)
            return IamError::entityAlreadyExists(
                QStringLiteral("A session with access key id %1 already exists.")
                    .arg(session.accessKeyId));
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO temporary_sessions(%1) VALUES"
                           " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(sessionColumns),
            {session.accessKeyId,
             sessionTypeName(session.type),
             session.accountId,
             session.callerArn,
             session.arn,
             session.roleArn,
             session.assumedRoleId,
             session.sessionName,
             session.sessionPolicy,
             session.sessionPolicyArns.join(u'\n'),
             session.sourceIdentity,
             session.mfaAuthenticated,
             session.chained,
             toMs(session.issuedAt),
             toMs(session.expiresAt),
             session.endedAt.isValid() ? QVariant(toMs(session.endedAt)) : QVariant(),
             session.endReason,
             session.consoleUserArn,
             session.displayName,
             session.color});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT temporarySessionsChanged(); });
        return {};
    });
}

std::optional<TemporarySession> Directory::temporarySession(const QString& accessKeyId) const
{
    std::optional<TemporarySession> out;
    const auto r =
        d->sql->select(QStringLiteral("SELECT %1 FROM temporary_sessions WHERE access_key_id = ?")
                           .arg(sessionColumns),
                       {accessKeyId}, [&](const QSqlQuery& q) { out = sessionFromRow(q); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QList<TemporarySession> Directory::temporarySessions(const QDateTime& openAt) const
{
    QList<TemporarySession> out;
    const bool onlyOpen = openAt.isValid();
    const QString where =
        onlyOpen ? QStringLiteral(" WHERE ended_at IS NULL AND expires_at > ?") : QString();
    const auto r =
        d->sql->select(QStringLiteral("SELECT %1 FROM temporary_sessions%2 ORDER BY issued_at DESC")
                           .arg(sessionColumns, where),
                       onlyOpen ? QVariantList{toMs(openAt)} : QVariantList{},
                       [&](const QSqlQuery& q) { out.append(sessionFromRow(q)); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

std::optional<TemporarySession> Directory::openConsoleSession(const QString& userArn,
                                                              const QDateTime& now) const
{
    std::optional<TemporarySession> out;
    const auto r =
        d->sql->select(QStringLiteral("SELECT %1 FROM temporary_sessions WHERE console_user_arn = ?"
                                      " AND ended_at IS NULL AND expires_at > ?"
                                      " ORDER BY issued_at DESC LIMIT 1")
                           .arg(sessionColumns),
                       {userArn, toMs(now)}, [&](const QSqlQuery& q) { out = sessionFromRow(q); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> Directory::markConsoleSession(const QString& accessKeyId, const QString& userArn,
                                           const QString& displayName, const QString& color)
{
    return d->transact([&]() -> Result<void> {
        const auto r = d->sql->exec(
            QStringLiteral("UPDATE temporary_sessions SET console_user_arn = ?, display_name = ?,"
                           " color = ? WHERE access_key_id = ?"),
            {userArn, displayName, color.toLower(), accessKeyId});
        if (!r)
            return r.error();
        if (r.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The session %1 cannot be found.").arg(accessKeyId));
        d->notify([this] { Q_EMIT temporarySessionsChanged(); });
        return {};
    });
}

Result<void> Directory::endTemporarySession(const QString& accessKeyId, const QString& reason,
                                            const QDateTime& endedAt)
{
    return d->transact([&]() -> Result<void> {
        const auto sessions = d->count(QStringLiteral("SELECT count(*) FROM temporary_sessions"
                                                      " WHERE access_key_id = ?"),
                                       {accessKeyId});
        if (!sessions)
            return sessions.error();
        if (*sessions == 0)
            return IamError::noSuchEntity(
                QStringLiteral("The session %1 cannot be found.").arg(accessKeyId));
        const qint64 at = endedAt.isValid() ? toMs(endedAt) : d->nowMs();
        const auto r =
            d->sql->exec(QStringLiteral("UPDATE temporary_sessions SET ended_at = ?, end_reason = ?"
                                        " WHERE access_key_id = ? AND ended_at IS NULL"),
                         {at, reason, accessKeyId});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT temporarySessionsChanged(); });
        return {};
    });
}

Result<void> Directory::Private::endSessionsOfPrincipal(EntityKind kind, const QString& uniqueId,
                                                        const QString& arn)
{
    const QString which =
        kind == EntityKind::User
            ? QStringLiteral("(type = 'SessionToken' AND assumed_role_id = ?)"
                             " OR console_user_arn = ?")
            : QStringLiteral("type = 'AssumedRole' AND substr(assumed_role_id, 1, length(?) + 1)"
                             " = ? || ':'");
    const QVariantList binds =
        kind == EntityKind::User ? QVariantList{uniqueId, arn} : QVariantList{uniqueId, uniqueId};
    const auto r = sql->exec(QStringLiteral("UPDATE temporary_sessions SET ended_at = ?,"
                                            " end_reason = ? WHERE ended_at IS NULL AND (%1)")
                                 .arg(which),
                             QVariantList{nowMs(), Directory::principalDeletedReason()} + binds);
    if (!r)
        return r.error();
    if (r.value() > 0)
        notify([this] { Q_EMIT q->temporarySessionsChanged(); });
    return {};
}

// ---------------------------------------------------------------------------
// Role history

namespace {
const QStringList displayColors{QStringLiteral("red"), QStringLiteral("orange"),
                                QStringLiteral("yellow"), QStringLiteral("green"),
                                QStringLiteral("blue")};

// The user row behind a user ARN ("arn:aws:iam::<acct>:user/<path><name>").
std::optional<std::pair<QString, QString>> accountAndUserName(const QString& userArn)
{
    const auto arn = Arn::parse(userArn);
    if (!arn || arn->service() != QLatin1String("iam") ||
        arn->resourceType() != QLatin1String("user"))
        return std::nullopt;
    return std::make_pair(arn->account(), arn->resourceName());
}
} // namespace

Result<Directory::Private::EntityRow>
Directory::Private::requireSwitchingUser(const QString& userArn, const QString& color) const
{
    const auto owner = accountAndUserName(userArn);
    if (!owner)
        return IamError::invalidInput(
            QStringLiteral("%1 is not the ARN of an IAM user.").arg(userArn));
    auto user = requireEntity(*kindInfo(EntityKind::User), owner->first, owner->second);
    if (!user)
        return user.error();
    if (!displayColors.contains(color.toLower()))
        return IamError::invalidInput(
            QStringLiteral("The display color must be one of %1.").arg(displayColors.join(u", ")));
    return user;
}

Result<void> Directory::recordRoleHistory(const RoleHistoryEntry& entry)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireSwitchingUser(entry.userArn, entry.color);
        if (!user)
            return user.error();
        const QString color = entry.color.toLower();
        if (entry.roleName.isEmpty() || !NameRules::isAccountId(entry.accountId))
            return IamError::invalidInput(QStringLiteral(
                "A role history entry needs a 12-digit account id and a role name."));
        const QString roleKey = entry.roleName.toLower();
        const qint64 usedAt = entry.usedAt.isValid() ? toMs(entry.usedAt) : d->nowMs();
        // Delete and insert rather than update, so the newest row also has the highest id.
        if (auto r = d->sql->exec(QStringLiteral("DELETE FROM role_history WHERE user_id = ? AND"
                                                 " account_id = ? AND role_key = ?"),
                                  {user->id, entry.accountId, roleKey});
            !r)
            return r.error();
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO role_history(user_id, account_id, account_input,"
                               " role_name, role_key, display_name, color, used_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {user->id, entry.accountId, entry.accountInput, entry.roleName, roleKey,
                 entry.displayName, color, usedAt});
            !r)
            return r.error();
        const auto pruned =
            d->sql->exec(QStringLiteral("DELETE FROM role_history WHERE user_id = ? AND id NOT IN"
                                        " (SELECT id FROM role_history WHERE user_id = ?"
                                        "  ORDER BY used_at DESC, id DESC LIMIT ?)"),
                         {user->id, user->id, Quotas::RoleHistoryLength});
        return pruned ? Result<void>() : Result<void>(pruned.error());
    });
}

QList<RoleHistoryEntry> Directory::roleHistory(const QString& userArn) const
{
    QList<RoleHistoryEntry> out;
    const auto owner = accountAndUserName(userArn);
    if (!owner)
        return out;
    const auto r = d->sql->select(
        QStringLiteral("SELECT h.account_id, h.account_input, h.role_name, h.display_name,"
                       " h.color, h.used_at FROM role_history h JOIN users u ON u.id = h.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ?"
                       " ORDER BY h.used_at DESC, h.id DESC LIMIT ?"),
        {owner->first, nameKey(owner->second), Quotas::RoleHistoryLength}, [&](const QSqlQuery& q) {
            out.append({userArn, q.value(0).toString(), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        fromMs(q.value(5))});
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

// ---------------------------------------------------------------------------
// Saved roles

Result<void> Directory::saveRoleBookmark(const RoleBookmark& bookmark)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireSwitchingUser(bookmark.userArn, bookmark.color);
        if (!user)
            return user.error();
        const QString color = bookmark.color.toLower();
        if (bookmark.profileName.isEmpty() || bookmark.roleName.isEmpty() ||
            bookmark.accountInput.isEmpty() ||
            (!bookmark.accountId.isEmpty() && !NameRules::isAccountId(bookmark.accountId)))
            return IamError::invalidInput(
                QStringLiteral("A saved role needs a profile name, an account (a 12-digit id or "
                               "an alias) and a role name."));
        if (bookmark.durationSeconds && *bookmark.durationSeconds <= 0)
            return IamError::invalidInput(
                QStringLiteral("The duration of a saved role must be positive."));
        if (auto r = d->sql->exec(QStringLiteral("DELETE FROM role_bookmarks WHERE user_id = ? AND"
                                                 " profile_name = ?"),
                                  {user->id, bookmark.profileName});
            !r)
            return r.error();
        const auto r = d->sql->exec(
            QStringLiteral("INSERT INTO role_bookmarks(user_id, profile_name, account_id,"
                           " account_input, role_name, display_name, color, duration_seconds,"
                           " session_name, mfa_serial, external_id, region, source_profile)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {user->id, bookmark.profileName, bookmark.accountId, bookmark.accountInput,
             bookmark.roleName, bookmark.displayName, color,
             bookmark.durationSeconds ? QVariant(*bookmark.durationSeconds)
                                      : QVariant(QMetaType(QMetaType::Int)),
             bookmark.sessionName, bookmark.mfaSerial, bookmark.externalId, bookmark.region,
             bookmark.sourceProfile});
        if (!r)
            return r.error();
        const QString userArn = bookmark.userArn;
        d->notify([this, userArn] { Q_EMIT roleBookmarksChanged(userArn); });
        return {};
    });
}

QList<RoleBookmark> Directory::roleBookmarks(const QString& userArn) const
{
    QList<RoleBookmark> out;
    const auto owner = accountAndUserName(userArn);
    if (!owner)
        return out;
    const auto r = d->sql->select(
        QStringLiteral("SELECT b.profile_name, b.account_id, b.account_input, b.role_name,"
                       " b.display_name, b.color, b.duration_seconds, b.session_name,"
                       " b.mfa_serial, b.external_id, b.region, b.source_profile"
                       " FROM role_bookmarks b JOIN users u ON u.id = b.user_id"
                       " WHERE u.account_id = ? AND u.name_key = ? ORDER BY b.id"),
        {owner->first, nameKey(owner->second)}, [&](const QSqlQuery& q) {
            RoleBookmark b;
            b.userArn = userArn;
            b.profileName = q.value(0).toString();
            b.accountId = q.value(1).toString();
            b.accountInput = q.value(2).toString();
            b.roleName = q.value(3).toString();
            b.displayName = q.value(4).toString();
            b.color = q.value(5).toString();
            if (!q.value(6).isNull())
                b.durationSeconds = q.value(6).toInt();
            b.sessionName = q.value(7).toString();
            b.mfaSerial = q.value(8).toString();
            b.externalId = q.value(9).toString();
            b.region = q.value(10).toString();
            b.sourceProfile = q.value(11).toString();
            out.append(b);
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

Result<void> Directory::removeRoleBookmark(const QString& userArn, const QString& profileName)
{
    return d->transact([&]() -> Result<void> {
        const auto owner = accountAndUserName(userArn);
        if (!owner)
            return IamError::invalidInput(
                QStringLiteral("%1 is not the ARN of an IAM user.").arg(userArn));
        const auto user =
            d->requireEntity(*kindInfo(EntityKind::User), owner->first, owner->second);
        if (!user)
            return user.error();
        const auto removed = d->sql->exec(
            QStringLiteral("DELETE FROM role_bookmarks WHERE user_id = ? AND profile_name = ?"),
            {user->id, profileName});
        if (!removed)
            return removed.error();
        if (removed.value() == 0)
            return IamError::noSuchEntity(
                QStringLiteral("There is no saved role %1.").arg(profileName));
        d->notify([this, userArn] { Q_EMIT roleBookmarksChanged(userArn); });
        return {};
    });
}

// ---------------------------------------------------------------------------
// Audit trail

Result<AuditEvent> Directory::appendAuditEvent(const AuditEvent& event)
{
    return d->transact([&]() -> Result<AuditEvent> {
        AuditEvent stored = event;
        stored.sequence = 1;
        stored.previousHash = AuditChain::genesisHash();
        const auto last = d->sql->select(
            QStringLiteral(
                "SELECT sequence, hash FROM audit_events ORDER BY sequence DESC LIMIT 1"),
            {}, [&](const QSqlQuery& q) {
                stored.sequence = q.value(0).toLongLong() + 1;
                stored.previousHash = q.value(1).toString();
            });
        if (!last)
            return last.error();
        // Milliseconds in UTC, as stored, so the hash recomputes from the row.
        stored.time = event.time.isValid() ? fromMs(toMs(event.time)) : d->now();
        stored.hash = AuditChain::hash(stored.previousHash, stored);
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO audit_events(sequence, time, actor_arn, session_name,"
                               " action, target, outcome, detail, previous_hash, hash,"
                               " source_address, user_agent)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {stored.sequence, toMs(stored.time), stored.actorArn, stored.sessionName,
                 stored.action, stored.target, stored.outcome, stored.detail, stored.previousHash,
                 stored.hash, stored.sourceAddress, stored.userAgent});
            !r)
            return r.error();
        d->notify([=, this] { Q_EMIT auditEventAppended(stored); });
        return stored;
    });
}

QList<AuditEvent> Directory::auditEvents(int offset, int limit) const
{
    // Sequences run 1, 2, 3... without gaps, so the offset is a key, not a skip.
    return d->selectRows<AuditEvent>(
        auditSelect + QStringLiteral("WHERE sequence > ? ORDER BY sequence LIMIT ?"),
        {qMax(0, offset), limit < 0 ? -1 : limit}, &readAuditEvent);
}

int Directory::auditEventCount() const
{
    return d->displayCount(QStringLiteral("SELECT count(*) FROM audit_events"), {});
}

QList<AuditEvent> Directory::auditEventsOf(const QString& action) const
{
    return d->selectRows<AuditEvent>(auditSelect +
                                         QStringLiteral("WHERE action = ? ORDER BY sequence"),
                                     {action}, &readAuditEvent);
}

std::optional<qint64> Directory::verifyAuditChain() const
{
    std::optional<qint64> firstBad;
    qint64 expectedSequence = 1;
    QString previousHash = AuditChain::genesisHash();
    const auto r = d->sql->select(auditSelect + QStringLiteral("ORDER BY sequence"), {},
                                  [&](const QSqlQuery& q) {
                                      if (firstBad)
                                          return;
                                      const AuditEvent event = readAuditEvent(q);
                                      if (event.sequence != expectedSequence)
                                          firstBad = expectedSequence; // a row is missing
                                      else if (!AuditChain::verifies(event, previousHash))
                                          firstBad = event.sequence;
                                      previousHash = event.hash;
                                      ++expectedSequence;
                                  });
    if (!r)
        return 0; // unreadable: nothing can be vouched for
    return firstBad;
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

namespace {

IamError organizationsError(const char* code, const QString& message)
{
    return IamError(QLatin1String(code), message, 400);
}

// Lower-case letters and digits, as AWS writes organization ids.
QString randomIdPart(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray random = Random::bytes(length);
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[quint8(random.at(i)) % 36]);
    return out;
}

constexpr int maxOuDepth = 5; // OUs nested under the root
constexpr int maxOrganizationalUnits = 1000;
constexpr int maxPoliciesPerType = 1000;
constexpr int maxPoliciesPerTarget = 5; // of one type

bool isAccountId(const QString& id)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{12}$"));
    return digits.match(id).hasMatch();
}

const char* typeColumn(OrganizationPolicy::Type type)
{
    return type == OrganizationPolicy::Type::ServiceControl ? "SERVICE_CONTROL_POLICY"
                                                            : "RESOURCE_CONTROL_POLICY";
}

} // namespace

namespace {

// Resolves an id the API was given; nullopt when there is no such node.
Result<std::optional<OrganizationNode>> resolveNode(SqlConnection& sql, const QString& rootId,
                                                    const QString& id, bool accountsToo)
{
    if (!rootId.isEmpty() && id == rootId)
        return std::optional<OrganizationNode>(OrganizationNode{});
    if (id.startsWith(QLatin1String("ou-"))) {
        const auto found = sql.value(
            QStringLiteral("SELECT count(*) FROM organizational_units WHERE id = ?"), {id}, 0);
        if (!found)
            return found.error();
        if (found->toInt() > 0)
            return std::optional<OrganizationNode>(OrganizationNode{id, {}});
        return std::optional<OrganizationNode>();
    }
    if (accountsToo && isAccountId(id)) {
        const auto found =
            sql.value(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), {id}, 0);
        if (!found)
            return found.error();
        if (found->toInt() > 0)
            return std::optional<OrganizationNode>(OrganizationNode{{}, id});
    }
    return std::optional<OrganizationNode>();
}

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

QString Directory::organizationRootId() const
{
    const QString management = managementAccountId();
    return management.isEmpty() ? QString() : OrganizationIds::rootId(management);
}

QString Directory::freshOrganizationalUnitId() const
{
    const QString management = managementAccountId();
    if (management.isEmpty())
        return {};
    for (;;) {
        const QString id = QStringLiteral("ou-") + OrganizationIds::rootSuffix(management) +
                           QLatin1Char('-') + randomIdPart(8);
        if (!organizationalUnit(id))
            return id;
    }
}

Result<OrganizationalUnit> Directory::createOrganizationalUnit(const QString& parentId,
                                                               const QString& name,
                                                               const QString& ouId)
{
    const OrganizationalUnit unit{
        ouId.isEmpty() ? freshOrganizationalUnitId() : ouId, name, parentId, {}};
    return d->transact([&]() -> Result<OrganizationalUnit> {
        auto created = importOrganizationalUnit(unit);
        if (!created)
            return created.error();
        // A new OU gets AWS's default policies, as Organizations attaches them.
        for (const QString& policy :
             {OrganizationPolicy::fullAwsAccessId(), OrganizationPolicy::rcpFullAwsAccessId()})
            if (auto r = d->sql->exec(
                    QStringLiteral("INSERT INTO organization_policy_attachments(policy_id,"
                                   " target_ou_id) SELECT id, ? FROM organization_policies"
                                   " WHERE id = ?"),
                    {created->id, policy});
                !r)
                return r.error();
        return created;
    });
}

Result<OrganizationalUnit> Directory::importOrganizationalUnit(const OrganizationalUnit& unit)
{
    return d->transact([&]() -> Result<OrganizationalUnit> {
        const QString rootId = organizationRootId();
        if (rootId.isEmpty())
            return organizationsError("AWSOrganizationsNotInUseException",
                                      QStringLiteral("Your account is not a member of an "
                                                     "organization."));
        const QString name = unit.name;
        if (name.isEmpty() || name.size() > 128)
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU name must be 1 to 128 characters long."));
        static const QRegularExpression ouId(QStringLiteral("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$"));
        if (!ouId.match(unit.id).hasMatch())
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU id %1 is not valid: ou- followed by 4 to 32 lower-case "
                               "letters or digits, a dash and 8 to 32 more.")
                    .arg(unit.id));
        if (organizationalUnit(unit.id))
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the id %1 already exists.").arg(unit.id));
        const auto parent = resolveNode(*d->sql, rootId, unit.parentId, false);
        if (!parent)
            return parent.error();
        if (!parent.value())
            return organizationsError(
                "ParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the ParentId %1.")
                    .arg(unit.parentId));
        if (targetPath(unit.parentId).size() > maxOuDepth)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("You can't create an OU deeper than %1 levels under the root "
                               "(OU_DEPTH_LIMIT_EXCEEDED).")
                    .arg(maxOuDepth));
        const auto total =
            d->count(QStringLiteral("SELECT count(*) FROM organizational_units"), {});
        if (!total)
            return total.error();
        if (*total >= maxOrganizationalUnits)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("The organization already has %1 OUs, the most it may have "
                               "(OU_NUMBER_LIMIT_EXCEEDED).")
                    .arg(maxOrganizationalUnits));
        const QString parentOu = parent.value()->ouId;
        const auto sameName =
            d->count(QStringLiteral("SELECT count(*) FROM organizational_units"
                                    " WHERE coalesce(parent_id, '') = ? AND name = ?"),
                     {parentOu, name});
        if (!sameName)
            return sameName.error();
        if (*sameName > 0)
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the same name already exists under %1.")
                    .arg(unit.parentId));
        if (auto r = d->sql->exec(QStringLiteral("INSERT INTO organizational_units(id, name,"
                                                 " parent_id, create_date) VALUES (?, ?, ?, ?)"),
                                  {unit.id, name, nullable(parentOu), d->nowMs()});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return *organizationalUnit(unit.id);
    });
}

Result<OrganizationalUnit> Directory::renameOrganizationalUnit(const QString& ouId,
                                                               const QString& name)
{
    return d->transact([&]() -> Result<OrganizationalUnit> {
        const auto unit = organizationalUnit(ouId);
        if (!unit)
            return organizationsError(
                "OrganizationalUnitNotFoundException",
                QStringLiteral("We can't find an OU with the OrganizationalUnitId %1.").arg(ouId));
        if (name.isEmpty() || name.size() > 128)
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The OU name must be 1 to 128 characters long."));
        const auto parent = organizationalUnit(unit->parentId);
        const auto sameName =
            d->count(QStringLiteral("SELECT count(*) FROM organizational_units"
                                    " WHERE coalesce(parent_id, '') = ? AND name = ? AND id <> ?"),
                     {parent ? parent->id : QString(), name, ouId});
        if (!sameName)
            return sameName.error();
        if (*sameName > 0)
            return organizationsError(
                "DuplicateOrganizationalUnitException",
                QStringLiteral("An OU with the same name already exists under %1.")
                    .arg(unit->parentId));
        if (auto r = d->sql->exec(
                QStringLiteral("UPDATE organizational_units SET name = ? WHERE id = ?"),
                {name, ouId});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return *organizationalUnit(ouId);
    });
}

Result<void> Directory::deleteOrganizationalUnit(const QString& ouId)
{
    return d->transact([&]() -> Result<void> {
        if (!organizationalUnit(ouId))
            return organizationsError(
                "OrganizationalUnitNotFoundException",
                QStringLiteral("We can't find an OU with the OrganizationalUnitId %1.").arg(ouId));
        const auto children = d->count(
            QStringLiteral("SELECT (SELECT count(*) FROM organizational_units WHERE parent_id = ?)"
                           " + (SELECT count(*) FROM account_parents WHERE ou_id = ?)"),
            {ouId, ouId});
        if (!children)
            return children.error();
        if (*children > 0)
            return organizationsError(
                "OrganizationalUnitNotEmptyException",
                QStringLiteral("The OU %1 still holds accounts or OUs; move or delete them "
                               "first.")
                    .arg(ouId));
        if (auto r = d->sql->exec(QStringLiteral("DELETE FROM organizational_units WHERE id = ?"),
                                  {ouId});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

std::optional<OrganizationalUnit> Directory::organizationalUnit(const QString& ouId) const
{
    const QList<OrganizationalUnit> found =
        d->organizationalUnits(QStringLiteral("WHERE id = ?"), {ouId}, managementAccountId());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<OrganizationalUnit> Directory::organizationalUnitsForParent(const QString& parentId) const
{
    const QString management = managementAccountId();
    if (!management.isEmpty() && parentId == OrganizationIds::rootId(management))
        return d->organizationalUnits(QStringLiteral("WHERE parent_id IS NULL"), {}, management);
    return d->organizationalUnits(QStringLiteral("WHERE parent_id = ?"), {parentId}, management);
}

QList<OrganizationalUnit> Directory::organizationalUnits() const
{
    return d->organizationalUnits({}, {}, managementAccountId());
}

QList<OrganizationalUnit> Directory::Private::organizationalUnits(const QString& where,
                                                                  const QVariantList& binds,
                                                                  const QString& management) const
{
    QList<OrganizationalUnit> out;
    if (management.isEmpty())
        return out;
    const QString rootId = OrganizationIds::rootId(management);
    const auto r =
        sql->select(QStringLiteral("SELECT id, name, parent_id FROM organizational_units ") +
                        where + QStringLiteral(" ORDER BY name, id"),
                    binds, [&](const QSqlQuery& q) {
                        const QString id = q.value(0).toString();
                        const QString parent = q.value(2).toString();
                        out.append({id, q.value(1).toString(), parent.isEmpty() ? rootId : parent,
                                    OrganizationIds::organizationalUnitArn(management, id)});
                    });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QStringList Directory::accountsForParent(const QString& parentId) const
{
    QStringList out;
    const QString rootId = organizationRootId();
    if (rootId.isEmpty())
        return out;
    const bool root = parentId == rootId;
    const auto r = d->sql->select(
        root ? QStringLiteral("SELECT a.id FROM accounts a LEFT JOIN account_parents p"
                              " ON p.account_id = a.id WHERE a.id <> 'aws' AND p.ou_id IS NULL"
                              " ORDER BY a.id")
             : QStringLiteral("SELECT account_id FROM account_parents WHERE ou_id = ?"
                              " ORDER BY account_id"),
        root ? QVariantList{} : QVariantList{parentId},
        [&](const QSqlQuery& q) { out.append(q.value(0).toString()); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QString Directory::parentOf(const QString& accountId) const
{
    const QString rootId = organizationRootId();
    if (rootId.isEmpty() || !isAccountId(accountId) || !findAccount(accountId))
        return {};
    const QString ou = d->sql
                           ->scalar(QStringLiteral("SELECT ou_id FROM account_parents"
                                                   " WHERE account_id = ?"),
                                    {accountId})
                           .toString();
    return ou.isEmpty() ? rootId : ou;
}

Result<void> Directory::moveAccount(const QString& accountId, const QString& sourceParentId,
                                    const QString& destinationParentId)
{
    return d->transact([&]() -> Result<void> {
        const QString rootId = organizationRootId();
        const QString parent = parentOf(accountId);
        if (parent.isEmpty())
            return organizationsError(
                "AccountNotFoundException",
                QStringLiteral("We can't find an account with the AccountId %1.").arg(accountId));
        const auto source = resolveNode(*d->sql, rootId, sourceParentId, false);
        if (!source)
            return source.error();
        if (!source.value())
            return organizationsError(
                "SourceParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the SourceParentId %1.")
                    .arg(sourceParentId));
        const auto destination = resolveNode(*d->sql, rootId, destinationParentId, false);
        if (!destination)
            return destination.error();
        if (!destination.value())
            return organizationsError(
                "DestinationParentNotFoundException",
                QStringLiteral("We can't find a root or OU with the DestinationParentId %1.")
                    .arg(destinationParentId));
        if (parent != sourceParentId)
            return organizationsError(
                "AccountNotFoundException",
                QStringLiteral("The account %1 is not under %2; its parent is %3.")
                    .arg(accountId, sourceParentId, parent));
        if (sourceParentId == destinationParentId)
            return organizationsError("DuplicateAccountException",
                                      QStringLiteral("The account %1 is already under %2.")
                                          .arg(accountId, destinationParentId));
        const QString ou = destination.value()->ouId;
        const auto r =
            ou.isEmpty()
                ? d->sql->exec(QStringLiteral("DELETE FROM account_parents WHERE account_id = ?"),
                               {accountId})
                : d->sql->exec(QStringLiteral("INSERT OR REPLACE INTO account_parents(account_id,"
                                              " ou_id) VALUES (?, ?)"),
                               {accountId, ou});
        if (!r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

std::optional<OrganizationTarget> Directory::organizationTarget(const QString& targetId) const
{
    const QString management = managementAccountId();
    if (management.isEmpty())
        return std::nullopt;
    if (targetId == OrganizationIds::rootId(management))
        return OrganizationTarget{targetId, OrganizationIds::rootArn(management),
                                  QStringLiteral("Root"), OrganizationTarget::Type::Root};
    if (const auto unit = organizationalUnit(targetId))
        return OrganizationTarget{unit->id, unit->arn, unit->name,
                                  OrganizationTarget::Type::OrganizationalUnit};
    if (!isAccountId(targetId))
        return std::nullopt;
    if (const auto account = memberAccount(targetId))
        return OrganizationTarget{targetId, OrganizationIds::accountArn(management, targetId),
                                  account->name, OrganizationTarget::Type::Account};
    return std::nullopt;
}

QList<OrganizationTarget> Directory::targetPath(const QString& targetId) const
{
    QList<OrganizationTarget> path;
    auto target = organizationTarget(targetId);
    if (!target)
        return path;
    // Walks up through the parents; the depth limit bounds it, a cycle cannot be stored.
    QString next = target->type == OrganizationTarget::Type::Account ? parentOf(targetId)
                   : target->type == OrganizationTarget::Type::OrganizationalUnit
                       ? organizationalUnit(targetId)->parentId
                       : QString();
    path.prepend(*target);
    for (int guard = 0; !next.isEmpty() && guard <= maxOuDepth + 1; ++guard) {
        const auto up = organizationTarget(next);
        if (!up)
            break;
        path.prepend(*up);
        next = up->type == OrganizationTarget::Type::OrganizationalUnit
                   ? organizationalUnit(up->id)->parentId
                   : QString();
    }
    return path;
}

QList<OrganizationPolicy> Directory::Private::organizationPolicies(const QString& where,
                                                                   const QVariantList& binds,
                                                                   const QString& management) const
{
    QList<OrganizationPolicy> out;
    const auto r = sql->select(
        QStringLiteral("SELECT p.id, p.name, p.description, p.type, p.content, p.aws_managed"
                       " FROM organization_policies p ") +
            where + QStringLiteral(" ORDER BY p.aws_managed DESC, p.name, p.id"),
        binds, [&](const QSqlQuery& q) {
            OrganizationPolicy policy;
            policy.id = q.value(0).toString();
            policy.name = q.value(1).toString();
            policy.description = q.value(2).toString();
            policy.type = OrganizationPolicy::typeFromName(q.value(3).toString())
                              .value_or(OrganizationPolicy::Type::ServiceControl);
            policy.content = q.value(4).toString();
            policy.awsManaged = q.value(5).toBool();
            policy.arn = OrganizationIds::policyArn(management, policy.id, q.value(3).toString(),
                                                    policy.awsManaged);
            out.append(policy);
        });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    return out;
}

QString Directory::freshOrganizationPolicyId() const
{
    for (;;) {
        const QString id = QStringLiteral("p-") + randomIdPart(8);
        if (!organizationPolicy(id))
            return id;
    }
}

Result<OrganizationPolicy> Directory::createOrganizationPolicy(const QString& name,
                                                               const QString& description,
                                                               OrganizationPolicy::Type type,
                                                               const QString& content,
                                                               const QString& policyId)
{
    OrganizationPolicy policy;
    policy.id = policyId.isEmpty() ? freshOrganizationPolicyId() : policyId;
    policy.name = name;
    policy.description = description;
    policy.type = type;
    policy.content = content;
    return importOrganizationPolicy(policy);
}

Result<OrganizationPolicy> Directory::importOrganizationPolicy(const OrganizationPolicy& policy)
{
    return d->transact([&]() -> Result<OrganizationPolicy> {
        if (managementAccountId().isEmpty())
            return organizationsError("AWSOrganizationsNotInUseException",
                                      QStringLiteral("Your account is not a member of an "
                                                     "organization."));
        static const QRegularExpression policyId(QStringLiteral("^p-[0-9a-zA-Z_]{8,128}$"));
        if (!policyId.match(policy.id).hasMatch())
            return organizationsError(
                "InvalidInputException",
                QStringLiteral("The policy id %1 is not valid: p- followed by 8 to 128 letters, "
                               "digits or underscores.")
                    .arg(policy.id));
        if (policy.awsManaged)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("AWS-managed policies exist in every organization; %1 cannot be "
                               "created.")
                    .arg(policy.name));
        if (auto r = OrganizationPolicyFields::validateName(policy.name); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateDescription(policy.description); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateContent(policy.type, policy.content); !r)
            return r.error();
        const QString type = QLatin1String(typeColumn(policy.type));
        const auto same =
            d->count(QStringLiteral("SELECT count(*) FROM organization_policies WHERE id = ?"
                                    " OR (type = ? AND name = ?)"),
                     {policy.id, type, policy.name});
        if (!same)
            return same.error();
        if (*same > 0)
            return organizationsError(
                "DuplicatePolicyException",
                QStringLiteral("A policy with the same name already exists: %1.").arg(policy.name));
        const auto total = d->count(
            QStringLiteral("SELECT count(*) FROM organization_policies WHERE type = ?"), {type});
        if (!total)
            return total.error();
        if (*total >= maxPoliciesPerType)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("The organization already has %1 policies of type %2, the most it "
                               "may have (POLICY_NUMBER_LIMIT_EXCEEDED).")
                    .arg(maxPoliciesPerType)
                    .arg(type));
        if (auto r = d->sql->exec(
                QStringLiteral("INSERT INTO organization_policies(id, name, description, type,"
                               " content, aws_managed) VALUES (?, ?, ?, ?, ?, 0)"),
                {policy.id, policy.name, policy.description, type, policy.content});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return *organizationPolicy(policy.id);
    });
}

Result<OrganizationPolicy> Directory::updateOrganizationPolicy(const QString& policyId,
                                                               const QString& name,
                                                               const QString& description,
                                                               const QString& content)
{
    return d->transact([&]() -> Result<OrganizationPolicy> {
        auto policy = d->requireOrganizationPolicy(policyId, true);
        if (!policy)
            return policy.error();
        OrganizationPolicy updated = policy.value();
        if (!name.isNull())
            updated.name = name;
        if (!description.isNull())
            updated.description = description;
        if (!content.isNull())
            updated.content = content;
        if (auto r = OrganizationPolicyFields::validateName(updated.name); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateDescription(updated.description); !r)
            return r.error();
        if (auto r = OrganizationPolicyFields::validateContent(updated.type, updated.content); !r)
            return r.error();
        const auto same =
            d->count(QStringLiteral("SELECT count(*) FROM organization_policies"
                                    " WHERE type = ? AND name = ? AND id <> ?"),
                     {QLatin1String(typeColumn(updated.type)), updated.name, policyId});
        if (!same)
            return same.error();
        if (*same > 0)
            return organizationsError(
                "DuplicatePolicyException",
                QStringLiteral("A policy with the same name already exists: %1.")
                    .arg(updated.name));
        if (auto r = d->sql->exec(
                QStringLiteral("UPDATE organization_policies SET name = ?, description = ?,"
                               " content = ? WHERE id = ?"),
                {updated.name, updated.description, updated.content, policyId});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return *organizationPolicy(policyId);
    });
}

Result<OrganizationPolicy> Directory::Private::requireOrganizationPolicy(const QString& policyId,
                                                                         bool modifiable) const
{
    const auto found = q->organizationPolicy(policyId);
    if (!found)
        return organizationsError(
            "PolicyNotFoundException",
            QStringLiteral("We can't find a policy with the PolicyId %1.").arg(policyId));
    if (modifiable && found->awsManaged)
        return organizationsError(
            "ConstraintViolationException",
            QStringLiteral("%1 is managed by AWS and cannot be changed or deleted.")
                .arg(found->name));
    return *found;
}

Result<void> Directory::deleteOrganizationPolicy(const QString& policyId)
{
    return d->transact([&]() -> Result<void> {
        if (auto r = d->requireOrganizationPolicy(policyId, true); !r)
            return r.error();
        const auto attached =
            d->count(QStringLiteral("SELECT count(*) FROM organization_policy_attachments"
                                    " WHERE policy_id = ?"),
                     {policyId});
        if (!attached)
            return attached.error();
        if (*attached > 0)
            return organizationsError(
                "PolicyInUseException",
                QStringLiteral("The policy %1 is attached to %2 target(s); detach it first.")
                    .arg(policyId)
                    .arg(*attached));
        if (auto r = d->sql->exec(QStringLiteral("DELETE FROM organization_policies WHERE id = ?"),
                                  {policyId});
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

std::optional<OrganizationPolicy> Directory::organizationPolicy(const QString& policyId) const
{
    const auto found = d->organizationPolicies(QStringLiteral("WHERE p.id = ?"), {policyId},
                                               managementAccountId());
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<OrganizationPolicy> Directory::organizationPolicies(OrganizationPolicy::Type type) const
{
    return d->organizationPolicies(QStringLiteral("WHERE p.type = ?"),
                                   {QLatin1String(typeColumn(type))}, managementAccountId());
}

namespace {
// The attachment rows' columns for a node: "target_ou_id IS ? AND target_account_id IS ?".
QVariantList nodeBinds(const OrganizationNode& node)
{
    return {nullable(node.ouId), nullable(node.accountId)};
}
} // namespace

Result<void> Directory::attachOrganizationPolicy(const QString& policyId, const QString& targetId)
{
    return d->transact([&]() -> Result<void> {
        const auto policy = d->requireOrganizationPolicy(policyId, false);
        if (!policy)
            return policy.error();
        const auto target = d->requireTarget(targetId);
        if (!target)
            return target.error();
        const QVariantList binds = QVariantList{policyId} + nodeBinds(target.value());
        const auto same = d->count(
            QStringLiteral("SELECT count(*) FROM organization_policy_attachments"
                           " WHERE policy_id = ? AND target_ou_id IS ? AND target_account_id IS ?"),
            binds);
        if (!same)
            return same.error();
        if (*same > 0)
            return organizationsError(
                "DuplicatePolicyAttachmentException",
                QStringLiteral("The policy %1 is already attached to %2.").arg(policyId, targetId));
        const auto ofType = d->count(
            QStringLiteral(
                "SELECT count(*) FROM organization_policy_attachments a"
                " JOIN organization_policies p ON p.id = a.policy_id"
                " WHERE p.type = ? AND a.target_ou_id IS ? AND a.target_account_id IS ?"),
            QVariantList{QLatin1String(typeColumn(policy->type))} + nodeBinds(target.value()));
        if (!ofType)
            return ofType.error();
        if (*ofType >= maxPoliciesPerTarget)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("%1 already has %2 policies of type %3 attached, the most it may "
                               "have (MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).")
                    .arg(targetId)
                    .arg(maxPoliciesPerTarget)
                    .arg(OrganizationPolicy::typeName(policy->type)));
        if (auto r =
                d->sql->exec(QStringLiteral("INSERT INTO organization_policy_attachments(policy_id,"
                                            " target_ou_id, target_account_id) VALUES (?, ?, ?)"),
                             binds);
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

Result<void> Directory::detachOrganizationPolicy(const QString& policyId, const QString& targetId)
{
    return d->transact([&]() -> Result<void> {
        const auto policy = d->requireOrganizationPolicy(policyId, false);
        if (!policy)
            return policy.error();
        const auto target = d->requireTarget(targetId);
        if (!target)
            return target.error();
        if (policyId == OrganizationPolicy::rcpFullAwsAccessId())
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("RCPFullAWSAccess cannot be detached: it stays on every target "
                               "while resource control policies are enabled."));
        const QVariantList where = nodeBinds(target.value());
        const auto same = d->count(
            QStringLiteral("SELECT count(*) FROM organization_policy_attachments"
                           " WHERE policy_id = ? AND target_ou_id IS ? AND target_account_id IS ?"),
            QVariantList{policyId} + where);
        if (!same)
            return same.error();
        if (*same == 0)
            return organizationsError(
                "PolicyNotAttachedException",
                QStringLiteral("The policy %1 is not attached to %2.").arg(policyId, targetId));
        const auto ofType =
            d->count(QStringLiteral(
                         "SELECT count(*) FROM organization_policy_attachments a"
                         " JOIN organization_policies p ON p.id = a.policy_id"
                         " WHERE p.type = ? AND a.target_ou_id IS ? AND a.target_account_id IS ?"),
                     QVariantList{QLatin1String(typeColumn(policy->type))} + where);
        if (!ofType)
            return ofType.error();
        if (*ofType <= 1)
            return organizationsError(
                "ConstraintViolationException",
                QStringLiteral("%1 is the last policy of type %2 attached to %3; a target must "
                               "keep at least one. Attach another first "
                               "(MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED).")
                    .arg(policy->name, OrganizationPolicy::typeName(policy->type), targetId));
        if (auto r = d->sql->exec(
                QStringLiteral(
                    "DELETE FROM organization_policy_attachments"
                    " WHERE policy_id = ? AND target_ou_id IS ? AND target_account_id IS ?"),
                QVariantList{policyId} + where);
            !r)
            return r.error();
        d->notify([this] { Q_EMIT accountsChanged(); });
        return {};
    });
}

Result<OrganizationNode> Directory::Private::requireTarget(const QString& targetId) const
{
    const QString rootId = q->organizationRootId();
    if (rootId.isEmpty())
        return organizationsError("AWSOrganizationsNotInUseException",
                                  QStringLiteral("Your account is not a member of an "
                                                 "organization."));
    const auto node = resolveNode(*sql, rootId, targetId, true);
    if (!node)
        return node.error();
    if (!node.value() || node.value()->accountId == QLatin1String("aws"))
        return organizationsError(
            "TargetNotFoundException",
            QStringLiteral("We can't find a root, OU or account with the TargetId %1.")
                .arg(targetId));
    return *node.value();
}

QList<OrganizationPolicy> Directory::policiesForTarget(const QString& targetId,
                                                       OrganizationPolicy::Type type) const
{
    const auto node = resolveNode(*d->sql, organizationRootId(), targetId, true);
    if (!node || !node.value())
        return {};
    return d->organizationPolicies(
        QStringLiteral("JOIN organization_policy_attachments a ON a.policy_id = p.id"
                       " WHERE p.type = ? AND a.target_ou_id IS ? AND a.target_account_id IS ?"),
        QVariantList{QLatin1String(typeColumn(type))} + nodeBinds(*node.value()),
        managementAccountId());
}

QList<OrganizationTarget> Directory::targetsForPolicy(const QString& policyId) const
{
    QList<OrganizationTarget> out;
    const QString rootId = organizationRootId();
    QStringList ids;
    const auto r =
        d->sql->select(QStringLiteral("SELECT coalesce(target_ou_id, target_account_id, '')"
                                      " FROM organization_policy_attachments WHERE policy_id = ?"),
                       {policyId}, [&](const QSqlQuery& q) { ids.append(q.value(0).toString()); });
    if (!r)
        qWarning("%s", qPrintable(r.error().message()));
    for (const QString& id : std::as_const(ids))
        if (const auto target = organizationTarget(id.isEmpty() ? rootId : id))
            out.append(*target);
    std::sort(out.begin(), out.end(), [](const OrganizationTarget& a, const OrganizationTarget& b) {
        return std::pair(int(a.type), a.id) < std::pair(int(b.type), b.id);
    });
    return out;
}
