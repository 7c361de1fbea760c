#pragma once

#include "iam/entitykind.h"

#include <QAbstractItemModel>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class ConsoleSession;
class Directory;
struct Account;

// The navigator tree: the organization's Root → organizational units (nested)
// → Account → Users / Groups / Roles / Policies → entries → what an entry
// relates to (a group's members, a user's groups, a role's trusted
// principals, a policy's attachments), and Account → Identity providers → the
// account's SAML providers. The Root (the directory as an AWS Organization,
// "r-" and its id) and each OU list their OUs and accounts as far as the
// identity may organizations:ListOrganizationalUnitsForParent and
// ListAccountsForParent on them; what it may not list shows AWS's
// access-denied message, and the identity's own account stays reachable under
// the Root. Beside the Root, "Policies" lists the organization's service and
// resource control policies (organizations:ListPolicies). A directory without
// accounts has neither.
//
// Entries are fetched a page at a time (canFetchMore/fetchMore) and an
// entry's relations only when it is expanded, so a directory of 50,000 users
// opens as fast as one of ten. Directory changes update rows in place.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType
    {
        Account,
        Category,
        Entry,
        Relation,
        Principal,
        Denied,
        Organization,           // the organization's root, above the accounts
        ProviderCategory,       // an account's "Identity providers"
        Provider,               // a SAML provider (arn set)
        OrganizationalUnit,     // an OU: name is its id ("ou-..."), arn set
        OrganizationPolicies,   // "Policies": the organization's policies by type
        OrganizationPolicyType, // name is the API's type, e.g. SERVICE_CONTROL_POLICY
        OrganizationPolicy      // an SCP or RCP: name is its id ("p-..."), arn set
    };
    enum DataRole
    {
        NodeTypeRole = Qt::UserRole + 1, // int(NodeType)
        EntityKindRole,                  // int(EntityKind) of the entry or related entity
        AccountIdRole,
        NameRole,
        PathRole,
        ArnRole,
        FilterTextRole, // lower-case "name arn", what the filter box searches
        IsAwsManagedRole,
        AccessDeniedRole, // AWS's message when the identity may not list or read it
    };

    // What a row stands for, without reaching into internalPointer().
    struct NodeRef
    {
        NodeType type = NodeType::Account;
        EntityKind kind = EntityKind::User;
        QString accountId;
        QString name;
        QString arn;
        QString denied; // AWS's access-denied message, when the identity may not read it
    };

    static constexpr int PageSize = 256;

    // With a session, categories and relations the active identity may not
    // read show AWS's access-denied message instead of rows.
    explicit NavigatorModel(const Directory* directory, ConsoleSession* session = nullptr,
                            QObject* parent = nullptr);
    ~NavigatorModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QHash<int, QByteArray> roleNames() const override;

    // Drag and drop: user entries are dragged (as the account and the user
    // names, in a private MIME type) and dropped on a group entry of the same
    // account, which asks for them to be added through usersDropped: the
    // model itself never edits the directory.
    static const QString UsersMimeType;
    struct DraggedUsers
    {
        QString accountId;
        QStringList userNames;
    };
    // The users a drag carries; nullopt for any other data.
    static std::optional<DraggedUsers> draggedUsers(const QMimeData* data);
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    NodeRef nodeRef(const QModelIndex& index) const;
    // Typed lookups for the filter, which asks for every row on every key:
    // no QVariant, no string built per call.
    NodeType nodeType(const QModelIndex& index) const;
    const QString& filterText(const QModelIndex& index) const;
    // The entry row of an entity (fetching pages up to it when needed).
    QModelIndex entryIndex(EntityKind kind, const QString& accountId, const QString& name);
    QModelIndex categoryIndex(const QString& accountId, EntityKind kind) const;
    QModelIndex accountIndex(const QString& accountId) const;
    // The organization's root row; invalid when the directory has no account.
    QModelIndex organizationIndex() const;
    // The row of an organization node (the root, an OU, the policies, a policy
    // type or a policy) by its type and name; invalid when not shown.
    QModelIndex organizationNodeIndex(NodeType type, const QString& name) const;
    // Every entry of every category, names only: what filtering needs.
    void fetchAllEntries();
    // Rebuilds from the directory (after an import or a reset).
    void reload();

    // Category labels are translated by the views; the model gives the count.
    int totalCount(const QModelIndex& category) const;

Q_SIGNALS:
    // Users were dropped on a group of their account: add them (in one edit).
    void usersDropped(const QString& accountId, const QString& groupName,
                      const QStringList& userNames);

private:
    struct Node;

    Node* nodeFor(const QModelIndex& index) const;
    QModelIndex indexFor(Node* node) const;
    Node* accountNode(const QString& accountId) const;
    // What holds the account rows: the organization's root.
    Node* accountsParent() const;
    // Every account row, under the root and in OUs, in tree order.
    std::vector<Node*> accountNodes() const;
    Node* findOrganizationNode(Node* from, NodeType type, const QString& name) const;
    Node* categoryNode(const QString& accountId, EntityKind kind) const;
    Node* findEntry(Node* category, const QString& name) const;
    int insertPosition(Node* category, const QString& name) const;

    void buildAccounts();
    std::unique_ptr<Node> makeAccount(const Account& account);
    // The OUs (nested) and accounts under parent, as far as they may be listed.
    void addOrganizationChildren(Node* parent, const QHash<QString, Account>& accounts,
                                 QSet<QString>& placed);
    std::unique_ptr<Node> makeOrganizationPolicies() const;
    void fetchEntries(Node* category, int limit);
    void loadRelations(Node* entry);
    void reloadRelations(Node* entry);
    std::vector<std::unique_ptr<Node>> relationsOf(const Node* entry) const;
    void fillPathAndArn(Node* node) const;
    void fillPathAndArnFromDirectory(Node* node) const;
    std::unique_ptr<Node> makeEntry(Node* category, EntityKind kind, const QString& name) const;
    int directoryCount(const QString& accountId, EntityKind kind) const;

    void insertNodes(Node* parent, int position, std::vector<std::unique_ptr<Node>> nodes);
    void removeNodes(Node* parent, int first, int count);
    void refreshCategoryLabel(Node* category);
    std::unique_ptr<Node> providerCategory(Node* account) const;
    std::vector<std::unique_ptr<Node>> providerNodes(Node* category) const;
    void onSamlProvidersChanged(const QString& accountId);

    void onEntityAdded(EntityKind kind, const QString& accountId, const QString& name);
    void onEntityRemoved(EntityKind kind, const QString& accountId, const QString& name);
    void onEntityChanged(EntityKind kind, const QString& accountId, const QString& name);
    void onEntityRenamed(EntityKind kind, const QString& accountId, const QString& oldName,
                         const QString& newName);
    void onMembershipChanged(const QString& accountId, const QString& groupName,
                             const QString& userName);
    void onAttachmentsChanged(const QString& policyArn, EntityKind kind, const QString& accountId,
                              const QString& name);

    QString deniedMessage(const QString& action, const QString& resource) const;
    std::unique_ptr<Node> deniedNode(const QString& message) const;

    const Directory* m_directory;
    ConsoleSession* m_session;
    std::unique_ptr<Node> m_root;
};
