#pragma once

class QueryApi;

// IAM roles: ListRoles, GetRole, CreateRole, UpdateRole(Description),
// UpdateAssumeRolePolicy, DeleteRole, their tags, permissions boundary and
// attached and inline policies.
class IamRoleOperations
{
public:
    static void addTo(QueryApi& api);
};
