// A fuzz target for the endpoint's request parsing: any bytes as the body of
// a Query request, parsed by QueryParameters and then handled whole by
// QueryEndpoint over an in-memory demo directory (the request is unsigned,
// so it must be refused without touching the directory). Built as a
// libFuzzer binary with Clang (-fsanitize=fuzzer); with other compilers,
// fuzzdriver.cpp replays a seeded corpus of mutations through it.
#include "crypto/passwordhasher.h"
#include "directory/demodirectory.h"
#include "directory/directory.h"
#include "endpoint/queryendpoint.h"
#include "endpoint/queryparameters.h"
#include "iam/clock.h"
#include "secrets/inmemorysecretstore.h"
#include "sts/stsservice.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Endpoint
{
    std::unique_ptr<Directory> directory;
    InMemorySecretStore secrets;
    std::unique_ptr<StsService> sts;
    std::unique_ptr<QueryEndpoint> endpoint;
    int auditEvents = 0;

    Endpoint()
    {
        PasswordHasher::setCostLog2(10);
        directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        if (!DemoDirectory::seed(*directory, QStringLiteral("pw")))
            std::abort();
        sts = std::make_unique<StsService>(directory.get(), &secrets, Clock::system());
        endpoint = std::make_unique<QueryEndpoint>(directory.get(), sts.get());
    }
};

Endpoint& endpoint()
{
    static int argc = 1;
    static char name[] = "fuzz_queryrequest";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Endpoint instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = QueryParameters::parse(body);
    if (parsed) {
        // Whatever was accepted can be asked for again without surprises.
        for (const QString& name : parsed->names())
            if (!parsed->contains(name))
                std::abort();
    } else if (parsed.error().code().isEmpty()) {
        std::abort();
    }

    Endpoint& e = endpoint();
    EndpointRequest request;
    request.http.method = "POST";
    request.http.headers = {{"Host", "127.0.0.1"},
                            {"Content-Type", "application/x-www-form-urlencoded"}};
    request.http.body = body;
    request.sourceAddress = QStringLiteral("127.0.0.1");
    bool answered = false;
    e.endpoint->handle(request, [&answered](EndpointResponse response) {
        answered = true;
        // Unsigned: never a success, always AWS's envelope.
        if (response.status < 400 || !response.body.contains("<ErrorResponse"))
            std::abort();
    });
    QCoreApplication::processEvents();
    if (!answered)
        std::abort();
    return 0;
}
