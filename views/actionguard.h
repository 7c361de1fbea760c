#pragma once

#include "console/consoleaction.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ConsoleSession;
class QAction;

// Keeps an action enabled only while the active identity may do what it
// asks; when it may not, the action is disabled with AWS's access-denied
// message as its tooltip. Follows identity changes (sign-in, a role switch).
class ActionGuard : public QObject
{
    Q_OBJECT

public:
    using Request = std::function<ConsoleAction()>;

    ActionGuard(QAction* action, ConsoleSession* session, Request request);

    // Evaluates again, e.g. after the selection changed what the action would touch.
    void update();

private:
    QPointer<QAction> m_action;
    ConsoleSession* m_session;
    Request m_request;
    QString m_enabledToolTip;
};
