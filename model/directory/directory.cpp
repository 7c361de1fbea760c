#include "directory/directory.h"

#include "crypto/owneronlyfile.h"
#include "crypto/passwordhasher.h"
#include "directory/accountstore.h"
#include "directory/audittrail.h"
#include "directory/changefeed.h"
#include "directory/changerecorder.h"
#include "directory/credentialstore.h"
#include "directory/directorycontext.h"
#include "directory/entitytables.h"
#include "directory/groupstore.h"
#include "directory/identityproviderstore.h"
#include "directory/organizationstore.h"
#include "directory/policystore.h"
#include "directory/postgresaddress.h"
#include "directory/rolehistory.h"
#include "directory/rolestore.h"
#include "directory/schemamigrator.h"
#include "directory/signinthrottle.h"
#include "directory/sqlconnection.h"
#include "directory/temporarysessionstore.h"
#include "directory/userstore.h"
#include "iam/arn.h"
#include "iam/clock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <optional>
#include <utility>

class Directory::Private
{
public:
    explicit Private(Directory* owner)
        : q(owner)
    {}

    Directory* q;
    std::unique_ptr<DirectoryContext> context;
    // PostgreSQL only: other connections' changes in, this one's out.
    std::unique_ptr<ChangeFeed> feed;
    // Shown nowhere: the change signals emitted on it once more, just
    // before a commit, are what the feed sends inside the transaction.
    std::unique_ptr<Directory> announcer;
    bool heardChanges = false; // since checkExternalChanges() last asked
    // The context's connection and clock, for opening, undo and redo.
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
    std::unique_ptr<EntityTables> entities;
    std::unique_ptr<PolicyStore> policies;
    std::unique_ptr<UserStore> users;
    std::unique_ptr<GroupStore> groups;
    std::unique_ptr<RoleStore> roles;

    // Builds the context and the stores over an open connection.
    void attach(std::unique_ptr<SqlConnection> connection, const Clock* clock);

    template <typename F>
    auto transact(F&& work) -> decltype(work())
    {
        return context->transact(std::forward<F>(work));
    }

    // The user's row, for the stores whose writers take a checked user.
    Result<EntityTables::Row> requireUser(const QString& accountId, const QString& name) const
    {
        return entities->require(*EntityTables::kindInfo(EntityKind::User), accountId, name);
    }
    // The user behind a user ARN (InvalidInput for another ARN).
    Result<EntityTables::Row> requireUserByArn(const QString& userArn) const;
    // The user a role history entry or a saved role belongs to (by ARN), with
    // a display color the console knows: their common checks.
    Result<EntityTables::Row> requireSwitchingUser(const QString& userArn,
                                                   const QString& color) const;

    // Undo / redo
    // announce: emits the change's signals on the directory it is given.
    Result<void> applyRecorded(const QByteArray& changeset,
                               const std::function<void(Directory*)>& announce);
    // Emits the recorded change signals (inverse: as undone) on target.
    void replay(Directory* target, const QList<DirectoryChange::Notification>& notifications,
                bool inverse);
    // Hands sink every change signal undo can replay that source emits from now on.
    QList<QMetaObject::Connection>
    collect(Directory* source,
            const std::function<void(const DirectoryChange::Notification&)>& sink);

    // Changes other connections to the same PostgreSQL database committed.
    Result<void> startChangeFeed();
    void heard(const QList<ChangeFeed::Change>& changes);
};

// ---------------------------------------------------------------------------
// Changes by other connections

