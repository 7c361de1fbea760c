#include "mainwindow.h"

#include "actionguard.h"
#include "console/consolesession.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "navigatorview.h"
#include "policysimulatorwindow.h"
#include "topbar.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(ConsoleSession* session, NavigatorModel* navigatorModel, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_topBar(new TopBar(session, this))
    , m_navigator(new NavigatorView(navigatorModel, this))
    , m_detail(new DetailPane(session, this))
    , m_bannerArea(new QVBoxLayout)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")));
    resize(1280, 800);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 960});
    splitter->setChildrenCollapsible(false);

    m_bannerArea->setContentsMargins(0, 0, 0, 0);
    m_bannerArea->setSpacing(0);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topBar);
    layout->addLayout(m_bannerArea);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    const QString path = session->directory()->filePath();
    auto* location = new QLabel(tr("Directory: %1").arg(QFileInfo(path).fileName()), this);
    location->setToolTip(path);
    statusBar()->addPermanentWidget(location);

    createMenus();
    connect(m_navigator, &NavigatorView::nodeSelected, m_detail, &DetailPane::showNode);
    connect(m_detail, &DetailPane::entityActivated, m_navigator, &NavigatorView::selectEntity);
    connect(m_topBar, &TopBar::signOutRequested, this, &MainWindow::signOutRequested);
    connect(session, &ConsoleSession::activeIdentityChanged, this, &MainWindow::showIdentity);
    showIdentity();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* filter = view->addAction(tr("&Filter the navigator"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        m_navigator->filterEdit()->setFocus();
        m_navigator->filterEdit()->selectAll();
    });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* simulator = tools->addAction(tr("Policy &simulator…"));
    simulator->setObjectName(QStringLiteral("PolicySimulatorAction"));
    tools->setToolTipsVisible(true);
    new ActionGuard(simulator, m_session, [this] {
        return ConsoleAction::simulatePrincipalPolicy(m_session->identity().arn());
    });
    connect(simulator, &QAction::triggered, this, &MainWindow::openPolicySimulator);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Switchboard"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                           tr("<b>Switchboard %1</b><p>A desktop console for IAM users, groups, "
                              "roles and policies, and for switching roles with temporary "
                              "credentials, over a local directory.</p>")
                               .arg(QStringLiteral(SWITCHBOARD_VERSION)));
    });
}

PolicySimulatorWindow* MainWindow::openPolicySimulator()
{
    if (!m_simulator)
        m_simulator = new PolicySimulatorWindow(m_session, this);
    m_simulator->show();
    m_simulator->raise();
    return m_simulator;
}

void MainWindow::showIdentity()
{
    updateTitle();
    // Like the console's IAM dashboard: the identity's own account first.
    if (m_session->isSignedIn())
        m_navigator->selectAccount(m_session->identity().account.id);
}

void MainWindow::updateTitle()
{
    const Identity& identity = m_session->identity();
    if (identity.isNull())
        setWindowTitle(tr("Switchboard"));
    else
        setWindowTitle(tr("IAM — %1 @ %2 — Switchboard")
                           .arg(identity.user.name, identity.account.displayName()));
}
