#include "sts/trustconditions.h"

#include "policy/policypattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A policy element that may be one string or a list of strings.
QStringList stringList(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out << item.toString();
    return out;
}

QList<QJsonObject> statements(const QJsonObject& document)
{
    const QJsonValue value = document.value(QLatin1String("Statement"));
    if (value.isObject())
        return {value.toObject()};
    QList<QJsonObject> out;
    for (const QJsonValue& item : value.toArray())
        out << item.toObject();
    return out;
}

bool allowsAssumeRole(const QJsonObject& statement)
{
    if (statement.value(QLatin1String("Effect")).toString() != QLatin1String("Allow"))
        return false;
    // Action names are case-insensitive, and "sts:*" or "*" cover AssumeRole too.
    for (const QString& action : stringList(statement.value(QLatin1String("Action"))))
        if (PolicyPattern::compile(action, PolicyPattern::Wildcards::On,
                                   PolicyPattern::Variables::Off, Qt::CaseInsensitive)
                .matches(u"sts:AssumeRole"))
            return true;
    return false;
}

} // namespace

TrustConditions TrustConditions::of(const QString& trustPolicyDocument)
{
    TrustConditions conditions;
    const QJsonObject document = QJsonDocument::fromJson(trustPolicyDocument.toUtf8()).object();
    for (const QJsonObject& statement : statements(document)) {
        if (!allowsAssumeRole(statement))
            continue;
        const QJsonObject operators = statement.value(QLatin1String("Condition")).toObject();
        for (auto op = operators.begin(); op != operators.end(); ++op) {
            const QJsonObject keys = op.value().toObject();
            for (auto key = keys.begin(); key != keys.end(); ++key) {
                const QString name = key.key();
                if (name.compare(QLatin1String("aws:MultiFactorAuthPresent"),
                                 Qt::CaseInsensitive) == 0 ||
                    name.compare(QLatin1String("aws:MultiFactorAuthAge"), Qt::CaseInsensitive) == 0)
                    conditions.requiresMfa = true;
                if (name.compare(QLatin1String("sts:ExternalId"), Qt::CaseInsensitive) == 0)
                    conditions.requiresExternalId = true;
            }
        }
    }
    return conditions;
}
