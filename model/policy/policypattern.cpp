#include "policy/policypattern.h"

#include "policy/requestcontext.h"

#include <QVarLengthArray>

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool sameChar(QChar a, QChar b, Qt::CaseSensitivity cs)
{
    if (a == b)
        return true;
    return cs == Qt::CaseInsensitive && a.toCaseFolded() == b.toCaseFolded();
}

} // namespace

PolicyPattern PolicyPattern::compile(const QString& text, Wildcards wildcards, Variables variables,
                                     Qt::CaseSensitivity caseSensitivity)
{
    PolicyPattern pattern;
    pattern.m_text = text;
    pattern.m_caseSensitivity = caseSensitivity;
    pattern.m_arnSegments = wildcards == Wildcards::ArnSegments;
    QString literal;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (variables == Variables::On && c == QLatin1Char('$') &&
            text.mid(i + 1, 1) == QLatin1String("{")) {
            Segment variable;
            if (const auto end = parseVariable(text, i, variable)) {
                i = *end;
                if (variable.type == SegmentType::Text) {
                    literal += variable.text; // an escape: ${*} ${?} ${$}
                    continue;
                }
                pattern.appendText(literal);
                literal.clear();
                pattern.appendSegment(variable);
                continue;
            }
        }
        if (wildcards != Wildcards::Off && (c == QLatin1Char('*') || c == QLatin1Char('?'))) {
            pattern.appendText(literal);
            literal.clear();
            pattern.appendSegment(
                {c == QLatin1Char('*') ? SegmentType::AnyString : SegmentType::AnyChar,
                 {},
                 {},
                 false});
            continue;
        }
        literal += c;
    }
    pattern.appendText(literal);
    pattern.classify();
    return pattern;
}

// Parses "${key}", "${key, 'default'}" or an escape starting at dollar;
// returns the index of the closing brace, or nullopt when it is not a variable.
std::optional<qsizetype> PolicyPattern::parseVariable(const QString& text, qsizetype dollar,
                                                      Segment& segment)
{
    const qsizetype n = text.size();
    qsizetype i = dollar + 2;
    if (i + 1 < n && text.at(i + 1) == QLatin1Char('}') &&
        QStringView(u"*?$").contains(text.at(i))) {
        segment = {SegmentType::Text, QString(text.at(i)), {}, false};
        return i + 1;
    }
    while (i < n && isSpace(text.at(i)))
        ++i;
    const qsizetype keyStart = i;
    while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('}') &&
           !isSpace(text.at(i)))
        ++i;
    segment = {SegmentType::Variable, text.mid(keyStart, i - keyStart).toLower(), {}, false};
    while (i < n && isSpace(text.at(i)))
        ++i;
    if (segment.text.isEmpty() || i >= n)
        return std::nullopt;
    if (text.at(i) == QLatin1Char('}'))
        return i;
    if (text.at(i) != QLatin1Char(','))
        return std::nullopt;
    ++i;
    while (i < n && isSpace(text.at(i)))
        ++i;
    if (i >= n || text.at(i) != QLatin1Char('\''))
        return std::nullopt;
    // The default runs to the next single quote; '' stands for a quote.
    for (++i; i < n; ++i) {
        if (text.at(i) != QLatin1Char('\'')) {
            segment.fallback += text.at(i);
            continue;
        }
        if (i + 1 < n && text.at(i + 1) == QLatin1Char('\'')) {
            segment.fallback += QLatin1Char('\'');
            ++i;
            continue;
        }
        break;
    }
    for (++i; i < n && isSpace(text.at(i));)
        ++i;
    if (i >= n || text.at(i) != QLatin1Char('}'))
        return std::nullopt;
    segment.hasFallback = true;
    return i;
}

void PolicyPattern::appendText(const QString& text)
{
    if (!text.isEmpty())
        appendSegment({SegmentType::Text, text, {}, false});
}

void PolicyPattern::appendSegment(Segment segment)
{
    // Runs of '*' match what one does.
    if (segment.type == SegmentType::AnyString && !m_segments.isEmpty() &&
        m_segments.constLast().type == SegmentType::AnyString)
        return;
    if (segment.type == SegmentType::Variable)
        m_hasVariables = true;
    m_segments.append(std::move(segment));
}

void PolicyPattern::classify()
{
    const auto typeAt = [this](qsizetype i) { return m_segments.at(i).type; };
    const qsizetype n = m_segments.size();
    m_shape = Shape::General;
    if (m_hasVariables)
        return;
    if (n == 0 || (n == 1 && typeAt(0) == SegmentType::Text)) {
        m_shape = Shape::Exact;
        m_literal = n == 0 ? QString() : m_segments.at(0).text;
    } else if (n == 1 && typeAt(0) == SegmentType::AnyString) {
        m_shape = Shape::Everything;
    } else if (n == 2 && typeAt(0) == SegmentType::Text && typeAt(1) == SegmentType::AnyString) {
        m_shape = Shape::Prefix;
        m_literal = m_segments.at(0).text;
    } else if (n == 2 && typeAt(0) == SegmentType::AnyString && typeAt(1) == SegmentType::Text &&
               (!m_arnSegments || m_segments.at(1).text.startsWith(QLatin1Char(':')))) {
        // Within ARN segments a leading '*' crosses colons only when it ends its segment.
        m_shape = Shape::Suffix;
        m_literal = m_segments.at(1).text;
    }
}

