#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

class CommandLine;
class Directory;
struct Account;

// `switchboard list users|groups|roles|policies [--account ID] [--json]`
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    ListCommand(Directory& directory, QTextStream& out, QTextStream& err);
    int run(const CommandLine& commandLine);

private:
    QList<QJsonObject> users(const Account& account) const;
    QList<QJsonObject> groups(const Account& account) const;
    QList<QJsonObject> roles(const Account& account) const;
    QList<QJsonObject> policies(const Account& account) const;
    void printTable(const QList<QJsonObject>& rows, const QString& extraKey);

    Directory& m_directory;
    QTextStream& m_out;
    QTextStream& m_err;
};
