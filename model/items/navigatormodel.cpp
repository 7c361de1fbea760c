#include "items/navigatormodel.h"

#include "console/consoleaction.h"
#include "console/consolesession.h"
#include "directory/directory.h"
#include "iam/organizationids.h"
#include "items/trustedprincipals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

#include <algorithm>
#include <functional>

struct NavigatorModel::Node
{
    NodeType type = NodeType::Account;
    EntityKind kind = EntityKind::User;
    QString accountId;
    QString name;
    QString key; // lower-case name: the directory's sort order
    QString path;
    QString arn;
    QString label;
    QString filterText; // entries: lower-case "name arn"
    bool awsManaged = false;
    QString denied; // the access-denied message, when the identity may not read it
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    bool relationsLoaded = false;
    int total = 0;          // categories: entries the directory holds
    int awsManagedTail = 0; // policies category: AWS-managed entries appended after the rest

    int customerEntries() const { return int(children.size()) - awsManagedTail; }
};

namespace {
constexpr EntityKind categoryKinds[] = {EntityKind::User, EntityKind::Group, EntityKind::Role,
                                        EntityKind::Policy};

template <typename NodePointer>
void renumber(std::vector<NodePointer>& nodes, int from)
{
    for (int i = from; i < int(nodes.size()); ++i)
        nodes[size_t(i)]->row = i;
}
} // namespace

