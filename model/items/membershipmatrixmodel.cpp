#include "items/membershipmatrixmodel.h"

#include "directory/accountmemberships.h"
#include "directory/directory.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>

namespace {
// RFC 4180: a field holding a comma, a quote or a line break is quoted, its
// quotes doubled.
QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\r') &&
        !bytes.contains('\n'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvLine(const QList<QByteArray>& fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += fields.at(i);
    }
    return line + "\r\n";
}

// Marks the model as mid-change for the guard's lifetime.
struct ChangeGuard
{
    explicit ChangeGuard(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard&) = delete;
    ChangeGuard& operator=(const ChangeGuard&) = delete;
    bool& m_flag;
};

template <typename Items>
int lowerBound(const Items& items, const QString& key)
{
    const auto at =
        std::lower_bound(items.begin(), items.end(), key,
                         [](const auto& item, const QString& k) { return item.key < k; });
    return int(at - items.begin());
}
} // namespace

MembershipMatrixModel::MembershipMatrixModel(const Directory* directory, const QString& accountId,
                                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_directory(directory)
    , m_accountId(accountId)
{
    loadGroups();
    m_totalUsers = m_directory->userCount(m_accountId);
    connect(directory, &Directory::entityAdded, this, &MembershipMatrixModel::onEntityAdded);
    connect(directory, &Directory::entityRemoved, this, &MembershipMatrixModel::onEntityRemoved);
    connect(directory, &Directory::entityRenamed, this, &MembershipMatrixModel::onEntityRenamed);
    connect(directory, &Directory::membershipAdded, this,
            [this](const QString& account, const QString& group, const QString& user) {
                onMembershipChanged(account, group, user, true);
            });
    connect(directory, &Directory::membershipRemoved, this,
            [this](const QString& account, const QString& group, const QString& user) {
                onMembershipChanged(account, group, user, false);
            });
    connect(directory, &Directory::accountsChanged, this, &MembershipMatrixModel::reload);
    connect(directory, &Directory::directoryReset, this, &MembershipMatrixModel::reload);
}

MembershipMatrixModel::~MembershipMatrixModel() = default;

void MembershipMatrixModel::setAccountId(const QString& accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    reload();
}

void MembershipMatrixModel::reload()
{
    beginResetModel();
    m_users.clear();
    loadGroups();
    m_totalUsers = m_directory->userCount(m_accountId);
    endResetModel();
}

void MembershipMatrixModel::loadGroups()
{
    m_groups.clear();
    for (const Group& group : m_directory->groups(m_accountId)) {
        GroupColumn column;
        column.name = group.name;
        column.key = group.name.toLower();
        column.arn = group.arn().toString();
        column.groupId = group.groupId;
        m_groups.push_back(std::move(column));
    }
}

int MembershipMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int MembershipMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

const QSet<QString>& MembershipMatrixModel::groupIdsOf(const UserRow& row) const
{
    if (!row.groupIds) {
        QSet<QString> ids;
        for (const Group& group : m_directory->groupsForUser(m_accountId, row.name))
            ids.insert(group.groupId);
        row.groupIds = std::move(ids);
    }
    return *row.groupIds;
}

int MembershipMatrixModel::membersOf(const GroupColumn& column) const
{
    if (column.members < 0)
        column.members = int(m_directory->usersInGroup(m_accountId, column.name).size());
    return column.members;
}

QString MembershipMatrixModel::userName(int row) const
{
    return row >= 0 && row < rowCount() ? m_users[size_t(row)].name : QString();
}

QString MembershipMatrixModel::groupName(int column) const
{
    return column >= 0 && column < columnCount() ? m_groups[size_t(column)].name : QString();
}

int MembershipMatrixModel::groupCountOfUser(int row) const
{
    return row >= 0 && row < rowCount() ? int(groupIdsOf(m_users[size_t(row)]).size()) : 0;
}

int MembershipMatrixModel::memberCountOfGroup(int column) const
{
    return column >= 0 && column < columnCount() ? membersOf(m_groups[size_t(column)]) : 0;
}

bool MembershipMatrixModel::isMember(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return false;
    return groupIdsOf(m_users[size_t(row)]).contains(m_groups[size_t(column)].groupId);
}

int MembershipMatrixModel::rowOfUser(const QString& userName) const
{
    const QString key = userName.toLower();
    const int at = lowerBound(m_users, key);
    return at < rowCount() && m_users[size_t(at)].key == key ? at : -1;
}

int MembershipMatrixModel::columnOfGroup(const QString& groupName) const
{
    const QString key = groupName.toLower();
    const int at = lowerBound(m_groups, key);
    return at < columnCount() && m_groups[size_t(at)].key == key ? at : -1;
}

QVariant MembershipMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return isMember(row, column) ? QStringLiteral("✓") : QString();
    case MemberRole:
        return isMember(row, column);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return isMember(row, column)
                   ? tr("%1 is a member of %2").arg(userName(row), groupName(column))
                   : tr("%1 is not a member of %2").arg(userName(row), groupName(column));
    case HighlightRole:
        return groupCountOfUser(row) == 0 || memberCountOfGroup(column) == 0;
    default:
        return {};
    }
}

