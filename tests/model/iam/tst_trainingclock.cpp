#include "iam/trainingclock.h"

#include <QTest>

class TestTrainingClock : public QObject
{
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0), Qt::UTC);

private slots:
    void readsRealTimeAtAnySpeed()
    {
        ManualClock real(start);
        TrainingClock clock(60.0, &real);
        QCOMPARE(clock.now(), start);
        real.advance(10);
        QCOMPARE(clock.now(), start.addSecs(10));
        clock.setSpeed(10.0);
        QCOMPARE(clock.now(), start.addSecs(10));
    }

    void shortensSessionsBySpeed()
    {
        ManualClock real(start);
        TrainingClock clock(60.0, &real);
        QCOMPARE(clock.sessionEnd(start, 3600), start.addSecs(60));
        QCOMPARE(clock.sessionEnd(start, 900), start.addSecs(15));
        QCOMPARE(clock.sessionEnd(start, 10), start.addSecs(1)); // never shorter than a second
        clock.setSpeed(1.0);
        QCOMPARE(clock.sessionEnd(start, 3600), start.addSecs(3600));
    }

    void countsSessionTimeLeftAtSpeed()
    {
        ManualClock real(start);
        TrainingClock clock(60.0, &real);
        const QDateTime end = start.addSecs(60);
        QCOMPARE(clock.sessionMsecsLeft(end), 3600 * 1000);
        real.advance(30);
        QCOMPARE(clock.sessionMsecsLeft(end), 1800 * 1000);
        real.advance(31);
        QCOMPARE(clock.sessionMsecsLeft(end), 0);
    }

    void neverLengthensASession()
    {
        ManualClock real(start);
        TrainingClock clock(0.5, &real);
        QCOMPARE(clock.speed(), 1.0);
        clock.setSpeed(-3);
        QCOMPARE(clock.speed(), 1.0);
        QCOMPARE(clock.sessionEnd(start, 3600), start.addSecs(3600));
    }
};

QTEST_GUILESS_MAIN(TestTrainingClock)
#include "tst_trainingclock.moc"
