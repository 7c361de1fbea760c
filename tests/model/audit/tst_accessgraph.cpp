#include "audittestdirectory.h"

#include "audit/accessgraph.h"

#include <QSet>
#include <QTest>

using namespace AuditTest;

class TestAccessGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { REQUIRE_TEST_ENGINE(); }
    void cleanup() { TestEngine::dropDatabases(); }
    void demoProduction()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, demo());
        const AccessGraph graph = AccessGraph::build(*directory, prod);
        // 8 users, 5 groups, 6 roles, and the dev account's auditor role people here can assume.
        QCOMPARE(graph.nodes.size(), 20);
        QStringList admins;
        QHash<QString, AccessGraphNode> byArn;
        for (const AccessGraphNode& node : graph.nodes) {
            byArn.insert(node.arn, node);
            if (node.adminEquivalent)
                admins << node.label;
        }
        QCOMPARE(admins, (QStringList{QStringLiteral("Maria"), QStringLiteral("BreakGlassAdmin")}));
        const QString auditor =
            QStringLiteral("arn:aws:iam::444455556666:role/CrossAccountAuditor");
        QCOMPARE(byArn.value(auditor).label, QStringLiteral("CrossAccountAuditor (444455556666)"));
        QCOMPARE(byArn.value(auditor).kind, EntityKind::Role);

        QSet<QString> memberOf;
        QSet<QString> canAssume;
        for (const AccessGraphEdge& edge : graph.edges) {
            QVERIFY2(byArn.contains(edge.from) && byArn.contains(edge.to), qPrintable(edge.to));
            const QString text =
                byArn.value(edge.from).label + QStringLiteral("->") + byArn.value(edge.to).label;
            (edge.kind == AccessGraphEdge::Kind::MemberOf ? memberOf : canAssume).insert(text);
        }
        QCOMPARE(memberOf,
                 (QSet<QString>{
                     QStringLiteral("John->Developers"), QStringLiteral("Ana->Developers"),
                     QStringLiteral("Kiri->Developers"), QStringLiteral("Maria->Admins"),
                     QStringLiteral("Sam->SecurityEngineers"), QStringLiteral("Li->Auditors")}));
        QSet<QString> expected;
        for (const QString& from :
             {QStringLiteral("John"), QStringLiteral("Ana"), QStringLiteral("Maria")})
            for (const QString& to :
                 {QStringLiteral("SecurityEngineer"), QStringLiteral("BreakGlassAdmin"),
                  QStringLiteral("CrossAccountAuditor (444455556666)")})
                expected << from + QStringLiteral("->") + to;
        expected << QStringLiteral("BreakGlassAdmin->SecurityEngineer")
                 << QStringLiteral("BreakGlassAdmin->CrossAccountAuditor (444455556666)");
        // The demo's attribute-based role trusts the account: whoever may assume
        // roles there (and Noor, whose policy names it) can become it.
        for (const QString& from :
             {QStringLiteral("John"), QStringLiteral("Ana"), QStringLiteral("Maria"),
              QStringLiteral("Noor"), QStringLiteral("BreakGlassAdmin")})
            expected << from + QStringLiteral("->ProjectEditor");
        QCOMPARE(canAssume, expected);
        QCOMPARE(graph.edges.size(), 6 + 16);
    }

    void emptyAccount()
    {
        std::unique_ptr<Directory> directory;
        REQUIRE_VALUE(directory, empty());
        const AccessGraph graph = AccessGraph::build(*directory, prod);
        QCOMPARE(graph.nodes.size(), 1);
        QCOMPARE(graph.nodes.at(0).label, QStringLiteral("Eve"));
        QVERIFY(!graph.nodes.at(0).adminEquivalent);
        QVERIFY(graph.edges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessGraph)
#include "tst_accessgraph.moc"
