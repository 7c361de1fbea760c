#pragma once

#include <QCoreApplication>
#include <QTextStream>

class CommandLine;
class Directory;
class IamError;
class SecretStore;

// `switchboard iam create-access-key --user-name NAME --user CALLER
// [--account ID] --password-stdin`: keys without the console, authorized as
// CALLER's iam:CreateAccessKey, printed as the AWS CLI prints them (the only
// time the secret is shown). `switchboard iam set-account-quota --quota
// PoliciesPerUser|PoliciesPerRole --value N --user CALLER [--account ID]`:
// the account's raised quota of managed policies (10 to 20), authorized as
// servicequotas:RequestServiceQuotaIncrease. Exit 254 for a service error,
// 252 for usage.
class IamCommand
{
    Q_DECLARE_TR_FUNCTIONS(IamCommand)

public:
    IamCommand(Directory& directory, SecretStore& secrets, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    int createAccessKey(const CommandLine& commandLine);
    int setAccountQuota(const CommandLine& commandLine);
    // The AWS CLI's line for a failed operation on stderr; the exit status for it.
    int serviceError(const QString& operation, const IamError& error);

    Directory& m_directory;
    SecretStore& m_secrets;
    QTextStream& m_out;
    QTextStream& m_err;
};
