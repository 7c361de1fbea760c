#include "policyhighlighter.h"

#include "consoletheme.h"
#include "policy/actioncatalog.h"

#include <QColor>
#include <QSet>

namespace {

QTextCharFormat coloured(const QColor& colour, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(colour);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

bool isPunctuation(QChar c)
{
    return c == QLatin1Char('{') || c == QLatin1Char('}') || c == QLatin1Char('[') ||
           c == QLatin1Char(']') || c == QLatin1Char(':') || c == QLatin1Char(',');
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') ||
           c == QLatin1Char('e') || c == QLatin1Char('E');
}

} // namespace

PolicyHighlighter::PolicyHighlighter(QTextDocument* document)
    : PolicyHighlighter(document, ActionCatalog::instance())
{}

PolicyHighlighter::PolicyHighlighter(QTextDocument* document, const ActionCatalog& catalog)
    : QSyntaxHighlighter(document)
    , m_catalog(catalog)
    , m_key(coloured(ConsoleTheme::current().syntaxKey))
    , m_element(coloured(ConsoleTheme::current().syntaxElement, true))
    , m_string(coloured(ConsoleTheme::current().syntaxString))
    , m_number(coloured(ConsoleTheme::current().syntaxNumber))
    , m_literal(coloured(ConsoleTheme::current().syntaxLiteral))
    , m_punctuation(coloured(ConsoleTheme::current().syntaxPunctuation))
    , m_unknownAction(m_string)
{
    m_unknownAction.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_unknownAction.setUnderlineColor(ConsoleTheme::current().warning);
}

bool PolicyHighlighter::isUnknownAction(const QString& action) const
{
    if (m_catalog.isEmpty())
        return false;
    const auto cached = m_unknownCache.constFind(action);
    if (cached != m_unknownCache.constEnd())
        return *cached;
    const bool unknown = !m_catalog.coversAnyAction(action);
    m_unknownCache.insert(action, unknown);
    return unknown;
}

bool PolicyHighlighter::isPolicyElement(const QString& key)
{
    static const QSet<QString> elements{
        QStringLiteral("Version"),      QStringLiteral("Id"),          QStringLiteral("Statement"),
        QStringLiteral("Sid"),          QStringLiteral("Effect"),      QStringLiteral("Principal"),
        QStringLiteral("NotPrincipal"), QStringLiteral("Action"),      QStringLiteral("NotAction"),
        QStringLiteral("Resource"),     QStringLiteral("NotResource"), QStringLiteral("Condition"),
    };
    return elements.contains(key);
}

void PolicyHighlighter::highlightBlock(const QString& text)
{
    int state = qMax(0, previousBlockState());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            i = highlightString(text, i, state);
            continue;
        }
        if (isPunctuation(c)) {
            setFormat(int(i), 1, m_punctuation);
            if (c == QLatin1Char('[') && state == AfterActionKey)
                state = InActionList;
            else if (c == QLatin1Char(']') && state == InActionList)
                state = Outside;
            else if (c == QLatin1Char('{') && state == AfterActionKey)
                state = Outside;
            ++i;
            continue;
        }
        if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype end = i + 1;
            while (end < text.size() && isNumberChar(text.at(end)))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
            continue;
        }
        if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

// Formats the string starting at start; returns the index after it.
qsizetype PolicyHighlighter::highlightString(const QString& text, qsizetype start, int& state)
{
    const qsizetype end = stringEnd(text, start);
    const int length = int(end - start);
    const QString value = text.mid(start + 1, qMax<qsizetype>(0, length - 2));
    if (followedByColon(text, end)) {
        const bool element = isPolicyElement(value);
        setFormat(int(start), length, element ? m_element : m_key);
        if (value == QLatin1String("Action") || value == QLatin1String("NotAction"))
            state = AfterActionKey;
        return end;
    }
    const bool actionValue = state == AfterActionKey || state == InActionList;
    setFormat(int(start), length,
              actionValue && isUnknownAction(value) ? m_unknownAction : m_string);
    if (state == AfterActionKey)
        state = Outside;
    return end;
}

// The index after the closing quote, or the line's end for an open string.
qsizetype PolicyHighlighter::stringEnd(const QString& text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == QLatin1Char('"'))
            return i + 1;
    }
    return text.size();
}

bool PolicyHighlighter::followedByColon(const QString& text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(':'))
            return true;
        if (!text.at(i).isSpace())
            return false;
    }
    return false;
}
