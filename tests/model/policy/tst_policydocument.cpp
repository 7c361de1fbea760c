#include "iam/quotas.h"
#include "policy/policydocument.h"
#include "policytestsupport.h"

#include <QTest>

// Parsing and validation of policy documents, with the located errors of
// MalformedPolicyDocument.
class TestPolicyDocument : public QObject
{
    Q_OBJECT

    // The diagnostic of a document that must be rejected.
    static PolicyDiagnostic rejected(const QString& text, PolicyKind kind = PolicyKind::Identity)
    {
        PolicyDiagnostic diagnostic;
        const auto result = PolicyDocument::parse(text, kind, &diagnostic);
        if (result.ok()) {
            qWarning("accepted: %s", qPrintable(text));
            return {};
        }
        if (result.error().code() != QLatin1String("MalformedPolicyDocument") ||
            result.error().httpStatus() != 400 || result.error().message() != diagnostic.message())
            qWarning("unexpected error: %s", qPrintable(result.error().toString()));
        return diagnostic;
    }

    static bool accepted(const QString& text, PolicyKind kind = PolicyKind::Identity)
    {
        const auto result = PolicyDocument::parse(text, kind);
        if (!result.ok())
            qWarning("%s", qPrintable(result.error().message()));
        return result.ok();
    }

    static QString statement(const QString& body)
    {
        return json("{'Version': '2012-10-17', 'Statement': ") + body + QStringLiteral("}");
    }

private slots:
    void parsesAllElements()
    {
        const auto document = PolicyDocument::parse(
            json("{\n"
                 "            'Version': '2012-10-17',\n"
                 "            'Id': 'Example',\n"
                 "            'Statement': [\n"
                 "              {'Sid': 'Read', 'Effect': 'Allow', 'Action': ['s3:GetObject', "
                 "'s3:List*'],\n"
                 "               'Resource': 'arn:aws:s3:::b/*',\n"
                 "               'Condition': {'StringLike': {'s3:prefix': ['home/', 'home/*']},\n"
                 "                             'NumericLessThan': {'aws:MultiFactorAuthAge': "
                 "3600},\n"
                 "                             'Bool': {'aws:SecureTransport': true}}},\n"
                 "              {'Effect': 'Deny', 'NotAction': 'iam:*', 'NotResource': "
                 "['arn:aws:iam::*:user/x']}\n"
                 "            ]}"),
            PolicyKind::Identity);
        QVERIFY(document.ok());
        QCOMPARE(document->version(), QStringLiteral("2012-10-17"));
        QCOMPARE(document->id(), QStringLiteral("Example"));
        QVERIFY(document->supportsVariables());
        QCOMPARE(document->statements().size(), 2);
        const PolicyStatement& read = document->statements().at(0);
        QCOMPARE(read.sid, QStringLiteral("Read"));
        QCOMPARE(read.effect, PolicyEffect::Allow);
        QCOMPARE(read.actions, (QStringList{"s3:GetObject", "s3:List*"}));
        QVERIFY(!read.notAction);
        QVERIFY(read.hasResource);
        QCOMPARE(read.resources, QStringList{"arn:aws:s3:::b/*"});
        QCOMPARE(read.conditions.size(), 3);
        bool sawNumber = false;
        bool sawBool = false;
        for (const PolicyCondition& condition : read.conditions) {
            if (condition.op == QLatin1String("StringLike")) {
                QCOMPARE(condition.key, QStringLiteral("s3:prefix"));
                QCOMPARE(condition.values, (QStringList{"home/", "home/*"}));
            } else if (condition.op == QLatin1String("NumericLessThan")) {
                QCOMPARE(condition.values, QStringList{"3600"}); // numbers keep their JSON text
                sawNumber = true;
            } else if (condition.op == QLatin1String("Bool")) {
                QCOMPARE(condition.values, QStringList{"true"});
                sawBool = true;
            }
        }
        QVERIFY(sawNumber && sawBool);
        const PolicyStatement& deny = document->statements().at(1);
        QCOMPARE(deny.effect, PolicyEffect::Deny);
        QVERIFY(deny.notAction);
        QVERIFY(deny.notResource);
        QCOMPARE(deny.actions, QStringList{"iam:*"});
    }

