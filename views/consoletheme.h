#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

// The console's colors in its light and dark scheme: the page, panels and
// text follow the scheme; AWS's navy bar and the role colors stay the same in
// both. Widgets that color something in code ask current() for the meaning
// (error, success, ...), never for a literal.
class ConsoleTheme
{
public:
    enum class Scheme
    {
        Light,
        Dark
    };
    // What the user chose under View → Appearance: follow the system, or one scheme.
    enum class Appearance
    {
        System,
        Light,
        Dark
    };

    QColor page;
    QColor panel;
    QColor text;
    QColor mutedText;
    QColor border;
    QColor inputBorder;
    QColor accent;
    QColor accentHover;
    QColor accentText;
    QColor error;
    QColor errorBackground;
    QColor info;
    QColor infoBackground;
    QColor success;
    QColor successBackground;
    QColor warning;
    QColor warningBackground;
    QColor warningBorder;
    // The policy editor's syntax colors.
    QColor syntaxKey;
    QColor syntaxElement;
    QColor syntaxString;
    QColor syntaxNumber;
    QColor syntaxLiteral;
    QColor syntaxPunctuation;

    static const ConsoleTheme& of(Scheme scheme);
    // The scheme in use; Light until the app sets another.
    static const ConsoleTheme& current();
    static Scheme currentScheme();
    static void setCurrent(Scheme scheme);

    // Dark when the palette's window is darker than its text.
    static Scheme schemeOf(const QPalette& palette);
    static Scheme schemeFor(Appearance appearance, const QPalette& systemPalette);
    static QString appearanceId(Appearance appearance);
    static std::optional<Appearance> parseAppearance(const QString& id);

    // The console's style sheet with this scheme's colors filled in.
    QString styleSheet() const;
    // A full widget palette of this scheme, for when it differs from the system's.
    QPalette palette() const;
    // "color: #rrggbb;" for a label that shows an error, and the like.
    static QString colorStyle(const QColor& color);
};
