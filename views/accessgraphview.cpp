#include "accessgraphview.h"

#include "iam/arn.h"

#include <QDir>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 8.0;
constexpr qreal ZoomStep = 1.25;
constexpr qreal SceneMargin = 24.0;
// Graphviz measured the labels at 11 points of 1/72 inch, one scene unit each.
constexpr int LabelPixelSize = 11;
constexpr qreal BorderWidth = 1.2;
constexpr qreal AdminBorderWidth = 2.5;

QColor color(const QString& name)
{
    return QColor::fromString(name);
}

QPolygonF hexagon(const QRectF& r)
{
    const qreal inset = std::min(r.width() * 0.2, r.height() / 2);
    return QPolygonF({QPointF(r.left(), r.center().y()), QPointF(r.left() + inset, r.top()),
                      QPointF(r.right() - inset, r.top()), QPointF(r.right(), r.center().y()),
                      QPointF(r.right() - inset, r.bottom()),
                      QPointF(r.left() + inset, r.bottom())});
}

QAbstractGraphicsShapeItem* shapeFor(EntityKind kind, const QRectF& rect)
{
    switch (kind) {
    case EntityKind::User:
        return new QGraphicsEllipseItem(rect);
    case EntityKind::Role:
        return new QGraphicsPolygonItem(hexagon(rect));
    case EntityKind::Group:
    case EntityKind::Policy:
        break;
    }
    QPainterPath box;
    box.addRoundedRect(rect, 4, 4);
    return new QGraphicsPathItem(box);
}

QPainterPath spline(const QList<QPointF>& points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 2 < points.size(); i += 3)
        path.cubicTo(points.at(i), points.at(i + 1), points.at(i + 2));
    return path;
}

// A filled triangle from the end of the spline to the tip Graphviz left room for.
QPolygonF arrowHead(const QPointF& base, const QPointF& tip)
{
    const QPointF along = tip - base;
    const qreal length = std::hypot(along.x(), along.y());
    if (length <= 0)
        return {};
    const QPointF across = QPointF(-along.y(), along.x()) / length * (length / 2.6);
    return QPolygonF({tip, base + across, base - across});
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

AccessGraphView::AccessGraphView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("AccessGraphView"));
    m_scene->setBackgroundBrush(Qt::white);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &AccessGraphView::reportSelection);
}

