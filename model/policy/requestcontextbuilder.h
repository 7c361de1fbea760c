#pragma once

#include "iam/tag.h"
#include "policy/requestcontext.h"
#include "policy/requestprincipal.h"

#include <QDateTime>
#include <QString>

// A plain description of the calling principal, from which the request
// context and the RequestPrincipal are derived.
struct CallerIdentity
{
    enum class Type
    {
        User,
        AssumedRole,
        FederatedUser,
        Root
    };

    QString arn; // user, root, assumed-role session or federated user ARN
    Type type = Type::User;
    QString accountId;
    // The organization of that account ("o-..."), as aws:PrincipalOrgID; empty
    // when the account belongs to none.
    QString organizationId;
    // AWS's aws:userid: the user id (AIDA...) of a user, "<role id>:<session>"
    // for a role session, "<account>:<name>" for a federated user, the account
    // id for root.
    QString userId;
    QString userName; // IAM users only
    TagList tags;     // principal tags (for a role session: role and session tags)
    // Long-term access keys versus a session (console sign-in, STS). Role and
    // federated-user sessions always have temporary credentials.
    bool temporaryCredentials = false;
    bool mfaPresent = false;
    QDateTime mfaAuthTime;
    QDateTime tokenIssueTime;
    QString roleArn; // for a role session: the role
    QString sourceIdentity;
    QDateTime now;
    QString sourceIp = QStringLiteral("127.0.0.1");
    QString requestedRegion = QStringLiteral("us-east-1");
    bool secureTransport = true;

    bool hasTemporaryCredentials() const
    {
        return temporaryCredentials || type == Type::AssumedRole || type == Type::FederatedUser;
    }
};

// Builds the global condition keys AWS supplies for a caller (spec §5.7),
// each present exactly when AWS supplies it.
class RequestContextBuilder
{
public:
    static RequestContext build(const CallerIdentity& caller);
    static RequestPrincipal principal(const CallerIdentity& caller);

    // The tags of the resource a request acts on, as aws:ResourceTag/<key>
    // and, for IAM's own resources, iam:ResourceTag/<key> too.
    static void addResourceTags(RequestContext& context, const TagList& tags);

    // "2024-01-01T00:00:00Z", the form of aws:CurrentTime and aws:TokenIssueTime.
    static QString isoTime(const QDateTime& time);

private:
    static QString principalType(CallerIdentity::Type type);
};
