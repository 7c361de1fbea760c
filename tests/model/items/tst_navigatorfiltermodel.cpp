#include "common/resultassertions.h"
#include "directory/directory.h"
#include "items/navigatorfiltermodel.h"
#include "items/navigatormodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestNavigatorFilterModel : public QObject
{
    Q_OBJECT

private:
    const QString prod = QStringLiteral("111122223333");
    std::unique_ptr<Directory> dir;
    std::unique_ptr<NavigatorModel> model;
    std::unique_ptr<NavigatorFilterModel> filter;

    // Names of the visible entries under every category of every account.
    QStringList visibleEntries()
    {
        QStringList names;
        const QModelIndex root = filter->index(0, 0); // the organization's root
        for (int a = 0; a < filter->rowCount(root); ++a) {
            const QModelIndex account = filter->index(a, 0, root);
            for (int c = 0; c < filter->rowCount(account); ++c) {
                const QModelIndex category = filter->index(c, 0, account);
                for (int e = 0; e < filter->rowCount(category); ++e)
                    names
                        << filter->index(e, 0, category).data(NavigatorModel::NameRole).toString();
            }
        }
        return names;
    }

private slots:
    void init()
    {
        dir = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        REQUIRE_OK(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("John")));
        REQUIRE_OK(
            dir->createUser(prod, QStringLiteral("Johanna"), QStringLiteral("/contractors/")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Maria")));
        REQUIRE_OK(dir->createGroup(prod, QStringLiteral("Admins")));
        model = std::make_unique<NavigatorModel>(dir.get());
        filter = std::make_unique<NavigatorFilterModel>(model.get());
        new QAbstractItemModelTester(
            filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, filter.get());
    }

    void cleanup()
    {
        filter.reset();
        model.reset();
        dir.reset();
    }

    void matchesNamesCaseInsensitively()
    {
        filter->setFilterText(QStringLiteral("JOH"));
        QCOMPARE(visibleEntries(),
                 (QStringList{QStringLiteral("Johanna"), QStringLiteral("John")}));
    }

    void matchesArns()
    {
        filter->setFilterText(QStringLiteral("user/contractors/"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Johanna")});
        filter->setFilterText(QStringLiteral(":group/"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Admins")});
    }

    void fetchesWhatWasNotFetchedYet()
    {
        // Nothing fetched before the filter (no tester walking it): it must still find every entry.
        filter.reset();
        model = std::make_unique<NavigatorModel>(dir.get());
        filter = std::make_unique<NavigatorFilterModel>(model.get());
        QCOMPARE(model->rowCount(model->categoryIndex(prod, EntityKind::User)), 0);
        filter->setFilterText(QStringLiteral("maria"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Maria")});
    }

    void noMatchLeavesNothing()
    {
        filter->setFilterText(QStringLiteral("nobody-has-this"));
        QCOMPARE(filter->rowCount(), 0);
    }

    void typingOnNarrowsAndDeletingWidensAgain()
    {
        filter->setFilterText(QStringLiteral("jo"));
        QCOMPARE(visibleEntries(),
                 (QStringList{QStringLiteral("Johanna"), QStringLiteral("John")}));
        filter->setFilterText(QStringLiteral("joha"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Johanna")});
        filter->setFilterText(QStringLiteral("jo"));
        QCOMPARE(visibleEntries(),
                 (QStringList{QStringLiteral("Johanna"), QStringLiteral("John")}));
        filter->setFilterText(QStringLiteral("ohn"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("John")});
    }

    // What a shorter text rejected is not taken as rejected by a longer one
    // when the rows changed in between.
    void rowsThatChangeWhileTypingAreSearchedAgain()
    {
        filter->setFilterText(QStringLiteral("t"));
        // A new path puts "team" in John's ARN; a new user takes a removed one's place.
        REQUIRE_OK(dir->renameUser(prod, QStringLiteral("John"), QStringLiteral("John"),
                                   QStringLiteral("/team/")));
        REQUIRE_OK(dir->deleteUser(prod, QStringLiteral("Maria")));
        REQUIRE_OK(dir->createUser(prod, QStringLiteral("Tom")));
        filter->setFilterText(QStringLiteral("te"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("John")});
        filter->setFilterText(QStringLiteral("t"));
        filter->setFilterText(QStringLiteral("tom"));
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Tom")});
    }

    void aMatchingEntrysRelationsShowBelowIt()
    {
        REQUIRE_OK(dir->addUserToGroup(prod, QStringLiteral("Admins"), QStringLiteral("Maria")));
        filter->setFilterText(QStringLiteral("admins"));
        const QModelIndex admins = filter->mapFromSource(
            model->entryIndex(EntityKind::Group, prod, QStringLiteral("Admins")));
        QVERIFY(admins.isValid());
        filter->fetchMore(admins); // expanding it
        QCOMPARE(filter->rowCount(admins), 1);
        QCOMPARE(filter->index(0, 0, admins).data(NavigatorModel::NameRole).toString(),
                 QStringLiteral("Maria"));
        // Maria's own entry does not match; her row below Admins does.
        QCOMPARE(visibleEntries(), QStringList{QStringLiteral("Admins")});
    }

    void clearingShowsEverythingAgain()
    {
        filter->setFilterText(QStringLiteral("maria"));
        filter->setFilterText(QString());
        const QModelIndex account = filter->index(0, 0, filter->index(0, 0));
        QCOMPARE(filter->rowCount(account), 5); // and Identity providers
        // Filtering fetched every entry: 3 users, 1 group and the AWS-managed policies.
        QCOMPARE(visibleEntries().size(), 4 + int(dir->awsManagedPolicies().size()));
    }
};

QTEST_GUILESS_MAIN(TestNavigatorFilterModel)
#include "tst_navigatorfiltermodel.moc"
