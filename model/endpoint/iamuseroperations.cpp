#include "endpoint/iamuseroperations.h"

#include "admin/directoryadmin.h"
#include "console/consoleaction.h"
#include "directory/directory.h"
#include "directory/loginprofile.h"
#include "endpoint/iamoperations.h"
#include "endpoint/iampaging.h"
#include "endpoint/iamxml.h"
#include "endpoint/queryapi.h"

namespace {

Result<void> listUsers(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    if (auto allowed = IamOperations::authorize(call, ConsoleAction::listUsers(call.accountId()));
        !allowed)
        return allowed;
    const QString prefix = call.parameters.value(QStringLiteral("PathPrefix"));
    QList<User> users = call.directory->users(call.accountId());
    if (!prefix.isEmpty())
        users.removeIf([&](const User& user) { return !user.path.startsWith(prefix); });
    paging->writePage(xml, QStringLiteral("Users"), users,
                      [&](const User& user) { IamXml::user(xml, user); });
    return {};
}

// Without UserName, GetUser answers the caller's own user (AWS's rule).
Result<void> getUser(const ApiCall& call, QueryXmlWriter& xml)
{
    auto user = IamOperations::permittedUser(call, &ConsoleAction::getUser);
    if (!user)
        return user.error();
    xml.startElement(QStringLiteral("User"));
    IamXml::user(xml, *user);
    xml.endElement();
    return {};
}

Result<void> createUser(const ApiCall& call, QueryXmlWriter& xml)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    NewUserRequest request;
    request.accountId = call.accountId();
    request.name = *name;
    request.path = call.parameters.optional(QStringLiteral("Path")).value_or(QStringLiteral("/"));
    request.tags = IamOperations::tagsOf(call.parameters);
    auto user = call.admin->createUser(request);
    if (!user)
        return user.error();
    if (const auto boundary = call.parameters.optional(QStringLiteral("PermissionsBoundary"))) {
        if (auto set = call.admin->setPermissionsBoundary(EntityKind::User, call.accountId(),
                                                          user->name, *boundary);
            !set)
            return set;
        user->permissionsBoundaryArn = *boundary;
    }
    xml.startElement(QStringLiteral("User"));
    IamXml::user(xml, *user);
    xml.endElement();
    return {};
}

Result<void> deleteUser(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    return call.admin->deleteUser(call.accountId(), *name);
}

Result<void> updateUser(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    auto updated = call.admin->updateUser(call.accountId(), *name,
                                          call.parameters.value(QStringLiteral("NewUserName")),
                                          call.parameters.value(QStringLiteral("NewPath")));
    if (!updated)
        return updated.error();
    return {};
}

Result<void> listGroupsForUser(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto user = IamOperations::requireUser(call, QStringLiteral("UserName"));
    if (!user)
        return user.error();
    if (auto allowed = IamOperations::authorize(
            call, ConsoleAction::listGroupsForUser(user->arn().toString()));
        !allowed)
        return allowed;
    const QList<Group> groups = call.directory->groupsForUser(call.accountId(), user->name);
    paging->writePage(xml, QStringLiteral("Groups"), groups,
                      [&](const Group& group) { IamXml::group(xml, group); });
    return {};
}

Result<void> putUserPermissionsBoundary(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    auto boundary = call.parameters.required(QStringLiteral("PermissionsBoundary"));
    if (!boundary)
        return boundary.error();
    return call.admin->setPermissionsBoundary(EntityKind::User, call.accountId(), *name, *boundary);
}

Result<void> deleteUserPermissionsBoundary(const ApiCall& call, QueryXmlWriter&)
{
    auto user = IamOperations::requireUser(call, QStringLiteral("UserName"));
    if (!user)
        return user.error();
    return call.admin->setPermissionsBoundary(EntityKind::User, call.accountId(), user->name, {});
}

// --- login profiles (the console password; never echoed) -------------------

IamError noSuchLoginProfile(const QString& userName)
{
    return IamError::noSuchEntity(
        QStringLiteral("Login Profile for User %1 cannot be found.").arg(userName));
}

void writeLoginProfile(QueryXmlWriter& xml, const QString& userName, const LoginProfile& profile)
{
    xml.startElement(QStringLiteral("LoginProfile"));
    xml.text(QStringLiteral("UserName"), userName);
    xml.time(QStringLiteral("CreateDate"), profile.createDate);
    xml.boolean(QStringLiteral("PasswordResetRequired"), profile.passwordResetRequired);
    xml.endElement();
}

