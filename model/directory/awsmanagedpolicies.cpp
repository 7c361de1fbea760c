#include "directory/awsmanagedpolicies.h"

#include "directory/policydocumentformatter.h"
#include "iam/arn.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString resourcePath = QStringLiteral(":/switchboard/policies/aws-managed-policies.json");

IamError badDefinition(const QString& what)
{
    return IamError::serviceFailure(
        QStringLiteral("The AWS-managed policy definitions are invalid: %1").arg(what));
}
} // namespace

QString AwsManagedPolicies::Definition::arn() const
{
    return Arn::policy(QStringLiteral("aws"), path, name).toString();
}

Result<QList<AwsManagedPolicies::Definition>> AwsManagedPolicies::builtIn()
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return badDefinition(QStringLiteral("the resource %1 is missing.").arg(resourcePath));
    return parse(file.readAll());
}

Result<QList<AwsManagedPolicies::Definition>> AwsManagedPolicies::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return badDefinition(error.errorString());
    QList<Definition> out;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("policies")).toArray()) {
        const QJsonObject policy = value.toObject();
        Definition d;
        d.name = policy.value(QStringLiteral("name")).toString();
        d.path = policy.value(QStringLiteral("path")).toString(QStringLiteral("/"));
        d.description = policy.value(QStringLiteral("description")).toString();
        const QJsonObject document = policy.value(QStringLiteral("document")).toObject();
        if (d.name.isEmpty() || document.isEmpty())
            return badDefinition(QStringLiteral("a policy without a name or a document."));
        d.document = PolicyDocumentFormatter::format(document);
        out.append(d);
    }
    return out;
}
