#include "audit/accessevaluator.h"
#include "audit/accessgraph.h"
#include "audit/auditqueries.h"
#include "audit/effectivepermissions.h"
#include "audit/findings.h"
#include "common/resultassertions.h"
#include "directory/directory.h"
#include "directory/directorysnapshot.h"
#include "directory/policyset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

// The indexed audit (bulk-loaded snapshot, policies decided once, trust
// index) against the exhaustive one (principal by principal, every pair) on
// randomized directories: three accounts of an organization, users, groups,
// roles, inline and managed policies, boundaries, conditions, policy
// variables, cross-account and service trust, an SCP. Seeded, so a failure
// reproduces; every question of the audit must get the very same answer.
namespace {

const QString management = QStringLiteral("111111111111");
const QString prod = QStringLiteral("222222222222");
const QString dev = QStringLiteral("333333333333");
const QStringList accounts{management, prod, dev};
// Small directories, many seeds: each question of the exhaustive audit reads
// every principal, so the run grows with the square of the directory's size.
constexpr int usersPerAccount = 9;
constexpr int groupsPerAccount = 4;
constexpr int rolesPerAccount = 6;
constexpr int policiesPerAccount = 6;
const QList<quint32> seeds{1u, 7u, 42u, 1234u, 9001u, 31337u, 65537u, 8u};

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString policyDocument(const QJsonArray& statements)
{
    return compact({{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                    {QStringLiteral("Statement"), statements}});
}

QString userName(int i)
{
    return QStringLiteral("user%1").arg(i);
}

QString groupName(int i)
{
    return QStringLiteral("group%1").arg(i);
}

QString roleName(int i)
{
    return QStringLiteral("role%1").arg(i);
}

class RandomDirectory
{
public:
    explicit RandomDirectory(quint32 seed)
        : m_random(seed)
    {}

    std::unique_ptr<Directory> build()
    {
        auto directory = std::move(Directory::open(QStringLiteral(":memory:"))).value();
        m_directory = directory.get();
        for (const QString& account : accounts)
            if (!CHECK_OK(m_directory->createAccount(account)))
                return nullptr;
        for (const QString& account : accounts)
            if (!fill(account))
                return nullptr;
        // Trust policies last: they may name any user or role of any account.
        for (const QString& account : accounts)
            for (int r = 0; r < rolesPerAccount; ++r)
                if (!CHECK_OK(
                        m_directory->updateAssumeRolePolicy(account, roleName(r), trust(account))))
                    return nullptr;
        if (!serviceControlPolicy())
            return nullptr;
        return directory;
    }

private:
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(below(int(list.size())));
    }

    QString roleArn(const QString& account, int r) const
    {
        return QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, roleName(r));
    }

    QJsonObject statement(const QString& account)
    {
        const QString other = pick(accounts);
        const QStringList actions{QStringLiteral("s3:GetObject"),
                                  QStringLiteral("s3:*"),
                                  QStringLiteral("ec2:Describe*"),
                                  QStringLiteral("dynamodb:GetItem"),
                                  QStringLiteral("iam:AttachUserPolicy"),
                                  QStringLiteral("iam:PutGroupPolicy"),
                                  QStringLiteral("iam:AttachRolePolicy"),
                                  QStringLiteral("iam:*"),
                                  QStringLiteral("sts:AssumeRole"),
                                  QStringLiteral("sts:AssumeRole"),
                                  QStringLiteral("*")};
        const QStringList resources{
            QStringLiteral("*"),
            QStringLiteral("arn:aws:s3:::cats/*"),
            QStringLiteral("arn:aws:dynamodb:us-east-1:%1:table/cats").arg(account),
            roleArn(other, below(rolesPerAccount)),
            QStringLiteral("arn:aws:iam::%1:role/role*").arg(other),
            QStringLiteral("arn:aws:iam::%1:role/role1?").arg(account),
            QStringLiteral("arn:aws:iam::%1:user/${aws:username}").arg(account),
            QStringLiteral("arn:aws:iam::%1:group/*").arg(account)};
        QJsonObject s{
            {QStringLiteral("Effect"),
             chance(15) ? QStringLiteral("Deny") : QStringLiteral("Allow")},
            {chance(10) ? QStringLiteral("NotAction") : QStringLiteral("Action"), pick(actions)},
            {QStringLiteral("Resource"), pick(resources)}};
        if (chance(30))
            s.insert(QStringLiteral("Condition"), condition());
        return s;
    }

