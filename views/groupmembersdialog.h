#pragma once

#include <QDialog>
#include <QSet>
#include <QStringList>

class DirectoryAdmin;
class FieldError;
class MessageStrip;
class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A group's members: every user of the account with a check box, checked
// while a member, filterable by name. Saving adds the newly checked users in
// one edit and removes the unchecked ones in another. A user already in as
// many groups as IAM allows says so next to its name when checked.
class GroupMembersDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NoteColumn
    };

    GroupMembersDialog(DirectoryAdmin* admin, const QString& accountId, const QString& groupName,
                       QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* userList() const { return m_users; }
    FieldError* listError() const { return m_listError; }
    MessageStrip* messageStrip() const { return m_strip; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // The row of a user; nullptr when the account has no such user.
    QTreeWidgetItem* userItem(const QString& userName) const;
    void setMember(const QString& userName, bool member);
    QStringList checkedUsers() const;
    QStringList usersToAdd() const;
    QStringList usersToRemove() const;

Q_SIGNALS:
    void membersChanged(const QString& accountId, const QString& groupName);

private:
    void fillUsers();
    void applyFilter(const QString& text);
    void onItemChanged(QTreeWidgetItem* item);
    void save();

    DirectoryAdmin* m_admin;
    QString m_accountId;
    QString m_groupName;
    QSet<QString> m_members;
    MessageStrip* m_strip;
    QLineEdit* m_filter;
    QTreeWidget* m_users;
    FieldError* m_listError;
    QDialogButtonBox* m_buttons;
};
