#include "common/rawsql.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "items/membershipmatrixfiltermodel.h"
#include "items/membershipmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Matrix = MembershipMatrixModel;

class TestMembershipMatrixModel : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    std::unique_ptr<Directory> dir;
    std::unique_ptr<Matrix> model;
    // Attached only where a test says so: the tester fetches every page itself.
    std::unique_ptr<QAbstractItemModelTester> tester;

    void attachTester(QAbstractItemModel* m)
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    static QString s(const char* text) { return QString::fromUtf8(text); }

    void member(const char* group, const char* user)
    {
        REQUIRE_OK(dir->addUserToGroup(prod, s(group), s(user)));
    }

    QStringList rowHeaders(const QAbstractItemModel& m) const
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.headerData(r, Qt::Vertical).toString();
        return out;
    }

    QStringList columnHeaders(const QAbstractItemModel& m) const
    {
        QStringList out;
        for (int c = 0; c < m.columnCount(); ++c)
            out << m.headerData(c, Qt::Horizontal).toString();
        return out;
    }

    void addManyUsers(int count)
    {
        REQUIRE_OK(dir->runBulkChange([&]() -> Result<void> {
            for (int i = 0; i < count; ++i)
                if (auto r = dir->createUser(prod,
                                             QStringLiteral("u%1").arg(i, 4, 10, QLatin1Char('0')));
                    !r)
                    return r.error();
            return {};
        }));
    }

