#include "audit/accessgraph.h"
#include "audit/accessgraphlayout.h"

#include <QTest>

#include <algorithm>

namespace {
const QString account = QStringLiteral("111122223333");

QString arn(const char* resource)
{
    return QStringLiteral("arn:aws:iam::") + account + QLatin1Char(':') + QLatin1String(resource);
}

AccessGraphNode node(EntityKind kind, const char* resource, const char* label, bool admin = false)
{
    return {arn(resource), kind, QLatin1String(label), admin};
}

AccessGraphEdge edge(const char* from, const char* to, AccessGraphEdge::Kind kind)
{
    return {arn(from), arn(to), kind};
}

// Three users, two groups, three roles; Sam assumes a role directly, Deploy chains to Admin.
AccessGraph smallGraph()
{
    using K = AccessGraphEdge::Kind;
    AccessGraph graph;
    graph.nodes = {node(EntityKind::User, "user/John", "John"),
                   node(EntityKind::User, "user/Maria", "Maria", true),
                   node(EntityKind::User, "user/Sam", "Sam"),
                   node(EntityKind::Group, "group/Developers", "Developers"),
                   node(EntityKind::Group, "group/Admins", "Admins", true),
                   node(EntityKind::Role, "role/Deploy", "Deploy"),
                   node(EntityKind::Role, "role/Admin", "Admin", true),
                   node(EntityKind::Role, "role/ReadOnly", "ReadOnly")};
    graph.edges = {edge("user/John", "group/Developers", K::MemberOf),
                   edge("user/Maria", "group/Admins", K::MemberOf),
                   edge("user/Maria", "group/Developers", K::MemberOf),
                   edge("user/John", "role/ReadOnly", K::CanAssume),
                   edge("user/Sam", "role/Deploy", K::CanAssume),
                   edge("role/Deploy", "role/Admin", K::CanAssume),
                   edge("user/Maria", "role/Admin", K::CanAssume)};
    return graph;
}

// QVERIFY2 evaluates its message even when the check passes.
QByteArray why(const Result<AccessGraphLayout>& result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

bool near(const QPointF& point, const QRectF& rect)
{
    return rect.adjusted(-2, -2, 2, 2).contains(point);
}
} // namespace

class TestAccessGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void everyNodeGetsARectInsideTheBounds()
    {
        const AccessGraph graph = smallGraph();
        const auto layout = AccessGraphLayout::compute(graph);
        QVERIFY2(layout.ok(), why(layout).constData());
        QCOMPARE(layout->nodes.size(), graph.nodes.size());
        QVERIFY(layout->bounds.width() > 0 && layout->bounds.height() > 0);
        for (const AccessGraphNode& expected : graph.nodes) {
            const AccessGraphLayout::Node* laid = layout->node(expected.arn);
            QVERIFY2(laid, qPrintable(expected.arn));
            QCOMPARE(laid->kind, expected.kind);
            QCOMPARE(laid->label, expected.label);
            QCOMPARE(laid->adminEquivalent, expected.adminEquivalent);
            QVERIFY(laid->rect.width() > 20 && laid->rect.height() > 20);
            // Within rounding of Graphviz's points.
            QVERIFY2(layout->bounds.adjusted(-0.01, -0.01, 0.01, 0.01).contains(laid->rect),
                     qPrintable(expected.arn));
        }
        // No two nodes overlap.
        for (const auto& a : layout->nodes)
            for (const auto& b : layout->nodes)
                QVERIFY(&a == &b || !a.rect.intersects(b.rect));
        QCOMPARE(layout->node(arn("user/Nobody")), nullptr);
    }

    void ranksGoLeftToRightUsersGroupsRoles()
    {
        const auto layout = AccessGraphLayout::compute(smallGraph());
        QVERIFY(layout.ok());
        auto columnOf = [&](EntityKind kind) {
            QList<qreal> xs;
            for (const auto& n : layout->nodes)
                if (n.kind == kind)
                    xs.append(n.rect.center().x());
            return xs;
        };
        const QList<qreal> users = columnOf(EntityKind::User);
        const QList<qreal> groups = columnOf(EntityKind::Group);
        const QList<qreal> roles = columnOf(EntityKind::Role);
        QCOMPARE(users.size(), 3);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(roles.size(), 3);
        // One column per kind, even for Sam's role reached straight from a user
        // and Admin reached from another role.
        for (const QList<qreal>& column : {users, groups, roles})
            for (qreal x : column)
                QCOMPARE(x, column.first());
        QVERIFY(users.first() < groups.first());
        QVERIFY(groups.first() < roles.first());
    }

