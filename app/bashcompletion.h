#pragma once

#include <QString>

class CommandCatalog;

// The bash completion script for switchboard, written from the command
// catalog: commands and their operations, each command's options, and the
// values of options that have few (--lang, --filter) or name files.
class BashCompletion
{
public:
    static QString script(const CommandCatalog& catalog);
};