    // Conditions the audit cannot know (MFA, source IP) and tag conditions it decides
    // where it knows the tags, alone or together.
    QJsonObject condition()
    {
        const auto block = [](const char* op, const char* key, const char* value) {
            return std::pair<QString, QJsonValue>{
                QString::fromLatin1(op),
                QJsonObject{{QString::fromLatin1(key), QString::fromLatin1(value)}}};
        };
        const auto mfa = block("Bool", "aws:MultiFactorAuthPresent", "true");
        const auto office = block("IpAddress", "aws:SourceIp", "10.0.0.0/8");
        const auto sameTeam =
            block("StringEquals", "aws:ResourceTag/team", "${aws:PrincipalTag/team}");
        const auto cats = block("StringEquals", "aws:PrincipalTag/team", "cats");
        const auto notDogs = block("StringNotEquals", "iam:ResourceTag/team", "dogs");
        switch (below(6)) {
        case 0:
            return {mfa};
        case 1:
            return {office};
        case 2:
            return {sameTeam};
        case 3:
            return {cats};
        case 4:
            return {notDogs, office};
        default:
            return {sameTeam, mfa};
        }
    }

    QString identityPolicy(const QString& account)
    {
        QJsonArray statements;
        for (int i = 0, n = 1 + below(3); i < n; ++i)
            statements.append(statement(account));
        return policyDocument(statements);
    }

    QString trust(const QString& account)
    {
        const QString other = pick(accounts);
        QJsonArray statements;
        for (int i = 0, n = 1 + below(2); i < n; ++i) {
            QJsonObject principal;
            switch (below(8)) {
            case 0:
            case 1:
                principal.insert(QStringLiteral("AWS"),
                                 QStringLiteral("arn:aws:iam::%1:root").arg(account));
                break;
            case 2:
                principal.insert(QStringLiteral("AWS"),
                                 QStringLiteral("arn:aws:iam::%1:root").arg(other));
                break;
            case 3:
                principal.insert(QStringLiteral("AWS"),
                                 QStringLiteral("arn:aws:iam::%1:user/%2")
                                     .arg(other, userName(below(usersPerAccount))));
                break;
            case 4:
                principal.insert(QStringLiteral("AWS"), roleArn(other, below(rolesPerAccount)));
                break;
            case 5:
                principal.insert(QStringLiteral("AWS"),
                                 QStringLiteral("arn:aws:sts::%1:assumed-role/%2/audit")
                                     .arg(other, roleName(below(rolesPerAccount))));
                break;
            case 6:
                principal.insert(QStringLiteral("Service"), QStringLiteral("ec2.amazonaws.com"));
                break;
            default:
                principal.insert(QStringLiteral("AWS"), QStringLiteral("*"));
            }
            // Some also take session tags: their sessions' tags are then unknown.
            QJsonObject s{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                          {QStringLiteral("Principal"), principal},
                          {QStringLiteral("Action"),
                           chance(30) ? QJsonValue(QJsonArray{QStringLiteral("sts:AssumeRole"),
                                                              QStringLiteral("sts:TagSession")})
                                      : QJsonValue(QStringLiteral("sts:AssumeRole"))}};
            if (chance(30) || principal.value(QStringLiteral("AWS")) == QLatin1String("*"))
                s.insert(QStringLiteral("Condition"),
                         QJsonObject{{QStringLiteral("StringEquals"),
                                      QJsonObject{{QStringLiteral("sts:ExternalId"),
                                                   QStringLiteral("cats")}}}});
            statements.append(s);
        }
        return policyDocument(statements);
    }

