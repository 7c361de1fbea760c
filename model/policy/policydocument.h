#pragma once

#include "iam/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Where a policy is used decides which elements it must, may and must not have.
enum class PolicyKind
{
    Identity,
    Resource,
    Trust,
    Boundary,
    Session,
    // An organization's service control policy (Organizations User Guide, "SCP syntax"):
    // no Principal or NotPrincipal; Version "2012-10-17" required.
    ServiceControl,
    // An organization's resource control policy ("RCP syntax"): "Principal": "*" required,
    // no NotPrincipal or NotAction; Version "2012-10-17" required.
    ResourceControl
};

enum class PolicyEffect
{
    Allow,
    Deny
};

// A Principal or NotPrincipal element: "*" or the lists under AWS, Service,
// Federated and CanonicalUser.
struct PolicyPrincipal
{
    bool anyone = false; // "Principal": "*"
    QStringList aws;
    QStringList service;
    QStringList federated;
    QStringList canonicalUser;
};

// One key of one operator of a Condition block: {"StringLike": {"s3:prefix": ["a/*"]}}.
struct PolicyCondition
{
    QString op; // as written, e.g. "ForAnyValue:StringLikeIfExists"
    QString key;
    QStringList values; // numbers and booleans as their JSON text
};

struct PolicyStatement
{
    QString sid;
    PolicyEffect effect = PolicyEffect::Allow;
    std::optional<PolicyPrincipal> principal;
    bool notPrincipal = false;
    QStringList actions;
    bool notAction = false;
    QStringList resources; // empty with hasResource false: the element is absent
    bool notResource = false;
    bool hasResource = false;
    QList<PolicyCondition> conditions;
};

// Where and why a document was rejected, for editors that highlight it.
struct PolicyDiagnostic
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
    QString path;   // "Statement[2].Condition.StringLike"; empty for the whole document
    QString what;
    // "<what> at <line>:<column> in <path>", the MalformedPolicyDocument message.
    QString message() const;
};

// A parsed, validated policy document (spec §5). Statements keep their order.
class PolicyDocument
{
public:
    static inline const QString Version2012 = QStringLiteral("2012-10-17");
    static inline const QString Version2008 = QStringLiteral("2008-10-17");

    // Parses and validates text for the given use. A rejected document gives
    // MalformedPolicyDocument whose message says where (line:column, element
    // path) and what; diagnostic, when given, receives the same in parts.
    static Result<PolicyDocument> parse(const QString& text, PolicyKind kind,
                                        PolicyDiagnostic* diagnostic = nullptr);
    // The grammar alone, for a caller that checks sizes itself with the
    // service's own quotas (inline policies share one quota per entity).
    static Result<PolicyDocument> parseIgnoringSize(const QString& text, PolicyKind kind,
                                                    PolicyDiagnostic* diagnostic = nullptr);

    PolicyKind kind() const { return m_kind; }
    // "2012-10-17", "2008-10-17"; the latter when the element is absent.
    const QString& version() const { return m_version; }
    const QString& id() const { return m_id; }
    const QList<PolicyStatement>& statements() const { return m_statements; }
    // Policy variables are substituted only under Version 2012-10-17.
    bool supportsVariables() const { return m_version == Version2012; }

private:
    friend class PolicyParser;

    PolicyKind m_kind = PolicyKind::Identity;
    QString m_version = Version2008;
    QString m_id;
    QList<PolicyStatement> m_statements;
};
