#pragma once

#include <QMainWindow>

class ConsoleSession;
class DetailPane;
class NavigatorModel;
class NavigatorView;
class PolicySimulatorWindow;
class QVBoxLayout;
class TopBar;

// The console: navigation bar on top, the directory navigator on the left,
// the selected entry's page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ConsoleSession* session, NavigatorModel* navigatorModel, QWidget* parent = nullptr);

    TopBar* topBar() const { return m_topBar; }
    NavigatorView* navigator() const { return m_navigator; }
    DetailPane* detailPane() const { return m_detail; }
    // Where banners (a role session's, notices) go: between the bar and the panes.
    QVBoxLayout* bannerArea() const { return m_bannerArea; }

    // Tools → Policy simulator.
    PolicySimulatorWindow* openPolicySimulator();
    PolicySimulatorWindow* policySimulator() const { return m_simulator; }

Q_SIGNALS:
    void signOutRequested();

private:
    void createMenus();
    void showIdentity();
    void updateTitle();

    ConsoleSession* m_session;
    TopBar* m_topBar;
    NavigatorView* m_navigator;
    DetailPane* m_detail;
    QVBoxLayout* m_bannerArea;
    PolicySimulatorWindow* m_simulator = nullptr;
};