    bool fill(const QString& account)
    {
        Directory& d = *m_directory;
        QStringList managed;
        for (int p = 0; p < policiesPerAccount; ++p) {
            const auto policy =
                d.createPolicy(account, QStringLiteral("policy%1").arg(p), identityPolicy(account));
            if (!CHECK_OK(policy))
                return false;
            managed << policy->arn;
        }
        for (int g = 0; g < groupsPerAccount; ++g) {
            if (!CHECK_OK(d.createGroup(account, groupName(g))))
                return false;
            if (chance(70) &&
                !CHECK_OK(d.attachPolicy(EntityKind::Group, account, groupName(g), pick(managed))))
                return false;
            if (chance(30) &&
                !CHECK_OK(d.putInlinePolicy(EntityKind::Group, account, groupName(g),
                                            {QStringLiteral("own"), identityPolicy(account)})))
                return false;
        }
        for (int u = 0; u < usersPerAccount; ++u) {
            if (!CHECK_OK(d.createUser(account, userName(u), QStringLiteral("/"), team())))
                return false;
            for (int g = 0; g < groupsPerAccount; ++g)
                if (chance(35) && !CHECK_OK(d.addUserToGroup(account, groupName(g), userName(u))))
                    return false;
            if (!entityPolicies(EntityKind::User, account, userName(u), managed) ||
                !credentials(account, userName(u)))
                return false;
        }
        for (int r = 0; r < rolesPerAccount; ++r) {
            Role role;
            role.accountId = account;
            role.name = roleName(r);
            role.tags = team();
            role.trustPolicy = policyDocument({QJsonObject{
                {QStringLiteral("Effect"), QStringLiteral("Allow")},
                {QStringLiteral("Principal"),
                 QJsonObject{{QStringLiteral("Service"), QStringLiteral("ec2.amazonaws.com")}}},
                {QStringLiteral("Action"), QStringLiteral("sts:AssumeRole")}}});
            if (!CHECK_OK(d.createRole(role)))
                return false;
            if (!entityPolicies(EntityKind::Role, account, role.name, managed))
                return false;
        }
        return true;
    }

    // No team, cats or dogs.
    TagList team()
    {
        switch (below(4)) {
        case 0:
            return {{QStringLiteral("team"), QStringLiteral("cats")}};
        case 1:
            return {{QStringLiteral("team"), QStringLiteral("dogs")}};
        default:
            return {};
        }
    }

    // A console password (a stand-in hash: nobody signs in), MFA, access keys used or not.
    bool credentials(const QString& account, const QString& user)
    {
        Directory& d = *m_directory;
        if (chance(40) &&
            !CHECK_OK(d.setLoginProfile(account, user, QStringLiteral("$scrypt$not-a-password"))))
            return false;
        if (chance(30) && !CHECK_OK(d.addMfaDevice(account, user, user + QStringLiteral("-phone"))))
            return false;
        for (int k = 0, n = below(3); k < n; ++k) {
            const QString id = QStringLiteral("AKIA%1").arg(++m_keys, 16, 10, QLatin1Char('0'));
            if (!CHECK_OK(d.addAccessKey(account, user, id)))
                return false;
            if (chance(50) && !CHECK_OK(d.recordAccessKeyUse(id, QStringLiteral("s3"))))
                return false;
        }
        return true;
    }

    bool entityPolicies(EntityKind kind, const QString& account, const QString& name,
                        const QStringList& managed)
    {
        Directory& d = *m_directory;
        if (chance(40) && !CHECK_OK(d.attachPolicy(kind, account, name, pick(managed))))
            return false;
        if (chance(25) &&
            !CHECK_OK(d.putInlinePolicy(kind, account, name,
                                        {QStringLiteral("own"), identityPolicy(account)})))
            return false;
        if (chance(15) && !CHECK_OK(d.setPermissionsBoundary(kind, account, name, pick(managed))))
            return false;
        return true;
    }

