#include "testdirectory.h"

#include "crypto/passwordhasher.h"

#include <QtGlobal>

namespace {
template <typename R>
void require(const R& result)
{
    if (!result.ok())
        qFatal("test directory: %s", qPrintable(result.error().toString()));
}
} // namespace

std::unique_ptr<Directory> TestDirectory::small(const QString& path, const Clock* clock)
{
    PasswordHasher::setCostLog2(10);
    auto opened = Directory::open(path, clock);
    require(opened);
    std::unique_ptr<Directory> dir = std::move(opened).value();
    require(dir->runInTransaction([&]() -> Result<void> {
        require(dir->createAccount(prod, QStringLiteral("catphoto-prod")));
        require(dir->createAccount(dev, QStringLiteral("catphoto-dev")));
        for (const char* name : {"John", "Maria", "Sam"}) {
            const QString user = QString::fromLatin1(name);
            require(dir->createUser(prod, user));
            require(dir->setLoginProfile(prod, user, PasswordHasher::hash(password)));
        }
        require(dir->createGroup(prod, QStringLiteral("Developers")));
        require(dir->createGroup(prod, QStringLiteral("Admins")));
        require(dir->addUserToGroup(prod, QStringLiteral("Developers"), QStringLiteral("John")));
        require(dir->addUserToGroup(prod, QStringLiteral("Admins"), QStringLiteral("Maria")));
        require(dir->attachPolicy(EntityKind::Group, prod, QStringLiteral("Admins"),
                                  QStringLiteral("arn:aws:iam::aws:policy/AdministratorAccess")));
        // Developers may use every service but IAM.
        const auto developerAccess = dir->createPolicy(
            prod, QStringLiteral("DeveloperAccess"),
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[{"Sid":"AllButIam",)"
                           R"("Effect":"Allow","NotAction":"iam:*","Resource":"*"}]})"));
        require(developerAccess);
        require(dir->attachPolicy(EntityKind::Group, prod, QStringLiteral("Developers"),
                                  developerAccess->arn));
        Role role;
        role.accountId = prod;
        role.name = QStringLiteral("SecurityEngineer");
        role.description = QStringLiteral("Security engineers' access");
        role.trustPolicy = QStringLiteral(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
            R"({"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]})");
        require(dir->createRole(role));
        return {};
    }));
    return dir;
}
