#include "console/switchlink.h"

#include <QTest>

class TestSwitchLink : public QObject
{
    Q_OBJECT

private:
    static SwitchRoleRequest request(const QString& account, const QString& role,
                                     const QString& displayName = {},
                                     const QString& color = QStringLiteral("blue"))
    {
        SwitchRoleRequest r;
        r.account = account;
        r.roleName = role;
        r.displayName = displayName;
        r.color = color;
        return r;
    }

private slots:
    void defaultDisplayNameLeavesOutThePath()
    {
        QCOMPARE(SwitchRoleRequest::defaultDisplayName(QStringLiteral("audit/Reader"),
                                                       QStringLiteral("catphoto-dev")),
                 QStringLiteral("Reader @ catphoto-dev"));
        QCOMPARE(SwitchRoleRequest::defaultDisplayName(QStringLiteral("SecurityEngineer"),
                                                       QStringLiteral("111122223333")),
                 QStringLiteral("SecurityEngineer @ 111122223333"));
        QCOMPARE(SwitchRoleRequest::defaultDisplayName(QString(), QStringLiteral("x")), QString());
        SwitchRoleRequest r = request(QStringLiteral("catphoto-prod"), QStringLiteral("Admin"));
        QCOMPARE(r.effectiveDisplayName(), QStringLiteral("Admin @ catphoto-prod"));
        r.displayName = QStringLiteral("  Prod admin ");
        QCOMPARE(r.effectiveDisplayName(), QStringLiteral("Prod admin"));
    }

    void writesTheConsolesLink()
    {
        const QUrl url = SwitchLink::toUrl(
            request(QStringLiteral("111122223333"), QStringLiteral("SecurityEngineer"),
                    QStringLiteral("Sec & Ops"), QStringLiteral("red")));
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://signin.aws.amazon.com/switchrole?account=111122223333"
                                "&roleName=SecurityEngineer&displayName=Sec%20%26%20Ops"
                                "&color=F2B0A9"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("color");
        QTest::newRow("plain") << "111122223333"
                               << "SecurityEngineer"
                               << ""
                               << "blue";
        QTest::newRow("alias, path") << "catphoto-dev"
                                     << "audit/CrossAccountAuditor"
                                     << "Audit dev"
                                     << "green";
        QTest::newRow("awkward display name") << "catphoto-prod"
                                              << "Admin"
                                              << "a=b&c?d#e/f+g %h ümlaut"
                                              << "yellow";
        QTest::newRow("role name characters") << "catphoto-prod"
                                              << "ops+x=y,z.w@v-u_t"
                                              << "Ops"
                                              << "orange";
    }
    void roundTrip()
    {
        QFETCH(QString, account);
        QFETCH(QString, role);
        QFETCH(QString, displayName);
        QFETCH(QString, color);
        const QUrl url = SwitchLink::toUrl(request(account, role, displayName, color));
        // Through text, as the clipboard carries it.
        const auto parsed = SwitchLink::parse(url.toString(QUrl::FullyEncoded));
        QVERIFY2(parsed, qPrintable(url.toString(QUrl::FullyEncoded)));
        QCOMPARE(parsed->account, account);
        QCOMPARE(parsed->roleName, role);
        QCOMPARE(parsed->displayName, displayName);
        QCOMPARE(parsed->color, color);
    }

    void colorsByNameOrHex_data()
    {
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("id");
        QTest::newRow("hex upper") << "F2B0A9"
                                   << "red";
        QTest::newRow("hex lower") << "fbc8aa"
                                   << "orange";
        QTest::newRow("hex with #") << "%23efda95"
                                    << "yellow";
        QTest::newRow("name") << "Green"
                              << "green";
        QTest::newRow("unknown keeps the default") << "purple"
                                                   << "blue";
    }
    void colorsByNameOrHex()
    {
        QFETCH(QString, color);
        QFETCH(QString, id);
        const auto parsed = SwitchLink::parse(
            QStringLiteral("https://signin.aws.amazon.com/switchrole?account=111122223333"
                           "&roleName=Admin&color=") +
            color);
        QVERIFY(parsed);
        QCOMPARE(parsed->color, id);
    }

    void decodesPercentEncodingAndMissingDisplayName()
    {
        const auto parsed = SwitchLink::parse(
            QStringLiteral("  https://signin.aws.amazon.com/switchrole?roleName=%2Faudit%2FReader"
                           "&account=catphoto-dev\n"));
        QVERIFY(parsed);
        QCOMPARE(parsed->account, QStringLiteral("catphoto-dev"));
        QCOMPARE(parsed->roleName, QStringLiteral("audit/Reader"));
        QCOMPARE(parsed->displayName, QString());
        QCOMPARE(parsed->color, QStringLiteral("blue"));
        QVERIFY(!parsed->durationSeconds);
    }

    void refusesOtherLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("not a url") << "catphoto-prod";
        QTest::newRow("other host")
            << "https://signin.example.com/switchrole?account=111122223333&roleName=Admin";
        QTest::newRow("look-alike host")
            << "https://signin.aws.amazon.com.evil.example/switchrole?account=1&roleName=A";
        QTest::newRow("http") << "http://signin.aws.amazon.com/switchrole?account=1&roleName=A";
        QTest::newRow("other path")
            << "https://signin.aws.amazon.com/console?account=111122223333&roleName=Admin";
        QTest::newRow("no account")
            << "https://signin.aws.amazon.com/switchrole?roleName=Admin&displayName=x";
        QTest::newRow("empty role")
            << "https://signin.aws.amazon.com/switchrole?account=111122223333&roleName=";
        QTest::newRow("user info")
            << "https://x@signin.aws.amazon.com.evil/switchrole?account=1&roleName=A";
    }
    void refusesOtherLinks()
    {
        QFETCH(QString, text);
        QVERIFY(!SwitchLink::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestSwitchLink)
#include "tst_switchlink.moc"
