#pragma once

#include "policy/jsonpath.h"

#include <QString>

#include <optional>

// Finds where an element of a JSON text starts, since QJsonDocument keeps no
// positions. Meant for the error path only: it scans the text on each call.
// The text is expected to be valid JSON (it was parsed before).
class JsonLocator
{
public:
    struct Position
    {
        qsizetype offset = 0; // in UTF-16 code units
        int line = 1;
        int column = 1;
    };

    explicit JsonLocator(const QString& text)
        : m_text(text)
    {}

    // The first character of the value at path (the root for an empty path).
    std::optional<Position> valueAt(const JsonPath& path) const;
    // The opening quote of the member name that path ends with.
    std::optional<Position> keyAt(const JsonPath& path) const;

    // Line and column (1-based) of a character offset.
    Position positionOf(qsizetype offset) const;
    // Line and column of a byte offset into the text's UTF-8 form, as
    // QJsonParseError reports it.
    Position positionOfUtf8(qsizetype byteOffset) const;

private:
    std::optional<qsizetype> find(const JsonPath& path, bool wantKey) const;
    bool descend(qsizetype& pos, const JsonPath& path, qsizetype depth, bool wantKey) const;
    void skipSpace(qsizetype& pos) const;
    void skipValue(qsizetype& pos) const;
    QString readString(qsizetype& pos) const;
    QChar at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : QChar(); }

    const QString& m_text;
};
