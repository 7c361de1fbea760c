#include "policy/actioncatalog.h"

#include "policy/policypattern.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

const QString ResourcePath = QStringLiteral(":/switchboard/iam-catalog/iam-catalog.json");

QStringList strings(const QJsonArray& array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue& value : array)
        out.append(value.toString());
    return out;
}

QList<int> indexes(const QJsonArray& array)
{
    QList<int> out;
    out.reserve(array.size());
    for (const QJsonValue& value : array)
        out.append(value.toInt());
    return out;
}

// [[name, value]...] into two parallel lists.
void readPairs(const QJsonArray& pairs, QStringList& names, QStringList& values)
{
    for (const QJsonValue& pair : pairs) {
        const QJsonArray entry = pair.toArray();
        names.append(entry.at(0).toString());
        values.append(entry.at(1).toString());
    }
}

bool hasWildcard(QStringView text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?'));
}

void appendNew(QStringList& list, QSet<QString>& seen, const QString& value)
{
    if (!seen.contains(value)) {
        seen.insert(value);
        list.append(value);
    }
}

} // namespace

const ActionCatalog& ActionCatalog::instance()
{
    static const ActionCatalog catalog = [] {
        QFile file(ResourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return ActionCatalog();
        return fromJson(file.readAll());
    }();
    return catalog;
}

ActionCatalog ActionCatalog::fromJson(const QByteArray& json)
{
    ActionCatalog catalog;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.isEmpty())
        return catalog;
    const QJsonObject source = root.value(QStringLiteral("source")).toObject();
    catalog.m_version = source.value(QStringLiteral("version")).toString();
    catalog.m_source = source.value(QStringLiteral("package")).toString();
    catalog.m_license = source.value(QStringLiteral("license")).toString();
    catalog.m_accessLevels = strings(root.value(QStringLiteral("accessLevels")).toArray());
    readPairs(root.value(QStringLiteral("globalConditionKeys")).toArray(), catalog.m_globalKeys,
              catalog.m_globalKeyTypes);

    const QJsonObject services = root.value(QStringLiteral("services")).toObject();
    catalog.m_services.reserve(services.size());
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Service service;
        service.prefix = it.key();
        service.name = object.value(QStringLiteral("name")).toString();
        readPairs(object.value(QStringLiteral("resourceTypes")).toArray(), service.resourceTypes,
                  service.arnFormats);
        readPairs(object.value(QStringLiteral("conditionKeys")).toArray(), service.conditionKeys,
                  service.conditionKeyTypes);
        const QJsonArray actions = object.value(QStringLiteral("actions")).toArray();
        service.actions.reserve(actions.size());
        for (const QJsonValue& value : actions) {
            const QJsonArray entry = value.toArray();
            Action action{entry.at(0).toString(), entry.at(1).toInt(-1),
                          indexes(entry.at(2).toArray()), indexes(entry.at(3).toArray())};
            service.actionIndex.insert(action.name.toLower(), int(service.actions.size()));
            service.actions.append(std::move(action));
        }
        catalog.m_serviceIndex.insert(service.prefix.toLower(), int(catalog.m_services.size()));
        catalog.m_services.append(std::move(service));
    }
    return catalog;
}

QStringList ActionCatalog::services() const
{
    QStringList out;
    out.reserve(m_services.size());
    for (const Service& service : m_services)
        out.append(service.prefix);
    return out;
}

QString ActionCatalog::serviceName(const QString& servicePrefix) const
{
    const Service* found = service(servicePrefix);
    return found ? found->name : QString();
}

QStringList ActionCatalog::actions(const QString& servicePrefix) const
{
    QStringList out;
    if (const Service* found = service(servicePrefix)) {
        out.reserve(found->actions.size());
        for (const Action& action : found->actions)
            out.append(qualified(*found, action));
    }
    return out;
}

bool ActionCatalog::knowsAction(const QString& action) const
{
    return this->action(action) != nullptr;
}

QStringList ActionCatalog::matchingActions(const QString& pattern) const
{
    QStringList out;
    for (const ActionRef& ref : covered(pattern))
        out.append(qualified(*ref.service, *ref.action));
    return out;
}

