#pragma once

#include "iam/result.h"

#include <QList>
#include <QString>

#include <functional>

class SqlConnection;

// Brings a directory file to the schema this code knows, one migration step
// at a time, each in its own transaction; PRAGMA user_version records the
// step reached. A file stamped with a newer version, or a file that is not
// a Switchboard directory, is refused before anything is written to it.
class SchemaMigrator
{
public:
    struct Step
    {
        int version;
        QString description;
        std::function<Result<void>(SqlConnection&)> apply;
    };

    // "SWBD": PRAGMA application_id of every Switchboard directory file.
    static constexpr int ApplicationId = 0x53574244;

    // The meta key of a new directory until its first contents are claimed
    // (Directory::claimFirstContents).
    static QString firstContentsKey();

    explicit SchemaMigrator(SqlConnection& connection);

    static const QList<Step>& steps();
    static int latestVersion();

    // Reads the SQLite header of an existing file without opening it through
    // SQLite, so a refused file keeps every byte.
    static Result<void> inspectFile(const QString& filePath);

    // Whether opening the location creates a new directory: in memory, a
    // file not there yet, or a database on a server without the schema.
    static Result<bool> createsDirectory(const QString& location);

    int currentVersion() const;
    // Refuses a newer or foreign database; writes nothing.
    Result<void> checkCompatible() const;
    // Applies the missing steps. Call after checkCompatible().
    Result<void> migrate();

private:
    Result<void> checkCompatibleInSnapshot() const;
    SqlConnection& m_connection;
};
