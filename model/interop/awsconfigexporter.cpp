#include "interop/awsconfigexporter.h"

#include "directory/directory.h"
#include "iam/arn.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace {
QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

AwsConfigExporter::AwsConfigExporter(const Directory& directory)
    : m_directory(directory)
{}

QString AwsConfigExporter::shellQuote(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString AwsConfigExporter::profileName(const QString& roleName, const QString& accountDisplayName)
{
    return roleName + QLatin1Char('@') + accountDisplayName;
}

Result<QString> AwsConfigExporter::userAccount(const Options& options,
                                               const QString& exportedAccount) const
{
    if (!options.userAccountId.isEmpty()) {
        const auto account = m_directory.findAccount(options.userAccountId);
        if (!account || !m_directory.user(account->id, options.userName))
            return IamError::noSuchEntity(tr("The user with name %1 cannot be found in account %2.")
                                              .arg(options.userName, options.userAccountId));
        return account->id;
    }
    QStringList found;
    for (const Account& account : m_directory.accounts())
        if (m_directory.user(account.id, options.userName))
            found << account.id;
    if (found.size() > 1 && found.contains(exportedAccount))
        return exportedAccount;
    if (found.isEmpty())
        return IamError::noSuchEntity(
            tr("The user with name %1 cannot be found.").arg(options.userName));
    if (found.size() > 1)
        return IamError::validation(tr("The user name %1 is in the accounts %2; say which.")
                                        .arg(options.userName, found.join(QLatin1String(", "))));
    return found.first();
}

Result<QString> AwsConfigExporter::exportText(const Options& options) const
{
    QList<Account> accounts;
    if (options.accountId.isEmpty()) {
        accounts = m_directory.accounts();
    } else if (const auto account = m_directory.findAccount(options.accountId)) {
        accounts << *account;
    } else {
        return IamError::noSuchEntity(
            tr("There is no account %1 in this directory.").arg(options.accountId));
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z0-9-]+$"));
    if (!regionPattern.match(options.region).hasMatch())
        return IamError::validation(
            tr("The region \"%1\" is not a region name such as us-east-1.").arg(options.region));
    if (!options.endpointUrl.isEmpty()) {
        const QUrl url(options.endpointUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            options.endpointUrl.contains(QLatin1Char('\n')))
            return IamError::validation(tr("The endpoint URL \"%1\" is not an http or https URL.")
                                            .arg(options.endpointUrl));
    }
    const QString directoryPath =
        options.directoryPath.isEmpty() ? m_directory.filePath() : options.directoryPath;
    QStringList global{options.program};
    if (absolute(directoryPath) != absolute(Directory::defaultFilePath())) {
        if (directoryPath == QLatin1String(":memory:"))
            return IamError::validation(
                tr("An in-memory directory cannot be opened by credential_process."));
        global << QStringLiteral("--directory") << absolute(directoryPath);
    }
    for (const QString& word : std::as_const(global))
        if (word.contains(QLatin1Char('\n')) || word.contains(QLatin1Char('\r')))
            return IamError::validation(
                tr("\"%1\" has a line break, which an AWS config file cannot hold.").arg(word));

    QString out =
        QStringLiteral("# Roles of a Switchboard directory as AWS CLI profiles. Credentials come\n"
                       "# from Switchboard (credential_process) each time; none are stored here.\n"
                       "# aws_account_id and role_name are for aws-extend-switch-roles and for\n"
                       "# switchboard config import.\n");
    for (const Account& account : std::as_const(accounts)) {
        QStringList user;
        if (!options.userName.isEmpty()) {
            const auto userAccountId = userAccount(options, account.id);
            if (!userAccountId)
                return userAccountId.error();
            user << QStringLiteral("--user") << options.userName << QStringLiteral("--account")
                 << userAccountId.value();
        }
        for (const Role& role : m_directory.roles(account.id)) {
            const QString arn = Arn::role(account.id, role.path, role.name).toString();
            QStringList words = global;
            words << QStringLiteral("credential-process") << QStringLiteral("--role-arn") << arn
                  << user;
            QStringList quoted;
            for (const QString& word : std::as_const(words))
                quoted << shellQuote(word);
            out += QStringLiteral("\n[profile %1]\n")
                       .arg(profileName(role.name, account.displayName()));
            out += QStringLiteral("credential_process = %1\n").arg(quoted.join(QLatin1Char(' ')));
            out += QStringLiteral("region = %1\n").arg(options.region);
            if (!options.endpointUrl.isEmpty())
                out += QStringLiteral("endpoint_url = %1\n").arg(options.endpointUrl);
            out += QStringLiteral("aws_account_id = %1\n").arg(account.id);
            out += QStringLiteral("role_name = %1\n").arg(role.path.mid(1) + role.name);
        }
    }
    return out;
}
