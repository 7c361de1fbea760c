#pragma once

#include "exitcode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// An option of the command line, as every command that takes it knows it.
struct OptionDefinition
{
    QString name;        // without the leading "--"
    QString valueName;   // shown in help ("arn"); empty for a flag
    QString description; // one line
    QStringList choices; // the values completion offers, when they are few
    bool isPath = false; // the value names a file or folder
    // Takes the arguments after it up to the next option, as the AWS CLI's
    // list parameters do ("--tags Key=a,Value=1 Key=b,Value=2").
    bool takesSeveral = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// How a command uses one option.
struct OptionUse
{
    QString name;
    bool required = false;
    QString description; // for this command; empty: the option's own
};

// One command: its words, what it takes and what it does. Parsing, --help
// and the completion script all read these.
struct CommandDefinition
{
    QStringList words;   // {"sts", "assume-role"}; empty for the console itself
    QString arguments;   // its positional arguments in help, e.g. "FILE..."
    QStringList choices; // the values of its first positional argument, if few
    QString summary;     // one line
    QList<OptionUse> options;
    int usageExit = ExitCode::Usage;

    QString name() const { return words.join(QLatin1Char(' ')); }
    bool uses(const QString& option) const;
};

// Every command and option of switchboard. Built on demand, so that its text
// is in the language installed at the time.
class CommandCatalog
{
    // The option texts were CommandLine's; keeping its context keeps their translations.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    struct ExitCodeText
    {
        int code;
        QString meaning;
    };

    CommandCatalog();

    // Options every command takes, before or after the command's words.
    const QList<OptionDefinition>& globalOptions() const { return m_global; }
    // The console (no command words) first, then the headless commands.
    const QList<CommandDefinition>& commands() const { return m_commands; }
    const OptionDefinition* option(const QString& name) const;
    bool isGlobal(const QString& name) const;
    // The command named exactly by words, or nullptr.
    const CommandDefinition* command(const QStringList& words) const;
    // The words that may follow prefix ({"sts"}: assume-role, ...); empty for a leaf.
    QStringList nextWords(const QStringList& prefix) const;
    // The commands that take an option, by name.
    QStringList commandsTaking(const QString& option) const;
    QList<ExitCodeText> exitCodes() const;

private:
    void addGlobalOptions();
    void addCommandOptions();
    void addConsole();
    void addDirectoryCommands();
    void addOrganizationsCommands();
    void addStsAndIamCommands();
    void addCredentialCommands();
    void addAuditCommands();
    OptionDefinition& define(const QString& name, const QString& valueName,
                             const QString& description);
    CommandDefinition& add(const QString& words, const QString& summary,
                           QList<OptionUse> options = {}, const QString& arguments = {});

    QList<OptionDefinition> m_global;
    QList<OptionDefinition> m_options;
    QList<CommandDefinition> m_commands;
};
