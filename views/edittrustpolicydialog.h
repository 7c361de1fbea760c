#pragma once

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyEditor;
class QPushButton;

// "Edit trust policy" of a role: the role's trust policy in the editor;
// Update policy replaces it through the directory's administration.
class EditTrustPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    EditTrustPolicyDialog(DirectoryAdmin* admin, const QString& accountId, const QString& roleName,
                          QWidget* parent = nullptr);

    PolicyEditor* editor() const { return m_editor; }
    QPushButton* updateButton() const { return m_update; }
    MessageStrip* messageStrip() const { return m_strip; }
    // The error under the editor (a malformed policy); empty when none.
    QString editorError() const;

private:
    void submit();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    QString m_roleName;
    MessageStrip* m_strip;
    PolicyEditor* m_editor;
    FieldError* m_editorError;
    QPushButton* m_update;
};
