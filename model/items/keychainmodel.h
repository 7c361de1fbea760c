#pragma once

#include "console/consoleaction.h"
#include "secrets/secretkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class Clock;
class ConsoleSession;
class Directory;
class SecretStore;
class StsService;

// What Switchboard keeps in the secret store for one directory, as the
// Keychain panel lists it: the kind of each secret, whose it is, when it was
// made and when it expires. Never a value: the store is only asked for its
// keys; the rest comes from the directory's metadata.
class KeychainModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        OwnerColumn,
        CreatedColumn,
        ExpiresColumn,
        StatusColumn,
        ColumnCount
    };
    enum class Status
    {
        Active,
        Inactive,
        Open,
        Expired, // a session past its end whose secrets are still kept
        Ended,   // a session ended (switch back, sign out) whose secrets are still kept
        Orphaned // the directory no longer knows what the secret belongs to
    };
    struct Entry
    {
        SecretKey key;
        QString owner; // an ARN, or what the secret serves
        QDateTime created;
        QDateTime expires;
        Status status = Status::Active;
        // The viewer's own: their access keys and MFA devices, the sessions
        // they (or the console for them) opened, their federated session.
        bool own = false;
        // What removing it takes when it is someone else's, as AWS would ask
        // it: iam:DeleteAccessKey / iam:DeactivateMFADevice on the user; for
        // a session, the revocation AWS does by an inline policy
        // (AWSRevokeOlderSessions): iam:PutRolePolicy on the role, or
        // iam:PutUserPolicy on the user of a session token; for an entry
        // nobody owns any more, the same action on "*".
        ConsoleAction removal;
    };
    static constexpr int KeyRole = Qt::UserRole + 1; // the entry's SecretKey string

    // Every entry of the directory: for its owner (headless tools, tests).
    KeychainModel(const Directory* directory, SecretStore* store, const Clock* clock,
                  QObject* parent = nullptr);
    // What the session's signed-in identity may see: only its own entries
    // are listed, and purge() removes others' only where the identity is
    // allowed their removal action (an administrator). store: the
    // console's secret store (none: nothing to list); directory and clock
    // are the viewer's.
    KeychainModel(ConsoleSession* viewer, const Directory* directory, SecretStore* store,
                  const Clock* clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Entry>& entries() const { return m_entries; }
    QString backendName() const;
    // The last listing's error, or "" (a keychain that cannot be reached says why).
    QString error() const { return m_error; }
    // Lists the store's keys again; refreshed() when done.
    void refresh();
    // Ends the sessions whose time is up and removes the secrets of sessions
    // that ended or expired, and of entries nobody owns any more;
    // purged(count) when done, then refreshes.
    void purge(StsService* sts);
    // Whether the entry's time is up (expired, ended or orphaned).
    bool isPurgeable(const Entry& entry) const;
    // How many entries purge() would remove, the viewer's and others' it may remove.
    int purgeableCount() const;
    // Whether the viewer may remove this entry: their own, or allowed its removal action.
    bool mayRemove(const Entry& entry) const;

    static QString kindLabel(SecretKey::Kind kind);
    static QString statusLabel(Status status);

Q_SIGNALS:
    void refreshed();
    void purged(int count);

private:
    Entry describe(const SecretKey& key) const;
    bool isViewers(const QString& ownerArn, const QString& sessionKey = {}) const;
    void setEntries(QList<Entry> entries, const QString& error);
    QList<Entry> doomedEntries() const;

    ConsoleSession* m_viewer = nullptr; // null: every entry, every purge
    const Directory* m_directory;
    QPointer<SecretStore> m_store;
    const Clock* m_clock;
    QList<Entry> m_entries; // what is listed: the viewer's own
    QList<Entry> m_all;     // every entry of the directory, for the purge
    QString m_error;
};
