#include "directory/changefeed.h"
#include "directory/directory.h"
#include "directory/sqlconnection.h"
#include "directorytesthelpers.h"
#include "iam/clock.h"

#include "common/testengine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DirectoryTest;
using Change = ChangeFeed::Change;
using Type = DirectoryChange::Notification::Type;

// What one console's edits tell the others on the same directory: on
// PostgreSQL each change, as it was, within a second; on SQLite a reset
// when asked (checkExternalChanges).
class TstChangeFeed : public QObject
{
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)};
    QTemporaryDir tmp;
    // Another console's edits reach a directory within this time.
    static constexpr int deliveryMs = 1000;

    // One directory location, for two connections to it.
    QString sharedLocation()
    {
        return TestEngine::onPostgres() ? TestEngine::freshLocation()
                                        : tmp.filePath(QUuid::createUuid().toString(QUuid::Id128) +
                                                       QStringLiteral(".sqlite"));
    }

    struct Pair
    {
        std::unique_ptr<Directory> here;  // the console that watches
        std::unique_ptr<Directory> there; // the other console, which edits
    };
    static Pair open(const QString& location, const Clock* clock)
    {
        Pair pair;
        auto here = Directory::open(location, clock);
        auto there = Directory::open(location, clock);
        if (!here || !there)
            qFatal("cannot open the shared directory %s", qPrintable(location));
        pair.here = std::move(here).value();
        pair.there = std::move(there).value();
        return pair;
    }

    // Every kind of change, with characters the encoding must carry.
    static QList<Change> everyChange()
    {
        const auto of = [](Type type, EntityKind kind, const QString& account, const QString& name,
                           const QString& other) {
            return Change{{type, kind, account, name, other}, Change::Other::None};
        };
        const auto beyondUndo = [](Change::Other other, const QString& name,
                                   const QString& detail) {
            Change change;
            change.other = other;
            change.notification.name = name;
            change.notification.other = detail;
            return change;
        };
        return {
            of(Type::EntityAdded, EntityKind::User, prod, QStringLiteral("Alice+Ops=1,2@x.y_z-w"),
               {}),
            of(Type::EntityRemoved, EntityKind::Role, prod, QStringLiteral("Admin"), {}),
            of(Type::EntityChanged, EntityKind::Policy, prod, QStringLiteral("ReadOnly"), {}),
            of(Type::EntityRenamed, EntityKind::Group, dev, QStringLiteral("Ops"),
               QStringLiteral("Opérations")),
            of(Type::MembershipAdded, EntityKind::Group, prod, QStringLiteral("Ops"),
               QStringLiteral("Alice")),
            of(Type::MembershipRemoved, EntityKind::Group, prod, QStringLiteral("Ops"),
               QStringLiteral("Bob")),
            of(Type::AttachmentsChanged, EntityKind::User, prod, QStringLiteral("Alice"),
               QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")),
            of(Type::AccountsChanged, EntityKind::User, {}, {}, {}),
            of(Type::PasswordPolicyChanged, EntityKind::User, dev, {}, {}),
            of(Type::SamlProvidersChanged, EntityKind::User, dev, {}, {}),
            of(Type::DirectoryReset, EntityKind::User, {}, {}, {}),
            beyondUndo(Change::Other::AuditEventAppended, {}, QStringLiteral("42")),
            beyondUndo(Change::Other::TemporarySessionsChanged, {}, {}),
            beyondUndo(Change::Other::RoleBookmarksChanged,
                       QStringLiteral("arn:aws:iam::111122223333:user/Tab\tNew\nLine%"), {}),
        };
    }

    // SQLite cannot tell what another connection changed, only that it did:
    // asked, it resets once. Fails the test when it does not.
    static void requireOneReset(Directory& here)
    {
        QSignalSpy reset(&here, &Directory::directoryReset);
        QVERIFY(here.checkExternalChanges());
        QCOMPARE(reset.count(), 1);
        QVERIFY(!here.checkExternalChanges());
    }

private Q_SLOTS:
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }

    // ---- the payload

    void changesReadBackAsTheyWereSent()
    {
        const QByteArray payload = ChangeFeed::encode(4242, everyChange());
        QVERIFY(payload.size() < ChangeFeed::maxPayloadBytes);
        QVERIFY2(!payload.contains('\t' + QByteArray("New")), "a field's tab must be escaped");
        const auto decoded = ChangeFeed::decode(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->sender, 4242);
        QCOMPARE(decoded->changes, everyChange());
    }

    void tooManyChangesGoOutAsOneReset()
    {
        QList<Change> many;
        for (int i = 0; i < 400; ++i)
            many.append({{Type::EntityAdded,
                          EntityKind::User,
                          prod,
                          QStringLiteral("generated-user-%1").arg(i),
                          {}},
                         Change::Other::None});
        const QByteArray payload = ChangeFeed::encode(7, many);
        QVERIFY(payload.size() <= ChangeFeed::maxPayloadBytes);
        const auto decoded = ChangeFeed::decode(payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->changes,
                 QList<Change>({{{Type::DirectoryReset, EntityKind::User, {}, {}, {}},
                                 Change::Other::None}}));
    }

    void aPayloadOfAnotherFormatIsRefused()
    {
        QVERIFY(!ChangeFeed::decode("hello"));
        QVERIFY(!ChangeFeed::decode("switchboard-changes/1 12\nZ\t0\ta\tb\tc"));
        QVERIFY(!ChangeFeed::decode("switchboard-changes/1 12\nA\t9\ta\tb\tc"));
        QVERIFY(!ChangeFeed::decode("switchboard-changes/2 12\nA\t0\ta\tb\tc"));
    }

    // ---- two connections

    void anotherConsolesCreationArrivesAsItself()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        QCoreApplication::processEvents();
        (void)dirs.here->checkExternalChanges(); // forget the account's creation
        QSignalSpy added(dirs.here.get(), &Directory::entityAdded);
        QSignalSpy reset(dirs.here.get(), &Directory::directoryReset);
        REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("Noor")));
        if (!TestEngine::onPostgres()) {
            REQUIRE_HELPER(requireOneReset(*dirs.here));
            QCOMPARE(added.count(), 0);
            return;
        }
        QVERIFY(added.wait(deliveryMs));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(added.first().at(1).toString(), prod);
        QCOMPARE(added.first().at(2).toString(), QStringLiteral("Noor"));
        QCOMPARE(reset.count(), 0);
        // A service asking before its next request learns that its caches are stale, once.
        QVERIFY(dirs.here->checkExternalChanges());
        QVERIFY(!dirs.here->checkExternalChanges());
    }

    void renamesDeletionsAndTheAuditTrailArrive()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("Noor")));
        QCoreApplication::processEvents();
        (void)dirs.here->checkExternalChanges();
        QSignalSpy renamed(dirs.here.get(), &Directory::entityRenamed);
        QSignalSpy removed(dirs.here.get(), &Directory::entityRemoved);
        QSignalSpy audited(dirs.here.get(), &Directory::auditEventAppended);
        REQUIRE_OK(dirs.there->renameUser(prod, QStringLiteral("Noor"), QStringLiteral("Nour")));
        REQUIRE_OK(dirs.there->deleteUser(prod, QStringLiteral("Nour")));
        AuditEvent event;
        event.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/Admin");
        event.action = QStringLiteral("DeleteUser");
        event.target = QStringLiteral("Nour");
        event.outcome = QStringLiteral("Success");
        REQUIRE_OK(dirs.there->appendAuditEvent(event));
        if (!TestEngine::onPostgres()) {
            REQUIRE_HELPER(requireOneReset(*dirs.here));
            return;
        }
        QVERIFY(audited.wait(deliveryMs));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(2).toString(), QStringLiteral("Noor"));
        QCOMPARE(renamed.first().at(3).toString(), QStringLiteral("Nour"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(2).toString(), QStringLiteral("Nour"));
        const auto heard = audited.first().at(0).value<AuditEvent>();
        QCOMPARE(heard.action, QStringLiteral("DeleteUser"));
        QCOMPARE(heard.sequence, dirs.there->auditEventCount());
    }

    void anUndoneEditArrivesUndone()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        DirectoryChange change;
        REQUIRE_VALUE(change, dirs.there->recordChange([&]() -> Result<void> {
            auto created = dirs.there->createGroup(prod, QStringLiteral("Ops"));
            if (!created)
                return created.error();
            return {};
        }));
        QCoreApplication::processEvents();
        (void)dirs.here->checkExternalChanges();
        QSignalSpy removed(dirs.here.get(), &Directory::entityRemoved);
        REQUIRE_OK(dirs.there->revertChange(change));
        if (!TestEngine::onPostgres()) {
            REQUIRE_HELPER(requireOneReset(*dirs.here));
            return;
        }
        QVERIFY(removed.wait(deliveryMs));
        QCOMPARE(removed.first().at(0).value<EntityKind>(), EntityKind::Group);
        QCOMPARE(removed.first().at(2).toString(), QStringLiteral("Ops"));
    }

    void ownAndRolledBackEditsAreNotHeard()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        REQUIRE_OK(dirs.here->createUser(prod, QStringLiteral("Noor")));
        QCoreApplication::processEvents();
        (void)dirs.here->checkExternalChanges();
        QSignalSpy added(dirs.here.get(), &Directory::entityAdded);
        QSignalSpy reset(dirs.here.get(), &Directory::directoryReset);
        // Its own edit: emitted once, as it committed, never again from the server.
        REQUIRE_OK(dirs.here->createUser(prod, QStringLiteral("Lea")));
        QCOMPARE(added.count(), 1);
        // The other's edit that failed changed nothing, so it tells nothing.
        REQUIRE_CODE(dirs.there->createUser(prod, QStringLiteral("noor")),
                     QStringLiteral("EntityAlreadyExists"));
        QTest::qWait(300);
        QCOMPARE(added.count(), 1);
        QCOMPARE(reset.count(), 0);
        QVERIFY(!dirs.here->checkExternalChanges());
    }

    // ---- the notification and the commit

    // Sent inside the edit's transaction: out with the commit, before the
    // console that made the edit has even told its own views; nothing for
    // an edit rolled back.
    void theNotificationGoesOutWithTheCommitOrNotAtAll()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        (void)dirs.here->checkExternalChanges();
        if (!TestEngine::onPostgres()) {
            // SQLite's consoles ask; a rolled-back edit changed nothing to tell.
            const Result<void> rolledBack = dirs.there->runInTransaction([&]() -> Result<void> {
                if (auto created = dirs.there->createUser(prod, QStringLiteral("Gone")); !created)
                    return created.error();
                return IamError::invalidInput(QStringLiteral("changed my mind"));
            });
            REQUIRE_CODE(rolledBack, QStringLiteral("InvalidInput"));
            QVERIFY(!dirs.here->checkExternalChanges());
            REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("Kept")));
            REQUIRE_HELPER(requireOneReset(*dirs.here));
            return;
        }
        std::unique_ptr<SqlConnection> listener;
        REQUIRE_VALUE(listener, SqlConnection::open(dirs.there->filePath()));
        QList<ChangeFeed::Decoded> heard;
        REQUIRE_OK(listener->listen(ChangeFeed::channel(), [&](const QString& payload) {
            if (const auto decoded = ChangeFeed::decode(payload.toUtf8()))
                heard.append(*decoded);
        }));

        const Result<void> rolledBack = dirs.there->runInTransaction([&]() -> Result<void> {
            if (auto created = dirs.there->createUser(prod, QStringLiteral("Gone")); !created)
                return created.error();
            return IamError::invalidInput(QStringLiteral("changed my mind"));
        });
        REQUIRE_CODE(rolledBack, QStringLiteral("InvalidInput"));
        QTest::qWait(300);
        QVERIFY2(heard.isEmpty(), "a rolled-back edit told the others");

        bool heardBeforeItsOwnViews = false;
        const auto own = connect(dirs.there.get(), &Directory::entityAdded, this, [&] {
            heardBeforeItsOwnViews = QTest::qWaitFor([&] { return !heard.isEmpty(); }, deliveryMs);
        });
        REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("Kept")));
        disconnect(own);
        QVERIFY2(heardBeforeItsOwnViews, "the notification waited for the console's own views");
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().changes.size(), 1);
        QCOMPARE(heard.first().changes.first().notification.name, QStringLiteral("Kept"));
    }

    // ---- a dropped listener

    // The server drops the listener connections (a restart, an administrator):
    // each console opens its own again, resets what it shows (what was sent
    // meanwhile was not heard), and hears later edits again.
    void aDroppedListenerIsOpenedAgainAndResets()
    {
        Pair dirs = open(sharedLocation(), &clock);
        REQUIRE_OK(dirs.there->createAccount(prod));
        QCoreApplication::processEvents();
        (void)dirs.here->checkExternalChanges();
        if (!TestEngine::onPostgres()) {
            // No listener to lose: SQLite's consoles ask, and hear every later edit so.
            REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("After")));
            REQUIRE_HELPER(requireOneReset(*dirs.here));
            return;
        }
        QSignalSpy reset(dirs.here.get(), &Directory::directoryReset);
        QSignalSpy added(dirs.here.get(), &Directory::entityAdded);
        std::unique_ptr<SqlConnection> admin;
        REQUIRE_VALUE(admin, SqlConnection::open(dirs.there->filePath()));
        int dropped = 0;
        REQUIRE_OK(admin->select(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                                "pg_stat_activity WHERE datname = "
                                                "current_database() AND application_name = ?"),
                                 {ChangeFeed::listenerName()},
                                 [&](const QSqlQuery& q) { dropped += q.value(0).toBool(); }));
        QCOMPARE(dropped, 2); // both consoles' listeners
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 5 * ChangeFeed::checkIntervalMs);
        QCOMPARE(added.count(), 0);
        REQUIRE_OK(dirs.there->createUser(prod, QStringLiteral("After")));
        QVERIFY(added.wait(deliveryMs));
        QCOMPARE(added.first().at(2).toString(), QStringLiteral("After"));
    }
};

QTEST_GUILESS_MAIN(TstChangeFeed)
#include "tst_changefeed.moc"
