#pragma once

#include "console/consoleservices.h"
#include "console/switchrolerequest.h"
#include "directorybootstrap.h"
#include "iam/result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class AccessKeyManager;
class Clock;
class DirectoryAdmin;
class QAction;
class LocalEndpoint;
class RequestLogModel;
class ConsoleSession;
class ConsoleSessions;
class SessionSlot;
class SessionTabs;
class Directory;
class StsService;
class TrainingClock;
class MainWindow;
class MfaDeviceManager;
class NavigatorModel;
class SecretStoreDialog;
class SignInDialog;
class SwitchRoleDialog;

// Wires the console together: the sign-in dialog until a user is signed in,
// then the main window; Sign out returns to the dialog.
class AppearanceController;

class ConsoleController : public QObject
{
    Q_OBJECT

public:
    // Without sts the console cannot switch roles; without clock it uses the wall clock.
    explicit ConsoleController(Directory* directory, StsService* sts = nullptr,
                               const Clock* clock = nullptr, QObject* parent = nullptr);
    ~ConsoleController() override;

    // What a scripted start asks for: sign in, open an entity, take a picture.
    struct StartOptions
    {
        QList<DirectoryBootstrap::DemoCredential> newCredentials; // shown once, on a first start
        QString account;
        QString userName;
        QString password;
        QString openArn;
        QString window; // "simulator" (for openArn), "switch-role", "keychain", "local-endpoint"
        QString tab;    // the tab of openArn's page to show, by its title
        QStringList windowActions; // what the simulator runs at once
        QString screenshotPath;
        QString switchRole; // "ACCOUNT/ROLE": switch after sign-in
        QString switchColor;
        QString switchDisplayName;
        std::optional<quint16> endpointPort; // with "local-endpoint": start it on this port
        // IAM users ("NAME" in account, or "ACCOUNT/NAME") signed in too, each
        // in a tab of its own with the same password (multi-session turned on).
        QStringList addSessions;

        SwitchRoleRequest switchRequest() const;
    };

    // Shows the sign-in dialog (and, on a first start, the demo's passwords),
    // or signs in directly when the options say who.
    void start(const StartOptions& options = {});
    // Selects the user, group, role or policy with this ARN in the navigator.
    bool openEntity(const QString& arn);
    // Shows the tab of the open page with this title ("Security credentials").
    bool showTab(const QString& title);

    // What View → Appearance changes (the app's own).
    void setAppearanceController(AppearanceController* appearance) { m_appearance = appearance; }
    // The clock whose speed View → Training clock changes (the app's own).
    void setTrainingClock(TrainingClock* clock) { m_trainingClock = clock; }
    // View → Training clock: role sessions issued from now on are speed
    // times shorter in real time. Any signed-in user may change it: it only
    // ever shortens sessions, never a lockout, a code's validity or a stored
    // time. Audited as SetTrainingClock with the old and new speed; false
    // (and nothing changes) without a training clock or a signed-in user.
    bool setTrainingSpeed(int speed);
    // The same, asked in session's window (multi-session) and audited as it.
    bool setTrainingSpeedAs(ConsoleSession* session, int speed);
    // Why the secret store cannot keep secrets; the console says so plainly.
    void setSecretStoreProblem(const QString& problem) { m_secretStoreProblem = problem; }
    // The audit trail was found cut, emptied or altered: the console says so
    // plainly, now or when its window opens.
    void setAuditTrailProblem(const QString& problem);
    const QString& auditTrailProblem() const { return m_auditTrailProblem; }

    ConsoleSession* session() const { return m_session; }
    SignInDialog* signInDialog() const { return m_signIn.get(); }
    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    // The administration of the signed-in session; nullptr while signed out
    // (its undo history ends with the session).
    DirectoryAdmin* directoryAdmin() const { return m_admin.get(); }
    NavigatorModel* navigatorModel() const { return m_navigatorModel; }
    // Tools → Local endpoint: the console's own endpoint and its request log,
    // one for every session's window; nullptr without STS. Stopped (and the
    // log cleared) when the last session signs out, and at quit.
    LocalEndpoint* localEndpoint() const { return m_localEndpoint; }
    RequestLogModel* requestLog() const { return m_requestLog; }
    // Why the window a scripted start asked for (StartOptions::window) was not
    // opened: its menu entry's reason (AWS's access-denied message); "" when opened.
    QString toolWindowRefusal() const { return m_toolWindowRefusal; }
    // Tools → Secret store…: the choice is remembered for the next start.
    SecretStoreDialog* chooseSecretStore();

