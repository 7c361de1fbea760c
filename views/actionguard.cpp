#include "actionguard.h"

#include "console/consolesession.h"

#include <QAction>

ActionGuard::ActionGuard(QAction* action, ConsoleSession* session, Request request)
    : QObject(action)
    , m_action(action)
    , m_session(session)
    , m_request(std::move(request))
    , m_enabledToolTip(action->toolTip())
{
    connect(session, &ConsoleSession::activeIdentityChanged, this, &ActionGuard::update);
    update();
}

void ActionGuard::update()
{
    if (!m_action)
        return;
    if (!m_session->isSignedIn()) {
        m_action->setEnabled(false);
        return;
    }
    const Authorization answer = m_session->authorize(m_request());
    m_action->setEnabled(answer.allowed());
    m_action->setToolTip(answer.allowed() ? m_enabledToolTip : answer.message);
}
