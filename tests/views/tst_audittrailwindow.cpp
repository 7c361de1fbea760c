#include "audittrailwindow.h"
#include "common/resultassertions.h"
#include "console/consolesession.h"
#include "iam/clock.h"
#include "items/auditlogmodel.h"
#include "testdirectory.h"

#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestAuditTrailWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir tmp;
    QString path;
    ManualClock clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC)};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<AuditTrailWindow> window;

    static QString s(const char* text) { return QString::fromUtf8(text); }

    QAbstractItemModel* shown() const { return window->table()->model(); }

    // Rewrites history behind the directory's back, as an attacker with the file would.
    bool tamper(const QStringList& statements) const
    {
        const QString name = QUuid::createUuid().toString();
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString& statement : statements)
                ok = ok && q.exec(statement);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    void open(const char* user)
    {
        QVERIFY(session->signIn(TestDirectory::prod, s(user), TestDirectory::password).ok());
        window = std::make_unique<AuditTrailWindow>(dir.get(), session.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }

    QStringList column(int c) const
    {
        QStringList out;
        for (int r = 0; r < shown()->rowCount(); ++r)
            out << shown()->index(r, c).data().toString();
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(tmp.isValid());
        clock.setNow(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC));
        path = tmp.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + s(".db"));
        REQUIRE_VALUE(dir, TestDirectory::small(path, &clock));
        session = std::make_unique<ConsoleSession>(dir.get(), &clock);
        // Event 1: a failed sign-in; event 2: John signs in; event 3: he signs out.
        QVERIFY(!session->signIn(TestDirectory::prod, s("John"), s("wrong")).ok());
        clock.advance(60);
        QVERIFY(session->signIn(TestDirectory::prod, s("John"), TestDirectory::password).ok());
        clock.advance(60);
        session->signOut();
        clock.advance(60);
    }

    void cleanup()
    {
        window.reset();
        session.reset();
        dir.reset();
    }

    void showsEveryEventAndAnIntactChain()
    {
        open("Maria"); // event 4
        QTRY_COMPARE(shown()->rowCount(), 4);
        QCOMPARE(column(AuditLogModel::ActionColumn),
                 QStringList({s("ConsoleLogin"), s("ConsoleLogin"), s("ConsoleSignOut"),
                              s("ConsoleLogin")}));
        QCOMPARE(column(AuditLogModel::OutcomeColumn),
                 QStringList({s("Failure"), s("Success"), s("Success"), s("Success")}));
        QCOMPARE(column(AuditLogModel::TimeColumn).first(), s("2026-11-29T09:00:00Z"));
        QCOMPARE(window->chainStatus(), s("Chain intact (4 event(s))"));
        // Failures stand out.
        QVERIFY(shown()->index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!shown()->index(1, 0).data(Qt::BackgroundRole).isValid());
    }

    void followsNewEvents()
    {
        open("Maria");
        QTRY_COMPARE(shown()->rowCount(), 4);
        AuditEvent event;
        event.actorArn = s("arn:aws:iam::111122223333:user/Maria");
        event.sessionName = s("Maria");
        event.action = s("iam:CreateUser");
        event.target = s("arn:aws:iam::111122223333:user/Zoe");
        event.outcome = s("Success");
        QVERIFY(dir->appendAuditEvent(event).ok());
        QCOMPARE(shown()->rowCount(), 5);
        QCOMPARE(shown()->index(4, AuditLogModel::ActionColumn).data().toString(),
                 s("iam:CreateUser"));
        QVERIFY(window->actionBox()->findData(s("iam:CreateUser")) > 0);
        QCOMPARE(window->chainStatus(), s("Chain intact (5 event(s))"));
    }

    void showsWhereACallCameFrom()
    {
        open("Maria");
        AuditEvent call;
        call.actorArn = s("arn:aws:iam::111122223333:user/Maria");
        call.action = s("iam:ListUsers");
        call.outcome = s("Success");
        call.sourceAddress = s("127.0.0.1");
        call.userAgent = s("aws-cli/2.15.0 Python/3.11.6");
        QVERIFY(dir->appendAuditEvent(call).ok());
        QCOMPARE(shown()->headerData(AuditLogModel::SourceColumn, Qt::Horizontal).toString(),
                 s("Source"));
        QCOMPARE(column(AuditLogModel::SourceColumn),
                 QStringList({QString(), QString(), QString(), QString(), s("127.0.0.1")}));
        QCOMPARE(shown()->index(4, AuditLogModel::SourceColumn).data(Qt::ToolTipRole).toString(),
                 s("aws-cli/2.15.0 Python/3.11.6"));
        QVERIFY(!window->table()->isColumnHidden(AuditLogModel::SourceColumn));
        QTest::keyClicks(window->textEdit(), s("aws-cli"));
        QCOMPARE(column(AuditLogModel::ActionColumn), QStringList({s("iam:ListUsers")}));
        window->textEdit()->clear();
        QCOMPARE(window->chainStatus(), s("Chain intact (5 event(s))"));
        QVERIFY(
            tamper({s("DROP TRIGGER audit_events_no_update"),
                    s("UPDATE audit_events SET source_address = '10.1.2.3' WHERE sequence = 5")}));
        window->verifyChain();
        QCOMPARE(window->chainStatus(), s("Event #5 was altered, inserted or deleted"));
    }

    void filters()
    {
        open("Maria");
        window->outcomeBox()->setCurrentIndex(window->outcomeBox()->findData(s("Failure")));
        QCOMPARE(column(AuditLogModel::DetailColumn), QStringList({s("Failed authentication")}));
        window->outcomeBox()->setCurrentIndex(0);
        window->actionBox()->setCurrentIndex(window->actionBox()->findData(s("ConsoleSignOut")));
        QCOMPARE(shown()->rowCount(), 1);
        window->actionBox()->setCurrentIndex(0);
        QTest::keyClicks(window->actorEdit(), s("user/maria"));
        QCOMPARE(column(AuditLogModel::ActorColumn),
                 QStringList({s("arn:aws:iam::111122223333:user/Maria")}));
        window->actorEdit()->clear();
        window->setTimeRange(clock.now().addSecs(-150), clock.now().addSecs(-90));
        QCOMPARE(column(AuditLogModel::ActionColumn), QStringList({s("ConsoleLogin")}));
        QCOMPARE(column(AuditLogModel::TimeColumn), QStringList({s("2026-11-29T09:01:00Z")}));
        window->setTimeRange({}, {});
        window->periodBox()->setCurrentIndex(1); // last hour: all of them
        QCOMPARE(shown()->rowCount(), 4);
        clock.advance(2 * 3600);
        window->periodBox()->setCurrentIndex(0);
        window->periodBox()->setCurrentIndex(1);
        QCOMPARE(shown()->rowCount(), 0);
    }

    void saysWhichEventWasAltered()
    {
        open("Maria");
        QCOMPARE(window->chainStatus(), s("Chain intact (4 event(s))"));
        QVERIFY(tamper({s("DROP TRIGGER audit_events_no_update"),
                        s("UPDATE audit_events SET outcome = 'Success' WHERE sequence = 1")}));
        window->verifyChain();
        QCOMPARE(window->chainStatus(), s("Event #1 was altered, inserted or deleted"));
        const QModelIndexList selected = window->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AuditLogModel::SequenceRole).toLongLong(), 1);
    }

    void saysWhichEventWasDeleted()
    {
        open("Maria");
        QVERIFY(tamper({s("DROP TRIGGER audit_events_no_delete"),
                        s("DELETE FROM audit_events WHERE sequence = 3")}));
        window->verifyChain();
        QCOMPARE(window->chainStatus(), s("Event #3 was altered, inserted or deleted"));
    }

    void refusesAnIdentityWithoutLookupEvents()
    {
        open("Sam");
        QVERIFY(window->deniedMessage().contains(s("cloudtrail:LookupEvents")));
        QVERIFY(!window->table()->isVisible());
        QCOMPARE(window->chainStatus(), QString());
        // John may use every service but IAM: CloudTrail included.
        QVERIFY(session->signIn(TestDirectory::prod, s("John"), TestDirectory::password).ok());
        QCOMPARE(window->deniedMessage(), QString());
        QCOMPARE(window->chainStatus(), s("Chain intact (6 event(s))"));
    }

    void exportsCloudTrailRecords()
    {
        open("Maria");
        const QString file = tmp.filePath(s("trail.json"));
        QVERIFY(window->exportCloudTrailTo(file));
        QCOMPARE(window->statusText(), s("Exported 4 event(s) to %1").arg(file));
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray records =
            QJsonDocument::fromJson(json.readAll()).object().value(s("Records")).toArray();
        QCOMPARE(records.size(), 4);
        const QJsonObject failed = records.at(0).toObject();
        QCOMPARE(failed.value(s("eventName")).toString(), s("ConsoleLogin"));
        QCOMPARE(failed.value(s("eventSource")).toString(), s("signin.amazonaws.com"));
        QCOMPARE(failed.value(s("errorMessage")).toString(), s("Failed authentication"));
        QCOMPARE(
            records.at(3).toObject().value(s("userIdentity")).toObject().value(s("arn")).toString(),
            s("arn:aws:iam::111122223333:user/Maria"));
    }
};

QTEST_MAIN(TestAuditTrailWindow)
#include "tst_audittrailwindow.moc"
