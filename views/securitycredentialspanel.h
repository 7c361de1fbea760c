#pragma once

#include "console/consoleservices.h"

#include <QWidget>

#include <functional>

class AccessKeyCreatedDialog;
class ActionGuard;
class ConsoleSession;
class MfaDeviceSection;
class QAction;
class QLabel;
class QTableWidget;
class QVBoxLayout;
struct AccessKeyInfo;

// A user's "Security credentials" tab, as the console shows it: the console
// password, the MFA devices, and the access keys with their status, age and
// last use, stale keys flagged for rotation. Create (at most 2, the secret
// shown once), Activate / Deactivate, Delete and a guided Rotate, each allowed
// only when the active identity may do it.
class SecurityCredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    SecurityCredentialsPanel(ConsoleSession* session, const ConsoleServices& services,
                             QWidget* parent = nullptr);

    void showUser(const QString& accountId, const QString& userName);

    QTableWidget* accessKeyTable() const { return m_table; }
    QAction* createAction() const { return m_create; }
    QAction* toggleAction() const { return m_toggle; }
    QAction* deleteAction() const { return m_delete; }
    QAction* rotateAction() const { return m_rotate; }
    // An error or hint about the keys; empty otherwise.
    QString messageText() const;

    // The steps behind the buttons, without their confirmations (tests).
    void createKey();
    void deleteKey(const QString& accessKeyId);
    // Creates a new key and shows it; once its dialog is closed, deactivates oldKeyId.
    void rotateKey(const QString& oldKeyId);

Q_SIGNALS:
    // The dialog is open (tests drive it); it deletes itself when closed.
    void createdDialogOpened(AccessKeyCreatedDialog* dialog);

private:
    void reload();
    void updateActions();
    void fillRow(int row, const AccessKeyInfo& key);
    void toggleSelected();
    void confirmDelete();
    void confirmRotate();
    void showMessage(const QString& text);
    QString userArn() const;
    QString selectedKeyId() const;
    bool isSelectedActive() const;
    void createThen(std::function<void(AccessKeyCreatedDialog*)> shown);

    ConsoleSession* m_session;
    ConsoleServices m_services;
    QString m_accountId;
    QString m_userName;
    QLabel* m_password;
    MfaDeviceSection* m_mfa;
    QTableWidget* m_table;
    QLabel* m_message;
    QAction* m_create;
    QAction* m_toggle;
    QAction* m_delete;
    QAction* m_rotate;
    ActionGuard* m_createGuard;
    ActionGuard* m_updateGuard;
    ActionGuard* m_deleteGuard;
};
