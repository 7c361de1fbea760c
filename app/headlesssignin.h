#pragma once

#include "iam/result.h"

#include <QCoreApplication>
#include <QString>

class CommandLine;
class ConsoleSession;
class Directory;

// How a headless command signs a user in: the console's sign-in (the same
// lockout and audit trail as the window) with the password read from stdin
// (--password-stdin) or SWITCHBOARD_PASSWORD, never from the command line.
class HeadlessSignIn
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessSignIn)

public:
    static Result<QString> password(const CommandLine& commandLine);
    // The account to sign in to: --account, or the one account that has the user.
    static QString account(const Directory& directory, const CommandLine& commandLine,
                           const QString& userName);
    // Signs userName in (--user when empty) on session.
    static Result<void> signIn(ConsoleSession& session, const CommandLine& commandLine,
                               const QString& userName = {});
};
