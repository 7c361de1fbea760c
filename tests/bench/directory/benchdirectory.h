#pragma once

#include "iam/result.h"

#include <QString>

class Directory;

// A large directory for benchmarks: deterministic names, so runs compare.
struct LargeDirectorySpec
{
    QString accountId = QStringLiteral("111122223333");
    QString accountAlias = QStringLiteral("bench-prod");
    int users = 50000;
    int groups = 2000;
    int roles = 10000;
    int membershipsPerUser = 4; // 50,000 users x 4 = 200,000 memberships
};

// Creates the account, its users, groups, roles and memberships through the
// directory's public API (every rule checked), as one bulk change.
Result<void> generateLargeDirectory(Directory& directory, const LargeDirectorySpec& spec = {});

// The name of user, group and role number i, as the generator made them.
QString benchUserName(int i);
QString benchGroupName(int i);
QString benchRoleName(int i);

// Peak resident memory of this process so far, in KiB (VmHWM of /proc/self/status).
qint64 peakRssKiB();

// CPU time this process has used so far, in nanoseconds: steadier than the wall
// clock on a busy machine (a PostgreSQL server's own work is not in it).
qint64 processCpuNs();
