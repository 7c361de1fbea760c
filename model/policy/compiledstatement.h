#pragma once

#include "policy/compiledcondition.h"
#include "policy/policydocument.h"
#include "policy/policypattern.h"
#include "policy/principalmatcher.h"

#include <QList>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

class RequestContext;
struct RequestPrincipal;

// The parts of a request a statement looks at, prepared once per evaluation.
// The action is split at its first ':' and case-folded into an inline
// buffer, so statements compare it without folding again. Not copyable: the
// views point into the buffer.
struct StatementInput
{
    StatementInput(QStringView action, QStringView resource, const RequestContext& context,
                   const RequestPrincipal& principal);
    StatementInput(const StatementInput&) = delete;
    StatementInput& operator=(const StatementInput&) = delete;

    QStringView actionService; // "s3" of "s3:GetObject", case-folded
    QStringView actionName;    // "getobject"
    QStringView resource;
    const RequestContext* context = nullptr;
    const RequestPrincipal* principal = nullptr;

private:
    QVarLengthArray<QChar, 64> m_folded;
};

// One statement compiled for matching: action patterns split at ':' and
// case-folded, resource patterns (wildcards within ARN segments, see
// PolicyPattern::Wildcards::ArnSegments), the principal and the conditions.
class CompiledStatement
{
public:
    static CompiledStatement compile(const PolicyStatement& statement,
                                     PolicyPattern::Variables variables);

    PolicyEffect effect() const { return m_effect; }
    // The case-folded services the statement's actions can match, or nullopt
    // when it may match any (NotAction, "*", a wildcard in the service).
    std::optional<QStringList> services() const;
    // None when the statement does not apply to the request; otherwise how
    // its principal names the caller (Direct for statements without one).
    PrincipalMatch applies(const StatementInput& input) const;

private:
    struct ActionPattern
    {
        bool everything = false; // "*"
        PolicyPattern service;
        PolicyPattern name;
    };

    bool matchesAction(const StatementInput& input) const;
    bool matchesResource(const StatementInput& input) const;
    bool conditionsHold(const StatementInput& input) const;

    PolicyEffect m_effect = PolicyEffect::Allow;
    QList<ActionPattern> m_actions;
    bool m_notAction = false;
    QList<PolicyPattern> m_resources;
    bool m_notResource = false;
    bool m_anyResource = false; // no Resource element (resource and trust policies)
    std::optional<PrincipalMatcher> m_principal;
    QList<CompiledCondition> m_conditions;
};
