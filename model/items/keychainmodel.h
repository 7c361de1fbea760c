#pragma once

#include "secrets/secretkey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

class Clock;
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
    };
    static constexpr int KeyRole = Qt::UserRole + 1; // the entry's SecretKey string

    KeychainModel(Directory* directory, SecretStore* store, const Clock* clock,
                  QObject* parent = nullptr);

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
    // What purge() would remove.
    bool isPurgeable(const Entry& entry) const;

    static QString kindLabel(SecretKey::Kind kind);
    static QString statusLabel(Status status);

Q_SIGNALS:
    void refreshed();
    void purged(int count);

private:
    Entry describe(const SecretKey& key) const;
    void setEntries(QList<Entry> entries, const QString& error);

    Directory* m_directory;
    QPointer<SecretStore> m_store;
    const Clock* m_clock;
    QList<Entry> m_entries;
    QString m_error;
};
