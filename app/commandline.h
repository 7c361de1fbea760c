#pragma once

#include "commandcatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

// The switchboard command line: global options, then an optional headless
// command (list, sts assume-role, ...) with its options and arguments.
// Without a command the console opens. Each command takes the options its
// CommandCatalog definition names, and no others; the ones it requires are given.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine() = default;

    // The command word in argv, found before any QCoreApplication exists so
    // that headless commands never need a display.
    static QString peekCommand(int argc, char* argv[]);
    // --help, --version or --completion: the program prints and exits, no display needed.
    static bool onlyPrints(int argc, char* argv[]);
    // The value of an option ("--lang de" or "--lang=de"), read before parsing
    // so that the translator is in place when the help text is built.
    static QString peekValue(int argc, char* argv[], const QString& option);

    // Parses; on a usage error returns false with errorText() and usageExit() set.
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_error; }
    // The exit status of a usage error of this command line's command.
    int usageExit() const;
    // The help of the command given (or of its group, or of the whole program).
    QString helpText() const;
    // The completion script for shell, or empty when that shell is not supported.
    QString completionScript() const;

    QString command() const;              // "" when the console should open
    QStringList commandArguments() const; // positional arguments after the command
    // The command's definition; nullptr for an unknown command or a group without its operation.
    const CommandDefinition* definition() const { return m_definition; }

    bool helpRequested() const;
    bool versionRequested() const;
    QString directoryPath() const; // --directory, or the default location
    bool emptyDirectory() const;   // --empty
    QString demoPassword() const;  // SWITCHBOARD_DEMO_PASSWORD (never an option)
    QString language() const;      // --lang
    QString account() const;       // --account
    bool json() const;             // --json
    // --user NAME or --user ACCOUNT/NAME: the user to sign in as (password in
    // SWITCHBOARD_PASSWORD); the NAME part.
    QString userName() const;
    // The ACCOUNT of --user ACCOUNT/NAME (an id or alias): the caller's own
    // account when it is not the one the command acts on (--account); else empty.
    QString userAccount() const;
    bool root() const;              // --root: sign in as the account's root user
    QString email() const;          // --email: the root user's email address
    QString openArn() const;        // --open: the entity to show after sign-in
    QString screenshotPath() const; // --screenshot: save a PNG of the console, then quit
    QString window() const;         // --window: a tool window to open after sign-in ("simulator")
    QStringList values(const QString& option) const;
    QString value(const QString& option) const;
    bool isSet(const QString& option) const;

    static QString defaultDirectoryPath();

private:
    bool fail(const QString& message);
    bool readOption(const QString& argument, const QStringList& arguments, int& index);
    void resolveCommand();
    bool checkOptions();
    bool checkRequired();
    QString commandForMessages() const;
    QString helpCommand() const;

    CommandCatalog m_catalog;
    QHash<QString, QStringList> m_values; // option name -> values given, in order
    QStringList m_given;                  // option names as given, in order
    QStringList m_positional;
    const CommandDefinition* m_definition = nullptr;
    QString m_error;
};
