#pragma once

// Every exit status of switchboard, in one place; --help prints them
// (CommandCatalog::exitCodes()). Commands that answer as the AWS CLI does
// (sts, iam, idp, organizations, credential-process, exec) use its codes for
// usage and service errors, 252 and 254, which scripts written for it test.
namespace ExitCode {
enum : int
{
    Success = 0,
    Failure = 1,          // not found, refused, or the directory could not be opened
    Usage = 2,            // wrong arguments of switchboard's own commands
    TrailTampered = 3,    // audit: the audit trail was cut or changed
    StoreUnavailable = 4, // audit: the secret store could not vouch for the trail
    CannotStart = 127,    // exec: the command could not be started
    AwsUsage = 252,       // AWS CLI style commands: wrong arguments
    AwsService = 254,     // AWS CLI style commands: the service refused the request
};
} // namespace ExitCode
