#pragma once

#include "iam/entitykind.h"

#include <QDialog>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class PolicyPicker;
class QListWidget;
class QPushButton;

// The managed policies of a user, group or role: the attached ones, each of
// which can be detached, and the others to attach several at once (at most
// 10 in all; the service refuses more with LimitExceeded, shown at the list).
class AttachPoliciesDialog : public QDialog
{
    Q_OBJECT

public:
    AttachPoliciesDialog(DirectoryAdmin* admin, EntityKind kind, const QString& accountId,
                         const QString& entityName, QWidget* parent = nullptr);

    QListWidget* attachedList() const { return m_attached; }
    QPushButton* detachButton() const { return m_detach; }
    PolicyPicker* picker() const { return m_picker; }
    QPushButton* attachButton() const { return m_attach; }
    MessageStrip* messageStrip() const { return m_strip; }
    QString listError() const;

Q_SIGNALS:
    void attachmentsChanged();

private:
    void reload();
    void attach();
    void detach();

    DirectoryAdmin* m_admin;
    EntityKind m_kind;
    QString m_accountId;
    QString m_entityName;
    MessageStrip* m_strip;
    QListWidget* m_attached;
    QPushButton* m_detach;
    PolicyPicker* m_picker;
    FieldError* m_listError;
    QPushButton* m_attach;
};
