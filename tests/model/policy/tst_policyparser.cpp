#include "iam/quotas.h"
#include "policy/policyparser.h"
#include "policytestsupport.h"

#include <QTest>

// The policy parser itself: the document it builds, the rules of each kind,
// the size limits (whitespace not counted) and where it stops, with the
// position of the first problem.
class TestPolicyParser : public QObject
{
    Q_OBJECT

    static QString statement(const char* body)
    {
        return json("{'Version': '2012-10-17', 'Statement': [") + json(body) + QStringLiteral("]}");
    }

    // The diagnostic of a document the parser must refuse (an empty one, and a
    // failure, when it accepts it).
    static PolicyDiagnostic refused(const QString& text, PolicyKind kind, int sizeLimit = -1)
    {
        PolicyParser parser(text, kind);
        if (sizeLimit >= 0)
            parser.setSizeLimit(sizeLimit);
        if (parser.parse()) {
            QTest::qFail(qPrintable(QStringLiteral("accepted: ") + text), __FILE__, __LINE__);
            return {};
        }
        return parser.diagnostic();
    }

    static bool accepted(const QString& text, PolicyKind kind, int sizeLimit = -1)
    {
        PolicyParser parser(text, kind);
        if (sizeLimit >= 0)
            parser.setSizeLimit(sizeLimit);
        return parser.parse().has_value();
    }

private slots:
    void buildsTheDocument()
    {
        const QString text =
            statement("{'Sid': 'Read', 'Effect': 'Allow', 'Action': ['s3:Get*', 's3:List*'], "
                      "'Resource': 'arn:aws:s3:::photos/*'}, "
                      "{'Effect': 'Deny', 'NotAction': 'iam:*', 'NotResource': '*', "
                      "'Condition': {'Bool': {'aws:MultiFactorAuthPresent': 'false'}}}");
        PolicyParser parser(text, PolicyKind::Identity);
        const auto document = parser.parse();
        QVERIFY2(document, qPrintable(parser.diagnostic().message()));
        QCOMPARE(document->version(), PolicyDocument::Version2012);
        QCOMPARE(document->statements().size(), 2);
        const PolicyStatement& read = document->statements().at(0);
        QCOMPARE(read.sid, QStringLiteral("Read"));
        QCOMPARE(read.effect, PolicyEffect::Allow);
        QCOMPARE(read.actions,
                 (QStringList{QStringLiteral("s3:Get*"), QStringLiteral("s3:List*")}));
        QVERIFY(!read.notAction);
        QVERIFY(read.hasResource);
        QCOMPARE(read.resources, QStringList{QStringLiteral("arn:aws:s3:::photos/*")});
        const PolicyStatement& deny = document->statements().at(1);
        QCOMPARE(deny.effect, PolicyEffect::Deny);
        QVERIFY(deny.notAction);
        QVERIFY(deny.notResource);
        QCOMPARE(deny.conditions.size(), 1);
    }

    void eachKindHasItsSizeLimit()
    {
        QCOMPARE(PolicyParser::sizeLimit(PolicyKind::Identity), Quotas::ManagedPolicySize);
        QCOMPARE(PolicyParser::sizeLimit(PolicyKind::Boundary), Quotas::ManagedPolicySize);
        QCOMPARE(PolicyParser::sizeLimit(PolicyKind::Trust), Quotas::TrustPolicySize);
        QCOMPARE(PolicyParser::sizeLimit(PolicyKind::Session), Quotas::SessionPolicySize);
        QCOMPARE(PolicyParser::sizeLimit(PolicyKind::Resource), 0);
    }

