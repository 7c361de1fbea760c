#pragma once

#include "iam/result.h"
#include "interop/authzdetails.h"
#include "policy/policydocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads one `aws iam get-account-authorization-details` file (spec §9) as
// real files are: documents as objects or URL-encoded strings, three date
// styles, an object where a list belongs, optional fields missing. Every
// policy document is checked against the policy grammar here, so that an
// error names the file, the JSON path and the problem (MalformedImportFile).
class AuthzDetailsParser
{
    Q_DECLARE_TR_FUNCTIONS(AuthzDetailsParser)

public:
    static Result<AuthzDetails> parse(const QByteArray& json, const QString& fileName);

    // "FILE: PATH: PROBLEM" as a MalformedImportFile error.
    static IamError malformed(const QString& fileName, const QString& path, const QString& problem);
    static QString errorCode();

private:
    explicit AuthzDetailsParser(QString fileName);

    Result<AuthzDetails::UserEntry> user(const QJsonValue& value, const QString& path) const;
    Result<AuthzDetails::GroupEntry> group(const QJsonValue& value, const QString& path) const;
    Result<AuthzDetails::RoleEntry> role(const QJsonValue& value, const QString& path) const;
    Result<AuthzDetails::PolicyEntry> policy(const QJsonValue& value, const QString& path) const;
    Result<QList<PolicyVersion>> versions(const QJsonObject& object, const QString& path) const;
    Result<AuthzDetails::Links> links(const QJsonObject& object, const QString& path,
                                      const QString& inlineKey) const;
    Result<TagList> tags(const QJsonObject& object, const QString& path) const;

    // Building blocks: each answers with an error that says where.
    Result<QJsonObject> object(const QJsonValue& value, const QString& path) const;
    // A list; a lone object counts as a list of one, a missing value as empty.
    Result<QJsonArray> list(const QJsonObject& parent, const QString& key,
                            const QString& path) const;
    Result<QString> string(const QJsonObject& parent, const QString& key, const QString& path,
                           bool required) const;
    Result<QDateTime> date(const QJsonObject& parent, const QString& key,
                           const QString& path) const;
    Result<QString> document(const QJsonObject& parent, const QString& key, const QString& path,
                             PolicyKind kind) const;
    IamError error(const QString& path, const QString& problem) const;

    QString m_file;
};
