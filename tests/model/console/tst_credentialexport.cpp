#include "console/credentialexport.h"
#include "sts/temporarycredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

class TestCredentialExport : public QObject
{
    Q_OBJECT

private:
    static TemporaryCredentials credentials(const QString& token)
    {
        TemporaryCredentials c;
        c.accessKeyId = QStringLiteral("ASIAEXAMPLE123456789");
        c.secretAccessKey = SecureBytes::fromUtf8(u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        c.sessionToken = SecureBytes::fromUtf8(token);
        c.expiration = QDateTime(QDate(2026, 11, 29), QTime(1, 2, 3), Qt::UTC);
        return c;
    }

private slots:
    void environmentVariablesOneALine()
    {
        QCOMPARE(CredentialExport::environmentVariables(credentials(QStringLiteral("tok/en+=="))),
                 QStringLiteral("export AWS_ACCESS_KEY_ID=ASIAEXAMPLE123456789\n"
                                "export AWS_SECRET_ACCESS_KEY="
                                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"
                                "export AWS_SESSION_TOKEN=tok/en+==\n"));
    }

    void environmentVariablesQuoteWhatTheShellWouldRead()
    {
        const QString text =
            CredentialExport::environmentVariables(credentials(QStringLiteral("a b'c$d")));
        QVERIFY2(text.endsWith(QStringLiteral("export AWS_SESSION_TOKEN='a b'\\''c$d'\n")),
                 qPrintable(text));
    }

    void credentialProcessJsonInTheDocumentedOrder()
    {
        const QString text =
            CredentialExport::credentialProcessJson(credentials(QStringLiteral("to\"ken")));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(text.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("Version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("AccessKeyId")).toString(),
                 QStringLiteral("ASIAEXAMPLE123456789"));
        QCOMPARE(json.value(QStringLiteral("SecretAccessKey")).toString(),
                 QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        QCOMPARE(json.value(QStringLiteral("SessionToken")).toString(), QStringLiteral("to\"ken"));
        QCOMPARE(json.value(QStringLiteral("Expiration")).toString(),
                 QStringLiteral("2026-11-29T01:02:03Z"));
        QCOMPARE(json.size(), 5);
        const QStringList order{QStringLiteral("\"Version\""), QStringLiteral("\"AccessKeyId\""),
                                QStringLiteral("\"SecretAccessKey\""),
                                QStringLiteral("\"SessionToken\""),
                                QStringLiteral("\"Expiration\"")};
        for (int i = 1; i < order.size(); ++i)
            QVERIFY(text.indexOf(order[i - 1]) < text.indexOf(order[i]));
    }

    void expirationIsWrittenInUtc()
    {
        TemporaryCredentials c = credentials(QStringLiteral("t"));
        c.expiration = QDateTime(QDate(2026, 11, 29), QTime(2, 2, 3), QTimeZone(3600));
        QVERIFY(CredentialExport::credentialProcessJson(c).contains(
            QStringLiteral("\"Expiration\": \"2026-11-29T01:02:03Z\"")));
    }
};

QTEST_GUILESS_MAIN(TestCredentialExport)
#include "tst_credentialexport.moc"
