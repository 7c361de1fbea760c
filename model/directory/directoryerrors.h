#pragma once

#include "iam/iamerror.h"

#include <QString>

// The errors several stores give, worded once, as AWS words them.
namespace DirectoryErrors {

// LimitExceeded: "Cannot exceed quota for <quota>: <limit>", about the quota.
IamError quotaExceeded(const QString& quota, int limit);

} // namespace DirectoryErrors
