#include "directorybootstrap.h"

#include "crypto/owneronlyfile.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "directory/postgresaddress.h"
#include "directory/schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool DirectoryBootstrap::wouldCreate(const QString& path)
{
    // A server that cannot be reached creates nothing; open() then says why.
    const auto creates = SchemaMigrator::createsDirectory(path);
    return creates && creates.value();
}

Result<DirectoryBootstrap::Opened> DirectoryBootstrap::open(const QString& path, bool createEmpty,
                                                            const QString& demoPassword)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const bool onServer = PostgresAddress::names(path);
    const bool existed = !wouldCreate(path);
    if (!existed && !inMemory && !onServer)
        if (auto folder = OwnerOnlyFile::makeFolder(QFileInfo(path).absolutePath()); !folder)
            return folder.error();

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
        if (!inMemory && !onServer) {
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