NavigatorModel::NavigatorModel(const Directory* directory, ConsoleSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_directory(directory)
    , m_session(session)
    , m_root(std::make_unique<Node>())
{
    buildAccounts();
    connect(directory, &Directory::entityAdded, this, &NavigatorModel::onEntityAdded);
    connect(directory, &Directory::entityRemoved, this, &NavigatorModel::onEntityRemoved);
    connect(directory, &Directory::entityChanged, this, &NavigatorModel::onEntityChanged);
    connect(directory, &Directory::entityRenamed, this, &NavigatorModel::onEntityRenamed);
    connect(directory, &Directory::membershipAdded, this, &NavigatorModel::onMembershipChanged);
    connect(directory, &Directory::membershipRemoved, this, &NavigatorModel::onMembershipChanged);
    connect(directory, &Directory::attachmentsChanged, this, &NavigatorModel::onAttachmentsChanged);
    connect(directory, &Directory::accountsChanged, this, &NavigatorModel::reload);
    connect(directory, &Directory::directoryReset, this, &NavigatorModel::reload);
    connect(directory, &Directory::samlProvidersChanged, this,
            &NavigatorModel::onSamlProvidersChanged);
    if (session)
        connect(session, &ConsoleSession::activeIdentityChanged, this, &NavigatorModel::reload);
}

QString NavigatorModel::deniedMessage(const QString& action, const QString& resource) const
{
    if (!m_session)
        return {};
    const Authorization answer = m_session->authorize(action, resource);
    return answer.allowed() ? QString() : answer.message;
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::deniedNode(const QString& message) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Denied;
    node->label = tr("Access denied");
    node->denied = message;
    return node;
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    buildAccounts();
    endResetModel();
}

namespace {
// Takes child into parent's rows, last.
template <typename N>
N* adopt(N* parent, std::unique_ptr<N> child)
{
    child->parent = parent;
    child->row = int(parent->children.size());
    parent->children.push_back(std::move(child));
    return parent->children.back().get();
}
} // namespace

void NavigatorModel::buildAccounts()
{
    const QList<Account> accounts = m_directory->accounts();
    const QString management = m_directory->managementAccountId();
    if (accounts.isEmpty() || management.isEmpty())
        return;
    auto organization = std::make_unique<Node>();
    organization->type = NodeType::Organization;
    organization->name = OrganizationIds::rootId(management);
    organization->arn = OrganizationIds::rootArn(management);
    organization->label = tr("Root (%1)").arg(organization->name);
    Node* root = adopt(m_root.get(), std::move(organization));
    QHash<QString, Account> byId;
    for (const Account& account : accounts)
        byId.insert(account.id, account);
    QSet<QString> placed;
    addOrganizationChildren(root, byId, placed);
    // Not allowed to list the organization: the identity's own account
    // (its console's, listed or not) under the root, then AWS's message.
    const QString ownAccount = m_session ? m_session->identity().account.id : QString();
    if (!placed.contains(ownAccount) && byId.contains(ownAccount))
        adopt(root, makeAccount(byId.value(ownAccount)));
    if (!root->denied.isEmpty())
        adopt(root, deniedNode(root->denied));
    adopt(m_root.get(), makeOrganizationPolicies());
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::makeAccount(const Account& account)
{
    const QString management = m_directory->managementAccountId();
    auto node = std::make_unique<Node>();
    node->type = NodeType::Account;
    node->accountId = account.id;
    node->name = account.id;
    node->label =
        account.alias.isEmpty() ? account.id : tr("%1 (%2)").arg(account.alias, account.id);
    node->arn = OrganizationIds::accountArn(management, account.id);
    for (EntityKind kind : categoryKinds) {
        auto category = std::make_unique<Node>();
        category->type = NodeType::Category;
        category->kind = kind;
        category->accountId = account.id;
        const ConsoleAction list = ConsoleAction::list(kind, account.id);
        category->denied = deniedMessage(list.action, list.resource);
        category->total = category->denied.isEmpty() ? directoryCount(account.id, kind) : 0;
        adopt(node.get(), std::move(category));
    }
    for (auto& category : node->children)
        refreshCategoryLabel(category.get());
    adopt(node.get(), providerCategory(node.get()));
    return node;
}

void NavigatorModel::addOrganizationChildren(Node* parent, const QHash<QString, Account>& accounts,
                                             QSet<QString>& placed)
{
    const ConsoleAction listUnits = ConsoleAction::organizationsAction(
        QStringLiteral("ListOrganizationalUnitsForParent"), parent->arn);
    const ConsoleAction listAccounts =
        ConsoleAction::organizationsAction(QStringLiteral("ListAccountsForParent"), parent->arn);
    const QString unitsDenied = deniedMessage(listUnits.action, listUnits.resource);
    const QString accountsDenied = deniedMessage(listAccounts.action, listAccounts.resource);
    parent->denied = unitsDenied.isEmpty() ? accountsDenied : unitsDenied;
    if (unitsDenied.isEmpty()) {
        for (const OrganizationalUnit& unit :
             m_directory->organizationalUnitsForParent(parent->name)) {
            auto node = std::make_unique<Node>();
            node->type = NodeType::OrganizationalUnit;
            node->name = unit.id;
            node->key = unit.name.toLower();
            node->label = unit.name;
            node->arn = unit.arn;
            Node* added = adopt(parent, std::move(node));
            addOrganizationChildren(added, accounts, placed);
            if (!added->denied.isEmpty())
                adopt(added, deniedNode(added->denied));
        }
    }
    if (accountsDenied.isEmpty()) {
        for (const QString& id : m_directory->accountsForParent(parent->name)) {
            const auto account = accounts.constFind(id);
            if (account == accounts.constEnd())
                continue;
            adopt(parent, makeAccount(*account));
            placed.insert(id);
        }
    }
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::makeOrganizationPolicies() const
{
    auto policies = std::make_unique<Node>();
    policies->type = NodeType::OrganizationPolicies;
    policies->label = tr("Policies");
    const ConsoleAction list =
        ConsoleAction::organizationsAction(QStringLiteral("ListPolicies"), QStringLiteral("*"));
    policies->denied = deniedMessage(list.action, list.resource);
    if (!policies->denied.isEmpty()) {
        adopt(policies.get(), deniedNode(policies->denied));
        return policies;
    }
    for (const auto type :
         {OrganizationPolicy::Type::ServiceControl, OrganizationPolicy::Type::ResourceControl}) {
        auto category = std::make_unique<Node>();
        category->type = NodeType::OrganizationPolicyType;
        category->name = OrganizationPolicy::typeName(type);
        for (const OrganizationPolicy& policy : m_directory->organizationPolicies(type)) {
            auto node = std::make_unique<Node>();
            node->type = NodeType::OrganizationPolicy;
            node->name = policy.id;
            node->key = policy.name.toLower();
            node->label = policy.name;
            node->arn = policy.arn;
            node->awsManaged = policy.awsManaged;
            node->filterText = node->key + QLatin1Char(' ') + policy.arn.toLower();
            adopt(category.get(), std::move(node));
        }
        const int count = int(category->children.size());
        category->label = type == OrganizationPolicy::Type::ServiceControl
                              ? tr("Service control policies (%1)").arg(count)
                              : tr("Resource control policies (%1)").arg(count);
        adopt(policies.get(), std::move(category));
    }
    return policies;
}

NavigatorModel::Node* NavigatorModel::accountsParent() const
{
    return m_root->children.empty() ? m_root.get() : m_root->children.front().get();
}

std::vector<NavigatorModel::Node*> NavigatorModel::accountNodes() const
{
    std::vector<Node*> found;
    const std::function<void(Node*)> walk = [&](Node* node) {
        for (auto& child : node->children) {
            if (child->type == NodeType::Account)
                found.push_back(child.get());
            else if (child->type == NodeType::OrganizationalUnit)
                walk(child.get());
        }
    };
    walk(accountsParent());
    return found;
}

NavigatorModel::Node* NavigatorModel::findOrganizationNode(Node* from, NodeType type,
                                                           const QString& name) const
{
    for (auto& child : from->children) {
        if (child->type == type && child->name == name)
            return child.get();
        switch (child->type) {
        case NodeType::Organization:
        case NodeType::OrganizationalUnit:
        case NodeType::OrganizationPolicies:
        case NodeType::OrganizationPolicyType:
            if (Node* found = findOrganizationNode(child.get(), type, name))
                return found;
            break;
        default:
            break;
        }
    }
    return nullptr;
}

QModelIndex NavigatorModel::organizationNodeIndex(NodeType type, const QString& name) const
{
    return indexFor(findOrganizationNode(m_root.get(), type, name));
}

QModelIndex NavigatorModel::organizationIndex() const
{
    return m_root->children.empty() ? QModelIndex() : indexFor(m_root->children.front().get());
}

QModelIndex NavigatorModel::accountIndex(const QString& accountId) const
{
    return indexFor(accountNode(accountId));
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::providerCategory(Node* account) const
{
    auto category = std::make_unique<Node>();
    category->type = NodeType::ProviderCategory;
    category->accountId = account->accountId;
    category->parent = account;
    category->row = int(account->children.size());
    const ConsoleAction list = ConsoleAction::listSamlProviders(account->accountId);
    category->denied = deniedMessage(list.action, list.resource);
    category->children = providerNodes(category.get());
    category->label = category->denied.isEmpty()
                          ? tr("Identity providers (%1)").arg(category->children.size())
                          : tr("Identity providers");
    return category;
}

std::vector<std::unique_ptr<NavigatorModel::Node>>
NavigatorModel::providerNodes(Node* category) const
{
    std::vector<std::unique_ptr<Node>> nodes;
    if (!category->denied.isEmpty())
        return nodes;
    for (const SamlProvider& provider : m_directory->samlProviders(category->accountId)) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Provider;
        node->accountId = provider.accountId;
        node->name = provider.name;
        node->key = provider.name.toLower();
        node->label = provider.name;
        node->arn = provider.arn().toString();
        node->filterText = node->key + QLatin1Char(' ') + node->arn.toLower();
        node->parent = category;
        node->row = int(nodes.size());
        nodes.push_back(std::move(node));
    }
    return nodes;
}

void NavigatorModel::onSamlProvidersChanged(const QString& accountId)
{
    Node* account = accountNode(accountId);
    if (!account)
        return;
    for (auto& category : account->children) {
        if (category->type != NodeType::ProviderCategory)
            continue;
        if (!category->children.empty())
            removeNodes(category.get(), 0, int(category->children.size()));
        insertNodes(category.get(), 0, providerNodes(category.get()));
        if (category->denied.isEmpty())
            category->label = tr("Identity providers (%1)").arg(category->children.size());
        const QModelIndex index = indexFor(category.get());
        Q_EMIT dataChanged(index, index);
    }
}

int NavigatorModel::directoryCount(const QString& accountId, EntityKind kind) const
{
    switch (kind) {
    case EntityKind::User:
        return m_directory->userCount(accountId);
    case EntityKind::Group:
        return m_directory->groupCount(accountId);
    case EntityKind::Role:
        return m_directory->roleCount(accountId);
    case EntityKind::Policy:
        return m_directory->policyCount(accountId) + int(m_directory->awsManagedPolicies().size());
    }
    return 0;
}

void NavigatorModel::refreshCategoryLabel(Node* category)
{
    if (!category->denied.isEmpty()) {
        const QString names[] = {tr("Users"), tr("Groups"), tr("Roles"), tr("Policies")};
        category->label = names[int(category->kind)];
        return;
    }
    switch (category->kind) {
    case EntityKind::User:
        category->label = tr("Users (%1)").arg(category->total);
        break;
    case EntityKind::Group:
        category->label = tr("Groups (%1)").arg(category->total);
        break;
    case EntityKind::Role:
        category->label = tr("Roles (%1)").arg(category->total);
        break;
    case EntityKind::Policy:
        category->label = tr("Policies (%1)").arg(category->total);
        break;
    }
}

NavigatorModel::Node* NavigatorModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigatorModel::indexFor(Node* node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    Node* p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex&) const
{
    return 1;
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Node* node = nodeFor(index);
    if (node->type == NodeType::Entry && node->kind == EntityKind::User)
        f |= Qt::ItemIsDragEnabled;
    if (node->type == NodeType::Entry && node->kind == EntityKind::Group)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool NavigatorModel::hasChildren(const QModelIndex& parent) const
{
    const Node* node = nodeFor(parent);
    switch (node->type) {
    case NodeType::Account:
        return !node->children.empty() || node == m_root.get();
    case NodeType::Organization:
    case NodeType::OrganizationalUnit:
    case NodeType::OrganizationPolicies:
    case NodeType::OrganizationPolicyType:
        return !node->children.empty();
    case NodeType::Category:
        return node->total > 0;
    case NodeType::Entry:
        return !node->relationsLoaded || !node->children.empty();
    case NodeType::ProviderCategory:
        return !node->children.empty();
    case NodeType::Relation:
    case NodeType::Principal:
    case NodeType::Denied:
    case NodeType::Provider:
    case NodeType::OrganizationPolicy:
        return false;
    }
    return false;
}

bool NavigatorModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* node = nodeFor(parent);
    if (node->type == NodeType::Category)
        return int(node->children.size()) < node->total;
    if (node->type == NodeType::Entry)
        return !node->relationsLoaded;
    return false;
}

void NavigatorModel::fetchMore(const QModelIndex& parent)
{
    Node* node = nodeFor(parent);
    if (node->type == NodeType::Category)
        fetchEntries(node, PageSize);
    else if (node->type == NodeType::Entry)
        loadRelations(node);
}

void NavigatorModel::fetchAllEntries()
{
    for (Node* account : accountNodes())
        for (auto& category : account->children)
            if (category->type == NodeType::Category && category->denied.isEmpty() &&
                int(category->children.size()) < category->total)
                fetchEntries(category.get(), -1);
}

std::unique_ptr<NavigatorModel::Node> NavigatorModel::makeEntry(Node* category, EntityKind kind,
                                                                const QString& name) const
{
    auto node = std::make_unique<Node>();
    node->type = NodeType::Entry;
    node->kind = kind;
    node->accountId = category->accountId;
    node->name = name;
    node->key = name.toLower();
    node->label = name;
    node->parent = category;
    return node;
}

void NavigatorModel::fetchEntries(Node* category, int limit)
{
    const int have = category->customerEntries();
    std::vector<std::unique_ptr<Node>> fetched;
    const QString& account = category->accountId;
    auto add = [&](EntityKind kind, const QString& name, const QString& path, const QString& arn) {
        auto node = makeEntry(category, kind, name);
        node->path = path;
        node->arn = arn;
        node->filterText = node->key + QLatin1Char(' ') + arn.toLower();
        fetched.push_back(std::move(node));
    };
    switch (category->kind) {
    case EntityKind::User:
        for (const User& u : m_directory->users(account, have, limit))
            add(EntityKind::User, u.name, u.path, u.arn().toString());
        break;
    case EntityKind::Group:
        for (const Group& g : m_directory->groups(account, have, limit))
            add(EntityKind::Group, g.name, g.path, g.arn().toString());
        break;
    case EntityKind::Role:
        for (const Role& r : m_directory->roles(account, have, limit))
            add(EntityKind::Role, r.name, r.path, r.arn().toString());
        break;
    case EntityKind::Policy:
        if (category->awsManagedTail == 0) {
            for (const ManagedPolicy& p : m_directory->policies(account, have, limit))
                add(EntityKind::Policy, p.name, p.path, p.arn);
        }
        break;
    }
    if (!fetched.empty())
        insertNodes(category, have, std::move(fetched));

    // AWS-managed policies follow the account's own, once those are all in.
    if (category->kind == EntityKind::Policy && category->awsManagedTail == 0 &&
        category->customerEntries() >= m_directory->policyCount(account)) {
        std::vector<std::unique_ptr<Node>> builtIns;
        for (const ManagedPolicy& p : m_directory->awsManagedPolicies()) {
            auto node = makeEntry(category, EntityKind::Policy, p.name);
            node->path = p.path;
            node->arn = p.arn;
            node->filterText = node->key + QLatin1Char(' ') + p.arn.toLower();
            node->awsManaged = true;
            builtIns.push_back(std::move(node));
        }
        const int at = int(category->children.size());
        const int count = int(builtIns.size());
        insertNodes(category, at, std::move(builtIns));
        category->awsManagedTail = count;
    }
}

std::vector<std::unique_ptr<NavigatorModel::Node>>
NavigatorModel::relationsOf(const Node* entry) const
{
    std::vector<std::unique_ptr<Node>> out;
    auto relation = [&](EntityKind kind, const QString& accountId, const QString& name,
                        const QString& arn, const QString& label) {
        auto node = std::make_unique<Node>();
        node->type = NodeType::Relation;
        node->kind = kind;
        node->accountId = accountId;
        node->name = name;
        node->key = name.toLower();
        node->arn = arn;
        node->label = label;
        out.push_back(std::move(node));
    };
    const QString& account = entry->accountId;
    switch (entry->kind) {
    case EntityKind::User:
        for (const Group& g : m_directory->groupsForUser(account, entry->name))
            relation(EntityKind::Group, account, g.name, g.arn().toString(), g.name);
        break;
    case EntityKind::Group:
        for (const User& u : m_directory->usersInGroup(account, entry->name))
            relation(EntityKind::User, account, u.name, u.arn().toString(), u.name);
        break;
    case EntityKind::Role:
        if (const auto role = m_directory->role(account, entry->name)) {
            for (const TrustedPrincipal& p :
                 TrustedPrincipals::fromTrustPolicy(role->trustPolicy)) {
                auto node = std::make_unique<Node>();
                node->type = NodeType::Principal;
                node->name = p.value;
                node->key = p.value.toLower();
                node->arn = p.value;
                node->label = p.type + QStringLiteral(": ") + p.value;
                out.push_back(std::move(node));
            }
        }
        break;
    case EntityKind::Policy:
        for (const Directory::EntityRef& ref : m_directory->policyAttachments(entry->arn)) {
            Node target;
            target.type = NodeType::Entry;
            target.kind = ref.kind;
            target.accountId = ref.accountId;
            target.name = ref.name;
            fillPathAndArn(&target);
            const QString& arn = target.arn;
            relation(ref.kind, ref.accountId, ref.name, arn,
                     tr("%1 (%2)").arg(ref.name, entityKindName(ref.kind)));
        }
        break;
    }
    return out;
}

void NavigatorModel::fillPathAndArn(Node* node) const
{
    fillPathAndArnFromDirectory(node);
    node->filterText = node->key + QLatin1Char(' ') + node->arn.toLower();
}

void NavigatorModel::fillPathAndArnFromDirectory(Node* node) const
{
    const QString& account = node->accountId;
    switch (node->kind) {
    case EntityKind::User:
        if (const auto u = m_directory->user(account, node->name)) {
            node->path = u->path;
            node->arn = u->arn().toString();
        }
        break;
    case EntityKind::Group:
        if (const auto g = m_directory->group(account, node->name)) {
            node->path = g->path;
            node->arn = g->arn().toString();
        }
        break;
    case EntityKind::Role:
        if (const auto r = m_directory->role(account, node->name)) {
            node->path = r->path;
            node->arn = r->arn().toString();
        }
        break;
    case EntityKind::Policy:
        for (const ManagedPolicy& p : m_directory->policies(account))
            if (p.name.compare(node->name, Qt::CaseInsensitive) == 0) {
                node->path = p.path;
                node->arn = p.arn;
            }
        break;
    }
}

void NavigatorModel::loadRelations(Node* entry)
{
    if (entry->relationsLoaded)
        return;
    entry->relationsLoaded = true;
    const ConsoleAction read = ConsoleAction::readRelations(entry->kind, entry->arn);
    std::vector<std::unique_ptr<Node>> relations;
    if (const QString denied = deniedMessage(read.action, read.resource); !denied.isEmpty())
        relations.push_back(deniedNode(denied));
    else
        relations = relationsOf(entry);
    if (relations.empty()) {
        // hasChildren() changed from true to false: let views drop the expander.
        const QModelIndex idx = indexFor(entry);
        Q_EMIT dataChanged(idx, idx);
        return;
    }
    insertNodes(entry, 0, std::move(relations));
}

void NavigatorModel::reloadRelations(Node* entry)
{
    if (!entry || !entry->relationsLoaded)
        return;
    if (!entry->children.empty())
        removeNodes(entry, 0, int(entry->children.size()));
    entry->relationsLoaded = false;
    loadRelations(entry);
}

void NavigatorModel::insertNodes(Node* parent, int position,
                                 std::vector<std::unique_ptr<Node>> nodes)
{
    if (nodes.empty())
        return;
    for (auto& n : nodes)
        n->parent = parent;
    beginInsertRows(indexFor(parent), position, position + int(nodes.size()) - 1);
    parent->children.insert(parent->children.begin() + position,
                            std::make_move_iterator(nodes.begin()),
                            std::make_move_iterator(nodes.end()));
    renumber(parent->children, position);
    endInsertRows();
}

void NavigatorModel::removeNodes(Node* parent, int first, int count)
{
    beginRemoveRows(indexFor(parent), first, first + count - 1);
    parent->children.erase(parent->children.begin() + first,
                           parent->children.begin() + first + count);
    renumber(parent->children, first);
    endRemoveRows();
}

NavigatorModel::Node* NavigatorModel::accountNode(const QString& accountId) const
{
    for (Node* account : accountNodes())
        if (account->accountId == accountId)
            return account;
    return nullptr;
}

NavigatorModel::Node* NavigatorModel::categoryNode(const QString& accountId, EntityKind kind) const
{
    Node* account = accountNode(accountId);
    if (!account)
        return nullptr;
    for (auto& category : account->children)
        if (category->type == NodeType::Category && category->kind == kind)
            return category.get();
    return nullptr;
}

int NavigatorModel::insertPosition(Node* category, const QString& name) const
{
    const QString key = name.toLower();
    const auto begin = category->children.begin();
    const auto end = begin + category->customerEntries();
    const auto it =
        std::lower_bound(begin, end, key, [](const std::unique_ptr<Node>& n, const QString& k) {
            return n->key < k;
        });
    return int(it - begin);
}

NavigatorModel::Node* NavigatorModel::findEntry(Node* category, const QString& name) const
{
    if (!category)
        return nullptr;
    const int pos = insertPosition(category, name);
    if (pos < category->customerEntries() && category->children[size_t(pos)]->key == name.toLower())
        return category->children[size_t(pos)].get();
    for (int i = category->customerEntries(); i < int(category->children.size()); ++i)
        if (category->children[size_t(i)]->key == name.toLower())
            return category->children[size_t(i)].get();
    return nullptr;
}

QModelIndex NavigatorModel::categoryIndex(const QString& accountId, EntityKind kind) const
{
    return indexFor(categoryNode(accountId, kind));
}

QModelIndex NavigatorModel::entryIndex(EntityKind kind, const QString& accountId,
                                       const QString& name)
{
    Node* category = categoryNode(accountId, kind);
    if (!category)
        return {};
    Node* found = findEntry(category, name);
    while (!found && int(category->children.size()) < category->total) {
        fetchEntries(category, PageSize);
        found = findEntry(category, name);
    }
    return indexFor(found);
}

int NavigatorModel::totalCount(const QModelIndex& category) const
{
    return nodeFor(category)->total;
}

NavigatorModel::NodeRef NavigatorModel::nodeRef(const QModelIndex& index) const
{
    const Node* node = nodeFor(index);
    return {node->type, node->kind, node->accountId, node->name, node->arn, node->denied};
}

NavigatorModel::NodeType NavigatorModel::nodeType(const QModelIndex& index) const
{
    return nodeFor(index)->type;
}

const QString& NavigatorModel::filterText(const QModelIndex& index) const
{
    return nodeFor(index)->filterText;
}

QVariant NavigatorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::ToolTipRole:
        if (!node->denied.isEmpty())
            return node->denied;
        return node->arn.isEmpty() ? QVariant() : QVariant(node->arn);
    case AccessDeniedRole:
        return node->denied;
    case NodeTypeRole:
        return int(node->type);
    case EntityKindRole:
        return int(node->kind);
    case AccountIdRole:
        return node->accountId;
    case NameRole:
        return node->name;
    case PathRole:
        return node->path;
    case ArnRole:
        return node->arn;
    case FilterTextRole:
        return node->filterText;
    case IsAwsManagedRole:
        return node->awsManaged;
    default:
        return {};
    }
}

const QString NavigatorModel::UsersMimeType = QStringLiteral("application/x-switchboard-users");

std::optional<NavigatorModel::DraggedUsers> NavigatorModel::draggedUsers(const QMimeData* data)
{
    if (!data || !data->hasFormat(UsersMimeType))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(data->data(UsersMimeType)).object();
    DraggedUsers users;
    users.accountId = json.value(QLatin1String("account")).toString();
    for (const QJsonValue& name : json.value(QLatin1String("users")).toArray())
        users.userNames.append(name.toString());
    if (users.accountId.isEmpty() || users.userNames.isEmpty())
        return std::nullopt;
    return users;
}

QStringList NavigatorModel::mimeTypes() const
{
    return {UsersMimeType};
}

// Only user entries travel, and only from one account: a group takes members
// of its own account only.
QMimeData* NavigatorModel::mimeData(const QModelIndexList& indexes) const
{
    QString accountId;
    QJsonArray names;
    for (const QModelIndex& index : indexes) {
        const Node* node = nodeFor(index);
        if (!node || index.column() != 0 || node->type != NodeType::Entry ||
            node->kind != EntityKind::User)
            continue;
        if (!accountId.isEmpty() && node->accountId != accountId)
            return nullptr;
        accountId = node->accountId;
        if (!names.contains(node->name))
            names.append(node->name);
    }
    if (names.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(UsersMimeType, QJsonDocument(QJsonObject{{QLatin1String("account"), accountId},
                                                           {QLatin1String("users"), names}})
                                     .toJson(QJsonDocument::Compact));
    return data;
}

Qt::DropActions NavigatorModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions NavigatorModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool NavigatorModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    const Node* target = nodeFor(parent);
    if (action != Qt::CopyAction || !parent.isValid() || !target ||
        target->type != NodeType::Entry || target->kind != EntityKind::Group)
        return false;
    const auto users = draggedUsers(data);
    return users && users->accountId == target->accountId;
}

bool NavigatorModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node* target = nodeFor(parent);
    Q_EMIT usersDropped(target->accountId, target->name, draggedUsers(data)->userNames);
    return true;
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeTypeRole, "nodeType");
    names.insert(EntityKindRole, "entityKind");
    names.insert(AccountIdRole, "accountId");
    names.insert(NameRole, "name");
    names.insert(ArnRole, "arn");
    return names;
}

