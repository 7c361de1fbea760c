#include "directory/changerecorder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

// The session extension's declarations are only visible with these defined.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>

namespace {

sqlite3* nativeHandle(const QString& connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

IamError sqliteFailure(const char* what, int code)
{
    return IamError::serviceFailure(
        QStringLiteral("%1 failed: %2")
            .arg(QLatin1String(what), QLatin1String(sqlite3_errstr(code))));
}

IamError noConnection()
{
    return IamError::serviceFailure(
        QStringLiteral("The directory's SQLite connection is not available."));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Directory", text);
}

// What a row of the table is, in words: "the user alice", "a group membership".
QString describeRow(sqlite3_changeset_iter* it)
{
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) != SQLITE_OK || !table)
        return tr("a row");
    const QString name = QString::fromUtf8(table);
    // Users, groups, roles and policies keep the name in their third column.
    const struct
    {
        const char* table;
        const char* label;
    } named[] = {{"users", QT_TRANSLATE_NOOP("Directory", "the user %1")},
                 {"groups", QT_TRANSLATE_NOOP("Directory", "the group %1")},
                 {"roles", QT_TRANSLATE_NOOP("Directory", "the role %1")},
                 {"policies", QT_TRANSLATE_NOOP("Directory", "the policy %1")}};
    for (const auto& entry : named) {
        if (name != QLatin1String(entry.table) || columns < 3)
            continue;
        sqlite3_value* value = nullptr;
        if (op == SQLITE_INSERT)
            sqlite3changeset_new(it, 2, &value);
        else
            sqlite3changeset_old(it, 2, &value);
        if (value && sqlite3_value_type(value) == SQLITE_TEXT)
            return tr(entry.label)
                .arg(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value))));
        break;
    }
    return tr("a row of %1").arg(name);
}

struct ConflictReport
{
    QString message;
};

int onConflict(void* context, int reason, sqlite3_changeset_iter* it)
{
    auto* report = static_cast<ConflictReport*>(context);
    if (!report->message.isEmpty())
        return SQLITE_CHANGESET_ABORT;
    switch (reason) {
    case SQLITE_CHANGESET_DATA:
        report->message = tr("%1 was changed.").arg(describeRow(it));
        break;
    case SQLITE_CHANGESET_NOTFOUND:
        report->message = tr("%1 no longer exists.").arg(describeRow(it));
        break;
    case SQLITE_CHANGESET_CONFLICT:
        report->message = tr("%1 exists again.").arg(describeRow(it));
        break;
    case SQLITE_CHANGESET_CONSTRAINT:
        report->message = tr("%1 conflicts with a newer entry.").arg(describeRow(it));
        break;
    default:
        report->message = tr("entries refer to ones that no longer exist.");
        break;
    }
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

struct ChangeRecorder::Session
{
    sqlite3_session* handle = nullptr;
    ~Session()
    {
        if (handle)
            sqlite3session_delete(handle);
    }
};

ChangeRecorder::ChangeRecorder(std::unique_ptr<Session> session)
    : m_session(std::move(session))
{}

ChangeRecorder::~ChangeRecorder() = default;

Result<std::unique_ptr<ChangeRecorder>> ChangeRecorder::start(const QString& connectionName,
                                                              const QStringList& tables)
{
    sqlite3* db = nativeHandle(connectionName);
    if (!db)
        return noConnection();
    auto session = std::make_unique<Session>();
    if (int rc = sqlite3session_create(db, "main", &session->handle); rc != SQLITE_OK)
        return sqliteFailure("sqlite3session_create", rc);
    for (const QString& table : tables)
        if (int rc = sqlite3session_attach(session->handle, table.toUtf8().constData());
            rc != SQLITE_OK)
            return sqliteFailure("sqlite3session_attach", rc);
    return std::unique_ptr<ChangeRecorder>(new ChangeRecorder(std::move(session)));
}

Result<QByteArray> ChangeRecorder::changeset() const
{
    int size = 0;
    void* bytes = nullptr;
    if (int rc = sqlite3session_changeset(m_session->handle, &size, &bytes); rc != SQLITE_OK)
        return sqliteFailure("sqlite3session_changeset", rc);
    QByteArray out(static_cast<const char*>(bytes), size);
    sqlite3_free(bytes);
    return out;
}

Result<QByteArray> ChangeRecorder::invert(const QByteArray& changeset)
{
    int size = 0;
    void* bytes = nullptr;
    if (int rc =
            sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &bytes);
        rc != SQLITE_OK)
        return sqliteFailure("sqlite3changeset_invert", rc);
    QByteArray out(static_cast<const char*>(bytes), size);
    sqlite3_free(bytes);
    return out;
}

QStringList ChangeRecorder::tables(const QByteArray& changeset)
{
    QStringList names;
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()),
                               const_cast<char*>(changeset.constData())) != SQLITE_OK)
        return names;
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        if (sqlite3changeset_op(it, &table, &columns, &op, &indirect) == SQLITE_OK && table) {
            const QString name = QString::fromUtf8(table);
            if (!names.contains(name))
                names << name;
        }
    }
    sqlite3changeset_finalize(it);
    return names;
}

Result<void> ChangeRecorder::apply(const QString& connectionName, const QByteArray& changeset)
{
    sqlite3* db = nativeHandle(connectionName);
    if (!db)
        return noConnection();
    ConflictReport report;
    const int rc =
        sqlite3changeset_apply(db, int(changeset.size()), const_cast<char*>(changeset.constData()),
                               nullptr, &onConflict, &report);
    if (!report.message.isEmpty())
        return IamError::undoConflict(tr("The directory changed since: %1").arg(report.message));
    if (rc != SQLITE_OK)
        return sqliteFailure("sqlite3changeset_apply", rc);
    return {};
}