bool Directory::checkExternalChanges()
{
    // The listener has emitted what each change was as it arrived; a
    // service asks only whether anything came, to drop what it keeps.
    if (d->feed)
        return std::exchange(d->heardChanges, false);
    const qint64 version = d->sql->scalar(d->sql->dialect().dataVersion(), {}, -1).toLongLong();
    const bool changed = d->dataVersion >= 0 && version != d->dataVersion;
    d->dataVersion = version;
    if (changed)
        Q_EMIT directoryReset();
    return changed;
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
    entities = std::make_unique<EntityTables>(*context, *accounts);
    policies = std::make_unique<PolicyStore>(*context, *accounts, *entities);
    users = std::make_unique<UserStore>(*context, *entities, *policies, *temporarySessions);
    groups = std::make_unique<GroupStore>(*context, *entities, *users);
    roles = std::make_unique<RoleStore>(*context, *entities, *policies, *temporarySessions);
}

namespace {
// Switching to WAL needs the file to itself, and SQLite answers "busy" at once
// rather than waiting (its busy timeout does not cover this): another console
// opening the same new file at this moment retries, within the busy timeout.
Result<void> enableWriteAheadLog(SqlConnection& sql)
{
    constexpr int retryMs = 10;
    constexpr int timeoutMs = 5000;
    for (int waited = 0;; waited += retryMs) {
        auto switched = sql.execOnce(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (switched || switched.error().code() != IamError::concurrentModification().code() ||
            waited >= timeoutMs)
            return switched;
        QThread::msleep(retryMs);
    }
}
} // namespace

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
        if (auto r = enableWriteAheadLog(sql); !r)
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
    if (auto r = d.policies->installAwsManaged(); !r)
        return r.error();
    // Without the feed other consoles' edits would go unseen, and caches
    // would keep deciding on rows that changed: not opened then.
    if (d.sql->dialect().isPostgreSql())
        if (auto r = d.startChangeFeed(); !r)
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
    return selectEach(sql, {}, row);
}

Result<void> Directory::selectEach(const QString& sql, const QVariantList& binds,
                                   const std::function<void(const QSqlQuery&)>& row) const
{
    return d->sql->select(sql, binds, row);
}

bool Directory::isEmpty() const
{
    return d->accounts->isEmpty();
}

Result<bool> Directory::claimFirstContents()
{
    const auto claimed = d->sql->exec(QStringLiteral("DELETE FROM meta WHERE key = ?"),
                                      {SchemaMigrator::firstContentsKey()});
    if (!claimed)
        return claimed.error();
    return claimed.value() > 0;
}

Result<bool> Directory::awaitsFirstContents() const
{
    const auto pending = d->sql->value(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"),
                                       {SchemaMigrator::firstContentsKey()}, 0);
    if (!pending)
        return pending.error();
    return pending->toInt() > 0 && isEmpty();
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
Directory::Private::collect(Directory* source, const std::function<void(const Notification&)>& sink)
{
    using Type = Notification::Type;
    auto add = [sink](Type type, EntityKind kind, const QString& account, const QString& name,
                      const QString& other) {
        sink(Notification{type, kind, account, name, other});
    };
    return {
        QObject::connect(source, &Directory::entityAdded, source,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityAdded, k, a, n, {});
                         }),
        QObject::connect(source, &Directory::entityRemoved, source,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityRemoved, k, a, n, {});
                         }),
        QObject::connect(source, &Directory::entityChanged, source,
                         [add](EntityKind k, const QString& a, const QString& n) {
                             add(Type::EntityChanged, k, a, n, {});
                         }),
        QObject::connect(source, &Directory::entityRenamed, source,
                         [add](EntityKind k, const QString& a, const QString& o, const QString& n) {
                             add(Type::EntityRenamed, k, a, o, n);
                         }),
        QObject::connect(source, &Directory::membershipAdded, source,
                         [add](const QString& a, const QString& g, const QString& u) {
                             add(Type::MembershipAdded, EntityKind::Group, a, g, u);
                         }),
        QObject::connect(source, &Directory::membershipRemoved, source,
                         [add](const QString& a, const QString& g, const QString& u) {
                             add(Type::MembershipRemoved, EntityKind::Group, a, g, u);
                         }),
        QObject::connect(source, &Directory::attachmentsChanged, source,
                         [add](const QString& p, EntityKind k, const QString& a, const QString& n) {
                             add(Type::AttachmentsChanged, k, a, n, p);
                         }),
        QObject::connect(source, &Directory::accountsChanged, source,
                         [add] { add(Type::AccountsChanged, EntityKind::User, {}, {}, {}); }),
        QObject::connect(source, &Directory::passwordPolicyChanged, source,
                         [add](const QString& a) {
                             add(Type::PasswordPolicyChanged, EntityKind::User, a, {}, {});
                         }),
        QObject::connect(source, &Directory::samlProvidersChanged, source,
                         [add](const QString& a) {
                             add(Type::SamlProvidersChanged, EntityKind::User, a, {}, {});
                         }),
        QObject::connect(source, &Directory::directoryReset, source,
                         [add] { add(Type::DirectoryReset, EntityKind::User, {}, {}, {}); }),
    };
}