void NavigatorModel::onEntityAdded(EntityKind kind, const QString& accountId, const QString& name)
{
    Node* category = categoryNode(accountId, kind);
    if (!category || !category->denied.isEmpty())
        return;
    const bool allFetched = int(category->children.size()) >= category->total;
    const int position = insertPosition(category, name);
    // Rows past what is fetched arrive with the next page, in order.
    if (allFetched || position < category->customerEntries()) {
        std::vector<std::unique_ptr<Node>> one;
        auto node = makeEntry(category, kind, name);
        fillPathAndArn(node.get());
        one.push_back(std::move(node));
        insertNodes(category, position, std::move(one));
    }
    // The count changes after the row is in, so canFetchMore() never sees a
    // gap that the new row would fill twice.
    category->total += 1;
    refreshCategoryLabel(category);
    const QModelIndex categoryIdx = indexFor(category);
    Q_EMIT dataChanged(categoryIdx, categoryIdx);
}

void NavigatorModel::onEntityRemoved(EntityKind kind, const QString& accountId, const QString& name)
{
    Node* category = categoryNode(accountId, kind);
    if (!category || !category->denied.isEmpty())
        return;
    if (Node* entry = findEntry(category, name))
        removeNodes(category, entry->row, 1);
    category->total = std::max(0, category->total - 1);
    refreshCategoryLabel(category);
    const QModelIndex categoryIdx = indexFor(category);
    Q_EMIT dataChanged(categoryIdx, categoryIdx);
}

