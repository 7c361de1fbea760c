#include "commandcatalog.h"
#include "commandhelp.h"
#include "commandline.h"
#include "common/resultassertions.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The command definitions and what derives from them: parsing, each
// command's --help and the bash completion script.
namespace {
QStringList line(const QStringList& arguments)
{
    return QStringList{QStringLiteral("switchboard")} + arguments;
}

// The options a help text lists as its own rows ("  --role-arn <arn>  ...").
QSet<QString> optionRows(const QString& help)
{
    static const QRegularExpression row(QStringLiteral("^  (?:-[a-z], )?--([a-z-]+)"),
                                        QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (auto it = row.globalMatch(help); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QSet<QString> optionsOf(const CommandDefinition& command)
{
    QSet<QString> names;
    for (const OptionUse& use : command.options)
        names << use.name;
    return names;
}

// An option of another command that this one does not take.
QString foreignOption(const CommandCatalog& catalog, const CommandDefinition& command)
{
    for (const CommandDefinition& other : catalog.commands())
        for (const OptionUse& use : other.options)
            if (!command.uses(use.name) && !catalog.isGlobal(use.name))
                return use.name;
    return {};
}

struct Shell
{
    int exitCode = -1;
    QString out;
    QString err;
};

Shell runBash(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess bash;
    bash.start(QStringLiteral("bash"), arguments);
    bash.write(input);
    bash.closeWriteChannel();
    if (!bash.waitForFinished(30000))
        return {};
    return {bash.exitCode(), QString::fromUtf8(bash.readAllStandardOutput()),
            QString::fromUtf8(bash.readAllStandardError())};
}

// What the completion script offers for a command line typed so far.
QStringList completions(const QString& script, const QStringList& words)
{
    QStringList quoted;
    for (const QString& word : words)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    const QString driver = script + QStringLiteral("\nCOMP_WORDS=(switchboard %1)\n"
                                                   "COMP_CWORD=%2\n_switchboard\n"
                                                   "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                        .arg(quoted.join(QLatin1Char(' ')))
                                        .arg(words.size());
    const Shell shell = runBash({QStringLiteral("-s")}, driver.toUtf8());
    if (shell.exitCode != 0)
        return {QStringLiteral("bash failed: ") + shell.err};
    return shell.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestCommandCatalog : public QObject
{
    Q_OBJECT

private:
    CommandCatalog catalog;

private slots:
    void everyOptionACommandUsesIsDefinedOnce()
    {
        QSet<QString> names;
        for (const CommandDefinition& command : catalog.commands()) {
            QVERIFY2(!names.contains(command.name()), qPrintable(command.name()));
            names << command.name();
            QSet<QString> used;
            for (const OptionUse& use : command.options) {
                QVERIFY2(catalog.option(use.name), qPrintable(command.name() + u' ' + use.name));
                QVERIFY2(!catalog.isGlobal(use.name), qPrintable(use.name));
                QVERIFY2(!used.contains(use.name), qPrintable(command.name() + u' ' + use.name));
                used << use.name;
            }
        }
        QVERIFY(catalog.command({QStringLiteral("sts"), QStringLiteral("assume-role")}));
        QVERIFY(catalog.command({}));
        QCOMPARE(catalog.nextWords({QStringLiteral("iam")}),
                 (QStringList{QStringLiteral("create-access-key"),
                              QStringLiteral("set-account-quota")}));
    }

    void eachCommandsHelpShowsItsOptionsOnly()
    {
        for (const CommandDefinition& command : catalog.commands()) {
            if (command.words.isEmpty())
                continue;
            CommandLine commandLine;
            QVERIFY(commandLine.parse(line(command.words + QStringList{QStringLiteral("--help")})));
            QVERIFY(commandLine.helpRequested());
            const QString help = commandLine.helpText();
            QVERIFY2(help.startsWith(QStringLiteral("Usage: switchboard ") + command.name()),
                     qPrintable(help));
            QVERIFY2(help.contains(command.summary), qPrintable(help));
            QCOMPARE(optionRows(help), optionsOf(command));
            for (const OptionUse& use : command.options)
                if (use.required)
                    QVERIFY2(CommandHelp::synopsis(catalog, command)
                                 .contains(QStringLiteral("--") + use.name),
                             qPrintable(command.name() + u' ' + use.name));
        }
        CommandLine assumeRole;
        QVERIFY(assumeRole.parse(
            line({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("-h")})));
        const QString help = assumeRole.helpText();
        QVERIFY2(help.contains(QRegularExpression(QStringLiteral(
                     "\\n  --role-arn <arn> +The role to assume\\. \\(required\\)"))),
                 qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("252 wrong arguments")));
    }

    void aGroupsHelpListsItsOperations()
    {
        CommandLine sts;
        QVERIFY(sts.parse(line({QStringLiteral("sts"), QStringLiteral("--help")})));
        const QString help = sts.helpText();
        for (const QString& operation : catalog.nextWords({QStringLiteral("sts")}))
            QVERIFY2(help.contains(QStringLiteral("\n  ") + operation), qPrintable(operation));
        QVERIFY(!help.contains(QStringLiteral("create-access-key")));
        QVERIFY(optionRows(help).isEmpty());
    }

    void programHelpListsCommandsGlobalOptionsAndExitCodes()
    {
        CommandLine commandLine;
        QVERIFY(commandLine.parse(line({QStringLiteral("--help")})));
        const QString help = commandLine.helpText();
        for (const CommandDefinition& command : catalog.commands())
            QVERIFY2(help.contains(QStringLiteral("\n  ") + command.name()),
                     qPrintable(command.name()));
        for (const QString& global :
             {QStringLiteral("directory"), QStringLiteral("secret-store"), QStringLiteral("lang"),
              QStringLiteral("clock-speed"), QStringLiteral("empty"), QStringLiteral("completion")})
            QVERIFY2(optionRows(help).contains(global), qPrintable(global));
        for (const CommandCatalog::ExitCodeText& code : catalog.exitCodes())
            QVERIFY2(help.contains(
                         QRegularExpression(QStringLiteral("\\n  %1 +%2\\n")
                                                .arg(code.code)
                                                .arg(QRegularExpression::escape(code.meaning)))),
                     qPrintable(code.meaning));
        QVERIFY(!optionRows(help).contains(QStringLiteral("role-arn")));
    }

    void anUnknownOptionIsNamedWithItsCommand()
    {
        for (const CommandDefinition& command : catalog.commands()) {
            CommandLine commandLine;
            QVERIFY(!commandLine.parse(
                line(command.words + QStringList{QStringLiteral("--no-such-option")})));
            const QString name =
                command.words.isEmpty() ? QStringLiteral("switchboard") : command.name();
            QCOMPARE(commandLine.errorText().section(QStringLiteral(" (see"), 0, 0),
                     QStringLiteral("switchboard: error: unknown option --no-such-option for '%1'")
                         .arg(name));
            QCOMPARE(commandLine.usageExit(), command.usageExit);
        }
    }

    void anotherCommandsOptionIsNamedAsMisplaced()
    {
        for (const CommandDefinition& command : catalog.commands()) {
            const QString foreign = foreignOption(catalog, command);
            QVERIFY(!foreign.isEmpty());
            QStringList arguments = command.words + QStringList{QStringLiteral("--") + foreign};
            if (catalog.option(foreign)->takesValue())
                arguments << QStringLiteral("x");
            CommandLine commandLine;
            QVERIFY2(!commandLine.parse(line(arguments)), qPrintable(arguments.join(u' ')));
            const QString name =
                command.words.isEmpty() ? QStringLiteral("switchboard") : command.name();
            QVERIFY2(commandLine.errorText().startsWith(
                         QStringLiteral("switchboard: error: option --%1 does not apply to '%2'; "
                                        "it is an option of ")
                             .arg(foreign, name)),
                     qPrintable(commandLine.errorText()));
            QVERIFY2(commandLine.errorText().contains(catalog.commandsTaking(foreign).first()),
                     qPrintable(commandLine.errorText()));
            QCOMPARE(commandLine.usageExit(), command.usageExit);
        }
    }

    void usageErrorsExitAsTheCommandDoes()
    {
        const auto exitOf = [](const QStringList& arguments) {
            CommandLine commandLine;
            return commandLine.parse(line(arguments)) ? -1 : commandLine.usageExit();
        };
        QCOMPARE(exitOf({QStringLiteral("sts"), QStringLiteral("assume-role"),
                         QStringLiteral("--bogus")}),
                 int(ExitCode::AwsUsage));
        QCOMPARE(exitOf({QStringLiteral("organizations"), QStringLiteral("list-roots"),
                         QStringLiteral("--json")}),
                 int(ExitCode::AwsUsage));
        // An unknown operation of an AWS-style group: still that group's code.
        QCOMPARE(exitOf({QStringLiteral("iam"), QStringLiteral("create-user"),
                         QStringLiteral("--bogus")}),
                 int(ExitCode::AwsUsage));
        QCOMPARE(
            exitOf({QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--bogus")}),
            int(ExitCode::Usage));
        QCOMPARE(exitOf({QStringLiteral("--lang")}), int(ExitCode::Usage)); // a value is missing
        QCOMPARE(
            exitOf({QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--json=yes")}),
            int(ExitCode::Usage));
    }

    void globalOptionsGoBeforeOrAfterTheCommand()
    {
        CommandLine before;
        QVERIFY2(before.parse(line({QStringLiteral("--directory"), QStringLiteral("d.sqlite"),
                                    QStringLiteral("--secret-store"), QStringLiteral("file"),
                                    QStringLiteral("--lang=de"), QStringLiteral("--clock-speed"),
                                    QStringLiteral("10"), QStringLiteral("--empty"),
                                    QStringLiteral("sts"), QStringLiteral("assume-role"),
                                    QStringLiteral("--role-arn"), QStringLiteral("arn:r"),
                                    QStringLiteral("--role-session-name"), QStringLiteral("s"),
                                    QStringLiteral("--duration-seconds"), QStringLiteral("-5")})),
                 qPrintable(before.errorText()));
        QCOMPARE(before.command(), QStringLiteral("sts"));
        QCOMPARE(before.commandArguments(), QStringList{QStringLiteral("assume-role")});
        QCOMPARE(before.definition()->name(), QStringLiteral("sts assume-role"));
        QCOMPARE(before.directoryPath(), QStringLiteral("d.sqlite"));
        QCOMPARE(before.value(QStringLiteral("secret-store")), QStringLiteral("file"));
        QCOMPARE(before.language(), QStringLiteral("de"));
        QCOMPARE(before.value(QStringLiteral("clock-speed")), QStringLiteral("10"));
        QVERIFY(before.emptyDirectory());
        QCOMPARE(before.value(QStringLiteral("role-arn")), QStringLiteral("arn:r"));
        // A value is the next argument, whatever it looks like.
        QCOMPARE(before.value(QStringLiteral("duration-seconds")), QStringLiteral("-5"));

        CommandLine after;
        QVERIFY(after.parse(
            line({QStringLiteral("list"), QStringLiteral("users"), QStringLiteral("--directory"),
                  QStringLiteral("e.sqlite"), QStringLiteral("--json")})));
        QCOMPARE(after.directoryPath(), QStringLiteral("e.sqlite"));
        QCOMPARE(after.commandArguments(), QStringList{QStringLiteral("users")});
        QVERIFY(after.json());
    }

    void aMissingRequiredOptionIsAUsageErrorOfItsCommand()
    {
        CommandLine missing;
        QVERIFY(!missing.parse(
            line({QStringLiteral("organizations"), QStringLiteral("attach-policy"),
                  QStringLiteral("--target-id"), QStringLiteral("ou-ab12-cdef3456")})));
        QCOMPARE(missing.errorText(),
                 QStringLiteral(
                     "switchboard: error: the following arguments are required: --policy-id"));
        QCOMPARE(missing.usageExit(), int(ExitCode::AwsUsage));

        CommandLine given;
        QVERIFY2(
            given.parse(line({QStringLiteral("organizations"), QStringLiteral("attach-policy"),
                              QStringLiteral("--policy-id=p-abcd1234"),
                              QStringLiteral("--target-id"), QStringLiteral("ou-ab12-cdef3456")})),
            qPrintable(given.errorText()));

        // Help says what would be right, whatever is missing.
        CommandLine help;
        QVERIFY(help.parse(line({QStringLiteral("organizations"), QStringLiteral("attach-policy"),
                                 QStringLiteral("--help")})));
        QVERIFY(help.helpText().contains(QStringLiteral("(required)")));
    }

    void theConsoleTakesItsOwnOptions()
    {
        CommandLine console;
        QVERIFY2(console.parse(line({QStringLiteral("--user"), QStringLiteral("111122223333/John"),
                                     QStringLiteral("--window"), QStringLiteral("simulator"),
                                     QStringLiteral("--action"), QStringLiteral("s3:GetObject"),
                                     QStringLiteral("--action"), QStringLiteral("s3:PutObject")})),
                 qPrintable(console.errorText()));
        QVERIFY(console.command().isEmpty());
        QCOMPARE(console.userName(), QStringLiteral("John"));
        QCOMPARE(console.userAccount(), QStringLiteral("111122223333"));
        QCOMPARE(console.values(QStringLiteral("action")),
                 (QStringList{QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject")}));
    }

    void execsCommandLineIsItsOwn()
    {
        CommandLine exec;
        QVERIFY2(exec.parse(line({QStringLiteral("exec"), QStringLiteral("--role-arn"),
                                  QStringLiteral("arn:r"), QStringLiteral("--"),
                                  QStringLiteral("aws"), QStringLiteral("--region"),
                                  QStringLiteral("eu-west-1"), QStringLiteral("--bogus")})),
                 qPrintable(exec.errorText()));
        QCOMPARE(exec.commandArguments(),
                 (QStringList{QStringLiteral("aws"), QStringLiteral("--region"),
                              QStringLiteral("eu-west-1"), QStringLiteral("--bogus")}));
        QVERIFY(!exec.isSet(QStringLiteral("region")));
    }

    void completionNamesEveryCommandAndOptionAndIsValidBash()
    {
        CommandLine commandLine;
        QVERIFY(commandLine.parse(line({QStringLiteral("--completion"), QStringLiteral("bash")})));
        const QString script = commandLine.completionScript();
        QVERIFY(script.contains(QStringLiteral("complete -F _switchboard switchboard")));
        for (const CommandDefinition& command : catalog.commands()) {
            if (!command.words.isEmpty())
                QVERIFY2(script.contains(QLatin1Char('"') + command.name() + QStringLiteral("\")")),
                         qPrintable(command.name()));
            for (const OptionUse& use : command.options)
                QVERIFY2(script.contains(QStringLiteral("--") + use.name + QLatin1Char(' ')) ||
                             script.contains(QStringLiteral("--") + use.name + QLatin1Char('"')),
                         qPrintable(use.name));
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("switchboard")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        const Shell syntax = runBash({QStringLiteral("-n"), file.fileName()});
        QVERIFY2(syntax.exitCode == 0, qPrintable(syntax.err));

        CommandLine zsh;
        QVERIFY(zsh.parse(line({QStringLiteral("--completion"), QStringLiteral("zsh")})));
        QVERIFY(zsh.completionScript().isEmpty());
    }

    void completionOffersWhatTheCommandTakes()
    {
        CommandLine commandLine;
        QVERIFY(commandLine.parse(line({QStringLiteral("--completion"), QStringLiteral("bash")})));
        const QString script = commandLine.completionScript();
        const QStringList roleOptions = completions(
            script, {QStringLiteral("--directory"), QStringLiteral("d.sqlite"),
                     QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--r")});
        QCOMPARE(roleOptions,
                 (QStringList{QStringLiteral("--role-arn"), QStringLiteral("--role-session-name"),
                              QStringLiteral("--root")}));
        QCOMPARE(completions(script, {QStringLiteral("or")}),
                 QStringList{QStringLiteral("organizations")});
        QCOMPARE(completions(script, {QStringLiteral("iam"), QStringLiteral("")}),
                 (QStringList{QStringLiteral("create-access-key"),
                              QStringLiteral("set-account-quota")}));
        QCOMPARE(completions(script, {QStringLiteral("list"), QStringLiteral("r")}),
                 QStringList{QStringLiteral("roles")});
        QCOMPARE(completions(script, {QStringLiteral("--lang"), QStringLiteral("")}),
                 (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
        QCOMPARE(
            completions(script, {QStringLiteral("organizations"), QStringLiteral("list-policies"),
                                 QStringLiteral("--filter"), QStringLiteral("S")}),
            QStringList{QStringLiteral("SERVICE_CONTROL_POLICY")});
        // After exec's "--" comes the command it runs.
        QCOMPARE(completions(script,
                             {QStringLiteral("exec"), QStringLiteral("--role-arn"),
                              QStringLiteral("arn:r"), QStringLiteral("--"), QStringLiteral("bas")})
                     .count(QStringLiteral("bash")),
                 1);
        // An ARN has nothing to offer; list's options are not sts's.
        QCOMPARE(completions(script, {QStringLiteral("sts"), QStringLiteral("assume-role"),
                                      QStringLiteral("--role-arn"), QStringLiteral("")}),
                 QStringList{});
        QCOMPARE(completions(script, {QStringLiteral("list"), QStringLiteral("users"),
                                      QStringLiteral("--role")}),
                 QStringList{});
        // A read is a caller's: list takes the caller's options.
        QCOMPARE(completions(script, {QStringLiteral("list"), QStringLiteral("users"),
                                      QStringLiteral("--r")}),
                 QStringList{QStringLiteral("--root")});
    }

    // Every command that reads the directory signs its caller in as the
    // writing commands do, with the MFA code for a caller who has a device.
    void theReadingCommandsTakeTheCallersOptions()
    {
        const CommandCatalog catalog;
        for (const QString& name :
             {QStringLiteral("list"), QStringLiteral("export authz-details"),
              QStringLiteral("simulate"), QStringLiteral("audit verify"),
              QStringLiteral("audit checkpoints"), QStringLiteral("audit who-can"),
              QStringLiteral("audit findings")}) {
            const CommandDefinition* command = catalog.command(name.split(QLatin1Char(' ')));
            QVERIFY2(command, qPrintable(name));
            for (const QString& option : {QStringLiteral("user"), QStringLiteral("root"),
                                          QStringLiteral("email"), QStringLiteral("password-stdin"),
                                          QStringLiteral("account"), QStringLiteral("token-code")})
                QVERIFY2(command->uses(option), qPrintable(name + QStringLiteral(" --") + option));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandCatalog)
#include "tst_commandcatalog.moc"