void Directory::Private::replay(Directory* target,
                                const QList<DirectoryChange::Notification>& notifications,
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
            Q_EMIT target->entityAdded(n.kind, n.accountId, n.name);
            break;
        case Type::EntityRemoved:
            Q_EMIT target->entityRemoved(n.kind, n.accountId, n.name);
            break;
        case Type::EntityChanged:
            Q_EMIT target->entityChanged(n.kind, n.accountId, n.name);
            break;
        case Type::EntityRenamed:
            Q_EMIT target->entityRenamed(n.kind, n.accountId, n.name, n.other);
            break;
        case Type::MembershipAdded:
            Q_EMIT target->membershipAdded(n.accountId, n.name, n.other);
            break;
        case Type::MembershipRemoved:
            Q_EMIT target->membershipRemoved(n.accountId, n.name, n.other);
            break;
        case Type::AttachmentsChanged:
            Q_EMIT target->attachmentsChanged(n.other, n.kind, n.accountId, n.name);
            break;
        case Type::AccountsChanged:
            Q_EMIT target->accountsChanged();
            break;
        case Type::PasswordPolicyChanged:
            Q_EMIT target->passwordPolicyChanged(n.accountId);
            break;
        case Type::SamlProvidersChanged:
            Q_EMIT target->samlProvidersChanged(n.accountId);
            break;
        case Type::DirectoryReset:
            Q_EMIT target->directoryReset();
            break;
        }
    }
}

Result<void> Directory::Private::startChangeFeed()
{
    auto started = ChangeFeed::start(
        *sql, [this](const QList<ChangeFeed::Change>& changes) { heard(changes); });
    if (!started)
        return started.error();
    feed = std::move(started).value();
    announcer.reset(new Directory);
    context->setChangeFeed(feed.get(), announcer.get());
    ChangeFeed* out = feed.get();
    Directory* source = announcer.get();
    using Other = ChangeFeed::Change::Other;
    const auto send = [out](Other other, const QString& name, const QString& detail) {
        ChangeFeed::Change change;
        change.other = other;
        change.notification.name = name;
        change.notification.other = detail;
        out->record(change);
    };
    // Tied to the announcer, so they end with it.
    collect(source, [out](const Notification& n) { out->record({n, Other::None}); });
    QObject::connect(source, &Directory::auditEventAppended, source,
                     [send](const AuditEvent& event) {
                         send(Other::AuditEventAppended, {}, QString::number(event.sequence));
                     });
    QObject::connect(source, &Directory::temporarySessionsChanged, source,
                     [send] { send(Other::TemporarySessionsChanged, {}, {}); });
    QObject::connect(
        source, &Directory::roleBookmarksChanged, source,
        [send](const QString& userArn) { send(Other::RoleBookmarksChanged, userArn, {}); });
    return {};
}

