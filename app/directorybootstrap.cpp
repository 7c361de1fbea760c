#include "directorybootstrap.h"

#include "directory/demodirectory.h"
#include "directory/directory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Result<DirectoryBootstrap::Opened> DirectoryBootstrap::open(const QString& path, bool createEmpty,
                                                            const QString& demoPassword)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const bool existed = !inMemory && QFileInfo::exists(path);
    if (!existed && !inMemory && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return IamError::serviceFailure(
            QStringLiteral("Cannot create the folder for the directory file %1.").arg(path));

    auto opened = Directory::open(path);
    if (!opened)
        return opened.error();
    Opened result;
    result.directory = std::move(opened).value();
    if (existed || createEmpty)
        return result;

    auto seeded = DemoDirectory::seed(*result.directory, demoPassword);
    if (!seeded) {
        // Leave no half-made file behind: the next start tries again.
        result.directory.reset();
        if (!inMemory) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return seeded.error();
    }
    result.created = true;
    if (demoPassword.isEmpty())
        for (const DemoDirectory::Credential& c : seeded.value())
            result.generatedCredentials.append(
                {c.account, c.isRoot() ? c.email : c.userName, c.password, c.isRoot()});
    return result;
}
