#include "policy/policyparser.h"

#include "iam/namerules.h"
#include "iam/quotas.h"
#include "policy/conditionoperator.h"
#include "policy/conditionvalue.h"
#include "policy/jsonlocator.h"
#include "policy/organizationpolicyrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

const QString Version = QStringLiteral("Version");
const QString Id = QStringLiteral("Id");
const QString Statement = QStringLiteral("Statement");
const QString Sid = QStringLiteral("Sid");
const QString Effect = QStringLiteral("Effect");
const QString Principal = QStringLiteral("Principal");
const QString NotPrincipal = QStringLiteral("NotPrincipal");
const QString Action = QStringLiteral("Action");
const QString NotAction = QStringLiteral("NotAction");
const QString Resource = QStringLiteral("Resource");
const QString NotResource = QStringLiteral("NotResource");
const QString Condition = QStringLiteral("Condition");

bool isAllowedCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0xFF);
}

bool isWhitespace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isAlphanumeric(const QString& text)
{
    for (const QChar c : text) {
        if (!(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

} // namespace

int PolicyParser::sizeLimit(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Identity:
    case PolicyKind::Boundary:
        return Quotas::ManagedPolicySize;
    case PolicyKind::Trust:
        return Quotas::TrustPolicySize;
    case PolicyKind::Session:
        return Quotas::SessionPolicySize;
    case PolicyKind::ServiceControl:
    case PolicyKind::ResourceControl:
        return OrganizationPolicyRules::MaxSize;
    case PolicyKind::Resource:
        return 0;
    }
    return 0;
}

bool PolicyParser::countsWhitespace(PolicyKind kind)
{
    // Organizations counts every character of an SCP or RCP ("SCP syntax", "RCP syntax").
    return kind == PolicyKind::ServiceControl || kind == PolicyKind::ResourceControl;
}

std::optional<PolicyDocument> PolicyParser::parse()
{
    if (!checkCharacters())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(m_text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError's offset lies just past the offending character.
        const auto position = JsonLocator(m_text).positionOfUtf8(qMax(0, error.offset - 1));
        failAt(position.offset, QStringLiteral("Invalid JSON: ") + error.errorString());
        return std::nullopt;
    }
    if (!json.isObject()) {
        fail(JsonPath(), Anchor::Value, QStringLiteral("A policy must be a JSON object"));
        return std::nullopt;
    }
    if (!checkSize())
        return std::nullopt;
    PolicyDocument document;
    document.m_kind = m_kind;
    if (!parseTop(json.object(), document))
        return std::nullopt;
    return document;
}

bool PolicyParser::checkCharacters()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (!isAllowedCharacter(c))
            return failAt(i,
                          QStringLiteral("Invalid character U+%1; a policy may only hold U+0009, "
                                         "U+000A, U+000D and U+0020 to U+00FF")
                              .arg(QString::number(c.unicode(), 16)
                                       .toUpper()
                                       .rightJustified(4, QLatin1Char('0'))));
    }
    return true;
}

bool PolicyParser::checkSize()
{
    const int limit = m_sizeLimit >= 0 ? m_sizeLimit : sizeLimit(m_kind);
    if (limit <= 0)
        return true;
    qsizetype counted = 0;
    qsizetype firstOver = -1;
    const bool whitespaceCounts = countsWhitespace(m_kind);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (!whitespaceCounts && isWhitespace(m_text.at(i)))
            continue;
        if (++counted == limit + 1)
            firstOver = i;
    }
    if (counted <= limit)
        return true;
    return failAt(firstOver, QStringLiteral("Policy size %1 exceeds the limit of %2 characters "
                                            "(%3)")
                                 .arg(counted)
                                 .arg(limit)
                                 .arg(whitespaceCounts ? QStringLiteral("whitespace counted")
                                                       : QStringLiteral("whitespace not counted")));
}

