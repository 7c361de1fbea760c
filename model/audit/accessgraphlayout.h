#pragma once

#include "audit/accessgraphedge.h"
#include "iam/entitykind.h"
#include "iam/result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class AccessGraph;

// Where Graphviz's dot puts each node and edge of an AccessGraph, in points
// (1/72 inch) with the origin top left and y growing down, as a scene wants
// it. Users, groups and roles go in columns from left to right.
class AccessGraphLayout
{
public:
    struct Node
    {
        QString arn;
        EntityKind kind = EntityKind::User;
        QString label;
        bool adminEquivalent = false;
        QRectF rect;
    };

    struct Edge
    {
        QString from; // ARN
        QString to;   // ARN
        AccessGraphEdge::Kind kind = AccessGraphEdge::Kind::MemberOf;
        // A cubic Bézier spline: the first point, then (control, control, end) triples.
        QList<QPointF> points;
        bool hasArrow = false;
        QPointF arrowTip; // where the arrow head points, when hasArrow
    };

    // Colours and the Graphviz shape of a kind of node: one palette for the
    // DOT export and the view.
    struct Style
    {
        QString shape;
        QString fill;
        QString border;
    };
    static Style styleOf(EntityKind kind);
    static QString adminBorderColor() { return QStringLiteral("#d13212"); }

    // Lays the graph out with dot. ServiceFailure when Graphviz refuses it.
    static Result<AccessGraphLayout> compute(const AccessGraph& graph);
    // The graph in DOT: node ids are the ARNs, edges carry id "e<index>".
    // compute() lays out exactly this text, so the export matches the picture.
    static QString toDot(const AccessGraph& graph);

    // nullptr when the ARN is not a node.
    const Node* node(const QString& arn) const;

    QRectF bounds;
    QList<Node> nodes;
    QList<Edge> edges;
};
