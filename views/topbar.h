#pragma once

#include "console/switchrolerequest.h"

#include <QWidget>

#include <functional>

class ConsoleSession;
class Directory;
class QLabel;
class QMenu;
class QToolButton;
struct RoleBookmark;
struct RoleHistoryEntry;

// The console's navigation bar: the product on the left, the account menu
// on the right: who is signed in and as whom the console acts, the role
// history, the saved roles, Switch role / Switch back, the switch link, Sign out.
class TopBar : public QWidget
{
    Q_OBJECT

public:
    TopBar(ConsoleSession* session, const Directory& directory, QWidget* parent = nullptr);

    QToolButton* accountButton() const { return m_accountButton; }
    QMenu* accountMenu() const { return m_accountMenu; }

    // What a history entry asks for when clicked.
    static SwitchRoleRequest requestFor(const RoleHistoryEntry& entry);
    // What a saved role asks for when clicked.
    static SwitchRoleRequest requestFor(const RoleBookmark& bookmark);

    // Entries another part of the console adds above Sign out (multi-session:
    // the sessions, Add session), filled in again at each refreshMenu().
    void setSessionEntries(std::function<void(QMenu*)> fill);
    void refreshMenu() { refresh(); }

Q_SIGNALS:
    void signOutRequested();
    void switchRoleRequested();
    void switchBackRequested();
    // A role history entry or a saved role: switch with its account, role, name and color.
    void switchAgainRequested(const SwitchRoleRequest& request);
    void temporaryCredentialsRequested();

private:
    void refresh();
    void styleAccountButton();
    void addHeader();
    void addRoleHistory();
    void addSavedRoles();
    void addSwitchActions();
    void copySwitchLink();

    ConsoleSession* m_session;
    QToolButton* m_accountButton;
    QMenu* m_accountMenu;
    std::function<void(QMenu*)> m_sessionEntries;
};
