#include "common/testdata.h"
#include "crypto/totp.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

Q_DECLARE_METATYPE(Hmac::Algorithm)

namespace {
const QString TotpDir = TestData::path(QStringLiteral("totp"));

// Rows of a tab-separated file, each as column name -> value.
QList<QMap<QString, QString>> readTsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList header =
        QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char('\t'));
    QList<QMap<QString, QString>> rows;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        QMap<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows.append(row);
    }
    return rows;
}

Hmac::Algorithm algorithmNamed(const QString& name)
{
    if (name == QLatin1String("SHA256"))
        return Hmac::Algorithm::Sha256;
    if (name == QLatin1String("SHA512"))
        return Hmac::Algorithm::Sha512;
    return Hmac::Algorithm::Sha1;
}

SecureBytes rfcSha1Seed()
{
    return SecureBytes::fromView("12345678901234567890");
}

QDateTime at(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void rfc4226HotpVectors_data()
    {
        const QString path = TotpDir + QStringLiteral("/rfc4226_hotp_vectors.tsv");
        REQUIRE_TESTDATA(path);
        const auto rows = readTsv(path);
        QVERIFY2(!rows.isEmpty(), qPrintable(path));
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("expected");
        for (const auto& row : rows)
            QTest::addRow("counter %s", qPrintable(row[QStringLiteral("counter")]))
                << QByteArray::fromHex(row[QStringLiteral("secret_hex")].toLatin1())
                << row[QStringLiteral("counter")].toULongLong()
                << row[QStringLiteral("digits")].toInt() << row[QStringLiteral("hotp")];
        QCOMPARE(rows.size(), 10);
    }
    void rfc4226HotpVectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(quint64, counter);
        QFETCH(int, digits);
        QFETCH(QString, expected);
        QCOMPARE(Totp::hotp(SecureBytes::fromView(seed), counter, Hmac::Algorithm::Sha1, digits),
                 expected);
    }

    void rfc6238TotpVectors_data()
    {
        const QString path = TotpDir + QStringLiteral("/rfc6238_totp_vectors.tsv");
        REQUIRE_TESTDATA(path);
        const auto rows = readTsv(path);
        QVERIFY2(!rows.isEmpty(), qPrintable(path));
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<quint64>("step");
        QTest::addColumn<Hmac::Algorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("expected");
        for (const auto& row : rows)
            QTest::addRow("%s %s", qPrintable(row[QStringLiteral("unix_time")]),
                          qPrintable(row[QStringLiteral("algorithm")]))
                << QByteArray::fromHex(row[QStringLiteral("secret_hex")].toLatin1())
                << row[QStringLiteral("unix_time")].toLongLong()
                << row[QStringLiteral("T_hex")].toULongLong(nullptr, 16)
                << algorithmNamed(row[QStringLiteral("algorithm")])
                << row[QStringLiteral("digits")].toInt()
                << row[QStringLiteral("step_seconds")].toInt() << row[QStringLiteral("totp")];
        QCOMPARE(rows.size(), 18);
    }
    void rfc6238TotpVectors()
    {
        QFETCH(QByteArray, seed);
        QFETCH(qint64, time);
        QFETCH(quint64, step);
        QFETCH(Hmac::Algorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, expected);
        const SecureBytes secret = SecureBytes::fromView(seed);
        const Totp::Parameters parameters{algorithm, digits, period};
        QCOMPARE(Totp::timeStep(at(time), period), std::optional<quint64>(step));
        QCOMPARE(Totp::code(secret, at(time), parameters), expected);
        QCOMPARE(Totp::verify(expected, secret, at(time), 1, parameters),
                 std::optional<quint64>(step));
    }

    void sixDigitCodeIsTheLastSixOfTheEightDigitCode()
    {
        // RFC 6238's 8-digit 94287082 at t = 59 truncates to 287082 with 6 digits.
        QCOMPARE(Totp::code(rfcSha1Seed(), at(59)), QStringLiteral("287082"));
    }

    void verifyAcceptsOneStepOfSkewAndReportsTheStep()
    {
        const SecureBytes seed = rfcSha1Seed();
        const QDateTime now = at(1111111111); // step 37037037
        const quint64 step = *Totp::timeStep(now);
        const QString previous = Totp::hotp(seed, step - 1);
        const QString next = Totp::hotp(seed, step + 1);
        QCOMPARE(Totp::verify(Totp::code(seed, now), seed, now), std::optional<quint64>(step));
        QCOMPARE(Totp::verify(previous, seed, now), std::optional<quint64>(step - 1));
        QCOMPARE(Totp::verify(next, seed, now), std::optional<quint64>(step + 1));
    }

    void verifyRefusesCodesOutsideTheWindow()
    {
        const SecureBytes seed = rfcSha1Seed();
        const QDateTime now = at(1111111111);
        const quint64 step = *Totp::timeStep(now);
        QVERIFY(!Totp::verify(Totp::hotp(seed, step - 2), seed, now).has_value());
        QVERIFY(!Totp::verify(Totp::hotp(seed, step + 2), seed, now).has_value());
        // A wider window accepts them; zero skew accepts only the current step.
        QCOMPARE(Totp::verify(Totp::hotp(seed, step - 2), seed, now, 2),
                 std::optional<quint64>(step - 2));
        QVERIFY(!Totp::verify(Totp::hotp(seed, step - 1), seed, now, 0).has_value());
    }

    void verifyRefusesWrongCodes()
    {
        const SecureBytes seed = rfcSha1Seed();
        const QDateTime now = at(1234567890);
        const QString right = Totp::code(seed, now);
        QString wrong = right;
        wrong[5] = QChar(u'0' + (right[5].digitValue() + 1) % 10);
        QVERIFY(!Totp::verify(wrong, seed, now).has_value());
        QVERIFY(!Totp::verify(right.left(5), seed, now).has_value());
        QVERIFY(!Totp::verify(right + QLatin1Char('0'), seed, now).has_value());
        QVERIFY(!Totp::verify(right, SecureBytes::fromView("another seed"), now).has_value());
    }

    void replayCanBeRefusedWithTheReturnedStep()
    {
        // The caller's rule: accept a code only if its step is newer than the last one used.
        const SecureBytes seed = rfcSha1Seed();
        const QDateTime now = at(2000000000);
        const QString code = Totp::code(seed, now);
        const auto first = Totp::verify(code, seed, now);
        QVERIFY(first.has_value());
        const auto again = Totp::verify(code, seed, now.addSecs(10));
        QCOMPARE(again, first);
        QVERIFY(!(*again > *first));
    }

    void timesBeforeTheEpochHaveNoCode()
    {
        QVERIFY(!Totp::timeStep(at(-1)).has_value());
        QVERIFY(Totp::code(rfcSha1Seed(), at(-1)).isEmpty());
        QVERIFY(!Totp::verify(QStringLiteral("000000"), rfcSha1Seed(), at(-1)).has_value());
    }

    void firstStepsNearTheEpochDoNotUnderflow()
    {
        const SecureBytes seed = rfcSha1Seed();
        QCOMPARE(Totp::verify(Totp::hotp(seed, 0), seed, at(5)), std::optional<quint64>(0));
        QCOMPARE(Totp::verify(Totp::hotp(seed, 1), seed, at(5)), std::optional<quint64>(1));
    }

    void otpauthUriHasEveryField()
    {
        const SecureBytes uri = Totp::otpauthUri(
            QStringLiteral("Switchboard"), QStringLiteral("alice@111122223333"), rfcSha1Seed());
        QCOMPARE(uri.insecureCopy(),
                 QByteArray("otpauth://totp/Switchboard:alice%40111122223333"
                            "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Switchboard"
                            "&algorithm=SHA1&digits=6&period=30"));
    }

    void otpauthUriEncodesLabelAndParameters()
    {
        const SecureBytes uri =
            Totp::otpauthUri(QStringLiteral("My Corp"), QStringLiteral("bob:admin"), rfcSha1Seed(),
                             {Hmac::Algorithm::Sha256, 8, 60});
        const QUrl url(uri.insecureUtf8String(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(url.path(QUrl::FullyEncoded), QStringLiteral("/My%20Corp:bob%3Aadmin"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
                 QStringLiteral("My Corp"));
        QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("8"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("60"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
