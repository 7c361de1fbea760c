#include "sessionslot.h"

#include "admin/directoryadmin.h"
#include "console/accesskeymanager.h"
#include "console/consolesession.h"
#include "console/mfadevicemanager.h"
#include "iam/clock.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "signindialog.h"
#include "sts/stsservice.h"

SessionSlot::SessionSlot(ConsoleSession* session, Directory* directory, const Clock* clock,
                         StsService* sts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_directory(directory)
    , m_accessKeys(sts ? new AccessKeyManager(session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_mfaDevices(sts ? new MfaDeviceManager(session, directory, clock, sts->secrets(), this)
                       : nullptr)
    , m_services{*directory, *clock, m_accessKeys, m_mfaDevices}
    , m_navigatorModel(new NavigatorModel(directory, session, this))
    , m_signIn(std::make_unique<SignInDialog>(session, *directory, sts))
{}

SessionSlot::~SessionSlot()
{
    if (m_mainWindow)
        m_mainWindow->setDirectoryAdmin(nullptr);
}

void SessionSlot::start(std::unique_ptr<MainWindow> window)
{
    m_mainWindow = std::move(window);
    m_admin = std::make_unique<DirectoryAdmin>(m_session, m_directory, m_accessKeys, m_mfaDevices);
    m_mainWindow->setDirectoryAdmin(m_admin.get());
}
