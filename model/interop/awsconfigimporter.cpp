#include "interop/awsconfigimporter.h"

#include "console/displaycolor.h"
#include "console/switchrolerequest.h"
#include "directory/directory.h"
#include "iam/arn.h"
#include "iam/namerules.h"
#include "interop/awsconfigparser.h"
#include "sts/stsservice.h"
#include "sts/trustconditions.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {
// The longest session any role may allow: the upper bound of duration_seconds.
constexpr int longestRoleSession = 43200;

QString warningAt(const AwsConfigFile& file, int line, const QString& message)
{
    return QStringLiteral("%1:%2: %3").arg(file.fileName).arg(line).arg(message);
}
} // namespace

AwsConfigImporter::AwsConfigImporter(Directory& directory)
    : m_directory(directory)
{}

Result<AwsConfigImporter::Summary> AwsConfigImporter::importFile(const QString& path,
                                                                 const QString& userArn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return IamError::validation(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return importText(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), userArn);
}

Result<AwsConfigImporter::Summary>
AwsConfigImporter::importText(const QString& text, const QString& fileName, const QString& userArn)
{
    const auto parsed = AwsConfigParser::parse(text, fileName);
    if (!parsed)
        return parsed.error();
    auto summary = read(parsed.value(), userArn);
    if (!summary)
        return summary;
    const auto saved = m_directory.runInTransaction([&]() -> Result<void> {
        for (const RoleBookmark& bookmark : std::as_const(summary->bookmarks))
            if (auto r = m_directory.saveRoleBookmark(bookmark); !r)
                return IamError(r.error().code(),
                                tr("%1: profile %2: %3")
                                    .arg(fileName, bookmark.profileName, r.error().message()),
                                r.error().httpStatus());
        return {};
    });
    if (!saved)
        return saved.error();
    return summary;
}

Result<AwsConfigImporter::Summary> AwsConfigImporter::read(const AwsConfigFile& file,
                                                           const QString& userArn) const
{
    Summary summary;
    for (const AwsConfigFile::Section& section : file.sections) {
        const bool looksLikeRole = section.has(QStringLiteral("role_arn")) ||
                                   section.has(QStringLiteral("aws_account_id"));
        if (section.kind == AwsConfigFile::Section::Other && looksLikeRole)
            summary.warnings << warningAt(file, section.line,
                                          tr("[%1] is not a profile for the AWS CLI and was "
                                             "skipped; write [profile %1]")
                                              .arg(section.header));
        if (section.kind != AwsConfigFile::Section::Profile)
            continue;
        auto bookmark = bookmarkOf(file, section, userArn, summary.warnings);
        if (!bookmark)
            return bookmark.error();
        if (bookmark->profileName.isEmpty())
            continue; // not a role profile
        summary.bookmarks.append(bookmark.value());
    }
    if (summary.bookmarks.isEmpty())
        summary.warnings << tr("%1: no profile names a role (role_arn, or aws_account_id and "
                               "role_name)")
                                .arg(file.fileName);
    return summary;
}

