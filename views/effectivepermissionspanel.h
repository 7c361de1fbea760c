#pragma once

#include "audit/permissionline.h"
#include "iam/entitykind.h"

#include <QWidget>

class AuditProgress;
class BackgroundAudit;
class Directory;
class QLabel;
class QLineEdit;
class QTableWidget;

// The effective permissions of a user, group or role: every action pattern
// its policies allow or deny, on which resources, where it comes from (inline,
// attached, through a group), whether the boundary limits it and whether it
// has conditions. Explicit denies first; a filter by action, where
// "s3:GetObject" also finds the patterns that cover it ("s3:Get*", "*").
// Read in the background with a Cancel button.
class EffectivePermissionsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        EffectColumn,
        ActionColumn,
        ResourceColumn,
        SourceColumn,
        BoundaryColumn,
        ConditionColumn,
        ColumnCount
    };

    explicit EffectivePermissionsPanel(const Directory* directory, QWidget* parent = nullptr);

    void showPrincipal(EntityKind kind, const QString& accountId, const QString& name);

    QTableWidget* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    QString summaryText() const;
    // Rows the filter leaves visible.
    int visibleRowCount() const;
    bool isReading() const;
    AuditProgress* progress() const { return m_progress; }

private:
    void reload();
    void showLines(QList<PermissionLine> lines);
    void readingCancelled();
    void scheduleReload();
    void fillRow(int row, const PermissionLine& line);
    void applyFilter();
    void updateSummary();

    const Directory* m_directory;
    EntityKind m_kind = EntityKind::User;
    QString m_accountId;
    QString m_name;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QTableWidget* m_table;
    BackgroundAudit* m_audit;
    AuditProgress* m_progress;
    QString m_shownKey; // whose permissions the table shows
    bool m_reloadQueued = false;
};