    void statementMayBeAnObject()
    {
        const auto document = PolicyDocument::parse(
            statement(json("{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}")),
            PolicyKind::Identity);
        QVERIFY(document.ok());
        QCOMPARE(document->statements().size(), 1);
        QCOMPARE(document->statements().at(0).actions, QStringList{"*"});
    }

    void versionDefaultsTo2008WithoutVariables()
    {
        const auto document = PolicyDocument::parse(
            json("{'Statement': {'Effect': 'Allow', 'Action': '*', 'Resource': '*'}}"),
            PolicyKind::Identity);
        QVERIFY(document.ok());
        QCOMPARE(document->version(), QStringLiteral("2008-10-17"));
        QVERIFY(!document->supportsVariables());
    }

    void parsesPrincipalForms()
    {
        const auto document = PolicyDocument::parse(
            json(
                "{'Version': '2012-10-17',\n"
                "            'Statement': [\n"
                "              {'Effect': 'Allow', 'Principal': '*', 'Action': 'sts:AssumeRole'},\n"
                "              {'Effect': 'Allow', 'Principal': {'AWS': ['111122223333', "
                "'arn:aws:iam::444455556666:root',\n"
                "                 'arn:aws:iam::111122223333:user/John'], 'Service': "
                "'ec2.amazonaws.com',\n"
                "                 'Federated': 'accounts.google.com'}, 'Action': "
                "'sts:AssumeRole'},\n"
                "              {'Effect': 'Deny', 'NotPrincipal': {'AWS': '*'}, 'Action': "
                "'sts:*'}]}"),
            PolicyKind::Trust);
        QVERIFY(document.ok());
        QVERIFY(document->statements().at(0).principal->anyone);
        const PolicyPrincipal& listed = *document->statements().at(1).principal;
        QCOMPARE(listed.aws.size(), 3);
        QCOMPARE(listed.service, QStringList{"ec2.amazonaws.com"});
        QCOMPARE(listed.federated, QStringList{"accounts.google.com"});
        QVERIFY(document->statements().at(2).notPrincipal);
        QVERIFY(!document->statements().at(1).hasResource);
    }

    // Actions are only checked for a service prefix: odd ones parse and then
    // match nothing (the conformance data has "s3:" and "s3:GetObject,PutObject").
    void acceptsLiteralOddActions()
    {
        QVERIFY(accepted(statement(
            json("{'Effect': 'Allow', 'Action': ['s3:', 's3:Get,Put',\n"
                 "                                      's3:   GetBucket'], 'Resource': '*'}"))));
    }

