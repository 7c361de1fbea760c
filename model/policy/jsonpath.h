#pragma once

#include <QList>
#include <QString>

// The path of an element inside a JSON document, written the way policy
// diagnostics show it: "Statement[2].Condition.StringLike".
class JsonPath
{
public:
    struct Segment
    {
        QString key;    // a member name, or empty for an array element
        int index = -1; // the array index, or -1 for a member
    };

    JsonPath() = default;

    JsonPath member(const QString& key) const;
    JsonPath element(int index) const;

    const QList<Segment>& segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    QString toString() const;

private:
    QList<Segment> m_segments;
};
