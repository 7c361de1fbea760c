#pragma once

#include "console/authorization.h"
#include "console/consoleaction.h"
#include "console/identity.h"
#include "iam/result.h"

#include <QObject>
#include <QTimer>

class Authorizer;
class Clock;
class Directory;

// The console's sign-in state: who is signed in, as whom the console acts,
// and when the console session ends. Views ask it, never the store, who the
// caller is.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(Directory* directory, const Clock* clock = nullptr,
                            QObject* parent = nullptr);
    ~ConsoleSession() override;

    // Account id or alias, user name, password, as the console's IAM-user
    // sign-in page takes them. A wrong account, user or password all give the
    // same message; five failures within 15 minutes lock the user out for 15.
    Result<void> signIn(const QString& account, const QString& userName, const QString& password);
    void signOut();

    bool isSignedIn() const { return !m_identity.isNull(); }
    const Identity& identity() const { return m_identity; }
    Directory* directory() const { return m_directory; }
    const Clock* clock() const { return m_clock; }

    // May the active identity do this? Every console screen and button asks.
    Authorization authorize(const QString& action, const QString& resource) const;
    Authorization authorize(const ConsoleAction& action) const;
    Authorizer* authorizer() const { return m_authorizer; }

    static QString authenticationFailedMessage();

    // Ends the console session when its 12 hours are over. Runs on a timer;
    // public so that a clock that jumps (tests, training) is honoured at once.
    void checkExpiry();

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void activeIdentityChanged();

private:
    Result<void> checkLockout(const QString& account, const QString& userName) const;
    Result<Identity> authenticate(const QString& account, const QString& userName,
                                  const QString& password) const;
    void recordSignIn(const QString& actorArn, const QString& userName, bool success,
                      const QString& detail);
    void scheduleExpiry();

    Directory* m_directory;
    const Clock* m_clock;
    Identity m_identity;
    Authorizer* m_authorizer;
    QTimer m_expiryTimer;
};
