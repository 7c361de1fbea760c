#pragma once

#include <QWidget>

class ConsoleSession;
class QLabel;
class QMenu;
class QToolButton;

// The console's navigation bar: the product on the left, the account menu
// (who is signed in, to which account, Sign out) on the right.
class TopBar : public QWidget
{
    Q_OBJECT

public:
    explicit TopBar(ConsoleSession* session, QWidget* parent = nullptr);

    QToolButton* accountButton() const { return m_accountButton; }
    QMenu* accountMenu() const { return m_accountMenu; }

Q_SIGNALS:
    void signOutRequested();

private:
    void refresh();

    ConsoleSession* m_session;
    QToolButton* m_accountButton;
    QMenu* m_accountMenu;
};
