// A fuzz target for the SigV4 verifier: any bytes as an HTTP request in the
// AWS test suite's text form (tests/data/sigv4/aws4_testsuite, whose .req
// and signed .sreq files seed the corpus), checked at the suite's time with
// the suite's secret. Every refusal carries one of AWS's codes; a request
// the verifier accepts must still be accepted when verified again.
#include "crypto/sigv4verifier.h"
#include "model/crypto/sigv4testsuite.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ManualClock clock(Sigv4TestSuite::time());
    static const SecureBytes secret = Sigv4TestSuite::secretAccessKey();
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const SigV4Request request = Sigv4TestSuite::parseRequest(text);
    const SigV4Verifier verifier(clock);
    const auto authorization = verifier.parse(request);
    if (!authorization) {
        if (authorization.error().code().isEmpty())
            std::abort();
        return 0;
    }
    const auto verified = verifier.verify(request, authorization.value(), secret);
    if (!verified && verified.error().code().isEmpty())
        std::abort();
    if (verified && !verifier.verify(request, authorization.value(), secret))
        std::abort();
    return 0;
}
