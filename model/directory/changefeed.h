#pragma once

#include "directory/directorychange.h"
#include "iam/result.h"

#include <QList>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class SqlConnection;

// Tells every other connection to one PostgreSQL directory (other consoles,
// `serve`) what this one changed, and hears what they changed: LISTEN/NOTIFY
// on a channel of the database. Each transaction's change signals go out as
// one notification, sent inside it (send()); a listener connection of its
// own turns the others' notifications back into the same signals.
class ChangeFeed
{
public:
    // One change signal as the feed carries it: one of those undo records,
    // or one of the signals undo leaves alone.
    struct Change
    {
        enum class Other
        {
            None,               // the notification says what changed
            AuditEventAppended, // notification.other: the event's sequence
            TemporarySessionsChanged,
            RoleBookmarksChanged, // notification.name: the user's ARN
        };
        DirectoryChange::Notification notification;
        Other other = Other::None;
        bool operator==(const Change&) const = default;
    };
    // Called with the changes another connection committed, in order.
    using Receiver = std::function<void(const QList<Change>&)>;

    ~ChangeFeed();
    ChangeFeed(const ChangeFeed&) = delete;
    ChangeFeed& operator=(const ChangeFeed&) = delete;

    // publisher: the directory's connection, which sends the notifications;
    // a second connection to the same database listens for the others'.
    static Result<std::unique_ptr<ChangeFeed>> start(SqlConnection& publisher, Receiver receiver);

    // The channel every connection to the database listens on.
    static QString channel();
    // PostgreSQL refuses a payload of 8000 bytes or more; beyond this a
    // batch goes out as a reset.
    static constexpr qsizetype maxPayloadBytes = 7900;
    // A header line, then one line per change; a single reset line when they do not fit.
    // sender: the publishing connection's backend process id.
    static QByteArray encode(qint64 sender, const QList<Change>& changes);
    struct Decoded
    {
        qint64 sender = 0;
        QList<Change> changes;
    };
    // nullopt for a payload this format does not describe.
    static std::optional<Decoded> decode(const QByteArray& payload);

    // Emits (on the directory whose signals record() hears) what a
    // transaction changed, and sends it as one notification on the
    // publisher's connection, inside that transaction: PostgreSQL delivers
    // it with the commit, and never for a rolled-back one.
    Result<void> send(const std::function<void()>& emitChanges);
    // A change signal emitted inside send(); ignored at any other time.
    void record(const Change& change);

    // The listener connection's application_name on the server.
    static QString listenerName();
    // How often the listener connection is checked; a dropped one is opened
    // again after 1, 2, 4... checks, at most maxReconnectWait apart, and the
    // receiver then gets a reset: what was sent meanwhile was not heard.
    static constexpr int checkIntervalMs = 1000;
    static constexpr int maxReconnectWait = 30;

private:
    ChangeFeed(SqlConnection& publisher, qint64 backendPid, Receiver receiver);
    Result<void> openListener();
    void checkListener();
    void received(const QString& payload);

    SqlConnection& m_publisher;
    std::unique_ptr<SqlConnection> m_listener;
    qint64 m_backendPid;
    Receiver m_receiver;
    bool m_collecting = false; // inside send()
    QList<Change> m_outbox;
    QTimer m_check;
    int m_reconnectWait = 1; // checks between two attempts to open the listener again
    int m_checksToWait = 0;
};
