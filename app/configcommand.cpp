#include "configcommand.h"

#include "admin/directoryadmin.h"
#include "commandline.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "interop/awsconfigexporter.h"

#include <QSaveFile>

ConfigCommand::ConfigCommand(Directory& directory, QTextStream& out, QTextStream& err)
    : m_directory(directory)
    , m_out(out)
    , m_err(err)
{}

int ConfigCommand::run(const CommandLine& commandLine)
{
    const QStringList arguments = commandLine.commandArguments();
    const QString operation = arguments.value(0);
    if (operation == QLatin1String("import")) {
        if (arguments.size() != 2)
            return usage(tr("config import needs one FILE"));
        return runImport(commandLine, arguments.at(1));
    }
    if (operation == QLatin1String("export")) {
        if (arguments.size() > 1)
            return usage(tr("config export takes no FILE; write to one with --output"));
        return runExport(commandLine);
    }
    return usage(tr("config needs an operation: config import FILE or config export"));
}

int ConfigCommand::usage(const QString& problem)
{
    m_err << tr("switchboard: %1 (see --help)").arg(problem) << Qt::endl;
    return UsageError;
}

int ConfigCommand::runImport(const CommandLine& commandLine, const QString& file)
{
    const QString userName = commandLine.userName();
    if (userName.isEmpty())
        return usage(tr("config import needs --user NAME: saved roles are a user's own"));
    // The console's sign-in: the same lockout and audit trail as the window.
    ConsoleSession session(&m_directory, Clock::system());
    if (auto signedIn = HeadlessSignIn::signIn(session, m_directory, commandLine); !signedIn) {
        // No password given: a usage error, as before the sign-in was tried.
        if (signedIn.error().code() == QLatin1String("ValidationError"))
            return usage(signedIn.error().message());
        m_err << signedIn.error().toString() << Qt::endl;
        return Failed;
    }
    const auto [summary, recorded] = DirectoryAdmin(&session, &m_directory).importSavedRoles(file);
    session.signOut();
    if (!recorded) {
        m_err << recorded.error().toString() << Qt::endl;
        m_err << tr("Nothing was imported.") << Qt::endl;
        return Failed;
    }
    if (!summary) {
        m_err << summary.error().message() << Qt::endl;
        m_err << tr("Nothing was imported.") << Qt::endl;
        return Failed;
    }
    for (const QString& warning : summary->warnings)
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    m_out << tr("Saved roles imported for %1: %2; warnings: %3.")
                 .arg(userName)
                 .arg(summary->bookmarks.size())
                 .arg(summary->warnings.size())
          << Qt::endl;
    return Done;
}

int ConfigCommand::runExport(const CommandLine& commandLine)
{
    AwsConfigExporter::Options options;
    options.accountId = commandLine.account();
    options.userName = commandLine.userName();
    if (const QString region = commandLine.value(QStringLiteral("region")); !region.isEmpty())
        options.region = region;
    options.endpointUrl = commandLine.value(QStringLiteral("endpoint-url"));
    const auto text = AwsConfigExporter(m_directory).exportText(options);
    if (!text) {
        m_err << text.error().message() << Qt::endl;
        return Failed;
    }
    const QString output = commandLine.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        m_out << text.value();
        m_out.flush();
        return Done;
    }
    QSaveFile file(output);
    const QByteArray bytes = text->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_err << tr("switchboard: cannot write %1: %2").arg(output, file.errorString()) << Qt::endl;
        return Failed;
    }
    return Done;
}