bool PolicyParser::parseTop(const QJsonObject& root, PolicyDocument& document)
{
    const JsonPath top;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != Version && it.key() != Id && it.key() != Statement)
            return fail(top.member(it.key()), Anchor::Key,
                        QStringLiteral("Unknown element ") + quoted(it.key()));
    }
    if (root.contains(Version)) {
        const QJsonValue version = root.value(Version);
        if (!version.isString() || (version.toString() != PolicyDocument::Version2012 &&
                                    version.toString() != PolicyDocument::Version2008))
            return fail(top.member(Version), Anchor::Value,
                        QStringLiteral("Version must be \"2012-10-17\" or \"2008-10-17\""));
        document.m_version = version.toString();
    }
    if (requiresVersion2012() && document.m_version != PolicyDocument::Version2012)
        return fail(root.contains(Version) ? top.member(Version) : top, Anchor::Value,
                    QStringLiteral("An organization policy must have \"Version\": \"2012-10-17\""));
    if (root.contains(Id)) {
        if (!root.value(Id).isString())
            return fail(top.member(Id), Anchor::Value, QStringLiteral("Id must be a string"));
        document.m_id = root.value(Id).toString();
    }
    if (!root.contains(Statement))
        return fail(top, Anchor::Value, QStringLiteral("Missing required element Statement"));
    const QJsonValue statements = root.value(Statement);
    const JsonPath path = top.member(Statement);
    if (statements.isObject())
        return parseStatement(statements, path, document);
    if (!statements.isArray())
        return fail(path, Anchor::Value,
                    QStringLiteral("Statement must be an object or an array of objects"));
    const QJsonArray array = statements.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!parseStatement(array.at(i), path.element(i), document))
            return false;
    }
    return true;
}

bool PolicyParser::parseStatement(const QJsonValue& value, const JsonPath& path,
                                  PolicyDocument& document)
{
    if (!value.isObject())
        return fail(path, Anchor::Value, QStringLiteral("A statement must be a JSON object"));
    const QJsonObject object = value.toObject();
    static const QStringList known{Sid,       Effect,   Principal,   NotPrincipal, Action,
                                   NotAction, Resource, NotResource, Condition};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(path.member(it.key()), Anchor::Key,
                        QStringLiteral("Unknown element ") + quoted(it.key()));
    }
    PolicyStatement statement;
    if (!parseSid(object, path, document, statement) || !parseEffect(object, path, statement) ||
        !parsePrincipal(object, path, statement) || !parseActions(object, path, statement) ||
        !parseResources(object, path, statement))
        return false;
    if (object.contains(Condition) &&
        !parseCondition(object.value(Condition), path.member(Condition), statement))
        return false;
    document.m_statements.append(statement);
    return true;
}

bool PolicyParser::parseSid(const QJsonObject& object, const JsonPath& path,
                            const PolicyDocument& document, PolicyStatement& statement)
{
    if (!object.contains(Sid))
        return true;
    const JsonPath sidPath = path.member(Sid);
    if (!object.value(Sid).isString())
        return fail(sidPath, Anchor::Value, QStringLiteral("Sid must be a string"));
    statement.sid = object.value(Sid).toString();
    // IAM's own rules for statement ids; resource policies of other services are laxer.
    if (m_kind == PolicyKind::Resource)
        return true;
    if (!isAlphanumeric(statement.sid))
        return fail(sidPath, Anchor::Value,
                    QStringLiteral("Statement IDs (SID) must be alpha-numeric, not ") +
                        quoted(statement.sid));
    for (const PolicyStatement& other : document.m_statements) {
        if (!statement.sid.isEmpty() && other.sid == statement.sid)
            return fail(sidPath, Anchor::Value,
                        QStringLiteral("Statement IDs (SID) in a single policy must be unique: ") +
                            quoted(statement.sid));
    }
    return true;
}

bool PolicyParser::parseEffect(const QJsonObject& object, const JsonPath& path,
                               PolicyStatement& statement)
{
    if (!object.contains(Effect))
        return fail(path, Anchor::Value, QStringLiteral("Missing required element Effect"));
    const QString effect = object.value(Effect).toString();
    if (effect == QLatin1String("Allow"))
        statement.effect = PolicyEffect::Allow;
    else if (effect == QLatin1String("Deny"))
        statement.effect = PolicyEffect::Deny;
    else
        return fail(
            path.member(Effect), Anchor::Value,
            QStringLiteral("Effect must be \"Allow\" or \"Deny\", not ") +
                quoted(object.value(Effect).isString() ? effect : QStringLiteral("a non-string")));
    return true;
}

bool PolicyParser::pickElement(const QJsonObject& object, const JsonPath& path, const QString& name,
                               const QString& notName, QString& picked)
{
    if (object.contains(name) && object.contains(notName))
        return fail(path.member(notName), Anchor::Key,
                    name + QStringLiteral(" and ") + notName +
                        QStringLiteral(" cannot be used together"));
    picked = object.contains(notName) ? notName : object.contains(name) ? name : QString();
    return true;
}