QVariant MembershipMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool users = orientation == Qt::Vertical;
    if (section < 0 || section >= (users ? rowCount() : columnCount()))
        return {};
    const QString name = users ? userName(section) : groupName(section);
    const int count = users ? groupCountOfUser(section) : memberCountOfGroup(section);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(name).arg(count);
    case Qt::ToolTipRole:
        if (users)
            return count == 0 ? tr("%1 is in no group").arg(name)
                              : tr("%1 is in %n group(s)", nullptr, count).arg(name);
        return count == 0 ? tr("%1 has no members").arg(name)
                          : tr("%1 has %n member(s)", nullptr, count).arg(name);
    case NameRole:
        return name;
    case ArnRole:
        return users ? m_users[size_t(section)].arn : m_groups[size_t(section)].arn;
    case CountRole:
        return count;
    case HighlightRole:
        return count == 0;
    default:
        return {};
    }
}

Qt::ItemFlags MembershipMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Shown like a check box but never editable here: membership is changed
    // from the user's or group's page, where it is authorized and audited.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool MembershipMatrixModel::canFetchMore(const QModelIndex& parent) const
{
    // Not from inside a change's signals: the page would be read mid-edit.
    return !m_changing && !parent.isValid() && rowCount() < m_totalUsers;
}

void MembershipMatrixModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<User> page = m_directory->users(m_accountId, rowCount(), PageSize);
    if (page.isEmpty()) {
        m_totalUsers = rowCount(); // the directory holds fewer than it counted
        return;
    }
    beginInsertRows({}, rowCount(), rowCount() + int(page.size()) - 1);
    for (const User& user : page)
        m_users.push_back(makeRow(user.name, user.path));
    endInsertRows();
}

void MembershipMatrixModel::fetchAll()
{
    if (!canFetchMore({}))
        return;
    const QList<User> rest = m_directory->users(m_accountId, rowCount(), -1);
    if (rest.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(rest.size()) - 1);
    for (const User& user : rest)
        m_users.push_back(makeRow(user.name, user.path));
    endInsertRows();
    m_totalUsers = rowCount();
}

Result<void> MembershipMatrixModel::loadAllCounts()
{
    const auto users = AccountMemberships::load(*m_directory, m_accountId);
    if (!users)
        return users.error();
    std::vector<QSet<QString>> groupIds(m_users.size());
    std::vector<int> members(m_groups.size(), 0);
    for (const AccountMemberships::UserGroups& user : users.value()) {
        const int row = rowOfUser(user.userName);
        for (const QString& groupName : user.groupNames) {
            const int column = columnOfGroup(groupName);
            if (column < 0)
                continue;
            ++members[size_t(column)];
            if (row >= 0)
                groupIds[size_t(row)].insert(m_groups[size_t(column)].groupId);
        }
    }
    // Same values as loading them one by one, so nothing visible changes.
    for (size_t column = 0; column < m_groups.size(); ++column)
        m_groups[column].members = members[column];
    for (size_t row = 0; row < m_users.size(); ++row)
        m_users[row].groupIds = std::move(groupIds[row]);
    return {};
}

