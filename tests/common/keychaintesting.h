#pragma once

#include <QTest>

// Tests of the real keychain need the private D-Bus session scripts/test
// starts; without one they are skipped, with the reason, never passed.
#define SKIP_WITHOUT_KEYCHAIN()                                                                    \
    do {                                                                                           \
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))                                \
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no D-Bus session for the real keychain "   \
                  "(run the tests through scripts/test)");                                         \
    } while (false)
