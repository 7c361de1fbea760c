#include "common/resultassertions.h"
#include "iamendpointtesting.h"

#include "console/policysimulator.h"
#include "policy/policycache.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

namespace {
// <SummaryMap><entry><key/><value/></entry>...</SummaryMap> as a map.
QMap<QString, int> summaryOf(const QByteArray& xml)
{
    const QStringList keys = EndpointRequestSigner::elementTexts(xml, QStringLiteral("key"));
    const QStringList values = EndpointRequestSigner::elementTexts(xml, QStringLiteral("value"));
    QMap<QString, int> map;
    for (qsizetype i = 0; i < keys.size() && i < values.size(); ++i)
        map.insert(keys.at(i), values.at(i).toInt());
    return map;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The direct <member> children of each list element of an authorization
// details answer, as the names of the entities they hold.
QMap<QString, QStringList> detailLists(const QByteArray& xml)
{
    static const QMap<QString, QString> nameOf = {
        {QStringLiteral("UserDetailList"), QStringLiteral("UserName")},
        {QStringLiteral("GroupDetailList"), QStringLiteral("GroupName")},
        {QStringLiteral("RoleDetailList"), QStringLiteral("RoleName")},
        {QStringLiteral("Policies"), QStringLiteral("PolicyName")}};
    QMap<QString, QStringList> lists;
    QXmlStreamReader reader(xml);
    QString list;
    int depth = 0, listDepth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            ++depth;
            const QString name = reader.name().toString();
            if (listDepth < 0 && nameOf.contains(name)) {
                list = name;
                listDepth = depth;
                lists[list];
            } else if (listDepth >= 0 && depth == listDepth + 2 && name == nameOf.value(list)) {
                lists[list].append(reader.readElementText());
                --depth;
            }
        } else if (reader.isEndElement()) {
            if (depth == listDepth)
                listDepth = -1;
            --depth;
        }
    }
    return lists;
}
} // namespace

class TestIamAccountOperations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IamEndpointTesting> t;
    Directory& dir() { return *t->demo->dir; }

    IamEndpointTesting::Answer maria(std::initializer_list<QString> items)
    {
        return t->call(QStringLiteral("Maria"), form(items));
    }

    // The decisions of one simulation answer, "action resource decision".
    static QStringList decisions(const IamEndpointTesting::Answer& answer)
    {
        const QStringList actions = answer.texts(QStringLiteral("EvalActionName"));
        const QStringList resources = answer.texts(QStringLiteral("EvalResourceName"));
        const QStringList results = answer.texts(QStringLiteral("EvalDecision"));
        QStringList out;
        for (qsizetype i = 0; i < actions.size(); ++i)
            out << actions.at(i) + QLatin1Char(' ') + resources.value(i) + QLatin1Char(' ') +
                       results.value(i);
        return out;
    }

