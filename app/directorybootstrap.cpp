#include "directorybootstrap.h"

#include "crypto/owneronlyfile.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "directory/postgresaddress.h"
#include "directory/schemamigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

bool DirectoryBootstrap::wouldCreate(const QString& path)
{
    // A server that cannot be reached creates nothing; open() then says why.
    const auto creates = SchemaMigrator::createsDirectory(path);
    return creates && creates.value();
}

QString DirectoryBootstrap::demoNeedsAPassword(const QString& path)
{
    return QCoreApplication::translate(
               "main",
               "switchboard: %1 does not exist yet. To create the demo directory from the "
               "command line, set the demo users' password in SWITCHBOARD_DEMO_PASSWORD; or "
               "use --empty; or open the console once, which shows generated passwords.")
        .arg(path);
}

Result<DirectoryBootstrap::Opened> DirectoryBootstrap::open(const QString& path, bool createEmpty,
                                                            const QString& demoPassword,
                                                            bool passwordsShown)
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

    // A directory whose demo never came (a first console's seed failed, or
    // it was made by a command that stopped early) waits for a password
    // someone will see.
    if (!passwordsShown && demoPassword.isEmpty()) {
        const auto awaits = result.directory->awaitsFirstContents();
        if (!awaits)
            return awaits.error();
        if (*awaits)
            return IamError::invalidInput(demoNeedsAPassword(path));
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
