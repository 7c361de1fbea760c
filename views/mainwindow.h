#pragma once

#include "adminactions.h"
#include "console/consoleservices.h"
#include "console/switchrolerequest.h"
#include "consoletheme.h"

#include <QMainWindow>
#include <QPointer>

class AuditMenu;
class AuthzDetailsActions;
class AwsConfigActions;
class OrganizationActions;
class QAction;
class ConsoleSession;
class DirectoryAdmin;
class IamError;
class QToolBar;
class QUndoView;
class DetailPane;
class KeychainWindow;
class LocalEndpoint;
class LocalEndpointWindow;
class NavigatorModel;
class NavigatorView;
class PolicySimulatorWindow;
class QLabel;
class QMenu;
class QMessageBox;
class QSystemTrayIcon;
class StsService;
class SessionBanner;
class SwitchRoleDialog;
class TemporaryCredentialsDialog;
class QVBoxLayout;
class RequestLogModel;
class TopBar;

// The console: navigation bar on top, the directory navigator on the left,
// the selected entry's page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without sts there is no keychain window (no secret store to show).
    MainWindow(ConsoleSession* session, const ConsoleServices& services,
               NavigatorModel* navigatorModel, StsService* sts = nullptr,
               QWidget* parent = nullptr);

    TopBar* topBar() const { return m_topBar; }
    NavigatorView* navigator() const { return m_navigator; }
    DetailPane* detailPane() const { return m_detail; }
    // Where banners (a role session's, notices) go: between the bar and the panes.
    QVBoxLayout* bannerArea() const { return m_bannerArea; }

    // Tools → Policy simulator.
    PolicySimulatorWindow* openPolicySimulator();
    PolicySimulatorWindow* policySimulator() const { return m_simulator; }

    // The role session's banner in bannerArea(); hidden when not in a role.
    SessionBanner* sessionBanner() const { return m_banner; }
    AuthzDetailsActions* authzDetailsActions() const { return m_authzDetails; }
    OrganizationActions* organizationActions() const { return m_organization; }
    // Account menu / File → Switch role…, filled with prefill's fields when given.
    SwitchRoleDialog* openSwitchRole(const SwitchRoleRequest& prefill = {});
    SwitchRoleDialog* switchRoleDialog() const;
    // Account menu → Temporary credentials… (in a role).
    TemporaryCredentialsDialog* openTemporaryCredentials();
    // The last non-modal notice (a role session that expired, a failed switch).
    QMessageBox* notice() const;

    // Tools → Keychain: what the secret store holds for this directory.
    KeychainWindow* openKeychain();

    // Tools → Local endpoint: the console's endpoint and its request log, which
    // the app owns (they outlive the window). Without them the entry is disabled.
    void setLocalEndpoint(LocalEndpoint* endpoint, RequestLogModel* log);
    LocalEndpointWindow* openLocalEndpoint();

    // A strip under the bar saying why secrets cannot be kept (and so why
    // switching roles, access keys and MFA fail); hidden for "".
    void showSecretStoreProblem(const QString& problem);
    // The audit trail was cut, emptied or altered (problem says how); empty hides it.
    void showAuditTrailProblem(const QString& problem);
    QLabel* secretStoreProblem() const { return m_secretStoreProblem; }

    // View → Training clock: offered only when the app can change the clock's speed.
    void enableTrainingClock(bool enabled);
    // Checks the View → Training clock entry of the clock's speed (every
    // window follows the one clock, whichever window changed it).
    void showTrainingSpeed(int speed);
    // Checks the View → Appearance entry of what is in use.
    void showAppearance(ConsoleTheme::Appearance appearance);

    // Administration of the signed-in session: the Edit menu (undo, redo and
    // the actions on the selected entity), the toolbar, the detail pages'
    // buttons and drops of users on groups. nullptr (signed out) removes them.
    void setDirectoryAdmin(DirectoryAdmin* admin);
    AdminActions* adminActions() const { return m_adminActions; }
    QMenu* editMenu() const { return m_editMenu; }
    QToolBar* adminToolBar() const { return m_adminToolBar; }
    // Audit → the matrix, graph, findings and trail windows.
    AuditMenu* auditMenu() const { return m_auditMenu; }
    // Edit → Undo history: the admin's undo stack, read-only.
    QUndoView* openUndoHistory();

Q_SIGNALS:
    void signOutRequested();
    // View → Training clock: role sessions issued from now on 1, 10 or 60 times shorter.
    void clockSpeedRequested(int speed);
    // View → Appearance: follow the system, or light or dark.
    void appearanceRequested(ConsoleTheme::Appearance appearance);
    // Tools → Secret store…: where secrets go from the next start.
    void secretStoreSettingsRequested();

private:
    void createMenus();
    void createTrainingClockMenu(QMenu* view);
    void createAppearanceMenu(QMenu* view);
    void showIdentity();
    void updateTitle();
    void updateBanner();
    // A history entry: switch at once, without the dialog.
    void switchAgain(const SwitchRoleRequest& request);
    void renewRole();
    void roleSessionExpired(const QString& displayName);
    void warnOneMinuteLeft();
    void showNotice(const QString& title, const QString& text);
    void fillEditMenu();
    void showAdminError(const IamError& error);

    ConsoleSession* m_session;
    ConsoleServices m_services;
    StsService* m_sts;
    TopBar* m_topBar;
    NavigatorView* m_navigator;
    DetailPane* m_detail;
    QVBoxLayout* m_bannerArea;
    PolicySimulatorWindow* m_simulator = nullptr;
    SessionBanner* m_banner;
    QPointer<SwitchRoleDialog> m_switchDialog;
    QPointer<QMessageBox> m_notice;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_trainingClock = nullptr;
    QMenu* m_appearanceMenu = nullptr;
    QLabel* m_secretStoreProblem = nullptr;
    QLabel* m_auditTrailProblem = nullptr;
    QPointer<KeychainWindow> m_keychain;
    QAction* m_localEndpointAction = nullptr;
    LocalEndpoint* m_localEndpoint = nullptr;
    RequestLogModel* m_requestLog = nullptr;
    QPointer<LocalEndpointWindow> m_localEndpointWindow;
    QMenu* m_editMenu = nullptr;
    QToolBar* m_adminToolBar = nullptr;
    QPointer<AdminActions> m_adminActions;
    AuthzDetailsActions* m_authzDetails = nullptr;
    AwsConfigActions* m_awsConfig = nullptr;
    OrganizationActions* m_organization = nullptr;
    QPointer<QUndoView> m_undoHistory;
    AuditMenu* m_auditMenu = nullptr;
};
