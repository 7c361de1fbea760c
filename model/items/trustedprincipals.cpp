#include "items/trustedprincipals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList stringOrArray(const QJsonValue& value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    for (const QJsonValue& v : value.toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

void addPrincipals(const QJsonValue& principal, QList<TrustedPrincipal>& out)
{
    if (principal.isString()) {
        out.append({QStringLiteral("*"), principal.toString()});
        return;
    }
    const QJsonObject object = principal.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        for (const QString& value : stringOrArray(it.value()))
            if (!out.contains(TrustedPrincipal{it.key(), value}))
                out.append({it.key(), value});
}
} // namespace

QList<TrustedPrincipal> TrustedPrincipals::fromTrustPolicy(const QString& trustPolicyJson)
{
    QList<TrustedPrincipal> out;
    const QJsonObject document = QJsonDocument::fromJson(trustPolicyJson.toUtf8()).object();
    const QJsonValue statements = document.value(QLatin1String("Statement"));
    const QJsonArray list = statements.isArray() ? statements.toArray() : QJsonArray{statements};
    for (const QJsonValue& statement : list) {
        const QJsonObject s = statement.toObject();
        if (s.value(QLatin1String("Effect")).toString() == QLatin1String("Allow"))
            addPrincipals(s.value(QLatin1String("Principal")), out);
    }
    return out;
}
