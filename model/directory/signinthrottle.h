#pragma once

#include "iam/result.h"

#include <QDateTime>
#include <QString>

class DirectoryContext;

// Failed sign-ins (table sign_in_failures), kept per (account as typed, user
// name as typed, lower case) so unknown users are throttled the same way as
// known ones. Lockout decisions read it: a failed query is an error, never
// "no failures".
class SignInThrottle
{
public:
    explicit SignInThrottle(DirectoryContext& context);

    Result<void> recordFailure(const QString& account, const QString& userName);
    Result<int> failuresSince(const QString& account, const QString& userName,
                              const QDateTime& since) const;
    // An invalid time when there was none.
    Result<QDateTime> lastFailure(const QString& account, const QString& userName) const;
    Result<void> clearFailures(const QString& account, const QString& userName);

private:
    DirectoryContext& m_context;
};
