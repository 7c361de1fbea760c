#pragma once

#include "console/consoleaction.h"
#include "iam/result.h"

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

    // Whether triggering the action would do anything, as its menu entry
    // shows it: evaluated again when a guard watches it, and refused with the
    // guard's reason (AWS's access-denied message) or, for an entry disabled
    // for another reason, that it is unavailable. For paths that open what a
    // menu opens without a click, such as a scripted start.
    static Result<void> permits(QAction* action);

private:
    QPointer<QAction> m_action;
    ConsoleSession* m_session;
    Request m_request;
    QString m_enabledToolTip;
};
