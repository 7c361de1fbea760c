#pragma once

#include <QString>

struct TemporaryCredentials;

// Temporary credentials as text other programs take (spec §8): shell
// variables and the JSON a credential_process prints. The text holds the
// secret: it is meant for the clipboard at the user's request, nowhere else.
class CredentialExport
{
public:
    // export AWS_ACCESS_KEY_ID=..., AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN; one a line.
    static QString environmentVariables(const TemporaryCredentials& credentials);
    // {"Version": 1, "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"}
    // with the expiry in ISO 8601 UTC, as the AWS CLI and SDKs read it.
    static QString credentialProcessJson(const TemporaryCredentials& credentials);
    // {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}: what a
    // container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI)
    // answers, the expiry in RFC 3339 UTC.
    static QString containerCredentialsJson(const TemporaryCredentials& credentials);
};
