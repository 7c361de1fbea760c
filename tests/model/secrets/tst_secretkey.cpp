#include "secrets/secretkey.h"

#include <QTest>

Q_DECLARE_METATYPE(SecretKey::Kind)

namespace {
const QUuid Directory = QUuid::fromString(u"6f1c2d3e-4a5b-4c6d-8e7f-901234567890");
}

class TestSecretKey : public QObject
{
    Q_OBJECT

private slots:
    void formatsAsDirectoryKindId_data()
    {
        QTest::addColumn<SecretKey::Kind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("access key")
            << SecretKey::Kind::AccessKey << QStringLiteral("AKIAIOSFODNN7EXAMPLE")
            << QStringLiteral(
                   "6f1c2d3e-4a5b-4c6d-8e7f-901234567890/access-key/AKIAIOSFODNN7EXAMPLE");
        QTest::newRow("session") << SecretKey::Kind::Session << QStringLiteral("ASIA1")
                                 << QStringLiteral(
                                        "6f1c2d3e-4a5b-4c6d-8e7f-901234567890/session/ASIA1");
        QTest::newRow("mfa seed with slash")
            << SecretKey::Kind::MfaSeed << QStringLiteral("arn:aws:iam::111122223333:mfa/alice")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/mfa-seed/"
                              "arn:aws:iam::111122223333:mfa/alice");
        QTest::newRow("token signing key")
            << SecretKey::Kind::TokenSigningKey << QStringLiteral("v1")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/token-signing-key/v1");
    }
    void formatsAsDirectoryKindId()
    {
        QFETCH(SecretKey::Kind, kind);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        const SecretKey key(Directory, kind, id);
        QVERIFY(key.isValid());
        QCOMPARE(key.toString(), expected);
        const auto parsed = SecretKey::parse(expected);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, key);
        QCOMPARE(parsed->id(), id);
        QCOMPARE(parsed->kind(), kind);
        QCOMPARE(parsed->directoryId(), Directory);
        QVERIFY(expected.startsWith(SecretKey::namespacePrefix(Directory)));
    }

    void rejectsMalformedKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("two parts")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/session");
        QTest::newRow("unknown kind")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/secret/x");
        QTest::newRow("not a uuid") << QStringLiteral("directory/session/x");
        QTest::newRow("braces") << QStringLiteral(
            "{6f1c2d3e-4a5b-4c6d-8e7f-901234567890}/session/x");
        QTest::newRow("upper-case uuid")
            << QStringLiteral("6F1C2D3E-4A5B-4C6D-8E7F-901234567890/session/x");
        QTest::newRow("null uuid")
            << QStringLiteral("00000000-0000-0000-0000-000000000000/session/x");
        QTest::newRow("empty id") << QStringLiteral(
            "6f1c2d3e-4a5b-4c6d-8e7f-901234567890/session/");
        QTest::newRow("padded id")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/session/ x");
        QTest::newRow("control character")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/session/a\nb");
        QTest::newRow("index entry")
            << QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-901234567890/index");
    }
    void rejectsMalformedKeys()
    {
        QFETCH(QString, text);
        QVERIFY(!SecretKey::parse(text).has_value());
    }

    void kindNamesRoundTrip()
    {
        for (auto kind :
             {SecretKey::Kind::AccessKey, SecretKey::Kind::Session, SecretKey::Kind::MfaSeed,
              SecretKey::Kind::TokenSigningKey, SecretKey::Kind::SamlSigningKey})
            QCOMPARE(SecretKey::kindFromName(SecretKey::kindName(kind)), std::optional(kind));
        QVERIFY(!SecretKey::kindFromName(u"Session").has_value());
    }

    void defaultKeyIsInvalid()
    {
        QVERIFY(!SecretKey().isValid());
        QVERIFY(!SecretKey(Directory, SecretKey::Kind::Session, QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
