#include "directory/rowchangeset.h"

#include <QCborMap>
#include <QCborValue>
#include <QTest>

// The row changes of one recorded edit: folding what the log holds into one
// change per row, inverting, and the serialized form undo keeps.
class TestRowChangeset : public QObject
{
    Q_OBJECT

    using Row = RowChangeset::Row;
    using Image = std::optional<QCborArray>;

    // users(id, name) keyed by id; tags(user, key, value) keyed by (user, key).
    static QMap<QString, RowChangeset::Table> tables()
    {
        return {
            {QStringLiteral("users"), {{QStringLiteral("id"), QStringLiteral("name")}, {0}}},
            {QStringLiteral("tags"),
             {{QStringLiteral("user"), QStringLiteral("key"), QStringLiteral("value")}, {0, 1}}}};
    }

    static Image user(qint64 id, const QString& name) { return QCborArray{id, name}; }
    static Image tag(qint64 id, const QString& key, const QCborValue& value)
    {
        return QCborArray{id, key, value};
    }
    static Row users(Image before, Image after)
    {
        return {QStringLiteral("users"), std::move(before), std::move(after)};
    }

    static QList<std::pair<Image, Image>> images(const RowChangeset& changeset)
    {
        QList<std::pair<Image, Image>> all;
        for (const Row& row : changeset.rows())
            all.append({row.before, row.after});
        return all;
    }

private slots:
    void severalChangesOfARowFoldIntoOne()
    {
        const RowChangeset changeset = RowChangeset::folded(
            {users(std::nullopt, user(3, QStringLiteral("carol"))),
             users(user(1, QStringLiteral("alice")), user(1, QStringLiteral("alicia"))),
             users(user(3, QStringLiteral("carol")), user(3, QStringLiteral("caroline"))),
             users(user(1, QStringLiteral("alicia")), user(1, QStringLiteral("ali")))},
            tables());
        QCOMPARE(images(changeset),
                 (QList<std::pair<Image, Image>>{
                     {std::nullopt, user(3, QStringLiteral("caroline"))},
                     {user(1, QStringLiteral("alice")), user(1, QStringLiteral("ali"))}}));
    }

    void aRowThatEndsAsItBeganIsNoChange()
    {
        const RowChangeset changeset = RowChangeset::folded(
            {users(std::nullopt, user(3, QStringLiteral("carol"))),
             users(user(3, QStringLiteral("carol")), std::nullopt),
             users(user(1, QStringLiteral("alice")), user(1, QStringLiteral("x"))),
             users(user(1, QStringLiteral("x")), user(1, QStringLiteral("alice")))},
            tables());
        QVERIFY(changeset.rows().isEmpty());
        QVERIFY(changeset.tables().isEmpty());
        QVERIFY(changeset.toBytes().isEmpty());
    }

    void aRowDeletedAndInsertedAgainIsAnUpdate()
    {
        const RowChangeset changeset =
            RowChangeset::folded({users(user(2, QStringLiteral("bob")), std::nullopt),
                                  users(std::nullopt, user(2, QStringLiteral("robert")))},
                                 tables());
        QCOMPARE(images(changeset),
                 (QList<std::pair<Image, Image>>{
                     {user(2, QStringLiteral("bob")), user(2, QStringLiteral("robert"))}}));
    }

    void rowsAreToldApartByTheWholeKey()
    {
        const RowChangeset changeset = RowChangeset::folded(
            {{QStringLiteral("tags"), std::nullopt, tag(1, QStringLiteral("a"), 1)},
             {QStringLiteral("tags"), std::nullopt, tag(1, QStringLiteral("b"), 2)},
             {QStringLiteral("tags"), tag(1, QStringLiteral("a"), 1), std::nullopt}},
            tables());
        QCOMPARE(images(changeset),
                 (QList<std::pair<Image, Image>>{{std::nullopt, tag(1, QStringLiteral("b"), 2)}}));
        QCOMPARE(changeset.tableNames(), QStringList{QStringLiteral("tags")});
        QCOMPARE(changeset.tables().keys(), QStringList{QStringLiteral("tags")});
    }

