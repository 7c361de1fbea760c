#include "directory/rowchangeset.h"

#include <QCborMap>
#include <QCborValue>
#include <QHash>

#include <algorithm>

namespace {

// The serialized changeset says which format it is in, so a later release can
// tell its own records from these.
constexpr qint64 FormatVersion = 1;

bool isColumnValue(const QCborValue& value)
{
    return value.isNull() || value.isInteger() || value.isDouble() || value.isString() ||
           value.isByteArray();
}

QCborValue imageToCbor(const std::optional<QCborArray>& image)
{
    return image ? QCborValue(*image) : QCborValue(nullptr);
}

std::optional<RowChangeset::Table> parseTable(const QCborValue& value)
{
    const QCborMap map = value.toMap();
    RowChangeset::Table table;
    for (const QCborValue& column : map.value(QStringLiteral("columns")).toArray()) {
        if (!column.isString())
            return std::nullopt;
        table.columns << column.toString();
    }
    for (const QCborValue& position : map.value(QStringLiteral("key")).toArray()) {
        if (!position.isInteger() || position.toInteger() < 0 ||
            position.toInteger() >= table.columns.size())
            return std::nullopt;
        table.key << qsizetype(position.toInteger());
    }
    if (table.columns.isEmpty() || table.key.isEmpty())
        return std::nullopt;
    return table;
}

// A row image of the table's shape, or no image (CBOR null); nothing when
// value is neither.
std::optional<std::optional<QCborArray>> parseImage(const QCborValue& value,
                                                    const RowChangeset::Table& table)
{
    if (value.isNull())
        return std::optional<QCborArray>();
    const QCborArray image = value.toArray();
    if (!value.isArray() || image.size() != table.columns.size() ||
        !std::all_of(image.begin(), image.end(), isColumnValue))
        return std::nullopt;
    return std::optional<QCborArray>(image);
}

// Which row an image is: its table and primary key.
QByteArray rowIdentity(const QString& tableName, const RowChangeset::Table& table,
                       const QCborArray& image)
{
    QCborArray identity{tableName};
    for (qsizetype position : table.key)
        identity.append(image.at(position));
    return QCborValue(identity).toCbor();
}

} // namespace

RowChangeset RowChangeset::folded(const QList<Row>& logged, const QMap<QString, Table>& tables)
{
    RowChangeset changeset;
    QHash<QByteArray, qsizetype> rowAt; // the row's latest state -> its place in m_rows
    for (const Row& change : logged) {
        const Table table = tables.value(change.table);
        const QByteArray identity =
            rowIdentity(change.table, table, change.before ? *change.before : *change.after);
        qsizetype place = 0;
        if (const auto found = rowAt.constFind(identity); found != rowAt.cend()) {
            place = *found;
            changeset.m_rows[place].after = change.after;
            rowAt.remove(identity);
        } else {
            place = changeset.m_rows.size();
            changeset.m_rows.append(change);
        }
        // A deleted row keeps its place, so inserting it again reads as an update.
        rowAt.insert(change.after ? rowIdentity(change.table, table, *change.after) : identity,
                     place);
    }
    changeset.m_rows.removeIf([](const Row& change) { return change.before == change.after; });
    for (const Row& change : std::as_const(changeset.m_rows))
        changeset.m_tables.insert(change.table, tables.value(change.table));
    return changeset;
}

std::optional<RowChangeset> RowChangeset::fromBytes(const QByteArray& bytes)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !root.isMap())
        return std::nullopt;
    const QCborMap map = root.toMap();
    if (map.value(QStringLiteral("format")).toInteger(-1) != FormatVersion)
        return std::nullopt;
    RowChangeset changeset;
    const QCborMap tables = map.value(QStringLiteral("tables")).toMap();
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const auto table = parseTable(it.value());
        if (!it.key().isString() || !table)
            return std::nullopt;
        changeset.m_tables.insert(it.key().toString(), *table);
    }
    for (const QCborValue& entry : map.value(QStringLiteral("changes")).toArray()) {
        const QCborArray fields = entry.toArray();
        const QString tableName = fields.at(0).toString();
        if (fields.size() != 3 || !changeset.m_tables.contains(tableName))
            return std::nullopt;
        const Table table = changeset.m_tables.value(tableName);
        const auto before = parseImage(fields.at(1), table);
        const auto after = parseImage(fields.at(2), table);
        if (!before || !after || (!*before && !*after))
            return std::nullopt;
        changeset.m_rows.append({tableName, *before, *after});
    }
    if (changeset.m_rows.isEmpty())
        return std::nullopt;
    return changeset;
}

QByteArray RowChangeset::toBytes() const
{
    if (m_rows.isEmpty())
        return {};
    QCborMap tables;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        QCborArray key;
        for (qsizetype position : it->key)
            key.append(position);
        tables.insert(it.key(),
                      QCborMap{{QStringLiteral("columns"), QCborArray::fromStringList(it->columns)},
                               {QStringLiteral("key"), key}});
    }
    QCborArray changes;
    for (const Row& change : m_rows)
        changes.append(
            QCborArray{change.table, imageToCbor(change.before), imageToCbor(change.after)});
    return QCborValue(QCborMap{{QStringLiteral("format"), FormatVersion},
                               {QStringLiteral("tables"), tables},
                               {QStringLiteral("changes"), changes}})
        .toCbor();
}

RowChangeset RowChangeset::inverted() const
{
    RowChangeset inverse = *this;
    std::reverse(inverse.m_rows.begin(), inverse.m_rows.end());
    for (Row& change : inverse.m_rows)
        std::swap(change.before, change.after);
    return inverse;
}

QStringList RowChangeset::tableNames() const
{
    QStringList names;
    for (const Row& change : m_rows)
        if (!names.contains(change.table))
            names << change.table;
    return names;
}