    // dev may not read S3 objects nor attach role policies; prod only what an allow-list lets.
    bool serviceControlPolicy()
    {
        Directory& d = *m_directory;
        const auto deny = d.createOrganizationPolicy(
            QStringLiteral("no-s3-reads"), QString(), OrganizationPolicy::Type::ServiceControl,
            policyDocument({QJsonObject{
                {QStringLiteral("Effect"), QStringLiteral("Deny")},
                {QStringLiteral("Action"), QJsonArray{QStringLiteral("s3:GetObject"),
                                                      QStringLiteral("iam:AttachRolePolicy")}},
                {QStringLiteral("Resource"), QStringLiteral("*")}}}));
        if (!CHECK_OK(deny) || !CHECK_OK(d.attachOrganizationPolicy(deny->id, dev)))
            return false;
        const auto allowList = d.createOrganizationPolicy(
            QStringLiteral("allow-list"), QString(), OrganizationPolicy::Type::ServiceControl,
            policyDocument({QJsonObject{{QStringLiteral("Effect"), QStringLiteral("Allow")},
                                        {QStringLiteral("Action"),
                                         QJsonArray{QStringLiteral("s3:*"), QStringLiteral("sts:*"),
                                                    QStringLiteral("iam:*")}},
                                        {QStringLiteral("Resource"), QStringLiteral("*")}}}));
        return CHECK_OK(allowList) && CHECK_OK(d.attachOrganizationPolicy(allowList->id, prod)) &&
               CHECK_OK(d.detachOrganizationPolicy(OrganizationPolicy::fullAwsAccessId(), prod));
    }

    QRandomGenerator m_random;
    Directory* m_directory = nullptr;
    int m_keys = 0;
};

QString flag(bool value, const char* name)
{
    return value ? QString::fromLatin1(name) : QString();
}

QStringList lines(const QList<AccessPath>& paths)
{
    QStringList out;
    for (const AccessPath& p : paths)
        out << QStringList{p.principalArn, p.via.join(QLatin1Char('>')),
                           p.policies.join(QLatin1Char(';')), flag(p.conditional, "conditional")}
                   .join(QLatin1Char('|'));
    return out;
}

// The lines of principals of the account (an ARN's fifth field).
QStringList ofAccount(const QStringList& lines, const QString& account)
{
    QStringList out;
    for (const QString& line : lines)
        if (line.section(QLatin1Char(':'), 4, 4) == account)
            out << line;
    return out;
}

QStringList lines(const QList<AssumeGrant>& grants)
{
    QStringList out;
    for (const AssumeGrant& g : grants)
        out << QStringList{g.principalArn,
                           entityKindName(g.kind),
                           flag(g.requiresMfa, "mfa"),
                           g.externalId,
                           g.conditions.join(QLatin1Char(';')),
                           g.trustStatementSid,
                           flag(g.identityAllows, "identity"),
                           flag(g.outsideDirectory, "outside")}
                   .join(QLatin1Char('|'));
    return out;
}

QStringList lines(const QList<ReachedRole>& reached)
{
    QStringList out;
    for (const ReachedRole& r : reached)
        out << QStringList{r.roleArn, r.path.join(QLatin1Char('>')), QString::number(r.hops),
                           flag(r.chained, "chained"), flag(r.conditional, "conditional")}
                   .join(QLatin1Char('|'));
    return out;
}

QStringList lines(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << QStringList{QString::number(int(f.kind)), f.subjectArn, f.title, f.detail,
                           QString::number(f.severity)}
                   .join(QLatin1Char('|'));
    return out;
}

QStringList lines(const AccessGraph& graph)
{
    QStringList out;
    for (const AccessGraphNode& n : graph.nodes)
        out << QStringList{n.arn, entityKindName(n.kind), n.label, flag(n.adminEquivalent, "admin")}
                   .join(QLatin1Char('|'));
    for (const AccessGraphEdge& e : graph.edges)
        out << QStringList{e.from, e.to, QString::number(int(e.kind))}.join(QLatin1Char('|'));
    return out;
}

QStringList lines(const PolicySet& set)
{
    QStringList out;
    auto add = [&out](const PolicySet::Named& n) {
        out << QStringList{n.name,
                           n.cacheKey,
                           n.document,
                           n.policyName,
                           n.viaGroup,
                           flag(n.isInline, "inline"),
                           flag(n.isAwsManaged, "aws")}
                   .join(QLatin1Char('|'));
    };
    for (const PolicySet::Named& n : set.identityPolicies)
        add(n);
    if (set.permissionsBoundary)
        add(*set.permissionsBoundary);
    for (const QList<PolicySet::Named>& level : set.serviceControlPolicies) {
        out << QStringLiteral("level");
        for (const PolicySet::Named& n : level)
            add(n);
    }
    return out;
}

