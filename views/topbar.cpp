#include "topbar.h"

#include "colormark.h"
#include "identitytext.h"

#include "console/consolesession.h"
#include "console/displaycolor.h"
#include "console/switchlink.h"
#include "directory/directory.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QToolButton>
#include <QWidgetAction>

namespace {
// "111122223333" → "1111-2222-3333", as the console prints account ids.
QString groupedAccountId(const QString& id)
{
    if (id.size() != 12)
        return id;
    return id.left(4) + QLatin1Char('-') + id.mid(4, 4) + QLatin1Char('-') + id.mid(8);
}

DisplayColor colorOf(const QString& id)
{
    return DisplayColor::parse(id).value_or(DisplayColor::all().at(DisplayColor::Blue));
}

} // namespace

TopBar::TopBar(ConsoleSession* session, const Directory& directory, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_accountButton(new QToolButton(this))
    , m_accountMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("TopBar"));
    setAttribute(Qt::WA_StyledBackground);
    setFixedHeight(40);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")).pixmap(22, 22));
    auto* brand = new QLabel(tr("Switchboard"), this);
    brand->setObjectName(QStringLiteral("Brand"));
    auto* service = new QLabel(tr("IAM"), this);
    service->setObjectName(QStringLiteral("Service"));

    m_accountButton->setObjectName(QStringLiteral("AccountButton"));
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_accountButton->setMenu(m_accountMenu);
    m_accountMenu->setToolTipsVisible(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 0, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(logo);
    layout->addWidget(brand);
    layout->addSpacing(12);
    layout->addWidget(service);
    layout->addStretch(1);
    layout->addWidget(m_accountButton);

    connect(session, &ConsoleSession::activeIdentityChanged, this, &TopBar::refresh);
    // Queued: the menu may be the one whose action led to the change.
    connect(&directory, &Directory::roleBookmarksChanged, this, &TopBar::refresh,
            Qt::QueuedConnection);
    refresh();
}

SwitchRoleRequest TopBar::requestFor(const RoleHistoryEntry& entry)
{
    SwitchRoleRequest request;
    request.account = entry.accountInput.isEmpty() ? entry.accountId : entry.accountInput;
    request.roleName = entry.roleName;
    request.displayName = entry.displayName;
    request.color = entry.color;
    return request;
}

SwitchRoleRequest TopBar::requestFor(const RoleBookmark& bookmark)
{
    SwitchRoleRequest request;
    request.account = bookmark.accountInput.isEmpty() ? bookmark.accountId : bookmark.accountInput;
    request.roleName = bookmark.roleName;
    request.displayName = bookmark.displayName;
    request.color = bookmark.color;
    request.durationSeconds = bookmark.durationSeconds;
    request.sessionName = bookmark.sessionName;
    return request;
}

void TopBar::setSessionEntries(std::function<void(QMenu*)> fill)
{
    m_sessionEntries = std::move(fill);
    refresh();
}

void TopBar::refresh()
{
    m_accountMenu->clear();
    const Identity& identity = m_session->identity();
    if (identity.isNull()) {
        m_accountButton->setText(QString());
        m_accountButton->setVisible(false);
        return;
    }
    m_accountButton->setVisible(true);
    m_accountButton->setText(IdentityText::who(identity) + QStringLiteral(" \u25BE"));
    m_accountButton->setToolTip(identity.arn());
    styleAccountButton();

    addHeader();
    addRoleHistory();
    addSavedRoles();
    addSwitchActions();
    m_accountMenu->addSeparator();
    if (m_sessionEntries)
        m_sessionEntries(m_accountMenu);
    QAction* signOut = m_accountMenu->addAction(tr("Sign out"));
    signOut->setObjectName(QStringLiteral("SignOutAction"));
    connect(signOut, &QAction::triggered, this, &TopBar::signOutRequested);
}

void TopBar::styleAccountButton()
{
    // In a role the bar shows the display name on the role's color, as the console does.
    const Identity& identity = m_session->identity();
    if (!identity.isRoleSession()) {
        m_accountButton->setStyleSheet(QString());
        return;
    }
    const DisplayColor color = colorOf(identity.color);
    m_accountButton->setStyleSheet(
        QStringLiteral("QToolButton { background: %1; color: %2; border-radius: 2px; }"
                       "QToolButton:hover { background: %1; color: %2; }")
            .arg(color.hex(), color.textHex()));
}

