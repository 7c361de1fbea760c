#pragma once

#include <QHash>
#include <QWidget>

class ConsoleSession;
class ConsoleSessions;
class MainWindow;
class QMenu;
class QTabWidget;
class QTimer;

// Multi-session support: one window with a tab per signed-in session, each
// tab a whole console (its own bar, banner, navigator and pages) acting as
// that session's identity only. A tab's title says who (the role's display
// name, or user @ account), with the role's color mark and the time left.
// The tab bar hides while one session is open.
class SessionTabs : public QWidget
{
    Q_OBJECT

public:
    explicit SessionTabs(ConsoleSessions* sessions, QWidget* parent = nullptr);

    // Shows page (the session's console) in a tab of its own; the tab owns it.
    void addSession(ConsoleSession* session, MainWindow* page);
    // Takes the session's tab away and hands its page back, without a parent
    // and hidden; nullptr when the session has no tab.
    MainWindow* takeSession(ConsoleSession* session);
    void showSession(ConsoleSession* session);
    bool hasSession(ConsoleSession* session) const { return m_pages.contains(session); }
    ConsoleSession* currentSession() const;
    QTabWidget* tabWidget() const { return m_tabs; }
    // The tab's title: who the session acts as, and for a role the time left.
    QString tabTitle(ConsoleSession* session) const;
    void refreshTitles();

    // The account menu's part in a session's bar: "Turn on multi-session
    // support" while it is off; otherwise the sessions (own one checked),
    // Add session, and Turn off (with one session left).
    void fillAccountMenu(QMenu* menu, const ConsoleSession* own, bool multiSession);

Q_SIGNALS:
    void multiSessionRequested(bool on);
    void addSessionRequested();
    // Switch role in a new session: from's IAM user, as signed in, switches
    // role in a new tab; from keeps its own identity.
    void switchRoleInNewSessionRequested(ConsoleSession* from);
    // A tab's close button: sign out of that session only.
    void signOutRequested(ConsoleSession* session);

private:
    int indexOf(const ConsoleSession* session) const;
    void describeCloseButton(int index, const ConsoleSession& session);
    void updateWindowTitle();

    ConsoleSessions* m_sessions;
    QTabWidget* m_tabs;
    QTimer* m_countdown;
    QHash<ConsoleSession*, MainWindow*> m_pages;
};
