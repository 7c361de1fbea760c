#pragma once

class QueryApi;

// IAM groups: ListGroups, GetGroup (with its members), CreateGroup,
// UpdateGroup, DeleteGroup, AddUserToGroup, RemoveUserFromGroup (their
// policies: IamEntityPolicies).
class IamGroupOperations
{
public:
    static void addTo(QueryApi& api);
};
