#include "benchdirectory.h"

#include "audit/accessgraph.h"
#include "audit/auditqueries.h"
#include "audit/effectivepermissions.h"
#include "audit/findings.h"
#include "directory/directory.h"
#include "directory/directorysnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

// The audit questions over the benchmark directory (50,000 users, 2,000
// groups, 10,000 roles, 200,000 memberships), given policies: every group
// and role one of a few service policies, one group in a hundred the right to
// switch to ten of the roles. Prints figures with their budgets (DESIGN.md,
// "Performance budgets"); never fails on time, only on a wrong answer.
namespace {

const QStringList services{QStringLiteral("s3"),       QStringLiteral("ec2"),
                           QStringLiteral("dynamodb"), QStringLiteral("sqs"),
                           QStringLiteral("sns"),      QStringLiteral("lambda"),
                           QStringLiteral("logs"),     QStringLiteral("kms"),
                           QStringLiteral("rds"),      QStringLiteral("cloudwatch")};
constexpr int switcherStride = 100; // one group in this many may switch roles

// Wall time and the process's CPU time: on a shared machine the CPU time is
// the steadier figure (the queries run on one thread).
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNow() - m_cpu) / 1e6; }

private:
    static qint64 cpuNow()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

void report(const char* what, double value, const char* unit)
{
    std::printf("%-60s %12.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

void report(const char* what, const Stopwatch& watch)
{
    std::printf("%-60s %12.1f ms  (cpu %.1f ms)\n", what, watch.wallMs(), watch.cpuMs());
    std::fflush(stdout);
}

// A figure that has a budget: "within" or "OVER" it.
void report(const char* what, double value, const char* unit, double budget)
{
    std::printf("%-60s %12.1f %-3s budget %8.0f %-3s %s\n", what, value, unit, budget, unit,
                value <= budget ? "within" : "OVER");
    std::fflush(stdout);
}

// A timed figure that has a budget, with its CPU time.
void report(const char* what, const Stopwatch& watch, double budgetMs)
{
    const double wall = watch.wallMs();
    const double cpu = watch.cpuMs();
    std::printf("%-60s %12.1f ms  budget %8.0f ms  %-6s (cpu %.1f ms: %s)\n", what, wall, budgetMs,
                wall <= budgetMs ? "within" : "OVER", cpu, cpu <= budgetMs ? "within" : "OVER");
    std::fflush(stdout);
}

int fail(const char* step, const QString& why)
{
    std::fprintf(stderr, "%s failed: %s\n", step, qPrintable(why));
    return 1;
}

QString document(const QJsonObject& statement)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("Version"), QStringLiteral("2012-10-17")},
                                  {QStringLiteral("Statement"), QJsonArray{statement}}})
            .toJson(QJsonDocument::Compact));
}

QJsonObject allow(const QJsonValue& action, const QString& resource)
{
    return {{QStringLiteral("Effect"), QStringLiteral("Allow")},
            {QStringLiteral("Action"), action},
            {QStringLiteral("Resource"), resource}};
}

