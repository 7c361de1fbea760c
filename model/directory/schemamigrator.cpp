#include "directory/schemamigrator.h"

#include "directory/postgresaddress.h"
#include "directory/sqlconnection.h"

#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QUuid>

namespace {

// The SQLite file format: a 100-byte header that starts with this magic;
// user_version is the big-endian 32-bit integer at offset 60, application_id at 68.
constexpr char sqliteMagic[] = "SQLite format 3";
constexpr int sqliteHeaderSize = 100;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;

quint32 bigEndianAt(const QByteArray& bytes, int offset)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes.at(offset + i));
    return value;
}

// Tables of one entity kind share their shape, so the SQL is written once.
QString entityTable(const QString& table, const QString& extraColumns)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " id INTEGER PRIMARY KEY,"
                          " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                          " name TEXT NOT NULL,"
                          " name_key TEXT NOT NULL CHECK (name_key = lower(name)),"
                          " path TEXT NOT NULL,"
                          " unique_id TEXT NOT NULL UNIQUE,"
                          " create_date INTEGER NOT NULL,"
                          " %2"
                          " UNIQUE (account_id, name_key))")
        .arg(table, extraColumns);
}

QStringList attachmentTable(const QString& table, const QString& owners)
{
    return {QStringLiteral("CREATE TABLE %1 ("
                           " owner_id INTEGER NOT NULL REFERENCES %2(id) ON DELETE CASCADE,"
                           " policy_id INTEGER NOT NULL REFERENCES policies(id) ON DELETE RESTRICT,"
                           " attach_date INTEGER NOT NULL,"
                           " PRIMARY KEY (owner_id, policy_id)) WITHOUT ROWID")
                .arg(table, owners),
            QStringLiteral("CREATE INDEX %1_policy ON %1(policy_id, owner_id)").arg(table)};
}

QString inlinePolicyTable(const QString& table, const QString& owners)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " owner_id INTEGER NOT NULL REFERENCES %2(id) ON DELETE CASCADE,"
                          " name TEXT NOT NULL,"
                          " name_key TEXT NOT NULL CHECK (name_key = lower(name)),"
                          " document TEXT NOT NULL,"
                          " PRIMARY KEY (owner_id, name_key)) WITHOUT ROWID")
        .arg(table, owners);
}

QString tagTable(const QString& table, const QString& owners)
{
    // IAM tag keys of users and roles are unique ignoring case, and keep their case.
    return QStringLiteral("CREATE TABLE %1 ("
                          " owner_id INTEGER NOT NULL REFERENCES %2(id) ON DELETE CASCADE,"
                          " key TEXT NOT NULL,"
                          " key_lower TEXT NOT NULL,"
                          " value TEXT NOT NULL,"
                          " position INTEGER NOT NULL,"
                          " PRIMARY KEY (owner_id, key_lower)) WITHOUT ROWID")
        .arg(table, owners);
}

