#pragma once

#include "directory/directory.h"

#include <memory>

// A small directory for view and app tests: the two demo accounts, John in
// Developers (every service but IAM), Maria in Admins (AdministratorAccess),
// Sam in no group, a role; each user with the console password "pw".
namespace TestDirectory {
std::unique_ptr<Directory> small(const QString& path = QStringLiteral(":memory:"),
                                 const Clock* clock = nullptr);
inline const QString prod = QStringLiteral("111122223333");
inline const QString dev = QStringLiteral("444455556666");
inline const QString password = QStringLiteral("pw");
} // namespace TestDirectory
