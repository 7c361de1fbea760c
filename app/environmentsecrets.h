#pragma once

#include "crypto/securebytes.h"

#include <QString>

// Secrets a script may hand over in the environment: the sign-in password
// (SWITCHBOARD_PASSWORD), the encrypted store's passphrase
// (SWITCHBOARD_SECRETS_PASSPHRASE) and the demo users' password
// (SWITCHBOARD_DEMO_PASSWORD). Each is taken out of the environment the
// first time it is read (main() reads all of them first thing), so no child
// process (`switchboard exec`) inherits it and /proc/PID/environ no longer
// shows it; the value stays in a wiping buffer for this process only.
class EnvironmentSecrets
{
public:
    static constexpr const char* Password = "SWITCHBOARD_PASSWORD";
    static constexpr const char* Passphrase = "SWITCHBOARD_SECRETS_PASSPHRASE";
    static constexpr const char* DemoPassword = "SWITCHBOARD_DEMO_PASSWORD";

    // Takes every variable above out of the environment.
    static void takeAll();
    // The value of name (one of the above), empty when it was not set.
    static const SecureBytes& value(const char* name);
};
