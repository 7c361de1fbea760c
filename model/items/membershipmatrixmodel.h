#pragma once

#include "iam/entitykind.h"
#include "iam/result.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>
#include <vector>

class Directory;
class QIODevice;

// Users × groups of one account: a row per user, a column per group, a cell
// marked when the user is a member. Read-only.
//
// Users are fetched a page at a time (canFetchMore/fetchMore) and a row's
// memberships only when the row is first shown, so 50,000 users open as fast
// as ten. Groups are all columns from the start; a group's member count is
// asked when its header is first shown. Directory edits update cells, headers,
// rows and columns in place; only a directory reset resets the model.
class MembershipMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        MemberRole = Qt::UserRole + 1, // cells: bool
        NameRole,                      // headers: the user's or group's name
        ArnRole,                       // headers: the user's or group's ARN
        CountRole,                     // headers: the user's group count, the group's member count
        HighlightRole, // headers and cells: a user in no group or a group without members
    };

    static constexpr int PageSize = 200;

    MembershipMatrixModel(const Directory* directory, const QString& accountId,
                          QObject* parent = nullptr);
    ~MembershipMatrixModel() override;

    QString accountId() const { return m_accountId; }
    void setAccountId(const QString& accountId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Typed lookups for the proxy and the window (no QVariant per call).
    QString userName(int row) const;
    QString groupName(int column) const;
    int groupCountOfUser(int row) const;
    int memberCountOfGroup(int column) const;
    bool isMember(int row, int column) const;
    int rowOfUser(const QString& userName) const;       // -1 when not fetched
    int columnOfGroup(const QString& groupName) const;  // -1 when unknown
    int totalUserCount() const { return m_totalUsers; } // fetched or not

    // Every user's name (one query): what filtering by name needs.
    void fetchAll();
    // Every group's member count and every fetched user's memberships in one
    // query, instead of one per user or group: what sorting by count needs.
    // On a read error the counts stay as they are, read row by row when
    // shown, and the error says why the bulk read failed.
    [[nodiscard]] Result<void> loadAllCounts();
    void reload();

    // The whole matrix (every user, fetched or not) as CSV (RFC 4180, UTF-8,
    // CRLF): "User","Groups", then one column per group; a member cell is "1".
    // The memberships are read in one query.
    Result<void> exportCsv(QIODevice* device) const;

private:
    struct UserRow
    {
        QString name;
        QString key; // lower case: the directory's order
        QString arn;
        mutable std::optional<QSet<QString>> groupIds; // loaded when first shown
    };
    struct GroupColumn
    {
        QString name;
        QString key;
        QString arn;
        QString groupId;
        mutable int members = -1; // -1 until first shown
    };

    void loadGroups();
    const QSet<QString>& groupIdsOf(const UserRow& row) const;
    int membersOf(const GroupColumn& column) const;
    int userInsertPosition(const QString& key) const;
    int groupInsertPosition(const QString& key) const;
    UserRow makeRow(const QString& name, const QString& path) const;

    void insertUserRow(const QString& name);
    void removeUserRow(int row);
    void insertGroupColumn(const QString& name, int members);
    void removeGroupColumn(int column);

    void onEntityAdded(EntityKind kind, const QString& accountId, const QString& name);
    void onEntityRemoved(EntityKind kind, const QString& accountId, const QString& name);
    void onEntityRenamed(EntityKind kind, const QString& accountId, const QString& oldName,
                         const QString& newName);
    void onMembershipChanged(const QString& accountId, const QString& groupName,
                             const QString& userName, bool added);
    void emitRowChanged(int row);
    void emitColumnChanged(int column);

    const Directory* m_directory;
    QString m_accountId;
    std::vector<UserRow> m_users;
    std::vector<GroupColumn> m_groups;
    int m_totalUsers = 0;
    bool m_changing = false;
};
