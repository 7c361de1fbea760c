#include "appearancecontroller.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// View → Appearance applied to the application: palette, style sheet and the
// scheme views color by; kept in the settings; following the system's changes.
class TestAppearanceController : public QObject
{
    Q_OBJECT

    QPalette systemPalette;

    static bool looksDark()
    {
        return ConsoleTheme::schemeOf(QApplication::palette()) == ConsoleTheme::Scheme::Dark;
    }
    static QString pageColorInStyleSheet()
    {
        const QString sheet = qApp->styleSheet();
        const QString key = QStringLiteral("QMainWindow { background: ");
        const qsizetype at = sheet.indexOf(key);
        return at < 0 ? QString() : sheet.mid(at + key.size(), 7);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        systemPalette = QApplication::palette();
        QVERIFY(ConsoleTheme::schemeOf(systemPalette) == ConsoleTheme::Scheme::Light);
    }
    void init()
    {
        QSettings().clear();
        QApplication::setPalette(systemPalette);
        ConsoleTheme::setCurrent(ConsoleTheme::Scheme::Light);
    }

    void followsALightSystemByDefault()
    {
        AppearanceController appearance(qApp);
        QCOMPARE(appearance.appearance(), ConsoleTheme::Appearance::System);
        QCOMPARE(appearance.scheme(), ConsoleTheme::Scheme::Light);
        QVERIFY(!looksDark());
        QCOMPARE(pageColorInStyleSheet(),
                 ConsoleTheme::of(ConsoleTheme::Scheme::Light).page.name());
    }

    void darkIsAppliedAndKept()
    {
        {
            AppearanceController appearance(qApp);
            QSignalSpy changed(&appearance, &AppearanceController::schemeChanged);
            appearance.setAppearance(ConsoleTheme::Appearance::Dark);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(ConsoleTheme::currentScheme(), ConsoleTheme::Scheme::Dark);
            QVERIFY(looksDark());
            QCOMPARE(pageColorInStyleSheet(),
                     ConsoleTheme::of(ConsoleTheme::Scheme::Dark).page.name());
        }
        QCOMPARE(QSettings().value(QStringLiteral("appearance/scheme")).toString(),
                 QStringLiteral("dark"));
        // The next start opens dark.
        QApplication::setPalette(systemPalette);
        ConsoleTheme::setCurrent(ConsoleTheme::Scheme::Light);
        AppearanceController next(qApp);
        QCOMPARE(next.appearance(), ConsoleTheme::Appearance::Dark);
        QVERIFY(looksDark());
        // Back to the system's (light) colors.
        next.setAppearance(ConsoleTheme::Appearance::System);
        QVERIFY(!looksDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 systemPalette.color(QPalette::Window));
    }

    void followsTheSystemWhenItTurnsDark()
    {
        AppearanceController appearance(qApp);
        QSignalSpy changed(&appearance, &AppearanceController::schemeChanged);
        // The system's theme changes under the running console.
        QApplication::setPalette(ConsoleTheme::of(ConsoleTheme::Scheme::Dark).palette());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ConsoleTheme::currentScheme(), ConsoleTheme::Scheme::Dark);
        QCOMPARE(pageColorInStyleSheet(), ConsoleTheme::of(ConsoleTheme::Scheme::Dark).page.name());
    }

    void aChosenSchemeIgnoresTheSystem()
    {
        AppearanceController appearance(qApp);
        appearance.setAppearance(ConsoleTheme::Appearance::Light);
        QApplication::setPalette(ConsoleTheme::of(ConsoleTheme::Scheme::Dark).palette());
        QCOMPARE(ConsoleTheme::currentScheme(), ConsoleTheme::Scheme::Light);
    }
};

QTEST_MAIN(TestAppearanceController)
#include "tst_appearancecontroller.moc"
