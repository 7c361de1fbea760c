#include "secrets/secretkey.h"

#include <array>
#include <utility>

namespace {
constexpr qsizetype MaxIdLength = 512;

const std::array<std::pair<SecretKey::Kind, QLatin1StringView>, 7> KindNames{{
    {SecretKey::Kind::AccessKey, QLatin1StringView("access-key")},
    {SecretKey::Kind::Session, QLatin1StringView("session")},
    {SecretKey::Kind::MfaSeed, QLatin1StringView("mfa-seed")},
    {SecretKey::Kind::TokenSigningKey, QLatin1StringView("token-signing-key")},
    {SecretKey::Kind::AuditHead, QLatin1StringView("audit-head")},
    {SecretKey::Kind::AuditSigningKey, QLatin1StringView("audit-signing-key")},
    {SecretKey::Kind::SamlSigningKey, QLatin1StringView("saml-signing-key")},
}};
} // namespace

SecretKey::SecretKey(const QUuid& directoryId, Kind kind, const QString& id)
    : m_directoryId(directoryId)
    , m_kind(kind)
    , m_id(id)
{}

std::optional<SecretKey> SecretKey::parse(QStringView text)
{
    const qsizetype first = text.indexOf(QLatin1Char('/'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('/'), first + 1);
    if (second < 0)
        return std::nullopt;
    const QStringView uuidText = text.first(first);
    const QUuid directoryId = QUuid::fromString(uuidText);
    const auto kind = kindFromName(text.sliced(first + 1, second - first - 1));
    const QString id = text.sliced(second + 1).toString();
    // The uuid must be in its canonical form, so one key has one spelling.
    if (!kind || directoryId.isNull() || namespacePrefix(directoryId) != text.first(first + 1) ||
        !isValidId(id))
        return std::nullopt;
    return SecretKey(directoryId, *kind, id);
}

QString SecretKey::namespacePrefix(const QUuid& directoryId)
{
    return directoryId.toString(QUuid::WithoutBraces) + QLatin1Char('/');
}

QString SecretKey::kindName(Kind kind)
{
    for (const auto& [candidate, name] : KindNames)
        if (candidate == kind)
            return name;
    return {};
}

std::optional<SecretKey::Kind> SecretKey::kindFromName(QStringView name)
{
    for (const auto& [kind, candidate] : KindNames)
        if (candidate == name)
            return kind;
    return std::nullopt;
}

bool SecretKey::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength || id.front().isSpace() || id.back().isSpace())
        return false;
    for (QChar ch : id)
        if (!ch.isPrint())
            return false;
    return true;
}

bool SecretKey::isValid() const
{
    return !m_directoryId.isNull() && isValidId(m_id);
}

QString SecretKey::toString() const
{
    return namespacePrefix(m_directoryId) + kindName(m_kind) + QLatin1Char('/') + m_id;
}