    void theInverseRunsBackwardsWithImagesSwapped()
    {
        const RowChangeset changeset = RowChangeset::folded(
            {users(std::nullopt, user(3, QStringLiteral("carol"))),
             {QStringLiteral("tags"), tag(1, QStringLiteral("a"), 1), std::nullopt}},
            tables());
        const RowChangeset inverse = changeset.inverted();
        QCOMPARE(inverse.tableNames(),
                 (QStringList{QStringLiteral("tags"), QStringLiteral("users")}));
        QCOMPARE(images(inverse), (QList<std::pair<Image, Image>>{
                                      {std::nullopt, tag(1, QStringLiteral("a"), 1)},
                                      {user(3, QStringLiteral("carol")), std::nullopt}}));
        QCOMPARE(inverse.inverted().toBytes(), changeset.toBytes());
    }

    void theBytesReadBackAsTheSameChanges()
    {
        const QByteArray blob("\x00\x01\xfe", 3);
        const RowChangeset changeset = RowChangeset::folded(
            {{QStringLiteral("tags"), tag(1, QStringLiteral("k\u00e9y"), QCborValue(blob)),
              tag(1, QStringLiteral("k\u00e9y"), QCborValue(nullptr))},
             {QStringLiteral("tags"), std::nullopt, tag(2, QStringLiteral("r"), 0.5)}},
            tables());
        const QByteArray bytes = changeset.toBytes();
        QVERIFY(!bytes.isEmpty());
        const auto read = RowChangeset::fromBytes(bytes);
        QVERIFY(read.has_value());
        QCOMPARE(images(*read), images(changeset));
        QCOMPARE(read->tables(), changeset.tables());
        QCOMPARE(read->rows().first().before->at(2).toByteArray(), blob);
        QVERIFY(read->rows().first().after->at(2).isNull());
        QVERIFY(read->rows().last().after->at(2).isDouble());
    }

    void whatIsNotThisFormatIsRefused()
    {
        const QByteArray good =
            RowChangeset::folded({users(std::nullopt, user(3, QStringLiteral("carol")))}, tables())
                .toBytes();
        QVERIFY(RowChangeset::fromBytes(good).has_value());
        QVERIFY(!RowChangeset::fromBytes(QByteArray()).has_value());
        QVERIFY(!RowChangeset::fromBytes(QByteArray("SQLite format 3")).has_value());
        const QCborMap root = QCborValue::fromCbor(good).toMap();
        const auto with = [&](const QString& field, const QCborValue& value) {
            QCborMap changed = root;
            changed.insert(field, value);
            return QCborValue(changed).toCbor();
        };
        // Another format version, an image of the wrong width, a value of a
        // kind no column holds, a change of a table it does not describe.
        QVERIFY(!RowChangeset::fromBytes(with(QStringLiteral("format"), 2)).has_value());
        QVERIFY(!RowChangeset::fromBytes(
                     with(QStringLiteral("changes"),
                          QCborArray{QCborArray{QStringLiteral("users"), QCborValue(nullptr),
                                                QCborArray{3}}}))
                     .has_value());
        QVERIFY(!RowChangeset::fromBytes(
                     with(QStringLiteral("changes"),
                          QCborArray{QCborArray{QStringLiteral("users"), QCborValue(nullptr),
                                                QCborArray{3, true}}}))
                     .has_value());
        QVERIFY(!RowChangeset::fromBytes(
                     with(QStringLiteral("changes"),
                          QCborArray{QCborArray{QStringLiteral("groups"), QCborValue(nullptr),
                                                QCborArray{3, QStringLiteral("x")}}}))
                     .has_value());
        QVERIFY(!RowChangeset::fromBytes(
                     with(QStringLiteral("changes"),
                          QCborArray{QCborArray{QStringLiteral("users"), QCborValue(nullptr),
                                                QCborValue(nullptr)}}))
                     .has_value());
    }
};

QTEST_GUILESS_MAIN(TestRowChangeset)
#include "tst_rowchangeset.moc"
