#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

class RequestContext;

// A compiled policy value: literal text, optionally with '*' / '?' wildcards
// and policy variables (${aws:username}, ${aws:PrincipalTag/team, 'none'},
// the escapes ${*} ${?} ${$}). Matching builds no regex and allocates nothing;
// a variable that cannot be resolved makes the pattern match nothing.
class PolicyPattern
{
public:
    enum class Wildcards
    {
        Off,
        On, // '*' matches any run of characters, '?' any one
        // A Resource / NotResource ARN (IAM User Guide, "IAM JSON policy elements:
        // Resource",
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html):
        // wildcards match within one colon-separated segment; a '*' that ends a
        // segment (the pattern's last character, or followed by ':') may expand
        // past colons; '?' never matches ':'.
        ArnSegments
    };
    enum class Variables
    {
        Off,
        On
    };

    PolicyPattern() = default;
    static PolicyPattern compile(const QString& text, Wildcards wildcards, Variables variables,
                                 Qt::CaseSensitivity caseSensitivity = Qt::CaseSensitive);

    // context supplies variable values; without one, variables are unresolved.
    bool matches(QStringView subject, const RequestContext* context = nullptr) const;
    // The text with variables substituted (wildcards stay as '*' and '?');
    // nullopt when a variable has no single value and no default.
    std::optional<QString> resolve(const RequestContext* context) const;

    const QString& text() const { return m_text; }
    bool hasVariables() const { return m_hasVariables; }
    bool matchesEverything() const { return m_shape == Shape::Everything; }
    // Plain text: no wildcard or variable, so matching is string equality.
    bool isLiteral() const { return m_shape == Shape::Exact; }

private:
    enum class SegmentType : quint8
    {
        Text,
        AnyString,
        AnyChar,
        Variable
    };
    struct Segment
    {
        SegmentType type = SegmentType::Text;
        QString text; // literal text, or the variable's key in lower case
        QString fallback;
        bool hasFallback = false;
    };
    // Fast paths for patterns without variables.
    enum class Shape : quint8
    {
        Exact,
        Everything,
        Prefix,
        Suffix,
        General
    };
    struct Token
    {
        QStringView text;
        SegmentType type;
    };
    template <typename Tokens>
    bool resolveTokens(const RequestContext* context, Tokens& tokens) const;
    template <typename Tokens>
    bool glob(const Tokens& tokens, QStringView subject) const;
    template <typename Tokens>
    static bool endsSegment(const Tokens& tokens, qsizetype star);
    void appendText(const QString& text);
    void appendSegment(Segment segment);
    void classify();
    static std::optional<qsizetype> parseVariable(const QString& text, qsizetype dollar,
                                                  Segment& segment);

    QString m_text;
    QList<Segment> m_segments;
    QString m_literal; // the text of Exact, Prefix and Suffix shapes
    Shape m_shape = Shape::Exact;
    Qt::CaseSensitivity m_caseSensitivity = Qt::CaseSensitive;
    bool m_arnSegments = false; // Wildcards::ArnSegments
    bool m_hasVariables = false;
};
