#include "policy/jsonlocator.h"

std::optional<JsonLocator::Position> JsonLocator::valueAt(const JsonPath& path) const
{
    const auto offset = find(path, false);
    if (!offset)
        return std::nullopt;
    return positionOf(*offset);
}

std::optional<JsonLocator::Position> JsonLocator::keyAt(const JsonPath& path) const
{
    if (path.isEmpty() || path.segments().constLast().index >= 0)
        return valueAt(path);
    const auto offset = find(path, true);
    if (!offset)
        return std::nullopt;
    return positionOf(*offset);
}

JsonLocator::Position JsonLocator::positionOf(qsizetype offset) const
{
    Position position;
    position.offset = offset;
    const qsizetype end = qMin(offset, m_text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (m_text.at(i) == QLatin1Char('\n')) {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

JsonLocator::Position JsonLocator::positionOfUtf8(qsizetype byteOffset) const
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < m_text.size() && bytes < byteOffset) {
        const char16_t c = m_text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < m_text.size()) {
            bytes += 4;
            i += 2;
            continue;
        }
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        ++i;
    }
    return positionOf(i);
}

std::optional<qsizetype> JsonLocator::find(const JsonPath& path, bool wantKey) const
{
    qsizetype pos = 0;
    if (!descend(pos, path, 0, wantKey))
        return std::nullopt;
    return pos;
}

// On success pos is the offset of the wanted key or value.
bool JsonLocator::descend(qsizetype& pos, const JsonPath& path, qsizetype depth, bool wantKey) const
{
    skipSpace(pos);
    if (depth == path.segments().size())
        return true;
    const JsonPath::Segment& segment = path.segments().at(depth);
    const bool last = depth + 1 == path.segments().size();
    if (at(pos) == QLatin1Char('{') && segment.index < 0) {
        ++pos;
        for (;;) {
            skipSpace(pos);
            if (at(pos) != QLatin1Char('"'))
                return false;
            const qsizetype keyStart = pos;
            const QString key = readString(pos);
            skipSpace(pos);
            ++pos; // ':'
            if (key == segment.key) {
                if (last && wantKey) {
                    pos = keyStart;
                    return true;
                }
                return descend(pos, path, depth + 1, wantKey);
            }
            skipValue(pos);
            skipSpace(pos);
            if (at(pos) != QLatin1Char(','))
                return false;
            ++pos;
        }
    }
    if (at(pos) == QLatin1Char('[') && segment.index >= 0) {
        ++pos;
        for (int index = 0;; ++index) {
            skipSpace(pos);
            if (at(pos) == QLatin1Char(']'))
                return false;
            if (index == segment.index)
                return descend(pos, path, depth + 1, wantKey);
            skipValue(pos);
            skipSpace(pos);
            if (at(pos) != QLatin1Char(','))
                return false;
            ++pos;
        }
    }
    return false;
}

void JsonLocator::skipSpace(qsizetype& pos) const
{
    while (pos < m_text.size()) {
        const QChar c = m_text.at(pos);
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r'))
            return;
        ++pos;
    }
}

void JsonLocator::skipValue(qsizetype& pos) const
{
    skipSpace(pos);
    const QChar c = at(pos);
    if (c == QLatin1Char('"')) {
        readString(pos);
        return;
    }
    if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
        int depth = 0;
        while (pos < m_text.size()) {
            const QChar d = m_text.at(pos);
            if (d == QLatin1Char('"')) {
                readString(pos);
                continue;
            }
            ++pos;
            if (d == QLatin1Char('{') || d == QLatin1Char('['))
                ++depth;
            else if ((d == QLatin1Char('}') || d == QLatin1Char(']')) && --depth == 0)
                return;
        }
        return;
    }
    // A number, true, false or null runs to the next delimiter.
    while (pos < m_text.size()) {
        const QChar d = m_text.at(pos);
        if (d == QLatin1Char(',') || d == QLatin1Char('}') || d == QLatin1Char(']') || d.isSpace())
            return;
        ++pos;
    }
}

// Reads a JSON string starting at its opening quote; pos ends after the closing one.
QString JsonLocator::readString(qsizetype& pos) const
{
    QString value;
    ++pos;
    while (pos < m_text.size()) {
        const QChar c = m_text.at(pos++);
        if (c == QLatin1Char('"'))
            break;
        if (c != QLatin1Char('\\')) {
            value += c;
            continue;
        }
        const QChar e = at(pos++);
        switch (e.unicode()) {
        case 'b':
            value += QLatin1Char('\b');
            break;
        case 'f':
            value += QLatin1Char('\f');
            break;
        case 'n':
            value += QLatin1Char('\n');
            break;
        case 'r':
            value += QLatin1Char('\r');
            break;
        case 't':
            value += QLatin1Char('\t');
            break;
        case 'u':
            value += QChar(char16_t(m_text.mid(pos, 4).toUShort(nullptr, 16)));
            pos += 4;
            break;
        default:
            value += e;
            break;
        }
    }
    return value;
}
