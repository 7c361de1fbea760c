#pragma once

#include "policy/policydocument.h"

#include <QStringList>

struct RequestPrincipal;

// How a Principal element names the caller; the rules of a resource or trust
// policy depend on it (spec §5.4).
enum class PrincipalMatch
{
    None,
    Account, // the caller's account (an id or its root ARN): its own policies must allow too
    Role,    // the role of the caller's session: limited by boundary and session policies
    Direct,  // the caller itself ("*", its user, session or federated ARN, its service)
};

// A compiled Principal or NotPrincipal element.
class PrincipalMatcher
{
public:
    static PrincipalMatcher compile(const PolicyPrincipal& principal, bool negated);

    PrincipalMatch match(const RequestPrincipal& caller) const;

private:
    PrincipalMatch matchListed(const RequestPrincipal& caller) const;

    bool m_anyone = false;
    bool m_anyAws = false; // {"AWS": "*"}
    QStringList m_accounts;
    QStringList m_arns;
    QStringList m_services;
    QStringList m_federated;
    bool m_negated = false;
};
