#include "directory/policydocumentformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>

namespace {

const QStringList elementOrder{
    QStringLiteral("Version"),      QStringLiteral("Id"),          QStringLiteral("Statement"),
    QStringLiteral("Sid"),          QStringLiteral("Effect"),      QStringLiteral("Principal"),
    QStringLiteral("NotPrincipal"), QStringLiteral("Action"),      QStringLiteral("NotAction"),
    QStringLiteral("Resource"),     QStringLiteral("NotResource"), QStringLiteral("Condition"),
};

QString indent(int depth)
{
    return QString(depth * 4, QLatin1Char(' '));
}

// QJsonDocument escapes strings correctly; reuse it for one scalar.
QString scalarText(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

QString PolicyDocumentFormatter::format(const QJsonObject& document)
{
    QString out;
    writeObject(document, 0, out);
    return out;
}

QStringList PolicyDocumentFormatter::orderedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys(); // alphabetical
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& key) {
            const qsizetype i = elementOrder.indexOf(key);
            return i < 0 ? elementOrder.size() : i;
        };
        return rank(a) < rank(b);
    });
    return keys;
}

void PolicyDocumentFormatter::write(const QJsonValue& value, int depth, QString& out)
{
    if (value.isObject())
        writeObject(value.toObject(), depth, out);
    else if (value.isArray())
        writeArray(value.toArray(), depth, out);
    else
        out += scalarText(value);
}

void PolicyDocumentFormatter::writeObject(const QJsonObject& object, int depth, QString& out)
{
    if (object.isEmpty()) {
        out += QStringLiteral("{}");
        return;
    }
    out += QStringLiteral("{\n");
    const QStringList keys = orderedKeys(object);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += indent(depth + 1) + scalarText(keys[i]) + QStringLiteral(": ");
        write(object.value(keys[i]), depth + 1, out);
        out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    out += indent(depth) + QLatin1Char('}');
}

void PolicyDocumentFormatter::writeArray(const QJsonArray& array, int depth, QString& out)
{
    if (array.isEmpty()) {
        out += QStringLiteral("[]");
        return;
    }
    out += QStringLiteral("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indent(depth + 1);
        write(array.at(i), depth + 1, out);
        out += i + 1 < array.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    out += indent(depth) + QLatin1Char(']');
}
