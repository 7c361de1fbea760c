#include "policy/batchsimulator.h"

#include "policy/conditionvalue.h"
#include "policy/evaluationrequest.h"
#include "policy/policyevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString Policies = QStringLiteral("policies");
const QString Boundary = QStringLiteral("boundary");
const QString SessionPolicies = QStringLiteral("sessionPolicies");
const QString ResourcePolicy = QStringLiteral("resourcePolicy");
const QString Scps = QStringLiteral("scps");
const QString Rcps = QStringLiteral("rcps");

QString levelReference(const QString& field, int level, int index)
{
    return field + QStringLiteral("[%1][%2]").arg(level).arg(index);
}

QJsonValue policyReference(const MatchedStatement& matched)
{
    switch (matched.type) {
    case PolicyType::Identity:
        return matched.policyIndex;
    case PolicyType::Session:
        return SessionPolicies + QStringLiteral("[%1]").arg(matched.policyIndex);
    case PolicyType::Boundary:
        return Boundary;
    case PolicyType::Resource:
    case PolicyType::Trust:
        return ResourcePolicy;
    case PolicyType::ServiceControl:
        return levelReference(Scps, matched.level, matched.policyIndex);
    case PolicyType::ResourceControl:
        return levelReference(Rcps, matched.level, matched.policyIndex);
    }
    return QJsonValue();
}

