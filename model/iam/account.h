#pragma once

#include <QString>

// An AWS account of the directory: a 12-digit id and an optional alias.
struct Account
{
    QString id;
    QString alias;

    // The alias when there is one, else the id: what the console shows.
    QString displayName() const { return alias.isEmpty() ? id : alias; }
    bool operator==(const Account&) const = default;
};