void TopBar::addHeader()
{
    const Identity& identity = m_session->identity();
    auto addInfo = [this](const QString& text) {
        m_accountMenu->addAction(text)->setEnabled(false);
    };
    const Account& home = identity.isRoleSession() ? identity.userAccount : identity.account;
    if (identity.isFederated()) {
        addInfo(tr("Federated user: %1").arg(identity.session.sessionName));
    } else {
        addInfo(tr("Account ID: %1").arg(groupedAccountId(home.id)));
        if (!home.alias.isEmpty())
            addInfo(tr("Account alias: %1").arg(home.alias));
        if (identity.isRoot())
            addInfo(tr("Root user: %1").arg(identity.rootEmail));
        else
            addInfo(tr("IAM user: %1").arg(identity.user.name));
    }
    if (!identity.isRoleSession())
        return;

    // "Currently active as" on the role's own color, like the banner.
    const DisplayColor color = colorOf(identity.color);
    auto* label = new QLabel(tr("Currently active as: <b>%1</b><br>%2 in %3")
                                 .arg(identity.displayName.toHtmlEscaped(),
                                      identity.role.name.toHtmlEscaped(),
                                      groupedAccountId(identity.account.id)),
                             m_accountMenu);
    label->setObjectName(QStringLiteral("CurrentlyActiveAs"));
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px 10px;"
                                        " margin: 4px; border-radius: 2px; }")
                             .arg(color.hex(), color.textHex()));
    label->setToolTip(identity.arn());
    auto* header = new QWidgetAction(m_accountMenu);
    header->setObjectName(QStringLiteral("CurrentlyActiveAsAction"));
    header->setDefaultWidget(label);
    header->setEnabled(false);
    m_accountMenu->addAction(header);
}

void TopBar::addRoleHistory()
{
    const QList<RoleHistoryEntry> history = m_session->roleHistory();
    if (history.isEmpty())
        return;
    m_accountMenu->addSection(tr("Role history"));
    const bool canSwitch = m_session->canSwitchRole();
    for (const RoleHistoryEntry& entry : history) {
        QAction* action =
            m_accountMenu->addAction(ColorMark::icon(colorOf(entry.color)), entry.displayName);
        const SwitchRoleRequest request = requestFor(entry);
        action->setObjectName(QStringLiteral("RoleHistoryAction"));
        action->setToolTip(tr("%1 in %2").arg(entry.roleName, request.account));
        action->setEnabled(canSwitch);
        connect(action, &QAction::triggered, this,
                [this, request] { Q_EMIT switchAgainRequested(request); });
    }
    m_accountMenu->addSeparator();
}

void TopBar::addSavedRoles()
{
    const QList<RoleBookmark> bookmarks = m_session->roleBookmarks();
    if (bookmarks.isEmpty())
        return;
    m_accountMenu->addSection(tr("Saved roles"));
    const bool canSwitch = m_session->canSwitchRole();
    for (const RoleBookmark& bookmark : bookmarks) {
        const SwitchRoleRequest request = requestFor(bookmark);
        QAction* action = m_accountMenu->addAction(ColorMark::icon(colorOf(bookmark.color)),
                                                   request.effectiveDisplayName());
        action->setObjectName(QStringLiteral("SavedRoleAction"));
        action->setToolTip(tr("%1 in %2 (profile %3)")
                               .arg(bookmark.roleName, request.account, bookmark.profileName));
        action->setEnabled(canSwitch);
        connect(action, &QAction::triggered, this,
                [this, request] { Q_EMIT switchAgainRequested(request); });
    }
    m_accountMenu->addSeparator();
}

void TopBar::addSwitchActions()
{
    const Identity& identity = m_session->identity();
    const bool inRole = identity.isRoleSession();
    // Switch links are an IAM user's; a federated identity has none to share.
    const bool hasUser = !identity.isFederated();

    QAction* switchRole = m_accountMenu->addAction(tr("Switch role…"));
    switchRole->setObjectName(QStringLiteral("SwitchRoleAction"));
    switchRole->setEnabled(m_session->canSwitchRole());
    if (identity.isRoot())
        switchRole->setToolTip(ConsoleSession::rootCannotSwitchMessage());
    connect(switchRole, &QAction::triggered, this, &TopBar::switchRoleRequested);

    QAction* switchBack = m_accountMenu->addAction(tr("Switch back"));
    switchBack->setObjectName(QStringLiteral("SwitchBackAction"));
    switchBack->setEnabled(m_session->canSwitchBack());
    connect(switchBack, &QAction::triggered, this, &TopBar::switchBackRequested);

    QAction* copyLink = m_accountMenu->addAction(tr("Copy switch link"));
    copyLink->setObjectName(QStringLiteral("CopySwitchLinkAction"));
    copyLink->setEnabled(inRole && hasUser);
    copyLink->setToolTip(tr("A link that opens Switch Role filled in for this role"));
    connect(copyLink, &QAction::triggered, this, &TopBar::copySwitchLink);

    QAction* credentials = m_accountMenu->addAction(tr("Temporary credentials…"));
    credentials->setObjectName(QStringLiteral("TemporaryCredentialsAction"));
    credentials->setEnabled(inRole);
    connect(credentials, &QAction::triggered, this, &TopBar::temporaryCredentialsRequested);
}

void TopBar::copySwitchLink()
{
    const QUrl url = SwitchLink::toUrl(m_session->activeSwitchRequest());
    QApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
}
