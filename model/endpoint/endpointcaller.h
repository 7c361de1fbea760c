#pragma once

#include "console/identity.h"
#include "sts/stscaller.h"

#include <QString>

// Who sent a request, once its signature is verified: the identity the
// policy engine decides for, and the same caller as STS sees it.
struct EndpointCaller
{
    Identity identity;
    StsCaller stsCaller;
    QString accessKeyId; // AKIA... of a user's key, ASIA... of a session

    // Credentials from GetSessionToken: AWS lets them call IAM only with MFA
    // and STS only for AssumeRole and GetCallerIdentity.
    bool isSessionTokenSession() const
    {
        return identity.credentials == Identity::Credentials::Temporary &&
               identity.session.type == TemporarySession::Type::SessionToken;
    }
    // Credentials that are themselves a role session (role chaining).
    bool isRoleSession() const { return identity.isRoleSession(); }
    QString arn() const { return identity.arn(); }
};