    void locatesInvalidEffect()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n"
            "    {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"},\n"
            "    {\"Effect\": \"Permit\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}\n"
            "  ]\n}"));
        QCOMPARE(d.line, 5);
        QCOMPARE(d.column, 16);
        QCOMPARE(d.path, QStringLiteral("Statement[1].Effect"));
        QCOMPARE(d.message(),
                 QStringLiteral("Effect must be \"Allow\" or \"Deny\", not \"Permit\" at 5:16 in "
                                "Statement[1].Effect"));
    }

    void locatesUnknownConditionOperator()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n"
            "      \"Effect\": \"Allow\",\n      \"Action\": \"s3:ListBucket\",\n"
            "      \"Resource\": \"arn:aws:s3:::b\",\n      \"Condition\": {\n"
            "        \"StringLikee\": {\"s3:prefix\": \"home/*\"}\n      }\n    },\n"
            "    {\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\"}\n  ]\n}"));
        QCOMPARE(d.line, 9);
        QCOMPARE(d.column, 9);
        QCOMPARE(d.path, QStringLiteral("Statement[0].Condition.StringLikee"));
        QCOMPARE(d.what, QStringLiteral("Unknown condition operator \"StringLikee\""));
    }

    void locatesUnknownElementAtItsName()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\"Version\": \"2012-10-17\",\n \"Statement\": {\"Effect\": \"Allow\", \"Action\": "
            "\"*\",\n   \"Resource\": \"*\", \"Conditions\": {}}}"));
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 21);
        QCOMPARE(d.path, QStringLiteral("Statement.Conditions"));
        QCOMPARE(d.what, QStringLiteral("Unknown element \"Conditions\""));
    }

    void locatesActionWithoutServicePrefixInArray()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\"Statement\": [{\"Effect\": \"Allow\",\n  \"Action\": [\"s3:GetObject\", "
            "\"ListBucket\"], \"Resource\": \"*\"}]}"));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 30);
        QCOMPARE(d.path, QStringLiteral("Statement[0].Action[1]"));
        QVERIFY(d.what.contains(QLatin1String("service prefix")));
    }

    void locatesInvalidJson()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\n  \"Statement\": [\n    {\"Effect\": \"Allow\" \"Action\": \"*\"}\n  ]\n}"));
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 24); // where "Action" starts: a ',' was due
        QVERIFY(d.path.isEmpty());
        QVERIFY(d.what.startsWith(QLatin1String("Invalid JSON: ")));
    }

    void locatesCharacterOutsideTheAllowedRange()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\"Statement\": {\"Effect\": \"Allow\",\n  \"Action\": \"s3:*\", \"Resource\": "
            "\"arn:aws:s3:::caf\u00e9-\u4e2d\"}}"));
        // U+00E9 is allowed; U+4E2D is not.
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 52);
        QVERIFY2(d.what.startsWith(QLatin1String("Invalid character U+4E2D")), qPrintable(d.what));
    }

    void allowsTabsAndNewlinesButNotOtherControls()
    {
        QVERIFY(accepted(QStringLiteral("{\r\n\t\"Statement\": {\"Effect\": \"Allow\", \"Action\": "
                                        "\"*\", \"Resource\": \"*\"}}")));
        const PolicyDiagnostic d = rejected(QStringLiteral("{\"Statement\": \x01}"));
        QCOMPARE(d.column, 15);
        QVERIFY(d.what.contains(QLatin1String("U+0001")));
    }

    void rejectsActionWithNotAction()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\",\n  \"NotAction\": "
            "\"iam:*\", \"Resource\": \"*\"}]}"));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 3);
        QCOMPARE(d.path, QStringLiteral("Statement[0].NotAction"));
        QCOMPARE(d.what, QStringLiteral("Action and NotAction cannot be used together"));
    }

    void rejectsResourceWithNotResource()
    {
        const PolicyDiagnostic d =
            rejected(statement(json("{'Effect': 'Allow', 'Action': '*', 'Resource': '*', "
                                    "'NotResource': 'arn:aws:s3:::b'}")));
        QCOMPARE(d.path, QStringLiteral("Statement.NotResource"));
        QCOMPARE(d.what, QStringLiteral("Resource and NotResource cannot be used together"));
    }

    void rejectsPrincipalWithNotPrincipal()
    {
        const PolicyDiagnostic d =
            rejected(statement(json("{'Effect': 'Allow', 'Principal': '*',\n"
                                    "            'NotPrincipal': {'AWS': '111122223333'}, "
                                    "'Action': 's3:*', 'Resource': '*'}")),
                     PolicyKind::Resource);
        QCOMPARE(d.path, QStringLiteral("Statement.NotPrincipal"));
        QCOMPARE(d.what, QStringLiteral("Principal and NotPrincipal cannot be used together"));
    }

    void locatesMissingActionAtTheStatement()
    {
        const PolicyDiagnostic d = rejected(QStringLiteral(
            "{\"Statement\": [\n  {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": "
            "\"*\"},\n  {\"Effect\": \"Allow\", \"Resource\": \"*\"}]}"));
        QCOMPARE(d.line, 3);
        QCOMPARE(d.column, 3);
        QCOMPARE(d.path, QStringLiteral("Statement[1]"));
        QCOMPARE(d.what, QStringLiteral("Missing required element Action or NotAction"));
    }

    void requiresEffectAndStatement()
    {
        QCOMPARE(rejected(statement(json("{'Action': '*', 'Resource': '*'}"))).what,
                 QStringLiteral("Missing required element Effect"));
        QCOMPARE(rejected(json("{'Version': '2012-10-17'}")).what,
                 QStringLiteral("Missing required element Statement"));
        QCOMPARE(rejected(json("['Statement']")).what,
                 QStringLiteral("A policy must be a JSON object"));
        QCOMPARE(rejected(json("{'Statement': 3}")).path, QStringLiteral("Statement"));
        QCOMPARE(rejected(json("{'Statement': [3]}")).path, QStringLiteral("Statement[0]"));
    }

    void effectIsCaseSensitive()
    {
        QCOMPARE(
            rejected(statement(json("{'Effect': 'allow', 'Action': '*', 'Resource': '*'}"))).path,
            QStringLiteral("Statement.Effect"));
    }

    void rejectsUnknownVersionAndTopLevelElement()
    {
        QCOMPARE(rejected(json("{'Version': '2012-10-18', 'Statement': []}")).path,
                 QStringLiteral("Version"));
        QCOMPARE(rejected(json("{'Statement': [], 'Comment': 'x'}")).what,
                 QStringLiteral("Unknown element \"Comment\""));
    }

    void resourceRequirementDependsOnKind_data()
    {
        QTest::addColumn<PolicyKind>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("identity") << PolicyKind::Identity << false;
        QTest::newRow("boundary") << PolicyKind::Boundary << false;
        QTest::newRow("session") << PolicyKind::Session << false;
        QTest::newRow("resource") << PolicyKind::Resource << true;
        QTest::newRow("service control") << PolicyKind::ServiceControl << false;
        QTest::newRow("resource control") << PolicyKind::ResourceControl << false;
    }
    void resourceRequirementDependsOnKind()
    {
        QFETCH(PolicyKind, kind);
        QFETCH(bool, accepted);
        const bool needsPrincipal =
            kind == PolicyKind::Resource || kind == PolicyKind::ResourceControl;
        const QString text = statement(
            needsPrincipal ? json("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*'}")
                           : json("{'Effect': 'Allow', 'Action': 's3:*'}"));
        PolicyDiagnostic d;
        QCOMPARE(PolicyDocument::parse(text, kind, &d).ok(), accepted);
        if (!accepted)
            QCOMPARE(d.what, QStringLiteral("Missing required element Resource or NotResource"));
    }

    void identityPoliciesMustNotHavePrincipal_data()
    {
        QTest::addColumn<PolicyKind>("kind");
        QTest::newRow("identity") << PolicyKind::Identity;
        QTest::newRow("boundary") << PolicyKind::Boundary;
        QTest::newRow("session") << PolicyKind::Session;
        // "SCPs don't support the Principal element" (Organizations User Guide, "SCP syntax",
        // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_syntax.html).
        QTest::newRow("service control") << PolicyKind::ServiceControl;
    }
    void identityPoliciesMustNotHavePrincipal()
    {
        QFETCH(PolicyKind, kind);
        const PolicyDiagnostic d = rejected(
            statement(
                json("{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:*', 'Resource': '*'}")),
            kind);
        QCOMPARE(d.path, QStringLiteral("Statement.Principal"));
        QCOMPARE(d.what, QStringLiteral("Policy document should not specify a principal"));
    }

    void trustAndResourcePoliciesNeedPrincipal_data()
    {
        QTest::addColumn<PolicyKind>("kind");
        QTest::newRow("trust") << PolicyKind::Trust;
        QTest::newRow("resource") << PolicyKind::Resource;
    }
    void trustAndResourcePoliciesNeedPrincipal()
    {
        QFETCH(PolicyKind, kind);
        const PolicyDiagnostic d =
            rejected(statement(json("{'Effect': 'Allow', 'Action': 'sts:AssumeRole'}")), kind);
        QCOMPARE(d.path, QStringLiteral("Statement"));
        QCOMPARE(d.what, QStringLiteral("Missing required element Principal or NotPrincipal"));
    }

    void trustPoliciesOnlyAllowStsActionsAndNoResource()
    {
        const QString principal = json("'Principal': {'AWS': '111122223333'}");
        QVERIFY(accepted(
            statement(
                json("{'Effect': 'Allow', %1, 'Action': ['sts:AssumeRole', 'sts:TagSession']}")
                    .arg(principal)),
            PolicyKind::Trust));
        const PolicyDiagnostic s3 = rejected(
            statement(json("{'Effect': 'Allow', %1, 'Action': ['sts:AssumeRole', 's3:GetObject']}")
                          .arg(principal)),
            PolicyKind::Trust);
        QCOMPARE(s3.path, QStringLiteral("Statement.Action[1]"));
        QVERIFY(s3.what.contains(QLatin1String("sts")));
        QVERIFY(!rejected(statement(json("{'Effect': 'Allow', %1, 'Action': '*'}").arg(principal)),
                          PolicyKind::Trust)
                     .what.isEmpty());
        const PolicyDiagnostic resource = rejected(
            statement(json("{'Effect': 'Allow', %1, 'Action': 'sts:AssumeRole', 'Resource': '*'}")
                          .arg(principal)),
            PolicyKind::Trust);
        QCOMPARE(resource.path, QStringLiteral("Statement.Resource"));
    }

    void rejectsInvalidPrincipals()
    {
        QCOMPARE(rejected(statement(json("{'Effect': 'Allow', 'Principal': {'AWS': 'John'}, "
                                         "'Action': 'sts:AssumeRole'}")),
                          PolicyKind::Trust)
                     .path,
                 QStringLiteral("Statement.Principal.AWS"));
        QCOMPARE(rejected(statement(json("{'Effect': 'Allow', 'Principal': {'Group': 'x'}, "
                                         "'Action': 'sts:AssumeRole'}")),
                          PolicyKind::Trust)
                     .what,
                 QStringLiteral("Unknown principal type \"Group\""));
        QCOMPARE(rejected(statement(json("{'Effect': 'Allow', 'Principal': '111122223333', "
                                         "'Action': 'sts:AssumeRole'}")),
                          PolicyKind::Trust)
                     .path,
                 QStringLiteral("Statement.Principal"));
    }

    void rejectsMalformedValues()
    {
        QCOMPARE(
            rejected(statement(json("{'Effect': 'Allow', 'Action': [], 'Resource': '*'}"))).path,
            QStringLiteral("Statement.Action"));
        QCOMPARE(
            rejected(statement(json("{'Effect': 'Allow', 'Action': ['s3:*', 1], 'Resource': '*'}")))
                .path,
            QStringLiteral("Statement.Action[1]"));
        QCOMPARE(
            rejected(statement(json("{'Effect': 'Allow', 'Action': '*', 'Resource': 'bucket'}")))
                .path,
            QStringLiteral("Statement.Resource"));
        QCOMPARE(rejected(statement(json("{'Effect': 'Allow', 'Action': '*', 'Resource': '*',\n"
                                         "                                        'Condition': "
                                         "{'StringEquals': {'k': [null]}}}")))
                     .path,
                 QStringLiteral("Statement.Condition.StringEquals.k[0]"));
        QCOMPARE(
            rejected(
                statement(json(
                    "{'Effect': 'Allow', 'Action': '*', 'Resource': '*',\n"
                    "                                        'Condition': {'StringEquals': 'k'}}")))
                .path,
            QStringLiteral("Statement.Condition.StringEquals"));
        QCOMPARE(rejected(statement(json("{'Effect': 'Allow', 'Action': '*', 'Resource': '*',\n"
                                         "                                        'Condition': "
                                         "{'NullIfExists': {'k': 'true'}}}")))
                     .what,
                 QStringLiteral("Unknown condition operator \"NullIfExists\""));
    }

    void acceptsEveryOperatorForm()
    {
        QVERIFY(accepted(statement(json(
            "{'Effect': 'Allow', 'Action': '*', 'Resource': '*',\n"
            "            'Condition': {'ForAllValues:StringLikeIfExists': {'aws:TagKeys': 'a*'},\n"
            "                          'ForAnyValue:StringEquals': {'aws:TagKeys': ['b']},\n"
            "                          'DateGreaterThanEquals': {'aws:CurrentTime': "
            "'2024-01-01'},\n"
            "                          'NotIpAddress': {'aws:SourceIp': '10.0.0.0/8'},\n"
            "                          'BinaryEquals': {'k': 'QUJD'}, 'Null': {'k2': 'true'},\n"
            "                          'ArnNotLikeIfExists': {'aws:SourceArn': "
            "'arn:aws:sns:*:*:t'}}}"))));
    }

    void checksStatementIds()
    {
        QCOMPARE(
            rejected(statement(json(
                         "[{'Sid': 'A-1', 'Effect': 'Allow', 'Action': '*', 'Resource': '*'}]")))
                .path,
            QStringLiteral("Statement[0].Sid"));
        const PolicyDiagnostic duplicate = rejected(statement(json(
            "[{'Sid': 'A', 'Effect': 'Allow', 'Action': '*', 'Resource': '*'},\n"
            "                {'Sid': 'A', 'Effect': 'Deny', 'Action': '*', 'Resource': '*'}]")));
        QCOMPARE(duplicate.path, QStringLiteral("Statement[1].Sid"));
        QVERIFY(duplicate.what.contains(QLatin1String("unique")));
        // Resource policies of other services allow freer ids.
        QVERIFY(accepted(
            statement(json("{'Sid': 'Allow read-only', 'Effect': 'Allow', 'Principal': '*',\n"
                           "                                       'Action': 's3:GetObject', "
                           "'Resource': '*'}")),
            PolicyKind::Resource));
    }

    void enforcesSizeLimitsWithoutCountingWhitespace_data()
    {
        QTest::addColumn<PolicyKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::newRow("identity") << PolicyKind::Identity << Quotas::ManagedPolicySize;
        QTest::newRow("boundary") << PolicyKind::Boundary << Quotas::ManagedPolicySize;
        QTest::newRow("session") << PolicyKind::Session << Quotas::SessionPolicySize;
        QTest::newRow("trust") << PolicyKind::Trust << Quotas::TrustPolicySize;
    }
    void enforcesSizeLimitsWithoutCountingWhitespace()
    {
        QFETCH(PolicyKind, kind);
        QFETCH(int, limit);
        const bool trust = kind == PolicyKind::Trust;
        const QString head =
            trust ? json("{'Statement':{'Effect':'Allow','Principal':'*','Action':'sts:AssumeRole',"
                         "'Condition':{'StringEquals':{'sts:ExternalId':'")
                  : json("{'Statement':{'Effect':'Allow','Action':'*','Resource':'arn:aws:s3:::");
        const QString tail = trust ? json("'}}}}") : json("'}}");
        const auto sized = [&](int size) {
            return head + QString(size - head.size() - tail.size(), QLatin1Char('x')) + tail;
        };
        QVERIFY(accepted(sized(limit), kind));
        // Whitespace is free: the same document spread out still fits.
        QString spread = sized(limit);
        spread.replace(QLatin1String(","), QLatin1String(",\n    "));
        QVERIFY(spread.size() > limit);
        QVERIFY(accepted(spread, kind));
        const PolicyDiagnostic d = rejected(sized(limit + 1), kind);
        QCOMPARE(d.what, QStringLiteral("Policy size %1 exceeds the limit of %2 characters "
                                        "(whitespace not counted)")
                             .arg(limit + 1)
                             .arg(limit));
        QCOMPARE(d.line, 1);
        QCOMPARE(d.column, limit + 1); // the first character over the limit
    }

    // Organizations User Guide, "RCP syntax"
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_syntax.html):
    // the Principal is always "*" (principals are narrowed with conditions), and there is no
    // NotPrincipal or NotAction.
    void resourceControlPoliciesNameEveryPrincipal()
    {
        const PolicyKind rcp = PolicyKind::ResourceControl;
        QVERIFY(accepted(statement(json("{'Effect': 'Deny', 'Principal': '*', 'Action': "
                                        "'s3:*', 'Resource': '*'}")),
                         rcp));
        const QString mustBeStar =
            QStringLiteral("A resource control policy must have \"Principal\": \"*\"; name "
                           "principals with conditions such as aws:PrincipalOrgID");
        PolicyDiagnostic d = rejected(statement(json("{'Effect': 'Deny', 'Principal': {'AWS': "
                                                     "'111122223333'}, 'Action': 's3:*', "
                                                     "'Resource': '*'}")),
                                      rcp);
        QCOMPARE(d.path, QStringLiteral("Statement.Principal"));
        QCOMPARE(d.what, mustBeStar);
        d = rejected(statement(json("{'Effect': 'Deny', 'NotPrincipal': '*', 'Action': 's3:*', "
                                    "'Resource': '*'}")),
                     rcp);
        QCOMPARE(d.path, QStringLiteral("Statement.NotPrincipal"));
        QCOMPARE(d.what, mustBeStar);
        d = rejected(statement(json("{'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}")), rcp);
        QCOMPARE(d.what, QStringLiteral("Missing required element Principal: a resource control "
                                        "policy must have \"Principal\": \"*\""));
        d = rejected(statement(json("{'Effect': 'Deny', 'Principal': '*', 'NotAction': 's3:*', "
                                    "'Resource': '*'}")),
                     rcp);
        QCOMPARE(d.path, QStringLiteral("Statement.NotAction"));
        QCOMPARE(d.what, QStringLiteral(
                             "A resource control policy does not support NotAction; use Action"));
    }

    // "Every SCP must include a Version element with the value 2012-10-17" (SCP syntax);
    // likewise every RCP (RCP syntax).
    void organizationPoliciesNeedVersion2012_data()
    {
        QTest::addColumn<PolicyKind>("kind");
        QTest::addColumn<QString>("body");
        QTest::newRow("service control")
            << PolicyKind::ServiceControl
            << json("{'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}");
        QTest::newRow("resource control")
            << PolicyKind::ResourceControl
            << json("{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Resource': '*'}");
    }
    void organizationPoliciesNeedVersion2012()
    {
        QFETCH(PolicyKind, kind);
        QFETCH(QString, body);
        const QString what =
            QStringLiteral("An organization policy must have \"Version\": \"2012-10-17\"");
        PolicyDiagnostic d =
            rejected(QStringLiteral("{\"Statement\": ") + body + QLatin1Char('}'), kind);
        QCOMPARE(d.what, what);
        QCOMPARE(d.path, QString());
        d = rejected(QStringLiteral("{\"Version\": \"2008-10-17\", \"Statement\": ") + body +
                         QLatin1Char('}'),
                     kind);
        QCOMPARE(d.what, what);
        QCOMPARE(d.path, QStringLiteral("Version"));
        QVERIFY(accepted(statement(body), kind));
    }

    // "All characters in your SCP count against its maximum size" (SCP syntax), 5,120
    // characters (Organizations User Guide, "Quotas and service limits").
    void organizationPoliciesCountWhitespace()
    {
        const QString head =
            json("{'Version':'2012-10-17','Statement':{'Effect':'Deny','Action':'*',"
                 "'Resource':'arn:aws:s3:::");
        const QString tail = json("'}}");
        const auto sized = [&](int size) {
            return head + QString(size - head.size() - tail.size(), QLatin1Char('x')) + tail;
        };
        QVERIFY(accepted(sized(5120), PolicyKind::ServiceControl));
        QString spread = sized(5119);
        spread.replace(QLatin1String(","), QLatin1String(", "));
        const PolicyDiagnostic d = rejected(spread, PolicyKind::ServiceControl);
        QCOMPARE(d.what, QStringLiteral("Policy size %1 exceeds the limit of 5120 characters "
                                        "(whitespace counted)")
                             .arg(spread.size()));
    }

    void resourcePoliciesHaveNoSizeLimitHere()
    {
        const QString big = json("{'Statement':{'Effect':'Allow','Principal':'*','Action':'s3:*','"
                                 "Resource':'arn:aws:s3:::%1'}}")
                                .arg(QString(20000, QLatin1Char('x')));
        QVERIFY(accepted(big, PolicyKind::Resource));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
