#include "common/resultassertions.h"
#include "common/testengine.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "items/auditlogfiltermodel.h"
#include "items/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC);
    ManualClock clock{start};
    std::unique_ptr<Directory> dir;
    std::unique_ptr<AuditLogModel> model;
    // Attached only where a test says so: the tester fetches every page itself.
    std::unique_ptr<QAbstractItemModelTester> tester;

    void attachTester(QAbstractItemModel* m)
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    static QString s(const char* text) { return QString::fromUtf8(text); }

    void record(const char* actor, const char* action, const char* target, bool success,
                const char* detail = "", const char* session = "")
    {
        AuditEvent event;
        event.actorArn = s(actor);
        event.sessionName = s(session);
        event.action = s(action);
        event.target = s(target);
        event.outcome = success ? s("Success") : s("Failure");
        event.detail = s(detail);
        REQUIRE_OK(dir->appendAuditEvent(event));
        clock.advance(60);
    }

    QStringList actions(const QAbstractItemModel& m) const
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, AuditLogModel::ActionColumn).data().toString();
        return out;
    }

private slots:
    void init()
    {
        REQUIRE_TEST_ENGINE();
        clock.setNow(start);
        dir = std::move(Directory::open(TestEngine::freshLocation(), &clock)).value();
        record("arn:aws:iam::111122223333:user/John", "ConsoleLogin",
               "arn:aws:iam::111122223333:user/John", false, "Failed authentication", "John");
        record("arn:aws:iam::111122223333:user/John", "ConsoleLogin",
               "arn:aws:iam::111122223333:user/John", true, "", "John");
        record("arn:aws:iam::111122223333:user/John", "SwitchRole",
               "arn:aws:iam::444455556666:role/SecurityEngineer", true, "Sec (dev)", "John");
        record("arn:aws:iam::111122223333:user/Maria", "iam:CreateUser",
               "arn:aws:iam::111122223333:user/Sam", true, "", "Maria");
        model = std::make_unique<AuditLogModel>(dir.get());
    }

    void cleanup()
    {
        tester.reset();
        model.reset();
        dir.reset();
        TestEngine::dropDatabases();
    }

    void showsEveryFieldOfAnEvent()
    {
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), 8);
        QStringList row;
        for (int c = 0; c < model->columnCount(); ++c)
            row << model->index(2, c).data().toString();
        QCOMPARE(row,
                 QStringList({s("2026-11-29T09:02:00Z"), s("arn:aws:iam::111122223333:user/John"),
                              s("John"), s("SwitchRole"),
                              s("arn:aws:iam::444455556666:role/SecurityEngineer"), s("Success"),
                              QString(), s("Sec (dev)")}));
        QCOMPARE(model->index(2, 0).data(AuditLogModel::SequenceRole).toLongLong(),
                 model->event(2).sequence);
        QCOMPARE(model->index(0, 0).data(AuditLogModel::FailedRole).toBool(), true);
        QCOMPARE(model->index(1, 0).data(AuditLogModel::FailedRole).toBool(), false);
        QCOMPARE(model->index(3, 0).data(AuditLogModel::TimeRole).toDateTime(), start.addSecs(180));
        QCOMPARE(model->headerData(AuditLogModel::ActorColumn, Qt::Horizontal).toString(),
                 s("Actor"));
        QCOMPARE(model->rowOfSequence(model->event(3).sequence), 3);
        QCOMPARE(model->rowOfSequence(9999), -1);
    }

    void showsWhereACallCameFrom()
    {
        AuditEvent call;
        call.actorArn = s("arn:aws:iam::111122223333:user/John");
        call.action = s("iam:ListUsers");
        call.outcome = s("Success");
        call.sourceAddress = s("127.0.0.1");
        call.userAgent = s("aws-cli/2.15.0 Python/3.11.6");
        QVERIFY(dir->appendAuditEvent(call).ok());
        model->fetchAll();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->headerData(AuditLogModel::SourceColumn, Qt::Horizontal).toString(),
                 s("Source"));
        const QModelIndex source = model->index(4, AuditLogModel::SourceColumn);
        QCOMPARE(source.data().toString(), s("127.0.0.1"));
        QCOMPARE(source.data(Qt::ToolTipRole).toString(), s("aws-cli/2.15.0 Python/3.11.6"));
        // The console's own events have no source, and no tooltip.
        const QModelIndex console = model->index(0, AuditLogModel::SourceColumn);
        QCOMPARE(console.data().toString(), QString());
        QVERIFY(!console.data(Qt::ToolTipRole).isValid());
        // Other columns keep their text as tooltip.
        QCOMPARE(model->index(4, AuditLogModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 s("iam:ListUsers"));

        AuditLogFilterModel proxy(model.get());
        proxy.setText(s("127.0.0"));
        QCOMPARE(actions(proxy), QStringList({s("iam:ListUsers")}));
        proxy.setText(s("AWS-CLI"));
        QCOMPARE(actions(proxy), QStringList({s("iam:ListUsers")}));
    }

    void fetchesPageByPage()
    {
        for (int i = 0; i < AuditLogModel::PageSize + 10; ++i)
            record("arn:aws:iam::111122223333:user/John", "ShowSessionSecret", "x", true);
        model->reload();
        QCOMPARE(model->totalCount(), AuditLogModel::PageSize + 14);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), AuditLogModel::PageSize);
        // An event recorded now is past the fetched page: it comes with the last one.
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        record("arn:aws:iam::111122223333:user/Maria", "ConsoleSignOut", "x", true);
        QCOMPARE(inserted.size(), 0);
        model->fetchMore({});
        QCOMPARE(model->rowCount(), AuditLogModel::PageSize + 15);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->event(model->rowCount() - 1).action, s("ConsoleSignOut"));
    }

    void appendsNewEventsAtTheEnd()
    {
        model->fetchMore({});
        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        record("arn:aws:iam::111122223333:user/John", "SwitchBack",
               "arn:aws:sts::444455556666:assumed-role/SecurityEngineer/John", true);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(actions(*model),
                 QStringList({s("ConsoleLogin"), s("ConsoleLogin"), s("SwitchRole"),
                              s("iam:CreateUser"), s("SwitchBack")}));
    }

    void passesTheItemModelTester()
    {
        model->fetchAll();
        attachTester(model.get());
        AuditLogFilterModel proxy(model.get());
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setOutcome(s("Success"));
        record("arn:aws:iam::111122223333:user/John", "ConsoleSignOut", "x", true);
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void filtersByActorActionOutcomeTimeAndText()
    {
        AuditLogFilterModel proxy(model.get());
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setActor(s("user/maria"));
        QCOMPARE(actions(proxy), QStringList({s("iam:CreateUser")}));
        proxy.setActor(QString());
        proxy.setAction(s("consolelogin"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setOutcome(s("Failure"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, AuditLogModel::DetailColumn).data().toString(),
                 s("Failed authentication"));
        proxy.setAction(QString());
        proxy.setOutcome(QString());
        proxy.setTimeRange(start.addSecs(60), start.addSecs(120));
        QCOMPARE(actions(proxy), QStringList({s("ConsoleLogin"), s("SwitchRole")}));
        proxy.setTimeRange({}, {});
        proxy.setText(s("securityengineer"));
        QCOMPARE(actions(proxy), QStringList({s("SwitchRole")}));
        proxy.setText(s("sec (dev)"));
        QCOMPARE(actions(proxy), QStringList({s("SwitchRole")}));
        QVERIFY(proxy.isFiltering());
        proxy.setText(QString());
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 4);
        // A new event passes through the filters as it arrives.
        proxy.setOutcome(s("Success"));
        record("arn:aws:iam::111122223333:user/John", "ConsoleLogin", "x", false);
        record("arn:aws:iam::111122223333:user/John", "ConsoleLogin", "x", true);
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
