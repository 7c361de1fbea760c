#include "crypto/aesgcm.h"
#include "crypto/hmac.h"
#include "crypto/scrypt.h"
#include "crypto/sigv4verifier.h"
#include "crypto/totp.h"

#include <QTest>
#include <QTimeZone>

// Figures for the crypto hot paths: a local STS endpoint verifies a SigV4
// signature per request and the console checks MFA codes; scrypt is paid once
// per sign-in or per file store opening. Prints, never fails on time.
class BenchCrypto : public QObject
{
    Q_OBJECT

private:
    static QDateTime requestTime()
    {
        return QDateTime(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
    }

    static SecureBytes secret()
    {
        return SecureBytes::fromView("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    static SigV4Request signedRequest()
    {
        SigV4Request request;
        request.method = "POST";
        request.headers = {{"Host", "127.0.0.1:4566"},
                           {"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
        request.body =
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333"
            "%3Arole%2FAdmin&RoleSessionName=bench";
        return SigV4::sign(request, {QStringLiteral("AKIDEXAMPLE"), secret(), {}},
                           QStringLiteral("us-east-1"), QStringLiteral("sts"), requestTime());
    }

private slots:
    void hmacSha256()
    {
        const QByteArray key(32, 'k');
        const QByteArray message(256, 'm');
        QBENCHMARK
        {
            const SecureBytes mac = Hmac::mac(Hmac::Algorithm::Sha256, key, message);
            QCOMPARE(mac.size(), 32);
        }
    }

    void sigV4Sign()
    {
        const SigV4Request request = signedRequest();
        QBENCHMARK
        {
            const SigV4Request again =
                SigV4::sign(request, {QStringLiteral("AKIDEXAMPLE"), secret(), {}},
                            QStringLiteral("us-east-1"), QStringLiteral("sts"), requestTime());
            QVERIFY(again.hasHeader("Authorization"));
        }
    }

    void sigV4Verify()
    {
        ManualClock clock(requestTime());
        const SigV4Verifier verifier(clock);
        const SigV4Request request = signedRequest();
        const SecureBytes key = secret();
        QBENCHMARK
        {
            const auto parsed = verifier.parse(request);
            QVERIFY(parsed.ok() && verifier.verify(request, *parsed, key).ok());
        }
    }

    void totpVerifyWithSkew()
    {
        const SecureBytes seed = SecureBytes::fromView("12345678901234567890");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1111111111, QTimeZone::utc());
        const QString code = Totp::code(seed, now);
        QBENCHMARK
        {
            QVERIFY(Totp::verify(code, seed, now).has_value());
        }
    }

    void aesGcmSealOpen4KiB()
    {
        const SecureBytes key = AesGcm::generateKey();
        const QByteArray plaintext(4096, 'p');
        QBENCHMARK
        {
            const QByteArray sealed = AesGcm::seal(key, plaintext);
            QVERIFY(AesGcm::open(key, sealed).has_value());
        }
    }

    void scryptDefaultCost()
    {
        // The cost of PasswordHasher and of opening an EncryptedFileSecretStore.
        QBENCHMARK
        {
            QCOMPARE(
                Scrypt::derive("passphrase", "0123456789abcdef", Scrypt::Parameters{}, 32).size(),
                32);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCrypto)
#include "bench_crypto.moc"