private slots:
    void init()
    {
        dir = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        REQUIRE_OK(dir->createAccount(prod, s("catphoto-prod")));
        for (const char* name : {"Maria", "john", "Sam", "a,b"})
            REQUIRE_OK(dir->createUser(prod, s(name)));
        for (const char* name : {"Developers", "Admins", "Empty"})
            REQUIRE_OK(dir->createGroup(prod, s(name)));
        member("Developers", "john");
        member("Admins", "Maria");
        member("Developers", "Maria");
        model = std::make_unique<Matrix>(dir.get(), prod);
    }

    void cleanup()
    {
        tester.reset();
        model.reset();
        dir.reset();
    }

    void opensWithoutRowsUntilFetched()
    {
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->totalUserCount(), 4);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 4);
        QVERIFY(!model->canFetchMore({}));
    }

    void headersShowNamesAndCounts()
    {
        model->fetchMore({});
        QCOMPARE(rowHeaders(*model),
                 QStringList({s("a,b (0)"), s("john (1)"), s("Maria (2)"), s("Sam (0)")}));
        QCOMPARE(columnHeaders(*model),
                 QStringList({s("Admins (1)"), s("Developers (2)"), s("Empty (0)")}));
        QCOMPARE(model->headerData(2, Qt::Vertical, Matrix::CountRole).toInt(), 2);
        QCOMPARE(model->headerData(2, Qt::Vertical, Matrix::NameRole).toString(), s("Maria"));
        QCOMPARE(model->headerData(2, Qt::Vertical, Matrix::ArnRole).toString(),
                 s("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(model->headerData(1, Qt::Horizontal, Matrix::ArnRole).toString(),
                 s("arn:aws:iam::111122223333:group/Developers"));
        QCOMPARE(model->headerData(1, Qt::Horizontal, Matrix::CountRole).toInt(), 2);
    }

    void cellsAreReadOnlyMarks()
    {
        model->fetchMore({});
        const QModelIndex johnDevelopers = model->index(1, 1);
        QCOMPARE(johnDevelopers.data().toString(), s("✓"));
        QCOMPARE(johnDevelopers.data(Matrix::MemberRole).toBool(), true);
        const QModelIndex johnAdmins = model->index(1, 0);
        QCOMPARE(johnAdmins.data().toString(), QString());
        QCOMPARE(johnAdmins.data(Matrix::MemberRole).toBool(), false);
        QVERIFY(!(model->flags(johnDevelopers) & Qt::ItemIsEditable));
        QVERIFY(!(model->flags(johnDevelopers) & Qt::ItemIsUserCheckable));
        QVERIFY(!model->setData(johnAdmins, true, Matrix::MemberRole));
        QCOMPARE(dir->groupsForUser(prod, s("john")).size(), 1);
    }

    void highlightsLonelyUsersAndEmptyGroups()
    {
        model->fetchMore({});
        const auto rowHighlight = [&](int row) {
            return model->headerData(row, Qt::Vertical, Matrix::HighlightRole).toBool();
        };
        const auto columnHighlight = [&](int column) {
            return model->headerData(column, Qt::Horizontal, Matrix::HighlightRole).toBool();
        };
        QCOMPARE(QList<bool>({rowHighlight(0), rowHighlight(1), rowHighlight(2), rowHighlight(3)}),
                 QList<bool>({true, false, false, true}));
        QCOMPARE(QList<bool>({columnHighlight(0), columnHighlight(1), columnHighlight(2)}),
                 QList<bool>({false, false, true}));
        // A cell is highlighted when its user or its group is.
        QCOMPARE(model->index(3, 0).data(Matrix::HighlightRole).toBool(), true); // Sam
        QCOMPARE(model->index(1, 2).data(Matrix::HighlightRole).toBool(), true); // Empty
        QCOMPARE(model->index(1, 1).data(Matrix::HighlightRole).toBool(),
                 false); // john, Developers
    }

    void fetchesUsersPageByPage()
    {
        addManyUsers(450);
        model->reload();
        QCOMPARE(model->totalUserCount(), 454);
        QCOMPARE(model->rowCount(), 0);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), Matrix::PageSize);
        QCOMPARE(model->userName(0), s("a,b"));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * Matrix::PageSize);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 454);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->userName(453), s("u0449"));
    }

    void followsMembershipChangeWithDataChangedOnly()
    {
        model->fetchMore({});
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), s("john (1)")); // counts cached
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), s("Admins (1)"));
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy headers(model.get(), &QAbstractItemModel::headerDataChanged);

        member("Admins", "john");
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model->index(1, 0));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model->index(1, 0));
        QCOMPARE(headers.size(), 2);
        QCOMPARE(model->index(1, 0).data().toString(), s("✓"));
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), s("john (2)"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), s("Admins (2)"));

        // Sam leaves "no group" and Empty gets its first member: the whole
        // row and the whole column change highlight.
        QCOMPARE(model->headerData(3, Qt::Vertical).toString(), s("Sam (0)"));
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), s("Empty (0)"));
        changed.clear();
        member("Empty", "Sam");
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model->index(0, 2));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model->index(3, 2));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model->index(3, 0));
        QCOMPARE(changed.at(1).at(1).toModelIndex(), model->index(3, 2));
        QCOMPARE(model->headerData(3, Qt::Vertical, Matrix::HighlightRole).toBool(), false);
        QCOMPARE(model->headerData(2, Qt::Horizontal, Matrix::HighlightRole).toBool(), false);

        REQUIRE_OK(dir->removeUserFromGroup(prod, s("Developers"), s("Maria")));
        QCOMPARE(model->headerData(2, Qt::Vertical).toString(), s("Maria (1)"));
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), s("Developers (1)"));
        QCOMPARE(model->index(2, 1).data(Matrix::MemberRole).toBool(), false);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
    }

    void followsUsersAndGroupsAddedRenamedRemoved()
    {
        model->fetchMore({});
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy rowsInserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy columnsInserted(model.get(), &QAbstractItemModel::columnsInserted);

        REQUIRE_OK(dir->createUser(prod, s("Bob")));
        QCOMPARE(rowsInserted.size(), 1);
        QCOMPARE(rowsInserted.at(0).at(1).toInt(), 1);
        QCOMPARE(rowHeaders(*model), QStringList({s("a,b (0)"), s("Bob (0)"), s("john (1)"),
                                                  s("Maria (2)"), s("Sam (0)")}));

        REQUIRE_OK(dir->renameUser(prod, s("john"), s("zed")));
        QCOMPARE(rowHeaders(*model), QStringList({s("a,b (0)"), s("Bob (0)"), s("Maria (2)"),
                                                  s("Sam (0)"), s("zed (1)")}));
        QCOMPARE(model->index(4, 1).data(Matrix::MemberRole).toBool(), true);

        REQUIRE_OK(dir->createGroup(prod, s("Auditors")));
        QCOMPARE(columnsInserted.size(), 1);
        QCOMPARE(columnsInserted.at(0).at(1).toInt(), 1);
        QCOMPARE(columnHeaders(*model), QStringList({s("Admins (1)"), s("Auditors (0)"),
                                                     s("Developers (2)"), s("Empty (0)")}));

        REQUIRE_OK(dir->renameGroup(prod, s("Developers"), s("Builders")));
        QCOMPARE(columnHeaders(*model), QStringList({s("Admins (1)"), s("Auditors (0)"),
                                                     s("Builders (2)"), s("Empty (0)")}));
        QCOMPARE(model->index(4, 2).data(Matrix::MemberRole).toBool(), true); // zed

        REQUIRE_OK(dir->deleteGroup(prod, s("Empty")));
        REQUIRE_OK(dir->deleteUser(prod, s("Bob")));
        QCOMPARE(columnHeaders(*model),
                 QStringList({s("Admins (1)"), s("Auditors (0)"), s("Builders (2)")}));
        QCOMPARE(rowHeaders(*model),
                 QStringList({s("a,b (0)"), s("Maria (2)"), s("Sam (0)"), s("zed (1)")}));
        QCOMPARE(model->totalUserCount(), 4);
        QCOMPARE(reset.size(), 0);
    }

    void userAddedPastFetchedRowsComesWithItsPage()
    {
        addManyUsers(450);
        model->reload();
        model->fetchMore({});
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        REQUIRE_OK(dir->createUser(prod, s("zzz")));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model->totalUserCount(), 455);
        model->fetchAll();
        QCOMPARE(model->rowCount(), 455);
        QCOMPARE(model->userName(454), s("zzz"));
        QCOMPARE(model->userName(453), s("u0449"));
    }

    void exportsEveryUserAsCsv()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model->exportCsv(&buffer).ok());
        QCOMPARE(model->rowCount(), 0); // exporting does not fetch into the view
        QCOMPARE(QString::fromUtf8(buffer.data()), s("User,Groups,Admins,Developers,Empty\r\n"
                                                     "\"a,b\",0,,,\r\n"
                                                     "john,1,,1,\r\n"
                                                     "Maria,2,1,1,\r\n"
                                                     "Sam,0,,,\r\n"));
    }

    void countsAndCsvKeepToTheirAccount()
    {
        // The same names in another account, with other memberships: read in the same
        // query as this account's, they must not be counted here.
        const QString dev = s("444455556666");
        REQUIRE_OK(dir->createAccount(dev, s("catphoto-dev")));
        REQUIRE_OK(dir->createUser(dev, s("Sam")));
        REQUIRE_OK(dir->createUser(dev, s("john")));
        REQUIRE_OK(dir->createGroup(dev, s("Admins")));
        REQUIRE_OK(dir->createGroup(dev, s("Empty")));
        REQUIRE_OK(dir->addUserToGroup(dev, s("Admins"), s("Sam")));
        REQUIRE_OK(dir->addUserToGroup(dev, s("Empty"), s("Sam")));
        REQUIRE_OK(dir->addUserToGroup(dev, s("Admins"), s("john")));

        MembershipMatrixFilterModel proxy(model.get());
        REQUIRE_OK(
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount, Qt::DescendingOrder));
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("Maria (2)"), s("john (1)"), s("Sam (0)"), s("a,b (0)")}));
        QCOMPARE(columnHeaders(proxy),
                 QStringList({s("Admins (1)"), s("Developers (2)"), s("Empty (0)")}));

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model->exportCsv(&buffer).ok());
        QCOMPARE(QString::fromUtf8(buffer.data()), s("User,Groups,Admins,Developers,Empty\r\n"
                                                     "\"a,b\",0,,,\r\n"
                                                     "john,1,,1,\r\n"
                                                     "Maria,2,1,1,\r\n"
                                                     "Sam,0,,,\r\n"));
    }

    // A failed bulk read is an error the window shows, not counts silently left unread.
    void aFailedReadOfTheCountsIsReported()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(s("matrix.sqlite"));
        auto onFile = std::move(Directory::open(path)).value();
        REQUIRE_OK(onFile->createAccount(prod, s("catphoto-prod")));
        REQUIRE_OK(onFile->createUser(prod, s("Maria")));
        Matrix matrix(onFile.get(), prod);
        MembershipMatrixFilterModel proxy(&matrix);
        REQUIRE_OK(proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount));
        QVERIFY(RawSql::exec(path, {s("ALTER TABLE memberships RENAME TO memberships_gone")}));
        const Result<void> sorted =
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount);
        QVERIFY(!sorted.ok());
        QCOMPARE(sorted.error().code(), s("ServiceFailure"));
        QVERIFY2(sorted.error().message().contains(s("memberships")),
                 qPrintable(sorted.error().message()));
    }

    void exportRefusesAClosedDevice()
    {
        QBuffer buffer;
        const Result<void> result = model->exportCsv(&buffer);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), s("ServiceFailure"));
    }

    void filtersByNameOverUsersNotFetchedYet()
    {
        MembershipMatrixFilterModel proxy(model.get());
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setUserFilter(s("A"));
        QCOMPARE(rowHeaders(proxy), QStringList({s("a,b (0)"), s("Maria (2)"), s("Sam (0)")}));
        proxy.setGroupFilter(s("dev"));
        QCOMPARE(columnHeaders(proxy), QStringList({s("Developers (2)")}));
        QCOMPARE(proxy.index(1, 0).data().toString(), s("✓")); // Maria, Developers
        proxy.setUserFilter(QString());
        proxy.setGroupFilter(QString());
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.columnCount(), 3);
    }

    void sortsUsersByNameOrGroupCount()
    {
        MembershipMatrixFilterModel proxy(model.get());
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        REQUIRE_OK(
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount, Qt::DescendingOrder));
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("Maria (2)"), s("john (1)"), s("Sam (0)"), s("a,b (0)")}));
        REQUIRE_OK(
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount, Qt::AscendingOrder));
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("a,b (0)"), s("Sam (0)"), s("john (1)"), s("Maria (2)")}));
        // A membership change re-sorts.
        member("Admins", "Sam");
        member("Empty", "Sam");
        member("Developers", "Sam");
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("a,b (0)"), s("john (1)"), s("Maria (2)"), s("Sam (3)")}));
        REQUIRE_OK(proxy.sortUsers(MembershipMatrixFilterModel::SortKey::Name, Qt::AscendingOrder));
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("a,b (0)"), s("john (1)"), s("Maria (2)"), s("Sam (3)")}));
        REQUIRE_OK(
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::Name, Qt::DescendingOrder));
        QCOMPARE(rowHeaders(proxy),
                 QStringList({s("Sam (3)"), s("Maria (2)"), s("john (1)"), s("a,b (0)")}));
    }

    void passesTheItemModelTesterThroughEdits()
    {
        model->fetchAll();
        attachTester(model.get());
        member("Empty", "Sam");
        REQUIRE_OK(dir->removeUserFromGroup(prod, s("Admins"), s("Maria")));
        REQUIRE_OK(dir->createUser(prod, s("Bob")));
        REQUIRE_OK(dir->renameUser(prod, s("Bob"), s("Zoe")));
        REQUIRE_OK(dir->deleteUser(prod, s("Zoe")));
        REQUIRE_OK(dir->createGroup(prod, s("Auditors")));
        REQUIRE_OK(dir->renameGroup(prod, s("Auditors"), s("Zeta")));
        REQUIRE_OK(dir->deleteGroup(prod, s("Zeta")));
        QCOMPARE(rowHeaders(*model),
                 QStringList({s("a,b (0)"), s("john (1)"), s("Maria (1)"), s("Sam (1)")}));

        MembershipMatrixFilterModel proxy(model.get());
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setUserFilter(s("m"));
        REQUIRE_OK(
            proxy.sortUsers(MembershipMatrixFilterModel::SortKey::GroupCount, Qt::DescendingOrder));
        member("Admins", "Sam");
        QCOMPARE(rowHeaders(proxy), QStringList({s("Sam (2)"), s("Maria (1)")}));
        tester.reset(); // Qt 6.4's tester does not survive the reset below
        model->setAccountId(s("444455556666"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void followsAnotherAccount()
    {
        const QString dev = s("444455556666");
        REQUIRE_OK(dir->createAccount(dev, s("catphoto-dev")));
        REQUIRE_OK(dir->createUser(dev, s("Dana")));
        model->setAccountId(dev);
        model->fetchMore({});
        QCOMPARE(rowHeaders(*model), QStringList({s("Dana (0)")}));
        QCOMPARE(model->columnCount(), 0);
        // Edits in the other account leave this one alone.
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy headers(model.get(), &QAbstractItemModel::headerDataChanged);
        member("Empty", "Sam");
        QCOMPARE(changed.size(), 0);
        QCOMPARE(headers.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMembershipMatrixModel)
#include "tst_membershipmatrixmodel.moc"
