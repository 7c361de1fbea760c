#include "listcommand.h"

#include "commandline.h"
#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "exitcode.h"
#include "headlesssignin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonObject entity(const QString& name, const QString& arn, const QString& id, const QString& path,
                   const QString& accountId, const QDateTime& created)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("arn"), arn},
            {QStringLiteral("id"), id},
            {QStringLiteral("path"), path},
            {QStringLiteral("account"), accountId},
            {QStringLiteral("createDate"), created.toUTC().toString(Qt::ISODate)}};
}

QJsonArray tagsJson(const TagList& tags)
{
    QJsonArray out;
    for (const Tag& t : tags)
        out.append(QJsonObject{{QStringLiteral("Key"), t.key}, {QStringLiteral("Value"), t.value}});
    return out;
}
QJsonObject policyJson(const ManagedPolicy& p)
{
    QJsonObject o = entity(p.name, p.arn, p.policyId, p.path, p.accountId, p.createDate);
    o.insert(QStringLiteral("awsManaged"), p.isAwsManaged());
    o.insert(QStringLiteral("defaultVersionId"), p.defaultVersionId);
    o.insert(QStringLiteral("attachmentCount"), p.attachmentCount);
    return o;
}
} // namespace

ListCommand::ListCommand(const Directory& directory, const ConsoleSession& caller, QTextStream& out,
                         QTextStream& err)
    : m_directory(directory)
    , m_caller(caller)
    , m_out(out)
    , m_err(err)
{}

QList<QJsonObject> ListCommand::users(const Account& account) const
{
    QList<QJsonObject> rows;
    for (const User& u : m_directory.users(account.id)) {
        QJsonObject o =
            entity(u.name, u.arn().toString(), u.userId, u.path, account.id, u.createDate);
        QJsonArray groups;
        for (const Group& g : m_directory.groupsForUser(account.id, u.name))
            groups.append(g.name);
        o.insert(QStringLiteral("groups"), groups);
        o.insert(QStringLiteral("tags"), tagsJson(u.tags));
        rows << o;
    }
    return rows;
}

QList<QJsonObject> ListCommand::groups(const Account& account) const
{
    QList<QJsonObject> rows;
    for (const Group& g : m_directory.groups(account.id)) {
        QJsonObject o =
            entity(g.name, g.arn().toString(), g.groupId, g.path, account.id, g.createDate);
        QJsonArray members;
        for (const User& u : m_directory.usersInGroup(account.id, g.name))
            members.append(u.name);
        o.insert(QStringLiteral("members"), members);
        rows << o;
    }
    return rows;
}

QList<QJsonObject> ListCommand::roles(const Account& account) const
{
    QList<QJsonObject> rows;
    for (const Role& r : m_directory.roles(account.id)) {
        QJsonObject o =
            entity(r.name, r.arn().toString(), r.roleId, r.path, account.id, r.createDate);
        o.insert(QStringLiteral("description"), r.description);
        o.insert(QStringLiteral("trustPolicy"),
                 QJsonDocument::fromJson(r.trustPolicy.toUtf8()).object());
        o.insert(QStringLiteral("maxSessionDuration"), r.maxSessionDuration);
        o.insert(QStringLiteral("tags"), tagsJson(r.tags));
        rows << o;
    }
    return rows;
}

QList<QJsonObject> ListCommand::policies(const Account& account) const
{
    QList<QJsonObject> rows;
    for (const ManagedPolicy& p : m_directory.policies(account.id))
        rows << policyJson(p);
    return rows;
}

int ListCommand::run(const CommandLine& commandLine)
{
    const QStringList args = commandLine.commandArguments();
    const QStringList kinds{QStringLiteral("users"), QStringLiteral("groups"),
                            QStringLiteral("roles"), QStringLiteral("policies")};
    if (args.size() != 1 || !kinds.contains(args.first())) {
        m_err << tr("usage: switchboard list users|groups|roles|policies [--account ID] [--json] "
                    "(--user [ACCOUNT/]NAME | --root)")
              << Qt::endl;
        return ExitCode::Usage;
    }
    const QString kind = args.first();
    const EntityKind entityKind = kind == QLatin1String("users")    ? EntityKind::User
                                  : kind == QLatin1String("groups") ? EntityKind::Group
                                  : kind == QLatin1String("roles")  ? EntityKind::Role
                                                                    : EntityKind::Policy;

    const auto target = HeadlessSignIn::targetAccount(m_caller, m_directory, commandLine);
    const auto account = target ? m_directory.findAccount(target.value()) : std::nullopt;
    if (!account) {
        m_err << tr("NoSuchEntity: The account %1 is not in this directory.")
                     .arg(commandLine.account())
              << Qt::endl;
        return ExitCode::Failure;
    }
    // The navigator's list call: the same action, so the same answer as the console's.
    if (auto allowed =
            HeadlessSignIn::authorize(m_caller, ConsoleAction::list(entityKind, account->id));
        !allowed) {
        m_err << allowed.error().toString() << Qt::endl;
        return ExitCode::Failure;
    }

    QList<QJsonObject> rows;
    if (entityKind == EntityKind::User)
        rows << users(*account);
    else if (entityKind == EntityKind::Group)
        rows << groups(*account);
    else if (entityKind == EntityKind::Role)
        rows << roles(*account);
    else
        rows << policies(*account);
    if (kind == QLatin1String("policies"))
        for (const ManagedPolicy& p : m_directory.awsManagedPolicies())
            rows << policyJson(p);

    if (commandLine.json()) {
        QJsonArray array;
        for (const QJsonObject& o : rows)
            array.append(o);
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QString extra = kind == QLatin1String("users")    ? QStringLiteral("groups")
                          : kind == QLatin1String("groups") ? QStringLiteral("members")
                                                            : QString();
    printTable(rows, extra);
    return 0;
}

void ListCommand::printTable(const QList<QJsonObject>& rows, const QString& extraKey)
{
    qsizetype nameWidth = 4;
    qsizetype arnWidth = 3;
    for (const QJsonObject& o : rows) {
        nameWidth = std::max(nameWidth, o.value(QLatin1String("name")).toString().size());
        arnWidth = std::max(arnWidth, o.value(QLatin1String("arn")).toString().size());
    }
    m_out << tr("NAME").leftJustified(nameWidth + 2) << tr("ARN").leftJustified(arnWidth + 2)
          << (extraKey.isEmpty() ? QString() : extraKey.toUpper()) << '\n';
    for (const QJsonObject& o : rows) {
        QStringList extra;
        for (const QJsonValue& v : o.value(extraKey).toArray())
            extra << v.toString();
        m_out << o.value(QLatin1String("name")).toString().leftJustified(nameWidth + 2)
              << o.value(QLatin1String("arn")).toString().leftJustified(arnWidth + 2)
              << extra.join(QStringLiteral(", ")) << '\n';
    }
}
