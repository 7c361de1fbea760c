#pragma once

#include "democonsole.h"
#include "endpoint/queryendpoint.h"
#include "endpointrequestsigner.h"

#include "console/accesskeymanager.h"

#include <QHash>
#include <QTest>

#include <memory>
#include <optional>

// The demo directory behind a QueryEndpoint, with an access key for each of
// some demo users of catphoto-prod, created by the administrator Maria:
// what the IAM operation tests call the endpoint with.
struct IamEndpointTesting
{
    static inline const QString Account = QStringLiteral("111122223333");

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QString text(const QString& name) const
        {
            return EndpointRequestSigner::elementText(body, name);
        }
        QStringList texts(const QString& name) const
        {
            return EndpointRequestSigner::elementTexts(body, name);
        }
        QString code() const { return text(QStringLiteral("Code")); }
    };

    // Signs Maria in and gives each of users an access key. Checked by the
    // test (REQUIRE_OK): a fixture that cannot be built fails that test only.
    [[nodiscard]] Result<void> start(const QStringList& users)
    {
        auto opened = DemoConsole::open();
        if (!opened)
            return opened.error();
        demo = std::move(opened).value();
        if (auto signedIn = demo->signIn(QStringLiteral("Maria")); !signedIn)
            return signedIn.error();
        for (const QString& user : users) {
            std::optional<Result<NewAccessKey>> created;
            demo->accessKeys->create(
                Account, user, [&](Result<NewAccessKey> key) { created.emplace(std::move(key)); });
            if (!QTest::qWaitFor([&] { return created.has_value(); }, 5000))
                return IamError::serviceFailure(
                    QStringLiteral("no access key for %1 in time").arg(user));
            if (!*created)
                return created->error();
            signers.insert(user, std::make_shared<EndpointRequestSigner>(
                                     created->value().info.accessKeyId,
                                     created->value().secretAccessKey.clone()));
        }
        endpoint = std::make_unique<QueryEndpoint>(demo->dir.get(), demo->sts.get());
        return {};
    }

    // One IAM call signed by user's key; Version is added.
    Answer call(const QString& user, EndpointRequestSigner::Form form)
    {
        form.append({QStringLiteral("Version"), QStringLiteral("2010-05-08")});
        std::optional<EndpointResponse> response;
        endpoint->handle(signers.value(user)->sign(form, demo->clock.now()),
                         [&](EndpointResponse r) { response = std::move(r); });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 5000))
            return {0, QByteArrayLiteral("no answer")};
        return {response->status, response->body};
    }

    std::unique_ptr<DemoConsole> demo;
    QHash<QString, std::shared_ptr<EndpointRequestSigner>> signers;
    std::unique_ptr<QueryEndpoint> endpoint;
};

// Form pairs in a readable list: {"Action", "GetRole", "RoleName", "x"}.
inline EndpointRequestSigner::Form form(std::initializer_list<QString> items)
{
    EndpointRequestSigner::Form out;
    for (auto it = items.begin(); it != items.end() && std::next(it) != items.end(); it += 2)
        out.append({*it, *std::next(it)});
    return out;
}