MembershipMatrixModel::UserRow MembershipMatrixModel::makeRow(const QString& name,
                                                              const QString& path) const
{
    UserRow row;
    row.name = name;
    row.key = name.toLower();
    row.arn = Arn::user(m_accountId, path, name).toString();
    return row;
}

Result<void> MembershipMatrixModel::exportCsv(QIODevice* device) const
{
    if (!device || !device->isWritable())
        return IamError::serviceFailure(tr("The file is not open for writing."));
    const QList<Group> groups = m_directory->groups(m_accountId);
    const auto users = AccountMemberships::load(*m_directory, m_accountId);
    if (!users)
        return users.error();
    QHash<QString, int> columnByName; // names ignore case
    for (int column = 0; column < int(groups.size()); ++column)
        columnByName.insert(groups[column].name.toLower(), column);

    QList<QByteArray> header{csvField(tr("User")), csvField(tr("Groups"))};
    for (const Group& group : groups)
        header.append(csvField(group.name));
    if (device->write(csvLine(header)) < 0)
        return IamError::serviceFailure(device->errorString());

    // 50,000 lines of 2,000 fields: each line is built from a run of commas with its
    // member marks put in, and written a megabyte at a time.
    const QByteArray commas(groups.size(), ',');
    constexpr qsizetype chunkSize = 1 << 20;
    QByteArray chunk;
    chunk.reserve(chunkSize + commas.size() + 256);
    for (const AccountMemberships::UserGroups& user : users.value()) {
        QList<int> columns;
        for (const QString& groupName : user.groupNames)
            if (const auto column = columnByName.constFind(groupName.toLower());
                column != columnByName.cend())
                columns.append(*column);
        std::sort(columns.begin(), columns.end());
        chunk += csvField(user.userName);
        chunk += ',';
        chunk += QByteArray::number(columns.size());
        qsizetype written = 0; // group fields begun
        for (const int column : std::as_const(columns)) {
            chunk.append(commas.constData(), column + 1 - written);
            chunk += '1';
            written = column + 1;
        }
        chunk.append(commas.constData(), commas.size() - written);
        chunk += "\r\n";
        if (chunk.size() >= chunkSize) {
            if (device->write(chunk) < 0)
                return IamError::serviceFailure(device->errorString());
            chunk.clear();
        }
    }
    if (device->write(chunk) < 0)
        return IamError::serviceFailure(device->errorString());
    return {};
}

int MembershipMatrixModel::userInsertPosition(const QString& key) const
{
    return lowerBound(m_users, key);
}

int MembershipMatrixModel::groupInsertPosition(const QString& key) const
{
    return lowerBound(m_groups, key);
}

void MembershipMatrixModel::insertUserRow(const QString& name)
{
    const auto user = m_directory->user(m_accountId, name);
    if (!user)
        return;
    if (rowOfUser(user->name) >= 0)
        return; // fetched with a page meanwhile
    UserRow row = makeRow(user->name, user->path);
    const int at = userInsertPosition(row.key);
    // Past the fetched rows it arrives with the next page; inserting it here
    // would shift the directory's paging by one.
    const bool allFetched = rowCount() + 1 >= m_totalUsers;
    if (at >= rowCount() && !allFetched)
        return;
    const ChangeGuard guard(m_changing);
    beginInsertRows({}, at, at);
    m_users.insert(m_users.begin() + at, std::move(row));
    endInsertRows();
}

void MembershipMatrixModel::removeUserRow(int row)
{
    const ChangeGuard guard(m_changing);
    beginRemoveRows({}, row, row);
    m_users.erase(m_users.begin() + row);
    endRemoveRows();
}

