#pragma once

#include "iam/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Directory;

// Writes the roles of an account (or of every account) of the directory as
// AWS config profiles, one per role:
//
//   [profile <RoleName>@<account alias or id>]
//   credential_process = switchboard [--directory PATH] credential-process
//       --role-arn ARN --user NAME --account ID
//   region = us-east-1
//   endpoint_url = URL            (when one is given)
//   aws_account_id = ID           (aws-extend-switch-roles and the import
//   role_name = PATH/NAME          read these two)
//
// The AWS CLI runs credential_process through a POSIX-style word split, so
// every argument is quoted as a shell would need it. Nothing secret is
// written: credentials come from Switchboard each time they are needed.
class AwsConfigExporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsConfigExporter)

public:
    struct Options
    {
        QString accountId; // id or alias; empty: every account
        QString userName;  // whose credentials credential_process gets; empty: none named
        // The user's account; empty: the one account that has the user (the
        // exported one when several have it).
        QString userAccountId;
        QString region = QStringLiteral("us-east-1");
        QString endpointUrl;
        // The directory file credential_process opens; empty: the exported
        // directory's own. Named with --directory unless it is the default one.
        QString directoryPath;
        QString program = QStringLiteral("switchboard");
    };

    explicit AwsConfigExporter(const Directory& directory);

    Result<QString> exportText(const Options& options) const;

    // "word" as a POSIX shell (and botocore's split) reads it back.
    static QString shellQuote(const QString& word);
    // "<RoleName>@<alias or id>"
    static QString profileName(const QString& roleName, const QString& accountDisplayName);

private:
    Result<QString> userAccount(const Options& options, const QString& exportedAccount) const;

    const Directory& m_directory;
};
