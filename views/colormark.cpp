#include "colormark.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>
#include <numbers>

namespace {

QPolygonF regularPolygon(const QRectF& box, int corners, double startDegrees)
{
    QPolygonF polygon;
    const QPointF centre = box.center();
    const double radius = box.width() / 2;
    for (int i = 0; i < corners; ++i) {
        const double angle = (startDegrees + 360.0 * i / corners) * std::numbers::pi / 180;
        polygon << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return polygon;
}

QPainterPath shapeOf(DisplayColor::Name name, const QRectF& box)
{
    QPainterPath path;
    switch (name) {
    case DisplayColor::Red:
        path.addPolygon(regularPolygon(box.adjusted(0, box.height() * 0.08, 0, 0), 3, -90));
        break;
    case DisplayColor::Orange:
        path.addPolygon(regularPolygon(box, 4, -90));
        break;
    case DisplayColor::Yellow:
        path.addEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case DisplayColor::Green:
        path.addRect(box.adjusted(box.width() * 0.12, box.height() * 0.12, -box.width() * 0.12,
                                  -box.height() * 0.12));
        break;
    case DisplayColor::Blue:
        path.addPolygon(regularPolygon(box, 6, 0));
        break;
    }
    path.closeSubpath();
    return path;
}

} // namespace

QPixmap ColorMark::pixmap(const DisplayColor& color, int logicalSize, qreal devicePixelRatio,
                          Fill fill)
{
    const int side = qCeil(logicalSize * devicePixelRatio);
    QPixmap pixmap(side, side);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    // The outline in the banner's text color keeps the shape visible on the
    // banner's own color and on any page.
    painter.setPen(QPen(QColor(color.textHex()), 1.2));
    painter.setBrush(QColor(fill == Fill::Ink ? color.textHex() : color.hex()));
    const double inset = 1.0;
    painter.drawPath(shapeOf(
        color.name(), QRectF(inset, inset, logicalSize - 2 * inset, logicalSize - 2 * inset)));
    return pixmap;
}

QIcon ColorMark::icon(const DisplayColor& color)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0})
        icon.addPixmap(pixmap(color, 16, ratio));
    return icon;
}

QString ColorMark::colorName(const DisplayColor& color)
{
    switch (color.name()) {
    case DisplayColor::Red:
        return QCoreApplication::translate("ColorMark", "Red");
    case DisplayColor::Orange:
        return QCoreApplication::translate("ColorMark", "Orange");
    case DisplayColor::Yellow:
        return QCoreApplication::translate("ColorMark", "Yellow");
    case DisplayColor::Green:
        return QCoreApplication::translate("ColorMark", "Green");
    case DisplayColor::Blue:
        break;
    }
    return QCoreApplication::translate("ColorMark", "Blue");
}

QString ColorMark::shapeName(const DisplayColor& color)
{
    switch (color.name()) {
    case DisplayColor::Red:
        return QCoreApplication::translate("ColorMark", "triangle");
    case DisplayColor::Orange:
        return QCoreApplication::translate("ColorMark", "diamond");
    case DisplayColor::Yellow:
        return QCoreApplication::translate("ColorMark", "circle");
    case DisplayColor::Green:
        return QCoreApplication::translate("ColorMark", "square");
    case DisplayColor::Blue:
        break;
    }
    return QCoreApplication::translate("ColorMark", "hexagon");
}