QStringList schemaVersion1()
{
    QStringList sql{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
                       " WITHOUT ROWID"),
        // "aws" owns the AWS-managed policies; every other account has a 12-digit id.
        QStringLiteral("CREATE TABLE accounts ("
                       " id TEXT PRIMARY KEY NOT NULL"
                       "  CHECK (id = 'aws' OR (length(id) = 12 AND id NOT GLOB '*[^0-9]*')),"
                       " alias TEXT UNIQUE CHECK (alias IS NULL OR alias = lower(alias)),"
                       " create_date INTEGER NOT NULL) WITHOUT ROWID"),
        // Before the tables that refer to it: PostgreSQL checks references as they are made.
        QStringLiteral("CREATE TABLE policies ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL CHECK (name_key = lower(name)),"
                       " path TEXT NOT NULL,"
                       " unique_id TEXT NOT NULL UNIQUE,"
                       " arn TEXT NOT NULL UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " create_date INTEGER NOT NULL,"
                       " update_date INTEGER NOT NULL,"
                       // Version ids keep counting after a delete, as AWS's do.
                       " last_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (account_id, name_key))"),
        entityTable(QStringLiteral("users"),
                    QStringLiteral("boundary_policy_id INTEGER REFERENCES policies(id)"
                                   " ON DELETE RESTRICT,")),
        QStringLiteral("CREATE INDEX users_boundary ON users(boundary_policy_id)"),
        entityTable(QStringLiteral("groups"), QString()),
        entityTable(QStringLiteral("roles"),
                    QStringLiteral(
                        "description TEXT NOT NULL DEFAULT '',"
                        " trust_policy TEXT NOT NULL,"
                        " max_session_duration INTEGER NOT NULL"
                        "  CHECK (max_session_duration BETWEEN 3600 AND 43200),"
                        " boundary_policy_id INTEGER REFERENCES policies(id) ON DELETE RESTRICT,")),
        QStringLiteral("CREATE INDEX roles_boundary ON roles(boundary_policy_id)"),
        QStringLiteral("CREATE TABLE memberships ("
                       " group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,"
                       " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (group_id, user_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX memberships_user ON memberships(user_id, group_id)"),
        QStringLiteral("CREATE TABLE policy_versions ("
                       " policy_id INTEGER NOT NULL REFERENCES policies(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " document TEXT NOT NULL,"
                       " is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),"
                       " create_date INTEGER NOT NULL,"
                       " PRIMARY KEY (policy_id, version)) WITHOUT ROWID"),
        QStringLiteral("CREATE UNIQUE INDEX policy_versions_one_default"
                       " ON policy_versions(policy_id) WHERE is_default = 1"),
        inlinePolicyTable(QStringLiteral("user_inline_policies"), QStringLiteral("users")),
        inlinePolicyTable(QStringLiteral("group_inline_policies"), QStringLiteral("groups")),
        inlinePolicyTable(QStringLiteral("role_inline_policies"), QStringLiteral("roles")),
        tagTable(QStringLiteral("user_tags"), QStringLiteral("users")),
        tagTable(QStringLiteral("role_tags"), QStringLiteral("roles")),
        QStringLiteral("CREATE TABLE login_profiles ("
                       " user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,"
                       // Only scrypt hashes: a clear-text password cannot be stored by mistake.
                       " password_hash TEXT NOT NULL CHECK (password_hash LIKE '$scrypt$%'),"
                       " reset_required INTEGER NOT NULL DEFAULT 0,"
                       " create_date INTEGER NOT NULL)"),
        // Keyed by what was typed, so unknown users are throttled like known ones.
        QStringLiteral("CREATE TABLE sign_in_failures ("
                       " id INTEGER PRIMARY KEY,"
                       " account_key TEXT NOT NULL,"
                       " user_key TEXT NOT NULL,"
                       " time INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX sign_in_failures_key"
                       " ON sign_in_failures(account_key, user_key, time)"),
        QStringLiteral("CREATE TABLE access_keys ("
                       " access_key_id TEXT PRIMARY KEY NOT NULL,"
                       " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " create_date INTEGER NOT NULL,"
                       " last_used INTEGER,"
                       " last_used_service TEXT) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX access_keys_user ON access_keys(user_id)"),
        QStringLiteral("CREATE TABLE mfa_devices ("
                       " serial_number TEXT PRIMARY KEY NOT NULL,"
                       " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " enable_date INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX mfa_devices_user ON mfa_devices(user_id)"),
        QStringLiteral(
            "CREATE TABLE role_history ("
            " id INTEGER PRIMARY KEY,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " account_id TEXT NOT NULL,"
            " account_input TEXT NOT NULL,"
            " role_name TEXT NOT NULL,"
            " role_key TEXT NOT NULL,"
            " display_name TEXT NOT NULL,"
            " color TEXT NOT NULL CHECK (color IN ('red', 'orange', 'yellow', 'green', 'blue')),"
            " used_at INTEGER NOT NULL,"
            " UNIQUE (user_id, account_id, role_key))"),
        QStringLiteral("CREATE INDEX role_history_user ON role_history(user_id, used_at)"),
        QStringLiteral("CREATE TABLE audit_events ("
                       " sequence INTEGER PRIMARY KEY,"
                       " time INTEGER NOT NULL,"
                       " actor_arn TEXT NOT NULL,"
                       " session_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target TEXT NOT NULL,"
                       " outcome TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " previous_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        // Append-only: the store itself refuses to rewrite history.
        QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events"
                       " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events"
                       " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"),
        QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrator::ApplicationId),
    };
    sql += attachmentTable(QStringLiteral("user_policy_attachments"), QStringLiteral("users"));
    sql += attachmentTable(QStringLiteral("group_policy_attachments"), QStringLiteral("groups"));
    sql += attachmentTable(QStringLiteral("role_policy_attachments"), QStringLiteral("roles"));
    return sql;
}

