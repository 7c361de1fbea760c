#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

class CommandLine;
class ConsoleSession;
class Directory;
struct Account;

// `switchboard list users|groups|roles|policies [--account ID] [--json]
// --user [ACCOUNT/]NAME|--root`: one account's entities (--account, by
// default the caller's), read as the console's navigator reads them:
// authorized as iam:ListUsers, ListGroups, ListRoles or ListPolicies for the
// signed-in caller. Exit 0 listed, 1 not found or AccessDenied (nothing
// listed), 2 usage.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    ListCommand(const Directory& directory, const ConsoleSession& caller, QTextStream& out,
                QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    QList<QJsonObject> users(const Account& account) const;
    QList<QJsonObject> groups(const Account& account) const;
    QList<QJsonObject> roles(const Account& account) const;
    QList<QJsonObject> policies(const Account& account) const;
    void printTable(const QList<QJsonObject>& rows, const QString& extraKey);

    const Directory& m_directory;
    const ConsoleSession& m_caller;
    QTextStream& m_out;
    QTextStream& m_err;
};