    void edgesRunBetweenTheirNodesWithArrowsOnlyForCanAssume()
    {
        const AccessGraph graph = smallGraph();
        const auto layout = AccessGraphLayout::compute(graph);
        QVERIFY(layout.ok());
        QCOMPARE(layout->edges.size(), graph.edges.size());
        for (const AccessGraphEdge& expected : graph.edges) {
            const auto found =
                std::find_if(layout->edges.cbegin(), layout->edges.cend(), [&](const auto& e) {
                    return e.from == expected.from && e.to == expected.to;
                });
            QVERIFY2(found != layout->edges.cend(), qPrintable(expected.from + expected.to));
            QCOMPARE(found->kind, expected.kind);
            // A cubic spline: 1 + 3n points.
            QVERIFY(found->points.size() >= 4);
            QCOMPARE(found->points.size() % 3, 1);
            QVERIFY(near(found->points.first(), layout->node(expected.from)->rect));
            const bool assume = expected.kind == AccessGraphEdge::Kind::CanAssume;
            QCOMPARE(found->hasArrow, assume);
            const QPointF end = assume ? found->arrowTip : found->points.last();
            QVERIFY(near(end, layout->node(expected.to)->rect));
            for (const QPointF& p : found->points)
                QVERIFY(layout->bounds.adjusted(-1, -1, 1, 1).contains(p));
        }
    }

    void dotNamesNodesAndEdgesByArn()
    {
        const QString dot = AccessGraphLayout::toDot(smallGraph());
        QVERIFY(dot.startsWith(QStringLiteral("digraph access {\n")));
        QVERIFY(dot.contains(QStringLiteral("rankdir=LR")));
        QVERIFY(dot.contains(QStringLiteral(
            "\"arn:aws:iam::111122223333:user/John\" [label=\"John\", shape=ellipse, "
            "fillcolor=\"#e3f0fb\", color=\"#0972d3\"];")));
        QVERIFY(dot.contains(QStringLiteral(
            "\"arn:aws:iam::111122223333:role/Admin\" [label=\"Admin\", shape=hexagon, "
            "fillcolor=\"#fdf1e0\", color=\"#d13212\", penwidth=2.5, class=\"admin\"];")));
        QVERIFY(dot.contains(QStringLiteral("\"arn:aws:iam::111122223333:user/John\" -> "
                                            "\"arn:aws:iam::111122223333:group/Developers\" "
                                            "[id=\"e0\", style=solid, arrowhead=none];")));
        QVERIFY(dot.contains(QStringLiteral(
            "\"arn:aws:iam::111122223333:role/Deploy\" -> \"arn:aws:iam::111122223333:role/Admin\" "
            "[id=\"e5\", style=dashed, arrowhead=normal];")));
        QCOMPARE(dot.count(QStringLiteral("[id=\"e")), 7);
        // The columns: one subgraph per kind, ordered by an invisible chain.
        QCOMPARE(dot.count(QStringLiteral("rank=same")), 3);
        QVERIFY(dot.contains(QStringLiteral("    _users -> _groups -> _roles [style=invis];\n")));
        QVERIFY(dot.endsWith(QStringLiteral("}\n")));
    }

    void dotEscapesQuotesAndLeavesOutDanglingEdges()
    {
        AccessGraph graph;
        graph.nodes = {node(EntityKind::User, "user/q", "say \"hi\" \\o/")};
        graph.edges = {edge("user/q", "group/Gone", AccessGraphEdge::Kind::MemberOf)};
        const QString dot = AccessGraphLayout::toDot(graph);
        QVERIFY(dot.contains(QStringLiteral("label=\"say \\\"hi\\\" \\\\o/\"")));
        QCOMPARE(dot.count(QStringLiteral(" -> ")), 0);
        QVERIFY(!dot.contains(QStringLiteral("_groups")));
        const auto layout = AccessGraphLayout::compute(graph);
        QVERIFY2(layout.ok(), why(layout).constData());
        QCOMPARE(layout->nodes.size(), 1);
        QCOMPARE(layout->nodes.first().label, QStringLiteral("say \"hi\" \\o/"));
        QCOMPARE(layout->edges.size(), 0);
    }

    void emptyGraphHasNothingToDraw()
    {
        const auto layout = AccessGraphLayout::compute(AccessGraph{});
        QVERIFY(layout.ok());
        QVERIFY(layout->nodes.isEmpty());
        QVERIFY(layout->edges.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessGraphLayout)
#include "tst_accessgraphlayout.moc"
