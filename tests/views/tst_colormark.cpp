#include "colormark.h"

#include <QSet>
#include <QTest>

// Each role color has a shape of its own, so the five differ without color.
class TestColorMark : public QObject
{
    Q_OBJECT

    // Where the mark is drawn at all: its shape, whatever its color.
    static QImage coverage(const DisplayColor& color)
    {
        QImage image =
            ColorMark::pixmap(color, 24, 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QImage mask(image.size(), QImage::Format_Mono);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                mask.setPixel(x, y, qAlpha(image.pixel(x, y)) > 127 ? 1 : 0);
        return mask;
    }

private slots:
    void fiveColorsFiveShapes()
    {
        QList<QImage> shapes;
        for (const DisplayColor& color : DisplayColor::all())
            shapes << coverage(color);
        for (int a = 0; a < shapes.size(); ++a)
            for (int b = a + 1; b < shapes.size(); ++b)
                QVERIFY2(
                    shapes[a] != shapes[b],
                    qPrintable(QStringLiteral("%1 and %2 have the same shape")
                                   .arg(DisplayColor::all()[a].id(), DisplayColor::all()[b].id())));
    }

    void namesSayColorAndShape()
    {
        QSet<QString> colors;
        QSet<QString> shapes;
        for (const DisplayColor& color : DisplayColor::all()) {
            colors << ColorMark::colorName(color);
            shapes << ColorMark::shapeName(color);
        }
        QCOMPARE(colors.size(), 5);
        QCOMPARE(shapes.size(), 5);
        QCOMPARE(ColorMark::colorName(DisplayColor::all().at(DisplayColor::Red)),
                 QStringLiteral("Red"));
    }

    void drawnAtTheScreensPixelRatio()
    {
        const DisplayColor green = DisplayColor::all().at(DisplayColor::Green);
        const QPixmap sharp = ColorMark::pixmap(green, 18, 2.0);
        QCOMPARE(sharp.size(), QSize(36, 36));
        QCOMPARE(sharp.deviceIndependentSize(), QSizeF(18, 18));
        // On its own color the mark is drawn in ink, which reads there.
        const QImage ink = ColorMark::pixmap(green, 18, 1.0, ColorMark::Fill::Ink).toImage();
        QCOMPARE(ink.pixelColor(9, 9).name(), green.textHex());
        const QImage own = ColorMark::pixmap(green, 18, 1.0).toImage();
        QCOMPARE(own.pixelColor(9, 9).name(), green.hex());
    }
};

QTEST_MAIN(TestColorMark)
#include "tst_colormark.moc"
