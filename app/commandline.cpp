#include "commandline.h"

#include "bashcompletion.h"
#include "commandhelp.h"
#include "directory/directory.h"
#include "environmentsecrets.h"

#include <algorithm>
#include <optional>

namespace {
// Everything after it is positional: exec's command line.
const QString endOfOptions = QStringLiteral("--");

// The options named by argv's short forms.
QString longName(QChar shortName)
{
    if (shortName == QLatin1Char('h'))
        return QStringLiteral("help");
    if (shortName == QLatin1Char('v'))
        return QStringLiteral("version");
    return {};
}
} // namespace

QString CommandLine::peekCommand(int argc, char* argv[])
{
    const CommandCatalog catalog;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == endOfOptions)
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (arg.startsWith(QLatin1Char('-'))) {
            const OptionDefinition* option = catalog.option(arg.mid(2));
            if (arg.startsWith(endOfOptions) && option && option->takesValue())
                ++i; // skip the option's value
            continue;
        }
        return arg;
    }
    return {};
}

bool CommandLine::onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break; // exec's command line: its options are its own
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version" ||
            arg == "--completion" || arg.startsWith("--completion="))
            return true;
    }
    return false;
}

QString CommandLine::peekValue(int argc, char* argv[], const QString& option)
{
    const QString prefix = option + QLatin1Char('=');
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == endOfOptions)
            break;
        if (arg == option && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

bool CommandLine::parse(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == endOfOptions) {
            m_positional << arguments.mid(i + 1);
            break;
        }
        if (argument.size() > 1 && argument.startsWith(QLatin1Char('-'))) {
            if (!readOption(argument, arguments, i))
                return false;
            continue;
        }
        m_positional << argument;
    }
    resolveCommand();
    // Help is shown whatever else the line holds: it says what would be right.
    return helpRequested() || (checkOptions() && checkRequired());
}

bool CommandLine::fail(const QString& message)
{
    m_error = tr("switchboard: error: %1").arg(message);
    return false;
}

// One option at arguments[index]: --name, --name=value, --name value or -h.
// Its value, if it takes one, is the next argument whatever it looks like.
bool CommandLine::readOption(const QString& argument, const QStringList& arguments, int& index)
{
    QString name;
    std::optional<QString> value;
    if (argument.startsWith(endOfOptions)) {
        name = argument.mid(2).section(QLatin1Char('='), 0, 0);
        if (argument.contains(QLatin1Char('=')))
            value = argument.section(QLatin1Char('='), 1);
    } else {
        name = argument.size() == 2 ? longName(argument.at(1)) : QString();
        if (name.isEmpty())
            name = argument.mid(1); // named as given in the error
    }
    const OptionDefinition* option = m_catalog.option(name);
    if (option && option->takesValue() && !value) {
        if (index + 1 >= arguments.size())
            return fail(tr("option --%1 needs a value (%2)").arg(name, option->valueName));
        value = arguments.at(++index);
    }
    if (option && !option->takesValue() && value)
        return fail(tr("option --%1 takes no value").arg(name));
    m_given << name;
    m_values[name] << value.value_or(QString());
    if (option && option->takesSeveral)
        while (index + 1 < arguments.size() && !arguments.at(index + 1).startsWith(u'-'))
            m_values[name] << arguments.at(++index);
    return true;
}

// The longest run of leading words that names a command: "sts assume-role",
// "list"; the console without words.
void CommandLine::resolveCommand()
{
    for (qsizetype words = std::min<qsizetype>(m_positional.size(), 2); words >= 0; --words)
        if (const CommandDefinition* found = m_catalog.command(m_positional.mid(0, words))) {
            // A group's word alone ("sts") is no command; its operations are.
            if (words == 0 && !m_positional.isEmpty())
                return;
            m_definition = found;
            return;
        }
}

// Every option given is a global one or one of the command's; an unknown
// command or operation is left to the command, which names the valid ones.
bool CommandLine::checkOptions()
{
    for (const QString& name : std::as_const(m_given)) {
        if (m_catalog.isGlobal(name) || (m_definition && m_definition->uses(name)))
            continue;
        const QString dashed = (name.size() == 1 ? QStringLiteral("-") : endOfOptions) + name;
        const bool commandKnown = m_definition || !m_catalog.nextWords({command()}).isEmpty();
        if (!m_catalog.option(name) && !commandKnown)
            return fail(tr("unknown option %1 (see 'switchboard --help')").arg(dashed));
        if (!m_catalog.option(name))
            return fail(tr("unknown option %1 for '%2' (see '%3 --help')")
                            .arg(dashed, commandForMessages(), helpCommand()));
        if (!m_definition)
            continue;
        // Many commands sign in: a few of them say enough.
        constexpr qsizetype shown = 4;
        const QStringList takers = m_catalog.commandsTaking(name);
        QString where = takers.mid(0, shown).join(QStringLiteral(", "));
        if (takers.size() > shown)
            where += QStringLiteral(", ...");
        return fail(tr("option %1 does not apply to '%2'; it is an option of %3 (see '%4 --help')")
                        .arg(dashed, commandForMessages(), where, helpCommand()));
    }
    return true;
}

