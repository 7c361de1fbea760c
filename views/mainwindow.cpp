#include "mainwindow.h"

#include "actionguard.h"
#include "admin/directoryadmin.h"
#include "adminactions.h"
#include "auditmenu.h"
#include "authzdetailsactions.h"
#include "awsconfigactions.h"
#include "console/consolesession.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "iam/clock.h"
#include "identitytext.h"
#include "items/keychainmodel.h"
#include "keychainwindow.h"
#include "localendpointwindow.h"
#include "navigatorview.h"
#include "organizationactions.h"
#include "policysimulatorwindow.h"
#include "sessionbanner.h"
#include "switchroledialog.h"
#include "temporarycredentialsdialog.h"
#include "toolbaroverflow.h"
#include "topbar.h"

#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

MainWindow::MainWindow(ConsoleSession* session, const ConsoleServices& services,
                       NavigatorModel* navigatorModel, StsService* sts, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_services(services)
    , m_sts(sts)
    , m_topBar(new TopBar(session, services.directory, this))
    , m_navigator(new NavigatorView(navigatorModel, this))
    , m_detail(new DetailPane(session, services, this))
    , m_bannerArea(new QVBoxLayout)
    , m_banner(new SessionBanner(&services.clock, this))
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
    m_bannerArea->addWidget(m_banner);
    m_banner->hide();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topBar);
    layout->addLayout(m_bannerArea);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    const QString path = services.directory.filePath();
    auto* location = new QLabel(tr("Directory: %1").arg(QFileInfo(path).fileName()), this);
    location->setToolTip(path);
    statusBar()->addPermanentWidget(location);

    createMenus();
    connect(m_navigator, &NavigatorView::nodeSelected, m_detail, &DetailPane::showNode);
    connect(m_detail, &DetailPane::entityActivated, m_navigator, &NavigatorView::selectEntity);
    connect(m_topBar, &TopBar::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_topBar, &TopBar::switchRoleRequested, this, [this] { openSwitchRole(); });
    connect(m_topBar, &TopBar::switchBackRequested, session, &ConsoleSession::switchBack);
    connect(m_topBar, &TopBar::switchAgainRequested, this, &MainWindow::switchAgain);
    connect(m_topBar, &TopBar::temporaryCredentialsRequested, this,
            &MainWindow::openTemporaryCredentials);
    connect(m_banner, &SessionBanner::switchBackRequested, session, &ConsoleSession::switchBack);
    connect(m_banner, &SessionBanner::renewRequested, this, &MainWindow::renewRole);
    connect(m_banner, &SessionBanner::oneMinuteLeft, this, &MainWindow::warnOneMinuteLeft);
    // The banner's countdown is on the second: the session ends when it reads zero.
    connect(m_banner, &SessionBanner::expired, session, &ConsoleSession::checkExpiry);
    connect(session, &ConsoleSession::roleSessionExpired, this, &MainWindow::roleSessionExpired);
    connect(session, &ConsoleSession::activeIdentityChanged, this, &MainWindow::showIdentity);
    showIdentity();
}

void MainWindow::createTrainingClockMenu(QMenu* view)
{
    // A trainer shows an expiry in minutes instead of hours: sessions get
    // shorter, time itself (lockouts, MFA codes) does not run faster.
    QMenu* clock = view->addMenu(tr("&Training clock"));
    clock->setObjectName(QStringLiteral("TrainingClockMenu"));
    auto* speeds = new QActionGroup(clock);
    const QList<QPair<int, QString>> choices{{1, tr("&Real time")},
                                             {10, tr("Role sessions &10 times shorter")},
                                             {60, tr("Role sessions &60 times shorter")}};
    for (const auto& [speed, label] : choices) {
        QAction* action = clock->addAction(label);
        action->setCheckable(true);
        action->setData(speed);
        speeds->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, speed] { Q_EMIT clockSpeedRequested(speed); });
    }
    m_trainingClock = clock;
    clock->setEnabled(false); // until someone can change the clock
    showTrainingSpeed(qRound(m_services.clock.speed()));
}

