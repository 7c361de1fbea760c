// A fuzz target for the authorization-details importer's parser: any bytes
// as a `get-account-authorization-details` file (the exports in
// tests/data/authz-details seed the corpus). A refusal is a
// MalformedImportFile error naming the file; nothing may crash.
#include "interop/authzdetailsparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString fileName = QStringLiteral("fuzzed.json");
    const auto parsed = AuthzDetailsParser::parse(json, fileName);
    if (!parsed && parsed.error().code().isEmpty())
        std::abort();
    return 0;
}
