#include "environmentsecrets.h"

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <map>

namespace {
struct NameLess
{
    bool operator()(const char* a, const char* b) const { return std::strcmp(a, b) < 0; }
};

std::map<const char*, SecureBytes, NameLess>& taken()
{
    static std::map<const char*, SecureBytes, NameLess> values;
    return values;
}
} // namespace

void EnvironmentSecrets::takeAll()
{
    // Reading takes each one; the values stay here for later callers.
    for (const char* name : {Password, Passphrase, DemoPassword})
        value(name);
}

const SecureBytes& EnvironmentSecrets::value(const char* name)
{
    SecureBytes& kept = taken()[name];
    // Set again since it was taken (tests in one process do so): the newer value wins.
    if (char* raw = std::getenv(name)) {
        const std::size_t length = std::strlen(raw);
        kept = SecureBytes::fromView(QByteArrayView(raw, qsizetype(length)));
        // unsetenv() only drops the pointer: the bytes would still be readable in
        // /proc/PID/environ, which shows the process's initial environment block.
        std::memset(raw, 0, length);
        qunsetenv(name);
    }
    return kept;
}
