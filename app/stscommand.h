#pragma once

#include "exitcode.h"
#include "iam/result.h"
#include "iam/tag.h"
#include "sts/stscaller.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QTextStream>

#include <optional>

class CommandLine;
class Directory;
class SecretStore;
class StsService;
struct AssumeRoleResult;

// `switchboard sts get-caller-identity | assume-role | assume-role-with-saml |
// get-session-token`,
// headless, answering as the AWS CLI does: the same JSON on stdout, the same
// error line on stderr, exit 254 for a service error and 252 for a usage error.
// The user signs in with a console password (--password-stdin or
// SWITCHBOARD_PASSWORD); issued secrets go to the platform keychain.
class StsCommand
{
    Q_DECLARE_TR_FUNCTIONS(StsCommand)

public:
    static constexpr int ServiceError = ExitCode::AwsService;
    static constexpr int UsageError = ExitCode::AwsUsage;

    // secrets: where issued sessions' secrets go (the keychain or the encrypted file).
    StsCommand(Directory& directory, SecretStore& secrets, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    using Members = QList<QPair<QString, QString>>; // key, JSON text of the value

    // The AWS API operation behind a CLI operation name ("assume-role" -> "AssumeRole").
    static QString operationName(const QString& cliName);
    int usageError(const QString& message);
    int serviceError(const QString& operation, const IamError& error);
    std::optional<int> checkDuration(const CommandLine& commandLine);

    int getCallerIdentity(StsService& sts, const StsCaller& caller);
    int assumeRole(StsService& sts, const StsCaller& caller, const CommandLine& commandLine);
    int getSessionToken(StsService& sts, const StsCaller& caller, const CommandLine& commandLine);
    // A federated sign-in: no user, no password; the identity provider's
    // signed assertion is the proof.
    int assumeRoleWithSaml(const CommandLine& commandLine);
    // A parameter given inline or as file://FILE.
    static Result<QByteArray> parameterValue(const QString& value);
    // The AWS CLI's shorthand of --tags: "Key=k,Value=v", one argument a tag.
    static Result<TagList> sessionTags(const QStringList& arguments);
    int printCredentials(const AssumeRoleResult& result, bool withAssumedRoleUser,
                         bool withPackedPolicySize, const Members& more = {});

    static QString jsonString(const QString& text);
    // AWS CLI layout: keys in the given order, four spaces per level.
    static QString jsonObject(const Members& members, int depth = 0);
    static QString awsTime(const QDateTime& time);

    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
