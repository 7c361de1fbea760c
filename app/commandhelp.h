#pragma once

#include <QCoreApplication>
#include <QString>

class CommandCatalog;
struct CommandDefinition;

// The --help texts, written from the command catalog: the program's (its
// commands, global and console options, exit codes), a group's operations,
// and one command's synopsis and options.
class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(CommandHelp)

public:
    static QString program(const CommandCatalog& catalog);
    static QString group(const CommandCatalog& catalog, const QString& group);
    static QString command(const CommandCatalog& catalog, const CommandDefinition& command);
    // "sts assume-role --role-arn <arn> --role-session-name <name> [options]"
    static QString synopsis(const CommandCatalog& catalog, const CommandDefinition& command);
};
