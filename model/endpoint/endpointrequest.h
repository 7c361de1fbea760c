#pragma once

#include "crypto/sigv4.h"

#include <QString>

// One HTTP request to the endpoint, as received.
struct EndpointRequest
{
    SigV4Request http;
    QString sourceAddress; // the peer's IP address

    QString userAgent() const
    {
        return QString::fromUtf8(http.headerValues("user-agent").value(0)).left(512);
    }
};
