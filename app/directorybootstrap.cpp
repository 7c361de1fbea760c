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
    if (createEmpty) {
        // Claimed, so no console opening it later gives it the demo.
        const auto settled = result.directory->runInTransaction([&]() -> Result<void> {
            const auto claim = result.directory->claimFirstContents();
            if (!claim)
                return claim.error();
            result.created = claim.value();
            return {};
        });
        if (!settled)
            return settled.error();
        return result;
    }

    // Seeded once, by whichever console claims the new directory first; a
    // failed seed changes nothing, so the next start tries again.
    auto seeded = DemoDirectory::seedNew(*result.directory, demoPassword);
    if (!seeded) {
        result.directory.reset();
        // Leave no half-made file behind.
        if (!existed && !inMemory && !onServer) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return seeded.error();
    }
    if (!seeded->has_value())
        return result;
    result.created = true;
    if (demoPassword.isEmpty())
        for (const DemoDirectory::Credential& c : **seeded)
            result.generatedCredentials.append(
                {c.account, c.isRoot() ? c.email : c.userName, c.password, c.isRoot()});
    return result;
}
