#pragma once

#include "directory/directory.h"
#include "iam/clock.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

#include <memory>

// Shared by the directory tests: asserting Results and building documents.

#include "common/resultassertions.h"

namespace DirectoryTest {

inline const QString prod = QStringLiteral("111122223333");
inline const QString dev = QStringLiteral("444455556666");

// An Allow policy whose size, whitespace not counted, is exactly size characters.
inline QString policyOfSize(int size, const QString& indent = {})
{
    const QString head =
        QStringLiteral("{") + indent +
        QStringLiteral("\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                       "\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::");
    const QString tail = QStringLiteral("\"}]}");
    const int fixed = int(head.size() - indent.size() + tail.size());
    return head + QString(size - fixed, QLatin1Char('x')) + tail;
}

// A trust policy (the account may assume the role) of exactly size characters, whitespace not
// counted.
inline QString trustPolicyOfSize(int size, const QString& indent = {})
{
    const QString head =
        QStringLiteral("{") + indent +
        QStringLiteral("\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                       "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                       "\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":"
                       "{\"sts:ExternalId\":\"");
    const QString tail = QStringLiteral("\"}}}]}");
    const int fixed = int(head.size() - indent.size() + tail.size());
    return head + QString(size - fixed, QLatin1Char('x')) + tail;
}

inline QString allowS3()
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Action\":\"s3:*\",\"Resource\":\"*\"}]}");
}

inline QString trustAccount(const QString& account)
{
    return QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          "\"Principal\":{\"AWS\":\"arn:aws:iam::%1:root\"},"
                          "\"Action\":\"sts:AssumeRole\"}]}")
        .arg(account);
}

inline Role role(const QString& account, const QString& name)
{
    Role r;
    r.accountId = account;
    r.name = name;
    r.trustPolicy = trustAccount(account);
    return r;
}

// Everything SQLite keeps for a file: the database and its write-ahead log.
inline QByteArray fileBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace DirectoryTest