// The snapshot against the per-principal reads: policies, boundaries, tags,
// trust policies and memberships.
void compareSnapshot(const Directory& directory, qsizetype users)
{
    DirectorySnapshot snapshot;
    REQUIRE_VALUE(snapshot, DirectorySnapshot::load(directory));
    QCOMPARE(snapshot.users().size(), users);
    QCOMPARE(snapshot.roles().size(), accounts.size() * rolesPerAccount);
    int boundaries = 0;
    int memberships = 0;
    for (int u = 0; u < snapshot.users().size(); ++u) {
        const User& user = snapshot.users().at(u);
        QCOMPARE(lines(snapshot.policiesOfUser(u)),
                 lines(PolicySet::forUser(directory, user.accountId, user.name)));
        const auto stored = directory.user(user.accountId, user.name);
        QVERIFY(stored);
        QCOMPARE(user.tags, stored->tags);
        QCOMPARE(user.permissionsBoundaryArn, stored->permissionsBoundaryArn);
        QCOMPARE(user.userId, stored->userId);
        boundaries += snapshot.policiesOfUser(u).permissionsBoundary ? 1 : 0;
        QStringList groups;
        for (const int g : snapshot.groupsOfUser(u))
            groups << snapshot.groups().at(g).name;
        QStringList expected;
        for (const Group& group : directory.groupsForUser(user.accountId, user.name))
            expected << group.name;
        QCOMPARE(groups, expected);
        memberships += int(groups.size());
    }
    for (int r = 0; r < snapshot.roles().size(); ++r) {
        const Role& role = snapshot.roles().at(r);
        QCOMPARE(lines(snapshot.policiesOfRole(r)),
                 lines(PolicySet::forRole(directory, role.accountId, role.name)));
        const auto stored = directory.role(role.accountId, role.name);
        QVERIFY(stored);
        QCOMPARE(role.trustPolicy, stored->trustPolicy);
        QCOMPARE(role.permissionsBoundaryArn, stored->permissionsBoundaryArn);
        QCOMPARE(role.tags, stored->tags);
    }
    for (int g = 0; g < snapshot.groups().size(); ++g) {
        const Group& group = snapshot.groups().at(g);
        QCOMPARE(lines(snapshot.policiesOfGroup(g)),
                 lines(PolicySet::forGroup(directory, group.accountId, group.name)));
        QStringList members;
        for (const int u : snapshot.membersOfGroup(g))
            members << snapshot.users().at(u).name;
        QStringList expected;
        for (const User& user : directory.usersInGroup(group.accountId, group.name))
            expected << user.name;
        QCOMPARE(members, expected);
    }
    QVERIFY2(boundaries > 0, "the random directory has no boundary to compare");
    QVERIFY2(memberships > 0, "the random directory has no membership to compare");
}

} // namespace

