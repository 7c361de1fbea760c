#pragma once

#include <QTest>

// Tests of the real keychain need a D-Bus session with a Secret Service.
// scripts/test starts one (and sets SWITCHBOARD_TEST_KEYCHAIN): there a
// missing bus is a failure. A developer running a test without one sees it
// skipped, with the reason, never passed.
namespace KeychainTesting {
inline bool haveSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

inline bool keychainRequired()
{
    return qEnvironmentVariableIsSet("SWITCHBOARD_TEST_KEYCHAIN");
}

inline constexpr char NoBusMessage[] =
    "DBUS_SESSION_BUS_ADDRESS is not set: no D-Bus session for the real keychain "
    "(run the tests through scripts/test)";
} // namespace KeychainTesting

#define SKIP_WITHOUT_KEYCHAIN()                                                                    \
    do {                                                                                           \
        if (!KeychainTesting::haveSessionBus()) {                                                  \
            if (KeychainTesting::keychainRequired())                                               \
                QFAIL(KeychainTesting::NoBusMessage);                                              \
            QSKIP(KeychainTesting::NoBusMessage);                                                  \
        }                                                                                          \
    } while (false)
