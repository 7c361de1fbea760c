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

Result<void> ActionGuard::permits(QAction* action)
{
    if (!action)
        return IamError::invalidInput(tr("There is no such window."));
    for (ActionGuard* guard : action->findChildren<ActionGuard*>(Qt::FindDirectChildrenOnly)) {
        guard->update();
        if (!guard->m_session->isSignedIn())
            return IamError::accessDenied(tr("Sign in to use the console."));
        const Authorization answer = guard->m_session->authorize(guard->m_request());
        if (!answer.allowed())
            return IamError::accessDenied(answer.message);
    }
    if (!action->isEnabled())
        return IamError::accessDenied(
            tr("%1 is not available now.").arg(action->text().remove(QLatin1Char('&'))));
    return {};
}