void MainWindow::createAppearanceMenu(QMenu* view)
{
    m_appearanceMenu = view->addMenu(tr("&Appearance"));
    m_appearanceMenu->setObjectName(QStringLiteral("AppearanceMenu"));
    auto* choices = new QActionGroup(m_appearanceMenu);
    const QList<QPair<ConsoleTheme::Appearance, QString>> entries{
        {ConsoleTheme::Appearance::System, tr("Follow the &system")},
        {ConsoleTheme::Appearance::Light, tr("&Light")},
        {ConsoleTheme::Appearance::Dark, tr("&Dark")}};
    for (const auto& [appearance, label] : entries) {
        QAction* action = m_appearanceMenu->addAction(label);
        action->setCheckable(true);
        action->setData(ConsoleTheme::appearanceId(appearance));
        choices->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, appearance] { Q_EMIT appearanceRequested(appearance); });
    }
    showAppearance(ConsoleTheme::Appearance::System);
}

void MainWindow::showAppearance(ConsoleTheme::Appearance appearance)
{
    for (QAction* action : m_appearanceMenu->actions())
        action->setChecked(action->data().toString() == ConsoleTheme::appearanceId(appearance));
}

KeychainWindow* MainWindow::openKeychain()
{
    if (!m_keychain)
        m_keychain = new KeychainWindow(m_session, m_services, m_sts, this);
    else
        m_keychain->model()->refresh();
    m_keychain->show();
    m_keychain->raise();
    return m_keychain;
}

void MainWindow::setLocalEndpoint(LocalEndpoint* endpoint, RequestLogModel* log)
{
    delete m_localEndpointWindow;
    m_localEndpoint = endpoint;
    m_requestLog = log;
    m_localEndpointAction->setEnabled(endpoint && log);
}

LocalEndpointWindow* MainWindow::openLocalEndpoint()
{
    if (!m_localEndpoint || !m_requestLog)
        return nullptr;
    if (!m_localEndpointWindow)
        m_localEndpointWindow = new LocalEndpointWindow(m_localEndpoint, m_requestLog, this);
    m_localEndpointWindow->show();
    m_localEndpointWindow->raise();
    return m_localEndpointWindow;
}

void MainWindow::showSecretStoreProblem(const QString& problem)
{
    if (!m_secretStoreProblem) {
        m_secretStoreProblem = new QLabel(this);
        m_secretStoreProblem->setObjectName(QStringLiteral("SecretStoreProblem"));
        m_secretStoreProblem->setWordWrap(true);
        m_secretStoreProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_bannerArea->addWidget(m_secretStoreProblem);
    }
    m_secretStoreProblem->setText(tr("Secrets cannot be kept, so switching roles, access keys and "
                                     "MFA devices are unavailable. %1")
                                      .arg(problem));
    m_secretStoreProblem->setVisible(!problem.isEmpty());
}

void MainWindow::showAuditTrailProblem(const QString& problem)
{
    if (!m_auditTrailProblem) {
        m_auditTrailProblem = new QLabel(this);
        m_auditTrailProblem->setObjectName(QStringLiteral("AuditTrailProblem"));
        m_auditTrailProblem->setWordWrap(true);
        m_auditTrailProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_bannerArea->addWidget(m_auditTrailProblem);
    }
    m_auditTrailProblem->setText(
        tr("Warning: the audit trail was tampered with. %1 Events recorded from now on are "
           "chained to what is left; run switchboard audit verify for details.")
            .arg(problem));
    m_auditTrailProblem->setVisible(!problem.isEmpty());
}

void MainWindow::enableTrainingClock(bool enabled)
{
    m_trainingClock->setEnabled(enabled);
}

