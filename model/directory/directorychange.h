#pragma once

#include "iam/entitykind.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What one recorded directory edit changed, so it can be reverted and
// re-applied to the exact same rows (ids and dates included). Opaque: only
// Directory reads it.
class DirectoryChange
{
public:
    // A change signal the forward run emitted, kept to emit it (or its
    // inverse) again after a revert or re-apply.
    struct Notification
    {
        enum class Type
        {
            EntityAdded,
            EntityRemoved,
            EntityChanged,
            EntityRenamed,
            MembershipAdded,
            MembershipRemoved,
            AttachmentsChanged,
            AccountsChanged,
            PasswordPolicyChanged,
            SamlProvidersChanged,
            DirectoryReset,
        };
        Type type = Type::EntityChanged;
        EntityKind kind = EntityKind::User;
        QString accountId;
        QString name;  // entity, or group of a membership
        QString other; // new name of a rename, user of a membership, policy ARN of an attachment
        bool operator==(const Notification&) const = default;
    };

    DirectoryChange() = default;
    DirectoryChange(QByteArray changeset, QList<Notification> notifications)
        : m_changeset(std::move(changeset))
        , m_notifications(std::move(notifications))
    {}

    // Nothing changed (the edit was a no-op).
    bool isEmpty() const { return m_changeset.isEmpty(); }
    const QByteArray& changeset() const { return m_changeset; }
    const QList<Notification>& notifications() const { return m_notifications; }

private:
    QByteArray m_changeset;
    QList<Notification> m_notifications;
};
