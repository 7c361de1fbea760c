#pragma once

#include "directory/rolebookmark.h"
#include "iam/result.h"
#include "interop/awsconfigfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Directory;

// Imports the role profiles of an AWS config file (~/.aws/config, including
// the keys of the aws-extend-switch-roles browser extension) as a user's
// saved roles for Switch Role, as one transaction: a bad file imports nothing.
//
// A profile is a role when it has role_arn, or aws_account_id and role_name;
// other profiles (credentials, SSO, source profiles) are skipped. Kept:
// color (mapped to the nearest of the console's five), display_name (else
// the profile's name), duration_seconds, role_session_name, mfa_serial,
// external_id, region and source_profile (whose chain is followed only to
// warn when it is broken). A profile of the same name the user saved before
// is replaced.
//
// Warnings (the profile is still imported): a role the console cannot switch
// to because its trust policy needs an ExternalId, a profile that sets
// external_id, a role or account this directory does not have, a broken
// source_profile chain, a section the AWS CLI does not read as a profile.
class AwsConfigImporter
{
    Q_DECLARE_TR_FUNCTIONS(AwsConfigImporter)

public:
    struct Summary
    {
        QList<RoleBookmark> bookmarks; // saved, in the file's order
        QStringList warnings;          // "config:12: ..." one each
    };

    explicit AwsConfigImporter(Directory& directory);

    Result<Summary> importFile(const QString& path, const QString& userArn);
    // fileName: what messages call the file ("config").
    Result<Summary> importText(const QString& text, const QString& fileName,
                               const QString& userArn);
    // The bookmarks a parsed file stands for, without saving them.
    Result<Summary> read(const AwsConfigFile& file, const QString& userArn) const;

private:
    Result<RoleBookmark> bookmarkOf(const AwsConfigFile& file,
                                    const AwsConfigFile::Section& profile, const QString& userArn,
                                    QStringList& warnings) const;
    void checkSourceChain(const AwsConfigFile& file, const AwsConfigFile::Section& profile,
                          QStringList& warnings) const;
    void checkAgainstDirectory(const AwsConfigFile& file, const AwsConfigFile::Section& profile,
                               const RoleBookmark& bookmark, QStringList& warnings) const;

    Directory& m_directory;
};
