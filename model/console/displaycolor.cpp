#include "console/displaycolor.h"

#include <algorithm>
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

struct Rgb
{
    int r = 0;
    int g = 0;
    int b = 0;
};

// "#rrggbb", "rrggbb", "#rgb" or "rgb".
std::optional<Rgb> parseHex(const QString& text)
{
    QString digits = text.startsWith(QLatin1Char('#')) ? text.mid(1) : text;
    if (digits.size() == 3)
        digits = QString(digits[0]) + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
    const auto isHexDigit = [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'));
    };
    if (digits.size() != 6 || !std::all_of(digits.begin(), digits.end(), isHexDigit))
        return std::nullopt;
    bool ok = false;
    const uint value = digits.toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    return Rgb{int((value >> 16) & 0xff), int((value >> 8) & 0xff), int(value & 0xff)};
}

// Squared "redmean" distance: RGB weighted by how the eye weighs each channel
// at that red level; close enough to perceptual for choosing among five.
double distance(const Rgb& a, const Rgb& b)
{
    const double meanRed = (a.r + b.r) / 2.0;
    const double dr = a.r - b.r;
    const double dg = a.g - b.g;
    const double db = a.b - b.b;
    return (2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db;
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

std::optional<DisplayColor> DisplayColor::nearest(const QString& text)
{
    if (auto exact = parse(text))
        return exact;
    const auto rgb = parseHex(text.trimmed());
    if (!rgb)
        return std::nullopt;
    const Entry* best = nullptr;
    double bestDistance = 0;
    for (const Entry& e : entries) {
        const double d = distance(*rgb, *parseHex(QLatin1String(e.hex)));
        if (!best || d < bestDistance) {
            best = &e;
            bestDistance = d;
        }
    }
    return DisplayColor(best->name);
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