QByteArray resultLine(const EvaluationResult& result)
{
    QJsonArray matched;
    for (const MatchedStatement& statement : result.matched) {
        matched.append(QJsonObject{{QStringLiteral("policy"), policyReference(statement)},
                                   {QStringLiteral("statement"),
                                    statement.sid.isEmpty() ? QJsonValue(statement.statementIndex)
                                                            : QJsonValue(statement.sid)}});
    }
    const QJsonObject answer{
        {QStringLiteral("decision"), EvaluationResult::decisionName(result.decision)},
        {QStringLiteral("matched"), matched}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace

BatchSimulator::BatchSimulator(qsizetype cacheCapacity)
    : m_cache(cacheCapacity)
{}

qint64 BatchSimulator::run(QIODevice& in, QIODevice& out)
{
    qint64 answered = 0;
    for (;;) {
        const QByteArray line = in.readLine();
        if (line.isEmpty()) {
            // Nothing left: the end, unless a socket or process is still producing.
            if (!in.waitForReadyRead(-1))
                break;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        out.write(answer(line));
        out.write("\n");
        ++answered;
    }
    return answered;
}

QByteArray BatchSimulator::answer(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorLine(IamError::validation(QStringLiteral("The line is not valid JSON: ") +
                                              parseError.errorString()));
    if (!json.isObject())
        return errorLine(IamError::validation(QStringLiteral("The line must be a JSON object")));
    EvaluationRequest request;
    const Result<void> read = readRequest(json.object(), request);
    if (!read.ok())
        return errorLine(read.error());
    return resultLine(PolicyEvaluator::evaluate(request));
}

Result<void> BatchSimulator::readRequest(const QJsonObject& object, EvaluationRequest& request)
{
    for (const QString& field : {QStringLiteral("action"), QStringLiteral("resource")}) {
        if (!object.value(field).isString() || object.value(field).toString().isEmpty())
            return IamError::validation(QStringLiteral("Missing required field ") + field);
    }
    request.action = object.value(QStringLiteral("action")).toString();
    request.resource = object.value(QStringLiteral("resource")).toString();
    request.principal =
        RequestPrincipal::fromArn(object.value(QStringLiteral("principal")).toString());
    request.resourceAccount = object.value(QStringLiteral("resourceAccount")).toString();

    const auto readList = [&](const QString& field, PolicyKind kind,
                              QList<NamedPolicy>& out) -> Result<void> {
        if (!object.contains(field))
            return {};
        if (!object.value(field).isArray())
            return IamError::validation(field + QStringLiteral(" must be an array of policies"));
        const QJsonArray array = object.value(field).toArray();
        for (int i = 0; i < array.size(); ++i) {
            NamedPolicy named;
            const Result<void> read =
                readPolicy(array.at(i), field + QStringLiteral("[%1]").arg(i), kind, named);
            if (!read.ok())
                return read;
            out.append(named);
        }
        return {};
    };
    const auto readOne = [&](const QString& field, PolicyKind kind,
                             std::optional<NamedPolicy>& out) -> Result<void> {
        if (!object.contains(field) || object.value(field).isNull())
            return {};
        NamedPolicy named;
        const Result<void> read = readPolicy(object.value(field), field, kind, named);
        if (read.ok())
            out = named;
        return read;
    };
    if (auto step = readList(Policies, PolicyKind::Identity, request.identityPolicies); !step.ok())
        return step;
    if (auto step = readOne(Boundary, PolicyKind::Boundary, request.permissionsBoundary);
        !step.ok())
        return step;
    if (auto step = readList(SessionPolicies, PolicyKind::Session, request.sessionPolicies);
        !step.ok())
        return step;
    if (auto step = readOne(ResourcePolicy, PolicyKind::Resource, request.resourcePolicy);
        !step.ok())
        return step;
    if (auto step =
            readLevels(object, Scps, PolicyKind::ServiceControl, request.serviceControlPolicies);
        !step.ok())
        return step;
    if (auto step =
            readLevels(object, Rcps, PolicyKind::ResourceControl, request.resourceControlPolicies);
        !step.ok())
        return step;
    return readContext(object.value(QStringLiteral("context")), request);
}

Result<void> BatchSimulator::readLevels(const QJsonObject& object, const QString& field,
                                        PolicyKind kind, QList<QList<NamedPolicy>>& out)
{
    if (!object.contains(field) || object.value(field).isNull())
        return {};
    const QString what = field + QStringLiteral(" must be an array of levels, from the "
                                                "organization's root down to the account, each "
                                                "an array of policies");
    if (!object.value(field).isArray())
        return IamError::validation(what);
    const QJsonArray levels = object.value(field).toArray();
    for (int l = 0; l < levels.size(); ++l) {
        if (!levels.at(l).isArray())
            return IamError::validation(what);
        const QJsonArray policies = levels.at(l).toArray();
        QList<NamedPolicy> level;
        for (int i = 0; i < policies.size(); ++i) {
            NamedPolicy named;
            const Result<void> read =
                readPolicy(policies.at(i), levelReference(field, l, i), kind, named);
            if (!read.ok())
                return read;
            level.append(named);
        }
        out.append(level);
    }
    return {};
}

Result<void> BatchSimulator::readPolicy(const QJsonValue& value, const QString& field,
                                        PolicyKind kind, NamedPolicy& out)
{
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else
        return IamError::validation(field + QStringLiteral(" must be a policy document"));
    auto compiled = m_cache.get(text, kind);
    if (!compiled.ok())
        return IamError::malformedPolicyDocument(field + QStringLiteral(": ") +
                                                 compiled.error().message());
    out = {field, compiled.value()};
    return {};
}

Result<void> BatchSimulator::readContext(const QJsonValue& value, EvaluationRequest& request)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return IamError::validation(QStringLiteral("context must be an object"));
    const QJsonObject context = value.toObject();
    for (auto it = context.begin(); it != context.end(); ++it) {
        const QJsonArray values =
            it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        QStringList texts;
        for (const QJsonValue& item : values) {
            const auto text = ConditionValue::textOf(item);
            if (!text)
                return IamError::validation(QStringLiteral("context value of ") + it.key() +
                                            QStringLiteral(" must be a string or strings"));
            texts.append(*text);
        }
        request.context.set(it.key(), texts);
    }
    return {};
}

QByteArray BatchSimulator::errorLine(const IamError& error)
{
    const QJsonObject answer{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code()},
                                              {QStringLiteral("message"), error.message()}}}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}
