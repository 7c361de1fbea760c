#pragma once

#include "iam/tag.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// What a SAML 2.0 Response says about a federated person, as AWS reads it:
// who issued it, for whom (audience, recipient), when it is valid, and the
// AWS attributes (Role pairs, RoleSessionName, SessionDuration, session tags). The signer
// writes one; the verifier reads one back from a signed Response.
struct SamlAssertion
{
    // The attribute names AWS's sign-in endpoint reads.
    static inline const QString RoleAttribute =
        QStringLiteral("https://aws.amazon.com/SAML/Attributes/Role");
    static inline const QString RoleSessionNameAttribute =
        QStringLiteral("https://aws.amazon.com/SAML/Attributes/RoleSessionName");
    static inline const QString SessionDurationAttribute =
        QStringLiteral("https://aws.amazon.com/SAML/Attributes/SessionDuration");
    // Session tags: one attribute per tag, named after its key, and the keys
    // that pass on through role chaining (id_session-tags, AssumeRoleWithSAML).
    static inline const QString PrincipalTagAttributePrefix =
        QStringLiteral("https://aws.amazon.com/SAML/Attributes/PrincipalTag:");
    static inline const QString TransitiveTagKeysAttribute =
        QStringLiteral("https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys");
    // AWS's audience and recipient: the sign-in endpoint.
    static inline const QString AwsSignInUrl = QStringLiteral("https://signin.aws.amazon.com/saml");

    QString responseId;  // the Response's ID
    QString assertionId; // the Assertion's ID: used once
    QString issuer;      // the identity provider's entity id
    QString subject;     // NameID
    QString subjectFormat;
    QDateTime issueInstant;
    QStringList audiences;         // AudienceRestriction
    QString recipient;             // SubjectConfirmationData Recipient
    QDateTime subjectNotOnOrAfter; // SubjectConfirmationData NotOnOrAfter
    QDateTime notBefore;           // Conditions
    QDateTime notOnOrAfter;        // Conditions
    QStringList roles;             // "roleArn,providerArn" (either order is accepted)
    QString roleSessionName;
    std::optional<int> sessionDuration; // seconds
    TagList principalTags;
    QStringList transitiveTagKeys;
    // AuthnStatement SessionNotOnOrAfter: the role session ends by then at the latest.
    QDateTime sessionNotOnOrAfter;
};