Result<void> createVersion1(SqlConnection& connection)
{
    for (const QString& statement : schemaVersion1())
        if (auto r = connection.execOnce(statement); !r)
            return r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto r = connection.exec(
            QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"),
            {QStringLiteral("directory_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        !r)
        return r.error();
    if (auto r = connection.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"),
                                 {SchemaMigrator::firstContentsKey(), QStringLiteral("pending")});
        !r)
        return r.error();
    if (auto r = connection.exec(
            QStringLiteral("INSERT INTO accounts(id, alias, create_date) VALUES ('aws', NULL, ?)"),
            {now});
        !r)
        return r.error();
    return {};
}

// Version 2: sessions STS issued (metadata only: their secrets live in the
// secret store) and, per MFA device, the last accepted code's time step so a
// code is not accepted twice.
Result<void> createVersion2(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral("ALTER TABLE mfa_devices ADD COLUMN last_code_step INTEGER"),
        QStringLiteral(
            "CREATE TABLE temporary_sessions ("
            " access_key_id TEXT PRIMARY KEY NOT NULL CHECK (access_key_id GLOB 'ASIA*'),"
            " type TEXT NOT NULL CHECK (type IN ('AssumedRole', 'SessionToken')),"
            " account_id TEXT NOT NULL,"
            " caller_arn TEXT NOT NULL,"
            " arn TEXT NOT NULL,"
            " role_arn TEXT NOT NULL,"
            " assumed_role_id TEXT NOT NULL,"
            " session_name TEXT NOT NULL,"
            " session_policy TEXT NOT NULL,"
            " session_policy_arns TEXT NOT NULL,"
            " source_identity TEXT NOT NULL,"
            " mfa_authenticated INTEGER NOT NULL,"
            " chained INTEGER NOT NULL,"
            " issued_at INTEGER NOT NULL,"
            " expires_at INTEGER NOT NULL CHECK (expires_at > issued_at),"
            " ended_at INTEGER,"
            " end_reason TEXT NOT NULL,"
            " console_user_arn TEXT NOT NULL,"
            " display_name TEXT NOT NULL,"
            " color TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX temporary_sessions_console"
                       " ON temporary_sessions(console_user_arn, issued_at)"),
        QStringLiteral("CREATE INDEX temporary_sessions_expiry ON temporary_sessions(expires_at)"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 3: the account password policy, and each user's previous password
// hashes for reuse prevention (seeded with the current ones).
Result<void> createVersion3(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral(
            "CREATE TABLE password_policies ("
            " account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            " minimum_length INTEGER NOT NULL CHECK (minimum_length BETWEEN 6 AND 128),"
            " require_uppercase INTEGER NOT NULL,"
            " require_lowercase INTEGER NOT NULL,"
            " require_numbers INTEGER NOT NULL,"
            " require_symbols INTEGER NOT NULL,"
            " allow_users_to_change_password INTEGER NOT NULL,"
            " max_password_age INTEGER NOT NULL CHECK (max_password_age BETWEEN 0 AND 1095),"
            " password_reuse_prevention INTEGER NOT NULL"
            "  CHECK (password_reuse_prevention BETWEEN 0 AND 24),"
            " hard_expiry INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE password_history ("
                       " id INTEGER PRIMARY KEY,"
                       " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " password_hash TEXT NOT NULL CHECK (password_hash LIKE '$scrypt$%'),"
                       " set_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX password_history_user ON password_history(user_id, id)"),
        QStringLiteral("INSERT INTO password_history(user_id, password_hash, set_at)"
                       " SELECT user_id, password_hash, create_date FROM login_profiles"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 4: where an audited call came from (the endpoint's client address
// and user agent); events recorded before, and the console's, have neither.
Result<void> createVersion4(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral(
            "ALTER TABLE audit_events ADD COLUMN source_address TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE audit_events ADD COLUMN user_agent TEXT NOT NULL DEFAULT ''"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 5: the roles each user saved for Switch Role (imported profiles of
// ~/.aws/config). A table of its own, so it applies after any other step.
Result<void> createVersion5(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral(
            "CREATE TABLE role_bookmarks ("
            " id INTEGER PRIMARY KEY,"
            " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            " profile_name TEXT NOT NULL CHECK (profile_name <> ''),"
            " account_id TEXT NOT NULL"
            "  CHECK (account_id = '' OR (length(account_id) = 12"
            "   AND account_id NOT GLOB '*[^0-9]*')),"
            " account_input TEXT NOT NULL CHECK (account_input <> ''),"
            " role_name TEXT NOT NULL CHECK (role_name <> ''),"
            " display_name TEXT NOT NULL,"
            " color TEXT NOT NULL CHECK (color IN ('red', 'orange', 'yellow', 'green', 'blue')),"
            " duration_seconds INTEGER CHECK (duration_seconds IS NULL OR duration_seconds > 0),"
            " session_name TEXT NOT NULL,"
            " mfa_serial TEXT NOT NULL,"
            " external_id TEXT NOT NULL,"
            " region TEXT NOT NULL,"
            " source_profile TEXT NOT NULL,"
            " UNIQUE (user_id, profile_name))"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 6: the organization's management account, whose people enter the
// other accounts through OrganizationAccountAccessRole. One row at most; a
// directory that has accounts already makes its first one the management account.
Result<void> createVersion6(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE organization ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " management_account_id TEXT NOT NULL"
                       "  REFERENCES accounts(id) ON DELETE CASCADE"
                       "  CHECK (management_account_id <> 'aws'))"),
        QStringLiteral(
            "CREATE INDEX organization_management ON organization(management_account_id)"),
        QStringLiteral("INSERT INTO organization(id, management_account_id)"
                       " SELECT 1, id FROM accounts WHERE id <> 'aws'"
                       " ORDER BY create_date, id LIMIT 1"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 7: SAML identity providers per account (their metadata; signing
// keys never live here), and the assertion ids AssumeRoleWithSAML has
// accepted, kept until the assertion expires so each is used once.
Result<void> createVersion7(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE saml_providers ("
                       " id INTEGER PRIMARY KEY,"
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 128),"
                       " name_key TEXT NOT NULL,"
                       " metadata TEXT NOT NULL CHECK (length(metadata) BETWEEN 1000 AND 10000000),"
                       " create_date INTEGER NOT NULL,"
                       " valid_until INTEGER,"
                       " UNIQUE (account_id, name_key))"),
        QStringLiteral("CREATE TABLE used_saml_assertions ("
                       " provider_arn TEXT NOT NULL,"
                       " assertion_id TEXT NOT NULL,"
                       " expires_at INTEGER NOT NULL,"
                       " PRIMARY KEY (provider_arn, assertion_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE INDEX used_saml_assertions_expiry ON used_saml_assertions(expires_at)"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 8: each account's root user (an email unique in the directory and
// the scrypt hash of its console password) and the root users' virtual MFA
// devices, which belong to no IAM user and so live in a table of their own.
Result<void> createVersion8(SqlConnection& connection)
{
    const QStringList statements{
        QStringLiteral(
            "CREATE TABLE root_users ("
            " account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts(id) ON DELETE CASCADE"
            "  CHECK (account_id <> 'aws'),"
            " email TEXT NOT NULL,"
            " email_key TEXT NOT NULL UNIQUE CHECK (email_key = lower(email)),"
            // Only scrypt hashes: a clear-text password cannot be stored by mistake.
            " password_hash TEXT NOT NULL CHECK (password_hash LIKE '$scrypt$%'),"
            " create_date INTEGER NOT NULL,"
            " password_last_set INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE root_mfa_devices ("
            " serial_number TEXT PRIMARY KEY NOT NULL,"
            " account_id TEXT NOT NULL REFERENCES root_users(account_id) ON DELETE CASCADE,"
            " enable_date INTEGER NOT NULL,"
            " last_code_step INTEGER) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX root_mfa_devices_account ON root_mfa_devices(account_id)"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

// Version 9: the name an account of the organization was created with
// (organizations:CreateAccount); its email is its root user's. Accounts
// without a row were brought in another way (the demo, an import).
Result<void> createVersion9(SqlConnection& connection)
{
    return connection.execOnce(
        QStringLiteral("CREATE TABLE organization_accounts ("
                       " account_id TEXT PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE"
                       "  CHECK (account_id <> 'aws'),"
                       " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),"
                       " joined_at INTEGER NOT NULL)"));
}

// Version 10: organizational units, each account's place among them, and the
// organization's service and resource control policies with their
// attachments. A parent or target that is NULL is the root, whose id is
// derived from the management account. AWS's FullAWSAccess and
// RCPFullAWSAccess are attached to the root and every account, as AWS
// attaches them when the policy types are enabled.
Result<void> createVersion10(SqlConnection& connection)
{
    const QString fullAccess =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                       R"("Action":"*","Resource":"*"}]})");
    const QString rcpFullAccess =
        QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                       R"("Principal":"*","Action":"*","Resource":"*"}]})");
    const QStringList statements{
        QStringLiteral("CREATE TABLE organizational_units ("
                       " id TEXT PRIMARY KEY NOT NULL CHECK (id LIKE 'ou-%'),"
                       " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 128),"
                       " parent_id TEXT REFERENCES organizational_units(id),"
                       " create_date INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX organizational_units_parent ON organizational_units(parent_id)"),
        QStringLiteral("CREATE TABLE account_parents ("
                       " account_id TEXT PRIMARY KEY NOT NULL"
                       "  REFERENCES accounts(id) ON DELETE CASCADE CHECK (account_id <> 'aws'),"
                       " ou_id TEXT NOT NULL REFERENCES organizational_units(id))"),
        QStringLiteral("CREATE INDEX account_parents_ou ON account_parents(ou_id)"),
        QStringLiteral("CREATE TABLE organization_policies ("
                       " id TEXT PRIMARY KEY NOT NULL CHECK (id LIKE 'p-%'),"
                       " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 128),"
                       " description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 512),"
                       " type TEXT NOT NULL"
                       "  CHECK (type IN ('SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY')),"
                       " content TEXT NOT NULL,"
                       " aws_managed INTEGER NOT NULL DEFAULT 0 CHECK (aws_managed IN (0, 1)),"
                       " UNIQUE (type, name))"),
        QStringLiteral("CREATE TABLE organization_policy_attachments ("
                       " id INTEGER PRIMARY KEY,"
                       " policy_id TEXT NOT NULL REFERENCES organization_policies(id),"
                       " target_ou_id TEXT REFERENCES organizational_units(id) ON DELETE CASCADE,"
                       " target_account_id TEXT REFERENCES accounts(id) ON DELETE CASCADE,"
                       " CHECK (target_ou_id IS NULL OR target_account_id IS NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX organization_policy_attachments_target"
                       " ON organization_policy_attachments(policy_id, coalesce(target_ou_id, ''),"
                       " coalesce(target_account_id, ''))"),
        QStringLiteral("CREATE INDEX organization_policy_attachments_ou"
                       " ON organization_policy_attachments(target_ou_id)"),
        QStringLiteral("CREATE INDEX organization_policy_attachments_account"
                       " ON organization_policy_attachments(target_account_id)"),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    const QList<QVariantList> awsPolicies{
        {QStringLiteral("p-FullAWSAccess"), QStringLiteral("FullAWSAccess"),
         QStringLiteral("SERVICE_CONTROL_POLICY"), fullAccess},
        {QStringLiteral("p-RCPFullAWSAccess"), QStringLiteral("RCPFullAWSAccess"),
         QStringLiteral("RESOURCE_CONTROL_POLICY"), rcpFullAccess},
    };
    for (const QVariantList& policy : awsPolicies) {
        if (auto r = connection.exec(
                QStringLiteral("INSERT INTO organization_policies(id, name, description, type,"
                               " content, aws_managed)"
                               " VALUES (?, ?, 'Allows access to every operation', ?, ?, 1)"),
                policy);
            !r)
            return r.error();
        if (auto r = connection.exec(
                QStringLiteral("INSERT INTO organization_policy_attachments(policy_id) VALUES (?)"),
                {policy.first()});
            !r)
            return r.error();
        if (auto r = connection.exec(
                QStringLiteral("INSERT INTO organization_policy_attachments(policy_id,"
                               " target_account_id) SELECT ?, id FROM accounts WHERE id <> 'aws'"),
                {policy.first()});
            !r)
            return r.error();
    }
    return {};
}

// The quotas an account raised through Service Quotas (spec §2: managed
// policies per user and per role, 10 up to 20); absent rows keep the default.
// Named by content, numbered only in steps(), so it can move to another number.
Result<void> createAccountQuotas(SqlConnection& connection)
{
    return connection.execOnce(
        QStringLiteral("CREATE TABLE account_quotas ("
                       " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                       " quota TEXT NOT NULL,"
                       " value INTEGER NOT NULL CHECK (value > 0),"
                       " PRIMARY KEY (account_id, quota)) WITHOUT ROWID"));
}

// Version 12: the session tags of temporary sessions, in the order given,
// each marked when it passes on through role chaining.
Result<void> createSessionTags(SqlConnection& connection)
{
    return connection.execOnce(
        QStringLiteral("CREATE TABLE session_tags ("
                       " access_key_id TEXT NOT NULL"
                       "  REFERENCES temporary_sessions(access_key_id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL CHECK (position >= 0),"
                       " tag_key TEXT NOT NULL CHECK (tag_key <> ''),"
                       " tag_value TEXT NOT NULL,"
                       " transitive INTEGER NOT NULL CHECK (transitive IN (0, 1)),"
                       " PRIMARY KEY (access_key_id, position))"));
}

// Version 13: the session tags an audited AssumeRole or AssumeRoleWithSAML
// passed; events recorded before, and every other event, have none.
Result<void> recordAuditedSessionTags(SqlConnection& connection)
{
    return connection.execOnce(QStringLiteral(
        "ALTER TABLE audit_events ADD COLUMN session_tags TEXT NOT NULL DEFAULT ''"));
}

// What the directory is stored in, as the messages name it.
QString storeNoun(bool onServer)
{
    return onServer ? QStringLiteral("database") : QStringLiteral("file");
}

IamError newerVersionError(const QString& location, quint32 version, bool onServer = false)
{
    return IamError::serviceFailure(
        QStringLiteral("The directory %1 %2 has schema version %3, newer than the version %4 "
                       "this Switchboard supports. Use a newer Switchboard; the %1 was not "
                       "changed.")
            .arg(storeNoun(onServer), location)
            .arg(version)
            .arg(SchemaMigrator::latestVersion()));
}

IamError foreignDatabaseError(const QString& location, bool onServer = false)
{
    if (onServer)
        return IamError::serviceFailure(
            QStringLiteral("The database %1 holds tables of another application, not a "
                           "Switchboard directory. Give the directory a database of its own.")
                .arg(location));
    return IamError::serviceFailure(
        QStringLiteral("The file %1 is an SQLite database of another application, not a "
                       "Switchboard directory.")
            .arg(location));
}

IamError notSqliteError(const QString& filePath, const QString& detail = {})
{
    return IamError::serviceFailure(
        QStringLiteral(
            "The file %1 is not a Switchboard directory: it is not an SQLite database%2.")
            .arg(filePath, detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail)));
}

// The first read of an existing directory failed: on a file, it is not an
// SQLite database ("file is not a database" surfaces there); on a server,
// the database could not be read.
IamError unreadableError(const SqlConnection& connection, const QString& detail)
{
    if (!connection.dialect().isPostgreSql())
        return notSqliteError(connection.filePath(), detail);
    return IamError::serviceFailure(
        QStringLiteral("Cannot read the schema of the directory database %1 (%2). Check that the "
                       "database exists and that its user may read it.")
            .arg(connection.filePath(), detail));
}

} // namespace

QString SchemaMigrator::firstContentsKey()
{
    return QStringLiteral("first_contents");
}

SchemaMigrator::SchemaMigrator(SqlConnection& connection)
    : m_connection(connection)
{}

const QList<SchemaMigrator::Step>& SchemaMigrator::steps()
{
    static const QList<Step> all{
        {1, QStringLiteral("Create the directory"), &createVersion1},
        {2, QStringLiteral("Record temporary sessions and used MFA codes"), &createVersion2},
        {3, QStringLiteral("Keep the password policy and password history"), &createVersion3},
        {4, QStringLiteral("Record where audited calls came from"), &createVersion4},
        {5, QStringLiteral("Keep the roles users saved for Switch Role"), &createVersion5},
        {6, QStringLiteral("Know the organization's management account"), &createVersion6},
        {7, QStringLiteral("Keep SAML identity providers and used assertions"), &createVersion7},
        {8, QStringLiteral("Keep each account's root user"), &createVersion8},
        {9, QStringLiteral("Keep the names of the accounts the organization created"),
         &createVersion9},
        {10, QStringLiteral("Keep organizational units and the organization's policies"),
         &createVersion10},
        {11, QStringLiteral("Keep the quotas accounts raised"), &createAccountQuotas},
        {12, QStringLiteral("Keep the session tags of temporary sessions"), &createSessionTags},
        {13, QStringLiteral("Record the session tags of audited role requests"),
         &recordAuditedSessionTags},
    };
    return all;
}

int SchemaMigrator::latestVersion()
{
    return steps().last().version;
}

Result<void> SchemaMigrator::inspectFile(const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return IamError::serviceFailure(QStringLiteral("Cannot read the directory file %1: %2.")
                                            .arg(filePath, file.errorString()));
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.isEmpty())
        return {}; // an empty file becomes a new directory, as SQLite treats it
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArray(sqliteMagic) + '\0'))
        return notSqliteError(filePath);
    const quint32 version = bigEndianAt(header, userVersionOffset);
    const quint32 applicationId = bigEndianAt(header, applicationIdOffset);
    if (version > 0 && applicationId != quint32(ApplicationId))
        return foreignDatabaseError(filePath);
    if (version > quint32(latestVersion()))
        return newerVersionError(filePath, version);
    return {};
}

namespace {

// PostgreSQL has no user_version or application_id: one row of this table holds both.
const QString postgresSchemaTable = QStringLiteral("switchboard_schema");

bool hasPostgresSchemaTable(SqlConnection& connection)
{
    return connection
               .scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                      " WHERE table_schema = current_schema() AND table_name = ?"),
                       {postgresSchemaTable}, 0)
               .toInt() > 0;
}

Result<QVariant> readStamp(SqlConnection& connection, const char* sqliteName,
                           const char* postgresColumn)
{
    if (!connection.dialect().isPostgreSql())
        return connection.value(QStringLiteral("PRAGMA %1").arg(QLatin1String(sqliteName)), {}, 0);
    if (!hasPostgresSchemaTable(connection))
        return QVariant(0);
    return connection.value(
        QStringLiteral("SELECT %1 FROM %2").arg(QLatin1String(postgresColumn), postgresSchemaTable),
        {}, 0);
}

Result<void> writeVersion(SqlConnection& connection, int version)
{
    if (!connection.dialect().isPostgreSql())
        return connection.execOnce(QStringLiteral("PRAGMA user_version = %1").arg(version));
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (application_id BIGINT NOT NULL,"
                       " version BIGINT NOT NULL)")
            .arg(postgresSchemaTable),
        QStringLiteral("DELETE FROM %1").arg(postgresSchemaTable),
        QStringLiteral("INSERT INTO %1(application_id, version) VALUES (%2, %3)")
            .arg(postgresSchemaTable)
            .arg(SchemaMigrator::ApplicationId)
            .arg(version),
    };
    for (const QString& statement : statements)
        if (auto r = connection.execOnce(statement); !r)
            return r;
    return {};
}

} // namespace

Result<bool> SchemaMigrator::createsDirectory(const QString& location)
{
    if (location == QLatin1String(":memory:"))
        return true;
    if (!PostgresAddress::names(location))
        return !QFile::exists(location);
    auto connection = SqlConnection::open(location);
    if (!connection)
        return connection.error();
    const auto version = readStamp(*connection.value(), "user_version", "version");
    if (!version)
        return version.error();
    return version->toInt() == 0;
}

int SchemaMigrator::currentVersion() const
{
    const auto version = readStamp(m_connection, "user_version", "version");
    return version ? version->toInt() : 0;
}

Result<void> SchemaMigrator::checkCompatible() const
{
    // One snapshot: another console creating the same new directory at this
    // moment must not be seen half-way (tables but no version yet), which
    // would read as another application's database.
    const QString begin = m_connection.dialect().isPostgreSql()
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN");
    if (auto r = m_connection.execOnce(begin); !r)
        return unreadableError(m_connection, r.error().message());
    const auto checked = checkCompatibleInSnapshot();
    (void)m_connection.execOnce(QStringLiteral("COMMIT"));
    return checked;
}

Result<void> SchemaMigrator::checkCompatibleInSnapshot() const
{
    const bool onServer = m_connection.dialect().isPostgreSql();
    const auto version = readStamp(m_connection, "user_version", "version");
    if (!version)
        return unreadableError(m_connection, version.error().message());
    const int current = version->toInt();
    if (current > latestVersion())
        return newerVersionError(m_connection.filePath(), quint32(current), onServer);
    const auto applicationId = readStamp(m_connection, "application_id", "application_id");
    if (!applicationId)
        return applicationId.error();
    const int tables = m_connection.scalar(m_connection.dialect().tableCount(), {}, 0).toInt();
    if ((current == 0 && tables > 0) || (current > 0 && applicationId->toInt() != ApplicationId))
        return foreignDatabaseError(m_connection.filePath(), onServer);
    return {};
}

Result<void> SchemaMigrator::migrate()
{
    for (const Step& step : steps()) {
        if (step.version <= currentVersion())
            continue;
        if (auto r = m_connection.execOnce(m_connection.dialect().beginWrite()); !r)
            return r;
        // Two consoles opening a new database on one server: one migrates, the other waits.
        Result<void> applied;
        if (m_connection.dialect().isPostgreSql())
            applied = m_connection.execOnce(
                QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId));
        const bool done = applied && step.version <= currentVersion();
        if (applied && !done)
            applied = step.apply(m_connection);
        if (applied && !done)
            applied = writeVersion(m_connection, step.version);
        if (applied)
            applied = m_connection.execOnce(QStringLiteral("COMMIT"));
        if (!applied) {
            // The migration's own error is reported; the engine undoes the rest itself.
            (void)m_connection.execOnce(QStringLiteral("ROLLBACK"));
            return IamError::serviceFailure(
                QStringLiteral("Cannot bring the directory %1 to schema version %2 (%3): %4")
                    .arg(m_connection.filePath())
                    .arg(step.version)
                    .arg(step.description, applied.error().message()));
        }
    }
    return {};
}