Result<void> createLoginProfile(const ApiCall& call, QueryXmlWriter& xml)
{
    auto user = IamOperations::requireUser(call, QStringLiteral("UserName"));
    if (!user)
        return user.error();
    auto password = call.parameters.required(QStringLiteral("Password"));
    if (!password)
        return password.error();
    auto resetRequired = call.parameters.boolean(QStringLiteral("PasswordResetRequired"));
    if (!resetRequired)
        return resetRequired.error();
    // DirectoryAdmin sets or replaces; AWS's Create refuses an existing profile
    // (to a caller allowed to create one).
    if (call.directory->loginProfile(call.accountId(), user->name)) {
        if (auto allowed = IamOperations::authorize(
                call, ConsoleAction::createLoginProfile(user->arn().toString()));
            !allowed)
            return allowed;
        return IamError::entityAlreadyExists(
            QStringLiteral("Login Profile for user %1 already exists.").arg(user->name));
    }
    if (auto set = call.admin->setConsolePassword(call.accountId(), user->name, *password,
                                                  resetRequired->value_or(false));
        !set)
        return set;
    const auto profile = call.directory->loginProfile(call.accountId(), user->name);
    if (!profile)
        return noSuchLoginProfile(user->name);
    writeLoginProfile(xml, user->name, *profile);
    return {};
}

Result<void> getLoginProfile(const ApiCall& call, QueryXmlWriter& xml)
{
    auto user = IamOperations::permittedUser(call, &ConsoleAction::getLoginProfile);
    if (!user)
        return user.error();
    const auto profile = call.directory->loginProfile(call.accountId(), user->name);
    if (!profile)
        return noSuchLoginProfile(user->name);
    writeLoginProfile(xml, user->name, *profile);
    return {};
}

Result<void> updateLoginProfile(const ApiCall& call, QueryXmlWriter&)
{
    auto user = IamOperations::requireUser(call, QStringLiteral("UserName"));
    if (!user)
        return user.error();
    auto resetRequired = call.parameters.boolean(QStringLiteral("PasswordResetRequired"));
    if (!resetRequired)
        return resetRequired.error();
    if (auto allowed = IamOperations::authorize(
            call, ConsoleAction::updateLoginProfile(user->arn().toString()));
        !allowed)
        return allowed;
    const auto profile = call.directory->loginProfile(call.accountId(), user->name);
    if (!profile)
        return noSuchLoginProfile(user->name);
    const auto password = call.parameters.optional(QStringLiteral("Password"));
    if (!password) {
        if (!resetRequired->has_value() || **resetRequired == profile->passwordResetRequired)
            return {};
        // The console only sets a reset together with a new password.
        return IamError::validation(
            QStringLiteral("Give a new Password together with PasswordResetRequired."));
    }
    return call.admin->setConsolePassword(call.accountId(), user->name, *password,
                                          resetRequired->value_or(false));
}

// The directory answers NoSuchEntity when there is no profile.
Result<void> deleteLoginProfile(const ApiCall& call, QueryXmlWriter&)
{
    auto name = call.parameters.required(QStringLiteral("UserName"));
    if (!name)
        return name.error();
    return call.admin->removeConsolePassword(call.accountId(), *name);
}

Result<void> listMfaDevices(const ApiCall& call, QueryXmlWriter& xml)
{
    auto paging = IamPaging::read(call.parameters);
    if (!paging)
        return paging.error();
    auto user = IamOperations::permittedUser(call, &ConsoleAction::listMfaDevices);
    if (!user)
        return user.error();
    const QList<MfaDeviceInfo> devices = call.directory->mfaDevices(call.accountId(), user->name);
    paging->writePage(xml, QStringLiteral("MFADevices"), devices,
                      [&](const MfaDeviceInfo& device) { IamXml::mfaDevice(xml, device); });
    return {};
}

} // namespace

void IamUserOperations::addTo(QueryApi& api)
{
    api.add(QStringLiteral("ListUsers"), &listUsers);
    api.add(QStringLiteral("GetUser"), &getUser);
    api.add(QStringLiteral("CreateUser"), &createUser);
    api.add(QStringLiteral("DeleteUser"), &deleteUser, false);
    api.add(QStringLiteral("UpdateUser"), &updateUser, false);
    api.add(QStringLiteral("ListGroupsForUser"), &listGroupsForUser);
    api.add(QStringLiteral("PutUserPermissionsBoundary"), &putUserPermissionsBoundary, false);
    api.add(QStringLiteral("DeleteUserPermissionsBoundary"), &deleteUserPermissionsBoundary, false);
    api.add(QStringLiteral("CreateLoginProfile"), &createLoginProfile);
    api.add(QStringLiteral("GetLoginProfile"), &getLoginProfile);
    api.add(QStringLiteral("UpdateLoginProfile"), &updateLoginProfile, false);
    api.add(QStringLiteral("DeleteLoginProfile"), &deleteLoginProfile, false);
    api.add(QStringLiteral("ListMFADevices"), &listMfaDevices);
}
