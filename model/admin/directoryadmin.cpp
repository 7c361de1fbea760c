#include "admin/directoryadmin.h"

#include "admin/editcommand.h"
#include "console/accesskeymanager.h"
#include "console/auditrecorder.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "crypto/passwordhasher.h"
#include "crypto/random.h"
#include "directory/directory.h"
#include "directory/directoryerrors.h"
#include "iam/arn.h"
#include "iam/organizationids.h"
#include "iam/quotas.h"
#include "interop/organizationaccessrole.h"
#include "interop/organizationbundle.h"
#include "saml/samlmetadata.h"

#include <QTimer>
#include <QUndoStack>

#include <optional>

namespace {

// Calls done on a later event-loop turn, so every outcome takes one path.
void finishLater(QObject* context, std::function<void(Result<void>)> done, Result<void> result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)]() mutable {
        done(std::move(result));
    });
}

IamError noSecretStore()
{
    return IamError::serviceFailure(DirectoryAdmin::tr(
        "The user's access keys and MFA devices cannot be removed: the console has no secret "
        "store."));
}

bool containsIgnoringCase(const QStringList& names, const QString& name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

QString kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return DirectoryAdmin::tr("user");
    case EntityKind::Group:
        return DirectoryAdmin::tr("group");
    case EntityKind::Role:
        return DirectoryAdmin::tr("role");
    case EntityKind::Policy:
        return DirectoryAdmin::tr("policy");
    }
    return {};
}

// The account's quota of users, groups, roles or customer managed policies
// (spec §2), checked on creation only: an import keeps what the account holds.
Result<void> checkAccountQuota(const Directory& directory, EntityKind kind,
                               const QString& accountId)
{
    struct Quota
    {
        const char* name;
        int limit;
    };
    Quota quota{"UsersPerAccount", Quotas::UsersPerAccount};
    switch (kind) {
    case EntityKind::User:
        break;
    case EntityKind::Group:
        quota = {"GroupsPerAccount", Quotas::GroupsPerAccount};
        break;
    case EntityKind::Role:
        quota = {"RolesPerAccount", Quotas::RolesPerAccount};
        break;
    case EntityKind::Policy:
        quota = {"PoliciesPerAccount", Quotas::CustomerManagedPoliciesPerAccount};
        break;
    }
    const auto held = directory.entityCount(kind, accountId);
    if (!held)
        return held.error();
    if (*held >= quota.limit)
        return DirectoryErrors::quotaExceeded(QLatin1String(quota.name), quota.limit);
    return {};
}

// After an import: the account quotas the account is at or over. AWS let the
// account hold them, so nothing is refused; new ones are, until some go.
Result<QStringList> accountQuotaWarnings(const Directory& directory, const QString& accountId)
{
    QStringList warnings;
    for (EntityKind kind :
         {EntityKind::User, EntityKind::Group, EntityKind::Role, EntityKind::Policy}) {
        const auto full = checkAccountQuota(directory, kind, accountId);
        if (full)
            continue;
        if (full.error().code() != QLatin1String("LimitExceeded"))
            return full.error();
        const auto held = directory.entityCount(kind, accountId);
        if (!held)
            return held.error();
        warnings << DirectoryAdmin::tr("The account holds %1 %2 entities: creating another is "
                                       "refused (%3).")
                        .arg(*held)
                        .arg(kindLabel(kind), full.error().message());
    }
    return warnings;
}

} // namespace

bool UserDependents::isEmpty() const
{
    return accessKeys.isEmpty() && mfaDevices.isEmpty() && groups.isEmpty() &&
           attachedPolicies.isEmpty() && inlinePolicies.isEmpty() && !hasLoginProfile;
}

