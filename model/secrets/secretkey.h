#pragma once

#include <QString>
#include <QStringView>
#include <QUuid>

#include <optional>

// The name of a secret: <directory-uuid>/<kind>/<id>. The directory's uuid
// keeps the secrets of two directories apart in one keychain; the kind says
// what the secret is for; the id names it within the kind (an access key id,
// a session id, an MFA device serial, which may itself contain '/').
class SecretKey
{
public:
    enum class Kind
    {
        AccessKey,
        Session,
        MfaSeed,
        TokenSigningKey,
        AuditHead,       // the audit trail's event count and last hash, kept outside the file
        AuditSigningKey, // signs the audit trail's checkpoints
        SamlSigningKey   // a built-in SAML identity provider's key, by provider ARN
    };

    SecretKey() = default;
    SecretKey(const QUuid& directoryId, Kind kind, const QString& id);

    // nullopt unless text is a well-formed key.
    static std::optional<SecretKey> parse(QStringView text);

    // "<directory-uuid>/": every key of that directory starts with it.
    static QString namespacePrefix(const QUuid& directoryId);
    // "access-key", "session", "mfa-seed", "token-signing-key", "audit-head",
    // "audit-signing-key", "saml-signing-key".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    // Non-empty, printable, no surrounding spaces.
    static bool isValidId(QStringView id);

    const QUuid& directoryId() const { return m_directoryId; }
    Kind kind() const { return m_kind; }
    const QString& id() const { return m_id; }
    bool isValid() const;
    QString toString() const;

    bool operator==(const SecretKey&) const = default;

private:
    QUuid m_directoryId;
    Kind m_kind = Kind::AccessKey;
    QString m_id;
};
