#pragma once

#include "iam/entitykind.h"

#include <QWidget>

class AccessDeniedPanel;
class ConsoleSession;
class Directory;
class MembershipMatrixFilterModel;
class MembershipMatrixModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class RoleHighlightProxy;

// Who belongs to which group, at a glance: users × groups of one account,
// users in no group and groups without members highlighted, filters by name,
// users sorted by name or group count, export as CSV. Double-clicking a user
// (its row header or a cell) or a group (its column header) opens it.
class MembershipMatrixWindow : public QWidget
{
    Q_OBJECT

public:
    // Shows the signed-in identity's account first; needs iam:ListUsers and
    // iam:ListGroups there, and shows AWS's access-denied message otherwise.
    MembershipMatrixWindow(const Directory* directory, ConsoleSession* session,
                           QWidget* parent = nullptr);
    ~MembershipMatrixWindow() override;

    QString accountId() const;
    void setAccountId(const QString& accountId);

    // Writes the whole matrix (every user) to path; false with the reason
    // shown in the window when it cannot.
    bool exportCsvTo(const QString& path);

    QComboBox* accountBox() const { return m_account; }
    QLineEdit* userFilterEdit() const { return m_userFilter; }
    QLineEdit* groupFilterEdit() const { return m_groupFilter; }
    QComboBox* sortBox() const { return m_sort; }
    QTableView* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }
    QString countsText() const;
    QString statusText() const;
    // The access-denied message shown instead of the matrix, empty when shown.
    QString deniedMessage() const;

Q_SIGNALS:
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);

private:
    void fillAccounts();
    void refreshAccess();
    void applySort();
    void updateCounts();
    void chooseExportFile();
    void activateCell(const QModelIndex& index);
    void activateUser(int viewRow);
    void activateGroup(int viewColumn);

    const Directory* m_directory;
    ConsoleSession* m_session;
    MembershipMatrixModel* m_model;
    MembershipMatrixFilterModel* m_filter;
    RoleHighlightProxy* m_highlight;
    QComboBox* m_account;
    QLineEdit* m_userFilter;
    QLineEdit* m_groupFilter;
    QComboBox* m_sort;
    QLabel* m_counts;
    QLabel* m_status;
    QPushButton* m_export;
    QStackedWidget* m_stack;
    QTableView* m_table;
    AccessDeniedPanel* m_denied = nullptr;
};
