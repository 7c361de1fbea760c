#include "accessgraphview.h"
#include "accessgraphwindow.h"
#include "auditprogress.h"
#include "common/audithold.h"
#include "democonsole.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGraphicsItem>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString prod = QStringLiteral("111122223333");
const QString dev = QStringLiteral("444455556666");

QString userArn(const char* name)
{
    return QStringLiteral("arn:aws:iam::") + prod + QStringLiteral(":user/") + QLatin1String(name);
}
} // namespace

class TestAccessGraphWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawsTheSignedInAccountForAnAdministrator()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.accountId(), prod);
        QCOMPARE(window.accountBox()->count(), 2);
        QCOMPARE(window.accountBox()->currentText(),
                 QStringLiteral("catphoto-prod (111122223333)"));
        QVERIFY(window.isGraphShown());
        QCOMPARE(window.messageText(), QString());

        const AccessGraph expected = AccessGraph::build(*c.dir, prod);
        QCOMPARE(window.view()->graphLayout().nodes.size(), expected.nodes.size());
        QCOMPARE(window.view()->edgeItems().size(), expected.edges.size());
        const QAbstractGraphicsShapeItem* maria = window.view()->nodeItem(userArn("Maria"));
        QVERIFY(maria);
        QCOMPARE(maria->pen().color(), QColor(0xd1, 0x32, 0x12));
        for (Format format : {Format::Svg, Format::Png, Format::Dot})
            QVERIFY(window.exportAction(format)->isEnabled());

        // Another account's IAM is not Maria's to list, as in AWS: she would switch to a role
        // there.
        window.accountBox()->setCurrentIndex(window.accountBox()->findData(dev));
        QTRY_VERIFY(!window.isGraphShown());
        QCOMPARE(window.messageText(), c.session->authorize(ConsoleAction::listUsers(dev)).message);
        QVERIFY(window.messageText().contains(QStringLiteral("444455556666")));
        window.showAccount(prod);
        QVERIFY(window.isGraphShown());
        QCOMPARE(window.view()->graphLayout().nodes.size(), expected.nodes.size());
    }

    void aSlowReadShowsProgressAndCancelLeavesTheWindowUsable()
    {
        QTemporaryDir tmp;
        AuditHold hold;
        OPEN_DEMO_CONSOLE(c, tmp.filePath(QStringLiteral("graph.sqlite"))); // in the background
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isReading());
        QTRY_VERIFY(window.progress()->isVisible());

        QTest::mouseClick(window.progress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!window.isReading());
        QVERIFY(window.progress()->isHidden());
        QVERIFY(!window.isGraphShown());
        QCOMPARE(window.messageText(), QStringLiteral("Reading the graph was cancelled."));
        QTRY_COMPARE(hold.sawCancelled(), 1);

        hold.release();
        window.accountBox()->setCurrentIndex(window.accountBox()->findData(dev));
        QTRY_VERIFY(window.messageText().contains(dev)); // denied there, as before
        window.accountBox()->setCurrentIndex(window.accountBox()->findData(prod));
        QTRY_VERIFY(window.isGraphShown());
        const AccessGraph expected = AccessGraph::build(*c.dir, prod);
        QCOMPARE(window.view()->graphLayout().nodes.size(), expected.nodes.size());
        QCOMPARE(window.view()->edgeItems().size(), expected.edges.size());
    }

    void closingTheWindowCancelsTheRead()
    {
        QTemporaryDir tmp;
        AuditHold hold;
        OPEN_DEMO_CONSOLE(c, tmp.filePath(QStringLiteral("graph.sqlite")));
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.show();
        QTRY_COMPARE(hold.entered(), 1);
        window.close();
        QVERIFY(!window.isReading());
        QTRY_COMPARE(hold.sawCancelled(), 1);
    }

    void clickThroughAndDirectoryChanges()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy activated(&window, &AccessGraphWindow::entityActivated);

        AccessGraphView* view = window.view();
        view->setZoom(1.0);
        const QPointF sam = view->nodeItem(userArn("Sam"))->boundingRect().center();
        view->centerOn(sam);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(sam));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).value<EntityKind>(), EntityKind::User);
        QCOMPARE(activated.first().at(1).toString(), prod);
        QCOMPARE(activated.first().at(2).toString(), QStringLiteral("Sam"));

        const qsizetype before = view->graphLayout().nodes.size();
        QVERIFY(c.dir->createUser(prod, QStringLiteral("Nadia")).ok());
        QTRY_COMPARE(view->graphLayout().nodes.size(), before + 1);
        QVERIFY(view->nodeItem(userArn("Nadia")));
    }

    void deniedWithoutListPermissions()
    {
        OPEN_DEMO_CONSOLE(c);
        // Developers may do everything but IAM.
        QVERIFY(c.signIn(QStringLiteral("John")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isGraphShown());
        QCOMPARE(window.messageText(),
                 c.session->authorize(ConsoleAction::listUsers(prod)).message);
        QVERIFY(window.messageText().contains(QStringLiteral("iam:ListUsers")));
        QVERIFY(!window.exportAction(Format::Png)->isEnabled());
        QVERIFY(!window.fitAction()->isEnabled());
        QTemporaryDir dir;
        QString error;
        QVERIFY(!window.exportTo(Format::Dot, dir.filePath(QStringLiteral("g.dot")), &error));
        QCOMPARE(error, window.messageText());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("g.dot"))));
    }

    void exportsThroughTheWindow()
    {
        OPEN_DEMO_CONSOLE(c);
        QVERIFY(c.signIn(QStringLiteral("Maria")).ok());
        AccessGraphWindow window(c.dir.get(), c.session.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        QString error;
        const QString dot = dir.filePath(QStringLiteral("prod.dot"));
        QVERIFY2(window.exportTo(Format::Dot, dot, &error), qPrintable(error));
        QFile file(dot);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 AccessGraphLayout::toDot(AccessGraph::build(*c.dir, prod)));
        const QString png = dir.filePath(QStringLiteral("prod.png"));
        QVERIFY2(window.exportTo(Format::Png, png, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), window.view()->sceneRect().size().toSize());
    }

private:
    using Format = AccessGraphWindow::Format;
};

QTEST_MAIN(TestAccessGraphWindow)
#include "tst_accessgraphwindow.moc"