DirectoryAdmin::DirectoryAdmin(ConsoleSession* session, Directory* directory,
                               AccessKeyManager* accessKeys, MfaDeviceManager* mfaDevices,
                               QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_accessKeys(accessKeys)
    , m_mfaDevices(mfaDevices)
    , m_undoStack(new QUndoStack(this))
{}

DirectoryAdmin::~DirectoryAdmin() = default;

QUndoStack* DirectoryAdmin::undoStack() const
{
    return m_undoStack;
}

// ---------------------------------------------------------------------------
// The edit path

Result<void> DirectoryAdmin::authorizeOne(const ConsoleAction& action) const
{
    if (action.action.startsWith(QLatin1String("organizations:")) &&
        m_session->identity().account.id != m_directory->managementAccountId())
        return IamError::accessDenied(
            tr("%1 is not authorized to perform: %2 on resource: %3 because only the "
               "organization's management account (%4) can perform it")
                .arg(m_session->identity().isNull()
                         ? tr("An anonymous caller")
                         : tr("User: %1").arg(m_session->identity().arn()),
                     action.action, action.resource, m_directory->managementAccountId()));
    const Authorization answer = m_session->authorize(action);
    if (!answer.allowed())
        return IamError::accessDenied(answer.message);
    return {};
}

Result<void> DirectoryAdmin::authorizeAll(const QList<ConsoleAction>& actions) const
{
    for (const ConsoleAction& action : actions)
        if (auto r = authorizeOne(action); !r)
            return r;
    return {};
}

Result<void> DirectoryAdmin::audit(const ConsoleAction& action, bool success, const QString& detail)
{
    return m_session->recordEvent(action.action, action.resource, success, detail);
}

IamError DirectoryAdmin::refused(const ConsoleAction& action, const IamError& error)
{
    return AuditRecorder::unlessFailed(audit(action, false, error.code()), error);
}

template <typename T>
Result<T> DirectoryAdmin::runReturning(Edit edit, const std::function<Result<T>()>& work)
{
    std::optional<T> value;
    edit.work = [&]() -> Result<void> {
        auto result = work();
        if (!result)
            return result.error();
        value = std::move(result).value();
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return *value;
}

Result<void> DirectoryAdmin::auditSuccess(const Edit& edit, const ConsoleAction& event)
{
    if (!edit.auditEachAction)
        return audit(event, true, edit.text);
    for (const ConsoleAction& action : edit.actions)
        if (auto r = audit(action, true, edit.text); !r)
            return r;
    return {};
}

Result<void> DirectoryAdmin::run(const Edit& edit)
{
    ConsoleAction event = edit.actions.value(0);
    if (!edit.target.isEmpty())
        event.resource = edit.target;
    if (!edit.event.isEmpty())
        event.action = edit.event;
    if (auto allowed = authorizeAll(edit.actions); !allowed)
        return refused(event, allowed.error());
    // The edit and its record are one transaction: no edit goes unrecorded.
    auto change = m_directory->recordChange([&]() -> Result<void> {
        if (auto r = edit.work(); !r)
            return r;
        return auditSuccess(edit, event);
    });
    if (!change)
        return refused(event, change.error());
    if (edit.undoable && !change->isEmpty())
        m_undoStack->push(new EditCommand(this, edit.text, std::move(change).value(),
                                          edit.undoActions, edit.actions));
    Q_EMIT edited(edit.text);
    return {};
}

Result<void> DirectoryAdmin::applyUndo(const EditCommand& command)
{
    const ConsoleAction event = command.undoActions().value(0);
    if (auto allowed = authorizeAll(command.undoActions()); !allowed)
        return refused(event, allowed.error());
    if (auto r = m_directory->revertChange(command.change()); !r)
        return refused(event, r.error());
    // An undo cannot share a transaction with its record; an unrecorded one is put back.
    if (auto recorded = audit(event, true, QStringLiteral("Undo: ") + command.text()); !recorded) {
        if (auto back = m_directory->reapplyChange(command.change()); !back)
            qWarning("%s", qPrintable(back.error().toString()));
        return recorded;
    }
    return {};
}

Result<void> DirectoryAdmin::applyRedo(const EditCommand& command)
{
    const ConsoleAction event = command.redoActions().value(0);
    if (auto allowed = authorizeAll(command.redoActions()); !allowed)
        return refused(event, allowed.error());
    if (auto r = m_directory->reapplyChange(command.change()); !r)
        return refused(event, r.error());
    if (auto recorded = audit(event, true, QStringLiteral("Redo: ") + command.text()); !recorded) {
        if (auto back = m_directory->revertChange(command.change()); !back)
            qWarning("%s", qPrintable(back.error().toString()));
        return recorded;
    }
    return {};
}

Result<void> DirectoryAdmin::undo()
{
    const int index = m_undoStack->index();
    if (index == 0)
        return IamError::invalidInput(tr("There is nothing to undo."));
    const auto* command = static_cast<const EditCommand*>(m_undoStack->command(index - 1));
    if (auto r = applyUndo(*command); !r) {
        Q_EMIT undoRedoRefused(r.error());
        return r;
    }
    const QString text = tr("Undo %1").arg(command->text());
    m_movingStack = true;
    m_undoStack->undo();
    m_movingStack = false;
    Q_EMIT edited(text);
    return {};
}

Result<void> DirectoryAdmin::redo()
{
    const int index = m_undoStack->index();
    if (index >= m_undoStack->count())
        return IamError::invalidInput(tr("There is nothing to redo."));
    const auto* command = static_cast<const EditCommand*>(m_undoStack->command(index));
    if (auto r = applyRedo(*command); !r) {
        Q_EMIT undoRedoRefused(r.error());
        return r;
    }
    const QString text = tr("Redo %1").arg(command->text());
    m_movingStack = true;
    m_undoStack->redo();
    m_movingStack = false;
    Q_EMIT edited(text);
    return {};
}

void DirectoryAdmin::commandApplied(const Result<void>& result, int indexBefore,
                                    const QString& text)
{
    if (result) {
        Q_EMIT edited(text);
        return;
    }
    Q_EMIT undoRedoRefused(result.error());
    // The stack moves on after the command returns: put it back once it has.
    QTimer::singleShot(0, this, [this, indexBefore] {
        m_movingStack = true;
        m_undoStack->setIndex(indexBefore);
        m_movingStack = false;
    });
}

// ---------------------------------------------------------------------------
// Helpers

QString DirectoryAdmin::arnOf(EntityKind kind, const QString& accountId, const QString& name) const
{
    const QString root = QStringLiteral("/");
    switch (kind) {
    case EntityKind::User:
        if (const auto user = m_directory->user(accountId, name))
            return user->arn().toString();
        return Arn::user(accountId, root, name).toString();
    case EntityKind::Group:
        if (const auto group = m_directory->group(accountId, name))
            return group->arn().toString();
        return Arn::group(accountId, root, name).toString();
    case EntityKind::Role:
        if (const auto role = m_directory->role(accountId, name))
            return role->arn().toString();
        return Arn::role(accountId, root, name).toString();
    case EntityKind::Policy:
        return name; // policies are named by their ARN
    }
    return {};
}

PasswordPolicy DirectoryAdmin::effectivePasswordPolicy(const QString& accountId) const
{
    return m_directory->effectivePasswordPolicy(accountId);
}

// ---------------------------------------------------------------------------
// Users

Result<User> DirectoryAdmin::createUser(const NewUserRequest& request)
{
    const QString arn = Arn::user(request.accountId, request.path, request.name).toString();
    Edit edit;
    edit.text = tr("Create user %1").arg(request.name);
    edit.actions = {ConsoleAction::createUser(arn)};
    edit.undoActions = {ConsoleAction::deleteUser(arn)};
    if (!request.tags.isEmpty())
        edit.actions << ConsoleAction::tag(EntityKind::User, arn);
    const bool withPassword = !request.consolePassword.isEmpty();
    if (withPassword) {
        edit.actions << ConsoleAction::createLoginProfile(arn);
        edit.undoActions << ConsoleAction::deleteLoginProfile(arn);
    }
    for (const QString& groupName : request.groups) {
        const QString groupArn = arnOf(EntityKind::Group, request.accountId, groupName);
        edit.actions << ConsoleAction::addUserToGroup(groupArn);
        edit.undoActions << ConsoleAction::removeUserFromGroup(groupArn);
    }
    std::optional<User> created;
    edit.work = [&]() -> Result<void> {
        // Checked first: a refused password must not leave a user behind.
        if (withPassword)
            if (auto r = m_directory->checkNewPassword(request.accountId, request.name,
                                                       request.consolePassword);
                !r)
                return r;
        if (auto r = checkAccountQuota(*m_directory, EntityKind::User, request.accountId); !r)
            return r;
        auto user =
            m_directory->createUser(request.accountId, request.name, request.path, request.tags);
        if (!user)
            return user.error();
        if (withPassword)
            if (auto r = m_directory->setLoginProfile(request.accountId, request.name,
                                                      PasswordHasher::hash(request.consolePassword),
                                                      request.passwordResetRequired);
                !r)
                return r;
        for (const QString& groupName : request.groups)
            if (auto r = m_directory->addUserToGroup(request.accountId, groupName, request.name);
                !r)
                return r;
        created = m_directory->user(request.accountId, request.name);
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return *created;
}

Result<User> DirectoryAdmin::updateUser(const QString& accountId, const QString& name,
                                        const QString& newName, const QString& newPath)
{
    const auto current = m_directory->user(accountId, name);
    const QString oldArn = arnOf(EntityKind::User, accountId, name);
    const QString newArn =
        Arn::user(accountId,
                  newPath.isEmpty() ? (current ? current->path : QStringLiteral("/")) : newPath,
                  newName.isEmpty() ? name : newName)
            .toString();
    Edit edit;
    edit.text = newName.isEmpty() || newName == name
                    ? tr("Update user %1").arg(name)
                    : tr("Rename user %1 to %2").arg(name, newName);
    edit.actions = {ConsoleAction::updateUser(oldArn), ConsoleAction::updateUser(newArn)};
    edit.undoActions = {ConsoleAction::updateUser(newArn), ConsoleAction::updateUser(oldArn)};
    return runReturning<User>(
        edit, [&] { return m_directory->renameUser(accountId, name, newName, newPath); });
}

Result<void> DirectoryAdmin::setConsolePassword(const QString& accountId, const QString& userName,
                                                const QString& password, bool requireReset)
{
    const QString arn = arnOf(EntityKind::User, accountId, userName);
    const bool hadProfile = m_directory->loginProfile(accountId, userName).has_value();
    Edit edit;
    edit.text = hadProfile ? tr("Reset the console password of %1").arg(userName)
                           : tr("Enable console access for %1").arg(userName);
    edit.actions = {hadProfile ? ConsoleAction::updateLoginProfile(arn)
                               : ConsoleAction::createLoginProfile(arn)};
    edit.undoActions = {hadProfile ? ConsoleAction::updateLoginProfile(arn)
                                   : ConsoleAction::deleteLoginProfile(arn)};
    edit.work = [&]() -> Result<void> {
        if (!m_directory->user(accountId, userName))
            return IamError::noSuchEntity(
                tr("The user with name %1 cannot be found.").arg(userName));
        if (auto r = m_directory->checkNewPassword(accountId, userName, password); !r)
            return r;
        return m_directory->setLoginProfile(accountId, userName, PasswordHasher::hash(password),
                                            requireReset);
    };
    return run(edit);
}

Result<void> DirectoryAdmin::removeConsolePassword(const QString& accountId,
                                                   const QString& userName)
{
    const QString arn = arnOf(EntityKind::User, accountId, userName);
    Edit edit;
    edit.text = tr("Disable console access for %1").arg(userName);
    edit.actions = {ConsoleAction::deleteLoginProfile(arn)};
    edit.undoActions = {ConsoleAction::createLoginProfile(arn)};
    edit.work = [&] { return m_directory->deleteLoginProfile(accountId, userName); };
    return run(edit);
}

UserDependents DirectoryAdmin::userDependents(const QString& accountId, const QString& name) const
{
    UserDependents dependents;
    dependents.accessKeys = m_directory->accessKeys(accountId, name);
    dependents.mfaDevices = m_directory->mfaDevices(accountId, name);
    dependents.groups = m_directory->groupsForUser(accountId, name);
    dependents.attachedPolicies = m_directory->attachedPolicies(EntityKind::User, accountId, name);
    dependents.inlinePolicies = m_directory->inlinePolicies(EntityKind::User, accountId, name);
    dependents.hasLoginProfile = m_directory->loginProfile(accountId, name).has_value();
    return dependents;
}

Result<void> DirectoryAdmin::deleteUser(const QString& accountId, const QString& name)
{
    const QString arn = arnOf(EntityKind::User, accountId, name);
    Edit edit;
    edit.text = tr("Delete user %1").arg(name);
    edit.actions = {ConsoleAction::deleteUser(arn)};
    edit.undoActions = {ConsoleAction::createUser(arn)};
    edit.work = [&] { return m_directory->deleteUser(accountId, name); };
    return run(edit);
}

void DirectoryAdmin::deleteUserWithDependents(const QString& accountId, const QString& name,
                                              std::function<void(Result<void>)> done)
{
    const UserDependents dependents = userDependents(accountId, name);
    const QString arn = arnOf(EntityKind::User, accountId, name);
    Edit edit;
    edit.text = tr("Delete user %1").arg(name);
    edit.actions = {ConsoleAction::deleteUser(arn)};
    edit.undoActions = {ConsoleAction::createUser(arn)};
    if (!dependents.accessKeys.isEmpty())
        edit.actions << ConsoleAction::deleteAccessKey(arn);
    if (!dependents.mfaDevices.isEmpty())
        edit.actions << ConsoleAction::deactivateMfaDevice(arn);
    for (const Group& group : dependents.groups) {
        edit.actions << ConsoleAction::removeUserFromGroup(group.arn().toString());
        edit.undoActions << ConsoleAction::addUserToGroup(group.arn().toString());
    }
    if (!dependents.attachedPolicies.isEmpty()) {
        edit.actions << ConsoleAction::detachPolicy(EntityKind::User, arn);
        edit.undoActions << ConsoleAction::attachPolicy(EntityKind::User, arn);
    }
    if (!dependents.inlinePolicies.isEmpty()) {
        edit.actions << ConsoleAction::deleteInlinePolicy(EntityKind::User, arn);
        edit.undoActions << ConsoleAction::putInlinePolicy(EntityKind::User, arn);
    }
    if (dependents.hasLoginProfile) {
        edit.actions << ConsoleAction::deleteLoginProfile(arn);
        edit.undoActions << ConsoleAction::createLoginProfile(arn);
    }
    Directory* directory = m_directory;
    edit.work = [=]() -> Result<void> {
        for (const Group& group : dependents.groups)
            if (auto r = directory->removeUserFromGroup(accountId, group.name, name); !r)
                return r;
        for (const ManagedPolicy& policy : dependents.attachedPolicies)
            if (auto r = directory->detachPolicy(EntityKind::User, accountId, name, policy.arn); !r)
                return r;
        for (const InlinePolicy& policy : dependents.inlinePolicies)
            if (auto r =
                    directory->deleteInlinePolicy(EntityKind::User, accountId, name, policy.name);
                !r)
                return r;
        if (dependents.hasLoginProfile)
            if (auto r = directory->deleteLoginProfile(accountId, name); !r)
                return r;
        return directory->deleteUser(accountId, name);
    };
    // Secrets cannot be put back: such a delete is final.
    edit.undoable = dependents.accessKeys.isEmpty() && dependents.mfaDevices.isEmpty();

    if (auto allowed = authorizeAll(edit.actions); !allowed) {
        finishLater(this, std::move(done), refused(edit.actions.first(), allowed.error()));
        return;
    }
    if (edit.undoable) {
        finishLater(this, std::move(done), run(edit));
        return;
    }
    if ((!dependents.accessKeys.isEmpty() && !m_accessKeys) ||
        (!dependents.mfaDevices.isEmpty() && !m_mfaDevices)) {
        finishLater(this, std::move(done), refused(edit.actions.first(), noSecretStore()));
        return;
    }
    QStringList serials;
    for (const MfaDeviceInfo& device : dependents.mfaDevices)
        serials << device.serialNumber;
    auto finish = [this, edit, done](Result<void> removed) {
        if (!removed) {
            done(refused(edit.actions.first(), removed.error()));
            return;
        }
        done(run(edit));
    };
    auto removeDevices = [this, serials, finish](Result<void> keysRemoved) {
        if (!keysRemoved) {
            finish(keysRemoved);
            return;
        }
        removeMfaDevices(serials, finish);
    };
    if (dependents.accessKeys.isEmpty())
        finishLater(this, removeDevices, Result<void>());
    else
        m_accessKeys->removeAll(accountId, name, removeDevices);
}

void DirectoryAdmin::removeMfaDevices(QStringList serialNumbers,
                                      std::function<void(Result<void>)> done)
{
    if (serialNumbers.isEmpty()) {
        finishLater(this, std::move(done), Result<void>());
        return;
    }
    const QString first = serialNumbers.takeFirst();
    m_mfaDevices->remove(
        first, [this, rest = std::move(serialNumbers), done = std::move(done)](Result<void> r) {
            if (!r) {
                done(r);
                return;
            }
            removeMfaDevices(rest, done);
        });
}

// ---------------------------------------------------------------------------
// Groups

Result<Group> DirectoryAdmin::createGroup(const QString& accountId, const QString& name,
                                          const QString& path)
{
    const QString arn = Arn::group(accountId, path, name).toString();
    Edit edit;
    edit.text = tr("Create group %1").arg(name);
    edit.actions = {ConsoleAction::createGroup(arn)};
    edit.undoActions = {ConsoleAction::deleteGroup(arn)};
    return runReturning<Group>(edit, [&]() -> Result<Group> {
        if (auto r = checkAccountQuota(*m_directory, EntityKind::Group, accountId); !r)
            return r.error();
        return m_directory->createGroup(accountId, name, path);
    });
}

Result<Group> DirectoryAdmin::updateGroup(const QString& accountId, const QString& name,
                                          const QString& newName, const QString& newPath)
{
    const auto current = m_directory->group(accountId, name);
    const QString oldArn = arnOf(EntityKind::Group, accountId, name);
    const QString newArn =
        Arn::group(accountId,
                   newPath.isEmpty() ? (current ? current->path : QStringLiteral("/")) : newPath,
                   newName.isEmpty() ? name : newName)
            .toString();
    Edit edit;
    edit.text = newName.isEmpty() || newName == name
                    ? tr("Update group %1").arg(name)
                    : tr("Rename group %1 to %2").arg(name, newName);
    edit.actions = {ConsoleAction::updateGroup(oldArn), ConsoleAction::updateGroup(newArn)};
    edit.undoActions = {ConsoleAction::updateGroup(newArn), ConsoleAction::updateGroup(oldArn)};
    return runReturning<Group>(
        edit, [&] { return m_directory->renameGroup(accountId, name, newName, newPath); });
}

Result<void> DirectoryAdmin::deleteGroup(const QString& accountId, const QString& name,
                                         bool removeMembersAndPolicies)
{
    const QString arn = arnOf(EntityKind::Group, accountId, name);
    Edit edit;
    edit.text = tr("Delete group %1").arg(name);
    edit.actions = {ConsoleAction::deleteGroup(arn)};
    edit.undoActions = {ConsoleAction::createGroup(arn)};
    QList<User> members;
    QList<ManagedPolicy> attached;
    QList<InlinePolicy> inlines;
    if (removeMembersAndPolicies) {
        members = m_directory->usersInGroup(accountId, name);
        attached = m_directory->attachedPolicies(EntityKind::Group, accountId, name);
        inlines = m_directory->inlinePolicies(EntityKind::Group, accountId, name);
    }
    if (!members.isEmpty()) {
        edit.actions << ConsoleAction::removeUserFromGroup(arn);
        edit.undoActions << ConsoleAction::addUserToGroup(arn);
    }
    if (!attached.isEmpty()) {
        edit.actions << ConsoleAction::detachPolicy(EntityKind::Group, arn);
        edit.undoActions << ConsoleAction::attachPolicy(EntityKind::Group, arn);
    }
    if (!inlines.isEmpty()) {
        edit.actions << ConsoleAction::deleteInlinePolicy(EntityKind::Group, arn);
        edit.undoActions << ConsoleAction::putInlinePolicy(EntityKind::Group, arn);
    }
    edit.work = [&]() -> Result<void> {
        for (const User& member : members)
            if (auto r = m_directory->removeUserFromGroup(accountId, name, member.name); !r)
                return r;
        for (const ManagedPolicy& policy : attached)
            if (auto r = m_directory->detachPolicy(EntityKind::Group, accountId, name, policy.arn);
                !r)
                return r;
        for (const InlinePolicy& policy : inlines)
            if (auto r = m_directory->deleteInlinePolicy(EntityKind::Group, accountId, name,
                                                         policy.name);
                !r)
                return r;
        return m_directory->deleteGroup(accountId, name);
    };
    return run(edit);
}

Result<void> DirectoryAdmin::addUsersToGroup(const QString& accountId, const QString& groupName,
                                             const QStringList& userNames)
{
    const QString arn = arnOf(EntityKind::Group, accountId, groupName);
    Edit edit;
    edit.text = userNames.size() == 1
                    ? tr("Add %1 to group %2").arg(userNames.first(), groupName)
                    : tr("Add %1 users to group %2").arg(userNames.size()).arg(groupName);
    edit.actions = {ConsoleAction::addUserToGroup(arn)};
    edit.undoActions = {ConsoleAction::removeUserFromGroup(arn)};
    edit.work = [&]() -> Result<void> {
        // Members already in stay as they are (the directory skips them).
        for (const QString& userName : userNames)
            if (auto r = m_directory->addUserToGroup(accountId, groupName, userName); !r)
                return r;
        return {};
    };
    return run(edit);
}

Result<void> DirectoryAdmin::removeUsersFromGroup(const QString& accountId,
                                                  const QString& groupName,
                                                  const QStringList& userNames)
{
    const QString arn = arnOf(EntityKind::Group, accountId, groupName);
    Edit edit;
    edit.text = userNames.size() == 1
                    ? tr("Remove %1 from group %2").arg(userNames.first(), groupName)
                    : tr("Remove %1 users from group %2").arg(userNames.size()).arg(groupName);
    edit.actions = {ConsoleAction::removeUserFromGroup(arn)};
    edit.undoActions = {ConsoleAction::addUserToGroup(arn)};
    edit.work = [&]() -> Result<void> {
        for (const QString& userName : userNames)
            if (auto r = m_directory->removeUserFromGroup(accountId, groupName, userName); !r)
                return r;
        return {};
    };
    return run(edit);
}

Result<void> DirectoryAdmin::setGroupMembers(const QString& accountId, const QString& groupName,
                                             const QStringList& memberNames)
{
    QStringList current;
    for (const User& user : m_directory->usersInGroup(accountId, groupName))
        current << user.name;
    QStringList added;
    for (const QString& name : memberNames)
        if (!current.contains(name) && !added.contains(name))
            added << name;
    QStringList removed;
    for (const QString& name : std::as_const(current))
        if (!memberNames.contains(name))
            removed << name;
    const QString arn = arnOf(EntityKind::Group, accountId, groupName);
    Edit edit;
    edit.text = tr("Change the members of group %1").arg(groupName);
    if (!m_directory->group(accountId, groupName)) {
        // Authorized first, like any edit: the caller learns nothing it may not ask.
        edit.actions = {ConsoleAction::addUserToGroup(arn)};
        edit.work = [&] {
            return Result<void>(IamError::noSuchEntity(EntityKind::Group, groupName));
        };
        return run(edit);
    }
    if (added.isEmpty() && removed.isEmpty())
        return {};
    edit.auditEachAction = true;
    if (!added.isEmpty()) {
        edit.actions << ConsoleAction::addUserToGroup(arn);
        edit.undoActions << ConsoleAction::removeUserFromGroup(arn);
    }
    if (!removed.isEmpty()) {
        edit.actions << ConsoleAction::removeUserFromGroup(arn);
        edit.undoActions << ConsoleAction::addUserToGroup(arn);
    }
    edit.work = [&]() -> Result<void> {
        for (const QString& userName : std::as_const(added))
            if (auto r = m_directory->addUserToGroup(accountId, groupName, userName); !r)
                return r;
        for (const QString& userName : std::as_const(removed))
            if (auto r = m_directory->removeUserFromGroup(accountId, groupName, userName); !r)
                return r;
        return {};
    };
    return run(edit);
}

// ---------------------------------------------------------------------------
// Roles

Result<Role> DirectoryAdmin::createRole(const Role& role, const QStringList& attachPolicyArns)
{
    const QString arn = Arn::role(role.accountId, role.path, role.name).toString();
    Edit edit;
    edit.text = tr("Create role %1").arg(role.name);
    edit.actions = {ConsoleAction::createRole(arn)};
    edit.undoActions = {ConsoleAction::deleteRole(arn)};
    if (!role.tags.isEmpty())
        edit.actions << ConsoleAction::tag(EntityKind::Role, arn);
    if (!role.permissionsBoundaryArn.isEmpty()) {
        edit.actions << ConsoleAction::putPermissionsBoundary(EntityKind::Role, arn);
        edit.undoActions << ConsoleAction::deletePermissionsBoundary(EntityKind::Role, arn);
    }
    if (!attachPolicyArns.isEmpty()) {
        edit.actions << ConsoleAction::attachPolicy(EntityKind::Role, arn);
        edit.undoActions << ConsoleAction::detachPolicy(EntityKind::Role, arn);
    }
    std::optional<Role> created;
    edit.work = [&]() -> Result<void> {
        if (auto r = checkAccountQuota(*m_directory, EntityKind::Role, role.accountId); !r)
            return r;
        auto made = m_directory->createRole(role);
        if (!made)
            return made.error();
        for (const QString& policyArn : attachPolicyArns)
            if (auto r = m_directory->attachPolicy(EntityKind::Role, role.accountId, role.name,
                                                   policyArn);
                !r)
                return r;
        created = std::move(made).value();
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return *created;
}

Result<Role> DirectoryAdmin::updateRole(const QString& accountId, const QString& name,
                                        const QString& description, int maxSessionDuration)
{
    const QString arn = arnOf(EntityKind::Role, accountId, name);
    Edit edit;
    edit.text = tr("Edit role %1").arg(name);
    edit.actions = {ConsoleAction::updateRole(arn)};
    edit.undoActions = {ConsoleAction::updateRole(arn)};
    return runReturning<Role>(edit, [&] {
        return m_directory->updateRole(accountId, name, description, maxSessionDuration);
    });
}

Result<Role> DirectoryAdmin::updateRoleSettings(const QString& accountId, const QString& name,
                                                const QString& description, int maxSessionDuration,
                                                const QString& permissionsBoundaryArn)
{
    const QString arn = arnOf(EntityKind::Role, accountId, name);
    const auto role = m_directory->role(accountId, name);
    if (!role) {
        // Authorized first, like any edit: the caller learns nothing it may not ask.
        Edit edit;
        edit.text = tr("Edit role %1").arg(name);
        edit.actions = {ConsoleAction::updateRole(arn)};
        return runReturning<Role>(
            edit, [&] { return Result<Role>(IamError::noSuchEntity(EntityKind::Role, name)); });
    }
    const bool settingsChange =
        description != role->description || maxSessionDuration != role->maxSessionDuration;
    const bool boundaryChanges = permissionsBoundaryArn != role->permissionsBoundaryArn;
    if (!settingsChange && !boundaryChanges)
        return *role;
    const auto boundaryAction = [&](const QString& boundary) {
        return boundary.isEmpty() ? ConsoleAction::deletePermissionsBoundary(EntityKind::Role, arn)
                                  : ConsoleAction::putPermissionsBoundary(EntityKind::Role, arn);
    };
    Edit edit;
    edit.text = tr("Edit role %1").arg(name);
    edit.auditEachAction = true;
    if (settingsChange) {
        edit.actions << ConsoleAction::updateRole(arn);
        edit.undoActions << ConsoleAction::updateRole(arn);
    }
    if (boundaryChanges) {
        edit.actions << boundaryAction(permissionsBoundaryArn);
        edit.undoActions << boundaryAction(role->permissionsBoundaryArn);
    }
    return runReturning<Role>(edit, [&]() -> Result<Role> {
        if (settingsChange)
            if (auto r = m_directory->updateRole(accountId, name, description, maxSessionDuration);
                !r)
                return r.error();
        if (boundaryChanges)
            if (auto r = m_directory->setPermissionsBoundary(EntityKind::Role, accountId, name,
                                                             permissionsBoundaryArn);
                !r)
                return r.error();
        const auto updated = m_directory->role(accountId, name);
        if (!updated)
            return IamError::noSuchEntity(EntityKind::Role, name);
        return *updated;
    });
}

Result<Role> DirectoryAdmin::updateAssumeRolePolicy(const QString& accountId, const QString& name,
                                                    const QString& trustPolicy)
{
    const QString arn = arnOf(EntityKind::Role, accountId, name);
    Edit edit;
    edit.text = tr("Edit the trust policy of role %1").arg(name);
    edit.actions = {ConsoleAction::updateAssumeRolePolicy(arn)};
    edit.undoActions = {ConsoleAction::updateAssumeRolePolicy(arn)};
    return runReturning<Role>(
        edit, [&] { return m_directory->updateAssumeRolePolicy(accountId, name, trustPolicy); });
}

Result<void> DirectoryAdmin::setPermissionsBoundary(EntityKind kind, const QString& accountId,
                                                    const QString& name, const QString& policyArn)
{
    const QString arn = arnOf(kind, accountId, name);
    QString previous;
    if (kind == EntityKind::User)
        if (const auto user = m_directory->user(accountId, name))
            previous = user->permissionsBoundaryArn;
    if (kind == EntityKind::Role)
        if (const auto role = m_directory->role(accountId, name))
            previous = role->permissionsBoundaryArn;
    const auto boundaryAction = [&](const QString& boundary) {
        return boundary.isEmpty() ? ConsoleAction::deletePermissionsBoundary(kind, arn)
                                  : ConsoleAction::putPermissionsBoundary(kind, arn);
    };
    Edit edit;
    edit.text = policyArn.isEmpty()
                    ? tr("Remove the permissions boundary of %1 %2").arg(kindLabel(kind), name)
                    : tr("Set the permissions boundary of %1 %2").arg(kindLabel(kind), name);
    edit.actions = {boundaryAction(policyArn)};
    edit.undoActions = {boundaryAction(previous)};
    edit.work = [&] {
        return m_directory->setPermissionsBoundary(kind, accountId, name, policyArn);
    };
    return run(edit);
}

Result<void> DirectoryAdmin::deleteRole(const QString& accountId, const QString& name,
                                        bool removePolicies)
{
    const QString arn = arnOf(EntityKind::Role, accountId, name);
    Edit edit;
    edit.text = tr("Delete role %1").arg(name);
    edit.actions = {ConsoleAction::deleteRole(arn)};
    edit.undoActions = {ConsoleAction::createRole(arn)};
    QList<ManagedPolicy> attached;
    QList<InlinePolicy> inlines;
    if (removePolicies) {
        attached = m_directory->attachedPolicies(EntityKind::Role, accountId, name);
        inlines = m_directory->inlinePolicies(EntityKind::Role, accountId, name);
    }
    if (!attached.isEmpty()) {
        edit.actions << ConsoleAction::detachPolicy(EntityKind::Role, arn);
        edit.undoActions << ConsoleAction::attachPolicy(EntityKind::Role, arn);
    }
    if (!inlines.isEmpty()) {
        edit.actions << ConsoleAction::deleteInlinePolicy(EntityKind::Role, arn);
        edit.undoActions << ConsoleAction::putInlinePolicy(EntityKind::Role, arn);
    }
    edit.work = [&]() -> Result<void> {
        for (const ManagedPolicy& policy : attached)
            if (auto r = m_directory->detachPolicy(EntityKind::Role, accountId, name, policy.arn);
                !r)
                return r;
        for (const InlinePolicy& policy : inlines)
            if (auto r =
                    m_directory->deleteInlinePolicy(EntityKind::Role, accountId, name, policy.name);
                !r)
                return r;
        return m_directory->deleteRole(accountId, name);
    };
    return run(edit);
}

// ---------------------------------------------------------------------------
// Policies

namespace {
QString policyName(const Directory& directory, const QString& policyArn)
{
    const auto policy = directory.policy(policyArn);
    return policy ? policy->name : policyArn;
}
} // namespace

Result<ManagedPolicy> DirectoryAdmin::createPolicy(const QString& accountId, const QString& name,
                                                   const QString& document, const QString& path,
                                                   const QString& description)
{
    const QString arn = Arn::policy(accountId, path, name).toString();
    Edit edit;
    edit.text = tr("Create policy %1").arg(name);
    edit.actions = {ConsoleAction::createPolicy(arn)};
    edit.undoActions = {ConsoleAction::deletePolicy(arn)};
    return runReturning<ManagedPolicy>(edit, [&]() -> Result<ManagedPolicy> {
        if (auto r = checkAccountQuota(*m_directory, EntityKind::Policy, accountId); !r)
            return r.error();
        return m_directory->createPolicy(accountId, name, document, path, description);
    });
}

Result<PolicyVersion> DirectoryAdmin::createPolicyVersion(const QString& policyArn,
                                                          const QString& document,
                                                          bool setAsDefault)
{
    Edit edit;
    edit.text = tr("Create a version of policy %1").arg(policyName(*m_directory, policyArn));
    edit.actions = {ConsoleAction::createPolicyVersion(policyArn)};
    edit.undoActions = {ConsoleAction::deletePolicyVersion(policyArn)};
    if (setAsDefault)
        edit.undoActions << ConsoleAction::setDefaultPolicyVersion(policyArn);
    return runReturning<PolicyVersion>(
        edit, [&] { return m_directory->createPolicyVersion(policyArn, document, setAsDefault); });
}

Result<void> DirectoryAdmin::setDefaultPolicyVersion(const QString& policyArn,
                                                     const QString& versionId)
{
    Edit edit;
    edit.text = tr("Make %1 the default version of policy %2")
                    .arg(versionId, policyName(*m_directory, policyArn));
    edit.actions = {ConsoleAction::setDefaultPolicyVersion(policyArn)};
    edit.undoActions = {ConsoleAction::setDefaultPolicyVersion(policyArn)};
    edit.work = [&] { return m_directory->setDefaultPolicyVersion(policyArn, versionId); };
    return run(edit);
}

Result<void> DirectoryAdmin::deletePolicyVersion(const QString& policyArn, const QString& versionId)
{
    Edit edit;
    edit.text =
        tr("Delete version %1 of policy %2").arg(versionId, policyName(*m_directory, policyArn));
    edit.actions = {ConsoleAction::deletePolicyVersion(policyArn)};
    edit.undoActions = {ConsoleAction::createPolicyVersion(policyArn)};
    edit.work = [&] { return m_directory->deletePolicyVersion(policyArn, versionId); };
    return run(edit);
}

Result<void> DirectoryAdmin::deletePolicy(const QString& policyArn, bool detachFirst)
{
    Edit edit;
    edit.text = tr("Delete policy %1").arg(policyName(*m_directory, policyArn));
    edit.actions = {ConsoleAction::deletePolicy(policyArn)};
    edit.undoActions = {ConsoleAction::createPolicy(policyArn)};
    // The console deletes the other versions with the policy, as AWS asks.
    if (m_directory->policyVersions(policyArn).size() > 1) {
        edit.actions << ConsoleAction::deletePolicyVersion(policyArn);
        edit.undoActions << ConsoleAction::createPolicyVersion(policyArn);
    }
    QList<Directory::EntityRef> attachments;
    if (detachFirst)
        attachments = m_directory->policyAttachments(policyArn);
    for (const Directory::EntityRef& entity : attachments) {
        const QString entityArn = arnOf(entity.kind, entity.accountId, entity.name);
        edit.actions << ConsoleAction::detachPolicy(entity.kind, entityArn);
        edit.undoActions << ConsoleAction::attachPolicy(entity.kind, entityArn);
    }
    edit.work = [&]() -> Result<void> {
        for (const Directory::EntityRef& entity : attachments)
            if (auto r = m_directory->detachPolicy(entity.kind, entity.accountId, entity.name,
                                                   policyArn);
                !r)
                return r;
        return m_directory->deletePolicy(policyArn);
    };
    return run(edit);
}

Result<void> DirectoryAdmin::putInlinePolicy(EntityKind kind, const QString& accountId,
                                             const QString& name, const InlinePolicy& policy)
{
    const QString arn = arnOf(kind, accountId, name);
    QStringList existing;
    for (const InlinePolicy& p : m_directory->inlinePolicies(kind, accountId, name))
        existing << p.name;
    const bool replaces = containsIgnoringCase(existing, policy.name);
    Edit edit;
    edit.text = replaces ? tr("Edit inline policy %1 of %2").arg(policy.name, name)
                         : tr("Add inline policy %1 to %2").arg(policy.name, name);
    edit.actions = {ConsoleAction::putInlinePolicy(kind, arn)};
    edit.undoActions = {replaces ? ConsoleAction::putInlinePolicy(kind, arn)
                                 : ConsoleAction::deleteInlinePolicy(kind, arn)};
    edit.work = [&] { return m_directory->putInlinePolicy(kind, accountId, name, policy); };
    return run(edit);
}

Result<void> DirectoryAdmin::deleteInlinePolicy(EntityKind kind, const QString& accountId,
                                                const QString& name, const QString& policyName)
{
    const QString arn = arnOf(kind, accountId, name);
    Edit edit;
    edit.text = tr("Delete inline policy %1 of %2").arg(policyName, name);
    edit.actions = {ConsoleAction::deleteInlinePolicy(kind, arn)};
    edit.undoActions = {ConsoleAction::putInlinePolicy(kind, arn)};
    edit.work = [&] { return m_directory->deleteInlinePolicy(kind, accountId, name, policyName); };
    return run(edit);
}

Result<void> DirectoryAdmin::attachPolicies(EntityKind kind, const QString& accountId,
                                            const QString& name, const QStringList& policyArns)
{
    const QString arn = arnOf(kind, accountId, name);
    Edit edit;
    edit.text = policyArns.size() == 1
                    ? tr("Attach %1 to %2").arg(policyName(*m_directory, policyArns.first()), name)
                    : tr("Attach %1 policies to %2").arg(policyArns.size()).arg(name);
    edit.actions = {ConsoleAction::attachPolicy(kind, arn)};
    edit.undoActions = {ConsoleAction::detachPolicy(kind, arn)};
    edit.work = [&]() -> Result<void> {
        for (const QString& policyArn : policyArns)
            if (auto r = m_directory->attachPolicy(kind, accountId, name, policyArn); !r)
                return r;
        return {};
    };
    return run(edit);
}

Result<void> DirectoryAdmin::detachPolicy(EntityKind kind, const QString& accountId,
                                          const QString& name, const QString& policyArn)
{
    const QString arn = arnOf(kind, accountId, name);
    Edit edit;
    edit.text = tr("Detach %1 from %2").arg(policyName(*m_directory, policyArn), name);
    edit.actions = {ConsoleAction::detachPolicy(kind, arn)};
    edit.undoActions = {ConsoleAction::attachPolicy(kind, arn)};
    edit.work = [&] { return m_directory->detachPolicy(kind, accountId, name, policyArn); };
    return run(edit);
}

Result<void> DirectoryAdmin::tagEntity(EntityKind kind, const QString& accountId,
                                       const QString& name, const TagList& tags)
{
    const QString arn = arnOf(kind, accountId, name);
    TagList current;
    if (kind == EntityKind::User)
        if (const auto user = m_directory->user(accountId, name))
            current = user->tags;
    if (kind == EntityKind::Role)
        if (const auto role = m_directory->role(accountId, name))
            current = role->tags;
    QStringList currentKeys;
    for (const Tag& tag : current)
        currentKeys << tag.key;
    const bool overwrites = std::any_of(tags.cbegin(), tags.cend(), [&](const Tag& tag) {
        return containsIgnoringCase(currentKeys, tag.key);
    });
    Edit edit;
    edit.text = tr("Tag %1").arg(name);
    edit.actions = {ConsoleAction::tag(kind, arn)};
    edit.undoActions = {ConsoleAction::untag(kind, arn)};
    if (overwrites)
        edit.undoActions << ConsoleAction::tag(kind, arn);
    edit.work = [&] { return m_directory->tagEntity(kind, accountId, name, tags); };
    return run(edit);
}

Result<void> DirectoryAdmin::untagEntity(EntityKind kind, const QString& accountId,
                                         const QString& name, const QStringList& keys)
{
    const QString arn = arnOf(kind, accountId, name);
    Edit edit;
    edit.text = tr("Remove tags of %1").arg(name);
    edit.actions = {ConsoleAction::untag(kind, arn)};
    edit.undoActions = {ConsoleAction::tag(kind, arn)};
    edit.work = [&] { return m_directory->untagEntity(kind, accountId, name, keys); };
    return run(edit);
}

// ---------------------------------------------------------------------------
// Import

QString DirectoryAdmin::importEventName()
{
    return QStringLiteral("ImportAuthorizationDetails");
}

DirectoryAdmin::SavedRolesImport DirectoryAdmin::importSavedRoles(const QString& path)
{
    std::optional<Result<AwsConfigImporter::Summary>> summary;
    // The roles and their record are one transaction: a refused import is
    // recorded too, and roles whose record cannot be written are not saved.
    auto recorded = m_directory->runInTransaction([&]() -> Result<void> {
        summary = AwsConfigImporter(*m_directory).importFile(path, m_session->userIdentity().arn());
        return m_session->recordEvent(QStringLiteral("ImportAwsConfig"), path, summary->ok(),
                                      summary->ok() ? QString::number((*summary)->bookmarks.size())
                                                    : summary->error().message());
    });
    if (!recorded)
        return {recorded.error(), std::move(recorded)};
    return {std::move(*summary), std::move(recorded)};
}

Result<ImportSummary>
DirectoryAdmin::importAuthzDetails(const QList<AuthzDetailsImporter::Source>& sources,
                                   const AuthzDetailsImporter::Options& options,
                                   const NewRootUser& firstRoot)
{
    AuthzDetailsImporter importer(*m_directory);
    const auto plan = importer.plan(sources, options);
    if (!plan) {
        QStringList files;
        for (const auto& source : sources)
            files << source.name;
        return refused({importEventName(), files.join(QStringLiteral(", "))}, plan.error());
    }
    Edit edit;
    edit.text = tr("Import account %1").arg(plan->accountId);
    edit.event = importEventName();
    edit.target = plan->accountId;
    edit.actions = plan->actions;
    edit.undoActions = plan->undoActions;
    std::optional<ImportSummary> summary;
    edit.work = [&]() -> Result<void> {
        auto applied = importer.apply(plan.value());
        if (!applied)
            return applied.error();
        summary = std::move(applied).value();
        const auto atQuota = accountQuotaWarnings(*m_directory, plan->accountId);
        if (!atQuota)
            return atQuota.error();
        summary->warnings << *atQuota;
        // The organization's first account: its root user is the way in.
        if (plan->target == ImportPlan::Target::FirstAccount && !firstRoot.email.isEmpty()) {
            const auto password = createRootUser(plan->accountId, firstRoot);
            if (!password)
                return password.error();
            summary->rootEmail = firstRoot.email.trimmed();
            summary->generatedRootPassword = password.value();
        }
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return *summary;
}

// ---------------------------------------------------------------------------
// Organization

namespace {
// A 12-digit id no account of the directory has, never starting with 0 (as AWS's).
QString freshAccountId(const Directory& directory)
{
    for (;;) {
        const QByteArray random = Random::bytes(12);
        QString id;
        for (int i = 0; i < 12; ++i)
            id += QChar(u'0' + (i == 0 ? 1 + quint8(random.at(i)) % 9 : quint8(random.at(i)) % 10));
        if (!directory.findAccount(id))
            return id;
    }
}
} // namespace

Result<QString> DirectoryAdmin::createRootUser(const QString& accountId, const NewRootUser& root)
{
    // AWS asks 8 to 128 characters of a root password.
    const QString password = root.password.isEmpty() ? Random::password() : root.password;
    if (password.size() < 8 || password.size() > 128)
        return IamError::validation(
            tr("The root user's password must be 8 to 128 characters long."));
    const auto created =
        m_directory->setRootUser(accountId, root.email, PasswordHasher::hash(password));
    if (!created)
        return created.error();
    return root.password.isEmpty() ? password : QString();
}

Result<CreatedAccount> DirectoryAdmin::createMemberAccount(const NewAccountRequest& request)
{
    const QString management = m_directory->managementAccountId();
    const QString accountId = freshAccountId(*m_directory);
    Edit edit;
    edit.text = tr("Add account %1").arg(request.name.trimmed());
    edit.actions = {ConsoleAction::createAccount()};
    edit.undoActions = {
        ConsoleAction::closeAccount(OrganizationIds::accountArn(management, accountId))};
    edit.target = accountId;
    CreatedAccount created;
    edit.work = [&]() -> Result<void> {
        if (management.isEmpty())
            return IamError(QStringLiteral("AWSOrganizationsNotInUseException"),
                            tr("Your account is not a member of an organization."), 400);
        if (auto r = m_directory->createAccount(accountId); !r)
            return r.error();
        if (auto r = m_directory->setMemberAccountName(accountId, request.name); !r)
            return r;
        const auto password = createRootUser(accountId, request.root);
        if (!password)
            return password.error();
        created.generatedRootPassword = password.value();
        if (auto r = OrganizationAccessRole::create(*m_directory, accountId, management,
                                                    request.accessRole);
            !r)
            return r;
        created.account = *m_directory->memberAccount(accountId);
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return created;
}

// ---------------------------------------------------------------------------
// Account password policy

Result<void> DirectoryAdmin::setPasswordPolicy(const QString& accountId,
                                               const PasswordPolicy& policy)
{
    const bool existed = m_directory->passwordPolicy(accountId).has_value();
    Edit edit;
    edit.text = tr("Change the password policy");
    edit.target = accountId;
    edit.actions = {ConsoleAction::updateAccountPasswordPolicy()};
    edit.undoActions = {existed ? ConsoleAction::updateAccountPasswordPolicy()
                                : ConsoleAction::deleteAccountPasswordPolicy()};
    edit.work = [&] { return m_directory->setPasswordPolicy(accountId, policy); };
    return run(edit);
}

Result<void> DirectoryAdmin::deletePasswordPolicy(const QString& accountId)
{
    Edit edit;
    edit.text = tr("Delete the password policy");
    edit.target = accountId;
    edit.actions = {ConsoleAction::deleteAccountPasswordPolicy()};
    edit.undoActions = {ConsoleAction::updateAccountPasswordPolicy()};
    edit.work = [&] { return m_directory->deletePasswordPolicy(accountId); };
    return run(edit);
}

// ---------------------------------------------------------------------------
// Service Quotas

Result<int> DirectoryAdmin::managedPoliciesQuota(const QString& accountId, EntityKind kind) const
{
    if (kind == EntityKind::Group)
        return Quotas::ManagedPoliciesPerEntity;
    return m_directory->accountQuota(accountId, kind == EntityKind::Role
                                                    ? QStringLiteral("PoliciesPerRole")
                                                    : QStringLiteral("PoliciesPerUser"));
}

Result<void> DirectoryAdmin::setManagedPoliciesQuota(const QString& accountId, EntityKind kind,
                                                     int value)
{
    const QString quota = kind == EntityKind::Role ? QStringLiteral("PoliciesPerRole")
                                                   : QStringLiteral("PoliciesPerUser");
    Edit edit;
    edit.text = tr("Set the managed policies per %1 to %2").arg(kindLabel(kind)).arg(value);
    edit.target = accountId;
    edit.actions = {ConsoleAction::requestServiceQuotaIncrease(accountId)};
    edit.undoActions = edit.actions;
    edit.work = [&]() -> Result<void> {
        if (kind != EntityKind::User && kind != EntityKind::Role)
            return IamError::invalidInput(
                tr("Only users and roles have a quota of managed policies to raise."));
        return m_directory->setAccountQuota(accountId, quota, value);
    };
    return run(edit);
}

// ---------------------------------------------------------------------------
// SAML providers

Result<SamlProvider> DirectoryAdmin::createSamlProvider(const QString& accountId,
                                                        const QString& name,
                                                        const QString& metadataDocument)
{
    const QString arn = SamlProvider::arnFor(accountId, name).toString();
    Edit edit;
    edit.text = tr("Create identity provider %1").arg(name);
    edit.actions = {ConsoleAction::createSamlProvider(arn)};
    edit.undoActions = {ConsoleAction::deleteSamlProvider(arn)};
    return runReturning<SamlProvider>(edit, [&]() -> Result<SamlProvider> {
        const auto metadata = SamlMetadata::parse(metadataDocument.toUtf8());
        if (!metadata)
            return metadata.error();
        return m_directory->createSamlProvider(accountId, name, metadataDocument,
                                               metadata->validUntil());
    });
}

Result<SamlProvider> DirectoryAdmin::updateSamlProvider(const QString& providerArn,
                                                        const QString& metadataDocument)
{
    const auto current = m_directory->samlProvider(providerArn);
    Edit edit;
    edit.text = tr("Update identity provider %1").arg(current ? current->name : providerArn);
    edit.actions = {ConsoleAction::updateSamlProvider(providerArn)};
    edit.undoActions = {ConsoleAction::updateSamlProvider(providerArn)};
    return runReturning<SamlProvider>(edit, [&]() -> Result<SamlProvider> {
        const auto metadata = SamlMetadata::parse(metadataDocument.toUtf8());
        if (!metadata)
            return metadata.error();
        return m_directory->updateSamlProvider(providerArn, metadataDocument,
                                               metadata->validUntil());
    });
}

Result<void> DirectoryAdmin::deleteSamlProvider(const QString& providerArn)
{
    const auto current = m_directory->samlProvider(providerArn);
    Edit edit;
    edit.text = tr("Delete identity provider %1").arg(current ? current->name : providerArn);
    edit.actions = {ConsoleAction::deleteSamlProvider(providerArn)};
    edit.undoActions = {ConsoleAction::createSamlProvider(providerArn)};
    edit.work = [&] { return m_directory->deleteSamlProvider(providerArn); };
    return run(edit);
}

Result<QList<SamlProvider>> DirectoryAdmin::listSamlProviders(const QString& accountId) const
{
    if (auto allowed = authorizeAll({ConsoleAction::listSamlProviders(accountId)}); !allowed)
        return allowed.error();
    return m_directory->samlProviders(accountId);
}

Result<SamlProvider> DirectoryAdmin::samlProvider(const QString& providerArn) const
{
    if (auto allowed = authorizeAll({ConsoleAction::getSamlProvider(providerArn)}); !allowed)
        return allowed.error();
    const auto provider = m_directory->samlProvider(providerArn);
    if (!provider)
        return IamError::noSuchEntity(
            QStringLiteral("Manifest not found for arn %1").arg(providerArn));
    return *provider;
}

// ---------------------------------------------------------------------------
// The organization's units and policies

namespace {
ConsoleAction organizationsAction(const char* action, const QString& resource)
{
    return ConsoleAction::organizationsAction(QLatin1String(action), resource);
}
} // namespace

QString DirectoryAdmin::organizationTargetArn(const QString& targetId) const
{
    const auto target = m_directory->organizationTarget(targetId);
    return target ? target->arn : targetId;
}

Result<OrganizationalUnit> DirectoryAdmin::createOrganizationalUnit(const QString& parentId,
                                                                    const QString& name)
{
    const QString ouId = m_directory->freshOrganizationalUnitId();
    const QString management = m_directory->managementAccountId();
    Edit edit;
    edit.text = tr("Create organizational unit %1").arg(name);
    edit.actions = {
        organizationsAction("CreateOrganizationalUnit", organizationTargetArn(parentId))};
    edit.undoActions = {organizationsAction(
        "DeleteOrganizationalUnit", OrganizationIds::organizationalUnitArn(management, ouId))};
    return runReturning<OrganizationalUnit>(
        edit, [&] { return m_directory->createOrganizationalUnit(parentId, name, ouId); });
}

Result<OrganizationalUnit> DirectoryAdmin::updateOrganizationalUnit(const QString& ouId,
                                                                    const QString& name)
{
    const ConsoleAction action =
        organizationsAction("UpdateOrganizationalUnit", organizationTargetArn(ouId));
    Edit edit;
    edit.text = tr("Rename organizational unit %1 to %2").arg(ouId, name);
    edit.actions = {action};
    edit.undoActions = {action};
    return runReturning<OrganizationalUnit>(
        edit, [&] { return m_directory->renameOrganizationalUnit(ouId, name); });
}

Result<void> DirectoryAdmin::deleteOrganizationalUnit(const QString& ouId)
{
    const auto unit = m_directory->organizationalUnit(ouId);
    Edit edit;
    edit.text = tr("Delete organizational unit %1").arg(unit ? unit->name : ouId);
    edit.actions = {organizationsAction("DeleteOrganizationalUnit", organizationTargetArn(ouId))};
    edit.undoActions = {organizationsAction("CreateOrganizationalUnit",
                                            organizationTargetArn(unit ? unit->parentId : ouId))};
    edit.work = [&] { return m_directory->deleteOrganizationalUnit(ouId); };
    return run(edit);
}

Result<void> DirectoryAdmin::moveAccount(const QString& accountId, const QString& sourceParentId,
                                         const QString& destinationParentId)
{
    const ConsoleAction action = organizationsAction(
        "MoveAccount", OrganizationIds::accountArn(m_directory->managementAccountId(), accountId));
    Edit edit;
    edit.text = tr("Move account %1 to %2").arg(accountId, destinationParentId);
    edit.actions = {action};
    edit.undoActions = {action};
    edit.work = [&] {
        return m_directory->moveAccount(accountId, sourceParentId, destinationParentId);
    };
    return run(edit);
}

Result<OrganizationPolicy> DirectoryAdmin::createOrganizationPolicy(const QString& name,
                                                                    const QString& description,
                                                                    OrganizationPolicy::Type type,
                                                                    const QString& content)
{
    const QString policyId = m_directory->freshOrganizationPolicyId();
    Edit edit;
    edit.text = tr("Create policy %1").arg(name);
    edit.actions = {organizationsAction("CreatePolicy", QStringLiteral("*"))};
    edit.undoActions = {organizationsAction(
        "DeletePolicy", OrganizationIds::policyArn(m_directory->managementAccountId(), policyId,
                                                   OrganizationPolicy::typeName(type), false))};
    return runReturning<OrganizationPolicy>(edit, [&] {
        return m_directory->createOrganizationPolicy(name, description, type, content, policyId);
    });
}

namespace {
QString policyArnOf(const Directory& directory, const QString& policyId)
{
    const auto policy = directory.organizationPolicy(policyId);
    return policy ? policy->arn : policyId;
}
} // namespace

Result<OrganizationPolicy> DirectoryAdmin::updateOrganizationPolicy(const QString& policyId,
                                                                    const QString& name,
                                                                    const QString& description,
                                                                    const QString& content)
{
    const ConsoleAction action =
        organizationsAction("UpdatePolicy", policyArnOf(*m_directory, policyId));
    Edit edit;
    edit.text = tr("Update policy %1").arg(policyId);
    edit.actions = {action};
    edit.undoActions = {action};
    return runReturning<OrganizationPolicy>(edit, [&] {
        return m_directory->updateOrganizationPolicy(policyId, name, description, content);
    });
}

Result<void> DirectoryAdmin::deleteOrganizationPolicy(const QString& policyId)
{
    Edit edit;
    edit.text = tr("Delete policy %1").arg(policyId);
    edit.actions = {organizationsAction("DeletePolicy", policyArnOf(*m_directory, policyId))};
    edit.undoActions = {organizationsAction("CreatePolicy", QStringLiteral("*"))};
    edit.work = [&] { return m_directory->deleteOrganizationPolicy(policyId); };
    return run(edit);
}

Result<void> DirectoryAdmin::attachOrganizationPolicy(const QString& policyId,
                                                      const QString& targetId)
{
    const QString arn = policyArnOf(*m_directory, policyId);
    Edit edit;
    edit.text = tr("Attach policy %1 to %2").arg(policyId, targetId);
    edit.actions = {organizationsAction("AttachPolicy", arn)};
    edit.undoActions = {organizationsAction("DetachPolicy", arn)};
    edit.target = organizationTargetArn(targetId);
    edit.work = [&] { return m_directory->attachOrganizationPolicy(policyId, targetId); };
    return run(edit);
}

Result<void> DirectoryAdmin::detachOrganizationPolicy(const QString& policyId,
                                                      const QString& targetId)
{
    const QString arn = policyArnOf(*m_directory, policyId);
    Edit edit;
    edit.text = tr("Detach policy %1 from %2").arg(policyId, targetId);
    edit.actions = {organizationsAction("DetachPolicy", arn)};
    edit.undoActions = {organizationsAction("AttachPolicy", arn)};
    edit.target = organizationTargetArn(targetId);
    edit.work = [&] { return m_directory->detachOrganizationPolicy(policyId, targetId); };
    return run(edit);
}

namespace {
IamError organizationsNotInUse()
{
    return IamError(QStringLiteral("AWSOrganizationsNotInUseException"),
                    QStringLiteral("Your account is not a member of an organization."), 400);
}

IamError parentNotFound(const QString& parentId)
{
    return IamError(
        QStringLiteral("ParentNotFoundException"),
        QStringLiteral("We can't find a root or OU with the ParentId %1.").arg(parentId), 400);
}
} // namespace

Result<QList<OrganizationTarget>> DirectoryAdmin::listRoots() const
{
    if (auto allowed = authorizeAll({organizationsAction("ListRoots", QStringLiteral("*"))});
        !allowed)
        return allowed.error();
    const auto root = m_directory->organizationTarget(m_directory->organizationRootId());
    if (!root)
        return organizationsNotInUse();
    return QList<OrganizationTarget>{*root};
}

Result<QList<OrganizationalUnit>>
DirectoryAdmin::listOrganizationalUnitsForParent(const QString& parentId) const
{
    if (auto allowed = authorizeAll({organizationsAction("ListOrganizationalUnitsForParent",
                                                         organizationTargetArn(parentId))});
        !allowed)
        return allowed.error();
    const auto parent = m_directory->organizationTarget(parentId);
    if (!parent || parent->type == OrganizationTarget::Type::Account)
        return parentNotFound(parentId);
    return m_directory->organizationalUnitsForParent(parentId);
}

Result<QList<MemberAccount>> DirectoryAdmin::listAccountsForParent(const QString& parentId) const
{
    if (auto allowed = authorizeAll(
            {organizationsAction("ListAccountsForParent", organizationTargetArn(parentId))});
        !allowed)
        return allowed.error();
    const auto parent = m_directory->organizationTarget(parentId);
    if (!parent || parent->type == OrganizationTarget::Type::Account)
        return parentNotFound(parentId);
    QList<MemberAccount> accounts;
    for (const QString& id : m_directory->accountsForParent(parentId))
        if (const auto account = m_directory->memberAccount(id))
            accounts.append(*account);
    return accounts;
}

Result<QList<OrganizationPolicy>>
DirectoryAdmin::listOrganizationPolicies(OrganizationPolicy::Type type) const
{
    if (auto allowed = authorizeAll({organizationsAction("ListPolicies", QStringLiteral("*"))});
        !allowed)
        return allowed.error();
    if (m_directory->managementAccountId().isEmpty())
        return organizationsNotInUse();
    return m_directory->organizationPolicies(type);
}

Result<OrganizationPolicy> DirectoryAdmin::describeOrganizationPolicy(const QString& policyId) const
{
    if (auto allowed = authorizeAll(
            {organizationsAction("DescribePolicy", policyArnOf(*m_directory, policyId))});
        !allowed)
        return allowed.error();
    const auto policy = m_directory->organizationPolicy(policyId);
    if (!policy)
        return IamError(
            QStringLiteral("PolicyNotFoundException"),
            QStringLiteral("We can't find a policy with the PolicyId %1.").arg(policyId), 400);
    return *policy;
}

Result<QList<OrganizationTarget>>
DirectoryAdmin::listTargetsForPolicy(const QString& policyId) const
{
    if (auto allowed = authorizeAll(
            {organizationsAction("ListTargetsForPolicy", policyArnOf(*m_directory, policyId))});
        !allowed)
        return allowed.error();
    if (!m_directory->organizationPolicy(policyId))
        return IamError(
            QStringLiteral("PolicyNotFoundException"),
            QStringLiteral("We can't find a policy with the PolicyId %1.").arg(policyId), 400);
    return m_directory->targetsForPolicy(policyId);
}

Result<QList<OrganizationPolicy>>
DirectoryAdmin::listPoliciesForTarget(const QString& targetId, OrganizationPolicy::Type type) const
{
    if (auto allowed = authorizeAll(
            {organizationsAction("ListPoliciesForTarget", organizationTargetArn(targetId))});
        !allowed)
        return allowed.error();
    if (!m_directory->organizationTarget(targetId))
        return IamError(QStringLiteral("TargetNotFoundException"),
                        QStringLiteral("We can't find a root, OU or account with the TargetId %1.")
                            .arg(targetId),
                        400);
    return m_directory->policiesForTarget(targetId, type);
}

Result<int> DirectoryAdmin::importOrganization(const OrganizationBundle& bundle)
{
    using Kind = OrganizationBundle::Step::Kind;
    const auto planned = bundle.plan(*m_directory);
    const QString management = m_directory->managementAccountId();
    const ConsoleAction event = organizationsAction("ImportOrganization", QStringLiteral("*"));
    if (!planned)
        return refused(event, planned.error());
    const QList<OrganizationBundle::Step>& steps = planned.value();
    Edit edit;
    edit.text = tr("Import the organization (%n step(s))", nullptr, int(steps.size()));
    edit.event = event.action;
    edit.target = OrganizationIds::organizationArn(management);
    // A policy the import creates has no ARN in the directory yet: the bundle gives its type.
    QHash<QString, OrganizationPolicy::Type> types;
    for (const OrganizationPolicy& policy : bundle.policies)
        types.insert(policy.id, policy.type);
    for (const auto& step : steps) {
        const QString id = step.policy.id.isEmpty() ? step.policyId : step.policy.id;
        const QString policyArn = OrganizationIds::policyArn(
            management, id,
            OrganizationPolicy::typeName(types.value(id, OrganizationPolicy::Type::ServiceControl)),
            false);
        switch (step.kind) {
        case Kind::CreateOrganizationalUnit:
            edit.actions.append(organizationsAction("CreateOrganizationalUnit",
                                                    organizationTargetArn(step.unit.parentId)));
            edit.undoActions.append(organizationsAction(
                "DeleteOrganizationalUnit",
                OrganizationIds::organizationalUnitArn(management, step.unit.id)));
            break;
        case Kind::MoveAccount: {
            const ConsoleAction move = organizationsAction(
                "MoveAccount", OrganizationIds::accountArn(management, step.accountId));
            edit.actions.append(move);
            edit.undoActions.append(move);
            break;
        }
        case Kind::CreatePolicy:
            edit.actions.append(organizationsAction("CreatePolicy", QStringLiteral("*")));
            edit.undoActions.append(organizationsAction("DeletePolicy", policyArn));
            break;
        case Kind::UpdatePolicy:
            edit.actions.append(organizationsAction("UpdatePolicy", policyArn));
            edit.undoActions.append(organizationsAction("UpdatePolicy", policyArn));
            break;
        case Kind::AttachPolicy:
        case Kind::DetachPolicy: {
            const bool attach = step.kind == Kind::AttachPolicy;
            const QString arn = policyArnOf(*m_directory, step.policyId);
            edit.actions.append(
                organizationsAction(attach ? "AttachPolicy" : "DetachPolicy",
                                    arn.startsWith(QLatin1String("arn:")) ? arn : policyArn));
            edit.undoActions.append(
                organizationsAction(attach ? "DetachPolicy" : "AttachPolicy",
                                    arn.startsWith(QLatin1String("arn:")) ? arn : policyArn));
            break;
        }
        }
    }
    if (steps.isEmpty())
        return 0;
    edit.work = [&]() -> Result<void> {
        for (const auto& step : steps) {
            Result<void> done;
            switch (step.kind) {
            case Kind::CreateOrganizationalUnit:
                if (auto r = m_directory->createOrganizationalUnit(step.unit.parentId,
                                                                   step.unit.name, step.unit.id);
                    !r)
                    done = r.error();
                break;
            case Kind::MoveAccount:
                done = m_directory->moveAccount(step.accountId, step.sourceId, step.targetId);
                break;
            case Kind::CreatePolicy:
                if (auto r = m_directory->importOrganizationPolicy(step.policy); !r)
                    done = r.error();
                break;
            case Kind::UpdatePolicy:
                if (auto r = m_directory->updateOrganizationPolicy(step.policy.id, step.policy.name,
                                                                   step.policy.description,
                                                                   step.policy.content);
                    !r)
                    done = r.error();
                break;
            case Kind::AttachPolicy:
                done = m_directory->attachOrganizationPolicy(step.policyId, step.targetId);
                break;
            case Kind::DetachPolicy:
                done = m_directory->detachOrganizationPolicy(step.policyId, step.targetId);
                break;
            }
            if (!done)
                return done;
        }
        return {};
    };
    if (auto r = run(edit); !r)
        return r.error();
    return int(steps.size());
}
