#pragma once

#include "democonsole.h"
#include "endpointtestclient.h"

#include "console/accesskeymanager.h"
#include "endpoint/queryendpoint.h"

#include <QStandardPaths>

#include <memory>

// The demo directory behind an in-process QueryEndpoint, and clients signing
// with demo users' access keys (made by Maria, the demo's administrator,
// through the console's AccessKeyManager). Header-only; a test using it
// compiles endpointtestclient.cpp and links switchboard_endpoint.
struct DemoEndpoint
{
    // The error of the demo console's opening, if any.
    [[nodiscard]] static Result<std::unique_ptr<DemoEndpoint>> open()
    {
        auto console = DemoConsole::open();
        if (!console)
            return console.error();
        return std::unique_ptr<DemoEndpoint>(new DemoEndpoint(std::move(console).value()));
    }

    // A new access key of user, or nullopt (the test then fails).
    std::optional<NewAccessKey> createKey(const QString& user)
    {
        if (!demo->session->isSignedIn() && !demo->signIn(QStringLiteral("Maria")))
            return std::nullopt;
        auto created = AsyncTesting::waitForResult<NewAccessKey>(
            [&](auto done) { demo->accessKeys->create(account, user, std::move(done)); });
        if (!created || !*created)
            return std::nullopt;
        return std::move(created->value());
    }

    // A client signing as user with a new key of theirs.
    std::unique_ptr<EndpointTestClient> clientAs(const QString& user)
    {
        auto client = std::make_unique<EndpointTestClient>(&endpoint, [this] { return now(); });
        if (const auto key = createKey(user))
            client->setCredentials(key->info.accessKeyId, key->secretAccessKey);
        return client;
    }

    QDateTime now() const { return demo->clock.now(); }

    // AWS's AccessDenied message for a user of the demo's production account.
    static QString deniedPrefix(const QString& user, const QString& action, const QString& resource)
    {
        return QStringLiteral("User: arn:aws:iam::111122223333:user/%1 is not authorized to "
                              "perform: %2 on resource: %3")
            .arg(user, action, resource);
    }

    static inline const QString account = QStringLiteral("111122223333");
    static QString userArn(const QString& name)
    {
        return QStringLiteral("arn:aws:iam::111122223333:user/") + name;
    }

    std::unique_ptr<DemoConsole> demo;
    QueryEndpoint endpoint;

private:
    explicit DemoEndpoint(std::unique_ptr<DemoConsole> console)
        : demo(std::move(console))
        , endpoint(demo->dir.get(), demo->sts.get())
    {}
};

// Declares DemoEndpoint& name; fails (and leaves) the test function when it cannot be opened.
#define OPEN_DEMO_ENDPOINT(name)                                                                   \
    std::unique_ptr<DemoEndpoint> name##Owner_;                                                    \
    REQUIRE_VALUE(name##Owner_, DemoEndpoint::open());                                             \
    DemoEndpoint& name = *name##Owner_

// The answer was 200, or the test fails with the answer's body.
#define REQUIRE_ANSWER_OK(answer)                                                                  \
    do {                                                                                           \
        const auto& answer_ = (answer);                                                            \
        QVERIFY2(answer_.ok(), qPrintable(answer_.describe()));                                    \
    } while (false)

// The answer was this error with this HTTP status.
#define REQUIRE_ANSWER_ERROR(answer, expectedStatus, expectedCode)                                 \
    do {                                                                                           \
        const auto& answer_ = (answer);                                                            \
        QVERIFY2(answer_.answered, "no answer");                                                   \
        QCOMPARE(answer_.errorCode(), QString(expectedCode));                                      \
        QCOMPARE(answer_.status, expectedStatus);                                                  \
    } while (false)
