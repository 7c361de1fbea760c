#pragma once

#include "console/accesskeymanager.h"
#include "crypto/sigv4.h"
#include "democonsole.h"
#include "endpoint/endpointrequest.h"
#include "endpoint/endpointresponse.h"
#include "endpoint/queryendpoint.h"
#include "endpointrequestsigner.h"

#include <memory>

// The demo directory behind a QueryEndpoint, and a client that signs Query
// requests as AWS's SDKs do (through EndpointRequestSigner) and sends them
// in-process (no HTTP). A test using it links switchboard_endpointtesting.
struct QueryEndpointFixture
{
    std::unique_ptr<DemoConsole> demo;
    std::unique_ptr<QueryEndpoint> endpoint;
    QString region = QStringLiteral("us-east-1");

    // The error of the demo console's opening, if any. path as DemoConsole::open's.
    [[nodiscard]] static Result<std::unique_ptr<QueryEndpointFixture>>
    open(const QString& path = TestEngine::freshLocation())
    {
        auto console = DemoConsole::open(path);
        if (!console)
            return console.error();
        auto fixture = std::make_unique<QueryEndpointFixture>();
        fixture->demo = std::move(console).value();
        fixture->endpoint =
            std::make_unique<QueryEndpoint>(fixture->demo->dir.get(), fixture->demo->sts.get());
        return fixture;
    }

    // A new access key of a demo user, made through the console as that user
    // (every demo user may manage their own keys).
    SigV4Credentials createKey(const QString& user)
    {
        SigV4Credentials credentials;
        if (!demo->signIn(user))
            return credentials;
        std::optional<Result<NewAccessKey>> created;
        demo->accessKeys->create(
            QStringLiteral("111122223333"), user,
            [&](Result<NewAccessKey> key) { created.emplace(std::move(key)); });
        const bool finished = QTest::qWaitFor([&] { return created.has_value(); }, 5000);
        demo->session->signOut();
        if (!finished || !*created)
            return credentials;
        credentials.accessKeyId = (*created)->info.accessKeyId;
        credentials.secretAccessKey = SecureBytes::fromView((*created)->secretAccessKey.view());
        return credentials;
    }

    static SigV4Credentials copy(const SigV4Credentials& c)
    {
        return {c.accessKeyId, SecureBytes::fromView(c.secretAccessKey.view()), c.sessionToken};
    }

    // The form as a signed POST, the way botocore sends it.
    EndpointRequest signedRequest(const QList<std::pair<QString, QString>>& form,
                                  const SigV4Credentials& credentials,
                                  const QString& service = {}) const
    {
        return EndpointRequestSigner(credentials.accessKeyId, credentials.secretAccessKey.clone(),
                                     credentials.sessionToken)
            .sign(form, demo->clock.now(), service.isEmpty() ? serviceOf(form) : service, region);
    }

    static EndpointRequest unsignedRequest(const QList<std::pair<QString, QString>>& form)
    {
        return EndpointRequestSigner::unsignedRequest(form);
    }

    static QString serviceOf(const QList<std::pair<QString, QString>>& form)
    {
        for (const auto& [name, value] : form)
            if (name == QLatin1String("Version"))
                return value == QLatin1String("2011-06-15") ? QStringLiteral("sts")
                                                            : QStringLiteral("iam");
        return QStringLiteral("iam");
    }

    EndpointResponse send(const EndpointRequest& request)
    {
        std::optional<EndpointResponse> response;
        endpoint->handle(request, [&](EndpointResponse r) { response = std::move(r); });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 5000))
            return EndpointResponse{0, {}, {}}; // no answer: every check on it fails
        return *response;
    }

    EndpointResponse call(const QString& action, const SigV4Credentials& credentials,
                          QList<std::pair<QString, QString>> parameters = {})
    {
        const bool sts = action == QLatin1String("AssumeRole") ||
                         action == QLatin1String("GetCallerIdentity") ||
                         action == QLatin1String("GetSessionToken");
        parameters.prepend({QStringLiteral("Version"),
                            sts ? QStringLiteral("2011-06-15") : QStringLiteral("2010-05-08")});
        parameters.prepend({QStringLiteral("Action"), action});
        return send(signedRequest(parameters, credentials));
    }

    static QStringList texts(const QByteArray& xml, const QString& element)
    {
        return EndpointRequestSigner::elementTexts(xml, element);
    }
    static QString text(const QByteArray& xml, const QString& element)
    {
        return EndpointRequestSigner::elementText(xml, element);
    }
};