// A read policy per service (the s3 one only from the office network) and a switch policy.
Result<void> addPolicies(Directory& directory, const LargeDirectorySpec& spec)
{
    return directory.runBulkChange([&]() -> Result<void> {
        QStringList arns;
        for (const QString& service : services) {
            QJsonObject statement = allow(QJsonArray{service + QStringLiteral(":Get*"),
                                                     service + QStringLiteral(":List*"),
                                                     service + QStringLiteral(":Describe*")},
                                          QStringLiteral("*"));
            if (service == QLatin1String("s3"))
                statement.insert(QStringLiteral("Condition"),
                                 QJsonObject{{QStringLiteral("IpAddress"),
                                              QJsonObject{{QStringLiteral("aws:SourceIp"),
                                                           QStringLiteral("10.0.0.0/8")}}}});
            auto policy = directory.createPolicy(spec.accountId, service + QStringLiteral("-read"),
                                                 document(statement));
            if (!policy)
                return policy.error();
            arns << policy->arn;
        }
        auto switcher = directory.createPolicy(
            spec.accountId, QStringLiteral("switch-service-roles"),
            document(allow(
                QStringLiteral("sts:AssumeRole"),
                QStringLiteral("arn:aws:iam::%1:role/service-role-0000*").arg(spec.accountId))));
        if (!switcher)
            return switcher.error();
        for (int g = 0; g < spec.groups; ++g) {
            const QString group = benchGroupName(g);
            if (auto r = directory.attachPolicy(EntityKind::Group, spec.accountId, group,
                                                arns.at(g % arns.size()));
                !r)
                return r;
            if (g % switcherStride == 0)
                if (auto r = directory.attachPolicy(EntityKind::Group, spec.accountId, group,
                                                    switcher->arn);
                    !r)
                    return r;
        }
        for (int i = 0; i < spec.roles; ++i)
            if (auto r = directory.attachPolicy(EntityKind::Role, spec.accountId, benchRoleName(i),
                                                arns.at(i % arns.size()));
                !r)
                return r;
        return {};
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    LargeDirectorySpec spec;
    if (argc > 1)
        spec.users = QByteArray(argv[1]).toInt(); // a smaller run: bench_audit 5000
    std::printf("Audit benchmark: %d users, %d groups, %d roles, %d memberships\n", spec.users,
                spec.groups, spec.roles, spec.users * spec.membershipsPerUser);

    auto opened = Directory::open(tmp.filePath(QStringLiteral("large.sqlite")));
    if (!opened)
        return fail("open", opened.error().toString());
    Directory& directory = *opened.value();
    Stopwatch timer;
    if (auto r = generateLargeDirectory(directory, spec); !r)
        return fail("generate", r.error().toString());
    if (auto r = addPolicies(directory, spec); !r)
        return fail("policies", r.error().toString());
    report("generation with policies", timer);

    timer.restart();
    {
        const auto snapshot = DirectorySnapshot::load(directory);
        report("bulk read of the directory (in the first question below)", timer);
        if (!snapshot || snapshot->users().size() != spec.users)
            return fail("load", QStringLiteral("the snapshot misses users"));
    }

    AuditQueries queries(&directory);
    timer.restart();
    const QList<AccessPath> readers = queries.whoCan(
        QStringLiteral("dynamodb:GetItem"),
        QStringLiteral("arn:aws:dynamodb:us-east-1:%1:table/cats").arg(spec.accountId));
    report("who-can dynamodb:GetItem (first question, with bulk read)", timer, 1000);
    report("  paths found", double(readers.size()), "");
    // Groups g % 10 == 2 read dynamodb; every user is in 4 groups with strides of 7 and 331.
    if (readers.isEmpty())
        return fail("who-can", QStringLiteral("nobody reads dynamodb"));

    timer.restart();
    const QList<AccessPath> s3 =
        queries.whoCan(QStringLiteral("s3:GetObject"), QStringLiteral("arn:aws:s3:::cats/1.jpg"));
    report("who-can s3:GetObject (conditional; bulk read kept)", timer, 1000);
    report("  paths found", double(s3.size()), "");
    if (s3.isEmpty() || !s3.first().conditional)
        return fail("who-can", QStringLiteral("the s3 reads are not conditional"));

    timer.restart();
    const QList<AccessPath> admins =
        queries.whoCan(QStringLiteral("iam:CreateUser"), QStringLiteral("*"));
    report("who-can iam:CreateUser (nobody)", timer, 1000);
    if (!admins.isEmpty())
        return fail("who-can", QStringLiteral("somebody may create users"));

    timer.restart();
    const QList<AssumeGrant> switchers = queries.whoCanAssume(
        QStringLiteral("arn:aws:iam::%1:role/%2").arg(spec.accountId, benchRoleName(3)));
    report("who-can-assume service-role-00003", timer, 500);
    report("  principals found", double(switchers.size()), "");
    if (switchers.isEmpty())
        return fail("who-can-assume", QStringLiteral("nobody can switch"));
    {
        // As `switchboard audit who-can-assume` asks it: one question, its own bulk read.
        const AuditQueries once(&directory);
        timer.restart();
        const qsizetype found =
            once.whoCanAssume(
                    QStringLiteral("arn:aws:iam::%1:role/%2").arg(spec.accountId, benchRoleName(3)))
                .size();
        report("who-can-assume, first question (with bulk read)", timer, 500);
        if (found != switchers.size())
            return fail("who-can-assume", QStringLiteral("a kept bulk read answers otherwise"));
    }

    timer.restart();
    const QList<ReachedRole> reached = queries.reach(switchers.first().principalArn);
    report("reach of a user who may switch", timer, 500);
    if (reached.size() != 10)
        return fail("reach", QStringLiteral("%1 roles reached, not 10").arg(reached.size()));

    timer.restart();
    const QList<Finding> findings =
        queries.findings(spec.accountId, QDateTime::currentDateTimeUtc());
    report("findings of the account (bulk read kept)", timer, 3000);
    report("  findings", double(findings.size()), "");

    timer.restart();
    const AccessGraph graph = queries.accessGraph(spec.accountId);
    report("access graph of the account (bulk read kept)", timer, 2000);
    report("  nodes", double(graph.nodes.size()), "");
    report("  edges", double(graph.edges.size()), "");

    timer.restart();
    const QList<PermissionLine> permissions =
        EffectivePermissions::of(directory, EntityKind::User, spec.accountId,
                                 switchers.first().principalArn.section('/', -1));
    report("effective permissions of a user who may switch", timer, 100);
    report("  lines", double(permissions.size()), "");
    // Four groups: three or four read policies and the switch policy, three actions each.
    if (permissions.size() < 12)
        return fail("effective permissions",
                    QStringLiteral("%1 lines, not 12 or more").arg(permissions.size()));
    report("peak RSS", double(peakRssKiB()) / 1024.0, "MiB", 250);
    return 0;
}
