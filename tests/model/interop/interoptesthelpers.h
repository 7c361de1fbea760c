#pragma once

#include "common/resultassertions.h"
#include "common/testdata.h"
#include "common/testengine.h"
#include "directory/awsmanagedpolicies.h"
#include "directory/directory.h"
#include "interop/authzdetailsimporter.h"
#include "model/directory/directorytesthelpers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QTest>

#include <memory>

namespace InteropTest {

inline QString sampleDir()
{
    return TestData::path(QStringLiteral("authz-details"));
}

inline QString samplePath(const QString& name)
{
    return sampleDir() + QLatin1Char('/') + name;
}

inline const QString awsCliSample =
    QStringLiteral("aws-cli-examples-iam-get-account-authorization-details.output.json");
inline const QString cloudmapperSample =
    QStringLiteral("cloudmapper-demo-iam-get-account-authorization-details.json");
inline const QString cloudsplainingTestSample =
    QStringLiteral("cloudsplaining-test-files-example-authz-details.json");
inline const QString cloudsplainingExampleSample =
    QStringLiteral("cloudsplaining-examples-files-example.json");

inline AuthzDetailsImporter::Options importOptions(const QString& accountId, bool replace = false)
{
    AuthzDetailsImporter::Options options;
    options.accountId = accountId;
    options.replace = replace;
    return options;
}

inline QByteArray readSample(const QString& name)
{
    QFile file(samplePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Checked by the test (REQUIRE_VALUE): a directory that cannot open fails that test only.
[[nodiscard]] inline Result<std::unique_ptr<Directory>>
emptyDirectory(const QString& path = TestEngine::freshLocation(), const Clock* clock = nullptr)
{
    return Directory::open(path, clock);
}

inline QJsonArray tagsJson(const TagList& tags)
{
    QJsonArray out;
    for (const Tag& t : tags)
        out.append(QJsonArray{t.key, t.value});
    return out;
}

inline QJsonArray inlineJson(const Directory& d, EntityKind kind, const QString& account,
                             const QString& name)
{
    QJsonArray out;
    for (const InlinePolicy& p : d.inlinePolicies(kind, account, name))
        out.append(QJsonArray{p.name, p.document});
    return out;
}

inline QJsonArray attachedJson(const Directory& d, EntityKind kind, const QString& account,
                               const QString& name, QSet<QString>& used)
{
    QJsonArray out;
    for (const ManagedPolicy& p : d.attachedPolicies(kind, account, name)) {
        out.append(p.arn);
        used.insert(p.arn);
    }
    return out;
}

inline QString ms(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Everything of one account the directory stores, read entity by entity
// through the directory's own API (not through the exporter), with ids and
// dates: two directories are the same account when their snapshots are equal.
inline QJsonObject snapshot(const Directory& d, const QString& account)
{
    QSet<QString> used;
    QJsonObject users;
    for (const User& u : d.users(account)) {
        QJsonArray groups;
        for (const Group& g : d.groupsForUser(account, u.name))
            groups.append(g.name);
        if (!u.permissionsBoundaryArn.isEmpty())
            used.insert(u.permissionsBoundaryArn);
        users.insert(u.name, QJsonObject{
                                 {QStringLiteral("path"), u.path},
                                 {QStringLiteral("id"), u.userId},
                                 {QStringLiteral("created"), ms(u.createDate)},
                                 {QStringLiteral("tags"), tagsJson(u.tags)},
                                 {QStringLiteral("boundary"), u.permissionsBoundaryArn},
                                 {QStringLiteral("groups"), groups},
                                 {QStringLiteral("inline"),
                                  inlineJson(d, EntityKind::User, account, u.name)},
                                 {QStringLiteral("attached"),
                                  attachedJson(d, EntityKind::User, account, u.name, used)},
                             });
    }
    QJsonObject groups;
    for (const Group& g : d.groups(account))
        groups.insert(g.name, QJsonObject{
                                  {QStringLiteral("path"), g.path},
                                  {QStringLiteral("id"), g.groupId},
                                  {QStringLiteral("created"), ms(g.createDate)},
                                  {QStringLiteral("inline"),
                                   inlineJson(d, EntityKind::Group, account, g.name)},
                                  {QStringLiteral("attached"),
                                   attachedJson(d, EntityKind::Group, account, g.name, used)},
                              });
    QJsonObject roles;
    for (const Role& r : d.roles(account)) {
        if (!r.permissionsBoundaryArn.isEmpty())
            used.insert(r.permissionsBoundaryArn);
        roles.insert(r.name, QJsonObject{
                                 {QStringLiteral("path"), r.path},
                                 {QStringLiteral("id"), r.roleId},
                                 {QStringLiteral("created"), ms(r.createDate)},
                                 {QStringLiteral("description"), r.description},
                                 {QStringLiteral("trust"), r.trustPolicy},
                                 {QStringLiteral("maxSessionDuration"), r.maxSessionDuration},
                                 {QStringLiteral("boundary"), r.permissionsBoundaryArn},
                                 {QStringLiteral("tags"), tagsJson(r.tags)},
                                 {QStringLiteral("inline"),
                                  inlineJson(d, EntityKind::Role, account, r.name)},
                                 {QStringLiteral("attached"),
                                  attachedJson(d, EntityKind::Role, account, r.name, used)},
                             });
    }
    QList<ManagedPolicy> policies = d.policies(account);
    for (const ManagedPolicy& p : d.awsManagedPolicies())
        if (used.contains(p.arn))
            policies.append(p);
    // Every directory installs the built-in AWS managed policies with ids of its own.
    QSet<QString> builtIn;
    const auto definitions = AwsManagedPolicies::builtIn();
    for (qsizetype i = 0; definitions.ok() && i < definitions->size(); ++i)
        builtIn.insert(definitions->at(i).arn());
    QJsonObject policyMap;
    for (const ManagedPolicy& p : policies) {
        QJsonArray versions;
        for (const PolicyVersion& v : d.policyVersions(p.arn))
            versions.append(QJsonArray{v.versionId, v.document, v.isDefault, ms(v.createDate)});
        policyMap.insert(
            p.arn, QJsonObject{
                       {QStringLiteral("id"), builtIn.contains(p.arn) ? QString() : p.policyId},
                       {QStringLiteral("path"), p.path},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("default"), p.defaultVersionId},
                       {QStringLiteral("created"), ms(p.createDate)},
                       {QStringLiteral("updated"), ms(p.updateDate)},
                       {QStringLiteral("versions"), versions},
                   });
    }
    return {{QStringLiteral("users"), users},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("policies"), policyMap}};
}

// Equal snapshots, compared entity by entity so that a failure names the entity.
inline bool sameAccount(const QJsonObject& expected, const QJsonObject& actual)
{
    for (const QString& section : expected.keys()) {
        const QJsonObject e = expected.value(section).toObject();
        const QJsonObject a = actual.value(section).toObject();
        if (e.keys() != a.keys()) {
            qWarning("%s differ: %s vs %s", qPrintable(section), qPrintable(e.keys().join(u',')),
                     qPrintable(a.keys().join(u',')));
            return false;
        }
        for (const QString& name : e.keys())
            if (e.value(name) != a.value(name)) {
                qWarning("%s %s differs:\n%s\n%s", qPrintable(section), qPrintable(name),
                         QJsonDocument(e.value(name).toObject()).toJson().constData(),
                         QJsonDocument(a.value(name).toObject()).toJson().constData());
                return false;
            }
    }
    return expected.keys() == actual.keys();
}

#define REQUIRE_SAMPLES()                                                                          \
    do {                                                                                           \
        REQUIRE_TESTDATA(InteropTest::samplePath(InteropTest::awsCliSample));                      \
    } while (false)

} // namespace InteropTest
