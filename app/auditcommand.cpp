#include "auditcommand.h"

#include "audit/auditcheckpointfile.h"
#include "audit/auditqueries.h"
#include "audit/audittrailcheck.h"
#include "audit/audittrailseal.h"
#include "audit/findings.h"
#include "commandline.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "crypto/owneronlyfile.h"
#include "directory/directory.h"
#include "headlesssignin.h"
#include "iam/arn.h"
#include "iam/clock.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString joined(const QJsonValue& value, const QString& yes)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? yes : QString();
    if (value.isDouble())
        return QString::number(value.toInt());
    return value.toString();
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

AuditCommand::AuditCommand(Directory& directory, const ConsoleSession& caller, QTextStream& out,
                           QTextStream& err, SecretStore* secrets)
    : m_directory(directory)
    , m_caller(caller)
    , m_out(out)
    , m_err(err)
    , m_secrets(secrets)
{}

bool AuditCommand::needsSecretStore(const CommandLine& commandLine)
{
    const QString what = commandLine.commandArguments().value(0);
    return what == QLatin1String("verify") || what == QLatin1String("checkpoints");
}

int AuditCommand::run(const CommandLine& commandLine)
{
    const QString what = commandLine.commandArguments().value(0);
    const QStringList args = commandLine.commandArguments().mid(1);
    if (what == QLatin1String("verify") || what == QLatin1String("checkpoints")) {
        // Reading the trail is CloudTrail's event history, as in the Audit trail window.
        if (auto allowed = HeadlessSignIn::authorize(m_caller, ConsoleAction::lookupEvents());
            !allowed)
            return denied(allowed.error());
        return what == QLatin1String("verify") ? verify(commandLine) : checkpoints(commandLine);
    }
    using Query = int (AuditCommand::*)(const QStringList&, const CommandLine&);
    static const QList<std::pair<QString, Query>> queries = {
        {QStringLiteral("members"), &AuditCommand::members},
        {QStringLiteral("groups"), &AuditCommand::groups},
        {QStringLiteral("who-can"), &AuditCommand::whoCan},
        {QStringLiteral("who-can-assume"), &AuditCommand::whoCanAssume},
        {QStringLiteral("reach"), &AuditCommand::reach},
        {QStringLiteral("findings"), &AuditCommand::findings},
    };
    for (const auto& [name, query] : queries) {
        if (name != what)
            continue;
        int exitCode = 0;
        const auto accountId = queryAccount(args, commandLine, exitCode);
        if (!accountId)
            return exitCode;
        // The account's whole authorization picture is what every query reads.
        if (auto allowed = HeadlessSignIn::authorize(
                m_caller, ConsoleAction::getAccountAuthorizationDetails(*accountId));
            !allowed)
            return denied(allowed.error());
        m_accountId = *accountId;
        return (this->*query)(args, commandLine);
    }
    return usage(tr("switchboard: audit: unknown query '%1'; known: verify, checkpoints, "
                    "members, groups, who-can, who-can-assume, reach, findings")
                     .arg(what));
}

std::optional<QString> AuditCommand::queryAccount(const QStringList& args,
                                                  const CommandLine& commandLine, int& exitCode)
{
    if (!commandLine.account().isEmpty()) {
        const auto found = account(commandLine, exitCode);
        return found ? std::optional<QString>(found->id) : std::nullopt;
    }
    // An ARN names its account (no query's first argument is another kind of ARN).
    if (const auto arn = Arn::parse(args.value(0)); arn && !arn->account().isEmpty())
        return arn->account();
    return m_caller.identity().account.id;
}

int AuditCommand::denied(const IamError& error)
{
    m_err << error.toString() << Qt::endl;
    return DeniedExit;
}

int AuditCommand::usage(const QString& text)
{
    m_err << text << Qt::endl;
    return UsageExit;
}

