#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// An AssumeRoleWithSAML request: the provider and role the caller picks, and
// the identity provider's signed SAML Response (base64, as the API and the
// sign-in page's form carry it). The assertion is the only proof of who the
// caller is: StsService verifies it against the provider's metadata.
struct SamlSignIn
{
    QString principalArn; // arn:aws:iam::<acct>:saml-provider/<name>
    QString roleArn;
    QByteArray samlAssertion;           // base64 of the Response
    std::optional<int> durationSeconds; // DurationSeconds; caps the assertion's SessionDuration
};
