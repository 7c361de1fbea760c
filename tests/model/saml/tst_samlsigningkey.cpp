#include "common/resultassertions.h"
#include "saml/samlcertificate.h"
#include "saml/samlsigningkey.h"

#include <QTest>

// A signing key is generated with its certificate, and survives the trip
// through the secret store's packed form; a damaged one is refused.
class TestSamlSigningKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatesAKeyWithItsCertificate()
    {
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        const auto key = SamlSigningKey::generate(QStringLiteral("CatPhotoIdP"), start, 10);
        REQUIRE_OK(key);
        QVERIFY(key->privateKeyPem().view().startsWith("-----BEGIN PRIVATE KEY-----"));
        const auto certificate = SamlCertificate::fromDer(key->certificateDer());
        REQUIRE_OK(certificate);
        QCOMPARE(certificate->subject(), QStringLiteral("CN=CatPhotoIdP"));
        QCOMPARE(certificate->notBefore(), start);
        QCOMPARE(certificate->notAfter(), start.addDays(10));
    }

    void packsAndUnpacks()
    {
        const auto key =
            SamlSigningKey::generate(QStringLiteral("a"), QDateTime::currentDateTimeUtc());
        REQUIRE_OK(key);
        const auto back = SamlSigningKey::unpack(key->pack());
        REQUIRE_OK(back);
        QVERIFY(back->privateKeyPem() == key->privateKeyPem());
        QCOMPARE(back->certificateDer(), key->certificateDer());
    }

    void refusesAKeyThatIsNotTheCertificates()
    {
        const auto one =
            SamlSigningKey::generate(QStringLiteral("a"), QDateTime::currentDateTimeUtc());
        const auto two =
            SamlSigningKey::generate(QStringLiteral("b"), QDateTime::currentDateTimeUtc());
        REQUIRE_OK(one);
        REQUIRE_OK(two);
        SecureBytes mixed = one->privateKeyPem().clone();
        const SecureBytes packedTwo = two->pack();
        const QByteArrayView view = packedTwo.view();
        mixed.append(view.sliced(view.indexOf("-----BEGIN CERTIFICATE-----")));
        REQUIRE_CODE(SamlSigningKey::unpack(mixed), "ServiceFailure");
        REQUIRE_CODE(SamlSigningKey::unpack(SecureBytes::fromView("garbage")), "ServiceFailure");
    }
};

QTEST_GUILESS_MAIN(TestSamlSigningKey)
#include "tst_samlsigningkey.moc"
