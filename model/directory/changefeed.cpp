#include "directory/changefeed.h"

#include "directory/sqlconnection.h"

#include <QByteArrayList>
#include <QScopedValueRollback>

#include <algorithm>
#include <array>
#include <utility>

namespace {

using Type = DirectoryChange::Notification::Type;
using Change = ChangeFeed::Change;

// One letter per change type, in the order of Type, then of Change::Other;
// the format's version leads the payload.
constexpr std::array<char, 11> typeCodes{'A', 'R', 'C', 'N', 'M', 'm', 'P', 'O', 'W', 'S', 'X'};
constexpr std::array<char, 4> otherCodes{'-', 'E', 'T', 'B'};
const QByteArray formatTag = QByteArrayLiteral("switchboard-changes/1");

// Names, ARNs and account ids never hold these, but a field must not end a line either way.
QByteArray field(const QString& text)
{
    return text.toUtf8().toPercentEncoding("+=,.@_-/:*");
}

QByteArray line(const Change& change)
{
    const DirectoryChange::Notification& n = change.notification;
    const char code = change.other == Change::Other::None ? typeCodes[std::size_t(n.type)]
                                                          : otherCodes[std::size_t(change.other)];
    return QByteArray(1, code) + '\t' + QByteArray::number(int(n.kind)) + '\t' +
           field(n.accountId) + '\t' + field(n.name) + '\t' + field(n.other);
}

Change reset()
{
    return Change{{Type::DirectoryReset, {}, {}, {}, {}}, Change::Other::None};
}

std::optional<Change> parsedLine(const QByteArray& text)
{
    const QByteArrayList parts = text.split('\t');
    if (parts.size() != 5 || parts[0].size() != 1)
        return std::nullopt;
    Change change;
    const char code = parts[0][0];
    if (const auto type = std::find(typeCodes.begin(), typeCodes.end(), code);
        type != typeCodes.end())
        change.notification.type = Type(type - typeCodes.begin());
    else if (const auto other = std::find(otherCodes.begin() + 1, otherCodes.end(), code);
             other != otherCodes.end())
        change.other = Change::Other(other - otherCodes.begin());
    else
        return std::nullopt;
    bool kindOk = false;
    const int kind = parts[1].toInt(&kindOk);
    if (!kindOk || kind < int(EntityKind::User) || kind > int(EntityKind::Policy))
        return std::nullopt;
    DirectoryChange::Notification& n = change.notification;
    n.kind = EntityKind(kind);
    n.accountId = QString::fromUtf8(QByteArray::fromPercentEncoding(parts[2]));
    n.name = QString::fromUtf8(QByteArray::fromPercentEncoding(parts[3]));
    n.other = QString::fromUtf8(QByteArray::fromPercentEncoding(parts[4]));
    return change;
}

} // namespace

ChangeFeed::ChangeFeed(SqlConnection& publisher, qint64 backendPid, Receiver receiver)
    : m_publisher(publisher)
    , m_backendPid(backendPid)
    , m_receiver(std::move(receiver))
{}

ChangeFeed::~ChangeFeed() = default;

QString ChangeFeed::channel()
{
    return QStringLiteral("switchboard_directory_changes");
}

QString ChangeFeed::listenerName()
{
    return QStringLiteral("switchboard change listener");
}

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::start(SqlConnection& publisher, Receiver receiver)
{
    const auto pid = publisher.value(QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid)
        return pid.error();
    std::unique_ptr<ChangeFeed> feed(
        new ChangeFeed(publisher, pid->toLongLong(), std::move(receiver)));
    if (auto r = feed->openListener(); !r)
        return r.error();
    // The driver says nothing when the server drops the listener: asked instead.
    ChangeFeed* self = feed.get();
    QObject::connect(&feed->m_check, &QTimer::timeout, &feed->m_check,
                     [self] { self->checkListener(); });
    feed->m_check.start(checkIntervalMs);
    return feed;
}

Result<void> ChangeFeed::openListener()
{
    // A connection of its own: the publisher's is busy with the directory's statements.
    auto listener = SqlConnection::open(m_publisher.filePath());
    if (!listener)
        return listener.error();
    if (auto r = listener.value()->execOnce(
            QStringLiteral("SET application_name = '%1'").arg(listenerName()));
        !r)
        return r.error();
    if (auto r = listener.value()->listen(channel(),
                                          [this](const QString& payload) { received(payload); });
        !r)
        return r.error();
    m_listener = std::move(listener).value();
    return {};
}

void ChangeFeed::checkListener()
{
    if (m_listener && m_listener->value(QStringLiteral("SELECT 1")))
        return;
    m_listener.reset();
    if (--m_checksToWait > 0)
        return;
    if (auto r = openListener(); !r) {
        m_reconnectWait = std::min(m_reconnectWait * 2, maxReconnectWait);
        m_checksToWait = m_reconnectWait;
        qWarning("%s", qPrintable(r.error().message()));
        return;
    }
    m_reconnectWait = 1;
    m_checksToWait = 0;
    // Whatever was sent while nobody listened is lost: every cache goes.
    m_receiver({reset()});
}

QByteArray ChangeFeed::encode(qint64 sender, const QList<Change>& changes)
{
    const QByteArray header = formatTag + ' ' + QByteArray::number(sender);
    QByteArray payload = header;
    for (const Change& change : changes) {
        payload += '\n' + line(change);
        if (payload.size() > maxPayloadBytes)
            return header + '\n' + line(reset());
    }
    return payload;
}

std::optional<ChangeFeed::Decoded> ChangeFeed::decode(const QByteArray& payload)
{
    const QByteArrayList lines = payload.split('\n');
    const QByteArrayList header = lines.first().split(' ');
    bool senderOk = false;
    Decoded decoded;
    if (header.size() == 2 && header[0] == formatTag)
        decoded.sender = header[1].toLongLong(&senderOk);
    if (!senderOk)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        auto change = parsedLine(lines[i]);
        if (!change)
            return std::nullopt;
        decoded.changes.append(std::move(*change));
    }
    return decoded;
}

Result<void> ChangeFeed::send(const std::function<void()>& emitChanges)
{
    m_outbox.clear();
    {
        const QScopedValueRollback collecting(m_collecting, true);
        emitChanges();
    }
    const QList<Change> changes = std::exchange(m_outbox, {});
    if (changes.isEmpty())
        return {};
    const auto sent =
        m_publisher.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                         {channel(), QString::fromUtf8(encode(m_backendPid, changes))});
    if (!sent)
        return sent.error();
    return {};
}

void ChangeFeed::record(const Change& change)
{
    // Repeats of the same change (several edits of one user) tell nothing more.
    if (m_collecting && (m_outbox.isEmpty() || m_outbox.last() != change))
        m_outbox.append(change);
}

void ChangeFeed::received(const QString& payload)
{
    const auto decoded = decode(payload.toUtf8());
    // A change this version cannot read still changed something: every cache goes.
    if (!decoded) {
        m_receiver({reset()});
        return;
    }
    // What this directory sent it has told its own views already.
    if (decoded->sender == m_backendPid)
        return;
    m_receiver(decoded->changes);
}
