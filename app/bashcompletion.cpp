#include "bashcompletion.h"

#include "commandcatalog.h"

namespace {
QString dashed(const QString& name)
{
    return QStringLiteral("--") + name;
}

QStringList optionNames(const QList<OptionDefinition>& options)
{
    QStringList names;
    for (const OptionDefinition& option : options)
        names << dashed(option.name);
    return names;
}

// Every run of leading words the command line can hold: "sts", "sts assume-role".
QStringList commandPaths(const CommandCatalog& catalog)
{
    QStringList paths;
    for (const CommandDefinition& command : catalog.commands())
        for (qsizetype words = 1; words <= command.words.size(); ++words) {
            const QString path = command.words.mid(0, words).join(QLatin1Char(' '));
            if (!paths.contains(path))
                paths << path;
        }
    return paths;
}

// What to offer after a path: its next words (or its argument's values) and its options.
QString pathCase(const CommandCatalog& catalog, const QString& path)
{
    const QStringList words = path.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList next = catalog.nextWords(words);
    QStringList options = optionNames(catalog.globalOptions());
    if (const CommandDefinition* command = catalog.command(words)) {
        next << command->choices;
        for (const OptionUse& use : command->options)
            options << dashed(use.name);
    }
    return QStringLiteral("        \"%1\") words=\"%2\"; options=\"%3\" ;;\n")
        .arg(path, next.join(QLatin1Char(' ')), options.join(QLatin1Char(' ')));
}

QString valueCases(const CommandCatalog& catalog)
{
    QList<OptionDefinition> all = catalog.globalOptions();
    QStringList free;
    QStringList paths;
    QString cases;
    for (const CommandDefinition& command : catalog.commands())
        for (const OptionUse& use : command.options)
            if (const OptionDefinition* option = catalog.option(use.name);
                option && !optionNames(all).contains(dashed(use.name)))
                all << *option;
    for (const OptionDefinition& option : std::as_const(all)) {
        if (!option.takesValue())
            continue;
        if (!option.choices.isEmpty())
            cases += QStringLiteral("        %1) COMPREPLY=($(compgen -W \"%2\" -- \"$cur\")); "
                                    "return 0 ;;\n")
                         .arg(dashed(option.name), option.choices.join(QLatin1Char(' ')));
        else if (option.isPath)
            paths << dashed(option.name);
        else
            free << dashed(option.name);
    }
    cases += QStringLiteral("        %1) COMPREPLY=($(compgen -f -- \"$cur\")); return 0 ;;\n")
                 .arg(paths.join(QLatin1Char('|')));
    // A value of its own (an ARN, a name): nothing to offer.
    cases += QStringLiteral("        %1) return 0 ;;\n").arg(free.join(QLatin1Char('|')));
    return cases;
}

QStringList valueOptions(const CommandCatalog& catalog)
{
    QStringList names;
    for (const OptionDefinition& option : catalog.globalOptions())
        if (option.takesValue())
            names << dashed(option.name);
    for (const CommandDefinition& command : catalog.commands())
        for (const OptionUse& use : command.options)
            if (const OptionDefinition* option = catalog.option(use.name);
                option && option->takesValue() && !names.contains(dashed(use.name)))
                names << dashed(use.name);
    return names;
}
} // namespace

QString BashCompletion::script(const CommandCatalog& catalog)
{
    QString pathCases = pathCase(catalog, QString());
    QStringList paths = commandPaths(catalog);
    for (const QString& path : std::as_const(paths))
        pathCases += pathCase(catalog, path);
    QStringList quotedPaths;
    for (const QString& path : std::as_const(paths))
        quotedPaths << QLatin1Char('"') + path + QLatin1Char('"');

    return QStringLiteral(
               "# bash completion for switchboard: written by `switchboard --completion bash`\n"
               "# from the same definitions as its --help.\n"
               "_switchboard()\n"
               "{\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
               "    local valued=\" %1 \"\n"
               "    local path=\"\" arguments=0 word i\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        word=${COMP_WORDS[i]}\n"
               "        if [[ $word == -- ]]; then\n"
               "            # exec's command line follows: complete it as a command\n"
               "            COMPREPLY=($(compgen -c -- \"$cur\" | sort -u))\n"
               "            return 0\n"
               "        fi\n"
               "        if [[ $word == -* ]]; then\n"
               "            [[ $valued == *\" $word \"* ]] && ((i++))\n"
               "            continue\n"
               "        fi\n"
               "        case \"${path:+$path }$word\" in\n"
               "            %2) [[ $arguments == 0 ]] && path=\"${path:+$path }$word\" || "
               "((arguments++)) ;;\n"
               "            *) ((arguments++)) ;;\n"
               "        esac\n"
               "    done\n"
               "    case \"$prev\" in\n"
               "%3"
               "    esac\n"
               "    local words=\"\" options=\"\"\n"
               "    case \"$path\" in\n"
               "%4"
               "    esac\n"
               "    if [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
               "    elif [[ -n $words && $arguments == 0 ]]; then\n"
               "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
               "    else\n"
               "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
               "    fi\n"
               "    return 0\n"
               "}\n"
               "complete -F _switchboard switchboard\n")
        .arg(valueOptions(catalog).join(QLatin1Char(' ')), quotedPaths.join(QLatin1Char('|')),
             valueCases(catalog), pathCases);
}