void MembershipMatrixModel::insertGroupColumn(const QString& name, int members)
{
    const auto group = m_directory->group(m_accountId, name);
    if (!group)
        return;
    GroupColumn column;
    column.name = group->name;
    column.key = group->name.toLower();
    column.arn = group->arn().toString();
    column.groupId = group->groupId;
    column.members = members;
    const int at = groupInsertPosition(column.key);
    const ChangeGuard guard(m_changing);
    beginInsertColumns({}, at, at);
    m_groups.insert(m_groups.begin() + at, std::move(column));
    endInsertColumns();
}

void MembershipMatrixModel::removeGroupColumn(int column)
{
    const ChangeGuard guard(m_changing);
    beginRemoveColumns({}, column, column);
    m_groups.erase(m_groups.begin() + column);
    endRemoveColumns();
}

void MembershipMatrixModel::onEntityAdded(EntityKind kind, const QString& accountId,
                                          const QString& name)
{
    if (accountId != m_accountId)
        return;
    if (kind == EntityKind::User) {
        ++m_totalUsers;
        insertUserRow(name);
    } else if (kind == EntityKind::Group) {
        insertGroupColumn(name, 0);
    }
}

void MembershipMatrixModel::onEntityRemoved(EntityKind kind, const QString& accountId,
                                            const QString& name)
{
    if (accountId != m_accountId)
        return;
    if (kind == EntityKind::User) {
        --m_totalUsers;
        if (const int row = rowOfUser(name); row >= 0)
            removeUserRow(row);
    } else if (kind == EntityKind::Group) {
        if (const int column = columnOfGroup(name); column >= 0)
            removeGroupColumn(column);
    }
}

void MembershipMatrixModel::onEntityRenamed(EntityKind kind, const QString& accountId,
                                            const QString& oldName, const QString& newName)
{
    if (accountId != m_accountId)
        return;
    if (kind == EntityKind::User) {
        std::optional<QSet<QString>> groupIds;
        if (const int row = rowOfUser(oldName); row >= 0) {
            groupIds = m_users[size_t(row)].groupIds;
            removeUserRow(row);
        }
        insertUserRow(newName);
        if (const int row = rowOfUser(newName); row >= 0)
            m_users[size_t(row)].groupIds = std::move(groupIds);
    } else if (kind == EntityKind::Group) {
        // Memberships are kept by group id, which a rename keeps.
        const int column = columnOfGroup(oldName);
        if (column < 0)
            return;
        const int members = m_groups[size_t(column)].members;
        removeGroupColumn(column);
        insertGroupColumn(newName, members);
    }
}

void MembershipMatrixModel::onMembershipChanged(const QString& accountId, const QString& groupName,
                                                const QString& userName, bool added)
{
    if (accountId != m_accountId)
        return;
    const int column = columnOfGroup(groupName);
    const int row = rowOfUser(userName);
    const int delta = added ? 1 : -1;
    if (column >= 0) {
        const GroupColumn& group = m_groups[size_t(column)];
        const bool highlightChanges = group.members >= 0 && group.members + (added ? 0 : -1) == 0;
        if (group.members >= 0)
            group.members += delta;
        Q_EMIT headerDataChanged(Qt::Horizontal, column, column);
        if (highlightChanges)
            emitColumnChanged(column);
    }
    if (row >= 0) {
        const UserRow& user = m_users[size_t(row)];
        bool highlightChanges = false;
        if (user.groupIds && column >= 0) {
            const QString& groupId = m_groups[size_t(column)].groupId;
            if (added)
                user.groupIds->insert(groupId);
            else
                user.groupIds->remove(groupId);
            highlightChanges = user.groupIds->size() == (added ? 1 : 0);
        } else {
            user.groupIds.reset(); // reloaded when shown
        }
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        if (highlightChanges)
            emitRowChanged(row);
        else if (column >= 0)
            Q_EMIT dataChanged(index(row, column), index(row, column));
    }
}

void MembershipMatrixModel::emitRowChanged(int row)
{
    if (columnCount() > 0)
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void MembershipMatrixModel::emitColumnChanged(int column)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}
