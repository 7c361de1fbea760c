#pragma once

#include "directory/directory.h"
#include "iam/result.h"

#include <memory>

// A small directory for view and app tests: the two demo accounts, John in
// Developers (every service but IAM), Maria in Admins (AdministratorAccess),
// Sam in no group, a role; each user with the console password "pw".
namespace TestDirectory {
// The error of the first step that failed, if any (tests REQUIRE_VALUE it).
Result<std::unique_ptr<Directory>> small(const QString& path = QStringLiteral(":memory:"),
                                         const Clock* clock = nullptr);
inline const QString prod = QStringLiteral("111122223333");
inline const QString dev = QStringLiteral("444455556666");
inline const QString password = QStringLiteral("pw");
} // namespace TestDirectory
