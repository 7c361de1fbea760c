#include "items/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private:
    static RequestLogEntry entry(int n, int status = 200, const QString& errorCode = {})
    {
        RequestLogEntry e;
        e.time = QDateTime(QDate(2026, 12, 3), QTime(10, 0, 0), Qt::UTC).addSecs(n);
        e.sourceAddress = QStringLiteral("127.0.0.1");
        e.userAgent = QStringLiteral("aws-cli/2.9.19");
        e.caller = QStringLiteral("arn:aws:iam::111122223333:user/Maria");
        e.action = QStringLiteral("sts:GetCallerIdentity");
        e.status = status;
        e.errorCode = errorCode;
        e.milliseconds = n;
        e.requestId = QStringLiteral("request-%1").arg(n);
        return e;
    }
    static QString cell(const RequestLogModel& model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private Q_SLOTS:
    void startsEmptyWithItsColumns()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RequestLogModel::ColumnCount));
        QCOMPARE(model.capacity(), RequestLogModel::DefaultCapacity);
        QCOMPARE(model.headerData(RequestLogModel::ErrorCodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Error code"));
    }

    void appendsRowsAtTheEnd()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(entry(1));
        RequestLogEntry unauthenticated =
            entry(2, 403, QStringLiteral("MissingAuthenticationToken"));
        unauthenticated.caller.clear();
        model.append(unauthenticated);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(cell(model, 0, RequestLogModel::CallerColumn),
                 QStringLiteral("arn:aws:iam::111122223333:user/Maria"));
        QCOMPARE(cell(model, 0, RequestLogModel::ActionColumn),
                 QStringLiteral("sts:GetCallerIdentity"));
        QCOMPARE(cell(model, 0, RequestLogModel::SourceColumn), QStringLiteral("127.0.0.1"));
        QCOMPARE(cell(model, 1, RequestLogModel::StatusColumn), QStringLiteral("403"));
        QCOMPARE(cell(model, 1, RequestLogModel::ErrorCodeColumn),
                 QStringLiteral("MissingAuthenticationToken"));
        QCOMPARE(cell(model, 1, RequestLogModel::MillisecondsColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 1, RequestLogModel::CallerColumn),
                 QStringLiteral("(not authenticated)"));
        QCOMPARE(
            cell(model, 0, RequestLogModel::TimeColumn),
            QLocale().toString(entry(1).time.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
        QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("request-1")));
    }

    void dropsTheOldestRowWhenFull()
    {
        RequestLogModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int n = 1; n <= 3; ++n)
            model.append(entry(n));
        QCOMPARE(removed.count(), 0);
        // Around the ring more than once: rows stay oldest first.
        for (int n = 4; n <= 8; ++n)
            model.append(entry(n));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.count(), 5);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 0);
        QCOMPARE(model.entry(0).requestId, QStringLiteral("request-6"));
        QCOMPARE(model.entry(1).requestId, QStringLiteral("request-7"));
        QCOMPARE(model.entry(2).requestId, QStringLiteral("request-8"));
        QCOMPARE(cell(model, 2, RequestLogModel::MillisecondsColumn), QStringLiteral("8"));
    }

    void clearsAndStartsAgain()
    {
        RequestLogModel model(2);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int n = 1; n <= 3; ++n)
            model.append(entry(n));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.append(entry(9));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0).requestId, QStringLiteral("request-9"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