bool PolicyParser::parseActions(const QJsonObject& object, const JsonPath& path,
                                PolicyStatement& statement)
{
    QString element;
    if (!pickElement(object, path, Action, NotAction, element))
        return false;
    if (element.isEmpty())
        return fail(path, Anchor::Value,
                    QStringLiteral("Missing required element Action or NotAction"));
    if (m_kind == PolicyKind::ResourceControl && element == NotAction)
        return fail(path.member(element), Anchor::Key,
                    QStringLiteral("A resource control policy does not support NotAction; use "
                                   "Action"));
    statement.notAction = element == NotAction;
    const JsonPath actionsPath = path.member(element);
    if (!readStrings(object.value(element), actionsPath, statement.actions))
        return false;
    const bool single = object.value(element).isString();
    for (int i = 0; i < statement.actions.size(); ++i) {
        if (!checkAction(statement.actions.at(i), single ? actionsPath : actionsPath.element(i)))
            return false;
    }
    return true;
}

bool PolicyParser::checkAction(const QString& action, const JsonPath& path)
{
    const qsizetype colon = action.indexOf(QLatin1Char(':'));
    if (m_kind == PolicyKind::Trust &&
        !action.startsWith(QLatin1String("sts:"), Qt::CaseInsensitive))
        return fail(path, Anchor::Value,
                    QStringLiteral("A trust policy may only specify sts actions, not ") +
                        quoted(action));
    if (action == QLatin1String("*") || colon > 0)
        return true;
    return fail(path, Anchor::Value,
                QStringLiteral("Action ") + quoted(action) +
                    QStringLiteral(" must be \"*\" or have a service prefix (\"service:Action\")"));
}

bool PolicyParser::parseResources(const QJsonObject& object, const JsonPath& path,
                                  PolicyStatement& statement)
{
    QString element;
    if (!pickElement(object, path, Resource, NotResource, element))
        return false;
    if (m_kind == PolicyKind::Trust && !element.isEmpty())
        return fail(path.member(element), Anchor::Key,
                    QStringLiteral("A trust policy must not have ") + element +
                        QStringLiteral(": it always applies to its role"));
    if (element.isEmpty()) {
        if (requiresResource())
            return fail(path, Anchor::Value,
                        QStringLiteral("Missing required element Resource or NotResource"));
        return true;
    }
    statement.hasResource = true;
    statement.notResource = element == NotResource;
    const JsonPath resourcesPath = path.member(element);
    if (!readStrings(object.value(element), resourcesPath, statement.resources))
        return false;
    const bool single = object.value(element).isString();
    for (int i = 0; i < statement.resources.size(); ++i) {
        const QString& resource = statement.resources.at(i);
        if (resource != QLatin1String("*") && !resource.startsWith(QLatin1String("arn:")))
            return fail(single ? resourcesPath : resourcesPath.element(i), Anchor::Value,
                        QStringLiteral("Resource ") + quoted(resource) +
                            QStringLiteral(" must be \"*\" or an ARN"));
    }
    return true;
}

bool PolicyParser::parsePrincipal(const QJsonObject& object, const JsonPath& path,
                                  PolicyStatement& statement)
{
    QString element;
    if (!pickElement(object, path, Principal, NotPrincipal, element))
        return false;
    if (element.isEmpty()) {
        if (forbidsPrincipal())
            return true;
        return fail(path, Anchor::Value,
                    m_kind == PolicyKind::ResourceControl
                        ? QStringLiteral("Missing required element Principal: a resource control "
                                         "policy must have \"Principal\": \"*\"")
                        : QStringLiteral("Missing required element Principal or NotPrincipal"));
    }
    const JsonPath principalPath = path.member(element);
    if (forbidsPrincipal())
        return fail(principalPath, Anchor::Key,
                    QStringLiteral("Policy document should not specify a principal"));
    if (m_kind == PolicyKind::ResourceControl &&
        (element == NotPrincipal || object.value(element) != QJsonValue(QStringLiteral("*"))))
        return fail(principalPath, element == NotPrincipal ? Anchor::Key : Anchor::Value,
                    QStringLiteral("A resource control policy must have \"Principal\": \"*\"; "
                                   "name principals with conditions such as aws:PrincipalOrgID"));
    statement.notPrincipal = element == NotPrincipal;
    const QJsonValue value = object.value(element);
    PolicyPrincipal principal;
    if (value.isString() && value.toString() == QLatin1String("*")) {
        principal.anyone = true;
        statement.principal = principal;
        return true;
    }
    if (!value.isObject() || value.toObject().isEmpty())
        return fail(principalPath, Anchor::Value,
                    element +
                        QStringLiteral(" must be \"*\" or an object with AWS, Service, Federated "
                                       "or CanonicalUser"));
    const QJsonObject types = value.toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const JsonPath typePath = principalPath.member(it.key());
        QStringList* target = it.key() == QLatin1String("AWS")         ? &principal.aws
                              : it.key() == QLatin1String("Service")   ? &principal.service
                              : it.key() == QLatin1String("Federated") ? &principal.federated
                              : it.key() == QLatin1String("CanonicalUser")
                                  ? &principal.canonicalUser
                                  : nullptr;
        if (!target)
            return fail(typePath, Anchor::Key,
                        QStringLiteral("Unknown principal type ") + quoted(it.key()));
        if (!readStrings(it.value(), typePath, *target))
            return false;
        if (target != &principal.aws)
            continue;
        for (int i = 0; i < target->size(); ++i) {
            if (!checkAwsPrincipal(target->at(i),
                                   it.value().isString() ? typePath : typePath.element(i)))
                return false;
        }
    }
    statement.principal = principal;
    return true;
}

