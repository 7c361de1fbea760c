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

    // Whether open() would create the directory (the file is absent, or in memory).
    static bool wouldCreate(const QString& path);
    // passwordsShown: whether generated demo passwords can be shown (the
    // console's window). Without, a directory still awaiting its demo is
    // seeded only with demoPassword, and refused (InvalidInput, naming what
    // to run) when there is none: never with passwords nobody sees.
    static Result<Opened> open(const QString& path, bool createEmpty, const QString& demoPassword,
                               bool passwordsShown = true);
    // What a headless command says of a directory that awaits its demo.
    static QString demoNeedsAPassword(const QString& path);
};
