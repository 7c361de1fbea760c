#include "consolecontroller.h"

#include "appearancecontroller.h"

#include "accessgraphwindow.h"
#include "actionguard.h"
#include "admin/directoryadmin.h"
#include "adminactions.h"
#include "auditmenu.h"
#include "audittrailwindow.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "console/consolesessions.h"
#include "console/mfadevicemanager.h"
#include "console/switchrolerequest.h"
#include "detailpane.h"
#include "directory/directory.h"
#include "endpoint/localendpoint.h"
#include "findingswindow.h"
#include "iam/arn.h"
#include "iam/clock.h"
#include "iam/trainingclock.h"
#include "items/navigatormodel.h"
#include "items/requestlogmodel.h"
#include "keychainwindow.h"
#include "localendpointwindow.h"
#include "mainwindow.h"
#include "membershipmatrixwindow.h"
#include "navigatorview.h"
#include "policysimulatorwindow.h"
#include "secrets/secretstore.h"
#include "secretstoredialog.h"
#include "secretstoresetup.h"
#include "sessionslot.h"
#include "sessiontabs.h"
#include "signindialog.h"
#include "sts/stsservice.h"
#include "switchroledialog.h"
#include "topbar.h"
#include "welcomedialog.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace {
// Acts on session on a later turn of the event loop (the account menu whose
// entry asked is rebuilt by the answer), unless it is gone by then.
void later(QObject* context, ConsoleSession* session, std::function<void(ConsoleSession*)> act)
{
    QTimer::singleShot(0, context, [guard = QPointer<ConsoleSession>(session), act] {
        if (guard)
            act(guard);
    });
}
} // namespace

