#include "policy/requestcontext.h"

void RequestContext::set(const QString& key, const QStringList& values)
{
    set(key, key.toLower(), values);
}

void RequestContext::set(const QString& key, const QString& lowerCaseKey, const QStringList& values)
{
    Entry& entry = m_entries[lowerCaseKey];
    if (entry.name.isEmpty())
        entry.name = key;
    entry.values = values;
}

void RequestContext::remove(const QString& key)
{
    m_entries.remove(key.toLower());
}

const QStringList* RequestContext::values(const QString& key) const
{
    return valuesForLowerCaseKey(key.toLower());
}

QString RequestContext::value(const QString& key) const
{
    const QStringList* found = values(key);
    return found && found->size() == 1 ? found->constFirst() : QString();
}

const QStringList* RequestContext::valuesForLowerCaseKey(const QString& lowerCaseKey) const
{
    const auto it = m_entries.constFind(lowerCaseKey);
    return it == m_entries.cend() ? nullptr : &it->values;
}

QStringList RequestContext::keys() const
{
    QStringList names;
    names.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        names.append(entry.name);
    return names;
}