AuditTrailCheck
AuditCommand::finish(AuditTrailSeal& seal,
                     const std::function<void(std::function<void(AuditTrailCheck)>)>& start)
{
    std::optional<AuditTrailCheck> result;
    QEventLoop loop;
    start([&](AuditTrailCheck check) {
        result = check;
        loop.quit();
    });
    if (!result)
        loop.exec();
    // A head the check caught up is written before the command exits.
    while (!seal.isIdle())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return *result;
}

void AuditCommand::report(const AuditTrailCheck& check, bool json)
{
    if (json) {
        QJsonObject answer{
            {QStringLiteral("events"), double(check.events)},
            {QStringLiteral("intact"),
             !check.isTampered() && check.state != AuditTrailCheck::State::Unavailable},
            {QStringLiteral("state"), check.stateName()},
            {QStringLiteral("message"), check.message()}};
        if (check.state == AuditTrailCheck::State::ChainBroken)
            answer.insert(QStringLiteral("firstBrokenSequence"), double(check.position));
        if (check.vouched > 0)
            answer.insert(QStringLiteral("recordedEvents"), double(check.vouched));
        m_out << QJsonDocument(answer).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << check.message() << Qt::endl;
    }
}

int AuditCommand::verify(const CommandLine& commandLine)
{
    const bool json = commandLine.json();
    const QString checkpointFile = commandLine.value(QStringLiteral("checkpoints"));
    if (!m_secrets) {
        // The chain alone: it cannot show a cut trail, and says so.
        AuditTrailCheck chain;
        chain.events = m_directory.auditEventCount();
        if (const auto broken = m_directory.verifyAuditChain()) {
            chain.state = AuditTrailCheck::State::ChainBroken;
            chain.position = *broken;
            report(chain, json);
            return TamperedExit;
        }
        chain.state = AuditTrailCheck::State::Unavailable;
        chain.error = tr("no secret store was opened.");
        report(chain, json);
        return UnavailableExit;
    }
    AuditTrailSeal seal(&m_directory, m_secrets);
    AuditTrailCheck check = finish(seal, [&](auto done) { seal.check(std::move(done)); });
    if (!check.isTampered() && check.state != AuditTrailCheck::State::Unavailable &&
        !checkpointFile.isEmpty()) {
        QFile file(checkpointFile);
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("switchboard: audit verify: cannot read %1: %2")
                             .arg(checkpointFile, file.errorString()));
        const auto parsed = AuditCheckpointFile::parse(file.readAll());
        if (!parsed)
            return usage(tr("switchboard: audit verify: %1: %2")
                             .arg(checkpointFile, parsed.error().message()));
        const QList<AuditCheckpoint> list = parsed.value();
        check = finish(seal, [&](auto done) { seal.verifyCheckpoints(list, std::move(done)); });
    }
    report(check, json);
    if (check.isTampered())
        return TamperedExit;
    return check.state == AuditTrailCheck::State::Unavailable ? UnavailableExit : 0;
}

int AuditCommand::checkpoints(const CommandLine& commandLine)
{
    if (!m_secrets)
        return usage(tr("switchboard: audit checkpoints needs the secret store."));
    AuditTrailSeal seal(&m_directory, m_secrets);
    // Only a trail that verifies is vouched for; the head then follows the checkpoint's event.
    const AuditTrailCheck check = finish(seal, [&](auto done) { seal.start(std::move(done)); });
    if (check.isTampered() || check.state == AuditTrailCheck::State::Unavailable) {
        m_err << check.message() << Qt::endl;
        return check.isTampered() ? TamperedExit : UnavailableExit;
    }
    std::optional<Result<AuditCheckpoint>> recorded;
    finish(seal, [&](auto done) {
        seal.recordCheckpoint([&recorded, done](Result<AuditCheckpoint> r) {
            recorded.emplace(std::move(r));
            done({});
        });
    });
    if (!*recorded) {
        m_err << recorded->error().message() << Qt::endl;
        return UnavailableExit;
    }
    const QList<AuditCheckpoint> all = seal.checkpoints();
    const QString exportFile = commandLine.value(QStringLiteral("export"));
    if (!exportFile.isEmpty()) {
        if (auto written = OwnerOnlyFile::write(
                exportFile, AuditCheckpointFile::toJson(m_directory.directoryId(), all));
            !written) {
            m_err << written.error().message() << Qt::endl;
            return UsageExit;
        }
        m_out << (all.size() == 1
                      ? tr("1 checkpoint written to %1.").arg(exportFile)
                      : tr("%1 checkpoints written to %2.").arg(all.size()).arg(exportFile))
              << Qt::endl;
        return 0;
    }
    QJsonArray rows;
    for (const AuditCheckpoint& checkpoint : all)
        rows.append(checkpoint.toJson());
    print(rows, commandLine.json(),
          {{QStringLiteral("time"), tr("Time")},
           {QStringLiteral("eventCount"), tr("Events")},
           {QStringLiteral("headHash"), tr("Head hash")}});
    return 0;
}

