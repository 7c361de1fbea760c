#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
// Options that take a value, so that the value is not taken for the command.
const QStringList valueOptions = {QStringLiteral("--directory"), QStringLiteral("--demo-password"),
                                  QStringLiteral("--lang"), QStringLiteral("--account"),
                                  QStringLiteral("--user"), QStringLiteral("--open"),
                                  QStringLiteral("--screenshot")};

QString translate(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(translate(
        "A desktop console for IAM users, groups, roles and policies, with Switch Role.\n\n"
        "Without a command, the console opens. Commands (headless):\n"
        "  list users|groups|roles|policies   list the directory's entities\n"));
    m_parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, translate("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, translate("Show the version and exit.")},
        {QStringLiteral("directory"),
         translate("The directory file (SQLite). Created with the demo directory when absent."),
         translate("path")},
        {QStringLiteral("empty"), translate("Create a missing directory file empty, without the demo.")},
        {QStringLiteral("demo-password"),
         translate("Password for every demo user when the demo directory is created (also "
                   "SWITCHBOARD_DEMO_PASSWORD)."),
         translate("password")},
        {QStringLiteral("lang"), translate("User interface language, e.g. de or en."),
         translate("language")},
        {QStringLiteral("account"), translate("Account id or alias the command applies to."),
         translate("account")},
        {QStringLiteral("json"), translate("Print JSON instead of a table.")},
        {QStringLiteral("user"),
         translate("Sign in as this IAM user at start (with --account; the password is read from "
                   "SWITCHBOARD_PASSWORD), for scripted demos."),
         translate("name")},
        {QStringLiteral("open"), translate("After sign-in, show this user, group, role or policy."),
         translate("arn")},
        {QStringLiteral("screenshot"),
         translate("Save a PNG of the console's window to this file once it is shown, then quit."),
         translate("file")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   translate("A headless command, e.g. list."),
                                   QStringLiteral("[command [arguments...]]"));
}

QString CommandLine::peekCommand(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1Char('-'))) {
            if (valueOptions.contains(arg))
                ++i; // skip the option's value
            continue;
        }
        return arg;
    }
    return {};
}

bool CommandLine::wantsHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    return true;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::command() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

QStringList CommandLine::commandArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(QStringLiteral("help"));
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(QStringLiteral("version"));
}

QString CommandLine::defaultDirectoryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("directory.sqlite"));
}

QString CommandLine::directoryPath() const
{
    const QString path = m_parser.value(QStringLiteral("directory"));
    return path.isEmpty() ? defaultDirectoryPath() : path;
}

bool CommandLine::emptyDirectory() const
{
    return m_parser.isSet(QStringLiteral("empty"));
}

QString CommandLine::demoPassword() const
{
    const QString password = m_parser.value(QStringLiteral("demo-password"));
    return password.isEmpty() ? qEnvironmentVariable("SWITCHBOARD_DEMO_PASSWORD") : password;
}

QString CommandLine::language() const
{
    return m_parser.value(QStringLiteral("lang"));
}

QString CommandLine::account() const
{
    return m_parser.value(QStringLiteral("account"));
}

bool CommandLine::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CommandLine::userName() const
{
    return m_parser.value(QStringLiteral("user"));
}

QString CommandLine::openArn() const
{
    return m_parser.value(QStringLiteral("open"));
}

QString CommandLine::screenshotPath() const
{
    return m_parser.value(QStringLiteral("screenshot"));
}

QStringList CommandLine::values(const QString& option) const
{
    return m_parser.values(option);
}

QString CommandLine::value(const QString& option) const
{
    return m_parser.value(option);
}

bool CommandLine::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}
