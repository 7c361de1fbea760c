#pragma once

#include "iam/result.h"

#include <QCoreApplication>
#include <QString>

class CommandLine;
class Directory;

// What headless commands that act as a user share: the console password
// (--password-stdin or SWITCHBOARD_PASSWORD) and the account to sign in to.
class CommandSignIn
{
    Q_DECLARE_TR_FUNCTIONS(CommandSignIn)

public:
    static Result<QString> password(const CommandLine& commandLine);
    // --account, or the one account that has the user (empty when none or
    // several have it: the sign-in then fails as for a wrong account).
    static QString account(const Directory& directory, const CommandLine& commandLine,
                           const QString& userName);
};
