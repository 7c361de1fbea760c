#pragma once

#include "consoletheme.h"

#include <QObject>
#include <QPalette>

class QApplication;

// Applies View → Appearance (follow the system, light or dark) to the whole
// application: the palette, the console's style sheet and ConsoleTheme's
// current scheme. Following the system, it follows the system's changes too.
// The choice is kept in the settings.
class AppearanceController : public QObject
{
    Q_OBJECT
public:
    explicit AppearanceController(QApplication* app, QObject* parent = nullptr);

    ConsoleTheme::Appearance appearance() const { return m_appearance; }
    ConsoleTheme::Scheme scheme() const { return ConsoleTheme::currentScheme(); }
    void setAppearance(ConsoleTheme::Appearance appearance);

Q_SIGNALS:
    void schemeChanged(ConsoleTheme::Scheme scheme);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    QApplication* m_app;
    QPalette m_systemPalette;
    ConsoleTheme::Appearance m_appearance = ConsoleTheme::Appearance::System;
    bool m_applying = false;
};
