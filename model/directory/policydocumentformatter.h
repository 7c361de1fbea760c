#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Writes a policy document as the AWS console shows it: four-space indents
// and the elements in their customary order (Version, Id, Statement; Sid,
// Effect, Principal, Action, Resource, Condition), where QJsonDocument would
// sort every key alphabetically.
class PolicyDocumentFormatter
{
public:
    static QString format(const QJsonObject& document);

private:
    static void write(const QJsonValue& value, int depth, QString& out);
    static void writeObject(const QJsonObject& object, int depth, QString& out);
    static void writeArray(const QJsonArray& array, int depth, QString& out);
    static QStringList orderedKeys(const QJsonObject& object);
};