// The command's required options are given, with a value: a missing one is
// named before the command runs, as the AWS CLI names them.
bool CommandLine::checkRequired()
{
    if (!m_definition)
        return true;
    QStringList missing;
    for (const OptionUse& use : m_definition->options)
        if (use.required && value(use.name).isEmpty())
            missing << endOfOptions + use.name;
    if (missing.isEmpty())
        return true;
    return fail(
        tr("the following arguments are required: %1").arg(missing.join(QStringLiteral(", "))));
}

QString CommandLine::commandForMessages() const
{
    if (m_definition)
        return m_definition->words.isEmpty() ? QStringLiteral("switchboard") : m_definition->name();
    return m_positional.mid(0, 2).join(QLatin1Char(' '));
}

// What to run for the help of the command given, or of its group.
QString CommandLine::helpCommand() const
{
    QStringList words{QStringLiteral("switchboard")};
    if (m_definition)
        words << m_definition->words;
    else if (!m_catalog.nextWords({command()}).isEmpty())
        words << command();
    return words.join(QLatin1Char(' '));
}

int CommandLine::usageExit() const
{
    if (m_definition)
        return m_definition->usageExit;
    // An unknown operation of a group: the group's code.
    for (const CommandDefinition& definition : m_catalog.commands())
        if (!definition.words.isEmpty() && definition.words.first() == command())
            return definition.usageExit;
    return ExitCode::Usage;
}

QString CommandLine::helpText() const
{
    if (m_definition && !m_definition->words.isEmpty())
        return CommandHelp::command(m_catalog, *m_definition);
    if (!command().isEmpty() && !m_catalog.nextWords({command()}).isEmpty())
        return CommandHelp::group(m_catalog, command());
    return CommandHelp::program(m_catalog);
}

QString CommandLine::completionScript() const
{
    if (value(QStringLiteral("completion")) == QLatin1String("bash"))
        return BashCompletion::script(m_catalog);
    return {};
}

QString CommandLine::command() const
{
    return m_positional.value(0);
}

QStringList CommandLine::commandArguments() const
{
    return m_positional.mid(1);
}

bool CommandLine::helpRequested() const
{
    return isSet(QStringLiteral("help"));
}

bool CommandLine::versionRequested() const
{
    return isSet(QStringLiteral("version"));
}

QString CommandLine::defaultDirectoryPath()
{
    return Directory::defaultFilePath();
}

QString CommandLine::directoryPath() const
{
    const QString path = value(QStringLiteral("directory"));
    return path.isEmpty() ? defaultDirectoryPath() : path;
}

bool CommandLine::emptyDirectory() const
{
    return isSet(QStringLiteral("empty"));
}

QString CommandLine::demoPassword() const
{
    return EnvironmentSecrets::value(EnvironmentSecrets::DemoPassword).insecureUtf8String();
}

QString CommandLine::language() const
{
    return value(QStringLiteral("lang"));
}

QString CommandLine::account() const
{
    return value(QStringLiteral("account"));
}

bool CommandLine::json() const
{
    return isSet(QStringLiteral("json"));
}

QString CommandLine::userName() const
{
    // User names have no '/': what comes before one is the account.
    return value(QStringLiteral("user")).section(QLatin1Char('/'), -1);
}

QString CommandLine::userAccount() const
{
    const QString user = value(QStringLiteral("user"));
    return user.contains(QLatin1Char('/')) ? user.section(QLatin1Char('/'), 0, -2) : QString();
}

bool CommandLine::root() const
{
    return isSet(QStringLiteral("root"));
}

QString CommandLine::email() const
{
    return value(QStringLiteral("email"));
}

QString CommandLine::openArn() const
{
    return value(QStringLiteral("open"));
}

QString CommandLine::window() const
{
    return value(QStringLiteral("window"));
}

QString CommandLine::screenshotPath() const
{
    return value(QStringLiteral("screenshot"));
}

QStringList CommandLine::values(const QString& option) const
{
    return m_values.value(option);
}

QString CommandLine::value(const QString& option) const
{
    // Given twice, the last one counts, as with most command lines.
    const QStringList given = m_values.value(option);
    return given.isEmpty() ? QString() : given.last();
}

bool CommandLine::isSet(const QString& option) const
{
    return m_values.contains(option);
}
