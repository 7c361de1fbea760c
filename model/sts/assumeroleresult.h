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
    // AssumeRoleWithSAML only: what the assertion said.
    struct Saml
    {
        QString subject;
        QString subjectType; // "persistent", "transient", or the NameID format
        QString issuer;
        QString audience;
        QString nameQualifier; // base64(SHA-1(issuer + account + "/" + provider name))
    };
    Saml saml;
};
