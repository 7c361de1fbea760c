#pragma once

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class QComboBox;
class QLineEdit;
class QPushButton;

// "Create organizational unit": a name and where it goes (the root or an OU
// the caller may list), organizations:CreateOrganizationalUnit through
// DirectoryAdmin, one undo step. Errors show next to their field with AWS's
// code (a duplicate or invalid name by the name, too deep a nesting by the
// parent), anything else above the form.
class OrganizationalUnitDialog : public QDialog
{
    Q_OBJECT

public:
    // parentId: the parent chosen at first (the root's when empty or not offered).
    OrganizationalUnitDialog(DirectoryAdmin* admin, const QString& parentId,
                             QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* parentBox() const { return m_parent; }
    QPushButton* createButton() const { return m_create; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString nameError() const;
    QString parentError() const;

    // Creates the OU; false (with the error shown) when refused.
    bool submit();

Q_SIGNALS:
    void unitCreated(const QString& ouId);

private:
    DirectoryAdmin* m_admin;
    MessageStrip* m_strip;
    QComboBox* m_parent;
    FieldError* m_parentError;
    QLineEdit* m_name;
    FieldError* m_nameError;
    QPushButton* m_create;
};
