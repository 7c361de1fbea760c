#pragma once

#include <QString>

// Who makes a request, as resource and trust policies see it. Built once per
// caller (the ARN is taken apart here, not during evaluation).
struct RequestPrincipal
{
    QString arn;               // user, root, assumed-role session or federated user ARN
    QString account;           // the 12-digit account id
    QString roleArn;           // for a role session: the role (arn:aws:iam::<acct>:role/<name>)
    QString service;           // an AWS service principal, e.g. "ec2.amazonaws.com"
    QString federatedProvider; // a web identity or SAML provider
    bool root = false;

    // Takes account, role and root-ness from an IAM or STS ARN. roleArn, when
    // given, overrides the one derived from a session ARN (which lacks the path).
    static RequestPrincipal fromArn(const QString& arn, const QString& roleArn = QString());
    static RequestPrincipal fromService(const QString& service);
    static RequestPrincipal fromFederatedProvider(const QString& provider);

    // An IAM identity, as opposed to a service or federated caller.
    bool isAwsPrincipal() const { return !arn.isEmpty(); }
};
