#pragma once

class QueryApi;

// IAM users: ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser and
// their tags, login profiles, groups, access keys and MFA devices.
class IamUserOperations
{
public:
    static void addTo(QueryApi& api);
};