bool ActionCatalog::coversAnyAction(const QString& pattern) const
{
    return !covered(pattern, 1).isEmpty();
}

QString ActionCatalog::accessLevel(const QString& action) const
{
    const Action* found = this->action(action);
    if (!found)
        return {};
    return m_accessLevels.value(found->accessLevel);
}

QStringList ActionCatalog::conditionKeys(const QString& action) const
{
    QStringList out = m_globalKeys;
    QSet<QString> seen(out.begin(), out.end());
    if (action.isEmpty())
        return out;
    for (const ActionRef& ref : covered(action)) {
        for (const int key : ref.action->conditionKeys)
            appendNew(out, seen, ref.service->conditionKeys.value(key));
    }
    return out;
}

QStringList ActionCatalog::resourceArnFormats(const QString& action) const
{
    QStringList out;
    QSet<QString> seen;
    for (const ActionRef& ref : covered(action)) {
        for (const int type : ref.action->resourceTypes) {
            const QString format = ref.service->arnFormats.value(type);
            if (!format.isEmpty())
                appendNew(out, seen, format);
        }
    }
    return out;
}

QString ActionCatalog::conditionKeyType(const QString& key) const
{
    const auto typeIn = [&key](const QStringList& keys, const QStringList& types) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).compare(key, Qt::CaseInsensitive) == 0)
                return types.at(i);
        }
        return QString();
    };
    if (QString type = typeIn(m_globalKeys, m_globalKeyTypes); !type.isEmpty())
        return type;
    const Service* owner = service(key.section(QLatin1Char(':'), 0, 0));
    return owner ? typeIn(owner->conditionKeys, owner->conditionKeyTypes) : QString();
}

const ActionCatalog::Service* ActionCatalog::service(const QString& prefix) const
{
    const auto it = m_serviceIndex.constFind(prefix.toLower());
    return it == m_serviceIndex.constEnd() ? nullptr : &m_services.at(*it);
}

const ActionCatalog::Action* ActionCatalog::action(const QString& qualifiedName,
                                                   const Service** owner) const
{
    const qsizetype colon = qualifiedName.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return nullptr;
    const Service* found = service(qualifiedName.left(colon));
    if (!found)
        return nullptr;
    const auto it = found->actionIndex.constFind(qualifiedName.mid(colon + 1).toLower());
    if (it == found->actionIndex.constEnd())
        return nullptr;
    if (owner)
        *owner = found;
    return &found->actions.at(*it);
}

// The actions a pattern matches, as the engine matches Action values; a
// service part without wildcards limits the search to that service.
QList<ActionCatalog::ActionRef> ActionCatalog::covered(const QString& pattern,
                                                       qsizetype limit) const
{
    QList<ActionRef> out;
    if (pattern.isEmpty())
        return out;
    if (!hasWildcard(pattern)) {
        const Service* owner = nullptr;
        if (const Action* found = action(pattern, &owner))
            out.append({owner, found});
        return out;
    }
    const PolicyPattern compiled = PolicyPattern::compile(
        pattern, PolicyPattern::Wildcards::On, PolicyPattern::Variables::Off, Qt::CaseInsensitive);
    const qsizetype colon = pattern.indexOf(QLatin1Char(':'));
    const QStringView servicePart = QStringView(pattern).left(qMax<qsizetype>(colon, 0));
    const Service* only =
        colon > 0 && !hasWildcard(servicePart) ? service(pattern.left(colon)) : nullptr;
    if (colon > 0 && !hasWildcard(servicePart) && !only)
        return out;
    for (const Service& service : m_services) {
        if (only && &service != only)
            continue;
        for (const Action& action : service.actions) {
            if (!compiled.matches(qualified(service, action)))
                continue;
            out.append({&service, &action});
            if (out.size() == limit)
                return out;
        }
    }
    return out;
}

QString ActionCatalog::qualified(const Service& service, const Action& action)
{
    return service.prefix + QLatin1Char(':') + action.name;
}
