#pragma once

class QueryApi;

// The account as a whole: its password policy, aliases, summary and
// authorization details, and the policy simulator.
class IamAccountOperations
{
public:
    static void addTo(QueryApi& api);
};
