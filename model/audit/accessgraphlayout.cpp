#include "audit/accessgraphlayout.h"

#include "audit/accessgraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <memory>

namespace {
constexpr double PointsPerInch = 72.0;

struct ContextDeleter
{
    void operator()(GVC_t* context) const { gvFreeContext(context); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;

struct GraphDeleter
{
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Frees what gvLayout attached to a graph, before the graph itself is closed.
class LayoutGuard
{
public:
    LayoutGuard(GVC_t* context, Agraph_t* graph)
        : m_context(context)
        , m_graph(graph)
    {}
    ~LayoutGuard() { gvFreeLayout(m_context, m_graph); }
    LayoutGuard(const LayoutGuard&) = delete;
    LayoutGuard& operator=(const LayoutGuard&) = delete;

private:
    GVC_t* m_context;
    Agraph_t* m_graph;
};

QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString nodeStatement(const AccessGraphNode& node)
{
    const AccessGraphLayout::Style style = AccessGraphLayout::styleOf(node.kind);
    QString attributes =
        QStringLiteral("label=%1, shape=%2, fillcolor=%3, color=%4")
            .arg(quoted(node.label), style.shape, quoted(style.fill),
                 quoted(node.adminEquivalent ? AccessGraphLayout::adminBorderColor()
                                             : style.border));
    if (node.adminEquivalent)
        attributes += QStringLiteral(", penwidth=2.5, class=\"admin\"");
    return QStringLiteral("        %1 [%2];\n").arg(quoted(node.arn), attributes);
}

// One column per kind, each with an invisible anchor; a chain of anchors puts
// users left of groups and groups left of roles, whatever the edges say.
struct Column
{
    EntityKind kind;
    const char* anchor;
};
constexpr Column columns[] = {
    {EntityKind::User, "_users"}, {EntityKind::Group, "_groups"}, {EntityKind::Role, "_roles"}};

QString columnGroup(const AccessGraph& graph, const Column& column)
{
    QString body;
    for (const AccessGraphNode& node : graph.nodes)
        if (node.kind == column.kind)
            body += nodeStatement(node);
    if (body.isEmpty())
        return {};
    return QStringLiteral("    subgraph %1 {\n        rank=same;\n        %1 [shape=point, "
                          "style=invis, width=0, height=0, label=\"\"];\n%2    }\n")
        .arg(QLatin1String(column.anchor), body);
}

QString columnChain(const AccessGraph& graph)
{
    QStringList anchors;
    for (const Column& column : columns)
        if (std::any_of(graph.nodes.cbegin(), graph.nodes.cend(),
                        [&](const AccessGraphNode& n) { return n.kind == column.kind; }))
            anchors.append(QLatin1String(column.anchor));
    if (anchors.size() < 2)
        return {};
    return QStringLiteral("    %1 [style=invis];\n").arg(anchors.join(QLatin1String(" -> ")));
}

QString edgeStatement(const AccessGraphEdge& edge, qsizetype index)
{
    const bool member = edge.kind == AccessGraphEdge::Kind::MemberOf;
    return QStringLiteral("    %1 -> %2 [id=\"e%3\", %4];\n")
        .arg(quoted(edge.from), quoted(edge.to), QString::number(index),
             member ? QStringLiteral("style=solid, arrowhead=none")
                    : QStringLiteral("style=dashed, arrowhead=normal"));
}

// Graphviz's y grows up from the bounding box's lower left corner.
struct Flip
{
    boxf box;
    QPointF operator()(pointf p) const { return {p.x - box.LL.x, box.UR.y - p.y}; }
};

IamError graphvizError(QString message)
{
    const char* detail = aglasterr();
    if (detail && *detail)
        message += QLatin1Char(' ') + QString::fromUtf8(detail).trimmed();
    return IamError::serviceFailure(message);
}

AccessGraphLayout::Edge readEdge(Agedge_t* e, const AccessGraph& graph, const Flip& flip)
{
    AccessGraphLayout::Edge edge;
    edge.from = QString::fromUtf8(agnameof(agtail(e)));
    edge.to = QString::fromUtf8(agnameof(aghead(e)));
    const char* id = agget(e, const_cast<char*>("id"));
    bool numbered = false;
    const int index = id ? QByteArray(id).mid(1).toInt(&numbered) : -1;
    if (numbered && index >= 0 && index < graph.edges.size())
        edge.kind = graph.edges.at(index).kind;
    const splines* spl = ED_spl(e);
    if (!spl)
        return edge;
    for (int b = 0; b < spl->size; ++b) {
        const bezier& curve = spl->list[b];
        for (int i = 0; i < curve.size; ++i)
            edge.points.append(flip(curve.list[i]));
        if (curve.eflag) {
            edge.hasArrow = true;
            edge.arrowTip = flip(curve.ep);
        }
    }
    return edge;
}
} // namespace

AccessGraphLayout::Style AccessGraphLayout::styleOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return {QStringLiteral("ellipse"), QStringLiteral("#e3f0fb"), QStringLiteral("#0972d3")};
    case EntityKind::Group:
        return {QStringLiteral("box"), QStringLiteral("#eef7e8"), QStringLiteral("#2e7d32")};
    case EntityKind::Role:
        return {QStringLiteral("hexagon"), QStringLiteral("#fdf1e0"), QStringLiteral("#c45500")};
    case EntityKind::Policy:
        break;
    }
    return {QStringLiteral("note"), QStringLiteral("#f2f3f3"), QStringLiteral("#545b64")};
}

QString AccessGraphLayout::toDot(const AccessGraph& graph)
{
    QString dot = QStringLiteral(
        "digraph access {\n"
        "    graph [rankdir=LR, ranksep=1.1, nodesep=0.3, splines=true];\n"
        "    node [fontname=\"DejaVu Sans\", fontsize=11, style=filled, height=0.45, "
        "margin=\"0.18,0.06\"];\n"
        "    edge [color=\"#545b64\", arrowsize=0.8];\n");
    for (const Column& column : columns)
        dot += columnGroup(graph, column);
    dot += columnChain(graph);

    QSet<QString> arns;
    for (const AccessGraphNode& node : graph.nodes)
        arns.insert(node.arn);
    for (qsizetype i = 0; i < graph.edges.size(); ++i) {
        const AccessGraphEdge& edge = graph.edges.at(i);
        // An edge to something that is not drawn would make dot invent a node.
        if (arns.contains(edge.from) && arns.contains(edge.to))
            dot += edgeStatement(edge, i);
    }
    dot += QStringLiteral("}\n");
    return dot;
}

Result<AccessGraphLayout> AccessGraphLayout::compute(const AccessGraph& graph)
{
    // Graphviz keeps one error state for the process; only errors, not warnings, matter here.
    agseterr(AGERR);
    const ContextPtr context(gvContext());
    if (!context)
        return graphvizError(
            QCoreApplication::translate("AccessGraphLayout", "Graphviz could not start."));
    const QByteArray dot = toDot(graph).toUtf8();
    const GraphPtr g(agmemread(dot.constData()));
    if (!g)
        return graphvizError(
            QCoreApplication::translate("AccessGraphLayout", "Graphviz could not read the graph."));
    if (gvLayout(context.get(), g.get(), "dot") != 0)
        return graphvizError(QCoreApplication::translate("AccessGraphLayout",
                                                         "Graphviz could not lay out the graph."));
    const LayoutGuard laidOut(context.get(), g.get());

    QHash<QString, const AccessGraphNode*> byArn;
    for (const AccessGraphNode& node : graph.nodes)
        byArn.insert(node.arn, &node);

    AccessGraphLayout layout;
    const Flip flip{GD_bb(g.get())};
    layout.bounds = QRectF(0, 0, flip.box.UR.x - flip.box.LL.x, flip.box.UR.y - flip.box.LL.y);
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        const AccessGraphNode* source = byArn.value(QString::fromUtf8(agnameof(n)));
        if (!source)
            continue;
        Node node{source->arn, source->kind, source->label, source->adminEquivalent, {}};
        const QSizeF size(ND_width(n) * PointsPerInch, ND_height(n) * PointsPerInch);
        node.rect = QRectF(flip(ND_coord(n)) - QPointF(size.width(), size.height()) / 2, size);
        layout.nodes.append(node);
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e))
            layout.edges.append(readEdge(e, graph, flip));
    }
    return layout;
}

const AccessGraphLayout::Node* AccessGraphLayout::node(const QString& arn) const
{
    for (const Node& candidate : nodes)
        if (candidate.arn == arn)
            return &candidate;
    return nullptr;
}
