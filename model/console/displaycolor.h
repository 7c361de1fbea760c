#pragma once

#include <QList>
#include <QString>

#include <optional>

// The five colors the console's Switch Role offers for a role's banner, with
// the text color that reads on each (WCAG 2.x contrast, AA needs 4.5:1).
class DisplayColor
{
public:
    enum Name
    {
        Red,
        Orange,
        Yellow,
        Green,
        Blue
    };

    static QList<DisplayColor> all();
    // "red", "Red", "#f2b0a9" or "f2b0a9"; nullopt for anything else.
    static std::optional<DisplayColor> parse(const QString& text);
    // Any color as text: one of the five by name or value, else the one
    // closest to a "#rrggbb", "rrggbb", "#rgb" or "rgb" value (by the
    // "redmean" weighted RGB distance), as other tools' colors are mapped.
    // nullopt when the text is no color.
    static std::optional<DisplayColor> nearest(const QString& text);

    Name name() const { return m_name; }
    QString id() const;      // "red": what settings, history and links store
    QString hex() const;     // "#f2b0a9"
    QString textHex() const; // the banner's text color on it
    // The contrast ratio of textHex() on hex(), 1..21.
    double contrast() const;

    static double contrastRatio(const QString& foregroundHex, const QString& backgroundHex);

    bool operator==(const DisplayColor&) const = default;

private:
    explicit DisplayColor(Name name)
        : m_name(name)
    {}
    Name m_name;
};
