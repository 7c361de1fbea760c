#pragma once

#include "crypto/securebytes.h"
#include "endpoint/endpointrequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Requests to QueryEndpoint as an AWS client sends them: a form body,
// signed with SigV4 for one access key. Plus readers of the XML answers.
class EndpointRequestSigner
{
public:
    using Form = QList<std::pair<QString, QString>>;

    EndpointRequestSigner(QString accessKeyId, SecureBytes secretAccessKey,
                          QString sessionToken = {});

    // A POST of form (Action and Version included by the caller), signed at
    // time for service ("iam" or "sts") in region.
    EndpointRequest sign(const Form& form, const QDateTime& time,
                         const QString& service = QStringLiteral("iam"),
                         const QString& region = QStringLiteral("us-east-1")) const;
    // The same POST unsigned.
    static EndpointRequest unsignedRequest(const Form& form);
    // The User-Agent every request of the tests carries.
    static QByteArray userAgent() { return QByteArrayLiteral("endpoint-test/1.0"); }

    // application/x-www-form-urlencoded, as botocore writes it.
    static QByteArray formBody(const Form& form);
    // The text of every element with that local name, in document order.
    static QStringList elementTexts(const QByteArray& xml, const QString& name);
    // The first one's; empty when there is none.
    static QString elementText(const QByteArray& xml, const QString& name);

private:
    QString m_accessKeyId;
    SecureBytes m_secret;
    QString m_sessionToken;
};