int AuditCommand::members(const QStringList& args, const CommandLine& commandLine)
{
    if (args.size() != 1)
        return usage(tr("usage: switchboard audit members GROUP [--account ID] [--json]"));
    int exitCode = 0;
    const auto group = find(Lookup::Group, args.first(), exitCode);
    if (!group)
        return exitCode;
    print(usersJson(AuditQueries(&m_directory).members(group->accountId, group->name)),
          commandLine.json(),
          {{QStringLiteral("name"), tr("Name")}, {QStringLiteral("arn"), tr("ARN")}});
    return 0;
}

int AuditCommand::groups(const QStringList& args, const CommandLine& commandLine)
{
    if (args.size() != 1)
        return usage(tr("usage: switchboard audit groups USER [--account ID] [--json]"));
    int exitCode = 0;
    const auto user = find(Lookup::User, args.first(), exitCode);
    if (!user)
        return exitCode;
    print(groupsJson(AuditQueries(&m_directory).groups(user->accountId, user->name)),
          commandLine.json(),
          {{QStringLiteral("name"), tr("Name")}, {QStringLiteral("arn"), tr("ARN")}});
    return 0;
}

int AuditCommand::whoCan(const QStringList& args, const CommandLine& commandLine)
{
    if (args.isEmpty() || args.size() > 2)
        return usage(
            tr("usage: switchboard audit who-can ACTION [RESOURCE] [--account ID] [--json]"));
    const QString resource = args.value(1, QStringLiteral("*"));
    print(pathsJson(AuditQueries(&m_directory).whoCan(args.first(), resource, m_accountId)),
          commandLine.json(),
          {{QStringLiteral("principal"), tr("Principal")},
           {QStringLiteral("via"), tr("Via")},
           {QStringLiteral("policies"), tr("Allowed by")},
           {QStringLiteral("conditional"), tr("Conditional")}});
    return 0;
}

int AuditCommand::whoCanAssume(const QStringList& args, const CommandLine& commandLine)
{
    if (args.size() != 1)
        return usage(
            tr("usage: switchboard audit who-can-assume ROLE|ARN [--account ID] [--json]"));
    int exitCode = 0;
    const auto role = find(Lookup::Role, args.first(), exitCode);
    if (!role)
        return exitCode;
    print(grantsJson(AuditQueries(&m_directory).whoCanAssume(role->arn)), commandLine.json(),
          {{QStringLiteral("principal"), tr("Principal")},
           {QStringLiteral("requiresMfa"), tr("MFA")},
           {QStringLiteral("externalId"), tr("External ID")},
           {QStringLiteral("conditions"), tr("Other conditions")},
           {QStringLiteral("outsideDirectory"), tr("Outside")}});
    return 0;
}

