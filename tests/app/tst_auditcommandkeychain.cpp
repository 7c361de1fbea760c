#include "audit/audittrailseal.h"
#include "auditcommand.h"
#include "commandline.h"
#include "console/consolesession.h"
#include "crypto/owneronlyfile.h"
#include "directory/directory.h"
#include "keychaintesting.h"
#include "secrets/keychainsecretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

// `switchboard audit verify` and `audit checkpoints` over a real SQLite file
// and the real keychain: a cut or emptied trail is named (exit 3), exported
// checkpoints vouch for the trail, and an altered checkpoint is refused.
class TestAuditCommandKeychain : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<Directory> m_dir;
    // A service name of its own, so a developer's real keychain entries are never touched.
    KeychainSecretStore m_store{QStringLiteral("switchboard-test")};

    QString path() const { return m_tmp->filePath(QStringLiteral("directory.sqlite")); }

    Run run(const QStringList& arguments)
    {
        CommandLine commandLine;
        Run result;
        if (!commandLine.parse(QStringList{QStringLiteral("switchboard"), QStringLiteral("audit")} +
                               arguments)) {
            result.err = commandLine.errorText();
            return result;
        }
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        // The account's root user reads the trail (cloudtrail:LookupEvents), as
        // the endpoint's verified callers act: no sign-in event to count.
        ConsoleSession caller(m_dir.get());
        Identity root;
        root.kind = Identity::Kind::Root;
        root.account.id = QStringLiteral("111122223333");
        root.userAccount = root.account;
        caller.actAs(root);
        result.exitCode = AuditCommand(*m_dir, caller, out, err, &m_store).run(commandLine);
        return result;
    }

    // The console records count events with its seal keeping the head.
    void recordSealed(int count)
    {
        AuditTrailSeal seal(m_dir.get(), &m_store);
        std::optional<AuditTrailCheck> started;
        seal.start([&](AuditTrailCheck check) { started = check; });
        QVERIFY(QTest::qWaitFor([&] { return started.has_value(); }, 30000));
        QVERIFY(!started->isTampered());
        for (int i = 0; i < count; ++i) {
            AuditEvent event;
            event.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/Maria");
            event.action = QStringLiteral("iam:DeleteUser");
            event.target = QStringLiteral("user-%1").arg(i);
            event.outcome = QStringLiteral("Success");
            QVERIFY(m_dir->appendAuditEvent(event).ok());
        }
        QVERIFY(QTest::qWaitFor([&] { return seal.isIdle(); }, 30000));
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
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_events_no_delete")));
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM audit_events WHERE sequence >= %1").arg(sequence)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void initTestCase() { SKIP_WITHOUT_KEYCHAIN(); }
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_dir = std::move(Directory::open(path())).value();
    }
    void cleanup() { m_dir.reset(); }

    void verifyNamesATruncatedTrail()
    {
        recordSealed(6);
        const Run intact = run({QStringLiteral("verify")});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.out, QStringLiteral("The audit trail of 6 events is intact.\n"));

        deleteEventsFrom(5);
        const Run cut = run({QStringLiteral("verify")});
        QCOMPARE(cut.exitCode, AuditCommand::TamperedExit);
        QVERIFY2(cut.out.contains(QLatin1String("The audit trail was truncated: it has 4 events, "
                                                "but 6 were recorded.")),
                 qPrintable(cut.out));
        const Run json = run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, AuditCommand::TamperedExit);
        const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(answer[QStringLiteral("state")].toString(), QStringLiteral("truncated"));
        QCOMPARE(answer[QStringLiteral("intact")].toBool(), false);
        QCOMPARE(answer[QStringLiteral("events")].toInt(), 4);
        QCOMPARE(answer[QStringLiteral("recordedEvents")].toInt(), 6);
    }

    void verifyNamesAnEmptiedTrail()
    {
        recordSealed(3);
        deleteEventsFrom(1);
        QCOMPARE(m_dir->auditEventCount(), 0);
        const Run emptied = run({QStringLiteral("verify")});
        QCOMPARE(emptied.exitCode, AuditCommand::TamperedExit);
        QVERIFY2(emptied.out.contains(QLatin1String(
                     "The audit trail was emptied: it has no events, but 3 were recorded.")),
                 qPrintable(emptied.out));
    }

    void exportedCheckpointsVouchForTheTrailAndAnAlteredOneIsRefused()
    {
        recordSealed(4);
        const QString file = m_tmp->filePath(QStringLiteral("checkpoints.json"));
        const Run exported = run({QStringLiteral("checkpoints"), QStringLiteral("--export"), file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.contains(QLatin1String("1 checkpoint written")),
                 qPrintable(exported.out + exported.err));
        QCOMPARE(OwnerOnlyFile::mode(file), 0600);
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QByteArray text = read.readAll();
        read.close();
        const QJsonObject document = QJsonDocument::fromJson(text).object();
        QCOMPARE(document[QStringLiteral("directoryId")].toString(), m_dir->directoryId());
        const QJsonObject checkpoint =
            document[QStringLiteral("checkpoints")].toArray().at(0).toObject();
        QCOMPARE(checkpoint[QStringLiteral("eventCount")].toInt(), 4);
        QCOMPARE(checkpoint[QStringLiteral("signature")].toString().size(), 64);

        const Run verified = run({QStringLiteral("verify"), QStringLiteral("--checkpoints"), file});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QLatin1String("intact")), qPrintable(verified.out));

        // The checkpoint made to vouch for fewer events no longer verifies.
        QByteArray forged = text;
        forged.replace("\"eventCount\": 4", "\"eventCount\": 2");
        QVERIFY(forged != text);
        const QString forgedFile = m_tmp->filePath(QStringLiteral("forged.json"));
        QVERIFY(OwnerOnlyFile::write(forgedFile, forged).ok());
        const Run refused =
            run({QStringLiteral("verify"), QStringLiteral("--checkpoints"), forgedFile});
        QCOMPARE(refused.exitCode, AuditCommand::TamperedExit);
        QVERIFY2(refused.out.contains(QLatin1String("Checkpoint 1 does not verify")),
                 qPrintable(refused.out));

        // A cut trail is named by the exported file too.
        deleteEventsFrom(3);
        const Run cut = run({QStringLiteral("verify"), QStringLiteral("--checkpoints"), file});
        QCOMPARE(cut.exitCode, AuditCommand::TamperedExit);
        QVERIFY(cut.out.contains(QLatin1String("truncated")));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommandKeychain)
#include "tst_auditcommandkeychain.moc"
