#pragma once

#include "iam/result.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class DirectoryAdmin;
class MessageStrip;
class QLineEdit;
class QPushButton;

// The console's "Delete <thing>?" confirmation: lists what goes with it and
// enables Delete only once the name is typed exactly. Delete runs the given
// action; on an error the dialog stays open with AWS's code and message.
class ConfirmDeleteDialog : public QDialog
{
    Q_OBJECT

public:
    using DeleteAction = std::function<Result<void>()>;

    ConfirmDeleteDialog(const QString& title, const QString& name, const QStringList& alsoRemoved,
                        DeleteAction action, QWidget* parent = nullptr);

    // A role with its attached and inline policies (detached and deleted first).
    static ConfirmDeleteDialog* forRole(DirectoryAdmin* admin, const QString& accountId,
                                        const QString& roleName, QWidget* parent = nullptr);
    // A customer-managed policy, detached from every entity first.
    static ConfirmDeleteDialog* forPolicy(DirectoryAdmin* admin, const QString& policyArn,
                                          QWidget* parent = nullptr);

    QLineEdit* confirmEdit() const { return m_confirm; }
    QPushButton* deleteButton() const { return m_delete; }
    MessageStrip* messageStrip() const { return m_strip; }
    QStringList alsoRemoved() const { return m_alsoRemoved; }

Q_SIGNALS:
    void deleted();

private:
    void runDelete();

    QString m_name;
    QStringList m_alsoRemoved;
    DeleteAction m_action;
    MessageStrip* m_strip;
    QLineEdit* m_confirm;
    QPushButton* m_delete;
};
