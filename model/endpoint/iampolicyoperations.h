#pragma once

class QueryApi;

// IAM managed policies: ListPolicies, GetPolicy, CreatePolicy, DeletePolicy,
// their versions and the entities they are attached to.
class IamPolicyOperations
{
public:
    static void addTo(QueryApi& api);
};
