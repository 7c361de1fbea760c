#include "policy/ipaddressrange.h"

#include <QTest>

// CIDR parsing and containment for IpAddress / NotIpAddress.
class TestIpAddressRange : public QObject
{
    Q_OBJECT

    static bool contains(const QString& range, const QString& address)
    {
        const auto r = IpAddressRange::parse(range);
        const auto a = IpAddressRange::parse(address);
        if (!r || !a)
            qWarning("unparsable: %s / %s", qPrintable(range), qPrintable(address));
        return r && a && r->contains(*a);
    }

private slots:
    void parsesValidForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("v6");
        QTest::addColumn<int>("prefix");
        QTest::newRow("v4") << "203.0.113.7" << false << 32;
        QTest::newRow("v4 cidr") << "10.0.0.0/8" << false << 8;
        QTest::newRow("v4 zero") << "0.0.0.0/0" << false << 0;
        QTest::newRow("v6 full") << "2001:0db8:85a3:0000:0000:8a2e:0370:7334" << true << 128;
        QTest::newRow("v6 compressed") << "2001:db8::8a2e:370:7334" << true << 128;
        QTest::newRow("v6 cidr") << "2001:0db8::/32" << true << 32;
        QTest::newRow("v6 loopback") << "::1" << true << 128;
        QTest::newRow("v6 any") << "::/0" << true << 0;
        QTest::newRow("v6 trailing compression") << "fe80::" << true << 128;
        QTest::newRow("v6 embedded v4") << "::ffff:192.0.2.1" << true << 128;
        QTest::newRow("v6 upper case") << "2001:DB8::1/64" << true << 64;
    }
    void parsesValidForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, v6);
        QFETCH(int, prefix);
        const auto range = IpAddressRange::parse(text);
        QVERIFY(range);
        QCOMPARE(range->isIPv6(), v6);
        QCOMPARE(range->prefixLength(), prefix);
    }

    void rejectsInvalidForms_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.4/33", "1.2.3.4/", "a.b.c.d", "1..2.3",
              "2001:db8::1::2", "2001:db8:1:2:3:4:5:6:7", "12345::", "::/129",
              "2001:db8:", ":::", "1.2.3.4/x", "2001:db8::g"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsInvalidForms()
    {
        QFETCH(QString, text);
        QVERIFY(!IpAddressRange::parse(text));
    }

    void containsAddresses_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("v4 inside") << "192.168.0.0/16"
                                   << "192.168.10.10" << true;
        QTest::newRow("v4 outside") << "192.168.0.0/16"
                                    << "192.169.0.1" << false;
        QTest::newRow("v4 host") << "10.10.72.13"
                                 << "10.10.72.13" << true;
        QTest::newRow("v4 host other") << "10.10.72.13"
                                       << "10.10.72.14" << false;
        QTest::newRow("v4 odd prefix inside") << "203.0.113.0/25"
                                              << "203.0.113.127" << true;
        QTest::newRow("v4 odd prefix outside") << "203.0.113.0/25"
                                               << "203.0.113.128" << false;
        QTest::newRow("host bits ignored") << "192.168.0.0/8"
                                           << "192.1.2.3" << true;
        QTest::newRow("everything v4") << "0.0.0.0/0"
                                       << "8.8.8.8" << true;
        QTest::newRow("v6 inside") << "2001:0db8::/32"
                                   << "2001:0db8:85a3::8a2e:0370:7334" << true;
        QTest::newRow("v6 outside") << "2001:0db8::/32"
                                    << "2001:0db9:7335::8a2e:0370:85a3" << false;
        QTest::newRow("v6 host") << "2001:db8::8a2e:370:7334"
                                 << "2001:0db8:0000:0000:0000:8a2e:0370:7334" << true;
        QTest::newRow("v4 range, v6 address") << "0.0.0.0/0"
                                              << "::1" << false;
        QTest::newRow("v6 range, v4 address") << "::/0"
                                              << "127.0.0.1" << false;
    }
    void containsAddresses()
    {
        QFETCH(QString, range);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        QCOMPARE(contains(range, address), inside);
    }

    void aWiderRangeIsNotContainedInANarrowerOne()
    {
        QVERIFY(!contains(QStringLiteral("10.1.0.0/16"), QStringLiteral("10.0.0.0/8")));
        QVERIFY(contains(QStringLiteral("10.0.0.0/8"), QStringLiteral("10.1.0.0/16")));
    }
};

QTEST_GUILESS_MAIN(TestIpAddressRange)
#include "tst_ipaddressrange.moc"
