#pragma once

#include "audit/finding.h"
#include "iam/entitykind.h"

#include <QList>
#include <QWidget>

class AccessDeniedPanel;
class AuditProgress;
class BackgroundAudit;
class ConsoleSession;
class Directory;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The security review of an account: users without MFA, old or unused access
// keys, roles that trust anyone, principals that can make themselves admin,
// empty groups, roles nobody can assume; highest severity first.
// Double-clicking a finding opens its subject. The scan runs in the
// background with a Cancel button; closing the window cancels it.
class FindingsWindow : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        SubjectColumn,
        TitleColumn,
        DetailColumn
    };

    // Needs iam:ListUsers, iam:ListGroups and iam:ListRoles in the account.
    FindingsWindow(const Directory* directory, ConsoleSession* session, QWidget* parent = nullptr);
    ~FindingsWindow() override;

    QString accountId() const;
    void setAccountId(const QString& accountId);
    // Scans the account again (in the background; a scan running is superseded).
    void refresh();
    bool isScanning() const;

    QList<Finding> findings() const { return m_findings; }
    QTableWidget* table() const { return m_table; }
    QComboBox* accountBox() const { return m_account; }
    QPushButton* refreshButton() const { return m_refresh; }
    QString summaryText() const;
    QString deniedMessage() const;
    AuditProgress* progress() const { return m_progress; }

Q_SIGNALS:
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString accessDenied() const;
    void showFindings(const QString& accountId, QList<Finding> findings);
    void scanCancelled();
    void showDenied(const QString& message);
    void fillAccounts();
    void fillTable();
    void activateRow(int row);

    const Directory* m_directory;
    ConsoleSession* m_session;
    QString m_accountId;
    QString m_shownAccountId; // whose findings the table shows
    QList<Finding> m_findings;
    BackgroundAudit* m_audit;
    AuditProgress* m_progress;
    QComboBox* m_account;
    QPushButton* m_refresh;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    QTableWidget* m_table;
    AccessDeniedPanel* m_denied = nullptr;
};
