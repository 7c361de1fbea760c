#pragma once

#include "console/consoleservices.h"

#include <QWidget>

class ActionGuard;
class ConsoleSession;
class QAction;
class QLabel;
class QTreeWidget;

// The "Multi-factor authentication (MFA)" part of a user's Security
// credentials tab: the user's devices (identifier = serial ARN, type,
// assigned date), "Assign MFA device" and "Remove", each allowed only when
// the active identity may do it.
class MfaDeviceSection : public QWidget
{
    Q_OBJECT

public:
    MfaDeviceSection(ConsoleSession* session, const ConsoleServices& services,
                     QWidget* parent = nullptr);

    void showUser(const QString& accountId, const QString& userName);

    QTreeWidget* deviceList() const { return m_list; }
    QAction* assignAction() const { return m_assign; }
    QAction* removeAction() const { return m_remove; }
    // Why the list is empty or cannot be shown; empty otherwise.
    QString messageText() const;

    // Removes the device without asking (Remove asks first), errors inline.
    void removeDevice(const QString& serialNumber);

Q_SIGNALS:
    // The dialog is open (tests drive it); it deletes itself when closed.
    void assignDialogOpened(QDialog* dialog);

private:
    void reload();
    void assign();
    void confirmRemove();
    void showMessage(const QString& text);
    QString userArn() const;
    QString selectedSerial() const;

    ConsoleSession* m_session;
    ConsoleServices m_services;
    QString m_accountId;
    QString m_userName;
    QTreeWidget* m_list;
    QLabel* m_message;
    QAction* m_assign;
    QAction* m_remove;
    ActionGuard* m_assignGuard;
    ActionGuard* m_removeGuard;
};