void Directory::Private::heard(const QList<ChangeFeed::Change>& changes)
{
    heardChanges = true;
    using Other = ChangeFeed::Change::Other;
    for (const ChangeFeed::Change& change : changes) {
        switch (change.other) {
        case Other::None:
            replay(q, {change.notification}, false);
            break;
        case Other::AuditEventAppended:
            // The event itself is read back: the payload only says which.
            for (const AuditEvent& event :
                 auditTrail->events(int(change.notification.other.toLongLong() - 1), 1))
                Q_EMIT q->auditEventAppended(event);
            break;
        case Other::TemporarySessionsChanged:
            Q_EMIT q->temporarySessionsChanged();
            break;
        case Other::RoleBookmarksChanged:
            Q_EMIT q->roleBookmarksChanged(change.notification.name);
            break;
        }
    }
}

Result<void> Directory::Private::applyRecorded(const QByteArray& changeset,
                                               const std::function<void(Directory*)>& announce)
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
    if (result && feed)
        result = feed->send([&] { announce(announcer.get()); });
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
    const QList<QMetaObject::Connection> listening =
        d->collect(this, [&notifications](const Notification& n) { notifications.append(n); });
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
    const auto announce = [&](Directory* target) {
        d->replay(target, change.notifications(), true);
    };
    if (auto r = d->applyRecorded(inverse.value(), announce); !r)
        return r;
    announce(this);
    return {};
}

Result<void> Directory::reapplyChange(const DirectoryChange& change)
{
    if (change.isEmpty())
        return {};
    const auto announce = [&](Directory* target) {
        d->replay(target, change.notifications(), false);
    };
    if (auto r = d->applyRecorded(change.changeset(), announce); !r)
        return r;
    announce(this);
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
    User user;
    user.accountId = accountId;
    user.name = name;
    user.path = path;
    user.tags = tags;
    return d->users->create(user, Provenance::Created);
}

std::optional<User> Directory::user(const QString& accountId, const QString& name) const
{
    return d->users->user(accountId, name);
}

std::optional<User> Directory::userById(const QString& userId) const
{
    return d->users->userById(userId);
}

QList<User> Directory::users(const QString& accountId, int offset, int limit) const
{
    return d->users->users(accountId, offset, limit);
}

int Directory::userCount(const QString& accountId) const
{
    return d->users->count(accountId);
}

Result<User> Directory::renameUser(const QString& accountId, const QString& name,
                                   const QString& newName, const QString& newPath)
{
    return d->users->rename(accountId, name, newName, newPath);
}

Result<void> Directory::deleteUser(const QString& accountId, const QString& name)
{
    return d->users->remove(accountId, name);
}

// ---------------------------------------------------------------------------
// Login profiles and sign-in failures

Result<void> Directory::setLoginProfile(const QString& accountId, const QString& userName,
                                        const QString& passwordHash, bool resetRequired)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireUser(accountId, userName);
        if (!user)
            return user.error();
        return d->credentials->setLoginProfile(user->id, accountId, user->name, passwordHash,
                                               resetRequired);
    });
}

