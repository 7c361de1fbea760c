#pragma once

#include "audit/accessgraph.h"
#include "audit/accessgraphlayout.h"
#include "iam/entitykind.h"
#include "iam/result.h"

#include <QGraphicsView>
#include <QHash>

class QAbstractGraphicsShapeItem;
class QGraphicsItem;
class QGraphicsPathItem;
class QPainter;

// Draws an access graph as Graphviz laid it out: users as ellipses, groups
// as boxes, roles as hexagons; "member of" edges solid, "can assume" edges
// dashed with an arrow; admin-equivalent principals with a red border and a
// tag. Ctrl+wheel and +/- zoom, dragging the background pans, clicking a node
// selects it and reports it.
class AccessGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit AccessGraphView(QWidget* parent = nullptr);

    // Lays the graph out and draws it, fitted to the view. On failure the
    // scene is left empty.
    Result<void> showGraph(const AccessGraph& graph);
    void clearGraph();
    const AccessGraph& graph() const { return m_graph; }
    const AccessGraphLayout& graphLayout() const { return m_layout; }

    // The shape drawn for a node (its ARN in data(ArnRole)); nullptr if absent.
    QAbstractGraphicsShapeItem* nodeItem(const QString& arn) const;
    const QList<QGraphicsPathItem*>& edgeItems() const { return m_edges; }
    // Selects and shows the node, without reporting it.
    void selectNode(const QString& arn);
    QString selectedArn() const;

    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    // Scales the whole graph into the view (never above 100 %).
    void fitGraph();

    // The picture at 100 %, or the DOT text. False with *error set when the
    // file cannot be written.
    bool exportSvg(const QString& path, QString* error = nullptr);
    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportDot(const QString& path, QString* error = nullptr) const;

    // QGraphicsItem::data() keys of node items.
    enum ItemData
    {
        ArnRole = 0,
        KindRole = 1,
        TagRole = 2 // "admin" on the admin-equivalent tag, a child of the node
    };

Q_SIGNALS:
    // The user clicked a node: the detail pane shows the entity.
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // The nodes in reading order (top to bottom, left to right): what the
    // arrow keys step through.
    QStringList nodesInReadingOrder() const;
    void selectAdjacentNode(int step);

    void addNode(const AccessGraphLayout::Node& node);
    void addAdminTag(QGraphicsItem* shape, const QRectF& rect);
    void addEdge(const AccessGraphLayout::Edge& edge);
    void reportSelection();
    void renderScene(QPainter& painter, const QRectF& target);

    QGraphicsScene* m_scene;
    AccessGraph m_graph;
    AccessGraphLayout m_layout;
    QHash<QString, QAbstractGraphicsShapeItem*> m_nodes;
    QList<QGraphicsPathItem*> m_edges;
    bool m_selectingQuietly = false;
    bool m_autoFit = true;
};