private slots:
    void init()
    {
        t = std::make_unique<IamEndpointTesting>();
        REQUIRE_OK(t->start(
            QStringList{QStringLiteral("Maria"), QStringLiteral("Paulo"), QStringLiteral("Sam")}));
    }
    void cleanup() { t.reset(); }

    void passwordPolicyRoundTrip()
    {
        if (dir().passwordPolicy(IamEndpointTesting::Account))
            QCOMPARE(maria({"Action", "DeleteAccountPasswordPolicy"}).status, 200);
        auto answer = maria({"Action", "GetAccountPasswordPolicy"});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NoSuchEntity"));
        QCOMPARE(answer.text(QStringLiteral("Message")),
                 QStringLiteral("The Password Policy with domain name 111122223333 cannot be "
                                "found."));

        answer = maria({"Action", "UpdateAccountPasswordPolicy", "MinimumPasswordLength", "12",
                        "RequireSymbols", "true", "MaxPasswordAge", "90", "PasswordReusePrevention",
                        "3", "AllowUsersToChangePassword", "true"});
        QCOMPARE(answer.status, 200);
        answer = maria({"Action", "GetAccountPasswordPolicy"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.text(QStringLiteral("MinimumPasswordLength")), QStringLiteral("12"));
        QCOMPARE(answer.text(QStringLiteral("RequireSymbols")), QStringLiteral("true"));
        QCOMPARE(answer.text(QStringLiteral("RequireNumbers")), QStringLiteral("false"));
        QCOMPARE(answer.text(QStringLiteral("ExpirePasswords")), QStringLiteral("true"));
        QCOMPARE(answer.text(QStringLiteral("MaxPasswordAge")), QStringLiteral("90"));
        QCOMPARE(answer.text(QStringLiteral("PasswordReusePrevention")), QStringLiteral("3"));
        QCOMPARE(dir().passwordPolicy(IamEndpointTesting::Account)->minimumLength, 12);

        answer = maria({"Action", "UpdateAccountPasswordPolicy", "MinimumPasswordLength", "3"});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.code(), QStringLiteral("ValidationError"));
        QCOMPARE(dir().passwordPolicy(IamEndpointTesting::Account)->minimumLength, 12);

        QCOMPARE(maria({"Action", "DeleteAccountPasswordPolicy"}).status, 200);
        QCOMPARE(maria({"Action", "GetAccountPasswordPolicy"}).status, 404);
        answer = maria({"Action", "DeleteAccountPasswordPolicy"});
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NoSuchEntity"));
    }

    void accountAliases()
    {
        const auto answer = maria({"Action", "ListAccountAliases"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.texts(QStringLiteral("member")),
                 QStringList{QStringLiteral("catphoto-prod")});
        QCOMPARE(answer.text(QStringLiteral("IsTruncated")), QStringLiteral("false"));
    }

    void accountSummaryCountsTheDirectory()
    {
        const auto answer = maria({"Action", "GetAccountSummary"});
        QCOMPARE(answer.status, 200);
        const auto summary = summaryOf(answer.body);
        const QString account = IamEndpointTesting::Account;
        QCOMPARE(summary.value(QStringLiteral("Users"), -1), dir().userCount(account));
        QCOMPARE(summary.value(QStringLiteral("Groups"), -1), dir().groupCount(account));
        QCOMPARE(summary.value(QStringLiteral("Roles"), -1), dir().roleCount(account));
        QCOMPARE(summary.value(QStringLiteral("Policies"), -1), dir().policyCount(account));
        QCOMPARE(summary.value(QStringLiteral("UsersQuota")), 5000);
        QCOMPARE(summary.value(QStringLiteral("GroupsPerUserQuota")), 10);
        QCOMPARE(summary.value(QStringLiteral("VersionsPerPolicyQuota")), 5);
        QVERIFY(summary.contains(QStringLiteral("RolesQuota")));
        QVERIFY(summary.contains(QStringLiteral("PoliciesQuota")));
        QCOMPARE(summary.value(QStringLiteral("AttachedPoliciesPerRoleQuota")), 10);
        // An account that raised its quota (Service Quotas) reports the raised value.
        QVERIFY(dir().setAccountQuota(account, QStringLiteral("PoliciesPerRole"), 20).ok());
        const auto raised = summaryOf(maria({"Action", "GetAccountSummary"}).body);
        QCOMPARE(raised.value(QStringLiteral("AttachedPoliciesPerRoleQuota")), 20);
        QCOMPARE(raised.value(QStringLiteral("AttachedPoliciesPerUserQuota")), 10);
        QCOMPARE(raised.value(QStringLiteral("AttachedPoliciesPerGroupQuota")), 10);
    }

    void authorizationDetailsParseBack()
    {
        const auto answer = maria({"Action", "GetAccountAuthorizationDetails", "MaxItems", "1000"});
        QCOMPARE(answer.status, 200);
        const auto lists = detailLists(answer.body);
        const QString account = IamEndpointTesting::Account;
        QStringList users, groups, roles;
        for (const User& u : dir().users(account))
            users << u.name;
        for (const Group& g : dir().groups(account))
            groups << g.name;
        for (const Role& r : dir().roles(account))
            roles << r.name;
        QCOMPARE(lists.value(QStringLiteral("UserDetailList")), users);
        QCOMPARE(lists.value(QStringLiteral("GroupDetailList")), groups);
        QCOMPARE(lists.value(QStringLiteral("RoleDetailList")), roles);
        const QStringList policies = lists.value(QStringLiteral("Policies"));
        QVERIFY(policies.contains(QStringLiteral("DeveloperAccess")));
        QVERIFY(policies.contains(QStringLiteral("AdministratorAccess")));

        // Documents are URL-encoded JSON with the stored content.
        const QStringList trusts = answer.texts(QStringLiteral("AssumeRolePolicyDocument"));
        QCOMPARE(trusts.size(), roles.size());
        QCOMPARE(json(QUrl::fromPercentEncoding(trusts.first().toLatin1())),
                 json(dir().role(account, roles.first())->trustPolicy));
        QVERIFY(!answer.text(QStringLiteral("PolicyDocument")).contains(QLatin1Char('{')));

        // A filter keeps one kind; pages add up to the whole.
        const auto onlyRoles =
            maria({"Action", "GetAccountAuthorizationDetails", "Filter.member.1", "Role"});
        QCOMPARE(detailLists(onlyRoles.body).value(QStringLiteral("RoleDetailList")), roles);
        QVERIFY(detailLists(onlyRoles.body).value(QStringLiteral("UserDetailList")).isEmpty());

        QMap<QString, QStringList> paged;
        QString marker;
        int pages = 0;
        do {
            auto request = form({"Action", "GetAccountAuthorizationDetails", "MaxItems", "4"});
            if (!marker.isEmpty())
                request.append({QStringLiteral("Marker"), marker});
            const auto page = t->call(QStringLiteral("Maria"), request);
            QCOMPARE(page.status, 200);
            const auto pageLists = detailLists(page.body);
            for (auto it = pageLists.begin(); it != pageLists.end(); ++it)
                paged[it.key()] += it.value();
            marker = page.text(QStringLiteral("IsTruncated")) == QLatin1String("true")
                         ? page.text(QStringLiteral("Marker"))
                         : QString();
            QVERIFY(++pages < 50);
        } while (!marker.isEmpty());
        QVERIFY(pages > 1);
        QCOMPARE(paged, lists);

        const auto bad =
            maria({"Action", "GetAccountAuthorizationDetails", "Filter.member.1", "Planet"});
        QCOMPARE(bad.code(), QStringLiteral("ValidationError"));
    }

    void simulatePrincipalPolicyAgreesWithTheConsole()
    {
        const QString john = QStringLiteral("arn:aws:iam::111122223333:user/John");
        const QStringList actions = {
            QStringLiteral("s3:GetObject"), QStringLiteral("rds:DeleteDBInstance"),
            QStringLiteral("iam:CreateUser"), QStringLiteral("ec2:RunInstances")};
        auto request = form({"Action", "SimulatePrincipalPolicy", "PolicySourceArn", john});
        for (qsizetype i = 0; i < actions.size(); ++i)
            request.append({QStringLiteral("ActionNames.member.%1").arg(i + 1), actions.at(i)});
        const auto answer = t->call(QStringLiteral("Maria"), request);
        QCOMPARE(answer.status, 200);

        PolicyCache cache;
        const PolicySimulator simulator(dir(), cache, &t->demo->clock);
        PolicySimulator::Request console;
        console.principalArn = john;
        console.actions = actions;
        const auto outcome = simulator.simulate(console);
        QVERIFY(outcome);
        QStringList expected;
        for (const auto& result : outcome->results)
            expected << result.action + QStringLiteral(" * ") +
                            (result.result.isAllowed()
                                 ? QStringLiteral("allowed")
                                 : EvaluationResult::decisionName(result.result.decision));
        QCOMPARE(decisions(answer), expected);
        // The group's inline deny decides the database deletion.
        QVERIFY(expected.contains(QStringLiteral("rds:DeleteDBInstance * explicitDeny")));
        QVERIFY(answer.texts(QStringLiteral("SourcePolicyId"))
                    .contains(QStringLiteral("ProtectProductionDatabase")));
        QVERIFY(answer.texts(QStringLiteral("SourcePolicyType")).contains(QStringLiteral("group")));

        const auto missing = maria({"Action", "SimulatePrincipalPolicy", "PolicySourceArn",
                                    "arn:aws:iam::111122223333:user/Nobody", "ActionNames.member.1",
                                    "s3:GetObject"});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("NoSuchEntity"));
        const auto noActions =
            maria({"Action", "SimulatePrincipalPolicy", "PolicySourceArn", john});
        QCOMPARE(noActions.code(), QStringLiteral("ValidationError"));
    }

    void simulateCustomPolicyPerActionAndResource()
    {
        const QString policy =
            QStringLiteral(R"({"Version":"2012-10-17","Statement":[)"
                           R"({"Effect":"Allow","Action":"s3:*","Resource":"*"},)"
                           R"({"Sid":"KeepLogs","Effect":"Deny","Action":"s3:DeleteObject",)"
                           "\"Resource\":\"arn:aws:s3:::logs/\x2a\"}]}");
        const auto answer =
            maria({"Action", "SimulateCustomPolicy", "PolicyInputList.member.1", policy,
                   "ActionNames.member.1", "s3:DeleteObject", "ActionNames.member.2",
                   "ec2:RunInstances", "ResourceArns.member.1", "arn:aws:s3:::logs/a",
                   "ResourceArns.member.2", "arn:aws:s3:::photos/a"});
        QCOMPARE(answer.status, 200);
        QCOMPARE(
            decisions(answer),
            (QStringList{QStringLiteral("s3:DeleteObject arn:aws:s3:::logs/a explicitDeny"),
                         QStringLiteral("ec2:RunInstances arn:aws:s3:::logs/a implicitDeny"),
                         QStringLiteral("s3:DeleteObject arn:aws:s3:::photos/a allowed"),
                         QStringLiteral("ec2:RunInstances arn:aws:s3:::photos/a implicitDeny")}));
        QCOMPARE(answer.texts(QStringLiteral("SourcePolicyId")),
                 (QStringList{QStringLiteral("PolicyInputList.1"),
                              QStringLiteral("PolicyInputList.1")}));
        QCOMPARE(answer.text(QStringLiteral("SourcePolicyType")), QStringLiteral("none"));
        QCOMPARE(answer.text(QStringLiteral("SourcePolicyType")), QStringLiteral("none"));

        const auto page = maria({"Action", "SimulateCustomPolicy", "PolicyInputList.member.1",
                                 policy, "ActionNames.member.1", "s3:GetObject",
                                 "ActionNames.member.2", "s3:PutObject", "MaxItems", "1"});
        QCOMPARE(page.texts(QStringLiteral("EvalActionName")),
                 QStringList{QStringLiteral("s3:GetObject")});
        QCOMPARE(page.text(QStringLiteral("IsTruncated")), QStringLiteral("true"));

        const auto malformed = maria({"Action", "SimulateCustomPolicy", "PolicyInputList.member.1",
                                      "{oops", "ActionNames.member.1", "s3:GetObject"});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.code(), QStringLiteral("MalformedPolicyDocument"));
    }

    void deniedReadsAndEditsChangeNothing()
    {
        const auto read = t->call(QStringLiteral("Paulo"), form({"Action", "GetAccountSummary"}));
        QCOMPARE(read.status, 403);
        QCOMPARE(read.code(), QStringLiteral("AccessDenied"));
        QVERIFY(
            read.text(QStringLiteral("Message"))
                .contains(QStringLiteral("is not authorized to perform: iam:GetAccountSummary")));
        const auto details =
            t->call(QStringLiteral("Paulo"), form({"Action", "GetAccountAuthorizationDetails"}));
        QCOMPARE(details.code(), QStringLiteral("AccessDenied"));

        const auto before = dir().passwordPolicy(IamEndpointTesting::Account);
        const auto edit =
            t->call(QStringLiteral("Sam"),
                    form({"Action", "UpdateAccountPasswordPolicy", "MinimumPasswordLength", "20"}));
        QCOMPARE(edit.status, 403);
        QCOMPARE(edit.code(), QStringLiteral("AccessDenied"));
        QCOMPARE(dir().passwordPolicy(IamEndpointTesting::Account), before);
    }
};

QTEST_GUILESS_MAIN(TestIamAccountOperations)
#include "tst_iamaccountoperations.moc"
