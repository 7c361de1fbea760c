#include "consoletheme.h"

#include <QFile>

namespace {

// Light: the AWS console's own values. Dark: its dark mode's navy surfaces
// and lighter text, each status color lightened until it reads on them.
ConsoleTheme makeLight()
{
    ConsoleTheme t;
    t.page = QColor(0xf2, 0xf3, 0xf3);
    t.panel = QColor(0xff, 0xff, 0xff);
    t.text = QColor(0x16, 0x19, 0x1f);
    t.mutedText = QColor(0x54, 0x5b, 0x64);
    t.border = QColor(0xd5, 0xdb, 0xdb);
    t.inputBorder = QColor(0xaa, 0xb7, 0xb8);
    t.accent = QColor(0xec, 0x72, 0x11);
    t.accentHover = QColor(0xeb, 0x5f, 0x07);
    t.accentText = QColor(0xff, 0xff, 0xff);
    t.error = QColor(0xd1, 0x32, 0x12);
    t.errorBackground = QColor(0xfd, 0xf3, 0xf1);
    t.info = QColor(0x00, 0x73, 0xbb);
    t.infoBackground = QColor(0xf1, 0xfa, 0xff);
    t.success = QColor(0x1d, 0x81, 0x02);
    t.successBackground = QColor(0xe9, 0xf6, 0xe2);
    t.warning = QColor(0x8a, 0x5a, 0x00);
    t.warningBackground = QColor(0xff, 0xf4, 0xe5);
    t.warningBorder = QColor(0xf0, 0xb3, 0x5b);
    t.syntaxKey = QColor(0x04, 0x51, 0xa5);
    t.syntaxElement = QColor(0x8e, 0x24, 0xaa);
    t.syntaxString = QColor(0xa3, 0x15, 0x15);
    t.syntaxNumber = QColor(0x09, 0x86, 0x58);
    t.syntaxLiteral = QColor(0x00, 0x00, 0xff);
    t.syntaxPunctuation = QColor(0x61, 0x61, 0x61);
    return t;
}

ConsoleTheme makeDark()
{
    ConsoleTheme t;
    t.page = QColor(0x0f, 0x1b, 0x2a);
    t.panel = QColor(0x19, 0x25, 0x34);
    t.text = QColor(0xe9, 0xeb, 0xed);
    t.mutedText = QColor(0xa4, 0xae, 0xb9);
    t.border = QColor(0x41, 0x4d, 0x5c);
    t.inputBorder = QColor(0x7d, 0x89, 0x98);
    t.accent = QColor(0xff, 0x99, 0x00);
    t.accentHover = QColor(0xff, 0xb8, 0x4d);
    t.accentText = QColor(0x0f, 0x1b, 0x2a);
    t.error = QColor(0xff, 0x7a, 0x7a);
    t.errorBackground = QColor(0x2d, 0x14, 0x19);
    t.info = QColor(0x6c, 0xc4, 0xff);
    t.infoBackground = QColor(0x0c, 0x25, 0x3d);
    t.success = QColor(0x5f, 0xd0, 0x68);
    t.successBackground = QColor(0x12, 0x2d, 0x17);
    t.warning = QColor(0xff, 0xd2, 0x4d);
    t.warningBackground = QColor(0x2b, 0x23, 0x0c);
    t.warningBorder = QColor(0xc9, 0x9a, 0x2e);
    t.syntaxKey = QColor(0x9c, 0xdc, 0xfe);
    t.syntaxElement = QColor(0xd7, 0x9b, 0xe0);
    t.syntaxString = QColor(0xe6, 0xa2, 0x7f);
    t.syntaxNumber = QColor(0xb5, 0xce, 0xa8);
    t.syntaxLiteral = QColor(0x6f, 0xb0, 0xff);
    t.syntaxPunctuation = QColor(0xb0, 0xb0, 0xb0);
    return t;
}

ConsoleTheme::Scheme currentSchemeValue = ConsoleTheme::Scheme::Light;

struct Placeholder
{
    const char* name;
    QColor ConsoleTheme::*color;
};

constexpr Placeholder placeholders[] = {
    {"page", &ConsoleTheme::page},
    {"panel", &ConsoleTheme::panel},
    {"text", &ConsoleTheme::text},
    {"mutedText", &ConsoleTheme::mutedText},
    {"border", &ConsoleTheme::border},
    {"inputBorder", &ConsoleTheme::inputBorder},
    {"accent", &ConsoleTheme::accent},
    {"accentHover", &ConsoleTheme::accentHover},
    {"accentText", &ConsoleTheme::accentText},
    {"errorBackground", &ConsoleTheme::errorBackground},
    {"error", &ConsoleTheme::error},
    {"infoBackground", &ConsoleTheme::infoBackground},
    {"info", &ConsoleTheme::info},
    {"successBackground", &ConsoleTheme::successBackground},
    {"success", &ConsoleTheme::success},
    {"warningBackground", &ConsoleTheme::warningBackground},
    {"warningBorder", &ConsoleTheme::warningBorder},
    {"warning", &ConsoleTheme::warning},
};

} // namespace

const ConsoleTheme& ConsoleTheme::of(Scheme scheme)
{
    static const ConsoleTheme light = makeLight();
    static const ConsoleTheme dark = makeDark();
    return scheme == Scheme::Dark ? dark : light;
}

const ConsoleTheme& ConsoleTheme::current()
{
    return of(currentSchemeValue);
}

ConsoleTheme::Scheme ConsoleTheme::currentScheme()
{
    return currentSchemeValue;
}

void ConsoleTheme::setCurrent(Scheme scheme)
{
    currentSchemeValue = scheme;
}

ConsoleTheme::Scheme ConsoleTheme::schemeOf(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
                   palette.color(QPalette::WindowText).lightness()
               ? Scheme::Dark
               : Scheme::Light;
}

ConsoleTheme::Scheme ConsoleTheme::schemeFor(Appearance appearance, const QPalette& systemPalette)
{
    switch (appearance) {
    case Appearance::Light:
        return Scheme::Light;
    case Appearance::Dark:
        return Scheme::Dark;
    case Appearance::System:
        break;
    }
    return schemeOf(systemPalette);
}

QString ConsoleTheme::appearanceId(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ConsoleTheme::Appearance> ConsoleTheme::parseAppearance(const QString& id)
{
    for (const Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (id.compare(appearanceId(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString ConsoleTheme::styleSheet() const
{
    QFile file(QStringLiteral(":/switchboard/styles/console.qss"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString sheet = QString::fromUtf8(file.readAll());
    for (const Placeholder& p : placeholders)
        sheet.replace(QLatin1Char('@') + QLatin1String(p.name) + QLatin1Char('@'),
                      (this->*p.color).name());
    return sheet;
}

QPalette ConsoleTheme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, page);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, panel);
    p.setColor(QPalette::AlternateBase, page);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Button, panel);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, panel);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::BrightText, error);
    p.setColor(QPalette::Highlight, info);
    p.setColor(QPalette::HighlightedText, page);
    p.setColor(QPalette::Link, info);
    p.setColor(QPalette::LinkVisited, syntaxElement);
    p.setColor(QPalette::Light, panel.lighter(130));
    p.setColor(QPalette::Midlight, panel.lighter(115));
    p.setColor(QPalette::Mid, border);
    p.setColor(QPalette::Dark, border.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText);
    return p;
}

QString ConsoleTheme::colorStyle(const QColor& color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}
