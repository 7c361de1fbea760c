#include "consolesessions.h"

#include "consolesession.h"

ConsoleSessions::ConsoleSessions(Directory* directory, const Clock* clock, StsService* sts,
                                 QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_clock(clock)
    , m_sts(sts)
    , m_primary(new ConsoleSession(directory, clock, this, sts))
{
    watch(m_primary);
}

ConsoleSessions::~ConsoleSessions() = default;

QString ConsoleSessions::limitMessage()
{
    // The console's own words (AWS has no API for this): translated.
    return tr("You can be signed in to up to %1 sessions at once. Sign out of a session before "
              "you add another.")
        .arg(maxSessions);
}

Result<ConsoleSession*> ConsoleSessions::open()
{
    if (count() >= maxSessions)
        return IamError::limitExceeded(limitMessage());
    auto* session = new ConsoleSession(m_directory, m_clock, this, m_sts);
    m_added.append(session);
    watch(session);
    Q_EMIT sessionsChanged();
    return session;
}

void ConsoleSessions::close(ConsoleSession* session)
{
    if (session == m_primary) {
        if (m_primary->isSignedIn())
            m_primary->signOut(); // sessionsChanged follows from signedOut
        return;
    }
    if (!m_added.removeOne(session))
        return;
    // Gone from the list first, so that signedOut's receivers see the rest.
    disconnect(session, nullptr, this, nullptr);
    if (session->isSignedIn())
        session->signOut();
    session->deleteLater();
    Q_EMIT sessionsChanged();
}

QList<ConsoleSession*> ConsoleSessions::sessions() const
{
    QList<ConsoleSession*> open;
    if (m_primary->isSignedIn())
        open.append(m_primary);
    open.append(m_added);
    return open;
}

void ConsoleSessions::watch(ConsoleSession* session)
{
    connect(session, &ConsoleSession::signedIn, this, &ConsoleSessions::sessionsChanged);
    connect(session, &ConsoleSession::signedOut, this, &ConsoleSessions::sessionsChanged);
    connect(session, &ConsoleSession::activeIdentityChanged, this,
            &ConsoleSessions::sessionsChanged);
}
