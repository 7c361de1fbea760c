#pragma once

#include "iam/managedpolicy.h"

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class QLineEdit;
class QPushButton;

// "Create policy": a customer-managed policy's name, path, description and
// document. Create policy stores it as version v1, the default.
class CreatePolicyDialog : public QDialog
{
    Q_OBJECT

public:
    CreatePolicyDialog(DirectoryAdmin* admin, const QString& accountId, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* descriptionEdit() const { return m_description; }
    PolicyEditor* editor() const { return m_editor; }
    QPushButton* createButton() const { return m_create; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString nameError() const;
    QString editorError() const;

Q_SIGNALS:
    void policyCreated(const ManagedPolicy& policy);

private:
    void submit();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    MessageStrip* m_strip;
    QLineEdit* m_name;
    FieldError* m_nameError;
    QLineEdit* m_path;
    FieldError* m_pathError;
    QLineEdit* m_description;
    FieldError* m_descriptionError;
    PolicyEditor* m_editor;
    FieldError* m_editorError;
    QPushButton* m_create;
};