void MainWindow::showTrainingSpeed(int speed)
{
    for (QAction* action : m_trainingClock->actions())
        action->setChecked(action->data().toInt() == speed);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* switchRole = file->addAction(tr("Switch &role…"));
    switchRole->setObjectName(QStringLiteral("FileSwitchRoleAction"));
    switchRole->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(switchRole, &QAction::triggered, this, [this] { openSwitchRole(); });
    QAction* switchBack = file->addAction(tr("Switch &back"));
    switchBack->setObjectName(QStringLiteral("FileSwitchBackAction"));
    switchBack->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(switchBack, &QAction::triggered, m_session, &ConsoleSession::switchBack);
    // Enabled as the account menu's: only in a role the user can leave.
    auto updateSwitchActions = [this, switchRole, switchBack] {
        const Identity& identity = m_session->identity();
        switchRole->setEnabled(m_session->canSwitchRole());
        switchRole->setToolTip(identity.isRoot() ? ConsoleSession::rootCannotSwitchMessage()
                                                 : QString());
        switchBack->setEnabled(m_session->canSwitchBack());
    };
    connect(m_session, &ConsoleSession::activeIdentityChanged, this, updateSwitchActions);
    updateSwitchActions();
    file->addSeparator();
    m_authzDetails = new AuthzDetailsActions(m_session, m_services.directory, file, this);
    connect(m_authzDetails, &AuthzDetailsActions::imported, this,
            [this](const QString& accountId) { m_navigator->selectAccount(accountId); });
    file->addSeparator();
    m_awsConfig = new AwsConfigActions(m_session, m_services.directory, file, this);
    file->addSeparator();
    QAction* signOut = file->addAction(tr("Sign &out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu* organization = menuBar()->addMenu(tr("&Organization"));
    organization->setObjectName(QStringLiteral("OrganizationMenu"));
    m_organization = new OrganizationActions(m_session, m_services.directory, organization, this);
    connect(m_organization, &OrganizationActions::accountAdded, this,
            [this](const QString& accountId) { m_navigator->selectAccount(accountId); });
    connect(m_organization, &OrganizationActions::organizationEdited, this,
            [this](NavigatorModel::NodeType type, const QString& name) {
                if (type == NavigatorModel::NodeType::Account)
                    m_navigator->selectAccount(name);
                else
                    m_navigator->selectOrganizationNode(type, name);
            });
    m_editMenu->setObjectName(QStringLiteral("EditMenu"));
    m_adminToolBar = addToolBar(tr("Administration"));
    nameToolBarOverflow(m_adminToolBar);
    m_adminToolBar->setObjectName(QStringLiteral("AdminToolBar"));
    m_adminToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    fillEditMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* filter = view->addAction(tr("&Filter the navigator"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        m_navigator->filterEdit()->setFocus();
        m_navigator->filterEdit()->selectAll();
    });
    createTrainingClockMenu(view);
    createAppearanceMenu(view);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* simulator = tools->addAction(tr("Policy &simulator…"));
    simulator->setObjectName(QStringLiteral("PolicySimulatorAction"));
    tools->setToolTipsVisible(true);
    new ActionGuard(simulator, m_session, [this] {
        return ConsoleAction::simulatePrincipalPolicy(m_session->identity().arn());
    });
    connect(simulator, &QAction::triggered, this, &MainWindow::openPolicySimulator);
    QAction* keychain = tools->addAction(tr("&Keychain…"));
    keychain->setObjectName(QStringLiteral("KeychainAction"));
    keychain->setEnabled(m_sts != nullptr);
    connect(keychain, &QAction::triggered, this, &MainWindow::openKeychain);
    m_localEndpointAction = tools->addAction(tr("Local &endpoint…"));
    m_localEndpointAction->setObjectName(QStringLiteral("LocalEndpointAction"));
    m_localEndpointAction->setEnabled(false); // until the app hands over its endpoint
    connect(m_localEndpointAction, &QAction::triggered, this, &MainWindow::openLocalEndpoint);
    QAction* store = tools->addAction(tr("Secret &store…"));
    store->setObjectName(QStringLiteral("SecretStoreAction"));
    connect(store, &QAction::triggered, this, &MainWindow::secretStoreSettingsRequested);

    m_auditMenu =
        new AuditMenu(m_session, m_services.directory, menuBar()->addMenu(tr("&Audit")), this);
    connect(m_auditMenu, &AuditMenu::entityActivated, m_navigator, &NavigatorView::selectEntity);

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
        m_simulator = new PolicySimulatorWindow(m_session, m_services, this);
    m_simulator->show();
    m_simulator->raise();
    return m_simulator;
}

SwitchRoleDialog* MainWindow::openSwitchRole(const SwitchRoleRequest& prefill)
{
    if (!m_switchDialog) {
        m_switchDialog = new SwitchRoleDialog(m_session, m_services.directory, this);
        m_switchDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!prefill.account.isEmpty())
        m_switchDialog->setRequest(prefill);
    m_switchDialog->open();
    m_switchDialog->raise();
    return m_switchDialog;
}

SwitchRoleDialog* MainWindow::switchRoleDialog() const
{
    return m_switchDialog;
}

QMessageBox* MainWindow::notice() const
{
    return m_notice;
}

TemporaryCredentialsDialog* MainWindow::openTemporaryCredentials()
{
    auto* dialog = new TemporaryCredentialsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::switchAgain(const SwitchRoleRequest& request)
{
    QPointer<MainWindow> self(this);
    m_session->switchRole(request, [self, request](Result<void> result) {
        if (self && !result)
            self->showNotice(tr("Switch Role"),
                             tr("Could not switch to %1: %2")
                                 .arg(request.effectiveDisplayName(), result.error().toString()));
    });
}

void MainWindow::renewRole()
{
    QPointer<MainWindow> self(this);
    m_session->renewRole([self](Result<void> result) {
        if (!self)
            return;
        if (result)
            self->statusBar()->showMessage(tr("Role session renewed."), 5000);
        else
            self->showNotice(
                tr("Renew"),
                tr("Could not renew the role session: %1").arg(result.error().toString()));
    });
}

void MainWindow::roleSessionExpired(const QString& displayName)
{
    const QString text = tr("Your role session %1 expired").arg(displayName);
    statusBar()->showMessage(text);
    showNotice(tr("Role session expired"), text);
}

void MainWindow::warnOneMinuteLeft()
{
    const QString text =
        tr("Your role session %1 expires in less than a minute.").arg(m_banner->displayName());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Switchboard"));
        }
        m_tray->show();
        m_tray->showMessage(tr("Role session ending"), text, QSystemTrayIcon::Warning);
    }
    statusBar()->showMessage(text);
}

void MainWindow::setDirectoryAdmin(DirectoryAdmin* admin)
{
    m_authzDetails->setDirectoryAdmin(admin);
    m_awsConfig->setDirectoryAdmin(admin);
    m_organization->setDirectoryAdmin(admin);
    delete m_adminActions;
    delete m_undoHistory;
    if (admin) {
        m_adminActions = new AdminActions(admin, this, this);
        connect(m_adminActions, &AdminActions::errorOccurred, this, &MainWindow::showAdminError);
        connect(m_adminActions, &AdminActions::entityEdited, m_navigator,
                &NavigatorView::selectEntity);
        connect(m_navigator, &NavigatorView::usersDropped, m_adminActions,
                &AdminActions::addUsersToGroup);
        // The detail pane and the actions follow the same selection: its page.
        m_detail->setActionProvider([actions = m_adminActions, organization = m_organization](
                                        const NavigatorModel::NodeRef& node) {
            if (!actions)
                return QList<QAction*>();
            actions->setTarget(node);
            organization->setTarget(node);
            return actions->pageActions() + organization->pageActions();
        });
    } else {
        m_detail->setActionProvider({});
    }
    fillEditMenu();
}

void MainWindow::fillEditMenu()
{
    m_editMenu->clear();
    m_adminToolBar->clear();
    m_editMenu->setEnabled(m_adminActions);
    m_adminToolBar->setVisible(m_adminActions);
    if (!m_adminActions)
        return;
    AdminActions* actions = m_adminActions;
    m_editMenu->addActions({actions->undoAction(), actions->redoAction()});
    QAction* history = m_editMenu->addAction(tr("Undo &history"));
    history->setObjectName(QStringLiteral("UndoHistoryAction"));
    connect(history, &QAction::triggered, this, &MainWindow::openUndoHistory);
    m_editMenu->addSeparator();
    m_editMenu->addActions({actions->newUserAction(), actions->newGroupAction(),
                            actions->newRoleAction(), actions->newPolicyAction()});
    m_editMenu->addSeparator();
    m_editMenu->addActions({actions->editAction(), actions->deleteAction(),
                            actions->consolePasswordAction(), actions->membersAction(),
                            actions->trustPolicyAction(), actions->roleSettingsAction(),
                            actions->attachPoliciesAction(), actions->inlinePolicyAction(),
                            actions->policyVersionsAction()});
    m_editMenu->addSeparator();
    m_editMenu->addAction(actions->passwordPolicyAction());
    m_adminToolBar->addActions({actions->undoAction(), actions->redoAction()});
    m_adminToolBar->addSeparator();
    m_adminToolBar->addActions({actions->newUserAction(), actions->newGroupAction(),
                                actions->newRoleAction(), actions->newPolicyAction()});
}

QUndoView* MainWindow::openUndoHistory()
{
    if (!m_adminActions)
        return nullptr;
    if (!m_undoHistory) {
        m_undoHistory = new QUndoView(m_adminActions->admin()->undoStack(), this);
        m_undoHistory->setWindowFlag(Qt::Window);
        m_undoHistory->setWindowTitle(tr("Undo history"));
        m_undoHistory->setEmptyLabel(tr("<signed in>"));
        m_undoHistory->setAttribute(Qt::WA_DeleteOnClose);
        // Read-only: a click would move the stack past DirectoryAdmin's
        // authorization; Undo and Redo are the way back and forth.
        m_undoHistory->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_undoHistory->setFocusPolicy(Qt::NoFocus);
    }
    m_undoHistory->show();
    m_undoHistory->raise();
    return m_undoHistory;
}

// What an undo, a redo or a drop could not do, plainly, without blocking.
void MainWindow::showAdminError(const IamError& error)
{
    showNotice(tr("Not done"), tr("%1: %2").arg(error.code(), error.message()));
}

void MainWindow::showNotice(const QString& title, const QString& text)
{
    statusBar()->showMessage(text);
    // Non-modal: the console stays usable, and a script or test is not blocked.
    if (m_notice)
        m_notice->close();
    m_notice = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    m_notice->setObjectName(QStringLiteral("Notice"));
    m_notice->setAttribute(Qt::WA_DeleteOnClose);
    m_notice->setWindowModality(Qt::NonModal);
    m_notice->show();
}

void MainWindow::updateBanner()
{
    const Identity& identity = m_session->identity();
    if (!identity.isRoleSession()) {
        m_banner->clearSession();
        m_banner->hide();
        return;
    }
    m_banner->showSession(identity.displayName, identity.account.displayName(),
                          identity.role.arn().toString(), identity.color, identity.expiresAt,
                          identity.session.arn);
    // A federated sign-in's own session has nothing to go back to, nor to renew from;
    // a role it switched to has.
    m_banner->switchBackButton()->setVisible(m_session->canSwitchBack());
    m_banner->renewButton()->setVisible(m_session->canSwitchBack());
    m_banner->show();
}

void MainWindow::showIdentity()
{
    updateTitle();
    updateBanner();
    // Like the console's IAM dashboard: the identity's own account first.
    if (m_session->isSignedIn())
        m_navigator->selectAccount(m_session->identity().account.id);
}

void MainWindow::updateTitle()
{
    const Identity& identity = m_session->identity();
    if (identity.isNull())
        setWindowTitle(tr("Switchboard"));
    else if (identity.isRoleSession())
        setWindowTitle(
            tr("IAM — %1 (role %2 in %3) — Switchboard")
                .arg(identity.displayName, identity.role.name, identity.account.displayName()));
    else
        setWindowTitle(tr("IAM — %1 — Switchboard").arg(IdentityText::who(identity)));
}
