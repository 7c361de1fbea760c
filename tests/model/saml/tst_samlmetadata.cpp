#include "common/resultassertions.h"
#include "saml/samlmetadata.h"
#include "saml/samlsigningkey.h"
#include "samltesting.h"

#include <QTest>

// Metadata as identity providers export it imports (entity id, signing
// certificates); what is not an IdP's metadata with a signing key does not.
class TestSamlMetadata : public QObject
{
    Q_OBJECT

private:
    std::optional<SamlSigningKey> m_key;
    const QString m_entityId = QStringLiteral("https://keycloak.example.com/realms/cats");

private Q_SLOTS:
    void initTestCase()
    {
        auto key = SamlSigningKey::generate(
            QStringLiteral("cats"), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), 365);
        REQUIRE_OK(key);
        m_key = std::move(key).value();
    }

    void readsKeycloakMetadata()
    {
        const auto metadata =
            SamlMetadata::parse(keycloakMetadata(m_entityId, m_key->certificateDer()));
        REQUIRE_OK(metadata);
        QCOMPARE(metadata->entityId(), m_entityId);
        QCOMPARE(metadata->certificateDers(), QList<QByteArray>{m_key->certificateDer()});
        QCOMPARE(metadata->signingCertificates().first().subject(), QStringLiteral("CN=cats"));
        QCOMPARE(metadata->validUntil(), QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void readsWhatItBuilds()
    {
        const QByteArray built =
            SamlMetadata::build(QStringLiteral("urn:switchboard:idp"), m_key->certificateDer(),
                                QStringLiteral("https://idp.invalid/sso"));
        const auto metadata = SamlMetadata::parse(built);
        REQUIRE_OK(metadata);
        QCOMPARE(metadata->entityId(), QStringLiteral("urn:switchboard:idp"));
        QCOMPARE(metadata->certificateDers().size(), 1);
    }

    void prefersTheDocumentsValidUntil()
    {
        QByteArray xml = keycloakMetadata(m_entityId, m_key->certificateDer());
        xml.replace("entityID=", "validUntil=\"2026-06-30T12:00:00Z\" entityID=");
        const auto metadata = SamlMetadata::parse(xml);
        REQUIRE_OK(metadata);
        QCOMPARE(metadata->validUntil(), QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    }

    void ignoresEncryptionKeys()
    {
        QByteArray xml = keycloakMetadata(m_entityId, m_key->certificateDer());
        xml.replace("use=\"signing\"", "use=\"encryption\"");
        REQUIRE_CODE(SamlMetadata::parse(xml), "InvalidInput");
    }

    void refusesWhatIsNotIdpMetadata_data()
    {
        QTest::addColumn<QByteArray>("document");
        const QByteArray good = keycloakMetadata(m_entityId, m_key->certificateDer());
        QByteArray sp = good;
        sp.replace("IDPSSODescriptor", "SPSSODescriptor");
        QByteArray badCert = good;
        badCert.replace("<ds:X509Certificate>MII", "<ds:X509Certificate>AAA");
        QByteArray noEntity = good;
        noEntity.replace(QByteArray("entityID=\"") + m_entityId.toUtf8() + "\"", "");
        QTest::newRow("service provider") << sp;
        QTest::newRow("broken certificate") << badCert;
        QTest::newRow("no entity id") << noEntity;
        QTest::newRow("not xml") << QByteArray(1200, 'x');
    }

    void refusesWhatIsNotIdpMetadata()
    {
        QFETCH(QByteArray, document);
        REQUIRE_CODE(SamlMetadata::parse(document), "InvalidInput");
    }

    void enforcesIamsSizeBounds()
    {
        REQUIRE_CODE(SamlMetadata::parse(QByteArray(999, ' ')), "ValidationError");
    }
};

QTEST_GUILESS_MAIN(TestSamlMetadata)
#include "tst_samlmetadata.moc"
