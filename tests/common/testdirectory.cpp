#include "testdirectory.h"

#include "crypto/passwordhasher.h"

#include <functional>
#include <initializer_list>

namespace {
template <typename T>
Result<void> done(const Result<T>& result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

// Runs the steps in order; the first failure ends it.
Result<void> inOrder(std::initializer_list<std::function<Result<void>()>> steps)
{
    for (const auto& step : steps)
        if (auto r = step(); !r)
            return r;
    return {};
}
} // namespace

Result<std::unique_ptr<Directory>> TestDirectory::small(const QString& path, const Clock* clock)
{
    PasswordHasher::setCostLog2(10);
    auto opened = Directory::open(path, clock);
    if (!opened)
        return opened.error();
    std::unique_ptr<Directory> dir = std::move(opened).value();
    Directory& d = *dir;
    const auto filled = d.runInTransaction([&]() -> Result<void> {
        const QString developers = QStringLiteral("Developers");
        const QString admins = QStringLiteral("Admins");
        if (auto r = inOrder({
                [&] { return done(d.createAccount(prod, QStringLiteral("catphoto-prod"))); },
                [&] { return done(d.createAccount(dev, QStringLiteral("catphoto-dev"))); },
            });
            !r)
            return r;
        for (const char* name : {"John", "Maria", "Sam"}) {
            const QString user = QString::fromLatin1(name);
            if (auto r = inOrder({
                    [&] { return done(d.createUser(prod, user)); },
                    [&] {
                        return done(d.setLoginProfile(prod, user, PasswordHasher::hash(password)));
                    },
                });
                !r)
                return r;
        }
        // Developers may use every service but IAM.
        const auto developerAccess = d.createPolicy(
            prod, QStringLiteral("DeveloperAccess"),
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Sid":"AllButIam",)"
                           R"("Effect":"Allow","NotAction":"iam:*","Resource":"*"}]})"));
        if (!developerAccess)
            return developerAccess.error();
        Role role;
        role.accountId = prod;
        role.name = QStringLiteral("SecurityEngineer");
        role.description = QStringLiteral("Security engineers' access");
        role.trustPolicy = QStringLiteral(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
            R"({"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]})");
        return inOrder({
            [&] { return done(d.createGroup(prod, developers)); },
            [&] { return done(d.createGroup(prod, admins)); },
            [&] { return done(d.addUserToGroup(prod, developers, QStringLiteral("John"))); },
            [&] { return done(d.addUserToGroup(prod, admins, QStringLiteral("Maria"))); },
            [&] {
                return done(
                    d.attachPolicy(EntityKind::Group, prod, admins,
                                   QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
            },
            [&] {
                return done(
                    d.attachPolicy(EntityKind::Group, prod, developers, developerAccess->arn));
            },
            [&] { return done(d.createRole(role)); },
        });
    });
    if (!filled)
        return filled.error();
    return dir;
}
