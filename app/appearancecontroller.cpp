#include "appearancecontroller.h"

#include <QApplication>
#include <QSettings>
#include <QStyleFactory>

namespace {
const QString settingsKey = QStringLiteral("appearance/scheme");
} // namespace

AppearanceController::AppearanceController(QApplication* app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_systemPalette(QApplication::palette())
{
    m_appearance = ConsoleTheme::parseAppearance(QSettings().value(settingsKey).toString())
                       .value_or(ConsoleTheme::Appearance::System);
    m_app->installEventFilter(this);
    apply();
}

void AppearanceController::setAppearance(ConsoleTheme::Appearance appearance)
{
    m_appearance = appearance;
    QSettings().setValue(settingsKey, ConsoleTheme::appearanceId(appearance));
    apply();
}

bool AppearanceController::eventFilter(QObject* watched, QEvent* event)
{
    // The system changed its colors: follow, when following it.
    if (watched == m_app && event->type() == QEvent::ApplicationPaletteChange && !m_applying &&
        m_appearance == ConsoleTheme::Appearance::System) {
        m_systemPalette = QApplication::palette();
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void AppearanceController::apply()
{
    m_applying = true;
    const ConsoleTheme::Scheme before = ConsoleTheme::currentScheme();
    const ConsoleTheme::Scheme scheme = ConsoleTheme::schemeFor(m_appearance, m_systemPalette);
    ConsoleTheme::setCurrent(scheme);
    const ConsoleTheme& theme = ConsoleTheme::of(scheme);
    if (ConsoleTheme::schemeOf(m_systemPalette) == scheme) {
        QApplication::setPalette(m_systemPalette);
    } else {
        // A scheme the system does not have: Fusion draws every control from
        // the palette, so the whole window takes the scheme's colors.
        if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
            QApplication::setStyle(fusion);
        QApplication::setPalette(theme.palette());
    }
    m_app->setStyleSheet(theme.styleSheet());
    m_applying = false;
    if (scheme != before)
        Q_EMIT schemeChanged(scheme);
}
