#include "directory/policydocumentuse.h"

#include "directory/directoryerrors.h"
#include "iam/quotas.h"
#include "policy/policydocument.h"

#include <QJsonDocument>

#include <limits>

namespace {

bool isAllowedPolicyCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0xFF);
}

QString abbreviated(const QString& text)
{
    constexpr int shown = 80;
    return text.size() <= shown ? text : text.left(shown) + QStringLiteral("...");
}

} // namespace

PolicyDocumentUse PolicyDocumentUse::managed()
{
    return {
        Kind::Managed, Quotas::ManagedPolicySize,
        DirectoryErrors::quotaExceeded(QStringLiteral("PolicySize"), Quotas::ManagedPolicySize)};
}

PolicyDocumentUse PolicyDocumentUse::trust()
{
    return {
        Kind::Trust, Quotas::TrustPolicySize,
        DirectoryErrors::quotaExceeded(QStringLiteral("ACLSizePerRole"), Quotas::TrustPolicySize)};
}

PolicyDocumentUse PolicyDocumentUse::inlineFor(int sizeLimit, const QString& entityLabel,
                                               const QString& entityName, int usedByOthers)
{
    return {
        Kind::Inline, sizeLimit - usedByOthers,
        IamError::limitExceeded(QStringLiteral("Maximum policy size of %1 bytes exceeded for %2 %3")
                                    .arg(sizeLimit)
                                    .arg(entityLabel, entityName))
            .withParameter(QStringLiteral("policyDocument"))};
}

PolicyDocumentUse PolicyDocumentUse::withoutSizeQuota(Kind kind)
{
    return {kind, std::numeric_limits<int>::max(), IamError()};
}

int PolicyDocumentUse::sizeWithoutWhitespace(const QString& text)
{
    int size = 0;
    for (QChar c : text)
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
            c != QLatin1Char('\r'))
            ++size;
    return size;
}

Result<void> PolicyDocumentUse::check(const QString& text) const
{
    const QString field = QStringLiteral("policyDocument");
    if (text.isEmpty())
        return IamError::constraintViolation(
            text, field, QStringLiteral("have length greater than or equal to 1"));
    for (QChar c : text)
        if (!isAllowedPolicyCharacter(c))
            return IamError::constraintViolation(
                abbreviated(text), field,
                QStringLiteral("satisfy regular expression pattern: "
                               "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"));
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    // AWS's words only; the editor shows where the error is beside them.
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return IamError::malformedPolicyDocument(QStringLiteral("Syntax errors in policy."));
    if (sizeWithoutWhitespace(text) > sizeAvailable)
        return sizeError;
    const PolicyKind policyKind = kind == Kind::Trust ? PolicyKind::Trust : PolicyKind::Identity;
    if (auto parsed = PolicyDocument::parseIgnoringSize(text, policyKind); !parsed)
        return parsed.error();
    return {};
}
