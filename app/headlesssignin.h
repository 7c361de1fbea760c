#pragma once

#include "iam/result.h"

#include <QCoreApplication>
#include <QString>

class CommandLine;
class ConsoleSession;
struct ConsoleAction;
class Directory;
class SecretStore;

// How a headless command signs a user in: the console's sign-in (the same
// lockout and audit trail as the window) with the password read from stdin
// (--password-stdin) or SWITCHBOARD_PASSWORD, never from the command line.
// The directory is the one the session signs in to, read to resolve names.
class HeadlessSignIn
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessSignIn)

public:
    static Result<QString> password(const CommandLine& commandLine);
    // The account to sign in to: ACCOUNT of --user ACCOUNT/NAME, else
    // --account, else the one account that has the user.
    static QString account(const Directory& directory, const CommandLine& commandLine,
                           const QString& userName);
    // The one account that has a user of that name; empty when none or several do.
    static QString accountOf(const Directory& directory, const QString& userName);
    // With --root, the root user of --account (by --email, or the account's
    // root email: AWS signs root in by email); else userName (--user when
    // empty). The console's sign-in either way.
    static Result<void> signIn(ConsoleSession& session, const Directory& directory,
                               const CommandLine& commandLine, const QString& userName = {});
    // Whether the command line names someone to sign in: --user or --root.
    static bool namesCaller(const CommandLine& commandLine);
    // The account a command acts on: --account (an id or alias) when given,
    // else the signed-in caller's. NoSuchEntity for an unknown one.
    static Result<QString> targetAccount(const ConsoleSession& session, const Directory& directory,
                                         const CommandLine& commandLine);
    // Signs in with an IAM user's active access key whose secret the store
    // holds (as aws-vault keeps it): the session then acts as that user with
    // long-term credentials. userName, when given, must own the key. Waits
    // for the store; a headless command has nothing else to do meanwhile.
    static Result<void> signInWithAccessKey(ConsoleSession& session, const Directory& directory,
                                            SecretStore& secrets, const QString& accessKeyId,
                                            const QString& userName = {});
    // Signs the caller in for a command whose --account names the account it
    // acts on, not necessarily the caller's (import --account TARGET): --user
    // NAME (the one account that has that user) or ACCOUNT/NAME; or --root,
    // the root user of --account, by --email when emailIsTheCallers (false
    // where --email means something else: organizations create-account).
    static Result<void> signInCaller(ConsoleSession& session, const Directory& directory,
                                     const CommandLine& commandLine, bool emailIsTheCallers = true);
    // With --access-key-id, signInWithAccessKey() for --user; else signIn().
    static Result<void> signInEither(ConsoleSession& session, const Directory& directory,
                                     SecretStore& secrets, const CommandLine& commandLine);

    // The caller of a command that reads the directory (list, export, audit,
    // simulate --principal): signInCaller(), --account being the account read,
    // and for a user or root user with an MFA device the code of --token-code
    // (the session needs an StsService for it). Waits for the MFA step.
    static Result<void> signInReader(ConsoleSession& session, const Directory& directory,
                                     const CommandLine& commandLine);
    // The error of a reading command given no caller: it names the options to add.
    static QString callerRequired(const QString& command);
    // The session's active identity may take this action, or AccessDenied with AWS's message.
    static Result<void> authorize(const ConsoleSession& session, const ConsoleAction& action);

private:
    static QString rootEmail(const Directory& directory, const CommandLine& commandLine);
    // signInCaller() with the password already read; on MFA required with a
    // code given, the MFA step.
    static Result<void> signInCallerWith(ConsoleSession& session, const Directory& directory,
                                         const CommandLine& commandLine, const QString& secret,
                                         bool emailIsTheCallers, const QString& mfaCode = {});
};
