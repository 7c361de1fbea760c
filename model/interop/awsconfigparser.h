#pragma once

#include "iam/result.h"
#include "interop/awsconfigfile.h"

#include <QCoreApplication>
#include <QString>

// Reads the INI format of ~/.aws/config as the AWS CLI (botocore) does:
//
// - "[default]" and "[profile NAME]" (NAME may be quoted) are profiles;
//   "[sso-session NAME]", "[services NAME]" and other headers are kept as
//   sections that are not profiles.
// - "key = value" or "key: value"; keys are case-insensitive (lower-cased),
//   values trimmed, never unquoted; there are no inline comments.
// - Lines whose first non-blank character is '#' or ';' are comments.
// - A line indented deeper than its setting continues it; after an empty
//   value ("s3 =") the indented lines are a sub-section, which is skipped.
// - A setting before any header, a line that is no setting, an unclosed
//   header, and a section or key given twice are errors, as they are for the
//   AWS CLI: "FILE:LINE: what is wrong".
class AwsConfigParser
{
    Q_DECLARE_TR_FUNCTIONS(AwsConfigParser)

public:
    static Result<AwsConfigFile> parse(const QString& text, const QString& fileName);
    // "config:12: message", the form of every error about a file's line.
    static IamError lineError(const QString& fileName, int line, const QString& message);
};
