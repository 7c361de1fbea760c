#pragma once

#include "endpoint/endpointcaller.h"
#include "endpoint/queryparameters.h"

#include <memory>

class AccessKeyManager;
class ConsoleSession;
class Directory;
class DirectoryAdmin;
class StsService;

// One authenticated call as an operation sees it: who calls, with what, and
// the services that act as that caller (the same the console uses).
struct ApiCall
{
    EndpointCaller caller;
    QueryParameters parameters;
    ConsoleSession* session = nullptr;      // acting as caller.identity
    DirectoryAdmin* admin = nullptr;        // edits authorized as the caller
    AccessKeyManager* accessKeys = nullptr; // the caller's; null without a secret store
    StsService* sts = nullptr;
    Directory* directory = nullptr;
    std::shared_ptr<const void> keepAlive; // session and admin live while the call runs

    // IAM acts in the caller's own account.
    QString accountId() const { return caller.identity.account.id; }
};