int AuditCommand::reach(const QStringList& args, const CommandLine& commandLine)
{
    if (args.size() != 1)
        return usage(tr("usage: switchboard audit reach USER|ROLE|ARN [--account ID] [--json]"));
    int exitCode = 0;
    const auto principal = find(Lookup::UserOrRole, args.first(), exitCode);
    if (!principal)
        return exitCode;
    print(reachedJson(AuditQueries(&m_directory).reach(principal->arn)), commandLine.json(),
          {{QStringLiteral("role"), tr("Role")},
           {QStringLiteral("hops"), tr("Hops")},
           {QStringLiteral("path"), tr("Path")},
           {QStringLiteral("chained"), tr("Chained (1 h max)")},
           {QStringLiteral("conditional"), tr("Conditional")}});
    return 0;
}

int AuditCommand::findings(const QStringList& args, const CommandLine& commandLine)
{
    if (!args.isEmpty())
        return usage(tr("usage: switchboard audit findings [--account ID] [--json]"));
    const QStringList accountIds{m_accountId};
    const Clock* clock = m_directory.clock() ? m_directory.clock() : Clock::system();
    QJsonArray rows;
    for (const QString& accountId : std::as_const(accountIds))
        for (const Finding& finding : Findings::scan(m_directory, accountId, clock->now()))
            rows.append(QJsonObject{{QStringLiteral("account"), accountId},
                                    {QStringLiteral("severity"), finding.severity},
                                    {QStringLiteral("kind"), Findings::kindName(finding.kind)},
                                    {QStringLiteral("subject"), finding.subjectArn},
                                    {QStringLiteral("title"), finding.title},
                                    {QStringLiteral("detail"), finding.detail}});
    if (commandLine.json()) {
        print(rows, true, {});
        return 0;
    }
    // People read the severity as the Findings window names it.
    QJsonArray table;
    for (const QJsonValue& row : std::as_const(rows)) {
        QJsonObject shown = row.toObject();
        shown.insert(QStringLiteral("severity"),
                     Findings::severityName(shown.value(QStringLiteral("severity")).toInt()));
        table.append(shown);
    }
    print(table, false,
          {{QStringLiteral("severity"), tr("Severity")},
           {QStringLiteral("subject"), tr("Subject")},
           {QStringLiteral("title"), tr("Finding")},
           {QStringLiteral("detail"), tr("Details")}});
    return 0;
}

std::optional<Account> AuditCommand::account(const CommandLine& commandLine, int& exitCode)
{
    const auto found = m_directory.findAccount(commandLine.account());
    if (!found) {
        m_err << tr("NoSuchEntity: The account %1 is not in this directory.")
                     .arg(commandLine.account())
              << Qt::endl;
        exitCode = NotFoundExit;
    }
    return found;
}

std::optional<AuditCommand::Found> AuditCommand::findIn(Lookup lookup, const QString& accountId,
                                                        const QString& name)
{
    if (lookup == Lookup::User || lookup == Lookup::UserOrRole)
        if (const auto user = m_directory.user(accountId, name))
            return Found{accountId, user->name, user->arn().toString()};
    if (lookup == Lookup::Group)
        if (const auto group = m_directory.group(accountId, name))
            return Found{accountId, group->name, group->arn().toString()};
    if (lookup == Lookup::Role || lookup == Lookup::UserOrRole)
        if (const auto role = m_directory.role(accountId, name))
            return Found{accountId, role->name, role->arn().toString()};
    return std::nullopt;
}

std::optional<AuditCommand::Found> AuditCommand::findByArn(Lookup lookup, const QString& text)
{
    const auto arn = Arn::parse(text);
    if (!arn || arn->service() != QLatin1String("iam"))
        return std::nullopt;
    const QString type = arn->resourceType();
    const bool wanted =
        (type == QLatin1String("user") &&
         (lookup == Lookup::User || lookup == Lookup::UserOrRole)) ||
        (type == QLatin1String("group") && lookup == Lookup::Group) ||
        (type == QLatin1String("role") && (lookup == Lookup::Role || lookup == Lookup::UserOrRole));
    if (!wanted || arn->account() != m_accountId)
        return std::nullopt;
    auto found = findIn(lookup, arn->account(), arn->resourceName());
    // The name alone matches; the path in the ARN must too.
    if (found && found->arn != text)
        return std::nullopt;
    return found;
}

