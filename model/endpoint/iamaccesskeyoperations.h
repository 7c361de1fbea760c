#pragma once

class QueryApi;

// A user's access keys: ListAccessKeys, CreateAccessKey, UpdateAccessKey,
// DeleteAccessKey, GetAccessKeyLastUsed. Changes go through the session's
// AccessKeyManager, which authorizes, audits and keeps the secret in the
// secret store, as the console's Security credentials tab does.
class IamAccessKeyOperations
{
public:
    static void addTo(QueryApi& api);
};
