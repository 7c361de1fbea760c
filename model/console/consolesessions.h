#pragma once

#include "iam/result.h"

#include <QList>
#include <QObject>

class Clock;
class ConsoleSession;
class Directory;
class StsService;

// The console's sessions: the one its sign-in page signs in, and, with
// multi-session support, up to four more, each its own identity, expiry and
// authorization (AWS's console allows five identities at once). A session
// that is not signed in does not count; one that signs out ends here.
class ConsoleSessions : public QObject
{
    Q_OBJECT

public:
    // AWS's console: "up to five sessions" in one browser.
    static constexpr int maxSessions = 5;

    ConsoleSessions(Directory* directory, const Clock* clock, StsService* sts,
                    QObject* parent = nullptr);
    ~ConsoleSessions() override;

    // The session of the console's own sign-in page; never closed.
    ConsoleSession* primary() const { return m_primary; }
    // A new session, not yet signed in, for Add session; LimitExceeded when
    // five are open (a new one counts from here until it is closed).
    [[nodiscard]] Result<ConsoleSession*> open();
    // Ends an added session (signing it out) and deletes it later, so that a
    // caller inside one of its signals is safe. The primary is only signed out.
    void close(ConsoleSession* session);
    // The primary when signed in, then the added sessions, oldest first.
    QList<ConsoleSession*> sessions() const;
    int count() const { return static_cast<int>(sessions().size()); }
    bool isAdded(ConsoleSession* session) const { return m_added.contains(session); }
    // Only the primary is open: multi-session support may be turned off.
    bool onlyPrimary() const { return m_added.isEmpty(); }

    static QString limitMessage();

Q_SIGNALS:
    // The list changed: a session opened, was closed, signed in or out.
    void sessionsChanged();

private:
    void watch(ConsoleSession* session);

    Directory* m_directory;
    const Clock* m_clock;
    StsService* m_sts;
    ConsoleSession* m_primary;
    QList<ConsoleSession*> m_added;
};