class TestAuditMode : public QObject
{
    Q_OBJECT

private slots:
    void sameAnswers_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : seeds)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    // The snapshot reads exactly the policies the per-principal reads give.
    void snapshotReadsTheSamePolicies()
    {
        const auto directory = RandomDirectory(5).build();
        QVERIFY(directory);
        compareSnapshot(*directory, accounts.size() * usersPerAccount);
    }

    // Row ids far apart (users created and deleted in between) take the
    // snapshot's hash instead of its table from ids to indexes: the same reads.
    void snapshotOverSparseRowIds()
    {
        const auto directory = RandomDirectory(11).build();
        QVERIFY(directory);
        constexpr int passing = 1500; // more than the table's slack allows
        REQUIRE_OK(directory->runBulkChange([&]() -> Result<void> {
            for (int i = 0; i < passing; ++i)
                if (auto r = directory->createUser(dev, QStringLiteral("passing%1").arg(i)); !r)
                    return r.error();
            // The last stays: ids are not handed out again below the highest.
            for (int i = 0; i + 1 < passing; ++i)
                if (auto r = directory->deleteUser(dev, QStringLiteral("passing%1").arg(i)); !r)
                    return r;
            return {};
        }));
        // A late user, far from the others' ids, in every group, under a boundary.
        const QString late = QStringLiteral("late");
        REQUIRE_OK(directory->createUser(prod, late));
        for (int g = 0; g < groupsPerAccount; ++g)
            REQUIRE_OK(directory->addUserToGroup(prod, groupName(g), late));
        QString boundary;
        for (const User& user : directory->users(prod))
            if (boundary.isEmpty())
                boundary = user.permissionsBoundaryArn;
        QVERIFY2(!boundary.isEmpty(), "no user of the account has a boundary to share");
        REQUIRE_OK(directory->setPermissionsBoundary(EntityKind::User, prod, late, boundary));
        compareSnapshot(*directory, accounts.size() * usersPerAccount + 2);
        if (QTest::currentTestFailed())
            return;
        const QString lateArn = QStringLiteral("arn:aws:iam::%1:user/late").arg(prod);
        const AuditQueries indexed(directory.get(), AuditMode::Indexed);
        const QStringList fast =
            lines(indexed.whoCan(QStringLiteral("ec2:DescribeInstances"), QStringLiteral("*")));
        QCOMPARE(fast,
                 lines(AuditQueries(directory.get(), AuditMode::Exhaustive)
                           .whoCan(QStringLiteral("ec2:DescribeInstances"), QStringLiteral("*"))));
        QCOMPARE(lines(indexed.reach(lateArn)),
                 lines(AuditQueries(directory.get(), AuditMode::Exhaustive).reach(lateArn)));
    }

    void sameAnswers()
    {
        QFETCH(quint32, seed);
        const auto directory = RandomDirectory(seed).build();
        QVERIFY(directory);
        const AuditQueries indexed(directory.get(), AuditMode::Indexed);
        const AuditQueries exhaustive(directory.get(), AuditMode::Exhaustive);

        const QList<std::pair<QString, QString>> requests{
            {QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::cats/1.jpg")},
            {QStringLiteral("dynamodb:GetItem"),
             QStringLiteral("arn:aws:dynamodb:us-east-1:%1:table/cats").arg(prod)},
            {QStringLiteral("iam:AttachUserPolicy"),
             QStringLiteral("arn:aws:iam::%1:user/%2").arg(dev, userName(3))},
            {QStringLiteral("iam:PutGroupPolicy"),
             QStringLiteral("arn:aws:iam::%1:user/%2").arg(prod, userName(5))},
            {QStringLiteral("iam:AttachRolePolicy"),
             QStringLiteral("arn:aws:iam::%1:role/%2").arg(prod, roleName(2))},
            {QStringLiteral("ec2:DescribeInstances"), QStringLiteral("*")}};
        int paths = 0;
        int chained = 0;
        for (const auto& [action, resource] : requests) {
            const QStringList everywhere = lines(exhaustive.whoCan(action, resource));
            QCOMPARE(lines(indexed.whoCan(action, resource)), everywhere);
            paths += int(everywhere.size());
            for (const QString& line : everywhere)
                chained +=
                    line.section(QLatin1Char('|'), 1, 1).contains(QLatin1String(":role/")) ? 1 : 0;
            // An account's answer is the principals of that account in the answer for all.
            for (const QString& account : accounts)
                QCOMPARE(lines(indexed.whoCan(action, resource, account)),
                         ofAccount(everywhere, account));
        }

        int grants = 0;
        int reachedByChain = 0;
        for (const QString& account : accounts) {
            for (int r = 0; r < rolesPerAccount; ++r) {
                const QString arn =
                    QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, roleName(r));
                const QStringList fast = lines(indexed.whoCanAssume(arn));
                QCOMPARE(fast, lines(exhaustive.whoCanAssume(arn)));
                grants += int(fast.size());
                QCOMPARE(lines(indexed.reach(arn)), lines(exhaustive.reach(arn)));
            }
            for (int u = 0; u < usersPerAccount; ++u) {
                const QString arn =
                    QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, userName(u));
                const QList<ReachedRole> fast = indexed.reach(arn);
                QCOMPARE(lines(fast), lines(exhaustive.reach(arn)));
                for (const ReachedRole& role : fast)
                    reachedByChain += role.chained ? 1 : 0;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            // The indexed ones over the bulk read the questions above kept.
            const QStringList findings = lines(exhaustive.findings(account, now));
            QCOMPARE(lines(indexed.findings(account, now)), findings);
            const QStringList graph = lines(exhaustive.accessGraph(account));
            QCOMPARE(lines(indexed.accessGraph(account)), graph);
        }
        // The directory exercised what it is meant to: answers, switches, chains.
        QVERIFY2(paths > 0, "nobody may do anything");
        QVERIFY2(grants > 0, "nobody may switch roles");
        qInfo("seed %u: %d who-can paths (%d through roles), %d assume grants, %d chained reaches",
              seed, paths, chained, grants, reachedByChain);
    }

    // One AuditQueries keeps its bulk read between questions: after memberships
    // change, its answers are still those of a fresh exhaustive evaluation.
    void keptReadFollowsChanges()
    {
        const QList<std::pair<QString, QString>> requests{
            {QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::cats/1.jpg")},
            {QStringLiteral("ec2:DescribeInstances"), QStringLiteral("*")},
            {QStringLiteral("iam:AttachUserPolicy"),
             QStringLiteral("arn:aws:iam::%1:user/%2").arg(dev, userName(3))}};
        int changedAnswers = 0;
        for (const quint32 seed : {1u, 7u, 42u, 1234u}) {
            const auto directory = RandomDirectory(seed).build();
            QVERIFY(directory);
            const AuditQueries kept(directory.get(), AuditMode::Indexed);
            auto answers = [&](const AuditQueries& queries) {
                QStringList out;
                for (const auto& [action, resource] : requests)
                    out += lines(queries.whoCan(action, resource));
                for (const QString& account : accounts)
                    for (int r = 0; r < rolesPerAccount; ++r)
                        out += lines(queries.whoCanAssume(
                            QStringLiteral("arn:aws:iam::%1:role/%2").arg(account, roleName(r))));
                return out;
            };
            const QStringList before = answers(kept);
            // The first users of each account leave the groups they are in and join the others.
            for (const QString& account : accounts) {
                for (int u = 0; u < 4; ++u) {
                    QStringList memberOf;
                    for (const Group& group : directory->groupsForUser(account, userName(u)))
                        memberOf << group.name;
                    for (int g = 0; g < groupsPerAccount; ++g) {
                        const QString group = groupName(g);
                        if (memberOf.contains(group))
                            REQUIRE_OK(directory->removeUserFromGroup(account, group, userName(u)));
                        else
                            REQUIRE_OK(directory->addUserToGroup(account, group, userName(u)));
                    }
                }
            }
            const QStringList after = answers(kept);
            QCOMPARE(after, answers(AuditQueries(directory.get(), AuditMode::Exhaustive)));
            changedAnswers += before != after ? 1 : 0;
        }
        QVERIFY2(changedAnswers > 0, "no change of membership changed an answer");
    }

    // Across the seeds, the randomized directories reach chains and SCP findings.
    void seedsCoverChainsAndScps()
    {
        int chainedReach = 0;
        int scpFindings = 0;
        int credentialFindings = 0;
        int conditional = 0;
        for (const quint32 seed : seeds) {
            const auto directory = RandomDirectory(seed).build();
            QVERIFY(directory);
            const AuditQueries queries(directory.get());
            for (const QString& account : accounts) {
                for (int u = 0; u < usersPerAccount; ++u)
                    for (const ReachedRole& role : queries.reach(
                             QStringLiteral("arn:aws:iam::%1:user/%2").arg(account, userName(u)))) {
                        chainedReach += role.chained ? 1 : 0;
                        conditional += role.conditional ? 1 : 0;
                    }
                for (const Finding& f :
                     queries.findings(account, QDateTime::currentDateTimeUtc())) {
                    scpFindings += f.kind == Finding::Kind::PermissionRemovedByScp ? 1 : 0;
                    credentialFindings += f.kind == Finding::Kind::UserWithoutMfa ||
                                                  f.kind == Finding::Kind::AccessKeyNeverUsed
                                              ? 1
                                              : 0;
                }
            }
        }
        QVERIFY2(chainedReach > 0, "no role is reached through another");
        QVERIFY2(conditional > 0, "no switch depends on a condition");
        QVERIFY2(scpFindings > 0, "no SCP takes anything away");
        QVERIFY2(credentialFindings > 0, "no user lacks MFA or leaves a key unused");
    }
};

QTEST_GUILESS_MAIN(TestAuditMode)
#include "tst_auditmode.moc"
