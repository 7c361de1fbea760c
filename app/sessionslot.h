#pragma once

#include "console/consoleservices.h"

#include <QObject>

#include <memory>

class AccessKeyManager;
class Clock;
class ConsoleSession;
class Directory;
class MfaDeviceManager;
class DirectoryAdmin;
class MainWindow;
class NavigatorModel;
class SignInDialog;
class StsService;

// A session added to a multi-session console: its own sign-in page (unused
// when it takes over another session's sign-in to switch role), then its own
// console window, navigator and administration, all acting as its identity
// only. The session itself belongs to ConsoleSessions.
class SessionSlot : public QObject
{
    Q_OBJECT

public:
    SessionSlot(ConsoleSession* session, Directory* directory, const Clock* clock, StsService* sts,
                QObject* parent = nullptr);
    ~SessionSlot() override;

    ConsoleSession* session() const { return m_session; }
    SignInDialog* signInDialog() const { return m_signIn.get(); }
    NavigatorModel* navigatorModel() const { return m_navigatorModel; }
    // What this session's window reads and its credentials, acting as the session.
    const ConsoleServices& services() const { return m_services; }
    // nullptr until signed in.
    MainWindow* mainWindow() const { return m_mainWindow.get(); }
    DirectoryAdmin* directoryAdmin() const { return m_admin.get(); }

    // After the sign-in: the window built for this session, and its administration.
    void start(std::unique_ptr<MainWindow> window);

private:
    ConsoleSession* m_session;
    Directory* m_directory;
    AccessKeyManager* m_accessKeys;
    MfaDeviceManager* m_mfaDevices;
    ConsoleServices m_services;
    NavigatorModel* m_navigatorModel;
    std::unique_ptr<SignInDialog> m_signIn;
    // Before the window, which refers to it until it is gone.
    std::unique_ptr<DirectoryAdmin> m_admin;
    std::unique_ptr<MainWindow> m_mainWindow;
};
