#include "console/displaycolor.h"

#include <cmath>

namespace {
struct Entry
{
    DisplayColor::Name name;
    const char* id;
    const char* hex;
};

// The values the console is commonly seen to use (spec §4).
constexpr Entry entries[] = {{DisplayColor::Red, "red", "#f2b0a9"},
                             {DisplayColor::Orange, "orange", "#fbc8aa"},
                             {DisplayColor::Yellow, "yellow", "#efda95"},
                             {DisplayColor::Green, "green", "#b7ca9d"},
                             {DisplayColor::Blue, "blue", "#83d4e8"}};

const Entry& entryOf(DisplayColor::Name name)
{
    return entries[int(name)];
}

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// WCAG 2.x relative luminance of "#rrggbb".
double luminance(const QString& hex)
{
    const QString digits = hex.startsWith(QLatin1Char('#')) ? hex.mid(1) : hex;
    const int r = digits.mid(0, 2).toInt(nullptr, 16);
    const int g = digits.mid(2, 2).toInt(nullptr, 16);
    const int b = digits.mid(4, 2).toInt(nullptr, 16);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
} // namespace

QList<DisplayColor> DisplayColor::all()
{
    return {DisplayColor(Red), DisplayColor(Orange), DisplayColor(Yellow), DisplayColor(Green),
            DisplayColor(Blue)};
}

std::optional<DisplayColor> DisplayColor::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    const QString hexForm = t.startsWith(QLatin1Char('#')) ? t : QLatin1Char('#') + t;
    for (const Entry& e : entries)
        if (t == QLatin1String(e.id) || hexForm == QLatin1String(e.hex))
            return DisplayColor(e.name);
    return std::nullopt;
}

QString DisplayColor::id() const
{
    return QLatin1String(entryOf(m_name).id);
}

QString DisplayColor::hex() const
{
    return QLatin1String(entryOf(m_name).hex);
}

QString DisplayColor::textHex() const
{
    // The console's dark ink: 13:1 or better on all five pastel colors.
    return QStringLiteral("#16191f");
}

double DisplayColor::contrast() const
{
    return contrastRatio(textHex(), hex());
}

double DisplayColor::contrastRatio(const QString& foregroundHex, const QString& backgroundHex)
{
    const double a = luminance(foregroundHex);
    const double b = luminance(backgroundHex);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}
