#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The context keys of one request (aws:username, aws:SourceIp, s3:prefix...),
// each with one or more values. Key names are case-insensitive; the first
// spelling set is kept for display.
class RequestContext
{
public:
    void set(const QString& key, const QString& value) { set(key, QStringList{value}); }
    void set(const QString& key, const QStringList& values);
    // The same, for a caller that has the key in lower case already.
    void set(const QString& key, const QString& lowerCaseKey, const QStringList& values);
    void remove(const QString& key);
    void clear() { m_entries.clear(); }

    bool contains(const QString& key) const { return values(key) != nullptr; }
    // The values of key, or nullptr when the request has no such key.
    const QStringList* values(const QString& key) const;
    // The single value of key; a null string when absent or multi-valued.
    QString value(const QString& key) const;
    // The same lookup for a key already in lower case (compiled policies keep
    // theirs that way, so evaluation needs no conversion).
    const QStringList* valuesForLowerCaseKey(const QString& lowerCaseKey) const;

    // Key names as first set, in no particular order.
    QStringList keys() const;
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        QString name;
        QStringList values;
    };
    QHash<QString, Entry> m_entries; // by lower-case name
};
