#pragma once

class QueryApi;

// The account's SAML identity providers: CreateSAMLProvider,
// ListSAMLProviders, GetSAMLProvider, UpdateSAMLProvider and
// DeleteSAMLProvider, through DirectoryAdmin as the caller.
class IamSamlProviderOperations
{
public:
    static void addTo(QueryApi& api);
};
