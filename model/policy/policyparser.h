#pragma once

#include "policy/jsonpath.h"
#include "policy/policydocument.h"

#include <QJsonObject>
#include <QJsonValue>

// Builds a PolicyDocument from text and checks every rule of its kind; stops
// at the first problem and reports it with its position. Internal to
// PolicyDocument::parse.
class PolicyParser
{
public:
    PolicyParser(const QString& text, PolicyKind kind)
        : m_text(text)
        , m_kind(kind)
    {}

    // The document, or nullopt with diagnostic() describing the problem.
    std::optional<PolicyDocument> parse();
    const PolicyDiagnostic& diagnostic() const { return m_diagnostic; }

    // The size limit of a kind, whitespace not counted; 0 for none.
    static int sizeLimit(PolicyKind kind);
    // Whether whitespace counts towards that limit (it does for organization policies).
    static bool countsWhitespace(PolicyKind kind);
    // Overrides the kind's size limit; 0 checks no size (the caller does).
    void setSizeLimit(int limit) { m_sizeLimit = limit; }

private:
    enum class Anchor
    {
        Key,
        Value
    };

    bool checkCharacters();
    bool checkSize();
    bool parseTop(const QJsonObject& root, PolicyDocument& document);
    bool parseStatement(const QJsonValue& value, const JsonPath& path, PolicyDocument& document);
    bool parseEffect(const QJsonObject& object, const JsonPath& path, PolicyStatement& statement);
    bool parseSid(const QJsonObject& object, const JsonPath& path, const PolicyDocument& document,
                  PolicyStatement& statement);
    bool parseActions(const QJsonObject& object, const JsonPath& path, PolicyStatement& statement);
    bool parseResources(const QJsonObject& object, const JsonPath& path,
                        PolicyStatement& statement);
    bool parsePrincipal(const QJsonObject& object, const JsonPath& path,
                        PolicyStatement& statement);
    bool parseCondition(const QJsonValue& value, const JsonPath& path, PolicyStatement& statement);
    // Exactly one of name / notName; false (with a diagnostic) when both.
    bool pickElement(const QJsonObject& object, const JsonPath& path, const QString& name,
                     const QString& notName, QString& picked);
    bool readStrings(const QJsonValue& value, const JsonPath& path, QStringList& out);
    bool checkAction(const QString& action, const JsonPath& path);
    bool checkAwsPrincipal(const QString& principal, const JsonPath& path);
    bool fail(const JsonPath& path, Anchor anchor, const QString& what);
    bool failAt(qsizetype offset, const QString& what);
    bool forbidsPrincipal() const;
    bool requiresResource() const;
    bool requiresVersion2012() const;

    const QString& m_text;
    PolicyKind m_kind;
    int m_sizeLimit = -1; // -1: the kind's own
    PolicyDiagnostic m_diagnostic;
};
