#include "console/displaycolor.h"
#include "consoletheme.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

// The light and dark schemes: readable (WCAG 2.x AA, 4.5:1 for text), complete
// style sheets, and a palette that reads as its scheme.
class TestConsoleTheme : public QObject
{
    Q_OBJECT

    static double contrast(const QColor& text, const QColor& background)
    {
        return DisplayColor::contrastRatio(text.name(), background.name());
    }

private slots:
    void textIsReadableInBothSchemes_data()
    {
        QTest::addColumn<ConsoleTheme::Scheme>("scheme");
        QTest::newRow("light") << ConsoleTheme::Scheme::Light;
        QTest::newRow("dark") << ConsoleTheme::Scheme::Dark;
    }
    void textIsReadableInBothSchemes()
    {
        QFETCH(ConsoleTheme::Scheme, scheme);
        const ConsoleTheme& t = ConsoleTheme::of(scheme);
        const QList<std::tuple<const char*, QColor, QColor>> pairs{
            {"text on panel", t.text, t.panel},
            {"text on page", t.text, t.page},
            {"muted text on panel", t.mutedText, t.panel},
            {"muted text on page", t.mutedText, t.page},
            {"error on panel", t.error, t.panel},
            {"error on its background", t.error, t.errorBackground},
            {"success on panel", t.success, t.panel},
            {"info on panel", t.info, t.panel},
            {"warning on its background", t.warning, t.warningBackground},
            {"syntax key", t.syntaxKey, t.panel},
            {"syntax element", t.syntaxElement, t.panel},
            {"syntax string", t.syntaxString, t.panel},
            {"syntax number", t.syntaxNumber, t.panel},
            {"syntax literal", t.syntaxLiteral, t.panel},
            {"syntax punctuation", t.syntaxPunctuation, t.panel},
        };
        for (const auto& [what, foreground, background] : pairs) {
            const double ratio = contrast(foreground, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                    .arg(QLatin1String(what), foreground.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)));
        }
        // The primary button's label is bold text at 13px and up: AA large, 3:1.
        QVERIFY(contrast(t.accentText, t.accent) >= 3.0);
    }

    void styleSheetFillsEveryColor()
    {
        const QString light = ConsoleTheme::of(ConsoleTheme::Scheme::Light).styleSheet();
        const QString dark = ConsoleTheme::of(ConsoleTheme::Scheme::Dark).styleSheet();
        QVERIFY(light.contains(QLatin1String("#TopBar")));
        const QRegularExpression placeholder(QStringLiteral("@[A-Za-z]+@"));
        QVERIFY2(!placeholder.match(light).hasMatch(),
                 qPrintable(placeholder.match(light).captured()));
        QVERIFY2(!placeholder.match(dark).hasMatch(),
                 qPrintable(placeholder.match(dark).captured()));
        const QString darkPage = ConsoleTheme::of(ConsoleTheme::Scheme::Dark).page.name();
        QVERIFY(dark.contains(QStringLiteral("QMainWindow { background: %1; }").arg(darkPage)));
        QVERIFY(!light.contains(darkPage));
        // AWS's navy bar is the same in both.
        QVERIFY(light.contains(QLatin1String("#TopBar { background: #232f3e; }")));
        QVERIFY(dark.contains(QLatin1String("#TopBar { background: #232f3e; }")));
    }

    void paletteReadsAsItsScheme()
    {
        for (const auto scheme : {ConsoleTheme::Scheme::Light, ConsoleTheme::Scheme::Dark})
            QCOMPARE(ConsoleTheme::schemeOf(ConsoleTheme::of(scheme).palette()), scheme);
    }

    void appearanceFollowsTheSystemOrIsChosen()
    {
        const QPalette darkSystem = ConsoleTheme::of(ConsoleTheme::Scheme::Dark).palette();
        const QPalette lightSystem = ConsoleTheme::of(ConsoleTheme::Scheme::Light).palette();
        QCOMPARE(ConsoleTheme::schemeFor(ConsoleTheme::Appearance::System, darkSystem),
                 ConsoleTheme::Scheme::Dark);
        QCOMPARE(ConsoleTheme::schemeFor(ConsoleTheme::Appearance::System, lightSystem),
                 ConsoleTheme::Scheme::Light);
        QCOMPARE(ConsoleTheme::schemeFor(ConsoleTheme::Appearance::Light, darkSystem),
                 ConsoleTheme::Scheme::Light);
        QCOMPARE(ConsoleTheme::schemeFor(ConsoleTheme::Appearance::Dark, lightSystem),
                 ConsoleTheme::Scheme::Dark);
        for (const auto a : {ConsoleTheme::Appearance::System, ConsoleTheme::Appearance::Light,
                             ConsoleTheme::Appearance::Dark})
            QCOMPARE(ConsoleTheme::parseAppearance(ConsoleTheme::appearanceId(a)), a);
        QVERIFY(!ConsoleTheme::parseAppearance(QStringLiteral("sepia")));
    }
};

QTEST_MAIN(TestConsoleTheme)
#include "tst_consoletheme.moc"
