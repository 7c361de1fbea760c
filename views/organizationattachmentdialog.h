#pragma once

#include "iam/iamerror.h"
#include "iam/result.h"

#include <QDialog>

#include <functional>

class DirectoryAdmin;
class FieldError;
class QListWidget;
class QPushButton;

// Attaching or detaching the organization's policies: from a target's page
// (the root, an OU, an account) the policies to attach or detach, from a
// policy's page the targets. One choice, applied through DirectoryAdmin
// (organizations:AttachPolicy / DetachPolicy, one undo step); an error
// (AWS's code and message) shows under the list and the dialog stays open.
class OrganizationAttachmentDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString label;
    };
    using Apply = std::function<Result<void>(const QString& id)>;

    OrganizationAttachmentDialog(const QString& title, const QString& buttonText,
                                 const QList<Choice>& choices, Apply apply,
                                 QWidget* parent = nullptr);

    // The policies not yet attached to targetId / attached to it now.
    static OrganizationAttachmentDialog*
    attachToTarget(DirectoryAdmin* admin, const QString& targetId, QWidget* parent = nullptr);
    static OrganizationAttachmentDialog*
    detachFromTarget(DirectoryAdmin* admin, const QString& targetId, QWidget* parent = nullptr);
    // The targets policyId is not attached to yet / is attached to now.
    static OrganizationAttachmentDialog*
    attachPolicy(DirectoryAdmin* admin, const QString& policyId, QWidget* parent = nullptr);
    static OrganizationAttachmentDialog*
    detachPolicy(DirectoryAdmin* admin, const QString& policyId, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QPushButton* applyButton() const { return m_apply; }
    // The ids offered, in order.
    QStringList choiceIds() const;
    // Chooses a row by its id; false when it is not offered.
    bool choose(const QString& id);
    // "Code: message" of the last failure, or "".
    QString error() const;
    // Shows why the choices could not all be listed.
    void showError(const IamError& error);

    bool submit();

Q_SIGNALS:
    void applied(const QString& id);

private:
    QListWidget* m_list;
    FieldError* m_error;
    QPushButton* m_apply;
    Apply m_applyAction;
};
