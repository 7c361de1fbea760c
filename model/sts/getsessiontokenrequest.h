#pragma once

#include <QString>

#include <optional>

// The parameters of GetSessionToken.
struct GetSessionTokenRequest
{
    std::optional<int> durationSeconds; // default 43200 (3600 for root)
    QString serialNumber;
    QString tokenCode;
};
