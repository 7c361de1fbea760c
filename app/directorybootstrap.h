#pragma once

#include "iam/result.h"

#include <QList>
#include <QString>

#include <memory>

class Directory;

// Opens the directory the console works on, creating it when absent: with
// the demo directory (passwords generated, or the one given) or empty.
class DirectoryBootstrap
{
public:
    struct DemoCredential
    {
        QString account;
        QString userName; // the email address for a root user
        QString password;
        bool root = false;
    };

    struct Opened
    {
        std::unique_ptr<Directory> directory;
        bool created = false;
        // Only when the demo was just created with generated passwords: shown once.
        QList<DemoCredential> generatedCredentials;
    };

    static Result<Opened> open(const QString& path, bool createEmpty, const QString& demoPassword);
};