Result<void> AccessGraphView::showGraph(const AccessGraph& graph)
{
    clearGraph();
    auto layout = AccessGraphLayout::compute(graph);
    if (!layout)
        return layout.error();
    m_graph = graph;
    m_layout = std::move(layout).value();
    for (const AccessGraphLayout::Edge& edge : m_layout.edges)
        addEdge(edge);
    for (const AccessGraphLayout::Node& node : m_layout.nodes)
        addNode(node);
    m_scene->setSceneRect(
        m_layout.bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    fitGraph();
    return {};
}

void AccessGraphView::clearGraph()
{
    const QScopedValueRollback quiet(m_selectingQuietly, true);
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = {};
    m_layout = {};
    m_scene->setSceneRect(QRectF());
}

void AccessGraphView::addNode(const AccessGraphLayout::Node& node)
{
    const AccessGraphLayout::Style style = AccessGraphLayout::styleOf(node.kind);
    QAbstractGraphicsShapeItem* shape = shapeFor(node.kind, node.rect);
    shape->setBrush(color(style.fill));
    shape->setPen(node.adminEquivalent
                      ? QPen(color(AccessGraphLayout::adminBorderColor()), AdminBorderWidth)
                      : QPen(color(style.border), BorderWidth));
    shape->setFlag(QGraphicsItem::ItemIsSelectable);
    shape->setCursor(Qt::PointingHandCursor);
    shape->setZValue(1);
    shape->setData(ArnRole, node.arn);
    shape->setData(KindRole, static_cast<int>(node.kind));
    QString tip = node.arn;
    if (node.adminEquivalent)
        tip += QLatin1Char('\n') + tr("Admin-equivalent: allowed every action on every resource");
    shape->setToolTip(tip);

    QFont font = this->font();
    font.setPixelSize(LabelPixelSize);
    const QFontMetricsF metrics(font);
    auto* label = new QGraphicsSimpleTextItem(
        metrics.elidedText(node.label, Qt::ElideMiddle, node.rect.width() - 8), shape);
    label->setFont(font);
    label->setBrush(QColor(0x16, 0x19, 0x1f));
    label->setAcceptedMouseButtons(Qt::NoButton);
    label->setPos(node.rect.center() - label->boundingRect().center());
    if (node.adminEquivalent)
        addAdminTag(shape, node.rect);
    m_scene->addItem(shape);
    m_nodes.insert(node.arn, shape);
}

// A small red tag over the node's top edge, outside the text Graphviz measured.
void AccessGraphView::addAdminTag(QGraphicsItem* shape, const QRectF& rect)
{
    QFont font = this->font();
    font.setPixelSize(LabelPixelSize - 3);
    font.setBold(true);
    auto* text = new QGraphicsSimpleTextItem(tr("admin"));
    text->setFont(font);
    text->setBrush(Qt::white);
    const QRectF textRect = text->boundingRect();
    const QRectF tagRect(QPointF(rect.center().x() - textRect.width() / 2 - 3,
                                 rect.top() - textRect.height() / 2 - 1),
                         textRect.size() + QSizeF(6, 2));
    QPainterPath tagPath;
    tagPath.addRoundedRect(tagRect, 3, 3);
    auto* tag = new QGraphicsPathItem(tagPath, shape);
    tag->setBrush(color(AccessGraphLayout::adminBorderColor()));
    tag->setPen(Qt::NoPen);
    tag->setAcceptedMouseButtons(Qt::NoButton);
    tag->setData(TagRole, QStringLiteral("admin"));
    text->setParentItem(tag);
    text->setAcceptedMouseButtons(Qt::NoButton);
    text->setPos(tagRect.topLeft() + QPointF(3, 1));
}

void AccessGraphView::addEdge(const AccessGraphLayout::Edge& edge)
{
    const bool assume = edge.kind == AccessGraphEdge::Kind::CanAssume;
    const QColor edgeColor(0x54, 0x5b, 0x64);
    auto* path = new QGraphicsPathItem(spline(edge.points));
    path->setPen(QPen(edgeColor, 1.2, assume ? Qt::DashLine : Qt::SolidLine));
    path->setData(ArnRole, edge.from);
    path->setData(KindRole, static_cast<int>(edge.kind));
    path->setAcceptedMouseButtons(Qt::NoButton);
    path->setToolTip(assume ? tr("%1 can assume %2").arg(edge.from, edge.to)
                            : tr("%1 is a member of %2").arg(edge.from, edge.to));
    if (edge.hasArrow && !edge.points.isEmpty()) {
        auto* head = new QGraphicsPolygonItem(arrowHead(edge.points.last(), edge.arrowTip), path);
        head->setBrush(edgeColor);
        head->setPen(QPen(edgeColor, 1));
        head->setAcceptedMouseButtons(Qt::NoButton);
    }
    m_scene->addItem(path);
    m_edges.append(path);
}

QAbstractGraphicsShapeItem* AccessGraphView::nodeItem(const QString& arn) const
{
    return m_nodes.value(arn);
}

void AccessGraphView::selectNode(const QString& arn)
{
    QAbstractGraphicsShapeItem* item = nodeItem(arn);
    {
        const QScopedValueRollback quiet(m_selectingQuietly, true);
        m_scene->clearSelection();
        if (item)
            item->setSelected(true);
    }
    if (item)
        ensureVisible(item);
}

QString AccessGraphView::selectedArn() const
{
    const QList<QGraphicsItem*> selected = m_scene->selectedItems();
    return selected.size() == 1 ? selected.first()->data(ArnRole).toString() : QString();
}

void AccessGraphView::reportSelection()
{
    if (m_selectingQuietly)
        return;
    const QString arn = selectedArn();
    const std::optional<Arn> parsed = Arn::parse(arn);
    if (arn.isEmpty() || !parsed)
        return;
    const auto kind = static_cast<EntityKind>(nodeItem(arn)->data(KindRole).toInt());
    Q_EMIT entityActivated(kind, parsed->account(), parsed->resourceName());
}

qreal AccessGraphView::zoom() const
{
    return transform().m11();
}

void AccessGraphView::setZoom(qreal factor)
{
    m_autoFit = false;
    const qreal bounded = std::clamp(factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(bounded, zoom()))
        return;
    setTransform(QTransform::fromScale(bounded, bounded));
    Q_EMIT zoomChanged(bounded);
}

void AccessGraphView::zoomIn()
{
    setZoom(zoom() * ZoomStep);
}

void AccessGraphView::zoomOut()
{
    setZoom(zoom() / ZoomStep);
}

void AccessGraphView::fitGraph()
{
    if (m_nodes.isEmpty()) {
        setZoom(1.0);
        m_autoFit = true;
        return;
    }
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    // A small graph stays at its natural size.
    if (zoom() > 1.0)
        setTransform(QTransform());
    centerOn(sceneRect().center());
    m_autoFit = true;
    Q_EMIT zoomChanged(zoom());
}

// A fitted graph stays fitted as the window grows, until the user zooms.
void AccessGraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitGraph();
}

