#include "directory/auditchain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class TestAuditChain : public QObject
{
    Q_OBJECT

private:
    static AuditEvent sample()
    {
        AuditEvent e;
        e.sequence = 7;
        e.time = QDateTime(QDate(2025, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
        e.actorArn = QStringLiteral("arn:aws:iam::111122223333:user/John");
        e.sessionName = QStringLiteral("john-session");
        e.action = QStringLiteral("SwitchRole");
        e.target = QStringLiteral("arn:aws:iam::111122223333:role/SecurityEngineer");
        e.outcome = QStringLiteral("Success");
        e.detail = QStringLiteral("Display name \"Cover\"");
        return e;
    }

private slots:
    void genesisIsSixtyFourZeros()
    {
        QCOMPARE(AuditChain::genesisHash(), QString(64, QLatin1Char('0')));
    }

    void canonicalTextIsACompactJsonArrayOfTheContent()
    {
        const QJsonArray fields =
            QJsonDocument::fromJson(AuditChain::canonicalText(sample())).array();
        QCOMPARE(fields.size(), 8);
        QCOMPARE(fields[0].toInteger(), 7);
        QCOMPARE(fields[1].toString(), QStringLiteral("2025-03-01T09:30:15.250Z"));
        QCOMPARE(fields[7].toString(), QStringLiteral("Display name \"Cover\""));
        QVERIFY(!AuditChain::canonicalText(sample()).contains('\n'));
    }

    void hashIsSha256OfPreviousNewlineAndCanonicalText()
    {
        const AuditEvent e = sample();
        const QString previous = QString(64, QLatin1Char('a'));
        const QByteArray expected =
            QCryptographicHash::hash(previous.toUtf8() + '\n' + AuditChain::canonicalText(e),
                                     QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(AuditChain::hash(previous, e), QString::fromLatin1(expected));
        QCOMPARE(AuditChain::hash(previous, e).size(), 64);
    }

    void everyFieldAndTheLinkCount_data()
    {
        QTest::addColumn<int>("field");
        for (int i = 0; i < 9; ++i)
            QTest::newRow(qPrintable(QString::number(i))) << i;
    }
    void everyFieldAndTheLinkCount()
    {
        QFETCH(int, field);
        const AuditEvent original = sample();
        AuditEvent changed = original;
        QString previous = AuditChain::genesisHash();
        switch (field) {
        case 0:
            changed.sequence += 1;
            break;
        case 1:
            changed.time = changed.time.addMSecs(1);
            break;
        case 2:
            changed.actorArn += QLatin1Char('x');
            break;
        case 3:
            changed.sessionName += QLatin1Char('x');
            break;
        case 4:
            changed.action += QLatin1Char('x');
            break;
        case 5:
            changed.target += QLatin1Char('x');
            break;
        case 6:
            changed.outcome = QStringLiteral("Failure");
            break;
        case 7:
            changed.detail += QLatin1Char('x');
            break;
        case 8:
            previous[0] = QLatin1Char('1');
            break;
        }
        QVERIFY(AuditChain::hash(previous, changed) !=
                AuditChain::hash(AuditChain::genesisHash(), original));
    }

    void anEventWithoutASourceKeepsTheFormerCanonicalText()
    {
        // Chains written before events had a source must still verify: the
        // exact text of an event without one is pinned here.
        QCOMPARE(AuditChain::canonicalText(sample()),
                 QByteArray("[7,\"2025-03-01T09:30:15.250Z\","
                            "\"arn:aws:iam::111122223333:user/John\",\"john-session\","
                            "\"SwitchRole\",\"arn:aws:iam::111122223333:role/SecurityEngineer\","
                            "\"Success\",\"Display name \\\"Cover\\\"\"]"));
    }

    void theSourceIsPartOfTheCanonicalTextWhenSet_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("agent");
        QTest::newRow("both") << QStringLiteral("127.0.0.1") << QStringLiteral("aws-cli/2.15.0");
        QTest::newRow("address only") << QStringLiteral("::1") << QString();
        QTest::newRow("agent only") << QString() << QStringLiteral("Boto3/1.34.0");
    }
    void theSourceIsPartOfTheCanonicalTextWhenSet()
    {
        QFETCH(QString, address);
        QFETCH(QString, agent);
        AuditEvent e = sample();
        e.sourceAddress = address;
        e.userAgent = agent;
        const QJsonArray fields = QJsonDocument::fromJson(AuditChain::canonicalText(e)).array();
        QCOMPARE(fields.size(), 10);
        QCOMPARE(fields[8].toString(), address);
        QCOMPARE(fields[9].toString(), agent);
        QVERIFY(AuditChain::hash(AuditChain::genesisHash(), e) !=
                AuditChain::hash(AuditChain::genesisHash(), sample()));
    }

    void theSourceFieldsCount_data()
    {
        QTest::addColumn<bool>("address");
        QTest::newRow("address") << true;
        QTest::newRow("user agent") << false;
    }
    void theSourceFieldsCount()
    {
        QFETCH(bool, address);
        AuditEvent original = sample();
        original.sourceAddress = QStringLiteral("192.0.2.10");
        original.userAgent = QStringLiteral("aws-cli/2.15.0");
        AuditEvent changed = original;
        (address ? changed.sourceAddress : changed.userAgent) += QLatin1Char('x');
        QVERIFY(AuditChain::hash(AuditChain::genesisHash(), changed) !=
                AuditChain::hash(AuditChain::genesisHash(), original));
        // Moving text from one field to the other changes the hash too.
        AuditEvent swapped = original;
        std::swap(swapped.sourceAddress, swapped.userAgent);
        QVERIFY(AuditChain::hash(AuditChain::genesisHash(), swapped) !=
                AuditChain::hash(AuditChain::genesisHash(), original));
    }

    // The session tags an AssumeRole carried are vouched for by the hash too,
    // after the source fields, whether or not a source is set.
    void theSessionTagsCount_data()
    {
        QTest::addColumn<bool>("withSource");
        QTest::newRow("no source") << false;
        QTest::newRow("with a source") << true;
    }
    void theSessionTagsCount()
    {
        QFETCH(bool, withSource);
        AuditEvent original = sample();
        if (withSource)
            original.sourceAddress = QStringLiteral("192.0.2.10");
        original.sessionTags = QStringLiteral(R"({"tags":[{"key":"project","value":"blue"}]})");
        const QJsonArray fields =
            QJsonDocument::fromJson(AuditChain::canonicalText(original)).array();
        QCOMPARE(fields.size(), 11);
        QCOMPARE(fields[8].toString(), original.sourceAddress);
        QCOMPARE(fields[10].toString(), original.sessionTags);
        AuditEvent changed = original;
        changed.sessionTags = QStringLiteral(R"({"tags":[{"key":"project","value":"red"}]})");
        QVERIFY(AuditChain::hash(AuditChain::genesisHash(), changed) !=
                AuditChain::hash(AuditChain::genesisHash(), original));
    }

    void fieldsCannotSpillIntoEachOther()
    {
        AuditEvent a = sample();
        AuditEvent b = sample();
        a.actorArn = QStringLiteral("x\n");
        a.sessionName = QStringLiteral("y");
        b.actorArn = QStringLiteral("x");
        b.sessionName = QStringLiteral("\ny");
        QVERIFY(AuditChain::canonicalText(a) != AuditChain::canonicalText(b));
        QVERIFY(AuditChain::hash(AuditChain::genesisHash(), a) !=
                AuditChain::hash(AuditChain::genesisHash(), b));
    }

    void theSameInstantHashesTheSameInAnyTimeZone()
    {
        AuditEvent utc = sample();
        AuditEvent paris = sample();
        paris.time = utc.time.toTimeZone(QTimeZone(3600));
        QCOMPARE(AuditChain::hash(AuditChain::genesisHash(), paris),
                 AuditChain::hash(AuditChain::genesisHash(), utc));
    }

    void verifiesChecksLinkAndHash()
    {
        AuditEvent e = sample();
        const QString previous = AuditChain::genesisHash();
        e.previousHash = previous;
        e.hash = AuditChain::hash(previous, e);
        QVERIFY(AuditChain::verifies(e, previous));
        QVERIFY(!AuditChain::verifies(e, QString(64, QLatin1Char('f'))));
        AuditEvent edited = e;
        edited.detail = QStringLiteral("edited");
        QVERIFY(!AuditChain::verifies(edited, previous));
        // The stored link must name the event before it, whatever the hash says.
        AuditEvent relinked = e;
        relinked.previousHash = QString(64, QLatin1Char('f'));
        QVERIFY(!AuditChain::verifies(relinked, previous));
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
