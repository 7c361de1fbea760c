#include "directory/directoryerrors.h"

namespace DirectoryErrors {

IamError quotaExceeded(const QString& quota, int limit)
{
    return IamError::limitExceeded(
               QStringLiteral("Cannot exceed quota for %1: %2").arg(quota).arg(limit))
        .withParameter(quota);
}

} // namespace DirectoryErrors
