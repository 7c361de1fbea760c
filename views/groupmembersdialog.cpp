#include "groupmembersdialog.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "consoletheme.h"
#include "directory/directory.h"
#include "fielderror.h"
#include "iam/quotas.h"
#include "messagestrip.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

GroupMembersDialog::GroupMembersDialog(DirectoryAdmin* admin, const QString& accountId,
                                       const QString& groupName, QWidget* parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_accountId(accountId)
    , m_groupName(groupName)
    , m_strip(new MessageStrip(this))
    , m_filter(new QLineEdit(this))
    , m_users(new QTreeWidget(this))
    , m_listError(new FieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Members of %1").arg(groupName));
    m_filter->setPlaceholderText(tr("Find users"));
    m_filter->setClearButtonEnabled(true);
    m_users->setHeaderLabels({tr("User name"), QString()});
    m_users->setRootIsDecorated(false);
    m_users->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_strip->claim(QStringLiteral("LimitExceeded"), m_listError);
    m_strip->claim(QStringLiteral("NoSuchEntity"), m_listError);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_strip);
    layout->addWidget(m_filter);
    layout->addWidget(m_users);
    layout->addWidget(m_listError);
    layout->addWidget(m_buttons);

    fillUsers();
    connect(m_filter, &QLineEdit::textChanged, this, &GroupMembersDialog::applyFilter);
    connect(m_users, &QTreeWidget::itemChanged, this, &GroupMembersDialog::onItemChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupMembersDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GroupMembersDialog::fillUsers()
{
    const Directory* directory = &m_admin->directory();
    for (const User& member : directory->usersInGroup(m_accountId, m_groupName))
        m_members.insert(member.name);
    for (const User& user : directory->users(m_accountId)) {
        auto* item = new QTreeWidgetItem(m_users, {user.name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn,
                            m_members.contains(user.name) ? Qt::Checked : Qt::Unchecked);
    }
}

QTreeWidgetItem* GroupMembersDialog::userItem(const QString& userName) const
{
    const auto found = m_users->findItems(userName, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    return found.isEmpty() ? nullptr : found.first();
}

void GroupMembersDialog::setMember(const QString& userName, bool member)
{
    if (QTreeWidgetItem* item = userItem(userName))
        item->setCheckState(NameColumn, member ? Qt::Checked : Qt::Unchecked);
}

QStringList GroupMembersDialog::checkedUsers() const
{
    QStringList names;
    for (int row = 0; row < m_users->topLevelItemCount(); ++row)
        if (m_users->topLevelItem(row)->checkState(NameColumn) == Qt::Checked)
            names.append(m_users->topLevelItem(row)->text(NameColumn));
    return names;
}

QStringList GroupMembersDialog::usersToAdd() const
{
    QStringList names;
    for (const QString& name : checkedUsers())
        if (!m_members.contains(name))
            names.append(name);
    return names;
}

QStringList GroupMembersDialog::usersToRemove() const
{
    const QStringList checked = checkedUsers();
    QStringList names;
    for (const QString& name : m_members)
        if (!checked.contains(name))
            names.append(name);
    names.sort();
    return names;
}

void GroupMembersDialog::applyFilter(const QString& text)
{
    for (int row = 0; row < m_users->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_users->topLevelItem(row);
        item->setHidden(!item->text(NameColumn).contains(text, Qt::CaseInsensitive));
    }
}

// Checking a user who is already in as many groups as allowed says so at once,
// with the error IAM would give.
void GroupMembersDialog::onItemChanged(QTreeWidgetItem* item)
{
    const QString name = item->text(NameColumn);
    QString note;
    if (item->checkState(NameColumn) == Qt::Checked && !m_members.contains(name) &&
        m_admin->directory().groupsForUser(m_accountId, name).size() >= Quotas::GroupsPerUser)
        note = tr("LimitExceeded: Cannot exceed quota for GroupsPerUser: %1")
                   .arg(Quotas::GroupsPerUser);
    const QSignalBlocker blocker(m_users);
    item->setText(NoteColumn, note);
    item->setForeground(NoteColumn, ConsoleTheme::current().error);
}

void GroupMembersDialog::save()
{
    m_strip->clearAll();
    // One edit: all of it, or (on any error) none of it.
    if (const auto result = m_admin->setGroupMembers(m_accountId, m_groupName, checkedUsers());
        !result) {
        m_strip->showError(result.error());
        return;
    }
    Q_EMIT membersChanged(m_accountId, m_groupName);
    accept();
}
