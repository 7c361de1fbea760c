#include "interop/authzdetailsformat.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

class TestAuthzDetailsFormat : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheThreeDateStyles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int msec = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, msec), Qt::UTC);
        };
        QTest::newRow("cli") << QStringLiteral("2013-10-14T18:32:24Z")
                             << utc(2013, 10, 14, 18, 32, 24);
        QTest::newRow("offset") << QStringLiteral("2021-03-13T18:42:09+00:00")
                                << utc(2021, 3, 13, 18, 42, 9);
        QTest::newRow("python") << QStringLiteral("2023-03-09 10:41:45+00:00")
                                << utc(2023, 3, 9, 10, 41, 45);
        QTest::newRow("other offset")
            << QStringLiteral("2023-03-09T12:41:45+02:00") << utc(2023, 3, 9, 10, 41, 45);
        QTest::newRow("milliseconds")
            << QStringLiteral("2023-03-09T10:41:45.250Z") << utc(2023, 3, 9, 10, 41, 45, 250);
    }

    void parsesTheThreeDateStyles()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = AuthzDetailsFormat::parseDate(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void refusesWhatIsNoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("no zone") << QStringLiteral("2013-10-14T18:32:24");
        QTest::newRow("month 13") << QStringLiteral("2013-13-14T18:32:24Z");
        QTest::newRow("empty") << QString();
    }

    void refusesWhatIsNoDate()
    {
        QFETCH(QString, text);
        QVERIFY(!AuthzDetailsFormat::parseDate(text).isValid());
    }

    void formatsDatesAsTheCliDoes()
    {
        const QDateTime whole(QDate(2013, 10, 14), QTime(18, 32, 24), Qt::UTC);
        QCOMPARE(AuthzDetailsFormat::formatDate(whole), QStringLiteral("2013-10-14T18:32:24Z"));
        QCOMPARE(AuthzDetailsFormat::formatDate(whole.addMSecs(7)),
                 QStringLiteral("2013-10-14T18:32:24.007Z"));
        QCOMPARE(AuthzDetailsFormat::formatDate(whole.toOffsetFromUtc(3600)),
                 QStringLiteral("2013-10-14T18:32:24Z"));
    }

    void readsDocumentsAsObjectsOrUrlEncodedStrings()
    {
        const QJsonObject document{
            {QStringLiteral("Version"), QStringLiteral("2012-10-17")},
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                    {QStringLiteral("Action"), QStringLiteral("s3:Get*")},
                                    {QStringLiteral("Resource"), QStringLiteral("*")}}}}};
        QCOMPARE(AuthzDetailsFormat::documentObject(document), document);
        const QString encoded = QStringLiteral(
            "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow"
            "%22%2C%22Action%22%3A%22s3%3AGet%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D");
        QCOMPARE(AuthzDetailsFormat::documentObject(encoded), document);
        QCOMPARE(AuthzDetailsFormat::documentObject(QStringLiteral("%7Bbroken")), std::nullopt);
        QCOMPARE(AuthzDetailsFormat::documentObject(QJsonValue(42)), std::nullopt);
        QCOMPARE(AuthzDetailsFormat::documentObject(QStringLiteral("%5B%5D")), std::nullopt);
    }

    void storesDocumentsInTheConsolesLayout()
    {
        const QJsonObject document{
            {QStringLiteral("Statement"),
             QJsonArray{QJsonObject{{QStringLiteral("Resource"), QStringLiteral("*")},
                                    {QStringLiteral("Effect"), QStringLiteral("Deny")},
                                    {QStringLiteral("Action"), QStringLiteral("iam:*")}}}},
            {QStringLiteral("Version"), QStringLiteral("2012-10-17")}};
        const QString text = AuthzDetailsFormat::documentText(document);
        QVERIFY2(text.indexOf(QLatin1String("Version")) < text.indexOf(QLatin1String("Statement")),
                 qPrintable(text));
        QVERIFY2(text.indexOf(QLatin1String("Effect")) < text.indexOf(QLatin1String("Action")),
                 qPrintable(text));
        QCOMPARE(AuthzDetailsFormat::documentJson(text), document);
        QCOMPARE(AuthzDetailsFormat::documentJson(QStringLiteral("not json")), QJsonObject());
    }
};

QTEST_GUILESS_MAIN(TestAuthzDetailsFormat)
#include "tst_authzdetailsformat.moc"