Result<RoleBookmark> AwsConfigImporter::bookmarkOf(const AwsConfigFile& file,
                                                   const AwsConfigFile::Section& profile,
                                                   const QString& userArn,
                                                   QStringList& warnings) const
{
    const auto error = [&](const QString& key, const QString& message) {
        return AwsConfigParser::lineError(file.fileName, profile.lineOf(key), message);
    };
    const QString roleArnKey = QStringLiteral("role_arn");
    const QString accountKey = QStringLiteral("aws_account_id");
    const QString roleNameKey = QStringLiteral("role_name");

    RoleBookmark b;
    if (profile.has(roleArnKey)) {
        const QString text = profile.value(roleArnKey);
        const auto arn = Arn::parse(text);
        if (!arn || arn->service() != QLatin1String("iam") ||
            arn->resourceType() != QLatin1String("role") || !NameRules::isAccountId(arn->account()))
            return error(roleArnKey, tr("role_arn \"%1\" is not a role ARN (arn:aws:iam::"
                                        "<12-digit account id>:role/<path><name>)")
                                         .arg(text));
        b.accountId = arn->account();
        b.accountInput = arn->account();
        b.roleName = arn->resource().mid(int(qstrlen("role/")));
    } else if (profile.has(accountKey) || profile.has(roleNameKey)) {
        if (!profile.has(accountKey) || !profile.has(roleNameKey))
            return error(
                profile.has(accountKey) ? accountKey : roleNameKey,
                tr("profile %1 needs both aws_account_id and role_name").arg(profile.name));
        const QString account = profile.value(accountKey);
        if (!NameRules::isAccountId(account) && !NameRules::validateAccountAlias(account))
            return error(accountKey, tr("aws_account_id \"%1\" is neither a 12-digit account id "
                                        "nor an account alias")
                                         .arg(account));
        b.accountInput = account;
        if (NameRules::isAccountId(account))
            b.accountId = account;
        else if (const auto known = m_directory.findAccount(account))
            b.accountId = known->id;
        QString role = profile.value(roleNameKey);
        if (role.startsWith(QLatin1Char('/')))
            role = role.mid(1);
        b.roleName = role;
    } else {
        return b; // no role: credentials, SSO or a source profile
    }
    const qsizetype slash = b.roleName.lastIndexOf(QLatin1Char('/'));
    const QString name = b.roleName.mid(slash + 1);
    const QString path = QLatin1Char('/') + b.roleName.left(slash + 1);
    const QString roleKey = profile.has(roleArnKey) ? roleArnKey : roleNameKey;
    if (auto r = NameRules::validateRoleName(name); !r)
        return error(
            roleKey,
            tr("the role name \"%1\" is not valid: %2").arg(b.roleName, r.error().message()));
    if (auto r = NameRules::validatePath(path); !r)
        return error(roleKey,
                     tr("the role path \"%1\" is not valid: %2").arg(path, r.error().message()));

    b.userArn = userArn;
    b.profileName = profile.name;
    b.displayName = profile.has(QStringLiteral("display_name"))
                        ? profile.value(QStringLiteral("display_name"))
                        : profile.name;
    const QString colorKey = QStringLiteral("color");
    b.color = SwitchRoleRequest().color;
    if (profile.has(colorKey)) {
        const auto color = DisplayColor::nearest(profile.value(colorKey));
        if (!color)
            return error(colorKey, tr("color \"%1\" is not a color; write a hex value such as "
                                      "ffaa22, or red, orange, yellow, green or blue")
                                       .arg(profile.value(colorKey)));
        b.color = color->id();
    }
    const QString durationKey = QStringLiteral("duration_seconds");
    if (profile.has(durationKey)) {
        bool ok = false;
        const int seconds = profile.value(durationKey).toInt(&ok);
        if (!ok)
            return error(durationKey, tr("duration_seconds \"%1\" is not a whole number of "
                                         "seconds")
                                          .arg(profile.value(durationKey)));
        if (auto r = StsService::assumeRoleDuration(seconds, longestRoleSession, false); !r)
            return error(durationKey, r.error().message());
        b.durationSeconds = seconds;
    }
    const QString sessionKey = QStringLiteral("role_session_name");
    b.sessionName = profile.value(sessionKey);
    if (!b.sessionName.isEmpty())
        if (auto r = StsService::checkRoleSessionName(b.sessionName); !r)
            return error(sessionKey, r.error().message());
    b.mfaSerial = profile.value(QStringLiteral("mfa_serial"));
    b.externalId = profile.value(QStringLiteral("external_id"));
    b.region = profile.value(QStringLiteral("region"));
    b.sourceProfile = profile.value(QStringLiteral("source_profile"));
    if (!b.externalId.isEmpty())
        warnings << warningAt(file, profile.lineOf(QStringLiteral("external_id")),
                              tr("profile %1 sets external_id, which the console cannot send "
                                 "when it switches; use the CLI for it")
                                  .arg(profile.name));
    checkSourceChain(file, profile, warnings);
    checkAgainstDirectory(file, profile, b, warnings);
    return b;
}

void AwsConfigImporter::checkSourceChain(const AwsConfigFile& file,
                                         const AwsConfigFile::Section& profile,
                                         QStringList& warnings) const
{
    const QString key = QStringLiteral("source_profile");
    QSet<QString> seen{profile.name};
    const AwsConfigFile::Section* current = &profile;
    while (current->has(key)) {
        const QString next = current->value(key);
        if (seen.contains(next)) {
            warnings << warningAt(file, current->lineOf(key),
                                  tr("the source_profile chain of profile %1 loops back to %2")
                                      .arg(profile.name, next));
            return;
        }
        seen.insert(next);
        const AwsConfigFile::Section* source = file.profile(next);
        if (!source) {
            warnings << warningAt(file, current->lineOf(key),
                                  tr("profile %1 has source_profile %2, which the file does not "
                                     "define")
                                      .arg(current->name, next));
            return;
        }
        current = source;
    }
}

void AwsConfigImporter::checkAgainstDirectory(const AwsConfigFile& file,
                                              const AwsConfigFile::Section& profile,
                                              const RoleBookmark& bookmark,
                                              QStringList& warnings) const
{
    const auto account = m_directory.findAccount(bookmark.accountInput);
    if (!account) {
        warnings << warningAt(file, profile.line,
                              tr("profile %1: this directory has no account %2, so the console "
                                 "cannot switch to it yet")
                                  .arg(profile.name, bookmark.accountInput));
        return;
    }
    // Found as the console's Switch Role finds it.
    const qsizetype slash = bookmark.roleName.lastIndexOf(QLatin1Char('/'));
    const QString name = bookmark.roleName.mid(slash + 1);
    const QString path = QLatin1Char('/') + bookmark.roleName.left(slash + 1);
    const auto role = m_directory.role(account->id, name);
    if (!role || (path != QLatin1String("/") && role->path != path)) {
        warnings << warningAt(file, profile.line,
                              tr("profile %1: account %2 has no role %3, so the console cannot "
                                 "switch to it yet")
                                  .arg(profile.name, account->id, bookmark.roleName));
        return;
    }
    if (TrustConditions::of(role->trustPolicy).requiresExternalId)
        warnings << warningAt(file, profile.line,
                              tr("profile %1: the trust policy of role %2 requires an ExternalId, "
                                 "which the console cannot send; switch to it with the CLI")
                                  .arg(profile.name, role->name));
}
