#pragma once

#include "crypto/securebytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QueryEndpoint;

// Drives a QueryEndpoint in-process as an AWS client would: signs a Query
// form with SigV4 (as the given credentials, at the clock's time), hands it
// to QueryEndpoint::handle and parses the XML answer. Any API and service:
// IAM by default. Compile endpointtestclient.cpp into the test.
class EndpointTestClient
{
public:
    using Parameters = QList<std::pair<QString, QString>>;

    // One parsed answer. Paths are element names joined by '/', from the
    // root down ("ListUsersResponse/ListUsersResult/Users/member/UserName");
    // lookups match a path's tail ("Users/member/UserName").
    struct Answer
    {
        int status = 0;
        QByteArray body;
        bool answered = false;                     // false: done was never called
        QList<std::pair<QString, QString>> fields; // (path, text) of every leaf, in order

        bool ok() const { return answered && status == 200; }
        QStringList values(const QString& pathTail) const;
        QString value(const QString& pathTail) const; // the first, or empty
        bool has(const QString& pathTail) const;
        QString errorCode() const { return value(QStringLiteral("Error/Code")); }
        QString errorMessage() const { return value(QStringLiteral("Error/Message")); }
        QString describe() const; // for failure messages
    };

    // now: the time to sign at (the endpoint's clock).
    EndpointTestClient(QueryEndpoint* endpoint, std::function<QDateTime()> now);

    void setCredentials(const QString& accessKeyId, const SecureBytes& secretAccessKey,
                        const QString& sessionToken = {});
    void setService(const QString& service, const QString& version);

    Answer call(const QString& action, const Parameters& parameters = {});

    static Answer parse(int status, const QByteArray& body);

private:
    QueryEndpoint* m_endpoint;
    std::function<QDateTime()> m_now;
    QString m_accessKeyId;
    SecureBytes m_secret;
    QString m_sessionToken;
    QString m_service = QStringLiteral("iam");
    QString m_version = QStringLiteral("2010-05-08");
};
