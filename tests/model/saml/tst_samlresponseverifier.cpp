#include "common/resultassertions.h"
#include "saml/samlresponsesigner.h"
#include "saml/samlresponseverifier.h"
#include "saml/samlsigningkey.h"
#include "samltesting.h"

#include <QRegularExpression>
#include <QTest>

// The verifier accepts what the provider's key signed, unchanged, and
// nothing else: other keys, edits after signing, wrapped or unsigned messages.
class TestSamlResponseVerifier : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    const QString m_role = QStringLiteral("arn:aws:iam::111122223333:role/CatAdmins");
    const QString m_provider = QStringLiteral("arn:aws:iam::111122223333:saml-provider/Cat");
    std::optional<SamlSigningKey> m_key;
    std::optional<SamlSigningKey> m_otherKey;

    SamlAssertion assertion() const
    {
        return awsAssertion(m_now, QStringLiteral("https://idp.example.com"), m_role, m_provider);
    }
    QByteArray signedResponse() const
    {
        // A failed signing fails the test; the empty response is then refused.
        auto signedXml = SamlResponseSigner::sign(assertion(), *m_key);
        return CHECK_OK(signedXml) ? *signedXml : QByteArray();
    }
    QList<QByteArray> providerCertificates() const { return {m_key->certificateDer()}; }
    // The signed Assertion element, as text.
    static QString assertionElement(const QString& xml)
    {
        const qsizetype start = xml.indexOf(QLatin1String("<saml:Assertion"));
        const QLatin1String end("</saml:Assertion>");
        return xml.mid(start, xml.indexOf(end) + end.size() - start);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto key = SamlSigningKey::generate(QStringLiteral("TestIdP"), m_now.addDays(-1));
        auto other = SamlSigningKey::generate(QStringLiteral("TestIdP"), m_now.addDays(-1));
        REQUIRE_OK(key);
        REQUIRE_OK(other);
        m_key = std::move(key).value();
        m_otherKey = std::move(other).value();
    }

    void acceptsWhatTheProviderSigned()
    {
        const auto read = SamlResponseVerifier::verify(signedResponse(), providerCertificates());
        REQUIRE_OK(read);
        QCOMPARE(read->issuer, QStringLiteral("https://idp.example.com"));
        QCOMPARE(read->roles, QStringList{m_role + QLatin1Char(',') + m_provider});
        QCOMPARE(read->roleSessionName, QStringLiteral("alice"));
        QCOMPARE(read->sessionDuration, std::optional<int>(3600));
        QCOMPARE(read->audiences, QStringList{SamlAssertion::AwsSignInUrl});
        QCOMPARE(read->notOnOrAfter.toSecsSinceEpoch(), m_now.addSecs(300).toSecsSinceEpoch());
        QVERIFY(!read->assertionId.isEmpty());
    }

    void refusesAnotherKeysSignature()
    {
        auto forged = SamlResponseSigner::sign(assertion(), *m_otherKey);
        REQUIRE_OK(forged);
        REQUIRE_ERROR(SamlResponseVerifier::verify(*forged, providerCertificates()),
                      "InvalidIdentityToken", "Response signature invalid");
    }

    void refusesAKeyInfoCertificateTheMetadataDoesNotHold()
    {
        // Signed with the other key, which the KeyInfo names; the provider
        // also trusts that key's certificate only when its metadata has it.
        auto forged = SamlResponseSigner::sign(assertion(), *m_otherKey);
        REQUIRE_OK(forged);
        REQUIRE_OK(SamlResponseVerifier::verify(*forged, {m_otherKey->certificateDer()}));
        REQUIRE_CODE(SamlResponseVerifier::verify(*forged, providerCertificates()),
                     "InvalidIdentityToken");
    }

    void refusesAnAttributeChangedAfterSigning()
    {
        QByteArray xml = signedResponse();
        const QByteArray admin = m_role.toUtf8();
        QVERIFY(xml.contains(admin));
        xml.replace(admin, QByteArrayLiteral("arn:aws:iam::111122223333:role/Everything"));
        REQUIRE_ERROR(SamlResponseVerifier::verify(xml, providerCertificates()),
                      "InvalidIdentityToken", "Response signature invalid");
    }

    void refusesATimeChangedAfterSigning()
    {
        QByteArray xml = signedResponse();
        const QByteArray end = m_now.addSecs(300).toString(Qt::ISODate).toUtf8();
        QVERIFY(xml.contains(end));
        xml.replace(end, m_now.addDays(30).toString(Qt::ISODate).toUtf8());
        REQUIRE_CODE(SamlResponseVerifier::verify(xml, providerCertificates()),
                     "InvalidIdentityToken");
    }

    void refusesAnUnsignedResponse()
    {
        REQUIRE_ERROR(
            SamlResponseVerifier::verify(SamlResponseSigner::unsignedResponse(assertion()),
                                         providerCertificates()),
            "InvalidIdentityToken", "Response signature invalid");
    }

    void refusesAForgedAssertionBesideTheSignedOne()
    {
        // XSW: the signed assertion hidden in Extensions, a forged one (same
        // ID, another role) where the service provider reads.
        const QString xml = QString::fromUtf8(signedResponse());
        const QString original = assertionElement(xml);
        QString forged = original;
        forged.replace(m_role, QStringLiteral("arn:aws:iam::111122223333:role/Everything"));
        forged.remove(QRegularExpression(QStringLiteral("<ds:Signature.*</ds:Signature>"),
                                         QRegularExpression::DotMatchesEverythingOption));
        QString wrapped = xml;
        wrapped.replace(original, QStringLiteral("<samlp:Extensions>") + original +
                                      QStringLiteral("</samlp:Extensions>") + forged);
        REQUIRE_CODE(SamlResponseVerifier::verify(wrapped.toUtf8(), providerCertificates()),
                     "InvalidIdentityToken");
    }

    void refusesASignatureMovedToPointAtAnotherElement()
    {
        // The assertion's signature moved up into the Response, still
        // referencing the assertion: the signed element is not where it sits.
        const QString xml = QString::fromUtf8(signedResponse());
        const QRegularExpression signatureRe(QStringLiteral("<ds:Signature.*</ds:Signature>"),
                                             QRegularExpression::DotMatchesEverythingOption);
        const QString signature = signatureRe.match(xml).captured(0);
        QVERIFY(!signature.isEmpty());
        QString moved = xml;
        moved.remove(signature);
        moved.replace(QStringLiteral("<samlp:Status>"),
                      signature + QStringLiteral("<samlp:Status>"));
        REQUIRE_CODE(SamlResponseVerifier::verify(moved.toUtf8(), providerCertificates()),
                     "InvalidIdentityToken");
    }

    void refusesADocumentTypeDeclaration()
    {
        QByteArray xml = signedResponse();
        const qsizetype rootStart = xml.indexOf("<samlp:Response");
        xml.insert(rootStart, "<!DOCTYPE r [<!ENTITY x \"y\">]>");
        REQUIRE_ERROR(SamlResponseVerifier::verify(xml, providerCertificates()),
                      "InvalidIdentityToken", "Invalid SAML response");
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not xml") << QByteArray("hello");
        QTest::newRow("other root") << QByteArray("<a xmlns='urn:x'/>");
        QTest::newRow("truncated") << signedResponse().left(400);
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        REQUIRE_CODE(SamlResponseVerifier::verify(bytes, providerCertificates()),
                     "InvalidIdentityToken");
    }

    void decodesTheBase64Parameter()
    {
        const QByteArray xml = signedResponse();
        const auto decoded = SamlResponseVerifier::decodeBase64(xml.toBase64());
        REQUIRE_OK(decoded);
        QCOMPARE(*decoded, xml);
        REQUIRE_CODE(SamlResponseVerifier::decodeBase64("not base64!"), "InvalidIdentityToken");
    }
};

QTEST_GUILESS_MAIN(TestSamlResponseVerifier)
#include "tst_samlresponseverifier.moc"
