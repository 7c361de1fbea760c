#include "benchdirectory.h"

#include "directory/directory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

// The directory at the size of DESIGN.md's budgets: 50,000 users, 2,000
// groups, 10,000 roles, 200,000 memberships. Prints figures; never fails on
// time, only when the directory cannot be built or read back.
namespace {

void report(const char* what, double value, const char* unit)
{
    std::printf("%-52s %12.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int fail(const char* step, const IamError& error)
{
    std::fprintf(stderr, "%s failed: %s\n", step, qPrintable(error.toString()));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("large.sqlite"));
    const LargeDirectorySpec spec;
    std::printf("Directory benchmark: %d users, %d groups, %d roles, %d memberships\n", spec.users,
                spec.groups, spec.roles, spec.users * spec.membershipsPerUser);

    {
        QElapsedTimer timer;
        timer.start();
        auto opened = Directory::open(path);
        if (!opened)
            return fail("open", opened.error());
        if (auto r = generateLargeDirectory(*opened.value(), spec); !r)
            return fail("generate", r.error());
        report("generation, one transaction", msSince(timer), "ms");
    }
    report("file size", double(QFileInfo(path).size()) / (1024.0 * 1024.0), "MiB");
    report("peak RSS after generation", double(peakRssKiB()) / 1024.0, "MiB");

    QElapsedTimer timer;
    timer.start();
    auto opened = Directory::open(path);
    if (!opened)
        return fail("reopen", opened.error());
    Directory& dir = *opened.value();
    report("open", msSince(timer), "ms");
    const QList<User> firstPage = dir.users(spec.accountId, 0, 100);
    const int users = dir.userCount(spec.accountId);
    const int groups = dir.groupCount(spec.accountId);
    const int roles = dir.roleCount(spec.accountId);
    report("open + first page of 100 users + 3 counts", msSince(timer), "ms");
    if (firstPage.size() != 100 || users != spec.users || groups != spec.groups ||
        roles != spec.roles)
        return fail("read back", IamError::serviceFailure(QStringLiteral("wrong counts")));

    timer.restart();
    const QList<User> lastPage = dir.users(spec.accountId, users - 100, 100);
    report("last page of 100 users", msSince(timer), "ms");

    timer.restart();
    const QList<User> all = dir.users(spec.accountId);
    report("all 50,000 users (names, tags) in one call", msSince(timer), "ms");
    if (all.size() != spec.users || lastPage.size() != 100)
        return fail("read all", IamError::serviceFailure(QStringLiteral("wrong user count")));

    timer.restart();
    int fetched = 0;
    for (int offset = 0; offset < users; offset += 500)
        fetched += int(dir.users(spec.accountId, offset, 500).size());
    report("all users in pages of 500", msSince(timer), "ms");

    timer.restart();
    const int members = int(dir.usersInGroup(spec.accountId, benchGroupName(7)).size());
    const int memberOf = int(dir.groupsForUser(spec.accountId, benchUserName(12345)).size());
    report("members of one group + groups of one user", msSince(timer), "ms");
    std::printf("(group %s has %d members; user %s is in %d groups; %d users paged)\n",
                qPrintable(benchGroupName(7)), members, qPrintable(benchUserName(12345)), memberOf,
                fetched);

    timer.restart();
    const QList<Role> rolePage = dir.roles(spec.accountId, 5000, 100);
    report("a page of 100 roles in the middle", msSince(timer), "ms");
    Q_UNUSED(rolePage)

    report("peak RSS (VmHWM)", double(peakRssKiB()) / 1024.0, "MiB");
    return 0;
}
