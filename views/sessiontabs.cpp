#include "sessiontabs.h"

#include "colormark.h"
#include "identitytext.h"
#include "mainwindow.h"
#include "sessionbanner.h"

#include "console/consolesession.h"
#include "console/consolesessions.h"
#include "console/displaycolor.h"

#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QIcon markOf(const ConsoleSession& session)
{
    const Identity& identity = session.identity();
    if (!identity.isRoleSession())
        return {};
    const auto color = DisplayColor::parse(identity.color);
    return ColorMark::icon(color.value_or(DisplayColor::all().at(DisplayColor::Blue)));
}
} // namespace

SessionTabs::SessionTabs(ConsoleSessions* sessions, QWidget* parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_tabs(new QTabWidget(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("SessionTabs"));
    setWindowIcon(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")));
    resize(1280, 800);
    m_tabs->setObjectName(QStringLiteral("SessionTabWidget"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setTabBarAutoHide(true); // one session looks as without multi-session
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (ConsoleSession* session = m_pages.key(qobject_cast<MainWindow*>(m_tabs->widget(index))))
            Q_EMIT signOutRequested(session);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &SessionTabs::updateWindowTitle);
    connect(m_countdown, &QTimer::timeout, this, &SessionTabs::refreshTitles);
    m_countdown->start(1000);
}

int SessionTabs::indexOf(const ConsoleSession* session) const
{
    const auto page = m_pages.constFind(const_cast<ConsoleSession*>(session));
    return page == m_pages.constEnd() ? -1 : m_tabs->indexOf(*page);
}

void SessionTabs::addSession(ConsoleSession* session, MainWindow* page)
{
    if (hasSession(session))
        return;
    m_pages.insert(session, page);
    m_tabs->addTab(page, QString());
    page->show();
    connect(session, &ConsoleSession::activeIdentityChanged, this, &SessionTabs::refreshTitles);
    refreshTitles();
}

MainWindow* SessionTabs::takeSession(ConsoleSession* session)
{
    MainWindow* page = m_pages.take(session);
    if (!page)
        return nullptr;
    disconnect(session, nullptr, this, nullptr);
    m_tabs->removeTab(m_tabs->indexOf(page));
    page->hide();
    page->setParent(nullptr);
    updateWindowTitle();
    return page;
}

void SessionTabs::showSession(ConsoleSession* session)
{
    if (const int index = indexOf(session); index >= 0)
        m_tabs->setCurrentIndex(index);
}

ConsoleSession* SessionTabs::currentSession() const
{
    return m_pages.key(qobject_cast<MainWindow*>(m_tabs->currentWidget()), nullptr);
}

QString SessionTabs::tabTitle(ConsoleSession* session) const
{
    if (!session->isSignedIn())
        return {};
    const QString who = IdentityText::who(session->identity());
    // A role's countdown, as the tab's own banner reads; a sign-in lasts hours.
    const MainWindow* page = m_pages.value(session);
    const SessionBanner* banner = page ? page->sessionBanner() : nullptr;
    if (!session->identity().isRoleSession() || !banner || !banner->hasSession())
        return who;
    return tr("%1 (%2)").arg(who, banner->countdownText());
}

void SessionTabs::refreshTitles()
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const int index = m_tabs->indexOf(it.value());
        m_tabs->setTabText(index, tabTitle(it.key()));
        m_tabs->setTabIcon(index, markOf(*it.key()));
        m_tabs->setTabToolTip(index, it.key()->identity().arn());
        describeCloseButton(index, *it.key());
    }
    updateWindowTitle();
}

void SessionTabs::describeCloseButton(int index, const ConsoleSession& session)
{
    // Closing a tab signs its session out: the button says so, to eyes and screen readers.
    const auto side = static_cast<QTabBar::ButtonPosition>(
        style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, m_tabs->tabBar()));
    QWidget* close = m_tabs->tabBar()->tabButton(index, side);
    if (!close)
        return;
    close->setToolTip(tr("Sign out of this session"));
    close->setAccessibleName(tr("Sign out of %1").arg(IdentityText::who(session.identity())));
}

void SessionTabs::updateWindowTitle()
{
    // The console's own title, as the tab in front has it.
    const QWidget* current = m_tabs->currentWidget();
    setWindowTitle(current ? current->windowTitle() : tr("Switchboard"));
}

void SessionTabs::fillAccountMenu(QMenu* menu, const ConsoleSession* own, bool multiSession)
{
    if (!multiSession) {
        QAction* turnOn = menu->addAction(tr("Turn on multi-session support"));
        turnOn->setObjectName(QStringLiteral("TurnOnMultiSessionAction"));
        turnOn->setToolTip(tr("Sign in to up to %1 identities at once, each in its own tab")
                               .arg(ConsoleSessions::maxSessions));
        connect(turnOn, &QAction::triggered, this, [this] { Q_EMIT multiSessionRequested(true); });
        return;
    }
    menu->addSection(tr("Sessions"));
    for (ConsoleSession* session : m_sessions->sessions()) {
        if (!session->isSignedIn())
            continue; // still on its sign-in page
        QAction* entry = menu->addAction(markOf(*session), IdentityText::who(session->identity()));
        entry->setObjectName(QStringLiteral("SessionAction"));
        entry->setToolTip(session->identity().arn());
        entry->setCheckable(true);
        entry->setChecked(session == own);
        connect(entry, &QAction::triggered, this, [this, session] { showSession(session); });
    }
    QAction* add = menu->addAction(tr("Add session"));
    add->setObjectName(QStringLiteral("AddSessionAction"));
    const bool full = m_sessions->count() >= ConsoleSessions::maxSessions;
    add->setEnabled(!full);
    add->setToolTip(full ? ConsoleSessions::limitMessage()
                         : tr("Sign in as another identity in a new tab"));
    connect(add, &QAction::triggered, this, &SessionTabs::addSessionRequested);
    // The IAM user behind this session switches, signed in as they are: not root or federated.
    QAction* switchRole = menu->addAction(tr("Switch role in a new session…"));
    switchRole->setObjectName(QStringLiteral("SwitchRoleInNewSessionAction"));
    switchRole->setEnabled(!full && own->canSwitchRoleInNewSession());
    if (full)
        switchRole->setToolTip(ConsoleSessions::limitMessage());
    else if (own->canSwitchRoleInNewSession())
        switchRole->setToolTip(tr("Switch role as %1 in a new tab, keeping this session as it is")
                                   .arg(own->userIdentity().user.name));
    else if (own->identity().isRoot())
        switchRole->setToolTip(ConsoleSession::rootCannotSwitchMessage());
    auto* from = const_cast<ConsoleSession*>(own);
    connect(switchRole, &QAction::triggered, this,
            [this, from] { Q_EMIT switchRoleInNewSessionRequested(from); });
    QAction* turnOff = menu->addAction(tr("Turn off multi-session support"));
    turnOff->setObjectName(QStringLiteral("TurnOffMultiSessionAction"));
    const bool alone = m_sessions->onlyPrimary();
    turnOff->setEnabled(alone);
    if (!alone)
        turnOff->setToolTip(tr("Sign out of the other sessions first"));
    connect(turnOff, &QAction::triggered, this, [this] { Q_EMIT multiSessionRequested(false); });
    menu->addSeparator();
}