    // Multi-session support (account menu; off by default, as in AWS's
    // console; remembered): every signed-in session in a tab of one window.
    // Turning it off needs the other sessions signed out first.
    bool isMultiSession() const { return m_multiSession; }
    void setMultiSession(bool on);
    // Account menu → Add session: a new session's sign-in page (cancel closes
    // it again); on sign-in its console opens in a tab of its own.
    // LimitExceeded with five sessions open.
    Result<SignInDialog*> addSession();
    // Account menu → Switch role in a new session, as AWS's console does it:
    // a new tab signed in as from's IAM user on from's own sign-in (no
    // password asked; see ConsoleSession::signInAsUserOf), its Switch Role
    // page open. Cancelling that page closes the tab again. from stays as it
    // is. LimitExceeded with five sessions open; AccessDenied (and no new
    // session) when from is no IAM user's console sign-in or it is over.
    Result<SwitchRoleDialog*> switchRoleInNewSession(ConsoleSession* from);
    ConsoleSessions* sessions() const { return m_sessions; }
    SessionTabs* sessionTabs() const { return m_tabs.get(); }
    // The console window of a signed-in session; nullptr for another.
    MainWindow* mainWindowFor(const ConsoleSession* session) const;

Q_SIGNALS:
    // The training clock's speed changed (or a change was taken back): every
    // window's View → Training clock shows it.
    void trainingSpeedChanged(int speed);

private:
    void showMainWindow();
    // The window for a session, wired to the app's settings and tools.
    std::unique_ptr<MainWindow> createMainWindow(ConsoleSession* session,
                                                 const ConsoleServices& services,
                                                 NavigatorModel* navigatorModel);
    // The signed-in primary's window: on its own, or in its tab.
    void presentPrimary();
    // A new session's slot, not yet signed in, wired to end with its session.
    Result<SessionSlot*> openSlot();
    void presentSlot(SessionSlot* slot);
    // An added session signed out or left its sign-in page: its tab and slot go.
    void endSlot(SessionSlot* slot);
    void refreshAccountMenus();
    // The sign-in page once no session is signed in any more (the local
    // endpoint stops: whoever started it is gone).
    void showSignInWhenNoneLeft();
    void startAdministration();
    void endAdministration();
    // After a failed scripted sign-in the dialog keeps the error it shows.
    enum SignInForm
    {
        ResetForm,
        KeepError
    };
    void showSignIn(SignInForm form);
    void rememberSignIn();
    void showWelcome(const QList<DirectoryBootstrap::DemoCredential>& credentials);
    void saveScreenshot(const QString& path);
    void openToolWindow(const StartOptions& options);
    // The menu entry that opens the window --window names; nullptr for an unknown name.
    QAction* toolWindowAction(const QString& name) const;
    // Audit → one of its windows by the name --window takes; nullptr for another name.
    QWidget* openAuditWindow(const QString& name);
    // Switches as the options say, then calls next (also when the switch fails).
    void switchRoleAtStart(const StartOptions& options, std::function<void()> next);
    // Signs the options' addSessions in, each in a tab; the first tab stays in front.
    void addSessionsAtStart(const StartOptions& options);

    Directory* m_directory;
    StsService* m_sts;
    ConsoleSessions* m_sessions;
    ConsoleSession* m_session; // the primary of m_sessions
    // The people's credentials, acting as m_session; none without STS (no secret store).
    AccessKeyManager* m_accessKeys;
    MfaDeviceManager* m_mfaDevices;
    ConsoleServices m_services; // what the window's views use beside the session
    NavigatorModel* m_navigatorModel;
    LocalEndpoint* m_localEndpoint = nullptr;
    RequestLogModel* m_requestLog = nullptr;
    // Before the windows it may hold as tabs, so that they go first.
    std::unique_ptr<SessionTabs> m_tabs;
    std::vector<std::unique_ptr<SessionSlot>> m_slots;
    bool m_multiSession = false;
    std::unique_ptr<SignInDialog> m_signIn;
    // Before the window, which refers to it until it is gone.
    std::unique_ptr<DirectoryAdmin> m_admin;
    std::unique_ptr<MainWindow> m_mainWindow;
    TrainingClock* m_trainingClock = nullptr;
    AppearanceController* m_appearance = nullptr;
    QString m_secretStoreProblem;
    QString m_auditTrailProblem;
    QPointer<QWidget> m_toolWindow; // what a scripted start opened: the picture's subject
    QString m_toolWindowRefusal;
};