bool PolicyParser::checkAwsPrincipal(const QString& principal, const JsonPath& path)
{
    if (principal == QLatin1String("*") || NameRules::isAccountId(principal) ||
        principal.startsWith(QLatin1String("arn:")))
        return true;
    return fail(path, Anchor::Value,
                QStringLiteral("Invalid principal ") + quoted(principal) +
                    QStringLiteral(": expected \"*\", an account id or an ARN"));
}

bool PolicyParser::parseCondition(const QJsonValue& value, const JsonPath& path,
                                  PolicyStatement& statement)
{
    if (!value.isObject())
        return fail(path, Anchor::Value,
                    QStringLiteral("Condition must be an object of condition operators"));
    const QJsonObject operators = value.toObject();
    for (auto op = operators.begin(); op != operators.end(); ++op) {
        const JsonPath opPath = path.member(op.key());
        if (!ConditionOperator::parse(op.key()))
            return fail(opPath, Anchor::Key,
                        QStringLiteral("Unknown condition operator ") + quoted(op.key()));
        if (!op.value().isObject())
            return fail(opPath, Anchor::Value,
                        QStringLiteral("Condition operator ") + op.key() +
                            QStringLiteral(" must map condition keys to values"));
        const QJsonObject keys = op.value().toObject();
        for (auto key = keys.begin(); key != keys.end(); ++key) {
            const JsonPath keyPath = opPath.member(key.key());
            PolicyCondition condition{op.key(), key.key(), {}};
            const QJsonArray values =
                key.value().isArray() ? key.value().toArray() : QJsonArray{key.value()};
            for (int i = 0; i < values.size(); ++i) {
                const auto text = ConditionValue::textOf(values.at(i));
                if (!text)
                    return fail(key.value().isArray() ? keyPath.element(i) : keyPath, Anchor::Value,
                                QStringLiteral("Condition values must be strings, numbers or "
                                               "booleans"));
                condition.values.append(*text);
            }
            statement.conditions.append(condition);
        }
    }
    return true;
}

bool PolicyParser::readStrings(const QJsonValue& value, const JsonPath& path, QStringList& out)
{
    const QString what = path.segments().constLast().key +
                         QStringLiteral(" must be a string or a non-empty array of strings");
    if (value.isString()) {
        out.append(value.toString());
        return true;
    }
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(path, Anchor::Value, what);
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return fail(path.element(i), Anchor::Value, what);
        out.append(array.at(i).toString());
    }
    return true;
}

bool PolicyParser::fail(const JsonPath& path, Anchor anchor, const QString& what)
{
    const JsonLocator locator(m_text);
    const auto position = anchor == Anchor::Key ? locator.keyAt(path) : locator.valueAt(path);
    const JsonLocator::Position where = position.value_or(JsonLocator::Position());
    m_diagnostic = {where.line, where.column, path.toString(), what};
    return false;
}

bool PolicyParser::failAt(qsizetype offset, const QString& what)
{
    const auto where = JsonLocator(m_text).positionOf(offset);
    m_diagnostic = {where.line, where.column, QString(), what};
    return false;
}

bool PolicyParser::forbidsPrincipal() const
{
    return m_kind != PolicyKind::Trust && m_kind != PolicyKind::Resource &&
           m_kind != PolicyKind::ResourceControl;
}

bool PolicyParser::requiresResource() const
{
    return m_kind == PolicyKind::Identity || m_kind == PolicyKind::Boundary ||
           m_kind == PolicyKind::Session || m_kind == PolicyKind::ServiceControl ||
           m_kind == PolicyKind::ResourceControl;
}

bool PolicyParser::requiresVersion2012() const
{
    return m_kind == PolicyKind::ServiceControl || m_kind == PolicyKind::ResourceControl;
}
