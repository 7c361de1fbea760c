#pragma once

#include "console/consoleservices.h"

#include <QDialog>

class ConsoleSession;
class StsService;
class KeychainModel;
class QLabel;
class QPushButton;
class QTableView;

// Tools → Keychain: what Switchboard keeps in the secret store for the
// signed-in user (kind, owner, created, expiry; never a value): their access
// keys, MFA device and sessions; which store that is, and a purge of the
// sessions whose time is up (others' too, for an administrator).
class KeychainWindow : public QDialog
{
    Q_OBJECT

public:
    KeychainWindow(ConsoleSession* session, const ConsoleServices& services, StsService* sts,
                   QWidget* parent = nullptr);

    KeychainModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* purgeButton() const { return m_purge; }
    QLabel* statusLabel() const { return m_status; }

private:
    void showListing();

    ConsoleSession* m_session;
    StsService* m_sts;
    KeychainModel* m_model;
    QLabel* m_backend;
    QLabel* m_status;
    QTableView* m_table;
    QPushButton* m_purge;
};