ConsoleController::ConsoleController(Directory* directory, StsService* sts, const Clock* clock,
                                     QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_sts(sts)
    , m_sessions(new ConsoleSessions(directory, clock, sts, this))
    , m_session(m_sessions->primary())
    , m_accessKeys(sts ? new AccessKeyManager(m_session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_mfaDevices(sts ? new MfaDeviceManager(m_session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_services{*directory, clock ? *clock : *Clock::system(), m_accessKeys, m_mfaDevices}
    , m_navigatorModel(new NavigatorModel(directory, m_session, this))
    , m_tabs(std::make_unique<SessionTabs>(m_sessions))
    , m_multiSession(QSettings().value(QStringLiteral("console/multiSession")).toBool())
    , m_signIn(std::make_unique<SignInDialog>(m_session, *directory, sts))
{
    // Queued: the account menu whose entry asked is rebuilt by the answer.
    connect(m_sessions, &ConsoleSessions::sessionsChanged, this,
            &ConsoleController::refreshAccountMenus, Qt::QueuedConnection);
    connect(m_tabs.get(), &SessionTabs::multiSessionRequested, this,
            &ConsoleController::setMultiSession, Qt::QueuedConnection);
    connect(
        m_tabs.get(), &SessionTabs::addSessionRequested, this, [this] { (void)addSession(); },
        Qt::QueuedConnection);
    connect(m_tabs.get(), &SessionTabs::signOutRequested, this, [this](ConsoleSession* session) {
        later(this, session, [](ConsoleSession* ending) { ending->signOut(); });
    });
    connect(m_tabs.get(), &SessionTabs::switchRoleInNewSessionRequested, this,
            [this](ConsoleSession* from) {
                later(this, from,
                      [this](ConsoleSession* source) { (void)switchRoleInNewSession(source); });
            });
    if (sts) {
        m_localEndpoint = new LocalEndpoint(directory, sts, this);
        m_requestLog = new RequestLogModel(RequestLogModel::DefaultCapacity, this);
        connect(m_localEndpoint, &LocalEndpoint::requestHandled, m_requestLog,
                &RequestLogModel::append);
    }
    connect(m_signIn.get(), &QDialog::accepted, this, &ConsoleController::showMainWindow);
    connect(m_session, &ConsoleSession::signedOut, this, [this] {
        endAdministration();
        // With multi-session support the other sessions stay signed in.
        m_tabs->takeSession(m_session);
        showSignInWhenNoneLeft();
    });
}

ConsoleController::~ConsoleController() = default;

void ConsoleController::start(const StartOptions& options)
{
    // The console remembers the account and user name, never the password.
    QSettings settings;
    m_signIn->setAccount(settings.value(QStringLiteral("signIn/account")).toString());
    m_signIn->setUserName(settings.value(QStringLiteral("signIn/user")).toString());
    if (!options.newCredentials.isEmpty() && m_signIn->accountEdit()->text().isEmpty())
        m_signIn->setAccount(options.newCredentials.first().account);
    if (!options.account.isEmpty())
        m_signIn->setAccount(options.account);
    if (!options.userName.isEmpty())
        m_signIn->setUserName(options.userName);

    bool signedIn = false;
    if (!options.userName.isEmpty()) {
        m_signIn->passwordEdit()->setText(options.password);
        m_signIn->signInButton()->click(); // the same path as a person's click
        signedIn = m_session->isSignedIn();
    }
    if (!signedIn)
        showSignIn(options.userName.isEmpty() ? ResetForm : KeepError);
    if (signedIn && !options.addSessions.isEmpty())
        addSessionsAtStart(options);
    if (signedIn && !options.openArn.isEmpty())
        openEntity(options.openArn);
    if (signedIn && !options.tab.isEmpty())
        showTab(options.tab);
    if (signedIn && !options.window.isEmpty())
        openToolWindow(options);
    if (!options.newCredentials.isEmpty())
        showWelcome(options.newCredentials);
    const QString path = options.screenshotPath;
    auto takeScreenshot = [this, path] {
        if (!path.isEmpty())
            QTimer::singleShot(400, this, [this, path] { saveScreenshot(path); });
    };
    if (signedIn && !options.switchRole.isEmpty() && options.window != QLatin1String("switch-role"))
        switchRoleAtStart(options, takeScreenshot);
    else
        takeScreenshot();
}

SwitchRoleRequest ConsoleController::StartOptions::switchRequest() const
{
    // ACCOUNT/ROLE, where the role may carry a path: "catphoto-dev/audit/Reader".
    const qsizetype slash = switchRole.indexOf(QLatin1Char('/'));
    SwitchRoleRequest request;
    request.account = switchRole.left(slash);
    request.roleName = slash < 0 ? QString() : switchRole.mid(slash + 1);
    request.displayName = switchDisplayName;
    if (!switchColor.isEmpty())
        request.color = switchColor;
    return request;
}

void ConsoleController::switchRoleAtStart(const StartOptions& options, std::function<void()> next)
{
    m_session->switchRole(options.switchRequest(), [next = std::move(next)](Result<void> r) {
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        next();
    });
}

void ConsoleController::addSessionsAtStart(const StartOptions& options)
{
    setMultiSession(true);
    for (const QString& user : options.addSessions) {
        auto added = addSession();
        if (!added) {
            qWarning("%s", qPrintable(added.error().message()));
            break;
        }
        const qsizetype slash = user.indexOf(QLatin1Char('/'));
        SignInDialog* signIn = added.value();
        signIn->setAccount(slash < 0 ? options.account : user.left(slash));
        signIn->setUserName(user.mid(slash + 1));
        signIn->passwordEdit()->setText(options.password);
        signIn->signInButton()->click(); // the same path as a person's click
        if (signIn->isVisible()) {
            qWarning("%s: %s", qPrintable(user), qPrintable(signIn->errorText()));
            signIn->reject(); // the session it held is closed again
        }
    }
    m_tabs->showSession(m_session);
}

void ConsoleController::showWelcome(const QList<DirectoryBootstrap::DemoCredential>& credentials)
{
    QList<WelcomeDialog::Credential> rows;
    for (const auto& c : credentials) {
        if (c.root) {
            rows.append({c.account, c.userName, c.password, tr("Root user (signs in by email)")});
            continue;
        }
        QStringList groups;
        if (const auto account = m_directory->findAccount(c.account))
            for (const Group& g : m_directory->groupsForUser(account->id, c.userName))
                groups << g.name;
        rows.append({c.account, c.userName, c.password,
                     groups.isEmpty() ? tr("(no group)") : groups.join(QStringLiteral(", "))});
    }
    auto* welcome = new WelcomeDialog(rows, m_signIn.get());
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    welcome->open();
}

bool ConsoleController::openEntity(const QString& arnText)
{
    const auto arn = Arn::parse(arnText);
    if (!arn || !m_mainWindow)
        return false;
    const QString type = arn->resourceType();
    // The organization's root, OUs and policies are navigator rows too.
    if (arn->service() == QLatin1String("organizations")) {
        using Node = NavigatorModel::NodeType;
        const QHash<QString, Node> nodes{{QStringLiteral("root"), Node::Organization},
                                         {QStringLiteral("ou"), Node::OrganizationalUnit},
                                         {QStringLiteral("policy"), Node::OrganizationPolicy}};
        return nodes.contains(type) && m_mainWindow->navigator()->selectOrganizationNode(
                                           nodes.value(type), arn->resourceName());
    }
    EntityKind kind;
    if (type == QLatin1String("user"))
        kind = EntityKind::User;
    else if (type == QLatin1String("group"))
        kind = EntityKind::Group;
    else if (type == QLatin1String("role"))
        kind = EntityKind::Role;
    else if (type == QLatin1String("policy"))
        kind = EntityKind::Policy;
    else
        return false;
    // AWS-managed policies are listed under the signed-in user's account.
    const QString account =
        arn->account() == QLatin1String("aws") ? m_session->identity().account.id : arn->account();
    m_mainWindow->navigator()->selectEntity(kind, account, arn->resourceName());
    return m_mainWindow->detailPane()->currentNode().name == arn->resourceName();
}

bool ConsoleController::showTab(const QString& title)
{
    for (QTabWidget* tabs : m_mainWindow->detailPane()->findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).remove(QLatin1Char('&')) == title) {
                tabs->setCurrentIndex(i);
                return true;
            }
    return false;
}

QAction* ConsoleController::toolWindowAction(const QString& name) const
{
    static const QHash<QString, QString> actions{
        {QStringLiteral("switch-role"), QStringLiteral("FileSwitchRoleAction")},
        {QStringLiteral("keychain"), QStringLiteral("KeychainAction")},
        {QStringLiteral("local-endpoint"), QStringLiteral("LocalEndpointAction")},
        {QStringLiteral("simulator"), QStringLiteral("PolicySimulatorAction")},
        {QStringLiteral("membership-matrix"), QStringLiteral("MembershipMatrixAction")},
        {QStringLiteral("access-graph"), QStringLiteral("AccessGraphAction")},
        {QStringLiteral("findings"), QStringLiteral("FindingsAction")},
        {QStringLiteral("audit-trail"), QStringLiteral("AuditTrailAction")},
    };
    if (name == QLatin1String("create-role"))
        return m_mainWindow->adminActions() ? m_mainWindow->adminActions()->newRoleAction()
                                            : nullptr;
    const QString objectName = actions.value(name);
    return objectName.isEmpty() ? nullptr : m_mainWindow->findChild<QAction*>(objectName);
}

void ConsoleController::openToolWindow(const StartOptions& options)
{
    // Opened as its menu entry opens it, or refused for the entry's reason.
    if (auto permitted = ActionGuard::permits(toolWindowAction(options.window)); !permitted) {
        m_toolWindowRefusal = permitted.error().message();
        qWarning("%s", qPrintable(m_toolWindowRefusal));
        m_mainWindow->statusBar()->showMessage(m_toolWindowRefusal);
        return;
    }
    m_toolWindowRefusal.clear();
    if (options.window == QLatin1String("switch-role")) {
        m_mainWindow->openSwitchRole(options.switchRequest());
        return;
    }
    if (options.window == QLatin1String("keychain")) {
        m_mainWindow->openKeychain();
        return;
    }
    if (options.window == QLatin1String("local-endpoint")) {
        m_toolWindow = m_mainWindow->openLocalEndpoint();
        if (m_toolWindow && options.endpointPort)
            (void)m_localEndpoint->start(*options.endpointPort); // a failure shows in the window
        return;
    }
    if (QWidget* window = openAuditWindow(options.window)) {
        window->resize(1100, 700);
        m_toolWindow = window;
        return;
    }
    if (options.window == QLatin1String("create-role") && m_mainWindow->adminActions()) {
        m_mainWindow->adminActions()->newRoleAction()->trigger();
        m_toolWindow = m_mainWindow->adminActions()->openDialog();
        return;
    }
    if (options.window != QLatin1String("simulator"))
        return;
    PolicySimulatorWindow* simulator = m_mainWindow->openPolicySimulator();
    const int principal = simulator->principalBox()->findData(options.openArn);
    if (principal >= 0)
        simulator->principalBox()->setCurrentIndex(principal);
    simulator->actionsEdit()->setText(options.windowActions.join(QStringLiteral(", ")));
    if (!options.windowActions.isEmpty())
        simulator->run();
}

QWidget* ConsoleController::openAuditWindow(const QString& name)
{
    AuditMenu* audit = m_mainWindow->auditMenu();
    if (name == QLatin1String("membership-matrix"))
        return audit->openMembershipMatrix();
    if (name == QLatin1String("access-graph"))
        return audit->openAccessGraph();
    if (name == QLatin1String("findings"))
        return audit->openFindings();
    if (name == QLatin1String("audit-trail"))
        return audit->openAuditTrail();
    return nullptr;
}

void ConsoleController::saveScreenshot(const QString& path)
{
    QWidget* shown = m_signIn.get();
    if (m_tabs->isVisible())
        shown = m_tabs.get(); // every session's tab, the current one in front
    if (m_mainWindow && m_mainWindow->isVisible()) {
        if (!m_tabs->isVisible())
            shown = m_mainWindow.get();
        // A tool window in front is what the picture is of.
        if (QWidget* simulator = m_mainWindow->policySimulator();
            simulator && simulator->isVisible())
            shown = simulator;
        if (QWidget* dialog = m_mainWindow->switchRoleDialog(); dialog && dialog->isVisible())
            shown = dialog;
        if (QWidget* keychain = m_mainWindow->findChild<KeychainWindow*>();
            keychain && keychain->isVisible())
            shown = keychain;
        if (m_toolWindow && m_toolWindow->isVisible())
            shown = m_toolWindow;
    }
    const bool saved = shown->grab().save(path, "PNG");
    QCoreApplication::exit(saved ? 0 : 1);
}

SecretStoreDialog* ConsoleController::chooseSecretStore()
{
    const auto kind = SecretStoreSetup::chosenKind(QString());
    const bool file = kind.ok() && kind.value() == SecretStoreSetup::Kind::File;
    const QString inUse = m_sts && m_sts->secrets() ? m_sts->secrets()->backendName() : tr("none");
    auto* dialog = new SecretStoreDialog(file, inUse, m_mainWindow.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool chosen = dialog->encryptedFileChosen();
        SecretStoreSetup::rememberKind(chosen ? SecretStoreSetup::Kind::File
                                              : SecretStoreSetup::Kind::Keychain);
        m_mainWindow->statusBar()->showMessage(
            chosen ? tr("From the next start, secrets go to an encrypted file.")
                   : tr("From the next start, secrets go to the system keychain."));
    });
    dialog->open();
    return dialog;
}

void ConsoleController::showSignIn(SignInForm form)
{
    if (m_mainWindow)
        m_mainWindow->hide();
    if (form == ResetForm)
        m_signIn->reset();
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void ConsoleController::setAuditTrailProblem(const QString& problem)
{
    m_auditTrailProblem = problem;
    if (m_mainWindow)
        m_mainWindow->showAuditTrailProblem(problem);
    for (const auto& slot : m_slots)
        if (slot->mainWindow())
            slot->mainWindow()->showAuditTrailProblem(problem);
}

bool ConsoleController::setTrainingSpeed(int speed)
{
    return setTrainingSpeedAs(m_session, speed);
}

bool ConsoleController::setTrainingSpeedAs(ConsoleSession* session, int speed)
{
    if (!m_trainingClock || !session->isSignedIn())
        return false;
    const int old = qRound(m_trainingClock->speed());
    m_trainingClock->setSpeed(speed);
    // A change that cannot be recorded is taken back: none goes unrecorded.
    const bool recorded =
        session
            ->recordEvent(
                QStringLiteral("SetTrainingClock"), QStringLiteral("training-clock"), true,
                QStringLiteral("%1x -> %2x").arg(old).arg(qRound(m_trainingClock->speed())))
            .ok();
    if (!recorded)
        m_trainingClock->setSpeed(old);
    Q_EMIT trainingSpeedChanged(qRound(m_trainingClock->speed()));
    return recorded;
}

void ConsoleController::showMainWindow()
{
    rememberSignIn();
    if (!m_mainWindow) {
        m_mainWindow = createMainWindow(m_session, m_services, m_navigatorModel);
        connect(m_mainWindow.get(), &MainWindow::signOutRequested, m_session,
                &ConsoleSession::signOut);
    }
    startAdministration();
    presentPrimary();
}

std::unique_ptr<MainWindow> ConsoleController::createMainWindow(ConsoleSession* session,
                                                                const ConsoleServices& services,
                                                                NavigatorModel* navigatorModel)
{
    auto window = std::make_unique<MainWindow>(session, services, navigatorModel, m_sts);
    window->setLocalEndpoint(m_localEndpoint, m_requestLog);
    window->enableTrainingClock(m_trainingClock != nullptr);
    if (m_trainingClock)
        window->showTrainingSpeed(qRound(m_trainingClock->speed()));
    connect(this, &ConsoleController::trainingSpeedChanged, window.get(),
            &MainWindow::showTrainingSpeed);
    window->showSecretStoreProblem(m_secretStoreProblem);
    window->showAuditTrailProblem(m_auditTrailProblem);
    connect(window.get(), &MainWindow::secretStoreSettingsRequested, this,
            &ConsoleController::chooseSecretStore);
    // Audited as the session whose window asked.
    connect(window.get(), &MainWindow::clockSpeedRequested, this,
            [this, session](int speed) { setTrainingSpeedAs(session, speed); });
    if (m_appearance) {
        window->showAppearance(m_appearance->appearance());
        connect(window.get(), &MainWindow::appearanceRequested, m_appearance,
                &AppearanceController::setAppearance);
    }
    window->topBar()->setSessionEntries(
        [this, session](QMenu* menu) { m_tabs->fillAccountMenu(menu, session, m_multiSession); });
    return window;
}

void ConsoleController::presentPrimary()
{
    if (!m_multiSession) {
        m_mainWindow->show();
        m_mainWindow->raise();
        return;
    }
    m_tabs->addSession(m_session, m_mainWindow.get());
    m_tabs->showSession(m_session);
    m_tabs->show();
    m_tabs->raise();
}

void ConsoleController::setMultiSession(bool on)
{
    // Off again only with the primary alone: the others would lose their window.
    if (on == m_multiSession || (!on && !m_sessions->onlyPrimary()))
        return;
    m_multiSession = on;
    QSettings().setValue(QStringLiteral("console/multiSession"), on);
    if (m_mainWindow && m_session->isSignedIn()) {
        if (!on) {
            m_tabs->takeSession(m_session);
            m_tabs->hide();
        }
        presentPrimary();
    }
    refreshAccountMenus();
}

Result<SessionSlot*> ConsoleController::openSlot()
{
    if (!m_multiSession)
        return IamError::validation(
            QStringLiteral("Turn on multi-session support before you add a session."));
    auto opened = m_sessions->open();
    if (!opened) {
        if (MainWindow* window = mainWindowFor(m_tabs->currentSession()))
            window->statusBar()->showMessage(opened.error().message());
        return opened.error();
    }
    auto* slot = m_slots
                     .emplace_back(std::make_unique<SessionSlot>(opened.value(), m_directory,
                                                                 &m_services.clock, m_sts))
                     .get();
    QPointer<SessionSlot> guard(slot);
    connect(slot->signInDialog(), &QDialog::accepted, this, [this, slot] { presentSlot(slot); });
    connect(slot->signInDialog(), &QDialog::rejected, this, [this, slot] {
        if (!slot->session()->isSignedIn())
            endSlot(slot);
    });
    // Queued: Sign out may come from the very window that goes with the slot.
    connect(
        slot->session(), &ConsoleSession::signedOut, this,
        [this, guard] {
            if (guard)
                endSlot(guard);
        },
        Qt::QueuedConnection);
    return slot;
}

Result<SignInDialog*> ConsoleController::addSession()
{
    auto opened = openSlot();
    if (!opened)
        return opened.error();
    SignInDialog* signIn = opened.value()->signInDialog();
    signIn->setWindowTitle(tr("Add session — Switchboard"));
    signIn->reset();
    signIn->show();
    signIn->raise();
    signIn->activateWindow();
    return signIn;
}

Result<SwitchRoleDialog*> ConsoleController::switchRoleInNewSession(ConsoleSession* from)
{
    auto opened = openSlot();
    if (!opened)
        return opened.error();
    SessionSlot* slot = opened.value();
    if (auto signedIn = slot->session()->signInAsUserOf(*from); !signedIn) {
        endSlot(slot);
        if (MainWindow* window = mainWindowFor(from))
            window->statusBar()->showMessage(signedIn.error().message());
        return signedIn.error();
    }
    presentSlot(slot);
    SwitchRoleDialog* dialog = slot->mainWindow()->openSwitchRole();
    dialog->setWindowTitle(tr("Switch role in a new session — Switchboard"));
    // As in AWS's console, a switch that is cancelled adds no session: the
    // new tab closes and from's is in front again.
    QPointer<ConsoleSession> added(slot->session());
    QPointer<ConsoleSession> back(from);
    connect(dialog, &QDialog::rejected, this, [this, added, back] {
        if (!added || added->isInRole())
            return;
        added->signOut(); // its tab and slot go (queued)
        if (back)
            m_tabs->showSession(back);
    });
    return dialog;
}

void ConsoleController::presentSlot(SessionSlot* slot)
{
    if (!slot->mainWindow()) {
        slot->start(createMainWindow(slot->session(), slot->services(), slot->navigatorModel()));
        connect(slot->mainWindow(), &MainWindow::signOutRequested, slot->session(),
                &ConsoleSession::signOut);
    }
    m_tabs->addSession(slot->session(), slot->mainWindow());
    m_tabs->showSession(slot->session());
    m_tabs->show();
    m_tabs->raise();
}

void ConsoleController::endSlot(SessionSlot* slot)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(),
                                 [slot](const auto& owned) { return owned.get() == slot; });
    if (it == m_slots.end())
        return;
    ConsoleSession* session = slot->session();
    m_tabs->takeSession(session);
    // Later: this may run inside one of the slot's own signals.
    it->release()->deleteLater();
    m_slots.erase(it);
    m_sessions->close(session);
    showSignInWhenNoneLeft();
}

void ConsoleController::showSignInWhenNoneLeft()
{
    if (m_tabs->tabWidget()->count() > 0)
        return;
    // The endpoint was started by someone signed in; the next person starts their own.
    if (m_localEndpoint) {
        m_localEndpoint->stop();
        m_requestLog->clear();
    }
    m_tabs->hide();
    showSignIn(ResetForm);
}

MainWindow* ConsoleController::mainWindowFor(const ConsoleSession* session) const
{
    if (session == m_session)
        return m_mainWindow.get();
    for (const auto& slot : m_slots)
        if (slot->session() == session)
            return slot->mainWindow();
    return nullptr;
}

void ConsoleController::refreshAccountMenus()
{
    if (m_mainWindow)
        m_mainWindow->topBar()->refreshMenu();
    for (const auto& slot : m_slots)
        if (slot->mainWindow())
            slot->mainWindow()->topBar()->refreshMenu();
    m_tabs->refreshTitles();
}

void ConsoleController::startAdministration()
{
    endAdministration();
    m_admin = std::make_unique<DirectoryAdmin>(m_session, m_directory, m_accessKeys, m_mfaDevices);
    m_mainWindow->setDirectoryAdmin(m_admin.get());
}

void ConsoleController::endAdministration()
{
    if (m_mainWindow)
        m_mainWindow->setDirectoryAdmin(nullptr);
    m_admin.reset();
}

void ConsoleController::rememberSignIn()
{
    // The IAM user's account and name only: a root email is not kept.
    if (m_signIn->isRootSignIn())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/account"), m_signIn->accountEdit()->text().trimmed());
    settings.setValue(QStringLiteral("signIn/user"), m_signIn->userEdit()->text().trimmed());
}
