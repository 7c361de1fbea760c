#pragma once

class QueryApi;

// IAM users: ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser and
// their tags, permissions boundary, login profile, groups and MFA devices
// (access keys: IamAccessKeyOperations; policies: IamEntityPolicies).
class IamUserOperations
{
public:
    static void addTo(QueryApi& api);
};
