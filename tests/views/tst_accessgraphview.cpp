#include "accessgraphview.h"

#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

namespace {
const QString account = QStringLiteral("111122223333");

QString arn(const char* resource)
{
    return QStringLiteral("arn:aws:iam::") + account + QLatin1Char(':') + QLatin1String(resource);
}

// Two users, a group, two roles; Maria and the Admin role are admin-equivalent.
AccessGraph graph()
{
    using K = AccessGraphEdge::Kind;
    AccessGraph g;
    g.nodes = {{arn("user/John"), EntityKind::User, QStringLiteral("John"), false},
               {arn("user/Maria"), EntityKind::User, QStringLiteral("Maria"), true},
               {arn("group/Developers"), EntityKind::Group, QStringLiteral("Developers"), false},
               {arn("role/ReadOnly"), EntityKind::Role, QStringLiteral("ReadOnly"), false},
               {arn("role/Admin"), EntityKind::Role, QStringLiteral("Admin"), true}};
    g.edges = {{arn("user/John"), arn("group/Developers"), K::MemberOf},
               {arn("user/Maria"), arn("group/Developers"), K::MemberOf},
               {arn("user/John"), arn("role/ReadOnly"), K::CanAssume},
               {arn("user/Maria"), arn("role/Admin"), K::CanAssume}};
    return g;
}

bool hasAdminTag(const QGraphicsItem* item)
{
    const QList<QGraphicsItem*> children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), [](const QGraphicsItem* child) {
        return child->data(AccessGraphView::TagRole).toString() == QLatin1String("admin");
    });
}

void sendCtrlWheel(QWidget* viewport, int delta)
{
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
}
} // namespace

class TestAccessGraphView : public QObject
{
    Q_OBJECT

private slots:
    void drawsOneItemPerNodeAndEdge()
    {
        AccessGraphView view;
        QVERIFY(view.showGraph(graph()).ok());
        QCOMPARE(view.graphLayout().nodes.size(), 5);

        auto* john = qgraphicsitem_cast<QGraphicsEllipseItem*>(view.nodeItem(arn("user/John")));
        QVERIFY(john);
        QCOMPARE(john->data(AccessGraphView::KindRole).toInt(), int(EntityKind::User));
        QCOMPARE(john->brush().color(), QColor(0xe3, 0xf0, 0xfb));
        QCOMPARE(john->pen().color(), QColor(0x09, 0x72, 0xd3));
        QVERIFY(!hasAdminTag(john));
        QVERIFY(john->flags() & QGraphicsItem::ItemIsSelectable);
        QCOMPARE(john->rect(), view.graphLayout().node(arn("user/John"))->rect);

        QVERIFY(qgraphicsitem_cast<QGraphicsPathItem*>(view.nodeItem(arn("group/Developers"))));
        auto* readOnly =
            qgraphicsitem_cast<QGraphicsPolygonItem*>(view.nodeItem(arn("role/ReadOnly")));
        QVERIFY(readOnly);
        QCOMPARE(readOnly->polygon().size(), 6);

        // Admin-equivalent: a red, thicker border and the tag.
        for (const char* admin : {"user/Maria", "role/Admin"}) {
            const QAbstractGraphicsShapeItem* item = view.nodeItem(arn(admin));
            QVERIFY(item);
            QCOMPARE(item->pen().color(), QColor(0xd1, 0x32, 0x12));
            QCOMPARE(item->pen().widthF(), 2.5);
            QVERIFY(hasAdminTag(item));
        }
        QCOMPARE(view.nodeItem(arn("user/Nobody")), nullptr);

        // Member-of solid without a head, can-assume dashed with one.
        QCOMPARE(view.edgeItems().size(), 4);
        int dashed = 0;
        for (const QGraphicsPathItem* edge : view.edgeItems()) {
            const bool assume = edge->data(AccessGraphView::KindRole).toInt() ==
                                int(AccessGraphEdge::Kind::CanAssume);
            QCOMPARE(edge->pen().style(), assume ? Qt::DashLine : Qt::SolidLine);
            QCOMPARE(edge->childItems().size(), assume ? 1 : 0);
            QVERIFY(!edge->path().isEmpty());
            dashed += assume ? 1 : 0;
        }
        QCOMPARE(dashed, 2);

        // Showing another graph replaces everything.
        AccessGraph one;
        one.nodes = {graph().nodes.first()};
        QVERIFY(view.showGraph(one).ok());
        QCOMPARE(view.edgeItems().size(), 0);
        QCOMPARE(view.scene()->items().size(), 2); // the ellipse and its label
        QCOMPARE(view.nodeItem(arn("user/Maria")), nullptr);
    }

