#pragma once

class QueryApi;

// The STS actions of the endpoint (spec §6): GetCallerIdentity, AssumeRole,
// GetSessionToken and AssumeRoleWithSAML, each a call of StsService as the
// request's caller, answered with AWS's XML.
class StsOperations
{
public:
    static QueryApi api();
};
