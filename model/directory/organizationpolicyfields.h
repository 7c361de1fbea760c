#pragma once

#include "directory/organizationpolicy.h"
#include "iam/result.h"
#include "policy/policydocument.h"

// What AWS Organizations accepts of a service or resource control policy:
// its name, description and content (the policy grammar of its type, at most
// OrganizationPolicy::maxContentSize characters, as OrganizationPolicyRules
// checks it). Errors are the API's:
// MalformedPolicyDocumentException, ConstraintViolationException,
// InvalidInputException.
class OrganizationPolicyFields
{
public:
    static Result<void> validateName(const QString& name);
    static Result<void> validateDescription(const QString& description);
    static Result<void> validateContent(OrganizationPolicy::Type type, const QString& content);
    // The grammar (and compiled form) of an SCP or RCP: the one place that
    // names it, for the store, PolicySet's RCP levels and the audit.
    static PolicyKind grammarOf(OrganizationPolicy::Type type);
    // A stable key of the text, for the policy cache.
    static QString cacheKey(const OrganizationPolicy& policy);
};
