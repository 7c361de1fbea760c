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
#include "signindialog.h"
#include "sts/stsservice.h"
#include "switchroledialog.h"
#include "welcomedialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

ConsoleController::ConsoleController(Directory* directory, StsService* sts, const Clock* clock,
                                     QObject* parent)
    : QObject(parent)
    , m_directory(directory)
    , m_sts(sts)
    , m_session(new ConsoleSession(directory, clock, this, sts))
    , m_accessKeys(sts ? new AccessKeyManager(m_session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_mfaDevices(sts ? new MfaDeviceManager(m_session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_services{*directory, clock ? *clock : *Clock::system(), m_accessKeys, m_mfaDevices}
    , m_navigatorModel(new NavigatorModel(directory, m_session, this))
    , m_signIn(std::make_unique<SignInDialog>(m_session, *directory, sts))
{
    if (sts) {
        m_localEndpoint = new LocalEndpoint(directory, sts, this);
        m_requestLog = new RequestLogModel(RequestLogModel::DefaultCapacity, this);
        connect(m_localEndpoint, &LocalEndpoint::requestHandled, m_requestLog,
                &RequestLogModel::append);
    }
    connect(m_signIn.get(), &QDialog::accepted, this, &ConsoleController::showMainWindow);
    connect(m_session, &ConsoleSession::signedOut, this, [this] {
        endAdministration();
        // The endpoint was started by someone signed in; the next person starts their own.
        if (m_localEndpoint) {
            m_localEndpoint->stop();
            m_requestLog->clear();
        }
        showSignIn(ResetForm);
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
    if (m_mainWindow && m_mainWindow->isVisible()) {
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
}

bool ConsoleController::setTrainingSpeed(int speed)
{
    if (!m_trainingClock || !m_session->isSignedIn())
        return false;
    const int old = qRound(m_trainingClock->speed());
    m_trainingClock->setSpeed(speed);
    // A change that cannot be recorded is taken back: none goes unrecorded.
    if (!m_session->recordEvent(
            QStringLiteral("SetTrainingClock"), QStringLiteral("training-clock"), true,
            QStringLiteral("%1x -> %2x").arg(old).arg(qRound(m_trainingClock->speed())))) {
        m_trainingClock->setSpeed(old);
        return false;
    }
    return true;
}

void ConsoleController::showMainWindow()
{
    rememberSignIn();
    if (!m_mainWindow) {
        m_mainWindow = std::make_unique<MainWindow>(m_session, m_services, m_navigatorModel, m_sts);
        connect(m_mainWindow.get(), &MainWindow::signOutRequested, m_session,
                &ConsoleSession::signOut);
        m_mainWindow->enableTrainingClock(m_trainingClock != nullptr);
        m_mainWindow->showSecretStoreProblem(m_secretStoreProblem);
        m_mainWindow->showAuditTrailProblem(m_auditTrailProblem);
        m_mainWindow->setLocalEndpoint(m_localEndpoint, m_requestLog);
        connect(m_mainWindow.get(), &MainWindow::secretStoreSettingsRequested, this,
                &ConsoleController::chooseSecretStore);
        connect(m_mainWindow.get(), &MainWindow::clockSpeedRequested, this,
                &ConsoleController::setTrainingSpeed);
        if (m_appearance) {
            m_mainWindow->showAppearance(m_appearance->appearance());
            connect(m_mainWindow.get(), &MainWindow::appearanceRequested, m_appearance,
                    &AppearanceController::setAppearance);
        }
    }
    startAdministration();
    m_mainWindow->show();
    m_mainWindow->raise();
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
