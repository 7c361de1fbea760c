#pragma once

#include "iam/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The parameters of one AWS Query request (spec §6): a form-encoded body
// `Action=...&Version=...&Name=value`, lists as `Name.member.N` and lists of
// structures as `Name.member.N.Field`. Values are decoded UTF-8; a parameter
// named twice, a malformed escape or bytes that are not UTF-8 make the whole
// request invalid, as AWS refuses them.
class QueryParameters
{
public:
    // Bodies larger than this are refused before they are parsed.
    static constexpr qsizetype MaxBodyBytes = 1024 * 1024;

    static Result<QueryParameters> parse(QByteArrayView formBody);

    QString action() const { return m_values.value(QStringLiteral("Action")); }
    QString version() const { return m_values.value(QStringLiteral("Version")); }
    bool contains(const QString& name) const { return m_values.contains(name); }
    // Empty when absent.
    QString value(const QString& name) const { return m_values.value(name); }
    std::optional<QString> optional(const QString& name) const;

    // AWS's "Member must not be null" ValidationError when absent. field is
    // the parameter as the service names it in messages (camel case).
    Result<QString> required(const QString& name) const;
    // A whole number in [min, max]; ValidationError naming the parameter otherwise.
    Result<std::optional<int>> integer(const QString& name, int min, int max) const;
    // "true" / "false" (any case); ValidationError otherwise.
    Result<std::optional<bool>> boolean(const QString& name) const;

    // Name.member.1, Name.member.2, ... up to the first gap.
    QStringList list(const QString& name) const;
    // Name.member.N.Field for the given fields, one map per member.
    QList<QMap<QString, QString>> structList(const QString& name, const QStringList& fields) const;

    // Every name, for diagnostics and tests.
    QStringList names() const { return m_values.keys(); }

    // "userName" for "UserName": how AWS's validation messages name a parameter.
    static QString fieldName(const QString& parameter);

private:
    QHash<QString, QString> m_values;
};
