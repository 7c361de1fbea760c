#pragma once

#include "directory/organizationpolicy.h"

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class QLineEdit;
class QPushButton;

// "Create policy" for a service control policy or a resource control
// policy, or "Edit policy" for one of the organization's own: name,
// description and content in the policy editor
// (organizations:CreatePolicy / UpdatePolicy through DirectoryAdmin, one
// undo step). Errors show next to their field with AWS's code.
class OrganizationPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    // A new policy of type, starting from AWS's example of a deny list.
    OrganizationPolicyDialog(DirectoryAdmin* admin, OrganizationPolicy::Type type,
                             QWidget* parent = nullptr);
    // The policy as it is now, to edit.
    OrganizationPolicyDialog(DirectoryAdmin* admin, const OrganizationPolicy& policy,
                             QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* descriptionEdit() const { return m_description; }
    PolicyEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString nameError() const;
    QString descriptionError() const;
    QString editorError() const;

    bool submit();

Q_SIGNALS:
    void policySaved(const QString& policyId);

private:
    OrganizationPolicyDialog(DirectoryAdmin* admin, OrganizationPolicy::Type type,
                             const QString& policyId, QWidget* parent);

    DirectoryAdmin* m_admin;
    OrganizationPolicy::Type m_type;
    QString m_policyId; // empty: a new policy
    MessageStrip* m_strip;
    QLineEdit* m_name;
    FieldError* m_nameError;
    QLineEdit* m_description;
    FieldError* m_descriptionError;
    PolicyEditor* m_editor;
    FieldError* m_editorError;
    QPushButton* m_save;
};