void AccessGraphView::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one zoom step.
    setZoom(zoom() * std::pow(ZoomStep, event->angleDelta().y() / 120.0));
    event->accept();
}

void AccessGraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitGraph();
        break;
    // Without a mouse: the arrows step from node to node, Return opens the
    // selected one in the console, as a click does.
    case Qt::Key_Right:
    case Qt::Key_Down:
        selectAdjacentNode(1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        selectAdjacentNode(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        reportSelection();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

QStringList AccessGraphView::nodesInReadingOrder() const
{
    QList<const AccessGraphLayout::Node*> nodes;
    for (const AccessGraphLayout::Node& node : m_layout.nodes)
        nodes << &node;
    std::stable_sort(nodes.begin(), nodes.end(), [](const auto* a, const auto* b) {
        return std::pair(a->rect.top(), a->rect.left()) < std::pair(b->rect.top(), b->rect.left());
    });
    QStringList arns;
    for (const auto* node : nodes)
        arns << node->arn;
    return arns;
}

void AccessGraphView::selectAdjacentNode(int step)
{
    const QStringList arns = nodesInReadingOrder();
    if (arns.isEmpty())
        return;
    const qsizetype current = arns.indexOf(selectedArn());
    const qsizetype next = current < 0 ? (step > 0 ? 0 : arns.size() - 1)
                                       : std::clamp<qsizetype>(current + step, 0, arns.size() - 1);
    selectNode(arns.at(next));
}

// The scene at 100 %, without the selection frame.
void AccessGraphView::renderScene(QPainter& painter, const QRectF& target)
{
    const QString selected = selectedArn();
    const QScopedValueRollback quiet(m_selectingQuietly, true);
    m_scene->clearSelection();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, target, sceneRect());
    if (QAbstractGraphicsShapeItem* item = nodeItem(selected))
        item->setSelected(true);
}

bool AccessGraphView::exportPng(const QString& path, QString* error)
{
    QImage image(sceneRect().size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderScene(painter, QRectF(image.rect()));
    }
    if (!image.save(path, "PNG"))
        return fail(error, tr("Cannot write the image to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool AccessGraphView::exportSvg(const QString& path, QString* error)
{
    const QRectF target(QPointF(0, 0), sceneRect().size());
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(target.size().toSize());
    svg.setViewBox(target);
    svg.setTitle(tr("Access graph"));
    svg.setDescription(tr("Users, groups and roles; who is a member of what and who can "
                          "assume which role."));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(error,
                    tr("Cannot write the drawing to %1.").arg(QDir::toNativeSeparators(path)));
    renderScene(painter, target);
    return painter.end();
}

bool AccessGraphView::exportDot(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) ||
        file.write(AccessGraphLayout::toDot(m_graph).toUtf8()) < 0 || !file.commit())
        return fail(
            error,
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
