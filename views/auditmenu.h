#pragma once

#include "iam/entitykind.h"

#include <QObject>
#include <QPointer>

class AccessGraphWindow;
class AuditTrailWindow;
class ConsoleSession;
class Directory;
class FindingsWindow;
class MembershipMatrixWindow;
class QMenu;
class QWidget;

// The Audit menu: the membership matrix, the access graph, the findings and
// the audit trail, each one window kept open and raised again. A click on an
// entity in any of them opens it in the console.
class AuditMenu : public QObject
{
    Q_OBJECT

public:
    AuditMenu(ConsoleSession* session, const Directory& directory, QMenu* menu,
              QWidget* windowParent);

    MembershipMatrixWindow* openMembershipMatrix();
    AccessGraphWindow* openAccessGraph();
    FindingsWindow* openFindings();
    AuditTrailWindow* openAuditTrail();

Q_SIGNALS:
    void entityActivated(EntityKind kind, const QString& accountId, const QString& name);

private:
    // Creates the window on first use (make), then shows and raises it.
    template <typename Window, typename Make>
    Window* raise(QPointer<Window>& slot, Make make);

    ConsoleSession* m_session;
    const Directory& m_directory;
    QWidget* m_windowParent;
    QPointer<MembershipMatrixWindow> m_matrix;
    QPointer<AccessGraphWindow> m_graph;
    QPointer<FindingsWindow> m_findings;
    QPointer<AuditTrailWindow> m_trail;
};
