#include "commandhelp.h"

#include "commandcatalog.h"

namespace {
// Where descriptions start, as most command lines align them.
constexpr qsizetype descriptionColumn = 34;

QString row(const QString& left, const QString& right)
{
    const QString indented = QStringLiteral("  ") + left;
    if (indented.size() + 2 > descriptionColumn)
        return indented + QLatin1Char('\n') + QString(descriptionColumn, QLatin1Char(' ')) + right +
               QLatin1Char('\n');
    return indented.leftJustified(descriptionColumn) + right + QLatin1Char('\n');
}

QString optionName(const OptionDefinition& option)
{
    QString name = QStringLiteral("--") + option.name;
    if (option.name == QLatin1String("help") || option.name == QLatin1String("version"))
        name = QStringLiteral("-%1, %2").arg(option.name.at(0)).arg(name);
    if (option.takesValue())
        name += QStringLiteral(" <%1>").arg(option.valueName);
    return name;
}

QString commandLine(const CommandDefinition& command)
{
    return command.arguments.isEmpty() ? command.name()
                                       : command.name() + QLatin1Char(' ') + command.arguments;
}
} // namespace

QString CommandHelp::synopsis(const CommandCatalog& catalog, const CommandDefinition& command)
{
    QStringList parts{QStringLiteral("switchboard")};
    if (!command.words.isEmpty())
        parts << command.name();
    bool hasOptional = false;
    for (const OptionUse& use : command.options) {
        const OptionDefinition* option = catalog.option(use.name);
        if (use.required && option)
            parts << optionName(*option);
        hasOptional = hasOptional || !use.required;
    }
    if (hasOptional)
        parts << tr("[options]");
    if (!command.arguments.isEmpty())
        parts << command.arguments;
    return parts.join(QLatin1Char(' '));
}

QString CommandHelp::program(const CommandCatalog& catalog)
{
    // "or:" continues the usage, as help2man (the man page) reads it.
    QString text = tr("Usage: switchboard [options]\n"
                      "  or:  switchboard COMMAND [options]\n\n"
                      "A desktop console for IAM users, groups, roles and policies, with Switch "
                      "Role. Without a command the console opens; a command runs headless.\n\n"
                      "Commands:\n");
    for (const CommandDefinition& command : catalog.commands())
        if (!command.words.isEmpty())
            text += row(commandLine(command), command.summary);
    text += tr("\nGlobal options (before or after the command):\n");
    for (const OptionDefinition& option : catalog.globalOptions())
        text += row(optionName(option), option.description);
    text += tr("\nConsole options:\n");
    const CommandDefinition& console = catalog.commands().constFirst();
    for (const OptionUse& use : console.options)
        if (const OptionDefinition* option = catalog.option(use.name))
            text += row(optionName(*option),
                        use.description.isEmpty() ? option->description : use.description);
    text += tr("\nExit codes:\n");
    for (const CommandCatalog::ExitCodeText& code : catalog.exitCodes())
        text += row(QString::number(code.code), code.meaning);
    text += tr("\nSecrets are never options: passwords come from SWITCHBOARD_PASSWORD or "
               "--password-stdin.\nRun 'switchboard COMMAND --help' for a command's options.\n");
    return text;
}

QString CommandHelp::group(const CommandCatalog& catalog, const QString& group)
{
    QString text = tr("Usage: switchboard %1 OPERATION [options]\n\nOperations:\n").arg(group);
    for (const CommandDefinition& command : catalog.commands())
        if (command.words.size() > 1 && command.words.first() == group)
            text += row(commandLine(command).mid(group.size() + 1), command.summary);
    text += tr("\nRun 'switchboard %1 OPERATION --help' for an operation's options.\n").arg(group);
    return text;
}

QString CommandHelp::command(const CommandCatalog& catalog, const CommandDefinition& command)
{
    QString text = tr("Usage: %1\n\n%2\n").arg(synopsis(catalog, command), command.summary);
    if (!command.options.isEmpty())
        text += tr("\nOptions:\n");
    for (const OptionUse& use : command.options) {
        const OptionDefinition* option = catalog.option(use.name);
        if (!option)
            continue;
        QString description = use.description.isEmpty() ? option->description : use.description;
        if (use.required)
            description += tr(" (required)");
        text += row(optionName(*option), description);
    }
    QStringList global;
    for (const OptionDefinition& option : catalog.globalOptions())
        global << QStringLiteral("--") + option.name;
    text += tr("\nGlobal options: %1 (see 'switchboard --help').\n")
                .arg(global.join(QStringLiteral(", ")));
    text += tr("Exit codes: 0 done, %1 wrong arguments; all of them in 'switchboard --help'.\n")
                .arg(command.usageExit);
    return text;
}