std::optional<AuditCommand::Found> AuditCommand::find(Lookup lookup, const QString& nameOrArn,
                                                      int& exitCode)
{
    exitCode = NotFoundExit;
    // Only in the account the query was authorized for.
    auto found = nameOrArn.startsWith(QLatin1String("arn:"))
                     ? findByArn(lookup, nameOrArn)
                     : findIn(lookup, m_accountId, nameOrArn);
    if (!found)
        m_err << tr("NoSuchEntity: %1 is not in this directory.").arg(nameOrArn) << Qt::endl;
    return found;
}

void AuditCommand::print(const QJsonArray& rows, bool json, const Columns& columns)
{
    const QString yes = tr("yes");
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    if (rows.isEmpty()) {
        m_out << tr("(none)") << Qt::endl;
        return;
    }
    QList<qsizetype> widths;
    QStringList headers;
    for (const auto& column : columns) {
        headers << column.second;
        qsizetype width = column.second.size();
        for (const QJsonValue& row : rows)
            width = std::max(width, joined(row.toObject().value(column.first), yes).size());
        widths << width;
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text +=
                i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        m_out << text.trimmed() << Qt::endl;
    };
    line(headers);
    for (const QJsonValue& row : rows) {
        QStringList cells;
        for (const auto& column : columns)
            cells << joined(row.toObject().value(column.first), yes);
        line(cells);
    }
}

QJsonArray AuditCommand::usersJson(const QList<User>& users)
{
    QJsonArray rows;
    for (const User& user : users)
        rows.append(QJsonObject{{QStringLiteral("name"), user.name},
                                {QStringLiteral("arn"), user.arn().toString()}});
    return rows;
}

QJsonArray AuditCommand::groupsJson(const QList<Group>& groups)
{
    QJsonArray rows;
    for (const Group& group : groups)
        rows.append(QJsonObject{{QStringLiteral("name"), group.name},
                                {QStringLiteral("arn"), group.arn().toString()}});
    return rows;
}

QJsonArray AuditCommand::pathsJson(const QList<AccessPath>& paths)
{
    QJsonArray rows;
    for (const AccessPath& path : paths)
        rows.append(QJsonObject{{QStringLiteral("principal"), path.principalArn},
                                {QStringLiteral("kind"), entityKindName(path.kind)},
                                {QStringLiteral("via"), strings(path.via)},
                                {QStringLiteral("policies"), strings(path.policies)},
                                {QStringLiteral("conditional"), path.conditional}});
    return rows;
}

QJsonArray AuditCommand::grantsJson(const QList<AssumeGrant>& grants)
{
    QJsonArray rows;
    for (const AssumeGrant& grant : grants)
        rows.append(QJsonObject{{QStringLiteral("principal"), grant.principalArn},
                                {QStringLiteral("kind"), entityKindName(grant.kind)},
                                {QStringLiteral("requiresMfa"), grant.requiresMfa},
                                {QStringLiteral("externalId"), grant.externalId},
                                {QStringLiteral("conditions"), strings(grant.conditions)},
                                {QStringLiteral("trustStatementSid"), grant.trustStatementSid},
                                {QStringLiteral("identityAllows"), grant.identityAllows},
                                {QStringLiteral("outsideDirectory"), grant.outsideDirectory}});
    return rows;
}

QJsonArray AuditCommand::reachedJson(const QList<ReachedRole>& roles)
{
    QJsonArray rows;
    for (const ReachedRole& role : roles)
        rows.append(QJsonObject{{QStringLiteral("role"), role.roleArn},
                                {QStringLiteral("path"), strings(role.path)},
                                {QStringLiteral("hops"), role.hops},
                                {QStringLiteral("chained"), role.chained},
                                {QStringLiteral("conditional"), role.conditional}});
    return rows;
}
