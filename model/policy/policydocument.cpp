#include "policy/policydocument.h"

#include "policy/policyparser.h"

QString PolicyDiagnostic::message() const
{
    QString text = what + QStringLiteral(" at %1:%2").arg(line).arg(column);
    if (!path.isEmpty())
        text += QStringLiteral(" in ") + path;
    return text;
}

namespace {
Result<PolicyDocument> parseWith(PolicyParser& parser, PolicyDiagnostic* diagnostic)
{
    auto document = parser.parse();
    if (document)
        return std::move(*document);
    if (diagnostic)
        *diagnostic = parser.diagnostic();
    return IamError::malformedPolicyDocument(parser.diagnostic().message());
}
} // namespace

Result<PolicyDocument> PolicyDocument::parse(const QString& text, PolicyKind kind,
                                             PolicyDiagnostic* diagnostic)
{
    PolicyParser parser(text, kind);
    return parseWith(parser, diagnostic);
}

Result<PolicyDocument> PolicyDocument::parseIgnoringSize(const QString& text, PolicyKind kind,
                                                         PolicyDiagnostic* diagnostic)
{
    PolicyParser parser(text, kind);
    parser.setSizeLimit(0);
    return parseWith(parser, diagnostic);
}
