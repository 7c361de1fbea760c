#pragma once

#include <QString>

#include <optional>

// A federated sign-in as AssumeRoleWithSAML sees it: the identity provider
// vouched for subject and chose roleArn. Switchboard plays the provider, so
// the assertion is taken as given; the role's trust policy still decides.
struct SamlSignIn
{
    QString principalArn; // arn:aws:iam::<acct>:saml-provider/<name>
    QString roleArn;
    QString subject; // the federated user's name; becomes the session name
    QString audience = QStringLiteral("https://signin.aws.amazon.com/saml");
    std::optional<int> durationSeconds; // default 3600
};