    void clickSelectsAndReportsTheEntity()
    {
        AccessGraphView view;
        view.resize(900, 700);
        QVERIFY(view.showGraph(graph()).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(1.0);
        QSignalSpy activated(&view, &AccessGraphView::entityActivated);

        const QRectF maria = view.nodeItem(arn("user/Maria"))->boundingRect();
        view.centerOn(maria.center());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(maria.center()));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(activated.first().at(1).toString(), account);
        QCOMPARE(activated.first().at(2).toString(), QStringLiteral("Maria"));
        QCOMPARE(view.selectedArn(), arn("user/Maria"));

        const QRectF role = view.nodeItem(arn("role/Admin"))->boundingRect();
        view.centerOn(role.center());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(role.center()));
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().at(0).value<EntityKind>(), EntityKind::Role);
        QCOMPARE(activated.last().at(2).toString(), QStringLiteral("Admin"));

        // Selecting from outside (the navigator) does not report back.
        view.selectNode(arn("user/John"));
        QCOMPARE(view.selectedArn(), arn("user/John"));
        QCOMPARE(activated.size(), 2);
    }

    // Without a mouse: arrows step through the nodes in reading order,
    // Return opens the selected one.
    void arrowsStepThroughTheNodesAndReturnOpensOne()
    {
        AccessGraphView view;
        view.resize(900, 700);
        QVERIFY(view.showGraph(graph()).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &AccessGraphView::entityActivated);
        QStringList visited;
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(&view, Qt::Key_Right);
            QVERIFY(!view.selectedArn().isEmpty());
            visited << view.selectedArn();
        }
        // Every node once, top to bottom, left to right, and no activation yet.
        QCOMPARE(QSet<QString>(visited.begin(), visited.end()).size(), 5);
        for (int i = 1; i < visited.size(); ++i) {
            const QRectF before = view.nodeItem(visited[i - 1])->boundingRect();
            const QRectF after = view.nodeItem(visited[i])->boundingRect();
            QVERIFY(std::pair(before.top(), before.left()) < std::pair(after.top(), after.left()));
        }
        QCOMPARE(activated.size(), 0);
        QTest::keyClick(&view, Qt::Key_Right); // stays on the last
        QCOMPARE(view.selectedArn(), visited.last());
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selectedArn(), visited.at(3));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        const QString name = visited.at(3).section(QLatin1Char('/'), -1);
        QCOMPARE(activated.first().at(2).toString(), name);
    }

    void zoomsWithKeysWheelAndFit()
    {
        AccessGraphView view;
        view.resize(300, 200);
        QVERIFY(view.showGraph(graph()).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy zoomed(&view, &AccessGraphView::zoomChanged);

        view.setZoom(1.0);
        view.zoomIn();
        QCOMPARE(view.zoom(), 1.25);
        view.zoomOut();
        QCOMPARE(view.zoom(), 1.0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(view.zoom(), 1.25);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(view.zoom(), 1.0);
        sendCtrlWheel(view.viewport(), 120);
        QCOMPARE(view.zoom(), 1.25);
        sendCtrlWheel(view.viewport(), -240);
        QCOMPARE(view.zoom(), 0.8);
        QVERIFY(zoomed.size() >= 6);
        QCOMPARE(zoomed.last().first().toReal(), 0.8);
        view.setZoom(100);
        QCOMPARE(view.zoom(), 8.0);

        // Fit: the whole graph in the small view.
        view.fitGraph();
        QVERIFY(view.zoom() < 1.0);
        // Once the scroll bars the zoom had needed are gone.
        QTRY_VERIFY(view.mapToScene(view.viewport()->rect())
                        .boundingRect()
                        .adjusted(-1, -1, 1, 1)
                        .contains(view.sceneRect()));
    }

    void draggingTheBackgroundPans()
    {
        AccessGraphView view;
        view.resize(300, 200);
        QVERIFY(view.showGraph(graph()).ok());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(3.0);
        view.centerOn(view.sceneRect().topLeft());
        QScrollBar* bar = view.horizontalScrollBar();
        const int origin = bar->value();
        QVERIFY(bar->maximum() > origin + 120);
        // The scene's top-left margin is empty background.
        const QPoint start = view.mapFromScene(view.sceneRect().topLeft() + QPointF(4, 4));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(-60, 0));
        QTest::mouseMove(view.viewport(), start + QPoint(-120, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(-120, 0));
        QCOMPARE(bar->value(), origin + 120);
        QVERIFY(view.selectedArn().isEmpty());
    }

    void exportsPngSvgAndDot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AccessGraphView view;
        QVERIFY(view.showGraph(graph()).ok());
        view.selectNode(arn("user/John"));
        const QSize size = view.sceneRect().size().toSize();

        const QString png = dir.filePath(QStringLiteral("graph.png"));
        QString error;
        QVERIFY2(view.exportPng(png, &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), size);
        // John's fill where John is, at 100 %.
        const QPointF john =
            view.nodeItem(arn("user/John"))->boundingRect().center() - view.sceneRect().topLeft();
        QCOMPARE(QColor(image.pixel(john.toPoint())), QColor(0xe3, 0xf0, 0xfb));
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white));
        // The selection stays.
        QCOMPARE(view.selectedArn(), arn("user/John"));

        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(view.exportSvg(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        // The SVG writes the view box with a few decimals.
        QCOMPARE(renderer.viewBoxF().size().toSize(), size);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<title>Access graph</title>"));
        QVERIFY(svgText.contains("Developers"));

        const QString dot = dir.filePath(QStringLiteral("graph.dot"));
        QVERIFY2(view.exportDot(dot, &error), qPrintable(error));
        QFile dotFile(dot);
        QVERIFY(dotFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(dotFile.readAll()), AccessGraphLayout::toDot(graph()));

        const QString nowhere = dir.filePath(QStringLiteral("missing/graph.png"));
        QVERIFY(!view.exportPng(nowhere, &error));
        QVERIFY(error.contains(nowhere));
        QVERIFY(!view.exportDot(dir.filePath(QStringLiteral("missing/graph.dot")), &error));
        QVERIFY(error.startsWith(QStringLiteral("Cannot write ")));
    }
};

QTEST_MAIN(TestAccessGraphView)
#include "tst_accessgraphview.moc"
