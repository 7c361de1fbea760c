#pragma once

class AccessKeyManager;
class Clock;
class Directory;
class MfaDeviceManager;

// What the console's screens use beside the session: the directory to read
// (every change of IAM entities goes through DirectoryAdmin), the clock the
// session runs on, and the people's credentials when there is a secret store.
// Whoever opens the session builds them and hands them on.
struct ConsoleServices
{
    const Directory& directory;
    const Clock& clock;
    AccessKeyManager* accessKeys = nullptr; // null without a secret store
    MfaDeviceManager* mfaDevices = nullptr; // null without a secret store
};
