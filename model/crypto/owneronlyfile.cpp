#include "crypto/owneronlyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr mode_t ownerOnlyFile = S_IRUSR | S_IWUSR;
constexpr mode_t ownerOnlyFolder = S_IRWXU;

// AccessDenied when the system refused on permissions, so callers can say so.
IamError failure(const QString& what, const QString& path, int error)
{
    const QString message = QStringLiteral("%1 %2: %3")
                                .arg(what, QDir::toNativeSeparators(path),
                                     QString::fromLocal8Bit(std::strerror(error)));
    return error == EACCES || error == EPERM || error == EROFS ? IamError::accessDenied(message)
                                                               : IamError::serviceFailure(message);
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= written;
    }
    return true;
}

// Narrows an existing file to 0600; absent is fine.
Result<void> narrow(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    if (::chmod(name.constData(), ownerOnlyFile) != 0 && errno != ENOENT)
        return failure(QStringLiteral("Cannot make private"), path, errno);
    return {};
}

} // namespace

Result<void> OwnerOnlyFile::makeFolder(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return {};
    if (auto parent = makeFolder(QFileInfo(absolute).path()); !parent)
        return parent;
    // mkdir applies the umask, which only ever removes bits from 0700.
    if (::mkdir(QFile::encodeName(absolute).constData(), ownerOnlyFolder) != 0 && errno != EEXIST)
        return failure(QStringLiteral("Cannot create the folder"), absolute, errno);
    return {};
}

Result<void> OwnerOnlyFile::write(const QString& path, QByteArrayView bytes)
{
    const QFileInfo info(path);
    if (auto folder = makeFolder(info.absolutePath()); !folder)
        return folder;
    // mkstemp creates the file 0600 whatever the umask.
    QByteArray temporary = QFile::encodeName(info.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(QStringLiteral("Cannot create a file beside"), path, errno);
    const bool written = writeAll(fd, bytes.data(), bytes.size()) && ::fsync(fd) == 0;
    const int writeError = errno;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed ||
        ::rename(temporary.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) !=
            0) {
        const int error = !written ? writeError : errno;
        ::unlink(temporary.constData());
        return failure(QStringLiteral("Cannot write"), path, error);
    }
    return {};
}

Result<void> OwnerOnlyFile::prepare(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, ownerOnlyFile);
    if (fd >= 0) {
        ::close(fd);
        return {};
    }
    if (errno != EEXIST)
        return failure(QStringLiteral("Cannot create"), path, errno);
    for (const QString& file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        if (auto narrowed = narrow(file); !narrowed)
            return narrowed;
    return {};
}

int OwnerOnlyFile::mode(const QString& path)
{
    struct stat status
    {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 07777);
}
