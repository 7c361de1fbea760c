#pragma once

#include "console/displaycolor.h"

#include <QIcon>
#include <QPixmap>
#include <QString>

// A role color as a shape of its own (red triangle, orange diamond, yellow
// circle, green square, blue hexagon), so that the banner and the role
// history tell the five apart without relying on color alone.
class ColorMark
{
public:
    // OwnColor: the shape in the color, outlined (menus, lists). Ink: the
    // shape in the color's text color, for drawing on the color itself (the banner).
    enum class Fill
    {
        OwnColor,
        Ink
    };
    // Drawn at the device pixel ratio, so it stays crisp on high-DPI screens.
    static QPixmap pixmap(const DisplayColor& color, int logicalSize, qreal devicePixelRatio,
                          Fill fill = Fill::OwnColor);
    static QIcon icon(const DisplayColor& color);
    // The color's name as the console shows it: "Red", ...
    static QString colorName(const DisplayColor& color);
    // The shape's name as a screen reader says it: "triangle", ...
    static QString shapeName(const DisplayColor& color);
};
