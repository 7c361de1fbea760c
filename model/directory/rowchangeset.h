#pragma once

#include <QByteArray>
#include <QCborArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What one recorded edit changed, row by row, and its serialized form: CBOR
// holding the format version, each table's columns and primary key, then
// each row's before and after image (one value per column) in the order they
// apply. ChangeRecorder records and applies it.
class RowChangeset
{
public:
    // A table's columns in order, and the positions of its primary key's
    // columns, in key order.
    struct Table
    {
        QStringList columns;
        QList<qsizetype> key;
        bool operator==(const Table&) const = default;
    };

    // One row's change: no before image for an insert, no after image for a delete.
    struct Row
    {
        QString table;
        std::optional<QCborArray> before;
        std::optional<QCborArray> after;
    };

    // The changes as logged, one per row statement, folded: several changes
    // of one row become one (first before, last after) at the place of its
    // first change, and a row that ends as it began is no change at all.
    // Every logged table must be in tables.
    static RowChangeset folded(const QList<Row>& logged, const QMap<QString, Table>& tables);
    // Nothing when bytes are not a changeset of this format.
    static std::optional<RowChangeset> fromBytes(const QByteArray& bytes);
    // Empty when nothing changed.
    QByteArray toBytes() const;

    // What takes the changes back: the rows in reverse order, images swapped.
    RowChangeset inverted() const;
    // The tables the changes touch, in the order they are first touched.
    QStringList tableNames() const;

    const QMap<QString, Table>& tables() const { return m_tables; }
    const QList<Row>& rows() const { return m_rows; }

private:
    QMap<QString, Table> m_tables;
    QList<Row> m_rows;
};
