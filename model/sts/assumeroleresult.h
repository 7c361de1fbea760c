#pragma once

#include "directory/temporarysession.h"
#include "sts/temporarycredentials.h"

// The answer of AssumeRole, AssumeRoleWithSAML and GetSessionToken.
struct AssumeRoleResult
{
    TemporaryCredentials credentials;
    QString assumedRoleId;    // "<RoleId>:<RoleSessionName>" (empty for GetSessionToken)
    QString arn;              // the session's ARN
    int packedPolicySize = 0; // percent of the allowed session policy size used
    TemporarySession session; // as recorded in the directory
};
