#include "crypto/securebytes.h"

#include <QDebug>
#include <QTest>

#include <type_traits>

// Secrets must not slip into a QString/QByteArray by accident.
static_assert(!std::is_convertible_v<SecureBytes, QByteArray>);
static_assert(!std::is_convertible_v<SecureBytes, QString>);
static_assert(!std::is_convertible_v<QByteArray, SecureBytes>);
static_assert(!std::is_copy_constructible_v<SecureBytes>);
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);

namespace {
QByteArray secretText()
{
    return QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
}
} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheBytesGiven()
    {
        const SecureBytes bytes = SecureBytes::fromView(secretText());
        QCOMPARE(bytes.size(), secretText().size());
        QCOMPARE(bytes.view(), QByteArrayView(secretText()));
        QCOMPARE(bytes.insecureCopy(), secretText());
    }

    void sizedConstructorZeroFills()
    {
        const SecureBytes bytes(5);
        QCOMPARE(bytes.insecureCopy(), QByteArray(5, '\0'));
    }

    void keepsEmbeddedNulBytes()
    {
        const QByteArray binary("\0a\0b", 4);
        QCOMPARE(SecureBytes::fromView(binary).insecureCopy(), binary);
    }

    void fromUtf8EncodesText()
    {
        const SecureBytes bytes = SecureBytes::fromUtf8(u"pässwörd");
        QCOMPARE(bytes.insecureCopy(), QStringLiteral("pässwörd").toUtf8());
        QCOMPARE(bytes.insecureUtf8String(), QStringLiteral("pässwörd"));
    }

    void takeFromWipesTheSource()
    {
        QByteArray source = secretText();
        const SecureBytes bytes = SecureBytes::takeFrom(source);
        QCOMPARE(bytes.insecureCopy(), secretText());
        QVERIFY(source.isEmpty());
    }

    void moveEmptiesTheSource()
    {
        SecureBytes a = SecureBytes::fromView(secretText());
        SecureBytes b = std::move(a);
        QCOMPARE(b.insecureCopy(), secretText());
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the point of the test
        QCOMPARE(a.constData(), nullptr);

        SecureBytes c = SecureBytes::fromView("other");
        c = std::move(b);
        QCOMPARE(c.insecureCopy(), secretText());
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    }

    void cloneIsADeepCopy()
    {
        SecureBytes original = SecureBytes::fromView("abc");
        const SecureBytes copy = original.clone();
        original.data()[0] = 'x';
        QCOMPARE(copy.insecureCopy(), QByteArray("abc"));
        QCOMPARE(original.insecureCopy(), QByteArray("xbc"));
    }

    void appendGrowsAcrossReallocations()
    {
        SecureBytes bytes;
        QByteArray expected;
        for (int i = 0; i < 300; ++i) {
            const char c = char('a' + i % 26);
            bytes.append(QByteArrayView(&c, 1));
            expected.append(c);
        }
        QCOMPARE(bytes.insecureCopy(), expected);
        bytes.append(SecureBytes::fromView("!!"));
        QCOMPARE(bytes.size(), 302);
        QVERIFY(bytes.view().endsWith("!!"));
    }

    void appendToItselfAcrossAReallocation()
    {
        SecureBytes bytes = SecureBytes::fromView("abc");
        bytes.append(bytes);
        bytes.append(bytes.view());
        QCOMPARE(bytes.insecureCopy(), QByteArray("abcabcabcabc"));
    }

    void resizeShrinksAndGrowsWithZeros()
    {
        SecureBytes bytes = SecureBytes::fromView("abcdef");
        bytes.resize(3);
        QCOMPARE(bytes.insecureCopy(), QByteArray("abc"));
        bytes.resize(5);
        QCOMPARE(bytes.insecureCopy(), QByteArray("abc\0\0", 5));
    }

    void clearEmpties()
    {
        SecureBytes bytes = SecureBytes::fromView("abc");
        bytes.clear();
        QVERIFY(bytes.isEmpty());
        QCOMPARE(bytes.size(), 0);
    }

    void toHexIsLowerCase()
    {
        const SecureBytes bytes = SecureBytes::fromView(QByteArray::fromHex("00ff10ab"));
        QCOMPARE(bytes.toHex().insecureCopy(), QByteArray("00ff10ab"));
    }

    void comparesByContent()
    {
        QVERIFY(SecureBytes::fromView("abc") == SecureBytes::fromView("abc"));
        QVERIFY(!(SecureBytes::fromView("abc") == SecureBytes::fromView("abd")));
        QVERIFY(!(SecureBytes::fromView("abc") == SecureBytes::fromView("abcd")));
        QVERIFY(SecureBytes() == SecureBytes::fromView(""));
    }

    void debugPrintsOnlyTheLength()
    {
        QString printed;
        QDebug(&printed) << SecureBytes::fromView(secretText());
        QCOMPARE(printed.trimmed(), QStringLiteral("SecureBytes(40 bytes)"));
        QVERIFY(!printed.contains(QStringLiteral("EXAMPLE")));
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
