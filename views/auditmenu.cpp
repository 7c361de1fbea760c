#include "auditmenu.h"

#include "accessgraphwindow.h"
#include "audittrailwindow.h"
#include "console/consolesession.h"
#include "findingswindow.h"
#include "membershipmatrixwindow.h"

#include <QMenu>

AuditMenu::AuditMenu(ConsoleSession* session, const Directory& directory, QMenu* menu,
                     QWidget* windowParent)
    : QObject(menu)
    , m_session(session)
    , m_directory(directory)
    , m_windowParent(windowParent)
{
    QAction* matrix = menu->addAction(tr("&Membership matrix…"));
    matrix->setObjectName(QStringLiteral("MembershipMatrixAction"));
    connect(matrix, &QAction::triggered, this, &AuditMenu::openMembershipMatrix);
    QAction* graph = menu->addAction(tr("Access &graph…"));
    graph->setObjectName(QStringLiteral("AccessGraphAction"));
    connect(graph, &QAction::triggered, this, &AuditMenu::openAccessGraph);
    QAction* findings = menu->addAction(tr("&Findings…"));
    findings->setObjectName(QStringLiteral("FindingsAction"));
    connect(findings, &QAction::triggered, this, &AuditMenu::openFindings);
    menu->addSeparator();
    QAction* trail = menu->addAction(tr("Audit &trail…"));
    trail->setObjectName(QStringLiteral("AuditTrailAction"));
    connect(trail, &QAction::triggered, this, &AuditMenu::openAuditTrail);
}

template <typename Window, typename Make>
Window* AuditMenu::raise(QPointer<Window>& slot, Make make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

MembershipMatrixWindow* AuditMenu::openMembershipMatrix()
{
    return raise(m_matrix, [this] {
        auto* window = new MembershipMatrixWindow(&m_directory, m_session, m_windowParent);
        connect(window, &MembershipMatrixWindow::entityActivated, this,
                &AuditMenu::entityActivated);
        return window;
    });
}

AccessGraphWindow* AuditMenu::openAccessGraph()
{
    return raise(m_graph, [this] {
        auto* window = new AccessGraphWindow(&m_directory, m_session, m_windowParent);
        connect(window, &AccessGraphWindow::entityActivated, this, &AuditMenu::entityActivated);
        return window;
    });
}

FindingsWindow* AuditMenu::openFindings()
{
    return raise(m_findings, [this] {
        auto* window = new FindingsWindow(&m_directory, m_session, m_windowParent);
        connect(window, &FindingsWindow::entityActivated, this, &AuditMenu::entityActivated);
        return window;
    });
}

AuditTrailWindow* AuditMenu::openAuditTrail()
{
    return raise(m_trail,
                 [this] { return new AuditTrailWindow(&m_directory, m_session, m_windowParent); });
}
