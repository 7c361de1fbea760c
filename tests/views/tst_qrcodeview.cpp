#include "qrcodeview.h"

#include <QImage>
#include <QTest>

class TestQrCodeView : public QObject
{
    Q_OBJECT

private:
    // A finder pattern: a dark 7x7 ring, a light 5x5 ring, a dark 3x3 centre,
    // and a light separator on its inner sides.
    static bool hasFinderAt(const QrCodeView& view, int left, int top)
    {
        for (int y = 0; y < 7; ++y)
            for (int x = 0; x < 7; ++x) {
                const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
                const bool dark = ring != 2;
                if (view.isDark(left + x, top + y) != dark)
                    return false;
            }
        return true;
    }

private slots:
    void theMatrixSizeFollowsTheVersion_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("modules");
        // Level M, byte mode: version 1 holds 14 bytes, version 2 holds 26.
        QTest::newRow("version 1") << QByteArray("hello") << 21;
        QTest::newRow("version 2") << QByteArray("otpauth://totp/x?s=A") << 25;
        QTest::newRow("an otpauth uri")
            << QByteArray("otpauth://totp/Switchboard:Maria@111122223333?secret="
                          "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Switchboard&algorithm=SHA1"
                          "&digits=6&period=30")
            << 49; // 138 bytes: version 8 (M holds 152)
    }

    void theMatrixSizeFollowsTheVersion()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, modules);
        QrCodeView view;
        QVERIFY(view.setText(text));
        QCOMPARE(view.moduleCount(), modules);
        QVERIFY(hasFinderAt(view, 0, 0));
        QVERIFY(hasFinderAt(view, modules - 7, 0));
        QVERIFY(hasFinderAt(view, 0, modules - 7));
        QVERIFY(!hasFinderAt(view, modules - 7, modules - 7));
        // Timing pattern on row 6 between the finders: alternating, dark first.
        for (int x = 8; x < modules - 8; ++x)
            QCOMPARE(view.isDark(x, 6), x % 2 == 0);
    }

    void clearForgetsTheCode()
    {
        QrCodeView view;
        QVERIFY(view.setText("hello"));
        view.clear();
        QCOMPARE(view.moduleCount(), 0);
        QVERIFY(!view.isDark(0, 0));
    }

    void paintsCrispModulesInsideAQuietZone()
    {
        QrCodeView view;
        QVERIFY(view.setText("hello"));
        const int total = 21 + 2 * QrCodeView::QuietZone; // 29 modules
        view.resize(total * 5, total * 5);
        const QImage image = view.grab().toImage();
        const int scale = image.width() / total;
        QCOMPARE(scale, 5);
        // The quiet zone is white; the finder's corner module starts right after it, black.
        QCOMPARE(
            QColor(image.pixel(QrCodeView::QuietZone * scale - 1, QrCodeView::QuietZone * scale)),
            QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(QrCodeView::QuietZone * scale, QrCodeView::QuietZone * scale)),
                 QColor(Qt::black));
        // Only black and white: no antialiased edges.
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c(image.pixel(x, y));
                QVERIFY(c == QColor(Qt::white) || c == QColor(Qt::black));
            }
        // Every module's pixels agree with the matrix.
        const int origin = QrCodeView::QuietZone * scale;
        for (int y = 0; y < 21; ++y)
            for (int x = 0; x < 21; ++x)
                QCOMPARE(QColor(image.pixel(origin + x * scale + 2, origin + y * scale + 2)) ==
                             QColor(Qt::black),
                         view.isDark(x, y));
    }
};

QTEST_MAIN(TestQrCodeView)
#include "tst_qrcodeview.moc"
