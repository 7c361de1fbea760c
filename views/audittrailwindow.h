#pragma once

#include <QDateTime>
#include <QWidget>

class AccessDeniedPanel;
class AuditLogFilterModel;
class AuditLogModel;
class ConsoleSession;
class Directory;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class RoleHighlightProxy;

// The audit trail: every sign-in, switch, expiry, secret shown and edit,
// filtered by actor, action, outcome, time and text; whether the hash chain
// is intact, or which event was altered, inserted or deleted; export as
// CloudTrail JSON records.
class AuditTrailWindow : public QWidget
{
    Q_OBJECT

public:
    // The console asks cloudtrail:LookupEvents of the active identity, as
    // AWS's Event history does, and shows the access-denied message otherwise.
    AuditTrailWindow(const Directory* directory, ConsoleSession* session,
                     QWidget* parent = nullptr);
    ~AuditTrailWindow() override;

    static QString lookupAction() { return QStringLiteral("cloudtrail:LookupEvents"); }

    // Recomputes the chain and shows the result; selects the broken event.
    void verifyChain();
    QString chainStatus() const;
    // Writes every event as CloudTrail records; false with the reason shown.
    bool exportCloudTrailTo(const QString& path);
    // Only events in [from, to] (either may be null: open end).
    void setTimeRange(const QDateTime& from, const QDateTime& to);

    QLineEdit* actorEdit() const { return m_actor; }
    QComboBox* actionBox() const { return m_action; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QComboBox* periodBox() const { return m_period; }
    QLineEdit* textEdit() const { return m_text; }
    QTableView* table() const { return m_table; }
    QString statusText() const;
    QString deniedMessage() const;

private:
    void refreshAccess();
    void fillActions();
    void applyPeriod();
    void chooseExportFile();
    QDateTime now() const;

    const Directory* m_directory;
    ConsoleSession* m_session;
    AuditLogModel* m_model;
    AuditLogFilterModel* m_filter;
    RoleHighlightProxy* m_highlight;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QComboBox* m_outcome;
    QComboBox* m_period;
    QLineEdit* m_text;
    QLabel* m_chain;
    QLabel* m_status;
    QPushButton* m_verify;
    QPushButton* m_export;
    QStackedWidget* m_stack;
    QTableView* m_table;
    AccessDeniedPanel* m_denied = nullptr;
};
