#pragma once

#include "directory/directorychange.h"
#include "iam/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class SqlConnection;

// Tells every other connection to one PostgreSQL directory (other consoles,
// `serve`) what this one changed, and hears what they changed: LISTEN/NOTIFY
// on a channel of the database. After each commit the change signals it
// emitted go out as one notification (Batch); a listener connection of its
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

    // While a batch is open, record() collects; the outermost batch sends
    // what it collected when it ends. A null feed makes a batch do nothing.
    class Batch
    {
    public:
        explicit Batch(ChangeFeed* feed);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;

    private:
        ChangeFeed* m_feed;
    };
    // A change signal this directory emitted; kept only inside a batch, so
    // what the listener replays is never sent back.
    void record(const Change& change);

private:
    ChangeFeed(SqlConnection& publisher, qint64 backendPid, Receiver receiver);
    void publish();
    void received(const QString& payload);

    SqlConnection& m_publisher;
    std::unique_ptr<SqlConnection> m_listener;
    qint64 m_backendPid;
    Receiver m_receiver;
    int m_batchDepth = 0;
    bool m_receiving = false; // replaying what another connection sent
    QList<Change> m_outbox;
};
