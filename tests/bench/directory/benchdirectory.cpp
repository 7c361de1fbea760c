#include "benchdirectory.h"

#include "directory/directory.h"
#include "iam/quotas.h"

#include <QFile>
#include <QStringList>

#include <ctime>

namespace {

const QStringList firstNames{
    QStringLiteral("ana"),   QStringLiteral("ben"),  QStringLiteral("chen"),
    QStringLiteral("dara"),  QStringLiteral("emil"), QStringLiteral("fatima"),
    QStringLiteral("goran"), QStringLiteral("hana"), QStringLiteral("ivan"),
    QStringLiteral("john"),  QStringLiteral("kiri"), QStringLiteral("li"),
    QStringLiteral("maria"), QStringLiteral("noor"), QStringLiteral("olga"),
    QStringLiteral("paulo")};
const QStringList lastNames{QStringLiteral("smith"),  QStringLiteral("garcia"),
                            QStringLiteral("kim"),    QStringLiteral("silva"),
                            QStringLiteral("novak"),  QStringLiteral("okafor"),
                            QStringLiteral("tanaka"), QStringLiteral("weber")};

QString trustPolicy(const QString& accountId)
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Principal\":{\"AWS\":\"arn:aws:iam::%1:root\"},"
                          "\"Action\":\"sts:AssumeRole\"}]}")
        .arg(accountId);
}

// Group k of user i: a fixed stride keeps a user's groups distinct.
int groupOf(int user, int k, int groups)
{
    return (user * 7 + k * 331) % groups;
}

} // namespace

QString benchUserName(int i)
{
    return QStringLiteral("%1.%2.%3")
        .arg(firstNames.at(i % firstNames.size()), lastNames.at((i / 16) % lastNames.size()))
        .arg(i, 5, 10, QLatin1Char('0'));
}

QString benchGroupName(int i)
{
    return QStringLiteral("team-%1").arg(i, 4, 10, QLatin1Char('0'));
}

QString benchRoleName(int i)
{
    return QStringLiteral("service-role-%1").arg(i, 5, 10, QLatin1Char('0'));
}

Result<void> generateLargeDirectory(Directory& directory, const LargeDirectorySpec& spec)
{
    // groupOf() gives distinct groups while the stride is coprime with the group count.
    if (spec.membershipsPerUser > qMin(spec.groups, Quotas::GroupsPerUser) ||
        spec.groups % 331 == 0)
        return IamError::invalidInput(
            QStringLiteral("The memberships asked do not fit the groups."));
    return directory.runBulkChange([&]() -> Result<void> {
        if (auto r = directory.createAccount(spec.accountId, spec.accountAlias); !r)
            return r.error();
        for (int i = 0; i < spec.groups; ++i)
            if (auto r = directory.createGroup(spec.accountId, benchGroupName(i)); !r)
                return r.error();
        const TagList tags{{QStringLiteral("generated"), QStringLiteral("bench")}};
        for (int i = 0; i < spec.users; ++i) {
            const QString name = benchUserName(i);
            // A few tags, as real directories have on some users.
            if (auto r = directory.createUser(spec.accountId, name, QStringLiteral("/"),
                                              i % 10 == 0 ? tags : TagList());
                !r)
                return r.error();
            for (int k = 0; k < spec.membershipsPerUser; ++k)
                if (auto r = directory.addUserToGroup(
                        spec.accountId, benchGroupName(groupOf(i, k, spec.groups)), name);
                    !r)
                    return r;
        }
        const QString trust = trustPolicy(spec.accountId);
        for (int i = 0; i < spec.roles; ++i) {
            Role role;
            role.accountId = spec.accountId;
            role.name = benchRoleName(i);
            role.trustPolicy = trust;
            if (auto r = directory.createRole(role); !r)
                return r.error();
        }
        return {};
    });
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 processCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}