void NavigatorModel::onEntityChanged(EntityKind kind, const QString& accountId, const QString& name)
{
    Node* entry = findEntry(categoryNode(accountId, kind), name);
    if (!entry)
        return;
    fillPathAndArn(entry); // the path may have changed, and with it the ARN
    const QModelIndex idx = indexFor(entry);
    Q_EMIT dataChanged(idx, idx);
    if (kind == EntityKind::Role)
        reloadRelations(entry);
}

void NavigatorModel::onEntityRenamed(EntityKind kind, const QString& accountId,
                                     const QString& oldName, const QString& newName)
{
    onEntityRemoved(kind, accountId, oldName);
    onEntityAdded(kind, accountId, newName);
    // Relations elsewhere name the entity too (a group's members, a user's groups).
    if (kind == EntityKind::User || kind == EntityKind::Group) {
        const EntityKind other = kind == EntityKind::User ? EntityKind::Group : EntityKind::User;
        if (Node* category = categoryNode(accountId, other))
            for (auto& entry : category->children)
                if (entry->relationsLoaded)
                    for (auto& rel : entry->children)
                        if (rel->key == oldName.toLower()) {
                            reloadRelations(entry.get());
                            break;
                        }
    }
}

void NavigatorModel::onMembershipChanged(const QString& accountId, const QString& groupName,
                                         const QString& userName)
{
    reloadRelations(findEntry(categoryNode(accountId, EntityKind::Group), groupName));
    reloadRelations(findEntry(categoryNode(accountId, EntityKind::User), userName));
}

void NavigatorModel::onAttachmentsChanged(const QString& policyArn, EntityKind, const QString&,
                                          const QString&)
{
    for (Node* account : accountNodes()) {
        Node* category = categoryNode(account->accountId, EntityKind::Policy);
        if (!category)
            continue;
        for (auto& entry : category->children)
            if (entry->arn == policyArn)
                reloadRelations(entry.get());
    }
}
