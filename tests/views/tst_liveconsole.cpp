#include "console/consolesession.h"
#include "democonsole.h"
#include "detailpane.h"
#include "detailpanetexts.h"
#include "items/navigatormodel.h"
#include "navigatorview.h"

#include "common/resultassertions.h"
#include "common/testengine.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using DetailPaneTexts::labelText;
using DetailPaneTexts::summaryTexts;

// A console stays live: an edit made through another connection to the same
// directory (another console on PostgreSQL) appears in the navigator and on
// the open page within a second, in place (no model reset); the page of an
// entity deleted says so. On SQLite, where consoles do not hear each other,
// the same edits made in this console take the same path.
class TestLiveConsole : public QObject
{
    Q_OBJECT

    // What another console's edit may take to arrive.
    static constexpr int deliveryMs = 1000;
    const QString prod = QStringLiteral("111122223333");

    static QStringList namesUnder(const NavigatorModel& model, const QModelIndex& parent)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(parent); ++row)
            names << model.index(row, 0, parent).data().toString();
        return names;
    }

private Q_SLOTS:
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    void anotherConsolesEditsShowInPlace()
    {
        const QString location = TestEngine::freshLocation();
        OPEN_DEMO_CONSOLE(c, location);
        REQUIRE_OK(c.signIn(QStringLiteral("Maria")));
        // The other console: its own connection on PostgreSQL; this one on SQLite.
        std::unique_ptr<Directory> other;
        Directory* editor = c.dir.get();
        if (TestEngine::onPostgres()) {
            REQUIRE_VALUE(other, Directory::open(location));
            editor = other.get();
        }
        NavigatorModel model(c.dir.get(), c.session.get());
        NavigatorView navigator(&model);
        DetailPane pane(c.session.get(), c.services());
        connect(&navigator, &NavigatorView::nodeSelected, &pane, &DetailPane::showNode);
        navigator.show();
        const QModelIndex users = model.categoryIndex(prod, EntityKind::User);
        QVERIFY(model.entryIndex(EntityKind::User, prod, QStringLiteral("John")).isValid());
        const int shownBefore = model.rowCount(users);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // A new user: one more row, within a second.
        QElapsedTimer clock;
        clock.start();
        REQUIRE_OK(editor->createUser(prod, QStringLiteral("Remote")));
        QTRY_VERIFY_WITH_TIMEOUT(namesUnder(model, users).contains(QStringLiteral("Remote")),
                                 deliveryMs);
        QVERIFY2(clock.elapsed() < deliveryMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(model.rowCount(users), shownBefore + 1);
        QCOMPARE(resets.count(), 0);

        // Its page, open here, follows the other console's edit, on the same tab.
        navigator.selectEntity(EntityKind::User, prod, QStringLiteral("Remote"));
        QCOMPARE(pane.currentNode().name, QStringLiteral("Remote"));
        QVERIFY(pane.tabs());
        pane.tabs()->setCurrentIndex(2);
        REQUIRE_OK(editor->tagEntity(EntityKind::User, prod, QStringLiteral("Remote"),
                                     {{QStringLiteral("team"), QStringLiteral("blue")}}));
        QTRY_VERIFY_WITH_TIMEOUT(summaryTexts(pane).contains(QStringLiteral("team=blue")),
                                 deliveryMs);
        QCOMPARE(pane.tabs()->currentIndex(), 2);

        // Deleted: the row goes, the page stays and says so.
        REQUIRE_OK(editor->deleteUser(prod, QStringLiteral("Remote")));
        QTRY_VERIFY_WITH_TIMEOUT(pane.findChild<QLabel*>(QStringLiteral("DeletedNotice")),
                                 deliveryMs);
        QCOMPARE(labelText(pane, "PageTitle"), QStringLiteral("Remote"));
        QCOMPARE(labelText(pane, "PageKind"), QStringLiteral("IAM user"));
        QVERIFY(!pane.findChild<QGroupBox*>(QStringLiteral("Summary")));
        QVERIFY(!namesUnder(model, users).contains(QStringLiteral("Remote")));
        QCOMPARE(model.rowCount(users), shownBefore);
        QCOMPARE(resets.count(), 0);

        // Any row chosen next shows its page, the one the tree moved to included.
        navigator.selectEntity(EntityKind::User, prod, QStringLiteral("John"));
        QCOMPARE(pane.currentNode().name, QStringLiteral("John"));
        QCOMPARE(labelText(pane, "PageTitle"), QStringLiteral("John"));
    }
};

QTEST_MAIN(TestLiveConsole)
#include "tst_liveconsole.moc"