    void whitespaceIsNotCountedAndALimitCanBeLifted()
    {
        const QString compact = statement("{'Effect': 'Allow', 'Action': '*', 'Resource': '*'}");
        const QString spaced = QString(compact).replace(QLatin1Char(' '), QStringLiteral("      "));
        qsizetype counted = 0;
        for (const QChar c : compact)
            counted += c.isSpace() ? 0 : 1;
        const int limit = int(counted);
        QVERIFY(accepted(compact, PolicyKind::Identity, limit));
        QVERIFY(accepted(spaced, PolicyKind::Identity, limit));
        const PolicyDiagnostic over = refused(compact, PolicyKind::Identity, limit - 1);
        QCOMPARE(over.what, QStringLiteral("Policy size %1 exceeds the limit of %2 characters "
                                           "(whitespace not counted)")
                                .arg(limit)
                                .arg(limit - 1));
        // 0: the caller checks the size itself.
        QVERIFY(accepted(compact, PolicyKind::Identity, 0));
        const QString large = statement(qPrintable(
            QStringLiteral("{'Effect': 'Allow', 'Action': '*', 'Resource': 'arn:aws:s3:::%1'}")
                .arg(QString(3000, QLatin1Char('r')))));
        // Over a session policy's 2048, within a managed policy's 6144.
        const PolicyDiagnostic session = refused(large, PolicyKind::Session);
        QVERIFY2(session.what.startsWith(QStringLiteral("Policy size ")), qPrintable(session.what));
        QVERIFY(session.what.contains(QStringLiteral("limit of 2048 characters")));
        QVERIFY(accepted(large, PolicyKind::Identity));
        QVERIFY(accepted(large, PolicyKind::Session, 0));
    }

    void onlyLatin1CharactersWithTheirPosition()
    {
        const QString text = json("{'Version': '2012-10-17',\n 'Statement': [{'Sid': '") +
                             QChar(0x0100) + json("'}]}");
        const PolicyDiagnostic d = refused(text, PolicyKind::Identity);
        QCOMPARE(d.what, QStringLiteral("Invalid character U+0100; a policy may only hold U+0009, "
                                        "U+000A, U+000D and U+0020 to U+00FF"));
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 25);
    }

    void invalidJsonIsLocated()
    {
        const QString text = json("{\n  'Version': '2012-10-17',\n  'Statement': [,]\n}");
        const PolicyDiagnostic d = refused(text, PolicyKind::Identity);
        QVERIFY2(d.what.startsWith(QStringLiteral("Invalid JSON: ")), qPrintable(d.what));
        QCOMPARE(d.line, 3);
    }

    void principalsBelongToTrustAndResourcePolicies()
    {
        const QString text =
            statement("{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::111122223333:root'}, "
                      "'Action': 'sts:AssumeRole'}");
        QVERIFY(accepted(text, PolicyKind::Trust));
        const PolicyDiagnostic d = refused(text, PolicyKind::Identity);
        QCOMPARE(d.what, QStringLiteral("Policy document should not specify a principal"));
        QCOMPARE(d.path, QStringLiteral("Statement[0].Principal"));
        QVERIFY(!accepted(text, PolicyKind::Session));
        QVERIFY(!accepted(text, PolicyKind::Boundary));
    }

    void identityPoliciesNeedAResource()
    {
        const QString text = statement("{'Effect': 'Allow', 'Action': 's3:*'}");
        QVERIFY(!accepted(text, PolicyKind::Identity));
        QVERIFY(!accepted(text, PolicyKind::Session));
        QVERIFY(!accepted(text, PolicyKind::Boundary));
    }

    void stopsAtTheFirstProblem()
    {
        const PolicyDiagnostic d = refused(
            statement("{'Action': '*', 'Resource': '*'}, {'Sid': 'x y', 'Effect': 'Allow'}"),
            PolicyKind::Identity);
        QCOMPARE(d.what, QStringLiteral("Missing required element Effect"));
        QCOMPARE(d.path, QStringLiteral("Statement[0]"));
        const PolicyDiagnostic duplicate =
            refused(statement("{'Sid': 'A', 'Effect': 'Allow', 'Action': '*', 'Resource': '*'}, "
                              "{'Sid': 'A', 'Effect': 'Deny', 'Action': '*', 'Resource': '*'}"),
                    PolicyKind::Identity);
        QVERIFY2(duplicate.what.startsWith(
                     QStringLiteral("Statement IDs (SID) in a single policy must be unique: ")),
                 qPrintable(duplicate.what));
        QCOMPARE(duplicate.path, QStringLiteral("Statement[1].Sid"));
        QCOMPARE(duplicate.message(), QStringLiteral("%1 at %2:%3 in %4")
                                          .arg(duplicate.what)
                                          .arg(duplicate.line)
                                          .arg(duplicate.column)
                                          .arg(duplicate.path));
    }
};

QTEST_GUILESS_MAIN(TestPolicyParser)
#include "tst_policyparser.moc"
