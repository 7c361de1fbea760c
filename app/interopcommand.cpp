#include "interopcommand.h"

#include "admin/directoryadmin.h"
#include "commandline.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/clock.h"
#include "interop/authzdetailsexporter.h"
#include "interop/authzdetailsimporter.h"
#include "interop/organizationaccessrole.h"

#include <QFile>
#include <QSaveFile>

namespace {
const QString format = QStringLiteral("authz-details");
}

InteropCommand::InteropCommand(Directory& directory, QTextStream& out, QTextStream& err)
    : m_directory(directory)
    , m_out(out)
    , m_err(err)
{}

int InteropCommand::run(const CommandLine& commandLine, const ConsoleSession* reader)
{
    const QString command = commandLine.command();
    const QStringList arguments = commandLine.commandArguments();
    if (arguments.value(0) != format)
        return usage(tr("%1 needs a format: %1 %2").arg(command, format));
    if (command == QLatin1String("import")) {
        if (arguments.size() < 2)
            return usage(tr("import %1 needs at least one FILE").arg(format));
        return runImport(commandLine, arguments.mid(1));
    }
    if (arguments.size() > 1)
        return usage(tr("export %1 takes no FILE; write to one with --output").arg(format));
    return runExport(commandLine, reader);
}

int InteropCommand::usage(const QString& problem)
{
    m_err << tr("switchboard: %1 (see --help)").arg(problem) << Qt::endl;
    return UsageError;
}

int InteropCommand::runImport(const CommandLine& commandLine, const QStringList& files)
{
    AuthzDetailsImporter::Options options;
    options.accountId = commandLine.account();
    options.replace = commandLine.isSet(QStringLiteral("replace"));
    if (commandLine.isSet(QStringLiteral("access-role"))) {
        const auto access =
            OrganizationAccessRole::parseAccess(commandLine.value(QStringLiteral("access-role")));
        if (!access)
            return usage(access.error().message());
        options.accessRole = access.value();
    }
    // The first import into an empty directory founds it: there is nobody to sign in yet.
    const bool needsCaller = !m_directory.isEmpty();
    if (needsCaller && !HeadlessSignIn::namesCaller(commandLine))
        return usage(tr("import into a directory that has accounts is authorized as a caller: "
                        "give --user [ACCOUNT/]NAME or --root, and the password "
                        "(--password-stdin or SWITCHBOARD_PASSWORD)"));
    const auto sources = AuthzDetailsImporter::readFiles(files);
    if (!sources) {
        m_err << sources.error().toString() << Qt::endl;
        m_err << tr("Nothing was imported.") << Qt::endl;
        return Failed;
    }
    // The console's sign-in and the console's editor: the same authorization,
    // lockout and audit trail as File → Import.
    ConsoleSession session(&m_directory, Clock::system());
    if (needsCaller)
        if (auto signedIn = HeadlessSignIn::signInCaller(session, m_directory, commandLine);
            !signedIn) {
            m_err << signedIn.error().toString() << Qt::endl;
            m_err << tr("Nothing was imported.") << Qt::endl;
            return Failed;
        }
    DirectoryAdmin admin(&session, &m_directory);
    // The first account's root user, the way into the new organization.
    NewRootUser firstRoot;
    if (!needsCaller) {
        firstRoot.email = commandLine.email();
        firstRoot.password = qEnvironmentVariable("SWITCHBOARD_ROOT_PASSWORD");
    }
    const auto summary = admin.importAuthzDetails(sources.value(), options, firstRoot);
    session.signOut();
    if (!summary) {
        m_err << summary.error().toString() << Qt::endl;
        m_err << tr("Nothing was imported.") << Qt::endl;
        return Failed;
    }
    for (const QString& warning : summary->warnings)
        m_err << tr("warning: %1").arg(warning) << Qt::endl;
    m_out << tr("Imported into account %1: %2 users, %3 groups, %4 roles, %5 policies, %6 AWS "
                "managed policies.")
                 .arg(summary->accountId)
                 .arg(summary->users)
                 .arg(summary->groups)
                 .arg(summary->roles)
                 .arg(summary->policies)
                 .arg(summary->awsManagedPolicies)
          << Qt::endl;
    if (!summary->accessRoleArn.isEmpty())
        m_out << tr("Added %1, trusting the management account %2: switch role into it to "
                    "look at the account.")
                     .arg(summary->accessRoleArn, m_directory.managementAccountId())
              << Qt::endl;
    if (!summary->generatedRootPassword.isEmpty())
        m_err << tr("root sign-in: %1 / %2 (shown once)")
                     .arg(summary->rootEmail, summary->generatedRootPassword)
              << Qt::endl;
    else if (!needsCaller && summary->rootEmail.isEmpty())
        m_err << tr("warning: account %1 has no root user; import with --email ADDRESS to give "
                    "it one, the way to sign in to the new organization.")
                     .arg(summary->accountId)
              << Qt::endl;
    return Done;
}

int InteropCommand::runExport(const CommandLine& commandLine, const ConsoleSession* reader)
{
    if (!reader) {
        m_err << HeadlessSignIn::callerRequired(commandLine.command()) << Qt::endl;
        return UsageError;
    }
    const auto target = HeadlessSignIn::targetAccount(*reader, m_directory, commandLine);
    if (!target) {
        m_err << target.error().toString() << Qt::endl;
        return Failed;
    }
    const QString accountId = target.value();
    if (auto allowed = HeadlessSignIn::authorize(
            *reader, ConsoleAction::getAccountAuthorizationDetails(accountId));
        !allowed) {
        m_err << allowed.error().toString() << Qt::endl;
        return Failed;
    }
    const auto json = AuthzDetailsExporter(m_directory).exportJson(accountId);
    if (!json) {
        m_err << json.error().toString() << Qt::endl;
        return Failed;
    }
    const QString output = commandLine.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        m_out << QString::fromUtf8(json.value());
        m_out.flush();
        return Done;
    }
    // Written whole or not at all: an interrupted export never leaves half a file.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() ||
        !file.commit()) {
        m_err << tr("switchboard: cannot write %1: %2").arg(output, file.errorString()) << Qt::endl;
        return Failed;
    }
    m_err << tr("Exported account %1 to %2.").arg(accountId, output) << Qt::endl;
    return Done;
}
