#include "sessionslot.h"

#include "admin/directoryadmin.h"
#include "console/consolesession.h"
#include "items/navigatormodel.h"
#include "mainwindow.h"
#include "signindialog.h"

SessionSlot::SessionSlot(ConsoleSession* session, StsService* sts, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_navigatorModel(new NavigatorModel(session->directory(), session, this))
    , m_signIn(std::make_unique<SignInDialog>(session, sts))
{}

SessionSlot::~SessionSlot()
{
    if (m_mainWindow)
        m_mainWindow->setDirectoryAdmin(nullptr);
}

void SessionSlot::start(std::unique_ptr<MainWindow> window)
{
    m_mainWindow = std::move(window);
    m_admin = std::make_unique<DirectoryAdmin>(m_session);
    m_mainWindow->setDirectoryAdmin(m_admin.get());
}
