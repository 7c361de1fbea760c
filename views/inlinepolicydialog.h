#pragma once

#include "iam/entitykind.h"

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class QLineEdit;
class QPushButton;

// Creates or edits one inline policy of a user, group or role. With a
// policy name it edits that policy (the name is fixed; Delete is offered),
// without one it creates a new policy under a name not yet used.
class InlinePolicyDialog : public QDialog
{
    Q_OBJECT

public:
    InlinePolicyDialog(DirectoryAdmin* admin, EntityKind kind, const QString& accountId,
                       const QString& entityName, const QString& policyName = {},
                       QWidget* parent = nullptr);

    bool isEditing() const { return !m_policyName.isEmpty(); }
    QLineEdit* nameEdit() const { return m_name; }
    PolicyEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    // Only while editing.
    QPushButton* deleteButton() const { return m_delete; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString nameError() const;
    QString editorError() const;

Q_SIGNALS:
    void saved(const QString& policyName);
    void deleted(const QString& policyName);

private:
    void save();
    void remove();
    bool nameIsTaken(const QString& name) const;

    DirectoryAdmin* m_admin;
    EntityKind m_kind;
    QString m_accountId;
    QString m_entityName;
    QString m_policyName;
    MessageStrip* m_strip;
    QLineEdit* m_name;
    FieldError* m_nameError;
    PolicyEditor* m_editor;
    FieldError* m_editorError;
    QPushButton* m_save;
    QPushButton* m_delete;
};
