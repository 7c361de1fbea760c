#pragma once

#include <QByteArray>

// The endpoint's answer to one request.
struct EndpointResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("text/xml");
    QByteArray body;
};
