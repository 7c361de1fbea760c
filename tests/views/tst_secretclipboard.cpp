#include "secretclipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// Secrets copied by the console leave the clipboard again, and password
// managers are told not to keep them.
class TestSecretClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init() { SecretClipboard::instance()->setClearAfter(SecretClipboard::DefaultClearAfter); }

    void aCopiedSecretIsMarkedForPasswordManagers()
    {
        QCOMPARE(SecretClipboard::instance()->clearAfter(), 45000ms);
        SecretClipboard::instance()->copy(QStringLiteral("wJalrXUtnFEMI/K7MDENG"));
        const QMimeData* data = QApplication::clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->text(), QStringLiteral("wJalrXUtnFEMI/K7MDENG"));
        QCOMPARE(data->data(QString::fromLatin1(SecretClipboard::PasswordManagerHint)),
                 QByteArray("secret"));
    }

    void theSecretIsClearedWhenTheTimeIsUp()
    {
        SecretClipboard* clipboard = SecretClipboard::instance();
        clipboard->setClearAfter(20ms); // the console's 45 s, shortened
        QSignalSpy expired(clipboard, &SecretClipboard::expired);
        clipboard->copy(QStringLiteral("the secret"));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the secret"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void somethingCopiedLaterStays()
    {
        SecretClipboard* clipboard = SecretClipboard::instance();
        clipboard->setClearAfter(20ms);
        QSignalSpy expired(clipboard, &SecretClipboard::expired);
        clipboard->copy(QStringLiteral("the secret"));
        QApplication::clipboard()->setText(QStringLiteral("a note of the user's own"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("a note of the user's own"));
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "tst_secretclipboard.moc"
