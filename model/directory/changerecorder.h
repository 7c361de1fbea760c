#pragma once

#include "iam/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// Records the row changes made to some tables of a connection, and inverts
// and applies such changesets. The directory's undo and redo rest on it.
//
// While a recorder lives, triggers copy each changed row's images (before and
// after) into a change-log table, in the edit's own transaction; changeset()
// reads them as a serialized RowChangeset. Engine-specific SQL is in
// ChangeLogSql.
class ChangeRecorder
{
public:
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder&) = delete;
    ChangeRecorder& operator=(const ChangeRecorder&) = delete;

    // Starts recording the tables of the named QSqlDatabase connection.
    static Result<std::unique_ptr<ChangeRecorder>> start(const QString& connectionName,
                                                         const QStringList& tables);
    // Everything changed since start(), as a changeset (empty when nothing did).
    Result<QByteArray> changeset() const;

    static Result<QByteArray> invert(const QByteArray& changeset);
    // The tables a changeset touches.
    static QStringList tables(const QByteArray& changeset);
    // Applies the changeset inside the caller's transaction. Any conflict (a
    // row changed, missing or already there, a constraint) aborts it with
    // UndoConflict, leaving the database as it was before the call.
    static Result<void> apply(const QString& connectionName, const QByteArray& changeset);

private:
    struct Recording;
    explicit ChangeRecorder(std::unique_ptr<Recording> recording);
    std::unique_ptr<Recording> m_recording;
};