Result<void> Directory::deleteLoginProfile(const QString& accountId, const QString& userName)
{
    return d->transact([&]() -> Result<void> {
        const auto user = d->requireUser(accountId, userName);
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
    Group group;
    group.accountId = accountId;
    group.name = name;
    group.path = path;
    return d->groups->create(group, Provenance::Created);
}

std::optional<Group> Directory::group(const QString& accountId, const QString& name) const
{
    return d->groups->group(accountId, name);
}

QList<Group> Directory::groups(const QString& accountId, int offset, int limit) const
{
    return d->groups->groups(accountId, offset, limit);
}

int Directory::groupCount(const QString& accountId) const
{
    return d->groups->count(accountId);
}

Result<Group> Directory::renameGroup(const QString& accountId, const QString& name,
                                     const QString& newName, const QString& newPath)
{
    return d->groups->rename(accountId, name, newName, newPath);
}

Result<void> Directory::deleteGroup(const QString& accountId, const QString& name)
{
    return d->groups->remove(accountId, name);
}

Result<void> Directory::addUserToGroup(const QString& accountId, const QString& groupName,
                                       const QString& userName)
{
    return d->groups->addMember(accountId, groupName, userName, Provenance::Created);
}

Result<void> Directory::removeUserFromGroup(const QString& accountId, const QString& groupName,
                                            const QString& userName)
{
    return d->groups->removeMember(accountId, groupName, userName);
}

QList<Group> Directory::groupsForUser(const QString& accountId, const QString& userName) const
{
    return d->groups->groupsForUser(accountId, userName);
}

QList<User> Directory::usersInGroup(const QString& accountId, const QString& groupName) const
{
    return d->groups->usersInGroup(accountId, groupName);
}

// ---------------------------------------------------------------------------
// Roles

Result<Role> Directory::createRole(const Role& role)
{
    return d->roles->create(role, Provenance::Created);
}

std::optional<Role> Directory::role(const QString& accountId, const QString& name) const
{
    return d->roles->role(accountId, name);
}

std::optional<Role> Directory::roleByArn(const QString& arn) const
{
    return d->roles->roleByArn(arn);
}

QList<Role> Directory::roles(const QString& accountId, int offset, int limit) const
{
    return d->roles->roles(accountId, offset, limit);
}

int Directory::roleCount(const QString& accountId) const
{
    return d->roles->count(accountId);
}

Result<Role> Directory::updateRole(const QString& accountId, const QString& name,
                                   const QString& description, int maxSessionDuration)
{
    return d->roles->update(accountId, name, description, maxSessionDuration);
}

Result<Role> Directory::updateAssumeRolePolicy(const QString& accountId, const QString& name,
                                               const QString& trustPolicy)
{
    return d->roles->updateTrustPolicy(accountId, name, trustPolicy);
}

Result<void> Directory::deleteRole(const QString& accountId, const QString& name)
{
    return d->roles->remove(accountId, name);
}

// ---------------------------------------------------------------------------
// Managed policies and their versions

Result<ManagedPolicy> Directory::createPolicy(const QString& accountId, const QString& name,
                                              const QString& document, const QString& path,
                                              const QString& description)
{
    return d->policies->create(accountId, name, document, path, description);
}

std::optional<ManagedPolicy> Directory::policy(const QString& policyArn) const
{
    return d->policies->policy(policyArn);
}

QList<ManagedPolicy> Directory::policies(const QString& accountId, int offset, int limit) const
{
    return d->policies->policies(accountId, offset, limit);
}

int Directory::policyCount(const QString& accountId) const
{
    return d->policies->count(accountId);
}

QList<ManagedPolicy> Directory::awsManagedPolicies() const
{
    return policies(PolicyStore::awsAccount());
}

Result<void> Directory::deletePolicy(const QString& policyArn)
{
    return d->policies->remove(policyArn);
}

QList<PolicyVersion> Directory::policyVersions(const QString& policyArn) const
{
    return d->policies->versions(policyArn);
}

std::optional<PolicyVersion> Directory::defaultPolicyVersion(const QString& policyArn) const
{
    return d->policies->defaultVersion(policyArn);
}

Result<PolicyVersion> Directory::createPolicyVersion(const QString& policyArn,
                                                     const QString& document, bool setAsDefault)
{
    return d->policies->createVersion(policyArn, document, setAsDefault);
}

Result<void> Directory::setDefaultPolicyVersion(const QString& policyArn, const QString& versionId)
{
    return d->policies->setDefaultVersion(policyArn, versionId);
}

Result<void> Directory::deletePolicyVersion(const QString& policyArn, const QString& versionId)
{
    return d->policies->deleteVersion(policyArn, versionId);
}

// ---------------------------------------------------------------------------
// Account quotas

Result<int> Directory::entityCount(EntityKind kind, const QString& accountId) const
{
    return d->entities->count(kind, accountId);
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
    return d->policies->attach(kind, accountId, name, policyArn, Provenance::Created);
}

Result<void> Directory::detachPolicy(EntityKind kind, const QString& accountId, const QString& name,
                                     const QString& policyArn)
{
    return d->policies->detach(kind, accountId, name, policyArn);
}

QList<ManagedPolicy> Directory::attachedPolicies(EntityKind kind, const QString& accountId,
                                                 const QString& name) const
{
    return d->policies->attached(kind, accountId, name);
}

QList<Directory::EntityRef> Directory::policyAttachments(const QString& policyArn) const
{
    return d->policies->attachments(policyArn);
}

// ---------------------------------------------------------------------------
// Inline policies, boundaries, tags

Result<void> Directory::putInlinePolicy(EntityKind kind, const QString& accountId,
                                        const QString& name, const InlinePolicy& policy)
{
    return d->policies->putInline(kind, accountId, name, policy, Provenance::Created);
}

Result<void> Directory::deleteInlinePolicy(EntityKind kind, const QString& accountId,
                                           const QString& name, const QString& policyName)
{
    return d->policies->deleteInline(kind, accountId, name, policyName);
}

QList<InlinePolicy> Directory::inlinePolicies(EntityKind kind, const QString& accountId,
                                              const QString& name) const
{
    return d->policies->inlinePolicies(kind, accountId, name);
}

Result<void> Directory::setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                               const QString& name, const QString& policyArn)
{
    return d->policies->setPermissionsBoundary(kind, accountId, name, policyArn);
}

Result<void> Directory::tagEntity(EntityKind kind, const QString& accountId, const QString& name,
                                  const TagList& tags)
{
    return d->entities->tag(kind, accountId, name, tags);
}

Result<void> Directory::untagEntity(EntityKind kind, const QString& accountId, const QString& name,
                                    const QStringList& keys)
{
    return d->entities->untag(kind, accountId, name, keys);
}

// ---------------------------------------------------------------------------
// Access keys and MFA devices

Result<AccessKeyInfo> Directory::addAccessKey(const QString& accountId, const QString& userName,
                                              const QString& accessKeyId)
{
    const auto added = d->transact([&]() -> Result<void> {
        const auto user = d->requireUser(accountId, userName);
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
        const auto user = d->requireUser(accountId, userName);
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

Result<EntityTables::Row> Directory::Private::requireUserByArn(const QString& userArn) const
{
    const auto owner = RoleHistory::userOf(userArn);
    if (!owner)
        return IamError::invalidInput(
            QStringLiteral("%1 is not the ARN of an IAM user.").arg(userArn));
    return requireUser(owner->first, owner->second);
}

Result<EntityTables::Row> Directory::Private::requireSwitchingUser(const QString& userArn,
                                                                   const QString& color) const
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
// Import: a create with provenance

Result<User> Directory::importUser(const User& user)
{
    return d->users->create(user, Provenance::Imported);
}

Result<Group> Directory::importGroup(const Group& group)
{
    return d->groups->create(group, Provenance::Imported);
}

Result<Role> Directory::importRole(const Role& role)
{
    return d->roles->create(role, Provenance::Imported);
}

Result<ManagedPolicy> Directory::importPolicy(const ManagedPolicy& managed,
                                              const QList<PolicyVersion>& versions)
{
    return d->policies->import(managed, versions);
}

Result<void> Directory::importMembership(const QString& accountId, const QString& groupName,
                                         const QString& userName)
{
    return d->groups->addMember(accountId, groupName, userName, Provenance::Imported);
}

Result<void> Directory::importAttachment(EntityKind kind, const QString& accountId,
                                         const QString& name, const QString& policyArn)
{
    return d->policies->attach(kind, accountId, name, policyArn, Provenance::Imported);
}

Result<void> Directory::importInlinePolicy(EntityKind kind, const QString& accountId,
                                           const QString& name, const InlinePolicy& policy)
{
    return d->policies->putInline(kind, accountId, name, policy, Provenance::Imported);
}

Result<void> Directory::clearAccount(const QString& accountId, const QStringList& keptRoles)
{
    return d->entities->clearAccount(accountId, keptRoles);
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
