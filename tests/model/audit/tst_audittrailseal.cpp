#include "asynctesting.h"
#include "audit/auditcheckpointfile.h"
#include "audit/audittrailseal.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "secrets/inmemorysecretstore.h"
#include "secrets/secretjob.h"
#include "secrets/secretkey.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using State = AuditTrailCheck::State;

// The seal over a real SQLite file and an in-memory secret store: a trail
// whose newest events, or all of them, are deleted is named, a lag is not.
class TestAuditTrailSeal : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0, 0), Qt::UTC)};
    InMemorySecretStore m_secrets;
    std::unique_ptr<Directory> m_dir;

    QString path() const { return m_tmp->filePath(QStringLiteral("directory.sqlite")); }

    void append(int count)
    {
        for (int i = 0; i < count; ++i) {
            AuditEvent event;
            event.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/Maria");
            event.action = QStringLiteral("iam:CreateUser");
            event.target = QStringLiteral("user-%1").arg(i);
            event.outcome = QStringLiteral("Success");
            REQUIRE_OK(m_dir->appendAuditEvent(event));
        }
    }

    // What an attacker with the file does: the trigger that forbids deletes goes first.
    void deleteEventsFrom(qint64 sequence)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_events_no_delete")));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM audit_events WHERE sequence >= %1").arg(sequence)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    static AuditTrailCheck
    run(const std::function<void(std::function<void(AuditTrailCheck)>)>& call)
    {
        std::optional<AuditTrailCheck> result;
        call([&](AuditTrailCheck check) { result = check; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
            QTest::qFail("the seal never answered", __FILE__, __LINE__);
            return {};
        }
        return *result;
    }

    AuditTrailCheck check()
    {
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        const AuditTrailCheck result = run([&](auto done) { seal.check(done); });
        if (!QTest::qWaitFor([&] { return seal.isIdle(); }, 5000))
            QTest::qFail("the seal never wrote the head", __FILE__, __LINE__);
        return result;
    }

    QString storedHead()
    {
        return QString::fromUtf8(
            AsyncTesting::storeValue(m_secrets,
                                     SecretKey(QUuid::fromString(m_dir->directoryId()),
                                               SecretKey::Kind::AuditHead, QStringLiteral("trail"))
                                         .toString(),
                                     5000));
    }

    // A seal keeping the head while count events are appended.
    void appendSealed(int count)
    {
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        run([&](auto done) { seal.start(done); });
        REQUIRE_HELPER(append(count));
        const int expected = m_dir->auditEventCount();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return seal.isIdle() && storedHead().contains(QStringLiteral(":%1,").arg(expected));
            },
            5000));
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = std::move(Directory::open(path(), &m_clock)).value();
    }
    void cleanup() { m_dir.reset(); }

    void aSealedTrailIsIntactAndAnEmptyOneToo()
    {
        QCOMPARE(check().state, State::Intact); // nothing recorded, nothing vouched for
        REQUIRE_HELPER(appendSealed(5));
        const AuditTrailCheck intact = check();
        QCOMPARE(intact.state, State::Intact);
        QCOMPARE(intact.events, 5);
        QVERIFY(!intact.isTampered());
    }

    void aTrailWithItsNewestEventsDeletedIsNamedTruncated()
    {
        REQUIRE_HELPER(appendSealed(5));
        REQUIRE_HELPER(deleteEventsFrom(4));
        QVERIFY(!m_dir->verifyAuditChain().has_value()); // the chain alone cannot tell
        const AuditTrailCheck cut = check();
        QCOMPARE(cut.state, State::Truncated);
        QCOMPARE(cut.events, 3);
        QCOMPARE(cut.vouched, 5);
        QVERIFY(cut.isTampered());
        QVERIFY2(cut.message().contains(QLatin1String("truncated")), qPrintable(cut.message()));
        QVERIFY(cut.message().contains(QLatin1String("has 3 events, but 5 were recorded")));
        // The evidence stays: appending more does not move the head over it.
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        QCOMPARE(run([&](auto done) { seal.start(done); }).state, State::Truncated);
        REQUIRE_HELPER(append(4));
        // A head write would have started at the append: wait for it to end, if any.
        QTRY_VERIFY(seal.isIdle());
        QCOMPARE(check().state, State::Rewritten); // event 5 is not the one recorded
    }

    void anEmptiedTrailIsNamedEmptied()
    {
        REQUIRE_HELPER(appendSealed(3));
        REQUIRE_HELPER(deleteEventsFrom(1));
        const AuditTrailCheck emptied = check();
        QCOMPARE(emptied.state, State::Emptied);
        QCOMPARE(emptied.vouched, 3);
        QVERIFY(emptied.isTampered());
        QVERIFY(emptied.message().contains(QLatin1String("emptied")));
    }

    void aHeadBehindIsALagAndCatchesUp()
    {
        REQUIRE_HELPER(appendSealed(2));
        // Appended while no seal ran (or the program stopped before the head's write).
        REQUIRE_HELPER(append(3));
        const AuditTrailCheck lag = check();
        QCOMPARE(lag.state, State::HeadBehind);
        QCOMPARE(lag.vouched, 2);
        QVERIFY(!lag.isTampered());
        QCOMPARE(check().state, State::Intact);
    }

    void aTrailFromBeforeIsSealedOnItsFirstCheck()
    {
        REQUIRE_HELPER(append(2));
        QCOMPARE(check().state, State::Unsealed);
        QCOMPARE(check().state, State::Intact);
    }

    void aRunningSealNoticesACut()
    {
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        run([&](auto done) { seal.start(done); });
        REQUIRE_HELPER(append(4));
        QVERIFY(QTest::qWaitFor([&] { return seal.isIdle(); }, 5000));
        std::optional<AuditTrailCheck> found;
        connect(&seal, &AuditTrailSeal::tamperingFound, this,
                [&](const AuditTrailCheck& check) { found = check; });
        REQUIRE_HELPER(deleteEventsFrom(3));
        REQUIRE_HELPER(append(1));
        QVERIFY(QTest::qWaitFor([&] { return found.has_value(); }, 5000));
        QCOMPARE(found->state, State::Truncated);
        QCOMPARE(found->vouched, 4);
    }

    void checkpointsAreSignedLinkedAndCheckedAgainstTheTrail()
    {
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        run([&](auto done) { seal.start(done); });
        REQUIRE_HELPER(append(3));
        std::optional<Result<AuditCheckpoint>> first;
        seal.recordCheckpoint([&](Result<AuditCheckpoint> r) { first.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 5000));
        QVERIFY(first->ok());
        QCOMPARE(first->value().eventCount, 3);
        REQUIRE_HELPER(append(2));
        std::optional<Result<AuditCheckpoint>> second;
        seal.recordCheckpoint([&](Result<AuditCheckpoint> r) { second.emplace(std::move(r)); });
        QVERIFY(QTest::qWaitFor([&] { return second.has_value(); }, 5000));
        QVERIFY(second->ok());
        QCOMPARE(second->value().eventCount, 6); // the first checkpoint is an event too
        QCOMPARE(second->value().previousSignature, first->value().signature);

        // Exported and read back, they vouch for the trail.
        const QByteArray file =
            AuditCheckpointFile::toJson(m_dir->directoryId(), seal.checkpoints());
        const auto parsed = AuditCheckpointFile::parse(file);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 2);
        const AuditTrailCheck good =
            run([&](auto done) { seal.verifyCheckpoints(parsed.value(), done); });
        QCOMPARE(good.state, State::Intact);
        QCOMPARE(good.vouched, 6);

        // A checkpoint altered to vouch for less is refused.
        QList<AuditCheckpoint> forged = parsed.value();
        forged[1].eventCount = 4;
        const AuditTrailCheck refused =
            run([&](auto done) { seal.verifyCheckpoints(forged, done); });
        QCOMPARE(refused.state, State::CheckpointInvalid);
        QCOMPARE(refused.position, 2);
        QVERIFY(refused.isTampered());
        // So is one taken out of the chain.
        const AuditTrailCheck unlinked = run([&](auto done) {
            seal.verifyCheckpoints({parsed.value().at(1), parsed.value().at(0)}, done);
        });
        QCOMPARE(unlinked.state, State::CheckpointInvalid);

        // A trail cut below what was exported is named, by the file alone.
        REQUIRE_HELPER(deleteEventsFrom(5));
        AuditTrailSeal later(m_dir.get(), &m_secrets);
        const AuditTrailCheck cut =
            run([&](auto done) { later.verifyCheckpoints(parsed.value(), done); });
        QCOMPARE(cut.state, State::Truncated);
        QCOMPARE(cut.events, 4);
        QCOMPARE(cut.vouched, 6);
    }

    void aCheckpointIsRecordedEveryHundredEvents()
    {
        AuditTrailSeal seal(m_dir.get(), &m_secrets);
        run([&](auto done) { seal.start(done); });
        REQUIRE_HELPER(append(int(AuditTrailSeal::CheckpointInterval) - 1));
        QVERIFY(QTest::qWaitFor([&] { return seal.isIdle(); }, 5000));
        QVERIFY(seal.checkpoints().isEmpty());
        REQUIRE_HELPER(append(1));
        QVERIFY(QTest::qWaitFor([&] { return !seal.checkpoints().isEmpty(); }, 5000));
        QCOMPARE(seal.checkpoints().first().eventCount, AuditTrailSeal::CheckpointInterval);
    }

    void aMalformedCheckpointFileIsRefused()
    {
        QVERIFY(!AuditCheckpointFile::parse("not json").ok());
        QVERIFY(!AuditCheckpointFile::parse("{}").ok());
        QVERIFY(!AuditCheckpointFile::parse(R"({"checkpoints": [{"eventCount": "3"}]})").ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrailSeal)
#include "tst_audittrailseal.moc"
