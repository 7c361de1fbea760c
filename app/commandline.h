#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// The switchboard command line: global options, then an optional headless
// command (list, simulate, ...) with its arguments. Without a command the
// console opens.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // The command word in argv, found before any QCoreApplication exists so
    // that headless commands never need a display.
    static QString peekCommand(int argc, char* argv[]);
    static bool wantsHelpOrVersion(int argc, char* argv[]);
    // The value of an option ("--lang de" or "--lang=de"), read before parsing
    // so that the translator is in place when the help text is built.
    static QString peekValue(int argc, char* argv[], const QString& option);

    // Parses; on a usage error returns false with errorText() set.
    bool parse(const QStringList& arguments);
    QString errorText() const { return m_error; }
    QString helpText() const;

    QString command() const;              // "" when the console should open
    QStringList commandArguments() const; // positional arguments after the command

    bool helpRequested() const;
    bool versionRequested() const;
    QString directoryPath() const; // --directory, or the default location
    bool emptyDirectory() const;   // --empty
    QString demoPassword() const;  // --demo-password or SWITCHBOARD_DEMO_PASSWORD
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
    QCommandLineParser m_parser;
    QString m_error;
};
