#pragma once

#include "iam/result.h"

#include <QByteArrayView>
#include <QString>

// Files that hold secrets or the directory are readable and writable by
// their owner only (0600, their folders 0700) from the moment they exist,
// whatever the umask: they are created with that mode, never made private by
// a chmod afterwards, so nobody can open one in between and keep reading it.
class OwnerOnlyFile
{
public:
    // Replaces path with bytes atomically: a temporary file in the same
    // folder, created 0600 and flushed to disk, renamed over path. A failure
    // leaves the previous file whole. Missing folders are created 0700.
    static Result<void> write(const QString& path, QByteArrayView bytes);
    // Makes sure path exists, empty and 0600 when new; an existing file (and
    // an existing SQLite -wal or -shm beside it) is narrowed to 0600. For a
    // file another library writes: SQLite gives its -wal and -shm files the
    // main file's mode.
    static Result<void> prepare(const QString& path);
    // Creates the folder and any missing parent 0700 (an existing one is left as it is).
    static Result<void> makeFolder(const QString& path);
    // The mode's permission bits, e.g. 0600; -1 when path cannot be read.
    static int mode(const QString& path);
};