bool PolicyPattern::matches(QStringView subject, const RequestContext* context) const
{
    switch (m_shape) {
    case Shape::Exact:
        return m_caseSensitivity == Qt::CaseSensitive
                   ? subject == m_literal
                   : subject.compare(m_literal, Qt::CaseInsensitive) == 0;
    case Shape::Everything:
        return true;
    case Shape::Prefix:
        return subject.startsWith(m_literal, m_caseSensitivity);
    case Shape::Suffix:
        return subject.endsWith(m_literal, m_caseSensitivity);
    case Shape::General:
        break;
    }
    QVarLengthArray<Token, 16> tokens;
    if (!resolveTokens(context, tokens))
        return false;
    return glob(tokens, subject);
}

std::optional<QString> PolicyPattern::resolve(const RequestContext* context) const
{
    QVarLengthArray<Token, 16> tokens;
    if (!resolveTokens(context, tokens))
        return std::nullopt;
    QString text;
    for (const Token& token : tokens) {
        if (token.type == SegmentType::AnyString)
            text += QLatin1Char('*');
        else if (token.type == SegmentType::AnyChar)
            text += QLatin1Char('?');
        else
            text += token.text;
    }
    return text;
}

template <typename Tokens>
bool PolicyPattern::resolveTokens(const RequestContext* context, Tokens& tokens) const
{
    for (const Segment& segment : m_segments) {
        if (segment.type != SegmentType::Variable) {
            tokens.append({segment.text, segment.type});
            continue;
        }
        // Multi-valued keys cannot be substituted (AWS); the default applies instead.
        const QStringList* values =
            context ? context->valuesForLowerCaseKey(segment.text) : nullptr;
        if (values && values->size() == 1)
            tokens.append({values->constFirst(), SegmentType::Text});
        else if (segment.hasFallback)
            tokens.append({segment.fallback, SegmentType::Text});
        else
            return false;
    }
    return true;
}

// Whether the '*' at index star ends its ARN segment: nothing but empty text
// follows it, or text that starts with ':'.
template <typename Tokens>
bool PolicyPattern::endsSegment(const Tokens& tokens, qsizetype star)
{
    for (qsizetype i = star + 1; i < tokens.size(); ++i) {
        if (tokens[i].type != SegmentType::Text)
            return false;
        if (!tokens[i].text.isEmpty())
            return tokens[i].text.front() == QLatin1Char(':');
    }
    return true;
}

// Wildcard match over resolved tokens: on a mismatch, backtrack to the most
// recent '*' and let it swallow one more character. Within ARN segments a '*'
// that does not end its segment cannot swallow a ':'; then the most recent '*'
// that may is the one to extend (the colon fixes where everything after the
// other stars lines up, so none of them could help).
template <typename Tokens>
bool PolicyPattern::glob(const Tokens& tokens, QStringView subject) const
{
    struct Cursor
    {
        qsizetype token = 0;
        qsizetype offset = 0;
    };
    struct Star
    {
        Cursor at{-1, 0};
        qsizetype mark = 0; // where in subject its match ends
        bool crossesColons = true;
    };
    const qsizetype count = tokens.size();
    const auto advance = [&tokens](Cursor& c) {
        if (tokens[c.token].type == SegmentType::Text && ++c.offset < tokens[c.token].text.size())
            return;
        ++c.token;
        c.offset = 0;
    };
    const auto skipEmpty = [&tokens, count](Cursor& c) {
        while (c.token < count && tokens[c.token].type == SegmentType::Text &&
               tokens[c.token].text.isEmpty())
            ++c.token;
    };
    const QChar colon = QLatin1Char(':');
    Cursor p;
    Star star;     // the most recent '*'
    Star freeStar; // the most recent '*' that may swallow a ':'
    qsizetype s = 0;
    while (s < subject.size()) {
        skipEmpty(p);
        if (p.token < count) {
            const Token& token = tokens[p.token];
            if (token.type == SegmentType::AnyString) {
                star = {p, s, !m_arnSegments || endsSegment(tokens, p.token)};
                if (star.crossesColons)
                    freeStar = star;
                advance(p);
                continue;
            }
            if ((token.type == SegmentType::AnyChar &&
                 !(m_arnSegments && subject.at(s) == colon)) ||
                (token.type == SegmentType::Text &&
                 sameChar(token.text.at(p.offset), subject.at(s), m_caseSensitivity))) {
                advance(p);
                ++s;
                continue;
            }
        }
        if (star.at.token >= 0 && !star.crossesColons && subject.at(star.mark) == colon)
            star = freeStar;
        if (star.at.token < 0)
            return false;
        p = star.at;
        advance(p);
        s = ++star.mark;
        if (star.crossesColons)
            freeStar = star;
    }
    for (skipEmpty(p); p.token < count && tokens[p.token].type == SegmentType::AnyString;) {
        advance(p);
        skipEmpty(p);
    }
    return p.token == count;
}
